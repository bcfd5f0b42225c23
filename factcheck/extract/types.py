"""The extractor's output records: plain dataclasses, no database."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

#: The gold conventions' twelve categories.
CATEGORIES = (
    "killed", "injured", "hostages", "missing", "displaced", "detained",
    "troops", "munitions", "aid", "population", "infrastructure", "other",
)
#: Qualifiers, from the gold conventions.
QUALIFIERS = ("exact", "at_least", "more_than", "at_most", "fewer_than", "about", "range", "vague")


def vague_words(value: float) -> str | None:
    """The words of a vague figure's value: 1,000 -> ``thousands`` (None for other values)."""
    from factcheck.extract.lexicon import VAGUE

    return next((words for words, (v, _low, _high) in VAGUE.items() if v == value), None)
#: How a document's publication date was found.
DATE_SOURCES = ("text", "user", "inferred", "unknown")


@dataclass(frozen=True, slots=True)
class ExtractedClaim:
    """One figure found in a text.

    ``start``/``end`` are offsets of the figure with its qualifier words;
    ``text == document_text[start:end]``. ``high`` is ``None`` when unbounded.
    """

    start: int
    end: int
    text: str
    value: float
    qualifier: str
    low: float
    high: float | None
    category: str
    subject: str | None
    location: str | None
    attribution: str | None
    date: date | None
    sentence: str
    sentence_start: int
    value_high: float | None = None

    def to_json(self) -> dict[str, Any]:
        """The JSON Lines record of DESIGN.md's extraction contract (without ``file``)."""
        return {
            "type": "claim",
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "value": _num(self.value),
            "value_high": _num(self.value_high),
            "low": _num(self.low),
            "high": _num(self.high),
            "qualifier": self.qualifier,
            "category": self.category,
            "subject": self.subject,
            "location": self.location,
            "attribution": self.attribution,
            "date": self.date.isoformat() if self.date else None,
            "sentence": self.sentence,
        }


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """What the extractor learns about a document as a whole."""

    published: date | None
    published_source: str  # one of DATE_SOURCES
    title: str | None = None
    outlet: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The document record of the extraction contract (without ``file``).

        ``published`` is the date the article states (or the user gave); an inferred date
        goes in ``published_inferred`` instead.
        """
        stated = self.published_source in ("text", "user")
        return {
            "type": "document",
            "published": self.published.isoformat() if self.published and stated else None,
            "published_inferred": (self.published.isoformat()
                                   if self.published and not stated else None),
            "published_source": self.published_source,
            "title": self.title,
            "outlet": self.outlet,
        }


@dataclass(frozen=True, slots=True)
class Extraction:
    """The result of extracting one document."""

    document: DocumentInfo
    claims: list[ExtractedClaim] = field(default_factory=list)


def _num(value: float | None) -> int | float | None:
    """Integers as ints in JSON, other numbers as floats."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value
