"""Store part of the figures benchmark: load a million stored claims, then group and check.

Run through ``bench_figures.py --store`` (or directly: ``python
benchmarks/bench_figures_store.py [--claims N]``). Builds a fresh SQLite store
in a temporary folder with Core bulk inserts (documents of eight claims each,
with sentences), then times ``factcheck.figures.service.analyse_store``: the
Core select of every claim, reviewer overrides, grouping, summaries, checks.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

SENTENCE = ("The health ministry said on Tuesday that {n} people had been killed in the strikes, "
            "while aid agencies warned that the toll was likely to rise further.")


def build_store(claims, folder: Path) -> str:
    """A SQLite store holding ``claims`` (FigureClaim records); returns its path."""
    from sqlalchemy import insert

    from factcheck.db import open_engine, write_connection
    from factcheck.models import Claim, Document

    path = folder / "figures-bench.db"
    engine = open_engine(str(path))
    docs: dict[int, dict] = {}
    for c in claims:
        if c.document_id not in docs:
            outlet = c.source if c.source.startswith("Outlet") else None
            docs[c.document_id] = {
                "id": c.document_id + 1, "path": f"articles/{c.document_id}.txt",
                "content_hash": f"{c.document_id:064x}", "size_bytes": 1000, "encoding": "utf-8",
                "text": "", "outlet": outlet, "published": c.published,
                "published_source": "text" if c.published else "unknown",
                "extractor_version": "bench",
            }
    rows = []
    for c in claims:
        attribution = None if c.source.startswith("Outlet") else c.source
        text = f"{c.value:,.0f}"
        sentence = SENTENCE.format(n=text)
        start = sentence.index(text)
        rows.append({
            "id": c.id, "document_id": c.document_id + 1, "start": start,
            "end": start + len(text), "text": text, "value": c.value, "value_high": None,
            "low": c.low, "high": c.high, "qualifier": c.qualifier, "category": c.category,
            "subject": c.subject, "location": c.location, "attribution": attribution,
            "claim_date": c.date, "sentence": sentence, "sentence_start": 0,
            "status": "unreviewed", "eff_value": c.value, "eff_value_high": None,
            "eff_low": c.low, "eff_high": c.high, "eff_qualifier": c.qualifier,
            "eff_category": c.category, "eff_subject": c.subject, "eff_location": c.location,
            "eff_attribution": attribution, "eff_date": c.date,
        })
    with write_connection(engine) as conn, conn.begin():
        doc_rows = list(docs.values())
        for i in range(0, len(doc_rows), 50_000):
            conn.execute(insert(Document.__table__), doc_rows[i : i + 50_000])
        for i in range(0, len(rows), 50_000):
            conn.execute(insert(Claim.__table__), rows[i : i + 50_000])
    engine.dispose()
    return str(path)


def time_store(path: str) -> None:
    """Time the service's whole path over the store at ``path``."""
    from sqlmodel import Session

    from factcheck.db import open_engine
    from factcheck.figures.service import analyse_store, load_claims

    engine = open_engine(path, create=False)
    with Session(engine) as session:
        t0 = time.perf_counter()
        loaded = load_claims(session)
        t1 = time.perf_counter()
        print(f"load:       {t1 - t0:6.2f} s  ({len(loaded):,} claims, Core select)")
        del loaded
        t2 = time.perf_counter()
        result = analyse_store(session)
        t3 = time.perf_counter()
    engine.dispose()
    print(f"store total:{t3 - t2:6.2f} s  (load + overrides + group + summarise + check: "
          f"{len(result.figures):,} figures, {len(result.discrepancies):,} discrepancies)")


def bench_store(claims: list) -> None:
    """Build a store of ``claims`` (the list is emptied to free memory), then time it."""
    import gc

    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        path = build_store(claims, Path(tmp))
        print(f"store built in {time.perf_counter() - t:.1f} s (not timed below)")
        claims.clear()
        gc.collect()
        time_store(path)


def main() -> None:
    from bench_figures import make_claims

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    args = parser.parse_args()
    bench_store(make_claims(args.claims))


if __name__ == "__main__":
    main()
