"""A figure's values per source over time, drawn with plotext (textual-plotext)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from textual.app import RenderResult
from textual_plotext import PlotextPlot

from factcheck.figures.types import FigureClaim
from factcheck.tui import safe_text as st

#: Sources drawn (the ones with most claims); the rest are left out of the plot.
MAX_SOURCES = 8
#: A source with more claims is drawn with one point per day (that day's highest value).
MAX_POINTS = 400
LABEL_WIDTH = 24


def series(
    timelines: Mapping[str, Sequence[FigureClaim]],
) -> list[tuple[str, list[str], list[float]]]:
    """Per source ``(label, dates, values)`` in date order; undated claims left out.

    Labels are made safe for the terminal (they come from articles).
    """
    drawn = sorted(timelines.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:MAX_SOURCES]
    out = []
    for source, claims in drawn:
        points = [(c.when, float(c.value)) for c in claims if c.when is not None]
        if len(points) > MAX_POINTS:
            days: dict[date, float] = {}
            for when, value in points:
                days[when] = max(value, days.get(when, value))
            points = list(days.items())
        if points:
            points.sort()
            label = st.literal(source).plain
            if len(label) > LABEL_WIDTH:
                label = label[: LABEL_WIDTH - 1] + "…"
            out.append((label, [d.isoformat() for d, _ in points], [v for _, v in points]))
    return out


class TimelinePlot(PlotextPlot):
    """Plots a figure's timelines (``show``); a drawing is kept until the data or size change."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._drawn: tuple[Any, Any] | None = None
        self._title = ""
        self._lines: list[tuple[str, list[str], list[float]]] = []
        self._version = 0

    def show(self, title: str, lines: list[tuple[str, list[str], list[float]]]) -> None:
        """Draw a figure's timelines, as ``series`` gives them."""
        self._title, self._lines = title, lines
        self._version += 1
        self.refresh()

    def render(self) -> RenderResult:
        """The plot for the current data and size (drawn again only when either changes)."""
        key = (self._version, self.size, self.app.theme)
        if self._drawn is None or self._drawn[0] != key:
            self._draw(self.size.width)
            self._drawn = (key, super().render())
        return self._drawn[1]

    def _draw(self, width: int) -> None:
        plt, lines = self.plt, self._lines
        plt.clear_data()
        plt.clear_figure()
        name = st.literal(self._title).plain[:50]
        plt.title(f"{name}: values per source over time" if lines
                  else f"{name}: no dated claims to plot")
        days = sorted({x for _, xs, _ in lines for x in xs})
        first = date.fromisoformat(days[0]) if days else None
        for label, xs, ys in lines:  # x: days since the first date (dates as tick labels)
            at = [(date.fromisoformat(x) - first).days for x in xs] if first else []
            if len(at) > 1:
                plt.plot(at, ys, marker="braille")
            plt.scatter(at, ys, label=label, marker="●")
        if first is not None:
            span = (date.fromisoformat(days[-1]) - first).days
            ticks = date_ticks(days, span, max(20, width - 10))
            plt.xticks([(date.fromisoformat(d) - first).days for d in ticks], ticks)
            plt.xlim(-0.5, span + 0.5)
        values = [v for _, _, ys in lines for v in ys]
        if values:
            low, high = min(values), max(values)
            ticks = [low] if low == high else [low + (high - low) * i / 3 for i in range(4)]
            plt.yticks(ticks, [st.number(round(t)) for t in ticks])


def date_ticks(days: list[str], span: int, width: int) -> list[str]:
    """Dates to label on an axis ``width`` characters wide: the first, the last, and others
    in between, never so close that their labels would overlap (plotext would then drop one
    of them, not always the same)."""
    room = 12  # a label ("2023-11-03") and two spaces

    def column(day: str) -> float:
        return (date.fromisoformat(day) - date.fromisoformat(days[0])).days * width / max(span, 1)

    chosen = [days[0]]
    for day in days[1:]:
        if column(day) - column(chosen[-1]) >= room:
            chosen.append(day)
    if chosen[-1] != days[-1]:  # the last date replaces a label too close to it
        if len(chosen) > 1 and column(days[-1]) - column(chosen[-1]) < room:
            chosen.pop()
        if column(days[-1]) - column(chosen[-1]) >= room:
            chosen.append(days[-1])
    return chosen
