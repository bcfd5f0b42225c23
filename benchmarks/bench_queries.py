"""Benchmark: page, filter, sort and count a 1,000,000-claim store through factcheck.store.

    python benchmarks/bench_queries.py [--claims 1000000] [--db PATH]

Builds (or reuses, with ``--db`` pointing at an existing file) a SQLite store of
synthetic claims spread over documents, outlets, categories, sources, dates and
review statuses, then times the calls the review TUI makes: one page of 50
claims (``list_claims``) and the matching count (``count_claims``) for each
filter and sort order. Prints milliseconds per call. Target (issue 5): paging,
filtering and sorting answer within 0.2 s.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert  # noqa: E402
from sqlmodel import Session  # noqa: E402

from factcheck.db import open_engine, write_connection  # noqa: E402
from factcheck.extract import CATEGORIES, QUALIFIERS  # noqa: E402
from factcheck.models import Claim, Document  # noqa: E402
from factcheck.store import ClaimFilters, count_claims, list_claims  # noqa: E402

OUTLETS = ["Reuters", "AP", "BBC News", "Al Jazeera", "The National", None]
SOURCES = ["the health ministry", "Israel", "the UN", "police", "officials", None,
           "the Pentagon", "Hamas", "the Red Cross", "a senior US defence official"]
SUBJECTS = ["people", "children", "women", "Palestinians", "Israelis", "soldiers", "rockets"]
STATUSES = ["unreviewed"] * 96 + ["confirmed"] * 2 + ["disputed", "rejected"]


def build(engine, claims: int, per_document: int = 50, seed: int = 1) -> None:
    """Fill an empty store with synthetic claims (bulk Core inserts, large transactions)."""
    rng = random.Random(seed)
    day0 = date(2023, 10, 7)
    documents = claims // per_document
    with write_connection(engine) as conn:
        for first in range(0, documents, 2000):
            with conn.begin():
                docs = []
                for d in range(first, min(documents, first + 2000)):
                    published = day0 + timedelta(days=rng.randint(0, 120))
                    docs.append({
                        "id": d + 1, "path": f"corpus/{d // 1000:04d}/article_{d:07d}.txt",
                        "content_hash": f"{d:064x}", "size_bytes": 4000, "encoding": "utf-8",
                        "text": f"Article {d}.", "outlet": rng.choice(OUTLETS),
                        "published": published, "published_source": "text", "title": None,
                        "extractor_version": "bench"})
                conn.execute(insert(Document.__table__), docs)
                rows = []
                for doc in docs:
                    for i in range(per_document):
                        value = float(rng.choice([rng.randint(1, 50), rng.randint(50, 30_000)]))
                        qualifier = rng.choice(QUALIFIERS)
                        claim_date = doc["published"] - timedelta(days=rng.randint(0, 2))
                        machine = {
                            "value": value, "value_high": None, "low": value, "high": value,
                            "qualifier": qualifier, "category": rng.choice(CATEGORIES),
                            "subject": rng.choice(SUBJECTS), "location": "Gaza",
                            "attribution": rng.choice(SOURCES), "claim_date": claim_date}
                        rows.append({
                            "document_id": doc["id"], "start": i * 80, "end": i * 80 + 5,
                            "text": f"{value:,.0f}", "sentence": f"Sentence {i} of {doc['id']}.",
                            "sentence_start": i * 80, **machine,
                            "status": rng.choice(STATUSES),
                            **{f"eff_{k}": v for k, v in machine.items()
                               if k not in ("claim_date",)}, "eff_date": claim_date})
                conn.execute(insert(Claim.__table__), rows)
        conn.exec_driver_sql("ANALYZE") if engine.dialect.name == "sqlite" else None
        conn.commit()


CASES = [
    ("first page, by id", ClaimFilters(), "id", False),
    ("by value, descending", ClaimFilters(), "value", True),
    ("by date", ClaimFilters(), "date", False),
    ("by source", ClaimFilters(), "source", False),
    ("by category", ClaimFilters(), "category", False),
    ("by outlet", ClaimFilters(), "outlet", False),
    ("by published", ClaimFilters(), "published", False),
    ("by status", ClaimFilters(), "status", False),
    ("category killed", ClaimFilters(category="killed"), "id", False),
    ("category killed, by value", ClaimFilters(category="killed"), "value", True),
    ("status confirmed", ClaimFilters(status="confirmed"), "id", False),
    ("status confirmed, by date", ClaimFilters(status="confirmed"), "date", False),
    ("one document", ClaimFilters(document=1234), "position", False),
    ("source contains 'ministry'", ClaimFilters(source="ministry"), "id", False),
    ("text search 'Sentence 7 '", ClaimFilters(search="Sentence 7 "), "id", False),
    ("since/until a week", ClaimFilters(since=date(2023, 11, 1), until=date(2023, 11, 7)),
     "date", False),
]


def _ms(fn, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, help="reuse or build the store here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench_queries_") as tmp:
        path = args.db or Path(tmp) / "claims.db"
        engine = open_engine(path)
        with Session(engine) as session:
            have = count_claims(session)
        if have == 0:
            t = time.perf_counter()
            build(engine, args.claims)
            print(f"built {args.claims:,} claims in {time.perf_counter() - t:.1f} s")
        with Session(engine) as session:
            total = count_claims(session)
            print(f"store: {total:,} claims ({path})")
            print(f"{'query':<32} {'page of 50':>11} {'count':>9} {'page 1000':>10}  matches")
            for name, filters, order_by, desc in CASES:
                page = _ms(lambda f=filters, o=order_by, d=desc: list_claims(
                    session, f, o, d, limit=50))
                deep = _ms(lambda f=filters, o=order_by, d=desc: list_claims(
                    session, f, o, d, limit=50, offset=50_000), repeat=1)
                count = _ms(lambda f=filters: count_claims(session, f), repeat=1)
                n = count_claims(session, filters)
                print(f"{name:<32} {page:9.1f}ms {count:7.1f}ms {deep:8.1f}ms  {n:,}")
        engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
