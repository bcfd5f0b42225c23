"""``factcheck history``: the review trail of a claim, or the reviews left without a claim."""

from __future__ import annotations

import argparse
import json

from factcheck.cli.common import error
from factcheck.cli.store_args import add_db_option, with_store


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``history`` command."""
    p = subparsers.add_parser(
        "history",
        help="show every review change of a claim",
        description="Show the audit trail of a claim's review: who changed what, when, "
                    "from what to what. With --orphaned, list reviews whose claim a "
                    "re-extraction no longer finds (kept, never deleted).",
    )
    p.add_argument("claim_id", type=int, nargs="?", metavar="CLAIM_ID")
    p.add_argument("--orphaned", action="store_true",
                   help="list reviews whose claim is no longer extracted")
    p.add_argument("--format", choices=("table", "jsonl"), default="table")
    add_db_option(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Check the arguments, then show the history."""
    if (args.claim_id is None) == (not args.orphaned):
        error("history: give a CLAIM_ID or --orphaned")
        return 2
    return _show(args)


@with_store()
def _show(args: argparse.Namespace, engine) -> int:
    from sqlmodel import Session

    from factcheck.cli.common import stdout_console
    from factcheck.cli.history_view import print_history
    from factcheck.export import json_value
    from factcheck.models import Claim
    from factcheck.store.review import claim_history, orphaned_reviews

    with Session(engine) as session:
        if args.orphaned:
            return _orphans(orphaned_reviews(session), args.format)
        events = claim_history(session, args.claim_id)
        exists = session.get(Claim, args.claim_id) is not None
    if not events and not exists:
        error(f"claim {args.claim_id}: no such claim")
        return 1
    if args.format == "jsonl":
        for e in events:
            record = {"change": e.id, "claim_id": e.claim_id, "review_id": e.review_id,
                      "action": e.action, "reviewer": e.reviewer, "at": json_value(e.at),
                      "old": e.old, "new": e.new}
            print(json.dumps(record, ensure_ascii=False))
        return 0
    if not events:
        print(f"claim {args.claim_id}: not reviewed yet")
        return 0
    print_history(events, stdout_console(), title=f"claim {args.claim_id}")
    return 0


def _orphans(rows, fmt: str) -> int:
    from factcheck.cli.history_view import describe_change
    from factcheck.text_safety import one_line

    for review, path in rows:
        if fmt == "jsonl":
            print(json.dumps({"review_id": review.id, "document_id": review.document_id,
                              "path": path, "span": [review.span_start, review.span_end],
                              "text": review.span_text, "status": review.status,
                              "corrections": review.corrections, "note": review.note},
                             ensure_ascii=False))
        else:
            state = {"status": review.status, "corrections": review.corrections,
                     "note": review.note}
            print(one_line(f"review {review.id}: {path} [{review.span_start}:{review.span_end}] "
                           f"{review.span_text!r}: "
                           f"{describe_change({'status': 'unreviewed'}, state)}"))
    if not rows and fmt == "table":
        print("no orphaned reviews")
    return 0
