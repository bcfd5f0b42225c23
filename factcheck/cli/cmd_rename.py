"""``factcheck rename``: give a figure a reviewer's label."""

from __future__ import annotations

import argparse

from factcheck.cli.store_args import add_db_option, add_reviewer_option, figure_action


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``rename`` command."""
    p = subparsers.add_parser(
        "rename",
        help="give a figure a label of your own",
        description="Rename a figure (kept across recomputation, with an audit trail).",
    )
    p.add_argument("figure_id", metavar="FIGURE_ID", help="figure id or id prefix")
    p.add_argument("label", metavar="LABEL")
    add_reviewer_option(p)
    add_db_option(p)
    p.set_defaults(func=run)


@figure_action
def run(args: argparse.Namespace, session) -> str:
    """Rename the figure and echo it."""
    from factcheck.figures.service import rename_figure

    target = rename_figure(session, args.figure_id, args.label, reviewer=args.reviewer)
    return f"figure {target} renamed to {args.label}"
