"""Benchmark: group and check 1,000,000 claims (pure figures layer, and from a store).

    python benchmarks/bench_figures.py [--claims N] [--store]

Generates claims with varied categories, subjects (with and without a side),
places (some unstated), sources, dates over a year, qualifiers (exact, open,
about, vague), rising tolls with noise and some injected conflicts,
revisions and outliers, plus one very large figure; then prints the time to
group them into figures, summarise the figures and find the discrepancies.
With ``--store`` it also writes them into a fresh SQLite store and times the
service's whole path (load, group, check).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from factcheck.figures import FigureClaim, analyse
from factcheck.figures.analysis import build_figures, paused_gc
from factcheck.figures.discrepancies import find_discrepancies
from factcheck.figures.timeline import summarise

CATEGORIES = {
    "killed": ["people", "Palestinians", "civilians", "children", "women", "soldiers",
               "Israeli soldiers", "Ukrainian soldiers", "Russian troops", "militants",
               "journalists", "aid workers", "persons", "Israelis", None],
    "injured": ["people", "civilians", "children", "soldiers", None],
    "hostages": ["hostages", "captives", "Israelis", "foreign nationals", None],
    "missing": ["people", "children", None],
    "displaced": ["people", "refugees", "evacuees", "children"],
    "detained": ["detainees", "prisoners", "Palestinians", "protesters"],
    "troops": ["US troops", "British officers", "Russian troops", "NATO troops", None],
    "munitions": ["rockets", "missiles", "drones", "shells", "bombs"],
    "aid": ["trucks", "aid trucks", "tonnes of food", None],
    "population": ["residents", "people"],
    "infrastructure": ["hospitals", "schools", "homes", "buildings"],
    "other": ["ships", "flights", "checkpoints"],
}
PLACES = ["Gaza", "the Gaza Strip", "West Bank", "Israel", "Lebanon", "Ukraine", "Kharkiv",
          "Sudan", "Khartoum", "Syria", "Yemen", "Turkey", "Haiti", "Myanmar", "Ethiopia",
          "Mariupol", "Kyiv", "Rafah", "Khan Younis", "Jenin"] + [f"Region {i}" for i in range(60)]
SOURCES = [f"Outlet {i}" for i in range(250)] + [
    "Health ministry", "the health ministry", "UN", "OCHA", "Reuters", "AP", "AFP", "the IDF",
    "Palestinian authorities", "Pentagon", "WHO", "Red Cross",
]
START = date(2023, 1, 1)


def make_claims(n: int, seed: int = 1) -> list[FigureClaim]:
    """``n`` varied claims; about 1 in 5 falls in one very large figure."""
    rng = random.Random(seed)
    cats = list(CATEGORIES)
    out: list[FigureClaim] = []
    append = out.append
    for i in range(n):
        if i % 5 == 0:  # the big figure: a rising toll in Gaza
            cat, subject, place = "killed", rng.choice(["people", "Palestinians", None]), "Gaza"
        else:
            cat = rng.choice(cats)
            subject = rng.choice(CATEGORIES[cat])
            place = rng.choice(PLACES) if rng.random() < 0.85 else None
        day_index = rng.randrange(365)
        day = START + timedelta(days=day_index)
        base = (50 + day_index * 30) if cat in ("killed", "injured", "displaced") else 400
        value = max(1, int(base * rng.uniform(0.985, 1.015)))
        roll = rng.random()
        if roll < 0.002:
            value *= 10  # an outlier or conflict
        elif roll < 0.004:
            value = max(1, value // 2)  # a revision
        q = rng.random()
        if q < 0.6:
            qualifier, low, high = "exact", value, value
        elif q < 0.8:
            qualifier, low, high = "at_least", value, None
        elif q < 0.9:
            qualifier, low, high = "about", int(value * 0.9), int(value * 1.1)
        elif q < 0.95:
            qualifier, low, high = "more_than", value + 1, None
        else:  # "hundreds", "thousands": the order of magnitude of the value
            scale = 10 ** max(1, len(str(value)) - 1)
            qualifier, low, high = "vague", scale, scale * 10 - 1
            value = scale
        when = None if rng.random() < 0.02 else day
        append(FigureClaim(
            i + 1, cat, subject, place, float(value), float(low),
            None if high is None else float(high), qualifier, when, rng.choice(SOURCES),
            i // 8, when, f"doc{i // 8}:{i}",
        ))
    return out


def bench_pure(claims: list[FigureClaim]) -> None:
    with paused_gc():  # as analyse() does
        t0 = time.perf_counter()
        figures = build_figures(claims)
        t1 = time.perf_counter()
        for fig in figures.values():
            summarise(fig)
        t2 = time.perf_counter()
        found = [d for fig in figures.values() for d in find_discrepancies(fig)]
        t3 = time.perf_counter()
    biggest = max(len(f.claims) for f in figures.values())
    kinds = {k: sum(1 for d in found if d.kind == k) for k in ("conflict", "revision", "outlier")}
    print(f"claims: {len(claims):,}; figures: {len(figures):,} (largest {biggest:,} claims)")
    print(f"group:      {t1 - t0:6.2f} s")
    print(f"summarise:  {t2 - t1:6.2f} s")
    print(f"check:      {t3 - t2:6.2f} s  ({len(found):,} discrepancies: {kinds})")
    print(f"total:      {t3 - t0:6.2f} s  (group + summarise + check, pure)")
    del figures, found
    t4 = time.perf_counter()
    analyse(claims)
    print(f"analyse():  {time.perf_counter() - t4:6.2f} s  (the one-call API, again)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--store", action="store_true", help="also time the store path")
    args = parser.parse_args()
    t = time.perf_counter()
    claims = make_claims(args.claims)
    print(f"generated {len(claims):,} claims in {time.perf_counter() - t:.1f} s (not timed below)")
    bench_pure(claims)
    if args.store:
        from bench_figures_store import bench_store

        bench_store(claims)  # empties the list once the store is built


if __name__ == "__main__":
    main()
