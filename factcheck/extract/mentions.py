"""Find figures in text: digits, scale words, spelled-out numbers, vague amounts, ranges.

``MENTION`` is one compiled pattern run over the whole text; ``parse_number``
turns a matched number phrase into its value.
"""

from __future__ import annotations

import regex

from factcheck.extract.lexicon import (
    QUALIFIERS_BEFORE,
    SCALES,
    TEENS,
    TENS,
    UNITS,
    VAGUE,
)


def _alt(words) -> str:
    """A regex alternation of phrases, longest first, spaces matching any blank."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in ordered)


_SMALL = rf"(?:(?:{_alt(TENS)})(?:[-\s](?:{_alt(UNITS)}))?|{_alt(TEENS)}|{_alt(UNITS)})"
_SPELLED = (
    rf"(?:{_SMALL}(?:\s+(?:hundred|thousand|million|billion|dozen)"
    rf"(?:\s+(?:and\s+)?{_SMALL})?)?"
    r"|(?:a|one)\s+(?:dozen|hundred|thousand|million|billion)"
    r"|half\s+a\s+(?:dozen|million|billion))"
)
_DIGITS_CORE = (
    r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
    r"(?:\s?(?:million|billion|trillion|thousand|hundred)\b|(?:bn|mn|mln|k|m)\b)?"
)
_NUM = rf"(?:(?<![\w.,/:$€£¥₹#])(?<![A-Za-z]-)(?<!\d-){_DIGITS_CORE}|\b{_SPELLED}\b)"
_NUM2 = rf"(?:(?<![\w.,/:$€£¥₹#]){_DIGITS_CORE}|\b{_SPELLED}\b)"
_VAGUE = (
    r"\b(?:(?:tens|hundreds)\s+of\s+(?:thousands|millions)|dozens|hundreds|thousands|millions"
    r"|scores(?=\s+of\b)"
    r"|(?:several|a\s+few|many|some)\s+(?:dozen|hundred|thousand|million)s?(?!\s+of\s+\w+s\b)"
    r"|many\s+thousands|many\s+hundreds)\b"
)
_QUALIFIER = "|".join(_alt(v) for v in QUALIFIERS_BEFORE.values())

MENTION = regex.compile(
    rf"""
    (?:(?P<qual>\b(?:well\s+)?(?:{_QUALIFIER}))\s+)?
    (?:
        (?P<between>\bbetween)\s+(?P<r1>{_NUM})\s+and\s+(?P<r2>{_NUM})
      | (?P<num>{_NUM})(?:(?P<sep>\s*[-–—]\s*|\s+to\s+|\s+or\s+)(?P<num2>{_NUM2})(?!\s*[-–—]\s*\d))?
      | (?P<vague>{_VAGUE})
    )
    (?P<post>\s+or\s+more\b|\s+or\s+so\b|-plus\b|\+(?!\w)|\s+plus\b(?!\s+\w+\s+\w+)|\s+odd\b|-odd\b)?
    (?![\w]|[.,]\d)
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

_WORD_VALUES = {**UNITS, **TEENS, **TENS}
_TOKEN = regex.compile(r"[a-z]+|\d+(?:\.\d+)?", regex.IGNORECASE)


def parse_number(phrase: str) -> float | None:
    """The value of a number phrase: '9,061', '2.3 million', '1.5bn', 'twenty-five', 'a dozen'."""
    text = phrase.lower().replace(",", "").replace("-", " ")
    total = 0.0
    current = 0.0
    seen = False
    half = False
    for tok in _TOKEN.findall(text):
        if tok[0].isdigit():
            current += float(tok)
            seen = True
        elif tok in _WORD_VALUES:
            current += _WORD_VALUES[tok]
            seen = True
        elif tok in ("a", "one") and not seen:
            current = 1
            seen = True
        elif tok == "half":
            half = True
        elif tok == "and":
            continue
        elif tok in SCALES:
            scale = SCALES[tok]
            current = (current or 1) * scale
            if scale >= 1000:
                total += current
                current = 0
            seen = True
        else:
            return None
    if not seen:
        return None
    value = total + current
    return value / 2 if half else value


def vague_value(phrase: str) -> tuple[float, float, float] | None:
    """(value, low, high) for a vague amount such as 'tens of thousands'."""
    key = regex.sub(r"\s+", " ", phrase.lower())
    if key in VAGUE:
        return VAGUE[key]
    if key.startswith("many "):
        key = key[5:]
        return VAGUE.get(key)
    for prefix in ("several ", "a few ", "some "):
        if key.startswith(prefix):
            unit = key[len(prefix):].rstrip("s")
            scale = SCALES.get(unit)
            if scale:
                low = scale * (2 if prefix != "a few " else 2)
                return float(scale), float(low), float(scale * 10 - 1 if scale > 12 else 99)
    return None
