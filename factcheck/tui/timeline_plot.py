"""A figure's values per source over time, drawn with plotext (textual-plotext)."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from datetime import date
from typing import Any

from rich.text import Text
from textual import work
from textual.app import RenderResult
from textual.geometry import Size
from textual.worker import get_current_worker
from textual_plotext import PlotextPlot

from factcheck.tui import safe_text as st

LABEL_WIDTH = 24
#: A source's points are joined by lines only when there are fewer than one per this many
#: columns of plot.
LINE_POINTS_PER_COLUMN = 3


def plot_lines(
    series: Sequence[tuple[str, Sequence[date], Sequence[float]]],
) -> list[tuple[str, list[str], list[float]]]:
    """Per source ``(label, ISO dates, values)`` from a figure's timeline
    (``FigureHead.series``); labels made safe for the terminal (they come from articles)
    and cut to ``LABEL_WIDTH``."""
    out = []
    for source, days, values in series:
        label = st.literal(source).plain
        if len(label) > LABEL_WIDTH:
            label = label[: LABEL_WIDTH - 1] + "…"
        out.append((label, [d.isoformat() for d in days], list(values)))
    return out


class TimelinePlot(PlotextPlot):
    """Plots a figure's timelines (``show``).

    Plotext draws in pure Python (a tenth of a second or more for a large
    figure), so the drawing is made in a worker and kept until the data, the
    size or the theme change; meanwhile the previous drawing stays on screen.
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._drawn: tuple[Any, Text] | None = None
        self._wanted: Any = None  # the key of the drawing being made
        self._lock = threading.Lock()  # one drawing at a time (plotext keeps state)
        self._title = ""
        self._lines: list[tuple[str, list[str], list[float]]] = []
        self._version = 0

    def show(self, title: str,
             series: Sequence[tuple[str, Sequence[date], Sequence[float]]]) -> None:
        """Draw a figure's timeline (``FigureHead.series``: per source, dates and values)."""
        self._title, self._lines = title, plot_lines(series)
        self._version += 1
        self.refresh()

    def render(self) -> RenderResult:
        """The drawing for the current data and size (asked of a worker when missing)."""
        key = (self._version, self.size, self.app.theme)
        if self._drawn is not None and self._drawn[0] == key:
            return self._drawn[1]
        if self._wanted != key:
            self._wanted = key
            theme = self._get_plotext_theme_name(self.app.theme)
            self.call_later(self._make, key, self._title, self._lines, self.size, theme)
        if self._drawn is not None and self._drawn[0][0] == self._version:
            return self._drawn[1]  # the same figure at the old size, until redrawn
        return Text("drawing the timeline…", style="dim italic")

    @work(thread=True, exclusive=True, group="plot", description="timeline_plot.make")
    def _make(self, key: Any, title: str, lines: list[tuple[str, list[str], list[float]]],
              size: Size, theme: str) -> None:
        with self._lock:
            self._draw(title, lines, size.width)
            plot = self._plot
            plot.plotsize(size.width, size.height)
            plot._set_size(size.width, size.height)  # as PlotextPlot.render does
            plot.theme(theme)
            drawn = Text.from_ansi(plot.build())
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._made, key, drawn)

    def _made(self, key: Any, drawn: Text) -> None:
        self._drawn = (key, drawn)
        self.refresh()

    def _draw(self, title: str, lines: list[tuple[str, list[str], list[float]]],
              width: int) -> None:
        plt = self.plt
        plt.clear_data()
        plt.clear_figure()
        name = st.literal(title).plain[:50]
        plt.title(f"{name}: values per source over time" if lines
                  else f"{name}: no dated claims to plot")
        days = sorted({x for _, xs, _ in lines for x in xs})
        first = date.fromisoformat(days[0]) if days else None
        for label, xs, ys in lines:  # x: days since the first date (dates as tick labels)
            at = [(date.fromisoformat(x) - first).days for x in xs] if first else []
            if 1 < len(at) <= width // LINE_POINTS_PER_COLUMN:  # denser points make a line
                plt.plot(at, ys, marker="braille")  # (and lines cost plotext the most)
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
