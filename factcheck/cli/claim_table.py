"""Rich tables of extracted claims for the terminal (text escaped)."""

from __future__ import annotations

from factcheck.text_safety import one_line


def format_bounds(low: float | None, high: float | None) -> str:
    """``[241, ∞)``-style interval text."""
    lo = "0" if low is None else f"{low:,.0f}" if float(low).is_integer() else f"{low:,}"
    if high is None:
        return f"[{lo}, ∞)"
    hi = f"{high:,.0f}" if float(high).is_integer() else f"{high:,}"
    return f"[{lo}, {hi}]"


def print_extractions(rows) -> None:
    """Print one table per document: span, value, bounds, category, subject, source, date."""
    from rich.table import Table
    from rich.text import Text

    from factcheck.cli.common import stdout_console

    console = stdout_console()
    for path, result in rows:
        doc = result.document
        published = doc.published.isoformat() if doc.published else "unknown"
        table = Table(
            title=Text(f"{one_line(path)} — published {published} ({doc.published_source})"),
            title_justify="left",
            expand=False,
        )
        for name in ("figure", "qualifier", "bounds", "category", "subject", "source", "date"):
            table.add_column(name, overflow="fold")
        for c in result.claims:
            table.add_row(
                Text(one_line(c.text)),
                c.qualifier,
                format_bounds(c.low, c.high),
                c.category,
                Text(one_line(c.subject or "")),
                Text(one_line(c.attribution or "")),
                c.date.isoformat() if c.date else "",
            )
        if not result.claims:
            table.caption = "no claims"
        console.print(table)
