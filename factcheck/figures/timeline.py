"""Per-source timelines and the reconciliation summary of a figure.

Like Iraq Body Count's minimum and maximum and ACLED's most conservative
figure: for each source its claims in date order and its latest claim; across
sources the latest range (lowest lower bound to highest upper bound of the
sources' latest claims, ``None`` = unbounded) and the most conservative latest
figure (the latest claim with the lowest lower bound). Sources whose latest
claim is more than ``latest_window_days`` older than the figure's newest claim
are stale and left out of the range.
"""

from __future__ import annotations

from datetime import date, timedelta
from operator import itemgetter

from factcheck.figures.intervals import INF
from factcheck.figures.subjects import normalise_source
from factcheck.figures.types import DEFAULT_SETTINGS, Figure, FigureClaim, Settings

#: A dated claim prepared for the checks: (sort key, low, ordinal date, high (inf =
#: unbounded), source key, claim). The sort key is one integer, date then claim id, so
#: a million rows sort fast and in the same order whatever order the claims came in.
Row = tuple[int, float, int, float, str, FigureClaim]
_ID_SPAN = 1 << 40
#: id, low, high, date, source, published of a FigureClaim, read at C speed.
_FIELDS = itemgetter(0, 5, 6, 8, 9, 11)


def prepare(
    claims: list[FigureClaim],
) -> tuple[list[Row], dict[str, str], list[tuple[str, FigureClaim]]]:
    """Date-sorted rows of the dated claims, source names, and the undated claims.

    Sources are compared case- and article-insensitively (``normalise_source``);
    each is named by its most frequent spelling (ties: the first in sort
    order), whatever the input order. Rows sort by date, then claim id.
    """
    norms: dict[str, str] = {}
    counts: dict[str, int] = {}
    by_day: dict[int, list[Row]] = {}
    undated: list[tuple[str, FigureClaim]] = []
    ordinals: dict[date, int] = {}
    fields = _FIELDS
    for c in claims:
        cid, low, high, day, src, published = fields(c)
        norm = norms.get(src)
        if norm is None:
            norm = norms[src] = normalise_source(src)
            counts[src] = 1
        else:
            counts[src] += 1
        when = day or published
        if when is None:
            undated.append((norm, c))
            continue
        ordinal = ordinals.get(when)
        if ordinal is None:
            ordinal = ordinals[when] = when.toordinal()
            by_day[ordinal] = day_rows = []
        else:
            day_rows = by_day[ordinal]
        day_rows.append(
            (ordinal * _ID_SPAN + cid, low, ordinal, INF if high is None else high, norm, c))
    # a sort per day (claims mostly arrive in id order, so these are nearly free)
    rows: list[Row] = []
    for ordinal in sorted(by_day):
        day_rows = by_day[ordinal]
        day_rows.sort()
        rows.extend(day_rows)
    undated.sort(key=lambda u: u[1].id)
    spellings: dict[str, list[str]] = {}
    for spelling, norm in norms.items():
        spellings.setdefault(norm, []).append(spelling)
    names = {
        norm: names[0] if len(names) == 1 else min(names, key=lambda n: (-counts[n], n))
        for norm, names in spellings.items()
    }
    return rows, names, undated


def build_timelines(figure: Figure) -> dict[str, list[FigureClaim]]:
    """Each source's claims in date order (undated last), by source name."""
    if not figure.prepared:
        _prepare_figure(figure)
    by_norm: dict[str, list[FigureClaim]] = {}
    for r in figure.rows:
        line = by_norm.get(r[4])
        if line is None:
            by_norm[r[4]] = [r[5]]
        else:
            line.append(r[5])
    for norm, c in figure.undated:
        by_norm.setdefault(norm, []).append(c)
    return {figure.source_names[norm]: line for norm, line in by_norm.items()}


def source_timelines(claims: list[FigureClaim]) -> dict[str, list[FigureClaim]]:
    """Claims per source, in date order (undated last); see :func:`prepare`."""
    from factcheck.figures.types import Figure

    return build_timelines(Figure("", "", "", "", claims))


def _prepare_figure(figure: Figure) -> None:
    figure.rows, figure.source_names, figure.undated = prepare(figure.claims)
    figure.source_count = len(figure.source_names)
    figure.prepared = True
    figure._timelines = None


def summarise(figure: Figure, settings: Settings = DEFAULT_SETTINGS) -> Figure:
    """Fill in the figure's latest claims, latest range, conservative figure and dates."""
    _prepare_figure(figure)
    names = figure.source_names
    latest: dict[str, FigureClaim] = {}
    wanted = len(names)
    for r in reversed(figure.rows):  # newest first: stop once every source is seen
        name = names[r[4]]
        if name not in latest:
            latest[name] = r[5]
            if len(latest) == wanted:
                break
    for norm, c in figure.undated:  # sources with no dated claim: their last undated one
        name = names[norm]
        if name not in latest or latest[name].when is None:
            latest[name] = c
    figure.latest = latest
    rows = figure.rows
    figure.first_date = date.fromordinal(rows[0][2]) if rows else None
    figure.last_date = date.fromordinal(rows[-1][2]) if rows else None
    if figure.last_date is not None:
        horizon = figure.last_date - timedelta(days=settings.latest_window_days)
        current = [c for c in latest.values() if c.when is not None and c.when >= horizon]
    else:
        current = list(latest.values())
    if current:
        figure.range_low = min(c.low for c in current)
        highs = [c.high for c in current]
        figure.range_high = None if any(h is None for h in highs) else max(highs)
        figure.conservative = min(current, key=lambda c: (c.low, c.value, c.id))
    return figure
