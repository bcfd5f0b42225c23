"""``factcheck discrepancies``: conflicts, revisions and outliers between sources."""

from __future__ import annotations

import argparse
import sys

from factcheck.cli.store_args import add_db_option, with_store

KIND_CHOICES = ("conflict", "revision", "outlier")
STATUS_CHOICES = ("open", "explained", "resolved")


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``discrepancies`` command."""
    p = subparsers.add_parser(
        "discrepancies",
        help="list conflicts, revisions and outliers found inside figures",
        description="List the discrepancies inside figures: conflict (claims about the same "
                    "date that disagree), revision (a cumulative toll going down), outlier "
                    "(one source far from all others), with their review status.",
    )
    p.add_argument("--kind", choices=KIND_CHOICES, action="append",
                   help="only this kind (repeat for several)")
    p.add_argument("--status", choices=STATUS_CHOICES, action="append",
                   help="only this review status (repeat for several)")
    p.add_argument("--figure", metavar="ID", help="only discrepancies of this figure")
    p.add_argument("--format", choices=("table", "jsonl", "csv"), default="table")
    add_db_option(p)
    p.set_defaults(func=run)


@with_store()
def run(args: argparse.Namespace, engine) -> int:
    """Print the discrepancies in the chosen format."""
    from sqlmodel import Session

    from factcheck.cli.common import error
    from factcheck.figures.service import (
        DISCREPANCY_COLUMNS,
        FigureError,
        analyse_store,
        as_mapping,
        list_discrepancies,
        resolve_figure_id,
    )

    with Session(engine) as session:
        analysis = analyse_store(session)
        figure = None
        if args.figure:
            try:
                figure = resolve_figure_id(analysis, args.figure)
            except FigureError as exc:
                error(str(exc))
                return 1
        rows = list_discrepancies(session, args.kind, args.status, figure, analysis=analysis)
    if args.format == "table":
        from factcheck.figures.display import console, discrepancies_table

        still_open = sum(1 for r in rows if r.status == "open")
        caption = f"{len(rows):,} discrepancies ({still_open:,} open)"
        console().print(discrepancies_table(rows, caption))
    elif args.format == "csv":
        from factcheck.export import write_csv

        write_csv((as_mapping(r) for r in rows), DISCREPANCY_COLUMNS, sys.stdout)
    else:
        from factcheck.export import write_jsonl

        write_jsonl((r.as_dict() for r in rows), DISCREPANCY_COLUMNS, sys.stdout)
    return 0
