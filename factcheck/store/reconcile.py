"""Match a document's stored claims to a new extraction of the same text (pure).

Spans are compared, not values: the same figure keeps its claim id (and its
review) when a newer extractor finds it again, even with a wider or narrower
span ("9,061" -> "at least 9,061").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple


class Span(NamedTuple):
    """A claim's position in its document's text."""

    start: int
    end: int
    text: str


def overlap(a: Span, b: Span) -> int:
    """Characters two spans share (0 when they only touch or are apart)."""
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def match_spans(
    old: Sequence[Span], new: Sequence[Span],
) -> tuple[dict[int, int], list[int], list[int]]:
    """Pair old and new spans: exact matches first, then the largest overlaps, one to one.

    Returns ``(pairs, lost, added)``: ``pairs`` maps old index -> new index,
    ``lost`` the old indexes left over, ``added`` the new indexes left over.
    """
    pairs: dict[int, int] = {}
    by_key: dict[Span, list[int]] = {}
    for j, span in enumerate(new):
        by_key.setdefault(span, []).append(j)
    taken: set[int] = set()
    for i, span in enumerate(old):
        candidates = by_key.get(span)
        if candidates:
            j = candidates.pop(0)
            pairs[i] = j
            taken.add(j)
    rest_old = [i for i in range(len(old)) if i not in pairs]
    rest_new = sorted((j for j in range(len(new)) if j not in taken), key=lambda j: new[j].start)
    scored: list[tuple[int, int, int]] = []
    for i in rest_old:
        for j in _overlapping(old[i], rest_new, new):
            scored.append((overlap(old[i], new[j]), i, j))
    scored.sort(key=lambda t: (-t[0], t[1], t[2]))
    for _size, i, j in scored:
        if i in pairs or j in taken:
            continue
        pairs[i] = j
        taken.add(j)
    lost = [i for i in range(len(old)) if i not in pairs]
    added = [j for j in range(len(new)) if j not in taken]
    return pairs, lost, added


def _overlapping(span: Span, order: list[int], spans: Sequence[Span]) -> list[int]:
    """Indexes (from ``order``, sorted by start) of spans overlapping ``span``."""
    out = []
    for j in order:
        other = spans[j]
        if other.start >= span.end:
            break
        if overlap(span, other) > 0:
            out.append(j)
    return out
