"""``factcheck review``: the review TUI (ingests the sample articles into an empty store first)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from factcheck.cli.store_args import add_db_option, with_store

SAMPLES = "seeds"


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``review`` command."""
    p = subparsers.add_parser(
        "review",
        help="review figures, discrepancies and claims in the terminal (Textual)",
        description="Open the review screens: figures, compare, discrepancies, claims and "
                    "documents. Every action is saved at once with an audit trail. When the "
                    "database is missing or empty, the sample articles (seeds/) are "
                    "ingested first.",
    )
    p.add_argument("--reviewer", metavar="NAME",
                   help="who reviews (default: $FACTCHECK_REVIEWER, else the login name)")
    add_db_option(p)
    p.set_defaults(func=run)


def samples_folder(cwd: Path | None = None) -> Path | None:
    """``seeds/`` in the working folder, else in the repository factcheck was installed from."""
    here = (cwd or Path.cwd()) / SAMPLES
    if here.is_dir():
        return here
    repo = Path(__file__).resolve().parents[2] / SAMPLES
    return repo if repo.is_dir() else None


def run(args: argparse.Namespace) -> int:
    """Refuse without a terminal; else open the store (ingesting the samples if empty)."""
    from factcheck.cli.common import error

    if not os.isatty(1):
        error("review needs a terminal (stdout is not one)")
        return 2
    return _review(args)


@with_store(create=True)
def _review(args: argparse.Namespace, engine) -> int:
    from sqlalchemy import select
    from sqlmodel import Session

    from factcheck.cli.common import warn
    from factcheck.models import Document
    from factcheck.store.queries import count_claims

    with Session(engine) as session:
        empty = session.exec(select(Document.id).limit(1)).first() is None
    notice = ""
    if empty:
        folder = samples_folder()
        if folder is None:
            warn("the database is empty and no seeds/ folder was found; "
                 "add articles with factcheck ingest PATH")
            notice = "No articles yet: quit (q) and add some with factcheck ingest PATH."
        else:
            status, notice = _ingest_samples(engine, folder)
            if status:
                return status
    with Session(engine) as session:
        claims = count_claims(session)
    from factcheck.tui.app import ReviewApp

    ReviewApp(engine, args.reviewer, claim_count=claims, notice=notice).run()
    return 0


def _ingest_samples(engine, folder: Path) -> tuple[int, str]:
    from factcheck.cli.common import error, warn
    from factcheck.db import describe
    from factcheck.ingest import ingest_paths
    from factcheck.text_safety import one_line

    print(one_line(f"factcheck: {describe(engine.url)} is empty; ingesting the sample "
                   f"articles in {folder} first"), flush=True)

    def report(outcome) -> None:
        if outcome.warning:
            warn(outcome.warning)
        if outcome.status == "failed":
            error(outcome.message or f"{outcome.path}: failed")

    summary = ingest_paths(engine, [folder], on_file=report)
    print(f"factcheck: {summary.new} articles, {summary.claims_added} claims stored", flush=True)
    if summary.new == 0 and summary.failed:
        error(f"{folder}: no sample article could be ingested")
        return 1, ""
    return 0, (f"The database was empty: ingested the {summary.new} sample articles of "
               f"{folder} ({summary.claims_added} claims). ? shows every key.")
