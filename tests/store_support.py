"""Helpers for the store and store-CLI tests: databases in tmp_path, articles, CLI runs.

Tests never touch ./claims.db: every database lives under pytest's tmp_path,
and expectations about claims come from ``factcheck.extract.extract`` run on
the same text (the extractor changes; its exact output is not hard-coded).
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

from factcheck.cli import main as cli_main
from factcheck.extract import ExtractedClaim, extract
from factcheck.files import read_article

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

#: Articles written for these tests: each states figures the extractor finds.
ARTICLES = {
    "gaza_toll.txt": (
        "Gaza death toll rises\n\nPublished: November 2, 2023\n\n"
        "At least 9,061 Palestinians have been killed in Gaza, the health ministry said on "
        "Thursday. More than 32,000 people were injured, according to the ministry.\n\n"
        "Israel said 1,400 people were killed in the October 7 attack.\n"
    ),
    "hostages.txt": (
        "Hostages\n\nPublished: November 3, 2023\n\n"
        "The Israeli military said more than 240 hostages were being held in Gaza. "
        "About 1.5 million people have fled their homes, the United Nations said.\n"
    ),
    "troops.txt": (
        "Troops\n\nPublished: October 20, 2023\n\n"
        "The Pentagon said 2,000 US troops were on standby. Officials said 12 rockets were "
        "fired at the base and 3 soldiers were wounded.\n"
    ),
}


def write_articles(folder: Path, articles: dict[str, str] | None = None) -> list[Path]:
    """Write test articles (UTF-8) into ``folder``; return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in (articles or ARTICLES).items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def expected_claims(path: Path, published: date | None = None) -> list[ExtractedClaim]:
    """What the current extractor finds in a file (the ground truth for ingest tests)."""
    return extract(read_article(path).text, published=published).claims


def expected_total(paths: list[Path]) -> int:
    """Total claims the extractor finds in ``paths``."""
    return sum(len(expected_claims(p)) for p in paths)


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    """Run ``factcheck ARGV`` in this process; return (status, stdout, stderr)."""
    try:
        status = cli_main([str(a) for a in argv])
    except SystemExit as exc:  # argparse refusing the arguments
        status = exc.code
    out, err = capsys.readouterr()
    return status, out, err


def run_process(*argv: str, env: dict[str, str] | None = None, cwd: Path | None = None,
                timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """Run ``python -m factcheck ARGV`` as a real process."""
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *map(str, argv)], capture_output=True, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}, cwd=cwd, timeout=timeout)


def start_process(*argv: str, env: dict[str, str] | None = None,
                  cwd: Path | None = None) -> subprocess.Popen[str]:
    """Start ``python -m factcheck ARGV`` without waiting."""
    return subprocess.Popen(
        [sys.executable, "-m", "factcheck", *map(str, argv)], stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True, cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})})


def extract_or_crash(text: str, published: date | None = None):
    """The real extractor, crashing on ``hostages.txt`` (module level: picklable)."""
    if "240 hostages were being held" in text:
        raise RuntimeError("boom")
    return extract(text, published=published)


def shifted(claim: ExtractedClaim, text: str, left: int = 0, right: int = 0) -> ExtractedClaim:
    """The same claim with a wider or narrower span (as a newer extractor might give)."""
    start, end = claim.start - left, claim.end + right
    return replace(claim, start=start, end=end, text=text[start:end])
