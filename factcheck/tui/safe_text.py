"""Rich ``Text`` built from untrusted article text: never markup, never control characters.

Every string that comes from an article, a source or a reviewer goes on screen
through these helpers, as ``rich.text.Text`` (markup-like ``[bold]`` shows
literally; escape sequences become a visible mark).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rich.text import Text

from factcheck.cli.claims_view import format_figure, format_number
from factcheck.text_safety import strip_controls

STATUS_STYLES = {
    "unreviewed": "",
    "confirmed": "bold green",
    "disputed": "bold yellow",
    "rejected": "red strike",
    "open": "bold yellow",
    "explained": "cyan",
    "resolved": "green",
}
KIND_STYLES = {"conflict": "bold red", "revision": "magenta", "outlier": "yellow"}
#: Background of an extracted figure in a sentence or an article, by review status.
SPAN_STYLES = {
    "unreviewed": "black on #c8a2ff",
    "confirmed": "black on #7fd67f",
    "disputed": "black on #ffc04d",
    "rejected": "#909090 strike on #404040",
}
CURRENT_STYLE = "bold reverse"


def display_chars(text: str) -> str:
    """Text with one display character per character: tabs, CR and controls made safe.

    Offsets into the result are offsets into ``text`` (for highlighting spans).
    """
    return strip_controls(text.replace("\t", " ").replace("\r", " "))


def literal(value: Any, style: str = "") -> Text:
    """One line of untrusted text, shown literally (newlines folded to spaces)."""
    if value is None:
        return Text("", style=style)
    return Text(display_chars(str(value)).replace("\n", " "), style=style)


def block(value: Any, style: str = "") -> Text:
    """Untrusted text on several lines, shown literally."""
    return Text(display_chars("" if value is None else str(value)), style=style)


def number(value: float | None) -> str:
    """``1,400``; ``2.5``; empty for None."""
    return format_number(value)


def figure(row: Mapping[str, Any]) -> str:
    """A claim's effective figure in words: ``more than 240``, ``10–20``, ``9,061``; a vague
    one as the article wrote it (``thousands``, not ``~1,000``) while its value is the
    extractor's."""
    if (row["qualifier"] == "vague" and row.get("text")
            and row.get("original_value", row["value"]) == row["value"]):
        return literal(row["text"]).plain
    return format_figure(row["value"], row["qualifier"], row.get("value_high"))


def status(value: str) -> Text:
    """A review or discrepancy status, coloured."""
    return Text(value, style=STATUS_STYLES.get(value, ""))


def corrected(row: Mapping[str, Any]) -> list[str]:
    """Fields of a claim row a reviewer corrected."""
    return [f for f in ("value", "value_high", "qualifier", "category", "subject", "attribution")
            if f"original_{f}" in row and row.get(f) != row.get(f"original_{f}")]


def sentence(row: Mapping[str, Any]) -> Text:
    """A claim's sentence with its figure highlighted (status colour)."""
    text = literal(row.get("sentence") or row.get("text") or "")
    start = int(row.get("start", 0)) - int(row.get("sentence_start", 0))
    end = int(row.get("end", 0)) - int(row.get("sentence_start", 0))
    if 0 <= start < end <= len(text.plain):
        text.stylize(SPAN_STYLES.get(row.get("status", ""), SPAN_STYLES["unreviewed"]),
                     start, end)
    return text


def count(n: int, noun: str) -> str:
    """``1 figure``, ``2 figures``, ``1 discrepancy``, ``3 discrepancies``."""
    if n == 1:
        noun = noun[:-3] + "y" if noun.endswith("ies") else noun.removesuffix("s")
    return f"{n:,} {noun}"


def joined(*parts: Text | str, sep: str = " · ") -> Text:
    """Parts joined by a separator, empty parts left out."""
    out = Text()
    for part in parts:
        if not part or (isinstance(part, Text) and not part.plain):
            continue
        if out.plain:
            out.append(sep, style="dim")
        out.append(part if isinstance(part, Text) else Text(part))
    return out
