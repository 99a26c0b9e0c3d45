"""Why a client's data was erased on request (a small module: the labels import it without the export code)."""

from __future__ import annotations

import enum


class ErasureReason(enum.StrEnum):
    CLIENT_REQUEST = "client_request"  # the client asked for it
    RECORDED_BY_MISTAKE = "recorded_by_mistake"
    DUPLICATE = "duplicate"  # a second record of the same person
    OTHER = "other"
