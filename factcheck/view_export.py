"""Export what a review screen shows, through the one CSV writer (``factcheck.export``).

Claims go out with the columns of ``factcheck export`` (``CLAIM_COLUMNS``),
streamed from SQL in the screen's filter and sort order; figures and
discrepancies with the columns of ``factcheck figures/discrepancies --format
csv``. Paths are checked first so the reviewer gets a one-line reason.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session

from factcheck.export import CLAIM_COLUMNS, write_csv
from factcheck.figures.service import (
    DISCREPANCY_COLUMNS,
    FIGURE_COLUMNS,
    DiscrepancyRow,
    FigureRow,
    as_mapping,
)
from factcheck.store.queries import ClaimFilters, list_claims, stream_claims


class ExportError(ValueError):
    """The export cannot be written; ``str()`` is one line naming the path."""


def check_path(path: str | os.PathLike[str]) -> Path:
    """The output path, expanded (``~``), or ``ExportError`` if it cannot be written."""
    text = os.fspath(path).strip()
    if not text:
        raise ExportError("give a file name for the CSV export")
    out = Path(text).expanduser()
    if out.is_dir():
        raise ExportError(f"{out}: is a folder")
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"{out}: folder {folder} does not exist")
    return out


def export_claims(
    engine: Engine, path: str | os.PathLike[str], filters: ClaimFilters | None = None,
    order_by: str = "id", descending: bool = False,
) -> tuple[Path, int]:
    """Write the claims of a listing (filter and sort as shown); return (path, rows)."""
    out = check_path(path)
    with Session(engine) as session:
        rows = stream_claims(session, filters, fields=CLAIM_COLUMNS, order_by=order_by,
                             descending=descending)
        return out, _write(rows, CLAIM_COLUMNS, out)


def export_claim_ids(
    engine: Engine, path: str | os.PathLike[str], claim_ids: Sequence[int],
) -> tuple[Path, int]:
    """Write the claims ``claim_ids`` in that order (a figure as shown); return (path, rows)."""
    out = check_path(path)
    ids = list(claim_ids)

    def rows() -> Iterator[Mapping[str, Any]]:
        with Session(engine) as session:
            for start in range(0, len(ids), 500):
                chunk = ids[start: start + 500]
                found = {r["id"]: r for r in list_claims(
                    session, ClaimFilters(claim_ids=chunk), fields=CLAIM_COLUMNS)}
                yield from (found[i] for i in chunk if i in found)

    return out, _write(rows(), CLAIM_COLUMNS, out)


def export_figures(rows: Iterable[FigureRow], path: str | os.PathLike[str]) -> tuple[Path, int]:
    """Write figure rows as shown; return (path, rows)."""
    out = check_path(path)
    return out, _write((as_mapping(r) for r in rows), FIGURE_COLUMNS, out)


def export_discrepancies(
    rows: Iterable[DiscrepancyRow], path: str | os.PathLike[str],
) -> tuple[Path, int]:
    """Write discrepancy rows as shown; return (path, rows)."""
    out = check_path(path)
    return out, _write((as_mapping(r) for r in rows), DISCREPANCY_COLUMNS, out)


def _write(rows: Iterable, columns, out: Path) -> int:
    try:
        return write_csv(rows, columns, out)
    except OSError as exc:
        raise ExportError(f"{out}: cannot write ({exc.strerror or exc})") from None
