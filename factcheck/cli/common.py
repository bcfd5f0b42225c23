"""Helpers shared by the command modules: error lines, consoles, options."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from factcheck.terminal import stdout_console  # noqa: F401  (re-exported for commands)
from factcheck.text_safety import one_line


def error(message: str) -> None:
    """Print a one-line error to stderr (article text in it is neutralised)."""
    print(f"factcheck: error: {one_line(message)}", file=sys.stderr)


def warn(message: str) -> None:
    """Print a one-line warning to stderr."""
    print(f"factcheck: warning: {one_line(message)}", file=sys.stderr)


def parse_date_arg(value: str) -> date:
    """argparse type for dates given by the user (any format dateutil reads)."""
    from dateutil import parser as date_parser

    try:
        return date_parser.parse(value, default=None).date()
    except (ValueError, OverflowError, TypeError) as exc:
        raise argparse.ArgumentTypeError(f"not a date: {value!r}") from exc


