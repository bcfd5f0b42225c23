"""The claims store's library API: queries and review actions over a session.

The CLI and the TUI call these; nothing here imports Textual.
"""

from factcheck.store.queries import (
    FIELDS,
    ROW_FIELDS,
    SORT_KEYS,
    STREAM_FIELDS,
    ClaimFilters,
    count_claims,
    distinct_values,
    get_claim,
    get_document,
    list_claims,
    select_claims,
    stream_claims,
)
from factcheck.store.review import (
    KEEP,
    ReviewError,
    claim_history,
    default_reviewer,
    last_event,
    mark_claim,
    orphaned_reviews,
    revert_event,
)

__all__ = [
    "FIELDS",
    "KEEP",
    "ROW_FIELDS",
    "SORT_KEYS",
    "STREAM_FIELDS",
    "ClaimFilters",
    "ReviewError",
    "claim_history",
    "count_claims",
    "default_reviewer",
    "distinct_values",
    "get_claim",
    "get_document",
    "last_event",
    "list_claims",
    "mark_claim",
    "orphaned_reviews",
    "revert_event",
    "select_claims",
    "stream_claims",
]
