"""Records of the figures layer: the light claim input, figures, discrepancies.

Everything here is plain data (NamedTuples and slotted dataclasses) so that a
million claims group and check quickly and nothing touches a database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple


class FigureClaim(NamedTuple):
    """One claim as the figures layer sees it (reviewer corrections already applied).

    ``low``/``high`` is the claim's interval (``high`` None = unbounded);
    ``date`` is the date the figure is reported for (None when unknown, then
    ``published`` stands in); ``source`` is the attribution, else the outlet,
    else the document. ``key`` is the store's stable claim key (it survives
    re-extraction) and identifies the claim in discrepancy keys and overrides.
    ``event`` and ``change`` come from the sentence (see ``figures.events``).
    """

    id: int
    category: str
    subject: str | None
    location: str | None
    value: float
    low: float
    high: float | None
    qualifier: str
    date: date | None
    source: str
    document_id: int
    published: date | None = None
    key: str = ""
    event: str | None = None
    #: the claim's sentence reports a change of the figure: -1 down ("revised down to
    #: 1,200 from 1,400"), +1 up ("rose to 1,400 from 1,200"), 0 none
    change: int = 0

    @property
    def stable_key(self) -> str:
        """The stable claim key, the claim id when the store gave none."""
        return self.key or str(self.id)

    @property
    def when(self) -> date | None:
        """The claim date, else the publication date."""
        return self.date or self.published


@dataclass(frozen=True, slots=True)
class Settings:
    """Tolerances of the discrepancy checks (all documented defaults).

    - ``conflict_tolerance``: two intervals reported about the same date are
      consistent when the gap between them is at most this fraction of the
      lower one (5 %: 9,061 and 9,400 agree, 1,200 and 1,400 do not).
    - ``conflict_abs_tolerance``: a gap this small (in units) never counts.
    - ``same_time_days``: width of the date buckets inside which claims are
      "about the same date" (1 = the same calendar day; buckets are aligned on
      a fixed epoch so a discrepancy's key does not move when claims arrive).
      Cumulative categories always compare single days: a later higher toll is
      an update and a later lower one a revision, never a conflict.
    - ``revision_tolerance``: a cumulative figure must fall by more than this
      fraction of the earlier lower bound to count as revised down.
    - ``outlier_factor``: a source is far from another when their intervals
      are separated by at least this factor (2 = one is double the other).
    - ``outlier_min_sources``: sources needed at one time to call an outlier.
    - ``latest_window_days``: a source's latest figure counts in a figure's
      latest range when it is at most this many days older than the
      figure's newest claim.
    - ``cumulative_categories``: categories whose counts only grow (killed,
      injured, displaced, detained, as DESIGN.md says; hostages and missing
      fall when people are released or found, so they are not cumulative).
    """

    conflict_tolerance: float = 0.05
    conflict_abs_tolerance: float = 0.0
    same_time_days: int = 1
    revision_tolerance: float = 0.05
    outlier_factor: float = 2.0
    outlier_min_sources: int = 3
    latest_window_days: int = 7
    cumulative_categories: frozenset[str] = frozenset(
        {"killed", "injured", "displaced", "detained"}
    )

    def __post_init__(self) -> None:
        if self.conflict_tolerance < 0 or self.revision_tolerance < 0:
            raise ValueError("tolerances must not be negative")
        if self.conflict_abs_tolerance < 0:
            raise ValueError("conflict_abs_tolerance must not be negative")
        if self.same_time_days < 1:
            raise ValueError("same_time_days must be at least 1")
        if self.outlier_factor <= 1:
            raise ValueError("outlier_factor must be greater than 1")
        if self.outlier_min_sources < 3:
            raise ValueError("outlier_min_sources must be at least 3")
        if self.latest_window_days < 0:
            raise ValueError("latest_window_days must not be negative")


DEFAULT_SETTINGS = Settings()


class FigureKey(NamedTuple):
    """What a figure counts: category, who (side + role), where, and which event.

    ``None`` in ``side``, ``location`` or ``event`` means "not stated".
    """

    category: str
    side: str | None
    role: str
    location: str | None
    event: str | None

    def text(self) -> str:
        """The canonical text of the key (stable across runs)."""
        return "|".join(part or "" for part in self)


@dataclass(slots=True)
class SourceLatest:
    """A source's latest claim in a figure."""

    source: str
    claim: FigureClaim


@dataclass(slots=True)
class Figure:
    """A group of claims about one quantity, with its reconciliation summary.

    ``summarise`` (``figures.timeline``) fills in the summary; ``timelines``
    (each source's claims in date order) is built on first use.
    """

    id: str
    key: str
    label: str
    category: str
    claims: list[FigureClaim]
    custom: bool = False
    #: per source, its latest claim
    latest: dict[str, FigureClaim] = field(default_factory=dict)
    #: latest range across sources: min low, max high (None = unbounded)
    range_low: float | None = None
    range_high: float | None = None
    #: the most conservative latest figure (lowest lower bound)
    conservative: FigureClaim | None = None
    first_date: date | None = None
    last_date: date | None = None
    #: how many sources (compared case- and article-insensitively)
    source_count: int = 0
    #: dated claims prepared for the checks (see ``timeline.prepare``); filled by summarise
    rows: list = field(default_factory=list, repr=False)
    #: source key -> display name, and the undated claims (source key, claim)
    source_names: dict[str, str] = field(default_factory=dict, repr=False)
    undated: list = field(default_factory=list, repr=False)
    prepared: bool = False
    _timelines: dict[str, list[FigureClaim]] | None = field(default=None, repr=False)

    @property
    def timelines(self) -> dict[str, list[FigureClaim]]:
        """Per source (display name), its claims in date order, undated last."""
        if self._timelines is None:
            from factcheck.figures.timeline import build_timelines

            self._timelines = build_timelines(self)
        return self._timelines

    @property
    def sources(self) -> list[str]:
        """The figure's sources, sorted."""
        return sorted(self.timelines)


@dataclass(frozen=True, slots=True)
class Discrepancy:
    """A flagged disagreement inside a figure.

    ``key`` is stable across recomputation and re-extraction (it is built from
    the figure key, the date bucket, sources and stable claim keys), so a
    reviewer's status and note stay attached. ``gap`` is the absolute size of
    the disagreement in the figure's unit and ``ratio`` the gap relative to
    the lower side.
    """

    key: str
    kind: str  # conflict | revision | outlier
    figure_id: str
    claim_ids: tuple[int, ...]
    claim_keys: tuple[str, ...]
    sources: tuple[str, ...]
    first_date: date | None
    last_date: date | None
    gap: float
    ratio: float
    summary: str


DISCREPANCY_KINDS = ("conflict", "revision", "outlier")
