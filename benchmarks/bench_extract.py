"""Extraction speed: MB/s and articles/s over a >= 5 MB corpus, next to a bare regex scan.

Run: python benchmarks/bench_extract.py [--mb 5]
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

import regex

from factcheck.extract import extract

ROOT = Path(__file__).resolve().parent.parent


def corpus(megabytes: float, seed: int = 7, dense: bool = True) -> list[str]:
    """Distinct articles built from the sample articles (and, if ``dense``, the dev-set
    passages, which hold far more figures per line than ordinary articles)."""
    rng = random.Random(seed)
    pieces = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    devset = ROOT / "tests" / "devset" / "passages.jsonl"
    if dense and devset.exists():
        pieces += [json.loads(line)["text"] for line in devset.read_text().splitlines() if line]
    paragraphs = [p for text in pieces for p in text.split("\n") if p.strip()]
    articles, size = [], 0
    while size < megabytes * 1_000_000:
        body = "\n\n".join(rng.sample(paragraphs, k=min(len(paragraphs), rng.randint(6, 14))))
        body = regex.sub(r"\d[\d,]*", lambda m: f"{rng.randint(2, 20000):,}", body)
        articles.append(body)
        size += len(body.encode("utf-8"))
    return articles


def measure(name: str, articles: list[str]) -> None:
    """Print the bare regex scan and the extractor's speed over one corpus."""
    megabytes = sum(len(a.encode("utf-8")) for a in articles) / 1_000_000
    bare = regex.compile(r"\d[\d,.]*")
    t0 = time.perf_counter()
    numbers = sum(len(bare.findall(a)) for a in articles)
    scan = time.perf_counter() - t0
    t0, c0 = time.perf_counter(), time.process_time()
    claims = sum(len(extract(a).claims) for a in articles)
    took, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(f"{name}: {len(articles)} articles, {megabytes:.1f} MB, {numbers} digit runs")
    print(f"  bare regex number scan: {megabytes / scan:8.1f} MB/s")
    print(f"  factcheck extract:      {megabytes / took:8.2f} MB/s  "
          f"{len(articles) / took:8.0f} articles/s  {claims} claims ({claims / took:.0f}/s)")
    print(f"  (CPU time of this process: {megabytes / cpu:.2f} MB/s; wall-clock figures drop "
          "when other programs share the cores)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=5.0, help="corpus size in MB")
    args = parser.parse_args()
    measure("news articles (paragraphs of the sample articles)", corpus(args.mb, dense=False))
    measure("dense passages (sample articles + dev-set passages)", corpus(args.mb, dense=True))


if __name__ == "__main__":
    main()
