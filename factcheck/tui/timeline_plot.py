"""A figure's values per source over time, drawn with plotext (textual-plotext)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from textual_plotext import PlotextPlot

from factcheck.tui import safe_text as st

#: Sources drawn (the ones with most claims); the rest are left out of the plot.
MAX_SOURCES = 8
MAX_POINTS = 400
LABEL_WIDTH = 24


def series(
    claims: Sequence[Mapping[str, Any]], timelines: Mapping[str, Sequence[int]],
) -> list[tuple[str, list[str], list[float]]]:
    """Per source ``(label, dates, values)`` in date order, every dated claim a point.

    A source with more than ``MAX_POINTS`` claims keeps one point per day (the
    day's highest value). Undated claims are left out; labels are made safe.
    """
    by_id = {c["id"]: c for c in claims}
    drawn = sorted(timelines.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:MAX_SOURCES]
    out = []
    for source, ids in drawn:
        points: list[tuple[date, float]] = []
        for cid in ids:
            row = by_id.get(cid)
            when = row and (row.get("date") or row.get("published"))
            if row is not None and when:
                points.append((when, float(row["value"])))
        if len(points) > MAX_POINTS:
            days: dict[date, float] = {}
            for when, value in points:
                days[when] = max(value, days.get(when, value))
            points = list(days.items())
        if points:
            ordered = sorted(points)
            label = st.literal(source).plain
            if len(label) > LABEL_WIDTH:
                label = label[: LABEL_WIDTH - 1] + "…"
            out.append((label, [d.isoformat() for d, _ in ordered], [v for _, v in ordered]))
    return out


class TimelinePlot(PlotextPlot):
    """Plots a figure's timelines (``show``); says so when nothing is dated."""

    def show(self, title: str, claims: Sequence[Mapping[str, Any]],
             timelines: Mapping[str, Sequence[int]]) -> None:
        """Draw the per-source timelines of a figure."""
        plt = self.plt
        plt.clear_data()
        plt.clear_figure()
        plt.date_form("Y-m-d")
        lines = series(claims, timelines)
        plt.title(st.literal(title).plain[:60] + " — values per source over time")
        values = [v for _, _, ys in lines for v in ys]
        for label, xs, ys in lines:
            if len(xs) > 1:
                plt.plot(xs, ys, marker="braille")
            plt.scatter(xs, ys, label=label, marker="●")
        days = sorted({x for _, xs, _ in lines for x in xs})
        if days:
            step = max(1, (len(days) - 1) // 4)
            ticks = days[::step]
            if ticks[-1] != days[-1]:
                ticks[-1] = days[-1]
            plt.xticks(ticks)
        if values:
            low, high = min(values), max(values)
            ticks = [low] if low == high else [low + (high - low) * i / 3 for i in range(4)]
            plt.yticks(ticks, [st.number(round(t)) for t in ticks])
        else:
            plt.text("no dated claims", x=0.5, y=0.5)
        self.refresh()
