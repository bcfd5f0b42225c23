"""``factcheck group``: put a claim in another figure, or start a new one."""

from __future__ import annotations

import argparse

from factcheck.cli.store_args import add_db_option, add_reviewer_option, figure_action


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``group`` command."""
    p = subparsers.add_parser(
        "group",
        help="move a claim to another figure (--figure ID) or a new one (--new LABEL)",
        description="Move a claim to another figure, or start a new figure with it. The "
                    "choice is kept across recomputation and re-extraction, with an audit "
                    "trail.",
    )
    p.add_argument("claim_id", type=int, metavar="CLAIM_ID")
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--figure", metavar="ID", help="an existing figure (id or id prefix)")
    target.add_argument("--new", metavar="LABEL", help="start a new figure with this label")
    add_reviewer_option(p)
    add_db_option(p)
    p.set_defaults(func=run)


@figure_action
def run(args: argparse.Namespace, session) -> str:
    """Move the claim and say where it went."""
    from factcheck.figures.service import move_claim

    target = move_claim(session, args.claim_id, figure_id=args.figure,
                        new_label=args.new, reviewer=args.reviewer)
    where = f"new figure {target} ({args.new})" if args.new else f"figure {target}"
    return f"claim {args.claim_id} moved to {where}"
