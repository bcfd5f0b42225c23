"""Figures and discrepancies: which claims count the same thing, and where sources disagree.

Pure functions over light :class:`FigureClaim` records (no database):
:func:`analyse` groups claims into figures, summarises each (per-source
timelines, latest range, most conservative figure) and finds conflicts,
revisions and outliers with the tolerances of :class:`Settings`.
``factcheck.figures.service`` connects this to the store.
"""

from __future__ import annotations

from factcheck.figures.analysis import Analysis, analyse, build_figures
from factcheck.figures.discrepancies import find_discrepancies, fmt_interval
from factcheck.figures.grouping import figure_id, figure_key, figure_label, group_claims
from factcheck.figures.subjects import normalise_location, normalise_source, normalise_subject
from factcheck.figures.timeline import summarise
from factcheck.figures.types import (
    DEFAULT_SETTINGS,
    DISCREPANCY_KINDS,
    Discrepancy,
    Figure,
    FigureClaim,
    FigureKey,
    Settings,
)

__all__ = [
    "DEFAULT_SETTINGS",
    "DISCREPANCY_KINDS",
    "Analysis",
    "Discrepancy",
    "Figure",
    "FigureClaim",
    "FigureKey",
    "Settings",
    "analyse",
    "build_figures",
    "figure_id",
    "figure_key",
    "figure_label",
    "find_discrepancies",
    "fmt_interval",
    "group_claims",
    "normalise_location",
    "normalise_source",
    "normalise_subject",
    "summarise",
]
