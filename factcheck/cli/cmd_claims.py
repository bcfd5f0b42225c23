"""``factcheck claims``: list stored claims with their effective values and provenance."""

from __future__ import annotations

import argparse
import sys

from factcheck.cli.store_args import add_db_option, add_filter_options, with_store

#: Columns of ``--format csv|jsonl``.
LIST_COLUMNS = (
    "id", "value", "value_high", "low", "high", "qualifier", "category", "subject", "location",
    "attribution", "date", "status", "text", "outlet", "published", "path", "document_id",
)
SORT_CHOICES = ("id", "value", "date", "category", "source", "status", "subject", "document",
                "outlet", "published")
TABLE_LIMIT = 500


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``claims`` command."""
    p = subparsers.add_parser(
        "claims",
        help="list stored claims (reviewer corrections applied)",
        description="List stored claims: id, effective value (reviewer corrections applied), "
                    "category, subject, source, outlet, date and review status.",
    )
    add_db_option(p)
    add_filter_options(p)
    p.add_argument("--format", choices=("table", "csv", "jsonl"), default="table")
    p.add_argument("--sort", choices=SORT_CHOICES, default="id", help="sort key (default id)")
    p.add_argument("--desc", action="store_true", help="sort in descending order")
    p.add_argument("--limit", type=int, metavar="N",
                   help=f"at most N claims (table default {TABLE_LIMIT}; csv/jsonl: all)")
    p.add_argument("--offset", type=int, default=0, metavar="N", help="skip the first N claims")
    p.set_defaults(func=run)


@with_store()
def run(args: argparse.Namespace, engine) -> int:
    """Print the matching claims in the chosen format."""
    from sqlmodel import Session

    from factcheck.cli.store_args import filters_from_args
    from factcheck.store.queries import count_claims, list_claims, stream_claims

    filters = filters_from_args(args)
    with Session(engine) as session:
        if args.format == "table":
            from factcheck.cli.claims_view import print_claims_table
            from factcheck.cli.common import stdout_console

            limit = args.limit if args.limit is not None else TABLE_LIMIT
            rows = list_claims(session, filters, args.sort, args.desc, limit, args.offset)
            total = count_claims(session, filters)
            shown = f"{args.offset + 1}–{args.offset + len(rows)}" if rows else "none"
            print_claims_table(rows, stdout_console(), caption=f"claims {shown} of {total:,}")
            return 0
        rows = (r._mapping for r in stream_claims(
            session, filters, LIST_COLUMNS, args.sort, args.desc,
            limit=args.limit, offset=args.offset))
        if args.format == "csv":
            from factcheck.export import write_csv

            write_csv(rows, LIST_COLUMNS, sys.stdout)
        else:
            from factcheck.export import write_jsonl

            write_jsonl(rows, LIST_COLUMNS, sys.stdout)
    return 0

