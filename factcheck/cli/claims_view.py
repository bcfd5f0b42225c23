"""Show stored claims in the terminal: figures in words, Rich tables with text escaped."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from factcheck.extract.types import vague_words
from factcheck.text_safety import one_line

_WORDS = {
    "at_least": "at least ", "more_than": "more than ", "at_most": "up to ",
    "fewer_than": "fewer than ", "about": "about ", "vague": "~",
}
#: Review fields whose correction the table marks.
_CORRECTED = ("value", "value_high", "qualifier", "category", "subject", "location",
              "attribution", "date")
STATUS_STYLES = {"confirmed": "green", "disputed": "yellow", "rejected": "red dim",
                 "unreviewed": "dim"}


def format_number(value: float | None) -> str:
    """``1,400``; ``2.3``; empty for None."""
    if value is None:
        return ""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.6g}" if abs(value) < 1e6 else f"{value:,.0f}"


def format_figure(value: float, qualifier: str, value_high: float | None = None) -> str:
    """A figure in words: ``more than 240``, ``about 200``, ``10–20``, ``9,061``."""
    if qualifier == "range" and value_high is not None:
        return f"{format_number(value)}–{format_number(value_high)}"
    if qualifier == "vague" and (words := vague_words(value)):
        return words  # "thousands", as the article put it
    return _WORDS.get(qualifier, "") + format_number(value)


def corrected_fields(row: Mapping[str, Any]) -> list[str]:
    """Which fields of a claim row a reviewer changed."""
    return [f for f in _CORRECTED if f"original_{f}" in row and row[f] != row[f"original_{f}"]]


def print_claims_table(rows: Iterable[Mapping[str, Any]], console: Any,
                       caption: str | None = None) -> int:
    """Print claim rows as one Rich table; article text is shown literally. Returns the count."""
    from rich.table import Table
    from rich.text import Text

    table = Table(expand=False, show_lines=False, caption=caption, caption_justify="left")
    for name, justify, wrap in (("id", "right", False), ("value", "right", False),
                                ("as written", "left", True), ("category", "left", False),
                                ("subject", "left", True), ("source", "left", True),
                                ("outlet", "left", True), ("date", "left", False),
                                ("status", "left", False)):
        table.add_column(name, justify=justify, no_wrap=not wrap,
                         overflow="fold" if wrap else "ellipsis", min_width=8 if wrap else None)
    count = 0
    marked = False
    for row in rows:
        changed = corrected_fields(row)
        value = format_figure(row["value"], row["qualifier"], row.get("value_high"))
        if changed:
            value += " *"
            marked = True
        table.add_row(
            str(row["id"]),
            Text(value),
            Text(one_line(row.get("text") or "")),
            Text(row["category"] or ""),
            Text(one_line(row.get("subject") or "")),
            Text(one_line(row.get("attribution") or "")),
            Text(one_line(row.get("outlet") or "")),
            row["date"].isoformat() if row.get("date") else "",
            Text(row["status"], style=STATUS_STYLES.get(row["status"], "")),
        )
        count += 1
    if marked:
        table.caption = ((caption + "; ") if caption else "") + "* corrected by a reviewer"
    console.print(table)
    return count
