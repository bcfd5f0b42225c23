"""``factcheck resolve``: mark a discrepancy explained, resolved or open again, with a note."""

from __future__ import annotations

import argparse

from factcheck.cli.store_args import add_db_option, with_store


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
    p.add_argument("--reviewer", metavar="NAME",
                   help="who (default: $FACTCHECK_REVIEWER, else the login name)")
    add_db_option(p)
    p.set_defaults(func=run)


@with_store()
def run(args: argparse.Namespace, engine) -> int:
    """Record the verdict and echo it."""
    from factcheck.cli.common import error
    from factcheck.db import write_session
    from factcheck.figures.service import FigureError, resolve_discrepancy
    from factcheck.text_safety import one_line

    with write_session(engine) as session:
        try:
            row = resolve_discrepancy(session, args.discrepancy_id, args.status, args.note,
                                      args.reviewer)
        except FigureError as exc:
            error(str(exc))
            return 1
        key, status = row.key, row.status
        session.commit()
    print(one_line(f"discrepancy {key}: {status}"))
    return 0
