"""The ``factcheck`` command line: one module per sub-command (``cmd_*.py``).

Each command module exposes ``register(subparsers)``, which adds its parser and
sets ``func`` to a callable taking the parsed arguments and returning an exit
status. Command modules import heavy libraries (SQLModel, Textual) inside
their ``run`` functions so that ``factcheck extract`` stays light.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

from factcheck import __version__


def build_parser() -> argparse.ArgumentParser:
    """Build the top-level parser with every ``cmd_*`` module registered."""
    parser = argparse.ArgumentParser(
        prog="factcheck",
        description="Extract, compare and review the figures in news articles.",
    )
    parser.add_argument("--version", action="version", version=f"factcheck {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    package = sys.modules[__name__]
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
        if info.name.startswith("cmd_"):
            importlib.import_module(f"{__name__}.{info.name}").register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line and return its exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("factcheck: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
