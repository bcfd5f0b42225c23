"""Real processes at once: two ingests of one folder, and a writer holding the lock."""

from __future__ import annotations

import sqlite3
import sys
import textwrap
import time

import pytest
from store_support import expected_total, run_process, start_process, write_articles

ARTICLE = (
    "Report {i}\n\nPublished: November {day}, 2023\n\n"
    "At least {n:,} people have been killed in Gaza, the health ministry said on Tuesday. "
    "More than {m} people were injured, according to the ministry.\n\n"
    "The military said {k} rockets were fired overnight.\n"
)


@pytest.fixture
def corpus(tmp_path):
    """Forty distinct articles and one binary file."""
    folder = tmp_path / "articles"
    paths = write_articles(folder, {
        f"a{i:02d}.txt": ARTICLE.format(i=i, day=1 + i % 28, n=9000 + 37 * i, m=200 + i,
                                        k=10 + i)
        for i in range(40)})
    (folder / "zz_image.bin").write_bytes(bytes(range(256)) * 8)
    return folder, paths


def _db_counts(path):
    with sqlite3.connect(path) as conn:
        docs, hashes = conn.execute(
            "SELECT count(*), count(DISTINCT content_hash) FROM document").fetchone()
        claims = conn.execute("SELECT count(*) FROM claim").fetchone()[0]
        pairs = conn.execute("SELECT count(*) FROM (SELECT DISTINCT document_id, start, \"end\" "
                             "FROM claim)").fetchone()[0]
    return docs, hashes, claims, pairs


def test_two_ingests_of_the_same_folder_at_once(corpus, tmp_path):
    folder, paths = corpus
    db = tmp_path / "claims.db"  # fresh: both processes also race to create it
    procs = [start_process("ingest", folder, "--db", db) for _ in range(2)]
    results = [(*p.communicate(timeout=300), p.returncode) for p in procs]
    total = expected_total(paths)
    new = 0
    for out, err, status in results:
        assert status == 1  # the binary file failed in both runs
        errors = [line for line in err.splitlines() if line.startswith("factcheck: error:")]
        assert errors == [f"factcheck: error: {folder / 'zz_image.bin'}: binary file, not text"]
        assert "database is locked" not in err
        (summary,) = out.splitlines()
        counts = dict(part.split(" ")[::-1] for part in
                      summary.split(": ")[1].split(";")[0].removeprefix("documents ").split(", "))
        assert int(counts["failed"]) == 1
        assert int(counts["new"]) + int(counts["unchanged"]) == len(paths)
        new += int(counts["new"])
    assert new == len(paths)  # each article stored by exactly one of the two
    docs, hashes, claims, pairs = _db_counts(db)
    assert (docs, hashes) == (len(paths), len(paths))  # nothing duplicated
    assert claims == pairs == total  # nothing lost, no claim twice
    again = run_process("ingest", folder, "--db", db)
    assert f"0 new, {len(paths)} unchanged, 1 failed; 0 claims added" in again.stdout


HOLD_LOCK = textwrap.dedent("""
    import sqlite3, sys, time
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    print("locked", flush=True)
    time.sleep(float(sys.argv[2]))
    conn.execute("ROLLBACK")
""")


def _hold_lock(db, seconds: float):
    import subprocess

    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(db), str(seconds)],
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "locked"
    return holder


def test_database_locked_by_another_process(corpus, tmp_path):
    folder, paths = corpus
    db = tmp_path / "claims.db"
    first = run_process("ingest", paths[0], "--db", db)
    assert first.returncode == 0, first.stderr

    holder = _hold_lock(db, 30)
    try:
        started = time.monotonic()
        blocked = run_process("ingest", folder, "--db", db,
                              env={"FACTCHECK_BUSY_TIMEOUT": "0.5"})
        assert time.monotonic() - started < 25  # gave up after its timeout, did not hang
        assert blocked.returncode == 1
        assert (f"factcheck: error: {db}: database is locked by another writer "
                "(gave up after 0.5 s); try again when it has finished") in blocked.stderr
        claims = run_process("claims", "--format", "jsonl", "--db", db)
        assert claims.returncode == 0  # readers still read
    finally:
        holder.kill()
        holder.wait()
    assert _db_counts(db)[:2] == (1, 1)  # the stored document is intact, nothing half-written

    holder = _hold_lock(db, 1.5)
    try:
        waited = run_process("ingest", folder, "--db", db,
                             env={"FACTCHECK_BUSY_TIMEOUT": "20"})
    finally:
        holder.wait()
    assert waited.returncode == 1  # only the binary file failed
    assert f"{len(paths) - 1} new, 1 unchanged, 1 failed" in waited.stdout
    assert _db_counts(db)[2] == expected_total(paths)
