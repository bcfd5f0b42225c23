"""Benchmark: ingest a >= 20 MB corpus of distinct articles into a fresh SQLite file.

    python benchmarks/bench_ingest.py [--mb 20] [--jobs N] [--repeat 3] [--only ...]
                                      [--seed 7] [--keep DIR]

Builds the corpus from the sample articles in ``seeds/`` (paragraphs reshuffled,
their figures redrawn) and generated news sentences (random figures, sources,
places, dates), then prints, in one run:

- extract only: read + decode + ``extract`` every file, nothing stored;
- ingest: ``ingest_paths`` into a fresh SQLite file (what ``factcheck ingest`` does);
- store only: the same ingest with the extractions computed beforehand, i.e. the
  cost of reading, hashing and writing alone;
- ingest --jobs N (when N > 1): extraction in N worker processes, one writer.

Each line gives the median wall-clock seconds of ``--repeat`` runs with the
fastest and slowest (the machine is shared: look at the spread), CPU seconds
(worker processes included), MB/s (and MB per CPU second), claims/s and the
speed relative to extract-only. Ingest times include closing the engine (the
last WAL checkpoint).
Targets (issue 3): ingest >= half the extract-only speed, >= 5 MB/s.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import regex
from sqlalchemy import Engine

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.db import open_engine  # noqa: E402
from factcheck.extract import extract  # noqa: E402
from factcheck.files import read_article  # noqa: E402
from factcheck.ingest import IngestSummary, content_hash, ingest_paths  # noqa: E402

SOURCES = [
    "the health ministry", "the Israeli military", "the United Nations", "local officials",
    "the Red Cross", "police", "a senior US defence official", "the civil defence agency",
    "hospital staff", "the interior ministry", "aid agencies", "the governor's office",
]
PLACES = ["Gaza", "Khan Younis", "Rafah", "southern Israel", "the West Bank", "Jenin",
          "Kherson", "Kharkiv", "Port-au-Prince", "Khartoum", "Darfur", "Idlib", "Aleppo"]
PEOPLE = ["people", "civilians", "children", "women", "Palestinians", "Israelis",
          "soldiers", "residents", "aid workers", "journalists"]
THINGS = [("rockets", "were fired"), ("aid trucks", "crossed the border"),
          ("hospitals", "were damaged"), ("buildings", "were destroyed"),
          ("troops", "were deployed"), ("drones", "were shot down")]
QUALIFIERS = ["", "at least ", "more than ", "about ", "nearly ", "up to ", "some "]
OUTLETS = ["Reuters", "AP", "BBC News", "Al Jazeera", "The National", "Times of Israel"]
DAYS = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "yesterday",
        "overnight", "last week"]
TEMPLATES = [
    "{Q}{n} {people} were killed in {place} {day}, {source} said.",
    "According to {source}, {Q}{n} {people} have been injured in {place} since the fighting began.",
    "{Source} said {Q}{n} {people} had been taken hostage and {m} remained missing.",
    "The death toll in {place} rose to {Q}{n}, {source} said in a statement {day}.",
    "{Q}{n} {things} {verb} in {place} {day}, according to {source}.",
    "{Source} estimated that {Q}{n} residents had fled {place}, while {m} were detained.",
    "Between {n} and {n2} {people} were reported missing after the strike on {place}.",
    "Officials in {place} said thousands of {people} were sheltering in schools.",
    "The meeting lasted {h} hours and ended without agreement, {source} told reporters.",
    "{Source} put the number of displaced at {Q}{big} million across the region.",
]
FILLER = [
    "{Source} condemned the attack and called for calm.",
    "Residents described scenes of panic as sirens sounded across {place}.",
    "The talks in Cairo were expected to resume later in the week, diplomats said.",
    "Images shared online showed smoke rising over {place}.",
    "{Source} did not respond to a request for comment.",
    "The claims could not be independently verified.",
    "Aid groups warned that conditions in {place} were deteriorating quickly.",
    "Officials urged people to stay away from the area while rescue work continued.",
    "The announcement came after a night of heavy bombardment, witnesses said.",
    "Analysts said the escalation risked drawing in other countries in the region.",
]
_NUMBER = regex.compile(r"\b\d{1,3}(?:,\d{3})+\b|\b\d{2,5}\b")


def _seed_paragraphs() -> list[str]:
    paragraphs = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        paragraphs += [p.strip() for p in text.split("\n\n") if len(p.strip()) > 40]
    return paragraphs


def _sentence(rng: random.Random) -> str:
    things, verb = rng.choice(THINGS)
    source = rng.choice(SOURCES)
    fields = {
        "Q": rng.choice(QUALIFIERS), "n": f"{rng.randint(2, 40_000):,}",
        "n2": f"{rng.randint(40_001, 90_000):,}", "m": rng.randint(2, 900),
        "people": rng.choice(PEOPLE), "place": rng.choice(PLACES), "day": rng.choice(DAYS),
        "source": source, "Source": source[0].upper() + source[1:], "things": things,
        "verb": verb, "h": rng.randint(2, 9), "big": round(rng.uniform(1.1, 2.9), 1),
    }
    return rng.choice(TEMPLATES).format(**fields)


def _filler(rng: random.Random) -> str:
    source = rng.choice(SOURCES)
    return rng.choice(FILLER).format(Source=source[0].upper() + source[1:],
                                     place=rng.choice(PLACES))


def _redraw(paragraph: str, rng: random.Random) -> str:
    """Give a seed paragraph new figures (years and small numbers left alone)."""
    def swap(m: regex.Match) -> str:
        raw = m.group().replace(",", "")
        if len(raw) == 4 and raw.startswith(("19", "20")):
            return m.group()
        return f"{max(2, int(int(raw) * rng.uniform(0.5, 1.8))):,}"
    return _NUMBER.sub(swap, paragraph)


def build_corpus(folder: Path, megabytes: float, seed: int) -> tuple[int, int]:
    """Write distinct articles until ``megabytes`` MB; return (files, bytes)."""
    rng = random.Random(seed)
    seeds = _seed_paragraphs()
    target = int(megabytes * 1_000_000)
    total = files = 0
    day0 = date(2023, 10, 7)
    while total < target:
        published = day0 + timedelta(days=rng.randint(0, 120))
        parts = [f"Report {files}: {rng.choice(PLACES)} {rng.choice(['latest', 'update', 'live'])}",
                 f"Published: {published:%B %d, %Y}", f"{rng.choice(OUTLETS)}"]
        for _ in range(rng.randint(8, 22)):  # about the seeds' length
            kind = rng.random()
            if kind < 0.45:
                parts.append(_redraw(rng.choice(seeds), rng))
            elif kind < 0.85:
                parts.append(" ".join(_filler(rng) for _ in range(rng.randint(2, 5))))
            else:
                parts.append(" ".join(_sentence(rng) for _ in range(rng.randint(1, 2))))
        text = "\n\n".join(parts) + "\n"
        path = folder / f"{files // 500:03d}" / f"article_{files:06d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        path.write_bytes(data)
        total += len(data)
        files += 1
    return files, total


@dataclass
class Runs:
    """Wall-clock and CPU seconds of repeated runs of one measurement."""

    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    workers: list[float] = field(default_factory=list)

    def timed(self, work: Callable[[], Any]) -> Any:
        """Run ``work`` once, adding its wall-clock and CPU time (worker processes included)."""
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu, wall = time.process_time(), time.perf_counter()
        result = work()
        self.wall.append(time.perf_counter() - wall)
        main = time.process_time() - cpu
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        self.workers.append(after.ru_utime - children.ru_utime
                            + after.ru_stime - children.ru_stime)
        self.cpu.append(main + self.workers[-1])
        return result


def _line(name: str, runs: Runs, mb: float, claims: int, base: float | None) -> str:
    wall, cpu = statistics.median(runs.wall), statistics.median(runs.cpu)
    spread = f"{min(runs.wall):.2f}-{max(runs.wall):.2f}" if len(runs.wall) > 1 else "-"
    workers = statistics.median(runs.workers)
    split = f" ({cpu - workers:.1f} main)" if workers > 0.05 else ""
    ratio = f"{(mb / wall) / base:5.2f}x" if base else "  1.00x"
    return (f"{name:<17} {wall:6.2f} s [{spread:>11}] cpu {cpu:6.2f} s{split:<11} "
            f"{mb / wall:5.2f} MB/s ({mb / cpu:5.2f}/cpu-s) {claims / wall:6,.0f} claims/s "
            f"{ratio} extract-only")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=20.0, help="corpus size in MB (default 20)")
    parser.add_argument("--jobs", type=int, default=2, help="also time ingest --jobs N (N > 1)")
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs of each measurement; the median is reported (default 3)")
    parser.add_argument("--only", nargs="+", choices=["extract", "ingest", "store", "jobs"],
                        help="time only these (extract-only always runs once, for the ratio)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="build the corpus and databases here")
    args = parser.parse_args()
    wanted = set(args.only or ["extract", "ingest", "store", "jobs"])

    with tempfile.TemporaryDirectory(prefix="bench_ingest_") as tmp:
        work = args.keep or Path(tmp)
        corpus = work / "corpus"
        corpus.mkdir(parents=True, exist_ok=True)
        t0 = time.perf_counter()
        files, size = build_corpus(corpus, args.mb, args.seed)
        mb = size / 1e6
        print(f"corpus: {files:,} distinct articles, {mb:.1f} MB, {size / files / 1000:.1f} KB "
              f"each (built in {time.perf_counter() - t0:.1f} s); median of {args.repeat} "
              f"run(s), [fastest-slowest] wall-clock; cpu includes worker processes")

        paths = sorted(corpus.rglob("*.txt"))

        def extract_all() -> dict[str, Any]:
            out = {}
            for path in paths:
                article = read_article(path)
                out[content_hash(article.text)] = extract(article.text)
            return out

        extract_runs = Runs()
        for _ in range(args.repeat if "extract" in wanted else 1):
            cache = extract_runs.timed(extract_all)
        claims = sum(len(result.claims) for result in cache.values())
        base = mb / statistics.median(extract_runs.wall)
        seeds = sorted((ROOT / "seeds").glob("*.txt"))
        seed_claims = sum(len(extract(read_article(p).text).claims) for p in seeds)
        seed_kb = sum(p.stat().st_size for p in seeds) / 1000
        print(f"claims per KB: corpus {claims / (size / 1000):.1f}, seeds "
              f"{seed_claims / seed_kb:.1f}; KB per article: seeds {seed_kb / len(seeds):.1f}")
        print(_line("extract only", extract_runs, mb, claims, None), flush=True)

        def timed_ingest(name: str, **options: Any) -> None:
            db = work / f"{name.replace(' ', '_').replace('-', '')}.db"
            runs = Runs()
            for _ in range(args.repeat):
                for leftover in work.glob(db.name + "*"):
                    leftover.unlink()
                engine = open_engine(db)

                def ingest(engine: Engine = engine) -> IngestSummary:
                    summary = ingest_paths(engine, [corpus], **options)
                    engine.dispose()  # the last checkpoint is part of the cost
                    return summary

                summary = runs.timed(ingest)
                assert summary.new == files and summary.failed == 0, summary
                assert summary.claims_added == claims, (summary.claims_added, claims)
            print(_line(name, runs, mb, claims, base), flush=True)

        if "ingest" in wanted:
            timed_ingest("ingest")
        if "store" in wanted:
            _CACHE.update(cache)
            timed_ingest("store only", extractor=_cached_extract)
        if "jobs" in wanted and args.jobs > 1:
            timed_ingest(f"ingest --jobs {args.jobs}", jobs=args.jobs)
    print("targets: ingest >= 0.5x extract-only and >= 5 MB/s")
    return 0


_CACHE: dict[str, object] = {}


def _cached_extract(text: str, published: date | None = None):
    """The extraction computed in the extract-only pass (so only storing is timed)."""
    return _CACHE[content_hash(text)]


if __name__ == "__main__":
    sys.exit(main())
