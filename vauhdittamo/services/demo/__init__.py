"""Realistic, reproducible artificial data for demonstrations, training and benchmarks."""

from vauhdittamo.services.demo.generator import (
    DEMO_PASSWORD,
    DemoSummary,
    artificial_personal_id,
    finnish_holidays,
    generate_demo,
    seeded_uuid7,
)

__all__ = [
    "DEMO_PASSWORD", "DemoSummary", "artificial_personal_id", "finnish_holidays", "generate_demo", "seeded_uuid7",
]
