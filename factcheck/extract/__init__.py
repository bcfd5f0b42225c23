"""The claim extractor: pure functions from article text to claims.

``extract(text, published=None)`` is the entry point; it knows nothing of
files or databases, so other engines can map it over a corpus.
"""

from __future__ import annotations

from factcheck.extract.pipeline import EXTRACTOR_VERSION, extract
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
