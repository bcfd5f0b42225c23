"""The claim extractor: pure functions from article text to claims.

``extract(text, published=None)`` is the entry point; it knows nothing of
files or databases, so other engines can map it over a corpus.
"""

from __future__ import annotations

from typing import Any

from factcheck.extract.types import (
    CATEGORIES,
    QUALIFIERS,
    DocumentInfo,
    ExtractedClaim,
    Extraction,
)

__all__ = [
    "CATEGORIES",
    "EXTRACTOR_VERSION",
    "QUALIFIERS",
    "DocumentInfo",
    "ExtractedClaim",
    "Extraction",
    "extract",
]


def __getattr__(name: str) -> Any:
    """``extract`` and ``EXTRACTOR_VERSION`` load the pipeline (and compile its patterns) on
    first use, so programs that only read stored claims start quicker."""
    if name in ("extract", "EXTRACTOR_VERSION"):
        from factcheck.extract import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
