"""The Rich console that command output goes to."""

from __future__ import annotations

import os
import sys


def stdout_console():
    """A Rich console on stdout (Rich is imported lazily).

    Into a pipe or a file, tables get a comfortable fixed width of 160 columns instead of
    Rich's 80, unless ``COLUMNS`` says otherwise.
    """
    from rich.console import Console

    width = None if sys.stdout.isatty() or os.environ.get("COLUMNS") else 160
    return Console(highlight=False, width=width)
