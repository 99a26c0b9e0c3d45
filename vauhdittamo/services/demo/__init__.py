"""Realistic, reproducible artificial data for demonstrations, training and benchmarks."""

from vauhdittamo.services.demo.generator import (
    DemoSummary,
    artificial_personal_id,
    finnish_holidays,
    generate_demo,
    seeded_uuid7,
)

__all__ = ["DemoSummary", "artificial_personal_id", "finnish_holidays", "generate_demo", "seeded_uuid7"]
