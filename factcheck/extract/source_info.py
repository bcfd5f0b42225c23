"""Guess a document's title and outlet from its text."""

from __future__ import annotations

import regex

_AGENCY = regex.compile(r"\((?P<name>Reuters|AP|AFP|UPI|dpa|Bloomberg|Xinhua|ANI|PTI)\)")
_COPYRIGHT = regex.compile(
    r"(?:©|\bCopyright\b)[ \t]*(?:\]\(#\)[ \t]*)?(?:\d{4}[ \t]+)?"
    r"(?P<name>(?:The[ \t]+)?\p{Lu}[\p{L}&]+(?:[ \t]+\p{Lu}[\p{L}&]+){0,3})"
)
_EDGE = 1500  # agency tags sit near the top, copyright lines near the bottom
_KNOWN = {"AP": "Associated Press", "AFP": "Agence France-Presse"}


def guess_title(text: str) -> str | None:
    """The first short non-empty line, when it reads like a headline."""
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith(("---", "===")):
            continue
        if len(line) <= 160 and not line.endswith((".", ":")) and len(line.split()) >= 3:
            return line
        return None
    return None


def guess_outlet(text: str) -> str | None:
    """An outlet named by an agency tag near the top or a copyright line near the bottom."""
    tail = max(0, len(text) - _EDGE)
    head = min(tail, _EDGE)
    # the last one: photo credits come first
    lines = list(_COPYRIGHT.finditer(text, tail)) if _has_copyright(text, tail, len(text)) else []
    m = _AGENCY.search(text, 0, _EDGE) or (lines[-1] if lines else None) or \
        (_COPYRIGHT.search(text, 0, head) if _has_copyright(text, 0, head) else None)
    if not m:
        return None
    name = regex.sub(r"\s+(?:Limited|Ltd|Inc|LLC|Group|All)$", "", m.group("name"))
    return _KNOWN.get(name, name)


def _has_copyright(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a word ``_COPYRIGHT`` needs (a fast test before it)."""
    return text.find("©", start, end) >= 0 or text.find("Copyright", start, end) >= 0
