"""Find the discrepancies inside a figure: conflicts, revisions and outliers.

Claims are bucketed by date once (sorted), and every check works on one date
bucket or walks the buckets in order, so a figure of a million claims costs
``O(n log n)``, never a comparison of every pair.

- **outlier**: in one bucket with at least ``outlier_min_sources`` sources,
  a source whose claims are at least ``outlier_factor`` times away from every
  other source's, while some other sources agree among themselves.
- **conflict**: in one bucket, the other claims do not all agree: sorted by
  lower bound, they fall into more than one cluster of intervals that
  overlap within ``conflict_tolerance``. One conflict per figure and bucket,
  naming every claim of the bucket and the largest gap. For cumulative
  categories the bucket is one day, because across days a higher toll is an
  update and a lower one a revision.
- **revision** (cumulative categories only): a claim below an earlier one by
  more than ``revision_tolerance``: below the same source's previous claim
  (one revision per such pair), else below the highest lower bound reached
  before (one revision per reference claim and date, naming every claim
  below it; the reference then drops to the revised level, so one early
  high claim does not flag everything after it).

- one report giving an old and a new value the same day ("revised down to
  1,200 from 1,400", "rose to 1,400 from 1,200"; see ``FigureClaim.change``):
  the old value leaves that day's comparisons; a change down is a revision.

Overlapping intervals are always consistent; a rising toll is never flagged.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left
from datetime import date, timedelta
from itertools import groupby, pairwise
from operator import itemgetter

from factcheck.figures.intervals import INF, reach
from factcheck.figures.subjects import normalise_source
from factcheck.figures.timeline import Row, prepare
from factcheck.figures.types import DEFAULT_SETTINGS, Discrepancy, Figure, FigureClaim, Settings

_Row = Row
_LO, _ORD, _HI, _SRC, _CLAIM = 1, 2, 3, 4, 5
_DAY, _GET_LO, _GET_HI = itemgetter(_ORD), itemgetter(_LO), itemgetter(_HI)


def discrepancy_key(kind: str, *parts: str) -> str:
    """A short stable id: the kind's initial and 11 hex digits of a hash of the parts."""
    digest = hashlib.blake2b("\x1f".join((kind, *parts)).encode(), digest_size=6).hexdigest()
    return kind[0] + digest[:11]


def fmt_interval(low: float, high: float | None) -> str:
    """``1,200``; ``≥241``; ``216–264``."""
    if high is None or high == INF:
        return f"≥{_num(low)}"
    if low == high:
        return _num(low)
    return f"{_num(low)}–{_num(high)}"


def _num(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def find_discrepancies(figure: Figure, settings: Settings = DEFAULT_SETTINGS) -> list[Discrepancy]:
    """Every discrepancy of one figure, in date order (uses ``figure.rows`` when summarised)."""
    rows = figure.rows if figure.prepared else prepare(figure.claims)[0]
    if len(rows) < 2:
        return []
    cumulative = figure.category in settings.cumulative_categories
    width = 1 if cumulative else settings.same_time_days
    tol, abs_tol = settings.conflict_tolerance, settings.conflict_abs_tolerance
    found: list[Discrepancy] = []
    kept_buckets: list[list[_Row]] = []
    bucket_of = _DAY if width == 1 else (lambda r: r[_ORD] - r[_ORD] % width)
    for start, group in groupby(rows, key=bucket_of):
        bucket = list(group)
        if cumulative and len(bucket) >= 2:
            bucket = _reported_changes(figure, bucket, settings, found)
        kept = bucket
        if len(bucket) >= 2:
            top_low = max(map(_GET_LO, bucket))
            bottom_high = min(map(_GET_HI, bucket))
            # all claims agree when the highest lower bound is within reach of the lowest upper
            if top_low > reach(bottom_high, bottom_high, tol, abs_tol):
                outliers = _outliers(figure, start, width, bucket, settings, found)
                if outliers:
                    kept = [r for r in bucket if r[_SRC] not in outliers]
                if len(kept) >= 2:
                    _conflict(figure, start, width, kept, settings, found)
        if cumulative:
            kept_buckets.append(kept)
    if cumulative:
        _revisions(figure, kept_buckets, settings, found)
    found.sort(key=lambda d: (d.first_date or date.min, d.kind, d.key))
    return found


def _reported_changes(
    figure: Figure, bucket: list[_Row], settings: Settings, found: list[Discrepancy],
) -> list[_Row]:
    """Handle one report giving an old and a new value the same day ("down to 1,200 from 1,400").

    Among one document's claims of the day whose sentences report a change, the
    old value (the highest when the change is down, the lowest when up) leaves
    the day's comparisons; a change down is a revision, a change up an update.
    """
    by_document: dict[int, list[_Row]] = {}
    for r in bucket:
        if r[_CLAIM].change:
            by_document.setdefault(r[_CLAIM].document_id, []).append(r)
    old: set[int] = set()
    tol, abs_tol = settings.revision_tolerance, settings.conflict_abs_tolerance
    for rows in by_document.values():
        if len(rows) < 2:
            continue
        high_row = max(rows, key=_GET_LO)
        low_row = min(rows, key=_GET_HI)
        if high_row[_LO] <= reach(low_row[_HI], low_row[_HI], tol, abs_tol):
            continue  # the values agree: nothing changed
        if any(r[_CLAIM].change < 0 for r in rows):
            a, b = high_row[_CLAIM], low_row[_CLAIM]
            gap = high_row[_LO] - low_row[_HI]
            found.append(_make(
                "revision", figure, [a, b], a.when, b.when, gap, gap / max(high_row[_LO], 1.0),
                f"{fmt_interval(a.low, a.high)} revised down to {fmt_interval(b.low, b.high)} "
                f"in one report ({b.source}, {b.when})",
                extra=(a.stable_key, b.stable_key),
            ))
            old.add(id(high_row))
        else:
            old.add(id(low_row))
    if not old:
        return bucket
    return [r for r in bucket if id(r) not in old]


def _bucket_dates(start: int, width: int) -> tuple[date, date]:
    first = date.fromordinal(start)
    return first, first + timedelta(days=width - 1)


def _outliers(
    figure: Figure, start: int, width: int, bucket: list[_Row], settings: Settings,
    found: list[Discrepancy],
) -> set[str]:
    """Sources far from every other in the bucket (when the others agree somewhere)."""
    hulls: dict[str, list] = {}
    for r in bucket:
        h = hulls.get(r[_SRC])
        if h is None:
            hulls[r[_SRC]] = [r[_LO], r[_HI], [r]]
        else:
            h[0] = min(h[0], r[_LO])
            h[1] = max(h[1], r[_HI])
            h[2].append(r)
    if len(hulls) < settings.outlier_min_sources:
        return set()
    f = settings.outlier_factor
    items = sorted(hulls.items(), key=lambda kv: kv[1][0])
    los = [h[0] for _, h in items]
    # prefix maxima of max(high, 1), keeping the two best to exclude the source itself
    best1: list[tuple[float, int]] = []
    best2: list[tuple[float, int]] = []
    b1 = b2 = (-INF, -1)
    for i, (_, h) in enumerate(items):
        v = (max(h[1], 1.0), i)
        if v > b1:
            b1, b2 = v, b1
        elif v > b2:
            b2 = v
        best1.append(b1)
        best2.append(b2)
    far: list[int] = []
    for i, (_, h) in enumerate(items):
        # others that can be near: lower bound below f * high
        j = bisect_left(los, f * max(h[1], 1.0)) if h[1] != INF else len(items)
        near = False
        if j > 0:
            top = best1[j - 1] if best1[j - 1][1] != i else best2[j - 1]
            near = top[1] >= 0 and top[0] * f > h[0]
        if not near:
            far.append(i)
    if not far or len(far) == len(items):
        return set()
    first, last = _bucket_dates(start, width)
    names = set()
    for i in far:
        source, (lo, hi, own) = items[i]
        others = [r for k, (_, h) in enumerate(items) if k != i for r in h[2]]
        gap, ratio, nearest = _nearest_gap(lo, hi, others)
        claims = [r[_CLAIM] for r in own] + [r[_CLAIM] for r in others]
        found.append(_make(
            "outlier", figure, claims, first, last, gap, ratio,
            f"{fmt_interval(lo, hi)} from {own[0][_CLAIM].source} is {ratio + 1:.1f}× away from "
            f"{len(items) - 1} other sources (nearest {fmt_interval(nearest[_LO], nearest[_HI])})",
            extra=(first.isoformat(), source),
        ))
        names.add(source)
    return names


def _nearest_gap(lo: float, hi: float, others: list[_Row]) -> tuple[float, float, _Row]:
    best = None
    for r in others:
        if r[_LO] > hi:
            gap, base = r[_LO] - hi, hi
        elif lo > r[_HI]:
            gap, base = lo - r[_HI], r[_HI]
        else:
            gap, base = 0.0, 1.0
        ratio = gap / max(base, 1.0)
        if best is None or ratio < best[1]:
            best = (gap, ratio, r)
    assert best is not None
    return best


def _conflict(
    figure: Figure, start: int, width: int, bucket: list[_Row], settings: Settings,
    found: list[Discrepancy],
) -> None:
    """One conflict when the bucket's claims fall into several disagreeing clusters."""
    tol, abs_tol = settings.conflict_tolerance, settings.conflict_abs_tolerance
    ordered = sorted(bucket, key=itemgetter(_LO, _HI))
    clusters: list[tuple[float, float, float]] = []  # (min low, max high, reach)
    lo0, hi0 = ordered[0][_LO], ordered[0][_HI]
    cur = [lo0, hi0, reach(lo0, None if hi0 == INF else hi0, tol, abs_tol)]
    for r in ordered[1:]:
        lo, hi = r[_LO], r[_HI]
        if lo <= cur[2]:
            if hi > cur[1]:
                cur[1] = hi
                cur[2] = max(cur[2], reach(lo, None if hi == INF else hi, tol, abs_tol))
        else:
            clusters.append(tuple(cur))
            cur = [lo, hi, reach(lo, None if hi == INF else hi, tol, abs_tol)]
    if not clusters:
        return
    clusters.append(tuple(cur))
    gap, ratio, lower, upper = 0.0, 0.0, clusters[0], clusters[1]
    for a, b in pairwise(clusters):
        g = b[0] - a[1]
        rt = g / max(a[1], 1.0)
        if rt > ratio:
            gap, ratio, lower, upper = g, rt, a, b
    first, last = _bucket_dates(start, width)
    when = first.isoformat() if first == last else f"{first.isoformat()}–{last.isoformat()}"
    found.append(_make(
        "conflict", figure, [r[_CLAIM] for r in ordered], first, last, gap, ratio,
        f"{len(clusters)} disagreeing values on {when}: {fmt_interval(lower[0], lower[1])} vs "
        f"{fmt_interval(upper[0], upper[1])} (gap {_num(gap)}, {ratio:.0%})",
        extra=(first.isoformat(),),
    ))


def _revisions(
    figure: Figure, buckets: list[list[_Row]], settings: Settings, found: list[Discrepancy]
) -> None:
    """Cumulative claims that fall below earlier ones (see module docstring)."""
    tol, abs_tol = settings.revision_tolerance, settings.conflict_abs_tolerance
    reference: _Row | None = None
    last_by_source: dict[str, _Row] = {}

    for bucket in buckets:
        if not bucket:
            continue
        below_reference: list[_Row] = []
        revised = False
        if reference is None:
            limit = -INF
        else:
            ref_lo = reference[_LO]
            limit = ref_lo - max(abs_tol, tol * max(ref_lo, 1.0))
        for r in bucket:
            hi = r[_HI]
            own = last_by_source.get(r[_SRC])
            if own is not None:
                own_lo = own[_LO]
                if hi < own_lo - max(abs_tol, tol * max(own_lo, 1.0)):
                    revised = True
                    a, b = own[_CLAIM], r[_CLAIM]
                    gap = own_lo - hi
                    found.append(_make(
                        "revision", figure, [a, b], a.when, b.when, gap, gap / max(own_lo, 1.0),
                        f"{fmt_interval(a.low, a.high)} ({a.source}, {a.when}) revised down to "
                        f"{fmt_interval(b.low, b.high)} by the same source ({b.when})",
                        extra=(a.stable_key, b.stable_key),
                    ))
                    continue
            if hi < limit:
                below_reference.append(r)
        if below_reference and reference is not None:
            revised = True
            a = reference[_CLAIM]
            lowest = min(below_reference, key=itemgetter(_HI))
            b = lowest[_CLAIM]
            gap = reference[_LO] - lowest[_HI]
            others = len(below_reference) - 1
            more = f" (and {others} more claims)" if others else ""
            found.append(_make(
                "revision", figure, [a, *(r[_CLAIM] for r in below_reference)], a.when, b.when,
                gap, gap / max(reference[_LO], 1.0),
                f"{fmt_interval(a.low, a.high)} ({a.source}, {a.when}) revised down to "
                f"{fmt_interval(b.low, b.high)} ({b.source}, {b.when}){more}",
                extra=(a.stable_key, b.when.isoformat() if b.when else ""),
            ))
        top = max(bucket, key=_GET_LO)  # the first claim with the highest lower bound
        if revised or reference is None or top[_LO] > reference[_LO]:
            reference = top
        for r in bucket:  # each source's claim with the highest lower bound that day
            prev = last_by_source.get(r[_SRC])
            if prev is None or prev[_ORD] < r[_ORD] or r[_LO] > prev[_LO]:
                last_by_source[r[_SRC]] = r


def _make(
    kind: str, figure: Figure, claims: list[FigureClaim], first: date | None,
    last: date | None, gap: float, ratio: float, summary: str, extra: tuple[str, ...],
) -> Discrepancy:
    sources: list[str] = []
    seen: set[str] = set()
    for c in claims:
        norm = normalise_source(c.source)
        if norm not in seen:
            seen.add(norm)
            sources.append(c.source)
    return Discrepancy(
        key=discrepancy_key(kind, figure.key, *extra),
        kind=kind,
        figure_id=figure.id,
        claim_ids=tuple(c.id for c in claims),
        claim_keys=tuple(c.stable_key for c in claims),
        sources=tuple(sources),
        first_date=first,
        last_date=last,
        gap=gap,
        ratio=ratio,
        summary=summary,
    )
