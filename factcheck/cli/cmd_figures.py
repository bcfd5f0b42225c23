"""``factcheck figures``: the quantities the stored claims talk about, with their latest range."""

from __future__ import annotations

import argparse
import sys

from factcheck.cli.store_args import add_db_option, category_arg, with_store


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``figures`` command."""
    p = subparsers.add_parser(
        "figures",
        help="list figures: claims about the same quantity, grouped, with their latest range",
        description="Group the stored claims into figures (category, subject, place, event; "
                    "reviewers' moves applied) and list each with its number of claims and "
                    "sources, the latest range across sources, the most conservative latest "
                    "figure and its discrepancies (open / all).",
    )
    p.add_argument("--category", type=category_arg, action="append", metavar="CATEGORY",
                   help="only figures of this category (repeat for several)")
    p.add_argument("--format", choices=("table", "jsonl", "csv"), default="table")
    add_db_option(p)
    p.set_defaults(func=run)


@with_store()
def run(args: argparse.Namespace, engine) -> int:
    """Print the figures in the chosen format."""
    from sqlmodel import Session

    from factcheck.figures.service import FIGURE_COLUMNS, list_figures

    with Session(engine) as session:
        rows = list_figures(session, args.category)
    if args.format == "table":
        from factcheck.figures.display import console, figures_table

        caption = f"{len(rows):,} figures; * = a reviewer's figure"
        console().print(figures_table(rows, caption))
    elif args.format == "csv":
        from factcheck.export import write_csv

        write_csv((r.as_dict() for r in rows), FIGURE_COLUMNS, sys.stdout)
    else:
        from factcheck.export import write_jsonl

        write_jsonl((r.as_dict() for r in rows), FIGURE_COLUMNS, sys.stdout)
    return 0
