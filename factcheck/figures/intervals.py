"""Interval arithmetic for claims: overlap, gap and distance with tolerances.

A claim is the interval ``[low, high]``; ``high`` is ``None`` when unbounded
("more than 240" is ``[241, None]``). Gaps are measured between the upper end
of the lower interval and the lower end of the upper one; ratios are relative
to the lower interval's upper end (at least 1, so counts near zero behave).
"""

from __future__ import annotations

import math

INF = math.inf


def upper(high: float | None) -> float:
    """``high`` with None read as infinity."""
    return INF if high is None else high


def gap(a_low: float, a_high: float | None, b_low: float, b_high: float | None) -> float:
    """Distance between two intervals (0 when they overlap)."""
    a_hi, b_hi = upper(a_high), upper(b_high)
    if b_low > a_hi:
        return b_low - a_hi
    if a_low > b_hi:
        return a_low - b_hi
    return 0.0


def gap_ratio(a_low: float, a_high: float | None, b_low: float, b_high: float | None) -> float:
    """The gap relative to the lower interval's upper end (0 when they overlap)."""
    a_hi, b_hi = upper(a_high), upper(b_high)
    if b_low > a_hi:
        return (b_low - a_hi) / max(a_hi, 1.0)
    if a_low > b_hi:
        return (a_low - b_hi) / max(b_hi, 1.0)
    return 0.0


def overlaps(a_low: float, a_high: float | None, b_low: float, b_high: float | None) -> bool:
    """Whether two intervals share at least one value."""
    return b_low <= upper(a_high) and a_low <= upper(b_high)


def consistent(
    a_low: float,
    a_high: float | None,
    b_low: float,
    b_high: float | None,
    tolerance: float = 0.0,
    abs_tolerance: float = 0.0,
) -> bool:
    """Whether two intervals agree: they overlap, or their gap is within tolerance.

    ``tolerance`` is relative to the lower interval's upper end; a gap at most
    ``abs_tolerance`` units is always tolerated.
    """
    a_hi, b_hi = upper(a_high), upper(b_high)
    if b_low > a_hi:
        g, base = b_low - a_hi, a_hi
    elif a_low > b_hi:
        g, base = a_low - b_hi, b_hi
    else:
        return True
    return g <= abs_tolerance or g <= tolerance * max(base, 1.0)


def separation(a_low: float, a_high: float | None, b_low: float, b_high: float | None) -> float:
    """How many times larger the upper interval is than the lower one (1 when they overlap)."""
    a_hi, b_hi = upper(a_high), upper(b_high)
    if b_low > a_hi:
        return b_low / max(a_hi, 1.0)
    if a_low > b_hi:
        return a_low / max(b_hi, 1.0)
    return 1.0


def reach(low: float, high: float | None, tolerance: float, abs_tolerance: float = 0.0) -> float:
    """The largest lower bound another interval may have and still agree with this one."""
    hi = upper(high)
    if hi == INF:
        return INF
    return hi + max(abs_tolerance, tolerance * max(hi, 1.0))
