"""Effective values: a claim's machine output with the reviewer's corrections applied."""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import date
from typing import Any

from factcheck.extract.qualify import bounds

#: Machine field -> effective column of ``Claim``.
EFFECTIVE_COLUMNS = {
    "value": "eff_value",
    "value_high": "eff_value_high",
    "low": "eff_low",
    "high": "eff_high",
    "qualifier": "eff_qualifier",
    "category": "eff_category",
    "subject": "eff_subject",
    "location": "eff_location",
    "attribution": "eff_attribution",
    "claim_date": "eff_date",
}

def bounds_for(
    value: float, qualifier: str, value_high: float | None = None,
    *, like: Mapping[str, Any] | None = None,
) -> tuple[float, float | None]:
    """``(low, high)`` for a corrected figure and its qualifier (``high`` None = unbounded).

    Follows the extractor's rules (``extract.qualify.bounds``). For ``vague``
    and ``about``, ``like`` (the machine claim) lends its band relative to its
    value when it has the same qualifier, so a corrected figure is as wide as
    the extracted one ("thousands" -> [1000, 9999]).
    """
    integral = float(value).is_integer()
    if qualifier == "range":
        high = value_high if value_high is not None else value
        return float(min(value, high)), float(max(value, high))
    if qualifier in ("about", "vague") and like and like.get("qualifier") == qualifier:
        base = like.get("value") or 0
        if base > 0 and like.get("high") is not None:
            low, high = value * like["low"] / base, value * like["high"] / base
            return _round_band(low, high, integral)
    if qualifier == "vague":
        return float(value), float(value * 10 - (1 if integral else 0))
    low, high = bounds(value, qualifier)
    return float(low), None if high is None else float(high)


def effective_columns(
    machine: Mapping[str, Any], corrections: Mapping[str, Any] | None, status: str,
) -> dict[str, Any]:
    """The ``status`` and ``eff_*`` column values of a claim for a review state."""
    fixed = dict(corrections or {})
    if isinstance(fixed.get("claim_date"), str):
        fixed["claim_date"] = date.fromisoformat(fixed["claim_date"])
    out: dict[str, Any] = {"status": status}
    for field, column in EFFECTIVE_COLUMNS.items():
        out[column] = fixed[field] if field in fixed else machine[field]
    figure_changed = any(
        field in fixed and fixed[field] != machine[field]
        for field in ("value", "value_high", "qualifier"))
    if figure_changed:
        out["eff_low"], out["eff_high"] = bounds_for(
            out["eff_value"], out["eff_qualifier"], out["eff_value_high"], like=machine)
    return out


def machine_columns(claim: Mapping[str, Any]) -> dict[str, Any]:
    """The effective columns of an unreviewed claim: a copy of its machine output."""
    out = {column: claim[field] for field, column in EFFECTIVE_COLUMNS.items()}
    out["status"] = "unreviewed"
    return out


def _round_band(low: float, high: float, integral: bool) -> tuple[float, float]:
    if integral:
        return float(math.floor(low)), float(math.ceil(high))
    return low, high
