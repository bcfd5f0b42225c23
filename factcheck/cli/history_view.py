"""Show review history: one line per change (who, when, what moved from what to what)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from factcheck.cli.claims_view import format_number
from factcheck.text_safety import one_line


def _show(field: str, value: Any) -> str:
    if value is None:
        return "(none)"
    if field in ("value", "value_high") and isinstance(value, (int, float)):
        return format_number(value)
    return repr(one_line(str(value))) if isinstance(value, str) else str(value)


def describe_change(old: Mapping[str, Any] | None, new: Mapping[str, Any] | None) -> str:
    """``status unreviewed → confirmed; value 1,400 → 1,200; note added``."""
    old, new = old or {}, new or {}
    parts = []
    if old.get("status") != new.get("status"):
        parts.append(f"status {old.get('status')} → {new.get('status')}")
    before, after = old.get("corrections") or {}, new.get("corrections") or {}
    for field in sorted(set(before) | set(after)):
        if field not in after:
            parts.append(f"{field} correction {_show(field, before[field])} dropped")
        elif before.get(field, ...) != after[field]:
            if field in before:
                parts.append(f"{field} {_show(field, before[field])} → "
                             f"{_show(field, after[field])}")
            else:
                parts.append(f"{field} corrected to {_show(field, after[field])}")
    if old.get("note") != new.get("note"):
        if not new.get("note"):
            parts.append("note removed")
        else:
            parts.append(f"note {_show('note', new.get('note'))}")
    if "undoes" in new:
        parts.append(f"undoes change {new['undoes']}")
    if "claim" in old and "claim" not in new:
        parts.append(f"claim {old['claim'].get('id')} {_show('text', old['claim'].get('text'))} "
                     "no longer extracted; review kept")
    if "claim" in new:
        parts.append(f"attached to claim {new['claim'].get('id')} "
                     f"{_show('text', new['claim'].get('text'))}")
    return "; ".join(parts) or "no change"


def print_history(events: Iterable[Any], console: Any, title: str | None = None) -> int:
    """A Rich table of review events, oldest first. Returns the count."""
    from rich.table import Table
    from rich.text import Text

    table = Table(title=Text(title) if title else None, title_justify="left")
    for name in ("change", "when (UTC)", "reviewer", "action", "what changed"):
        table.add_column(name, overflow="fold", no_wrap=name != "what changed")
    count = 0
    for event in events:
        table.add_row(str(event.id), event.at.strftime("%Y-%m-%d %H:%M:%S"),
                      Text(one_line(event.reviewer or "")), event.action,
                      Text(describe_change(event.old, event.new)))
        count += 1
    console.print(table)
    return count
