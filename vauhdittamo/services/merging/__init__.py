"""One person, one record: merging two client records and following merges that arrive by sync."""

from vauhdittamo.services.merging.follow import FollowReport, follow_merges
from vauhdittamo.services.merging.merge import (
    MERGE_FIELDS,
    MergeField,
    MergePreview,
    MergeRefused,
    MergeResult,
    merge_clients,
    merge_preview,
)

__all__ = [
    "MERGE_FIELDS",
    "FollowReport",
    "MergeField",
    "MergePreview",
    "MergeRefused",
    "MergeResult",
    "follow_merges",
    "merge_clients",
    "merge_preview",
]
