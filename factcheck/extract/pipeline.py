"""Placeholder pipeline (being replaced by the real extractor)."""

from __future__ import annotations

from datetime import date

import regex

from factcheck.extract.types import DocumentInfo, ExtractedClaim, Extraction

EXTRACTOR_VERSION = "0.1.0"
_NUM = regex.compile(r"\d[\d,]*")


def extract(text: str, published: date | None = None) -> Extraction:
    """Extract every numeric claim from ``text``."""
    claims = [
        ExtractedClaim(
            start=m.start(), end=m.end(), text=m.group(), value=float(m.group().replace(",", "")),
            qualifier="exact", low=0, high=None, category="other", subject=None, location=None,
            attribution=None, date=published, sentence="", sentence_start=0,
        )
        for m in _NUM.finditer(text)
    ]
    return Extraction(DocumentInfo(published, "user" if published else "unknown"), claims)
