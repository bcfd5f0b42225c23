"""``factcheck ingest``: store articles and their claims in the database."""

from __future__ import annotations

import argparse
import os
import sys

from factcheck.cli.common import error, parse_date_arg, warn
from factcheck.cli.store_args import add_db_option, with_store


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``ingest`` command."""
    p = subparsers.add_parser(
        "ingest",
        help="store articles and their claims in the database",
        description="Read article files and folders, extract their claims and store both. "
                    "Articles already stored (same text) are skipped; each article is "
                    "stored whole or not at all.",
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="article files or folders")
    add_db_option(p)
    p.add_argument("--published", type=parse_date_arg, metavar="DATE",
                   help="publication date of these articles (overrides dates in the text)")
    p.add_argument("--outlet", metavar="NAME", help="outlet that published these articles")
    p.add_argument("--reextract", action="store_true",
                   help="run the current extractor again over stored documents (all of "
                        "them when no PATH is given); reviews stay with their claims")
    p.add_argument("--jobs", "-j", type=_jobs_arg, default=1, metavar="N",
                   help="extract in N worker processes (0: one per CPU; default 1)")
    p.set_defaults(func=run)


def _jobs_arg(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of jobs: {value!r}") from None
    if jobs < 0:
        raise argparse.ArgumentTypeError("--jobs must be 0 or more")
    return jobs or (os.cpu_count() or 1)


def run(args: argparse.Namespace) -> int:
    """Check the arguments, then ingest."""
    if not args.paths and not args.reextract:
        error("ingest: give at least one PATH (or --reextract for every stored document)")
        return 2
    return _ingest(args)


@with_store(create=True)
def _ingest(args: argparse.Namespace, engine) -> int:
    from factcheck.db import StoreError, describe
    from factcheck.ingest import IngestSummary, count_inputs, ingest_paths, reextract_documents

    tally = IngestSummary()

    def report(outcome) -> None:
        tally.add(outcome)
        if outcome.warning:
            warn(outcome.warning)
        if outcome.status == "failed":
            error(outcome.message or f"{outcome.path}: failed")
        for line in outcome.orphaned:
            warn(line)

    options = {"published": args.published, "outlet": args.outlet, "jobs": args.jobs}
    total = count_inputs(args.paths) if args.paths and sys.stderr.isatty() else None
    try:
        with _progress(total) as advance:
            def on_file(outcome) -> None:
                report(outcome)
                advance(outcome.path)

            if args.paths:
                ingest_paths(engine, args.paths, reextract=args.reextract, on_file=on_file,
                             **options)
            else:
                reextract_documents(engine, on_file=on_file, **options)
    except StoreError as exc:
        error(str(exc))
        _print_summary(tally, describe(engine.url), stopped=True)
        return 1
    except KeyboardInterrupt:
        _print_summary(tally, describe(engine.url), stopped=True)
        raise
    _print_summary(tally, describe(engine.url))
    return 0 if tally.ok else 1


def _print_summary(tally, where: str, stopped: bool = False) -> None:
    from factcheck.text_safety import one_line

    parts = [f"{tally.new} new", f"{tally.unchanged} unchanged"]
    if tally.reextracted:
        parts.append(f"{tally.reextracted} re-extracted")
    parts.append(f"{tally.failed} failed")
    claims = f"{tally.claims_added} claims added"
    if tally.claims_removed:
        claims += f", {tally.claims_removed} removed"
    if tally.orphaned:
        claims += f"; {len(tally.orphaned)} reviews kept without their claim " \
                  "(see factcheck history --orphaned)"
    head = "ingest stopped" if stopped else "ingest"
    line = f"{head}: documents {', '.join(parts)}; {claims} ({one_line(where)})"
    print(line, file=sys.stderr if stopped else sys.stdout, flush=True)


class _progress:
    """A Rich progress bar on stderr when it is a terminal and the run is long enough."""

    def __init__(self, total: int | None) -> None:
        self.total = total
        self.bar = None

    def __enter__(self):
        if not self.total or self.total < 2:
            return lambda _path: None
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
        )

        from factcheck.text_safety import one_line

        self.bar = Progress(
            TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
            TextColumn("{task.fields[file]}", markup=False),
            console=Console(stderr=True), transient=True,
        )
        self.bar.start()
        task = self.bar.add_task("ingest", total=self.total, file="")

        def advance(path: str) -> None:
            name = one_line(os.path.basename(path))[-40:]
            self.bar.update(task, advance=1, file=name)

        return advance

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()
