"""Neutralise untrusted article text before it reaches a terminal or a spreadsheet."""

from __future__ import annotations

import regex

# C0/C1 control characters except tab and newline, plus DEL and bidi overrides.
_CONTROL = regex.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def strip_controls(text: str) -> str:
    """Replace terminal control characters (ESC, BEL, bidi overrides...) with a visible mark."""
    return _CONTROL.sub("\ufffd", text)


def one_line(text: str) -> str:
    """Control-free text on a single line (newlines folded to spaces)."""
    return strip_controls(text.replace("\r\n", " ").replace("\n", " ").replace("\r", " "))


def csv_cell(value: object) -> object:
    """Make a text cell safe for spreadsheets: a leading formula character gets a quote.

    Numbers are left as numbers so that spreadsheets and pandas read them as such.
    """
    if isinstance(value, str):
        value = strip_controls(value)
        if value.startswith(_FORMULA_START):
            return "'" + value
    return value
