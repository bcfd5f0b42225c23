"""Interval overlap, gaps and tolerances."""

from __future__ import annotations

import math

import pytest

from factcheck.figures.intervals import (
    consistent,
    gap,
    gap_ratio,
    overlaps,
    reach,
    separation,
    upper,
)


def test_unbounded_high_reads_as_infinity():
    assert upper(None) == math.inf
    assert upper(5) == 5


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ((241, None), (216, 264), True),  # "more than 240" vs "around 240"
        ((100, 999), (240, 240), True),  # "hundreds" vs 240
        ((1200, 1200), (1400, 1400), False),
        ((9061, None), (9228, None), True),  # at least 9,061 vs more than 9,227
        ((0, 50), (51, 51), False),  # up to 50 vs 51
        ((10, 20), (20, 30), True),  # touching ranges share a value
    ],
)
def test_overlaps(a, b, expected):
    assert overlaps(*a, *b) is expected
    assert overlaps(*b, *a) is expected


def test_gap_and_ratio_are_symmetric_and_zero_on_overlap():
    assert gap(1200, 1200, 1400, 1400) == 200
    assert gap(1400, 1400, 1200, 1200) == 200
    assert gap_ratio(1200, 1200, 1400, 1400) == pytest.approx(200 / 1200)
    assert gap(241, None, 216, 264) == 0
    assert gap_ratio(100, 999, 240, 240) == 0


def test_consistent_with_relative_and_absolute_tolerance():
    assert not consistent(1200, 1200, 1400, 1400, tolerance=0.05)
    assert consistent(9061, 9061, 9400, 9400, tolerance=0.05)
    assert not consistent(9061, 9061, 9600, 9600, tolerance=0.05)
    assert consistent(2, 2, 3, 3, tolerance=0.0, abs_tolerance=1)
    assert not consistent(2, 2, 3, 3, tolerance=0.0)
    assert consistent(241, None, 5, 5, tolerance=0) is False
    assert consistent(5, 5, 241, None, tolerance=0) is False


def test_separation_and_reach():
    assert separation(500, 500, 5000, 5000) == pytest.approx(10)
    assert separation(5000, 5000, 500, 500) == pytest.approx(10)
    assert separation(100, 999, 240, 240) == 1.0
    assert reach(1000, 1000, 0.05) == pytest.approx(1050)
    assert reach(1000, None, 0.05) == math.inf
    assert reach(0, 0, 0.5, abs_tolerance=2) == 2
