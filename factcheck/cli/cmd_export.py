"""``factcheck export``: write a reviewed table as CSV (a file, or ``-`` for stdout)."""

from __future__ import annotations

import argparse
import sys

from factcheck.cli.common import error
from factcheck.cli.store_args import add_db_option, add_filter_options, with_store
from factcheck.export import EXPORTS

# figures and discrepancies (factcheck.figures) through the same writer
EXPORTS.setdefault("figures", "factcheck.figures.export:FIGURES")
EXPORTS.setdefault("discrepancies", "factcheck.figures.export:DISCREPANCIES")


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``export`` command."""
    p = subparsers.add_parser(
        "export",
        help="write claims (with reviews and provenance) to a CSV file",
        description="Write a CSV table: UTF-8 with a header row, safe to open in a "
                    "spreadsheet (no cell runs as a formula). OUT is a file or - for stdout.",
    )
    p.add_argument("out", metavar="OUT.csv", help="output file, or - for stdout")
    p.add_argument("--what", choices=tuple(EXPORTS), default="claims",
                   help="which table (default claims)")
    add_filter_options(p)
    add_db_option(p)
    p.set_defaults(func=run)


@with_store()
def run(args: argparse.Namespace, engine) -> int:
    """Write the chosen table through the one CSV writer."""
    from pathlib import Path

    from sqlmodel import Session

    from factcheck.cli.store_args import filters_from_args
    from factcheck.export import get_export, write_csv
    from factcheck.text_safety import one_line

    source = get_export(args.what)
    if args.out != "-":
        folder = Path(args.out).parent
        if not folder.is_dir():
            error(f"{args.out}: folder {folder} does not exist")
            return 1
        if Path(args.out).is_dir():
            error(f"{args.out}: is a folder")
            return 1
    with Session(engine) as session:
        rows = source.rows(session, filters_from_args(args))
        try:
            count = write_csv(rows, source.columns, sys.stdout if args.out == "-" else args.out)
        except OSError as exc:
            error(f"{args.out}: cannot write ({exc.strerror or exc})")
            return 1
    if args.out != "-":
        print(one_line(f"exported {count} {source.name} to {args.out}"), file=sys.stderr)
    return 0
