"""Options and error handling shared by the commands that use the claims store.

Light to import: SQLModel and the store load only when a command runs.
"""

from __future__ import annotations

import argparse
import functools
from collections.abc import Callable
from typing import Any

from factcheck.cli.common import error, parse_date_arg

#: Review statuses (the store's ``models.STATUSES``; repeated so the parser stays light).
STATUS_CHOICES = ("unreviewed", "confirmed", "disputed", "rejected")
#: Claim fields a reviewer can correct (``models.CORRECTABLE``).
CORRECTABLE_CHOICES = (
    "value", "value_high", "qualifier", "category", "subject", "location", "attribution",
    "claim_date",
)


def add_db_option(parser: argparse.ArgumentParser) -> None:
    """``--db URL``: a SQLAlchemy URL or a file path."""
    parser.add_argument(
        "--db", metavar="URL",
        help="database: a SQLAlchemy URL or a SQLite file path "
             "(default: $FACTCHECK_DB, else claims.db here)",
    )


def add_reviewer_option(parser: argparse.ArgumentParser) -> None:
    """``--reviewer NAME`` of the commands that change figures or discrepancies."""
    parser.add_argument("--reviewer", metavar="NAME",
                        help="who (default: $FACTCHECK_REVIEWER, else the login name)")


def add_filter_options(parser: argparse.ArgumentParser) -> None:
    """The claim filters shared by ``claims`` and ``export``."""
    g = parser.add_argument_group("filters")
    g.add_argument("--category", type=category_arg, action="append", metavar="CATEGORY",
                   help="only this category (repeat for several)")
    g.add_argument("--source", metavar="TEXT", help="source (attribution) or outlet contains TEXT")
    g.add_argument("--document", metavar="ID|PATH", help="only claims of this document")
    g.add_argument("--status", choices=STATUS_CHOICES, action="append",
                   help="only this review status (repeat for several)")
    g.add_argument("--since", type=parse_date_arg, metavar="DATE",
                   help="claims reported for DATE or later")
    g.add_argument("--until", type=parse_date_arg, metavar="DATE",
                   help="claims reported for DATE or earlier")
    g.add_argument("--search", metavar="TEXT", help="figure, sentence or subject contains TEXT")


def category_arg(value: str) -> str:
    """argparse type: one of the extractor's categories."""
    from factcheck.extract.types import CATEGORIES

    if value not in CATEGORIES:
        raise argparse.ArgumentTypeError(
            f"unknown category {value!r} (choose from {', '.join(CATEGORIES)})")
    return value


def qualifier_arg(value: str) -> str:
    """argparse type: one of the extractor's qualifiers."""
    from factcheck.extract.types import QUALIFIERS

    if value not in QUALIFIERS:
        raise argparse.ArgumentTypeError(
            f"unknown qualifier {value!r} (choose from {', '.join(QUALIFIERS)})")
    return value


def number_arg(value: str) -> float:
    """argparse type: a figure such as ``1200``, ``1,200`` or ``2.5``."""
    try:
        number = float(value.replace(",", "").replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if number != number or number in (float("inf"), float("-inf")) or number < 0:
        raise argparse.ArgumentTypeError(f"not a count (finite, 0 or more): {value!r}")
    return number


def filters_from_args(args: argparse.Namespace) -> Any:
    """The ``ClaimFilters`` for the parsed filter options."""
    from factcheck.store.queries import ClaimFilters

    return ClaimFilters(
        category=tuple(args.category) if args.category else None,
        source=args.source or None,
        document=args.document or None,
        status=tuple(args.status) if args.status else None,
        since=args.since,
        until=args.until,
        search=args.search or None,
    )


def with_store(*, create: bool = False) -> Callable[[Callable[..., int]], Callable[..., int]]:
    """Decorate ``run(args, engine)``: open ``--db``, report database problems in one line.

    ``create`` allows making a new database (``ingest``); other commands refuse.
    """

    def decorate(run: Callable[..., int]) -> Callable[[argparse.Namespace], int]:
        @functools.wraps(run)
        def wrapper(args: argparse.Namespace) -> int:
            from sqlalchemy.exc import SQLAlchemyError

            from factcheck.db import StoreError, open_engine, store_error

            try:
                engine = open_engine(args.db, create=create)
            except StoreError as exc:
                error(str(exc))
                return 1
            try:
                return run(args, engine)
            except StoreError as exc:
                error(str(exc))
                return 1
            except SQLAlchemyError as exc:
                error(str(store_error(exc, engine)))
                return 1
            finally:
                engine.dispose()

        return wrapper

    return decorate


def figure_action(
    action: Callable[[argparse.Namespace, Any], str],
) -> Callable[[argparse.Namespace], int]:
    """Decorate ``action(args, session)``, a reviewer's change to figures or discrepancies
    that returns the line to print: run it in a write session of ``--db`` and commit,
    reporting a ``FigureError`` (or a database problem, see ``with_store``) in one line."""

    @with_store()
    @functools.wraps(action)
    def run(args: argparse.Namespace, engine: Any) -> int:
        from factcheck.db import write_session
        from factcheck.figures.service import FigureError
        from factcheck.text_safety import one_line

        with write_session(engine, durable=True) as session:
            try:
                message = action(args, session)
            except FigureError as exc:
                error(str(exc))
                return 1
            session.commit()
        print(one_line(message))
        return 0

    return run
