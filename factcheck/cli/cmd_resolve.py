"""``factcheck resolve``: mark a discrepancy explained, resolved or open again, with a note."""

from __future__ import annotations

import argparse

from factcheck.cli.store_args import add_db_option, add_reviewer_option, figure_action


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``resolve`` command."""
    p = subparsers.add_parser(
        "resolve",
        help="mark a discrepancy explained, resolved or open, with a note",
        description="Record a reviewer's verdict on a discrepancy. It is kept across "
                    "recomputation (discrepancy ids are stable) with an audit trail.",
    )
    p.add_argument("discrepancy_id", metavar="DISCREPANCY_ID")
    p.add_argument("status", choices=("explained", "resolved", "open"))
    p.add_argument("--note", required=True, metavar="TEXT", help="why (required)")
    add_reviewer_option(p)
    add_db_option(p)
    p.set_defaults(func=run)


@figure_action
def run(args: argparse.Namespace, session) -> str:
    """Record the verdict and echo it."""
    from factcheck.figures.service import resolve_discrepancy

    row = resolve_discrepancy(session, args.discrepancy_id, args.status, args.note,
                              args.reviewer)
    return f"discrepancy {row.key}: {row.status}"
