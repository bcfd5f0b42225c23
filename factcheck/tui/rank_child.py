"""Each claim's position in one order, computed in a child process of its own.

Run as a script by path (``python rank_child.py DATABASE``; standard library
only, so it starts in milliseconds): reads the ordering query (SQL that selects
claim ids in order) on stdin, and writes to stdout the positions as native
4-byte integers, indexed by claim id (0: no such claim). Building them takes a
processor for about half a second on a million claims: apart from the screen's
process, the reviewer's pages never wait behind it (``sort_ranks``).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
from array import array


def positions(database: str, query: str) -> array:
    """``positions[claim_id]``: where the claim comes (from 1) in ``query``'s order."""
    conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        return ranks_of([row[0] for row in conn.execute(query)])
    finally:
        conn.close()


def ranks_of(order: list[int]) -> array:
    """``ranks[claim_id]``: the position (from 1) of each claim id in ``order``, 0 for ids
    not in it."""
    ranks = array("i", bytes(4 * (max(order, default=0) + 1)))
    for position, claim_id in enumerate(order, 1):
        ranks[claim_id] = position
    return ranks


if __name__ == "__main__":
    with contextlib.suppress(OSError, AttributeError):
        os.nice(10)  # behind the screen's process wherever priorities are per process
    sys.stdout.buffer.write(positions(sys.argv[1], sys.stdin.read()).tobytes())
