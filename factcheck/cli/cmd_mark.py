"""``factcheck mark``: set a claim's review status and correct its fields."""

from __future__ import annotations

import argparse

from factcheck.cli.common import error, parse_date_arg
from factcheck.cli.store_args import (
    CORRECTABLE_CHOICES,
    STATUS_CHOICES,
    add_db_option,
    category_arg,
    number_arg,
    qualifier_arg,
    with_store,
)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``mark`` command."""
    p = subparsers.add_parser(
        "mark",
        help="review a claim: confirm, dispute, reject, correct",
        description="Set a claim's review status, correct its fields and add a note. "
                    "Every change is kept in the claim's history.",
    )
    p.add_argument("claim_id", type=int, metavar="CLAIM_ID")
    p.add_argument("status", choices=STATUS_CHOICES, metavar="STATUS",
                   help=" | ".join(STATUS_CHOICES))
    p.add_argument("--note", metavar="TEXT", help="reviewer's note ('' removes it)")
    p.add_argument("--value", type=number_arg, metavar="N", help="corrected figure")
    p.add_argument("--value-high", type=number_arg, metavar="N",
                   help="corrected upper figure of a range")
    p.add_argument("--qualifier", type=qualifier_arg, metavar="Q", help="corrected qualifier")
    p.add_argument("--category", type=category_arg, metavar="C", help="corrected category")
    p.add_argument("--subject", metavar="TEXT", help="corrected subject ('' for none)")
    p.add_argument("--location", metavar="TEXT", help="corrected location ('' for none)")
    p.add_argument("--attribution", metavar="TEXT",
                   help="corrected source ('' when the article itself states the figure)")
    p.add_argument("--date", type=parse_date_arg, metavar="DATE",
                   help="corrected date the figure is reported for")
    p.add_argument("--clear", choices=CORRECTABLE_CHOICES, action="append", metavar="FIELD",
                   help="drop the correction of FIELD (back to the extracted value); repeatable")
    p.add_argument("--reviewer", metavar="NAME",
                   help="who reviews (default: $FACTCHECK_REVIEWER or the login name)")
    add_db_option(p)
    p.set_defaults(func=run)


@with_store()
def run(args: argparse.Namespace, engine) -> int:
    """Apply the review in one transaction and say what changed."""
    from factcheck.db import write_session
    from factcheck.store.review import KEEP, ReviewError, mark_claim

    def given(value):
        return KEEP if value is None else value

    corrections = {
        "value": given(args.value), "value_high": given(args.value_high),
        "qualifier": given(args.qualifier), "category": given(args.category),
        "subject": given(args.subject), "location": given(args.location),
        "attribution": given(args.attribution), "claim_date": given(args.date),
    }
    with write_session(engine, durable=True) as session:
        try:
            event = mark_claim(session, args.claim_id, args.status, note=given(args.note),
                               clear=args.clear or (), reviewer=args.reviewer, **corrections)
        except ReviewError as exc:
            error(str(exc))
            return 1
        session.commit()
    if event is None:
        print(f"claim {args.claim_id}: unchanged (already {args.status})")
        return 0
    from factcheck.cli.history_view import describe_change
    from factcheck.text_safety import one_line

    print(one_line(f"claim {args.claim_id}: {describe_change(event.old, event.new)} "
                   f"(change {event.id})"))
    return 0
