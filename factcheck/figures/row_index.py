"""Filter and sort a long in-memory list (figures, discrepancies, a figure's claims) quickly.

The lower-cased search text of each row is made once, each sort order once (and
kept), and the last filtered view is kept, so that paging is a slice and a new
filter or sort costs one pass. Safe to use from several threads without a lock:
caches are only ever replaced whole (one assignment), so a thread sees an old or a
new value, never a half-made one; two threads may at worst compute the same order.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class RowIndex(Generic[T]):
    """``view(needle, key, descending)``: the rows containing ``needle``, sorted by ``key``."""

    def __init__(self, rows: Sequence[T], text: Callable[[T], str],
                 keys: dict[str, Callable[[T], Any]],
                 tiebreak: Callable[[T], Any] | None = None,
                 presorted: str | None = None) -> None:
        """``tiebreak`` orders rows that sort equal (default: their order in ``rows``);
        ``presorted`` names the key ``rows`` are already sorted by (ascending, ties in
        tiebreak order), which then costs nothing."""
        self.rows = rows
        self._text = text
        self._keys = keys
        self._tiebreak = tiebreak
        self._haystack: list[str] | None = None
        self._orders: dict[tuple[str, bool], list[int]] = {}
        if presorted is not None and tiebreak is None:
            self._orders[("", False)] = self._orders[(presorted, False)] = list(
                range(len(rows)))
        self._last: tuple[tuple[str, str, bool], list[T]] | None = None

    @property
    def keys(self) -> list[str]:
        """The sort keys."""
        return list(self._keys)

    def view(self, needle: str, key: str, descending: bool) -> list[T]:
        """Rows whose text contains ``needle`` (case-insensitive), in ``key`` order."""
        wanted = (needle.casefold(), key, descending)
        last = self._last
        if last is not None and last[0] == wanted:
            return last[1]
        order = self._order(key, descending)
        rows = self.rows
        if wanted[0]:
            haystack = self._search_text()
            chosen = [rows[i] for i in order if wanted[0] in haystack[i]]
        else:
            chosen = [rows[i] for i in order]
        self._last = (wanted, chosen)
        return chosen

    def page(self, needle: str, key: str, descending: bool, offset: int,
             limit: int) -> tuple[list[T], int]:
        """Rows ``offset`` to ``offset + limit`` of ``view(needle, key, descending)``, and
        how many rows it has; without a needle, only the page's rows are looked at."""
        if needle:
            chosen = self.view(needle, key, descending)
            return list(chosen[offset: offset + limit]), len(chosen)
        rows = self.rows
        order = self._order(key, descending)
        return [rows[i] for i in order[offset: offset + limit]], len(order)

    def _order(self, key: str, descending: bool) -> list[int]:
        found = self._orders.get((key, descending))
        if found is None:
            base = self._orders.get(("", False))
            if base is None:
                base = list(range(len(self.rows)))
                if self._tiebreak is not None:
                    tiebreak = self._tiebreak
                    base.sort(key=lambda i: tiebreak(self.rows[i]))
                self._orders[("", False)] = base  # one assignment: see the docstring
            sort_key = self._keys[key]
            values = [sort_key(row) for row in self.rows]
            found = sorted(base, key=values.__getitem__, reverse=descending)  # stable
            self._orders[(key, descending)] = found
        return found

    def _search_text(self) -> list[str]:
        haystack = self._haystack
        if haystack is None:
            haystack = self._haystack = [self._text(row).casefold() for row in self.rows]
        return haystack

    def prepare_order(self, key: str, descending: bool) -> None:
        """Sort by ``key`` now (in a background thread) so that choosing it later is quick."""
        self._order(key, descending)

    def prepare_search(self) -> None:
        """Make the search text now (in a background thread) so that the first filter is
        quick."""
        self._search_text()

    def forget(self, key: str) -> None:
        """The values of sort key ``key`` changed: sort by it again when next asked."""
        self._orders = {k: v for k, v in self._orders.items() if k[0] != key}
        self._last = None

    def updated(self, rows: Sequence[T], changed: Collection[int],
                stale: Collection[str]) -> RowIndex[T]:
        """A new index over ``rows``, the same as ``self.rows`` but at positions ``changed``,
        whose new values differ only in the sort keys ``stale`` (and the search text).

        The other sort orders are kept, so only what changed is computed again.
        """
        new = RowIndex(rows, self._text, self._keys, self._tiebreak)
        new._orders = {k: v for k, v in self._orders.items() if k[0] not in stale}
        haystack = self._haystack
        if haystack is not None:
            haystack = list(haystack)
            for i in changed:
                haystack[i] = self._text(rows[i]).casefold()
            new._haystack = haystack
        return new
