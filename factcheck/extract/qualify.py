"""Turn a matched figure into value, qualifier and low/high bounds."""

from __future__ import annotations

import math
from dataclasses import dataclass

import regex

from factcheck.extract.dates import MONTHS
from factcheck.extract.lexicon import QUALIFIERS_BEFORE, QUALIFYING_VERBS
from factcheck.extract.mentions import _alt, parse_number, vague_value

_QUALIFIER_OF = {w: q for q, words in QUALIFIERS_BEFORE.items() for w in words}
_VERB_QUALIFIER = {w: q for q, words in QUALIFYING_VERBS.items() for w in words}
_VERB_BEFORE = regex.compile(
    rf"\b(?P<verb>{_alt(_VERB_QUALIFIER, reverse=True)})\s+$", regex.IGNORECASE | regex.REVERSE
)
_CHANGE_VERB = regex.compile(  # "rose from 1,200 to", "rose by five to": a change, not a range
    r"\b(?:rose|risen|rising|climbed|increased|jumped|grew|fell|dropped|declined|revised|"
    r"raised|lowered|went\s+up|gone\s+up|down|up|soared|surged|doubled)"
    r"\s+(?:(?:\w+\s+){0,3}from|by)\s+$",
    regex.IGNORECASE | regex.REVERSE,
)


_MONTH_BEFORE = regex.compile(rf"\b{MONTHS}\s+$", regex.IGNORECASE | regex.REVERSE)
#: "revised upward the number of health workers who have the disease from 74 to 96"
_REVISED_FROM = regex.compile(
    r"\b(?:revised|raised|lowered|updated|corrected|adjusted|reduced|cut|increased)\b"
    r"[^.;:]{0,100}?\bfrom\s+$", regex.IGNORECASE | regex.REVERSE)


#: A subject right before "estimated": the word is then the subject's verb.
_SUBJECT_BEFORE = regex.compile(
    r"(?:\b(?:it|they|he|she|we|who|which|that)|\p{Lu}[\p{L}\-'’.]*"
    r"|\b(?i:officials|authorities|historians|researchers|scholars|experts|analysts|"
    r"demographers|sources|monitors|activists|organi[sz]ers|police|government|ministry|agency|"
    r"group|office|army|military|commission|report|study|survey|census|data|figures|count)"
    r"|\b(?:the|its|their)[^\S\n]+[\p{L}\-'’]+(?:[^\S\n]+[\p{L}\-'’]+){0,2})[^\S\n]+$",
    regex.REVERSE)


def _estimated_is_a_verb(text: str, start: int) -> bool:
    """Whether "estimated" at ``start`` follows its subject ("the group estimated 3.5
    million"); after a possessive it is an adjective ("the building's estimated 150 residents")."""
    return bool(_SUBJECT_BEFORE.search(text, max(0, start - 40), start)) and \
        not text[max(0, start - 3):start].rstrip().endswith(("'s", "’s", "s'", "s’"))


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure's numbers: value, optional upper value (ranges), qualifier and bounds."""

    start: int
    end: int
    value: float
    qualifier: str
    low: float
    high: float | None
    value_high: float | None = None
    spelled: bool = False  # written in words ("three"), not digits
    vague: bool = False


def figures_from_match(m: regex.Match, text: str) -> list[Figure]:
    """One or two figures from a mention match ("rose from 1,200 to 1,400" gives two)."""
    post = (m.group("post") or "").strip().lower()
    qual_words = " ".join((m.group("qual") or "").lower().split())
    qualifier = _QUALIFIER_OF.get(qual_words.removeprefix("well ")) if qual_words else None
    if qual_words.startswith("well "):
        qualifier = qualifier or "more_than"
    start = m.start()
    if qual_words == "estimated" and _estimated_is_a_verb(text, start):
        qualifier = None  # "Good Friends estimated 3.5 million": a verb, not "an estimated"
        start = m.end("qual")
        while text[start].isspace():
            start += 1
    if not qualifier:
        verb = _VERB_BEFORE.search(text, max(0, start - 30), start)
        if verb:
            qualifier = _VERB_QUALIFIER[" ".join(verb.group("verb").lower().split())]
    if post in ("or more",):
        qualifier = "at_least"
    elif post in ("or so", "odd", "-odd"):
        qualifier = "about"
    elif post in ("-plus", "+", "plus"):
        qualifier = "more_than"

    if m.group("vague"):
        v = vague_value(m.group("vague"))
        if v is None:
            return []
        value, low, high = v
        if qualifier in ("more_than", "at_least"):
            return [Figure(start, m.end(), value, qualifier, low, None, vague=True)]
        return [Figure(start, m.end(), value, "vague", low, high, vague=True)]
    if m.group("between"):
        low, high = parse_number(m.group("r1")), parse_number(m.group("r2"))
        if not (_sane(low) and _sane(high)) or high <= low:
            return []
        if _YEARS.fullmatch(m.group("r1")) and _YEARS.fullmatch(m.group("r2")):
            return []  # "between 2013 and 2018": a period, not a count
        return [Figure(start, m.end(), low, "range", low, high, value_high=high,
                       spelled=not any(ch.isdigit() for ch in m.group("r1")))]
    value = parse_number(m.group("num"))
    if not _sane(value):
        return []
    spelled = not any(ch.isdigit() for ch in m.group("num"))
    if m.group("num2"):
        second = parse_number(m.group("num2"))
        sep = m.group("sep").strip().lower()
        if not _sane(second):
            return []
        if sep in ("–", "—") and m.group("sep") != sep and second < value:
            # "Killed: 159 — 119 soldiers and 40 civilians": a spaced dash sets off a breakdown
            first = _bounded(start, m.end("num"), value, qualifier or "exact", spelled)
            return [first, _bounded(m.start("num2"), m.end(), second, "exact", spelled)]
        if sep == "to" and _MONTH_BEFORE.search(text, max(0, start - 12), start):
            # "on Sept. 18 to 61": a day of the month, then the figure
            return [_bounded(m.start("num2"), m.end(), second, "exact", spelled)]
        change = sep == "to" and (_CHANGE_VERB.search(text, max(0, start - 40), start)
                                  or _REVISED_FROM.search(text, max(0, start - 120), start))
        if second <= value or change:
            if sep in ("-", "–", "—"):
                return []
            first = _bounded(start, m.end("num"), value, qualifier or "exact", spelled)
            return [first, _bounded(m.start("num2"), m.end(), second, "exact", spelled)]
        return [Figure(start, m.end(), value, "range", value, second, value_high=second,
                       spelled=spelled)]
    return [_bounded(start, m.end(), value, qualifier or "exact", spelled)]


_YEARS = regex.compile(r"(?:1[89]|20)\d\d")


def _sane(value: float | None) -> bool:
    """A count a news figure can be: positive and below a trillion."""
    return value is not None and 0 < value < 1e13


def _bounded(start: int, end: int, value: float, qualifier: str, spelled: bool) -> Figure:
    low, high = bounds(value, qualifier)
    return Figure(start, end, value, qualifier, low, high, spelled=spelled)


def bounds(value: float, qualifier: str) -> tuple[float, float | None]:
    """The interval a qualified figure stands for (``None`` = unbounded above)."""
    whole = float(value).is_integer()
    if qualifier == "at_least":
        return value, None
    if qualifier == "more_than":
        return (value + 1 if whole else value), None
    if qualifier == "at_most":
        return 0, value
    if qualifier == "fewer_than":
        return 0, (value - 1 if whole else value)
    if qualifier == "about":
        return float(math.floor(round(value * 0.9, 6))), float(math.ceil(round(value * 1.1, 6)))
    return value, value
