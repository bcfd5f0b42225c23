"""Group claims into figures: one figure per quantity talked about.

A claim's figure key is ``(category, side, role, location, event)`` from its
normalised subject (see :mod:`factcheck.figures.subjects`), place and event.
The qualifier plays no part, so vague and exact claims about the same thing
("hundreds" and "more than 240" hostages) share a figure.

Claims that leave part of the key unstated (no side: "people"; no place; no
event; no subject at all) join the figure they must be about:

- when exactly one more specific figure of the same category and role is
  compatible with what they do state, they join it ("more than 1,400 people"
  joins "1,400 Israelis"; "people killed" with no place joins "people killed
  in Gaza" when Gaza is the only place for that toll);
- when several are compatible, each claim joins the one whose claims come
  closest to its interval (within ``affinity_factor``), preferring the one
  that adds the fewest stated parts ("people killed" goes to "people killed
  in Gaza" before "Palestinians killed in the West Bank"), else stays apart;
- when none is, they form their own figure.

A reviewer's override (claim key → figure id) always wins; figure ids are
short hashes of the key text, so they stay the same across recomputations.
"""

from __future__ import annotations

import hashlib
import math
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from functools import lru_cache
from operator import itemgetter

from factcheck.figures.subjects import normalise_location, normalise_subject
from factcheck.figures.types import FigureClaim, FigureKey

#: Axes of a key that may be left unstated (role only when unknown).
_AXES = (1, 2, 3, 4)
#: How far (as a factor) an ambiguous claim's value may be from a figure it joins.
AFFINITY_FACTOR = 3.0
#: A claim's (category, subject, location, event), read at C speed.
_RAW = itemgetter(1, 2, 3, 13)
_LOW, _HIGH = itemgetter(5), itemgetter(6)


@lru_cache(maxsize=262144)
def figure_key(
    category: str, subject: str | None, location: str | None, event: str | None = None
) -> FigureKey:
    """The figure key of a claim's category, subject, location and event."""
    who = normalise_subject(subject, category)
    place = normalise_location(location) or who.place
    return FigureKey(category, who.side, who.role, place, event or None)


def figure_id(key: FigureKey | str) -> str:
    """A short stable id for a figure key (12 hex digits)."""
    text = key.text() if isinstance(key, FigureKey) else key
    return hashlib.blake2b(text.encode(), digest_size=6).hexdigest()


def _unstated(key: FigureKey) -> tuple[int, ...]:
    return tuple(i for i in _AXES if not key[i])


def _compatible(general: FigureKey, specific: FigureKey) -> bool:
    """``specific`` agrees with every part ``general`` states and states more."""
    more = False
    for i in _AXES:
        if general[i]:
            if general[i] != specific[i]:
                return False
        elif specific[i]:
            more = True
    return more


def group_claims(
    claims: Iterable[FigureClaim],
    overrides: Mapping[str, str] | None = None,
    affinity_factor: float = AFFINITY_FACTOR,
) -> tuple[dict[FigureKey, list[FigureClaim]], dict[str, list[FigureClaim]]]:
    """Group claims by figure key, resolving unstated parts (see module docstring).

    Returns ``(automatic, overridden)``: claims per resolved figure key, and
    claims a reviewer moved, per target figure id.
    """
    moved: dict[str, list[FigureClaim]] = {}
    if overrides:
        kept = []
        for c in claims:
            target = overrides.get(c.key or str(c.id))
            if target is None:
                kept.append(c)
            else:
                moved.setdefault(target, []).append(c)
        claims = kept
    # first by the raw (category, subject, location, event), then by normalised key
    by_raw: dict[tuple, list[FigureClaim]] = {}
    raw_of = _RAW
    for c in claims:
        raw = raw_of(c)
        bucket = by_raw.get(raw)
        if bucket is None:
            by_raw[raw] = [c]
        else:
            bucket.append(c)
    by_key: dict[FigureKey, list[FigureClaim]] = {}
    for raw, bucket in by_raw.items():
        key = figure_key(*raw)
        if key in by_key:
            by_key[key].extend(bucket)
        else:
            by_key[key] = bucket
    return _resolve(by_key, affinity_factor), moved


def _resolve(
    by_key: dict[FigureKey, list[FigureClaim]], affinity_factor: float
) -> dict[FigureKey, list[FigureClaim]]:
    """Merge keys with unstated parts into the figures they must be about."""
    result: dict[FigureKey, list[FigureClaim]] = {}
    # targets indexed by (category, role) and by category (for unknown roles)
    by_role: dict[tuple[str, str], list[FigureKey]] = {}
    by_category: dict[str, list[FigureKey]] = {}
    log_limit = math.log(affinity_factor)
    bins: dict[FigureKey, list[float]] = {}

    for key in sorted(by_key, key=lambda k: (len(_unstated(k)), k.text())):
        claims = by_key[key]
        if not _unstated(key):
            _add_target(key, claims, result, by_role, by_category)
            continue
        pool = by_category.get(key.category, ()) if not key.role else by_role.get(
            (key.category, key.role), ()
        )
        candidates = [t for t in pool if _compatible(key, t)]
        if not candidates:
            _add_target(key, claims, result, by_role, by_category)
        elif len(candidates) == 1:
            result[candidates[0]].extend(claims)
        else:
            chooser = _Nearest(key, candidates, result, bins, log_limit)
            stay: list[FigureClaim] = []
            for c in claims:
                best = chooser.choose(c.low, c.high)
                if best is None:
                    stay.append(c)
                else:
                    result[best].append(c)
            if stay:
                _add_target(key, stay, result, by_role, by_category)
    return result


def _add_target(key, claims, result, by_role, by_category) -> None:
    result[key] = list(claims)
    by_role.setdefault((key.category, key.role), []).append(key)
    by_category.setdefault(key.category, []).append(key)


def _log(value: float) -> float:
    return math.log(max(value, 1.0))


class _Nearest:
    """Pick, for a claim, the candidate figure whose claims come closest to its interval.

    Closeness is on a log scale: 0 when a candidate's claim bound lies inside
    the claim's interval (an open interval counts as its bound), else the log
    of the factor between the nearest bounds. Each candidate's claim bounds
    (low, and high when bounded) are reduced once to distinct log values
    rounded to 1 % (cached in ``bins``); all candidates' are merged into one
    sorted array, so each choice is a few binary searches. Ties go to the
    candidate stating the fewest parts the claim leaves unstated, then the
    larger figure, then the smaller key text.
    """

    def __init__(
        self,
        key: FigureKey,
        candidates: list[FigureKey],
        result: dict[FigureKey, list[FigureClaim]],
        bins: dict[FigureKey, list[float]],
        log_limit: float,
    ) -> None:
        def extra(k: FigureKey) -> int:
            return sum(1 for i in _AXES if k[i] and not key[i])

        ranked = sorted(candidates, key=lambda k: (extra(k), -len(result[k]), k.text()))
        merged = []
        self.own: list[list[float]] = []
        for rank, cand in enumerate(ranked):
            logs = bins.get(cand)
            if logs is None:
                members = result[cand]
                bounds = set(map(_LOW, members))
                bounds.update(map(_HIGH, members))
                bounds.discard(None)
                logs = bins[cand] = sorted({round(_log(v), 2) for v in bounds})
            self.own.append(logs)
            merged.extend((v, rank) for v in logs)
        merged.sort()
        self.logs = [m[0] for m in merged]
        self.ranks = [m[1] for m in merged]
        self.ranked = ranked
        self.log_limit = log_limit
        self.memo: dict[tuple[float, float | None], FigureKey | None] = {}

    def choose(self, low: float, high: float | None) -> FigureKey | None:
        """The candidate a claim with this interval joins (None: none is close enough)."""
        memo = self.memo
        pair = (low, high)
        if pair in memo:
            return memo[pair]
        best = memo[pair] = self._choose(low, high)
        return best

    def _choose(self, low: float, high: float | None) -> FigureKey | None:
        # an open interval ("more than 1,400") is read as its bound: news says "more
        # than X" of a toll near X, and everything above would match otherwise
        lo = round(_log(low), 2)
        hi = lo if high is None else round(_log(high), 2)
        logs, ranks = self.logs, self.ranks
        i = bisect_left(logs, lo)
        j = bisect_right(logs, hi)
        if i < j:  # bounds inside the claim's interval: distance 0, best rank among them
            for rank, own in enumerate(self.own):
                k = bisect_left(own, lo)
                if k < len(own) and own[k] <= hi:
                    return self.ranked[rank]
        best: tuple[float, int] | None = None
        if j < len(logs):  # the nearest bound above
            best = (round(logs[j] - hi, 2), ranks[j])
        if i > 0:  # the nearest bound below (first of a run of equal values)
            k = bisect_left(logs, logs[i - 1])
            option = (round(lo - logs[k], 2), min(ranks[k:i]))
            if best is None or option < best:
                best = option
        if best is None or best[0] > self.log_limit:
            return None
        return self.ranked[best[1]]


_SIDE_ADJECTIVE = {
    "palestine": "Palestinian", "israel": "Israeli", "us": "US", "uk": "British",
    "ukraine": "Ukrainian", "russia": "Russian", "lebanon": "Lebanese", "syria": "Syrian",
    "iran": "Iranian", "iraq": "Iraqi", "egypt": "Egyptian", "jordan": "Jordanian",
    "yemen": "Yemeni", "saudi arabia": "Saudi", "turkey": "Turkish", "afghanistan": "Afghan",
    "pakistan": "Pakistani", "india": "Indian", "china": "Chinese", "france": "French",
    "germany": "German", "thailand": "Thai", "nepal": "Nepalese", "sudan": "Sudanese",
    "un": "UN", "nato": "NATO", "hamas": "Hamas", "hezbollah": "Hezbollah",
    "houthis": "Houthi", "islamic state": "Islamic State", "foreign": "foreign",
}
_SIDE_PEOPLE = {"us": "Americans", "uk": "Britons", "foreign": "foreigners", "un": "UN staff"}
_MONTH_NAMES = (
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
)


_LOWER_WORDS = frozenset({"and", "of", "the", "de", "al"})
_KNOWN_ROLES = frozenset(
    {"people", "civilians", "soldiers", "militants", "children", "women", "men", "elderly",
     "journalists", "aid workers", "medics", "police", "settlers", "workers", "students",
     "officials", "migrants", "protesters"}
)


def _place(text: str) -> str:
    return " ".join(
        w if w in _LOWER_WORDS else w.upper() if len(w) <= 2 else w.capitalize()
        for w in text.split()
    )


def _plural(role: str) -> str:
    if not role or role in _KNOWN_ROLES or " and " in role or any(
        w.endswith("s") for w in role.split()
    ):
        return role
    if role.endswith("y") and role[-2:-1] not in "aeiou":
        return role[:-1] + "ies"
    if role.endswith(("ch", "sh", "x", "z")):
        return role + "es"
    return role + "s"


def figure_label(key: FigureKey) -> str:
    """A readable label: "Palestinians killed in Gaza", "US soldiers", "hostages (Oct 7)"."""
    adjective = _SIDE_ADJECTIVE.get(key.side or "", (key.side or "").title())
    role = _plural(key.role) or key.category
    if key.side and role == "people":
        who = _SIDE_PEOPLE.get(key.side) or (
            adjective + "s" if adjective.endswith(("an", "i")) else f"{adjective} people"
        )
    else:
        who = f"{adjective} {role}".strip()
    if key.category == "hostages":
        text = "hostages" if who == "people" else f"{who} held hostage"
    elif key.category in ("killed", "injured", "missing", "displaced", "detained"):
        text = f"{who} {key.category}"
    elif key.category == "population" and who == "people":
        text = "population"
    elif key.category in ("troops", "munitions") or who != key.category:
        text = who if key.category in ("troops", "munitions") else f"{who} ({key.category})"
    else:
        text = who
    if key.location:
        text += f" in {_place(key.location)}"
    if key.event:
        month, _, day = key.event.partition("-")
        if month.isdigit() and day.isdigit() and 1 <= int(month) <= 12:
            text += f" ({_MONTH_NAMES[int(month) - 1]} {int(day)} event)"
        else:
            text += f" ({key.event})"
    return text
