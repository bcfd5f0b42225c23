"""``factcheck rename``: give a figure a reviewer's label."""

from __future__ import annotations

import argparse

from factcheck.cli.store_args import add_db_option, with_store


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``rename`` command."""
    p = subparsers.add_parser(
        "rename",
        help="give a figure a label of your own",
        description="Rename a figure (kept across recomputation, with an audit trail).",
    )
    p.add_argument("figure_id", metavar="FIGURE_ID", help="figure id or id prefix")
    p.add_argument("label", metavar="LABEL")
    p.add_argument("--reviewer", metavar="NAME",
                   help="who (default: $FACTCHECK_REVIEWER, else the login name)")
    add_db_option(p)
    p.set_defaults(func=run)


@with_store()
def run(args: argparse.Namespace, engine) -> int:
    """Rename the figure and echo it."""
    from factcheck.cli.common import error
    from factcheck.db import write_session
    from factcheck.figures.service import FigureError, rename_figure
    from factcheck.text_safety import one_line

    with write_session(engine) as session:
        try:
            target = rename_figure(session, args.figure_id, args.label, reviewer=args.reviewer)
        except FigureError as exc:
            error(str(exc))
            return 1
        session.commit()
    print(one_line(f"figure {target} renamed to {args.label}"))
    return 0
