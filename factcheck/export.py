"""The one CSV writer (CLI and TUI), and the table sources ``factcheck export`` offers.

``write_csv(rows, columns, out)`` writes UTF-8 with a header row; every text
cell goes through ``text_safety.csv_cell`` so no cell can run as a formula,
numbers stay numbers, dates are ISO. Files get a UTF-8 byte-order mark (so
spreadsheets detect UTF-8; pandas and ``csv`` with ``utf-8-sig`` skip it) and
are written to a temporary file first, then renamed: never half-written.

A table source is an ``ExportSource``: its columns and a function giving rows
(mappings) for a session and claim filters. ``EXPORTS`` names them lazily,
``"module:attribute"``, so adding one (``figures``, ``discrepancies``) is one
line and importing this module stays light.
"""

from __future__ import annotations

import csv
import importlib
import json
import math
import os
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, TextIO

from factcheck.text_safety import csv_cell


@dataclass(frozen=True, slots=True)
class ExportSource:
    """Something ``export`` can write: named columns and a row producer."""

    name: str
    description: str
    columns: tuple[str, ...]
    #: rows(session, filters): mappings keyed by column, or sequences in column order
    rows: Callable[..., Iterable[Mapping[str, Any] | Sequence[Any]]]


#: ``--what`` choices -> ``"module:attribute"`` of an ``ExportSource``.
EXPORTS: dict[str, str] = {
    "claims": "factcheck.export:CLAIMS",
}


def get_export(name: str) -> ExportSource:
    """The export source called ``name`` (imported on demand)."""
    module, _, attr = EXPORTS[name].partition(":")
    return getattr(importlib.import_module(module), attr)


def write_csv(
    rows: Iterable[Mapping[str, Any] | Sequence[Any]],
    columns: Sequence[str],
    out: TextIO | str | os.PathLike[str],
    *,
    header: Sequence[str] | None = None,
) -> int:
    """Write ``rows`` (mappings keyed by ``columns``, or sequences in that order) as CSV.

    ``out`` is an open text stream (written as is) or a path (UTF-8 with BOM,
    written atomically). Returns the number of data rows written.
    """
    if isinstance(out, (str, os.PathLike)):
        return _write_file(rows, columns, Path(out), header)
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([csv_cell(h) for h in (header or columns)])
    count = 0
    for row in rows:
        values = [row.get(c) for c in columns] if isinstance(row, Mapping) else row
        writer.writerow([cell(v) for v in values])
        count += 1
    return count


def write_jsonl(
    rows: Iterable[Mapping[str, Any]], columns: Sequence[str], out: TextIO,
) -> int:
    """One JSON object per line with ``columns`` as keys (dates ISO, whole floats as ints)."""
    count = 0
    for row in rows:
        record = {c: json_value(row.get(c)) for c in columns}
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def cell(value: Any) -> Any:
    """A value as a safe CSV cell: numbers as numbers, text neutralised, None empty."""
    convert = _CONVERTERS.get(type(value))
    if convert is not None:
        return convert(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return _float_cell(float(value))
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (dict, list, tuple)):
        return csv_cell(json.dumps(value, ensure_ascii=False, default=str))
    return _text_cell(str(value))


def _text_cell(value: str) -> str:
    # Printable text has no control or bidi characters: only the formula check applies.
    if value.isprintable() and not value.startswith(_FORMULA_START):
        return value
    return csv_cell(value)


def _float_cell(value: float) -> float | int | str:
    if not math.isfinite(value):
        return "" if math.isnan(value) else ("inf" if value > 0 else "-inf")
    return int(value) if value.is_integer() and abs(value) < 1e15 else value


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_CONVERTERS: dict[type, Callable[[Any], Any]] = {
    str: _text_cell,
    int: lambda v: v,
    float: _float_cell,
    type(None): lambda v: "",
    bool: lambda v: "true" if v else "false",
    date: date.isoformat,
    datetime: datetime.isoformat,
}


def json_value(value: Any) -> Any:
    """A value for JSON output: dates ISO, whole floats as ints."""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    return value


def _write_file(
    rows: Iterable[Mapping[str, Any] | Sequence[Any]], columns: Sequence[str], path: Path,
    header: Sequence[str] | None,
) -> int:
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as fh:
            count = write_csv(rows, columns, fh, header=header)
        os.chmod(tmp, path.stat().st_mode & 0o777 if path.exists() else 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return count


# --- claims --------------------------------------------------------------------------------

#: One row per claim: effective values, the extractor's originals, provenance, review.
CLAIM_COLUMNS: tuple[str, ...] = (
    "id", "value", "value_high", "qualifier", "low", "high", "category", "subject",
    "location", "attribution", "date", "status", "note", "reviewer", "reviewed_at",
    "original_value", "original_value_high", "original_qualifier", "original_low",
    "original_high", "original_category", "original_subject", "original_location",
    "original_attribution", "original_date", "text", "sentence", "start", "end",
    "document_id", "path", "outlet", "title", "published", "published_source",
    "extractor_version",
)


def _claim_rows(session: Any, filters: Any = None) -> Iterable[Sequence[Any]]:
    from factcheck.store.queries import stream_claims

    yield from stream_claims(session, filters, fields=CLAIM_COLUMNS)  # rows in column order


CLAIMS = ExportSource(
    name="claims",
    description="one row per claim: effective and original values, provenance, review",
    columns=CLAIM_COLUMNS,
    rows=_claim_rows,
)
