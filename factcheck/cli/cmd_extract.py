"""``factcheck extract``: print the claims in files, no database needed."""

from __future__ import annotations

import argparse
import json
import sys

from factcheck.cli.common import error, parse_date_arg, warn


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``extract`` command."""
    p = subparsers.add_parser(
        "extract",
        help="print the numeric claims found in articles (no database)",
        description="Print the numeric claims found in article files and folders.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    p.add_argument("--format", choices=("table", "jsonl"), default="table")
    p.add_argument(
        "--published", type=parse_date_arg, metavar="DATE",
        help="publication date of the articles (overrides dates found in the text)",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Extract each path in turn; report bad paths and go on."""
    from factcheck.extract import extract
    from factcheck.files import ArticleError, iter_paths, read_article

    failed = 0
    table_rows: list[tuple[str, object]] = []
    for item in iter_paths(args.paths):
        try:
            if isinstance(item, ArticleError):
                raise item
            article = read_article(item)
        except ArticleError as exc:
            error(str(exc))
            failed += 1
            continue
        if article.warning:
            warn(article.warning)
        result = extract(article.text, published=args.published)
        if args.format == "jsonl":
            _write_jsonl(str(item), result)
        else:
            table_rows.append((str(item), result))
    if args.format == "table":
        from factcheck.cli.claim_table import print_extractions

        print_extractions(table_rows)
    return 1 if failed else 0


def _write_jsonl(path: str, result) -> None:
    out = sys.stdout
    out.write(json.dumps({**result.document.to_json(), "file": path}, ensure_ascii=False) + "\n")
    for claim in result.claims:
        out.write(json.dumps({**claim.to_json(), "file": path}, ensure_ascii=False) + "\n")
