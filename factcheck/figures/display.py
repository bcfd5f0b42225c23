"""Text for figures and discrepancies in terminals and files (no Rich import at module load)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from factcheck.extract.types import vague_words
from factcheck.text_safety import one_line

STATUS_STYLES = {"open": "bold yellow", "explained": "cyan", "resolved": "green"}
KIND_STYLES = {"conflict": "red", "revision": "magenta", "outlier": "yellow"}


def number(value: float | None) -> str:
    """``1,400``; ``2.5``; empty for None."""
    if value is None:
        return ""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}"


_WORDS = {
    "at_least": "at least ", "more_than": "more than ", "at_most": "up to ",
    "fewer_than": "fewer than ", "about": "about ", "vague": "~",
}


def stated(value: float | None, qualifier: str | None) -> str:
    """A figure as stated: ``at least 9,061``, ``fewer than 10``, ``thousands``."""
    if value is None:
        return ""
    if qualifier == "vague" and (words := vague_words(value)):
        return words  # "thousands", as the article put it
    return _WORDS.get(qualifier or "exact", "") + number(value)


def latest_range(low: float | None, high: float | None) -> str:
    """A figure's latest range: ``9,061–9,227``, ``≥9,061``, ``1,400``."""
    if low is None:
        return ""
    if high is None:
        return f"≥{number(low)}"
    if low == high:
        return number(low)
    return f"{number(low)}–{number(high)}"


def console():
    """A Rich console on stdout (see :func:`factcheck.terminal.stdout_console`)."""
    from factcheck.terminal import stdout_console

    return stdout_console()


def figures_table(rows: Iterable[Any], caption: str | None = None):
    """A Rich table of ``FigureRow``s; labels shown literally (article text is untrusted)."""
    from rich.table import Table
    from rich.text import Text

    table = Table(caption=caption, caption_justify="left")
    table.add_column("id", no_wrap=True)
    table.add_column("figure", overflow="fold", ratio=3, min_width=16)
    table.add_column("category", overflow="fold", ratio=1)
    table.add_column("claims", justify="right", no_wrap=True)
    table.add_column("sources", justify="right", overflow="fold")
    table.add_column("latest", justify="right", overflow="fold")
    table.add_column("lowest", justify="right", overflow="fold")
    table.add_column("last date", overflow="fold")
    table.add_column("open", justify="right", no_wrap=True)
    for r in rows:
        if r.open_discrepancies:
            flag = Text(f"⚠ {r.open_discrepancies}", style="bold yellow")
        else:
            flag = Text(f"0/{r.discrepancies}" if r.discrepancies else "–", style="dim")
        table.add_row(
            r.id, Text(one_line(r.label) + (" *" if r.custom else "")), r.category,
            str(r.claims), str(r.sources), latest_range(r.range_low, r.range_high),
            stated(r.conservative, r.conservative_qualifier),
            r.last_date.isoformat() if r.last_date else "", flag,
        )
    return table


def discrepancies_table(rows: Iterable[Any], caption: str | None = None):
    """A Rich table of ``DiscrepancyRow``s; summaries and notes shown literally."""
    from rich.table import Table
    from rich.text import Text

    table = Table(caption=caption, caption_justify="left")
    table.add_column("id", no_wrap=True)
    table.add_column("kind", no_wrap=True)
    table.add_column("status", no_wrap=True)
    table.add_column("figure", overflow="fold", ratio=1, min_width=12)
    table.add_column("what", overflow="fold", ratio=2, min_width=20)
    table.add_column("claims", overflow="fold", ratio=1, min_width=6)
    for r in rows:
        what = one_line(r.summary)
        if r.note:
            what += f" — note: {one_line(r.note)}"
        shown = " ".join(str(i) for i in r.claim_ids[:12])
        if len(r.claim_ids) > 12:
            shown += f" … (+{len(r.claim_ids) - 12})"
        table.add_row(
            r.id, Text(r.kind, style=KIND_STYLES.get(r.kind, "")),
            Text(r.status, style=STATUS_STYLES.get(r.status, "")),
            Text(f"{one_line(r.figure_label)} [{r.figure}]"), Text(what), shown,
        )
    return table
