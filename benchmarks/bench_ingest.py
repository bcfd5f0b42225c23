"""Benchmark: ingest a >= 20 MB corpus of distinct articles into a fresh SQLite file.

    python benchmarks/bench_ingest.py [--mb 20] [--jobs N] [--seed 7] [--keep DIR]

Builds the corpus from the sample articles in ``seeds/`` (paragraphs reshuffled,
their figures redrawn) and generated news sentences (random figures, sources,
places, dates), then prints, in one run:

- extract only: read + decode + ``extract`` every file, nothing stored;
- ingest: ``ingest_paths`` into a fresh SQLite file (what ``factcheck ingest`` does);
- store only: the same ingest with the extractions computed beforehand, i.e. the
  cost of reading, hashing and writing alone;
- ingest --jobs N (when N > 1): extraction in N worker processes, one writer.

Each line gives seconds, MB/s, claims/s and the speed relative to extract-only.
Targets (issue 3): ingest >= half the extract-only speed, >= 5 MB/s.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.db import open_engine  # noqa: E402
from factcheck.extract import extract  # noqa: E402
from factcheck.files import read_article  # noqa: E402
from factcheck.ingest import content_hash, ingest_paths  # noqa: E402

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


def _line(name: str, seconds: float, mb: float, claims: int, base: float | None) -> str:
    speed = mb / seconds
    ratio = f"{speed / base:5.2f}x" if base else "  1.00x"
    return (f"{name:<24} {seconds:8.2f} s {speed:8.2f} MB/s {claims / seconds:10,.0f} claims/s"
            f"  {ratio} extract-only")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=20.0, help="corpus size in MB (default 20)")
    parser.add_argument("--jobs", type=int, default=2, help="also time ingest --jobs N (N > 1)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="build the corpus and databases here")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench_ingest_") as tmp:
        work = args.keep or Path(tmp)
        corpus = work / "corpus"
        corpus.mkdir(parents=True, exist_ok=True)
        t0 = time.perf_counter()
        files, size = build_corpus(corpus, args.mb, args.seed)
        mb = size / 1e6
        print(f"corpus: {files:,} distinct articles, {mb:.1f} MB, {size / files / 1000:.1f} KB "
              f"each (built in {time.perf_counter() - t0:.1f} s)")

        paths = sorted(corpus.rglob("*.txt"))
        cache: dict[str, object] = {}
        t0 = time.perf_counter()
        claims = 0
        for path in paths:
            article = read_article(path)
            result = extract(article.text)
            cache[content_hash(article.text)] = result
            claims += len(result.claims)
        base_s = time.perf_counter() - t0
        base = mb / base_s
        seeds = sorted((ROOT / "seeds").glob("*.txt"))
        seed_claims = sum(len(extract(read_article(p).text).claims) for p in seeds)
        seed_kb = sum(p.stat().st_size for p in seeds) / 1000
        print(f"claims per KB: corpus {claims / (size / 1000):.1f}, seeds "
              f"{seed_claims / seed_kb:.1f}; KB per article: seeds {seed_kb / len(seeds):.1f}")
        print(_line("extract only", base_s, mb, claims, None))

        def timed_ingest(name: str, **options) -> None:
            db = work / f"{name.replace(' ', '_').replace('-', '')}.db"
            for leftover in work.glob(db.name + "*"):
                leftover.unlink()
            engine = open_engine(db)
            t = time.perf_counter()
            summary = ingest_paths(engine, [corpus], **options)
            seconds = time.perf_counter() - t
            engine.dispose()
            assert summary.new == files and summary.failed == 0, summary
            assert summary.claims_added == claims, (summary.claims_added, claims)
            print(_line(name, seconds, mb, summary.claims_added, base))

        timed_ingest("ingest")
        _CACHE.update(cache)
        timed_ingest("store only", extractor=_cached_extract)
        if args.jobs > 1:
            timed_ingest(f"ingest --jobs {args.jobs}", jobs=args.jobs)
    print("targets: ingest >= 0.5x extract-only and >= 5 MB/s")
    return 0


_CACHE: dict[str, object] = {}


def _cached_extract(text: str, published: date | None = None):
    """The extraction computed in the extract-only pass (so only storing is timed)."""
    return _CACHE[content_hash(text)]


if __name__ == "__main__":
    sys.exit(main())
