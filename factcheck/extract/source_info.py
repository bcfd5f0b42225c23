"""Guess a document's title and outlet from its text."""

from __future__ import annotations

import regex

_OUTLETS = regex.compile(
    r"\((?P<agency>Reuters|AP|AFP|UPI|dpa|Bloomberg|Xinhua|ANI|PTI)\)"
    r"|(?:©|Copyright)\s*(?:\[?Copyright\]?\(#\)\s*)?(?:\d{4}\s+)?(?P<owner>(?:The\s+)?\p{Lu}[\p{L}&]+"
    r"(?:\s+\p{Lu}[\p{L}&]+){0,3})"
    r"|\b(?:told|reported\s+by)\s+(?P<told>The\s+National|The\s+Telegraph|The\s+Guardian)\b",
)
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
    """An outlet named by an agency tag or a copyright line."""
    m = _OUTLETS.search(text)
    if not m:
        return None
    name = m.group("agency") or m.group("owner") or m.group("told")
    name = regex.sub(r"\s+(?:Limited|Ltd|Inc|LLC|Group|All)$", "", name)
    return _KNOWN.get(name, name)
