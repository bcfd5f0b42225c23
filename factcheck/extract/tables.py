"""Figures laid out as tables and key-figure lists rather than sentences.

Saved news pages hold tables pasted as text ("Province | Dead | Injured", columns aligned with
spaces, "Cuba ........ 10") and key-figure bullets ("• 317 — people killed since April 18").
Their rows name a place, not what is counted: the column heading, the block's title line
("Deaths reported by local authorities as of Sept. 11") or the words after the dash say it.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

#: Cells of a table row: pipes, runs of two or more spaces, or dot leaders.
_CELL_SPLIT = regex.compile(r"\s*\|\s*|\s{2,}|\s*\.{3,}\s*|\t+")
_NUMBER_CELL = regex.compile(r"[~≈]?\s*(?:more\s+than\s+|about\s+|at\s+least\s+)?\d[\d,.]*\+?"
                             r"(?:\s*\([^()]*\))?", regex.IGNORECASE)
#: "Netherlands 193", "Malaysia 43 (including 15 crew)": a name, then the row's one figure.
_NAME_THEN_FIGURE = regex.compile(
    r"\s*\p{Lu}[\p{L}'’.\-]*(?:\s+(?:and\s+|of\s+|the\s+)?[\p{L}'’.()\-]+){0,5}?\s+"
    r"\d[\d,.]*(?:\s*\([^()]*\))?\s*$")
#: An optional list mark, and a qualifier before a listed figure.
_MARK = r"\s*(?:[•·▪●\-*]\s*)?"
_QUALIFIER = r"(?:more\s+than\s+|about\s+|at\s+least\s+|nearly\s+|some\s+|over\s+)?"
#: A label up to its colon: "Dead:", "Seriously injured:".
_LABEL_TEXT = rf"{_MARK}\p{{L}}[\p{{L}}\s'’\-]{{0,40}}?:\s*"
#: A key-figure bullet: "• 317 — people killed since April 18".
_BULLET = regex.compile(
    rf"{_MARK}{_QUALIFIER}\d[\d,.]*(?:\s+(?:million|billion))?\s+[—–-]\s+", regex.IGNORECASE)
_WORD = regex.compile(r"\p{L}+")
#: A key-figure line: "Dead: 1,754", "Seriously injured: 2,549" (the label, up to the figure).
_LABEL = regex.compile(_LABEL_TEXT + _QUALIFIER, regex.IGNORECASE)
_LABEL_LINE = regex.compile(_LABEL_TEXT + r"\S")
_MAX_LINES_UP = 8


@dataclass(frozen=True, slots=True)
class Layout:
    """What a figure's layout says: the words that name what it counts, and where they are."""

    words: tuple[str, ...]  # lowercased words of the heading cell, title lines or description
    kind: str  # "column", "title" or "bullet"
    titles: tuple[tuple[int, int], ...] = ()  # offsets of the lines above, for their source


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _cells(line: str) -> list[str]:
    return [c for c in _CELL_SPLIT.split(line.strip()) if c]


def _is_table_row(line: str) -> bool:
    cells = _cells(line)
    return len(cells) >= 2 and any(_NUMBER_CELL.fullmatch(c) for c in cells[1:])


def layout_of(text: str, start: int, end: int) -> Layout | None:
    """The layout the figure at ``text[start:end]`` sits in, or None for running prose."""
    line_start, line_end = _line_bounds(text, start)
    line = text[line_start:line_end]
    if len(line) > 160:
        return None
    bullet = _BULLET.match(text, line_start, line_end)
    if bullet and start < bullet.end():
        return Layout(tuple(w.lower() for w in _WORD.findall(text, bullet.end(), line_end)),
                      "bullet")
    table_row = ("|" in line or "  " in line or "..." in line) and _is_table_row(line)
    named_row = not table_row and _NAME_THEN_FIGURE.fullmatch(line) is not None
    label = _LABEL.match(text, line_start, start) if ":" in line else None
    label_row = not (table_row or named_row) and label is not None and label.end() == start
    if not (table_row or named_row or label_row):
        return None
    cells = _cells(line)
    column = _column_of(line, start - line_start) if table_row else None
    heading: list[str] | None = None
    titles: list[tuple[int, int]] = []
    pos = line_start - 1
    blank_skipped = False
    for _ in range(_MAX_LINES_UP):
        if pos <= 0 or len(titles) == 3:
            break
        above_start, above_end = _line_bounds(text, pos)
        above = text[above_start:above_end]
        pos = above_start - 1
        if not above.strip():
            if titles or blank_skipped:
                break
            blank_skipped = True  # a title, a blank line, then the table
            continue
        if _is_table_row(above) or _NAME_THEN_FIGURE.fullmatch(above) or (
                label_row and _LABEL_LINE.match(above)):
            if titles:
                break
            continue  # another row of the same table
        if len(above) > 160:
            break
        cells_above = _cells(above)
        if heading is None and not titles and column is not None and \
                len(cells_above) == len(cells) and not any(ch.isdigit() for ch in above):
            heading = cells_above
            continue
        titles.append((above_start, above_end))
    if heading is not None and column is not None:
        return Layout(tuple(w.lower() for w in _WORD.findall(heading[column])), "column",
                      tuple(titles))
    if label_row:
        return Layout(tuple(w.lower() for w in _WORD.findall(label.group())), "label",
                      tuple(titles))
    if not titles:
        return None
    words = tuple(w.lower() for a, b in titles for w in _WORD.findall(text, a, b))
    return Layout(words, "title", tuple(titles))


def _column_of(line: str, offset: int) -> int | None:
    """The index of the cell holding the character at ``offset`` of ``line``."""
    index = 0
    stripped = line.lstrip()
    pos = len(line) - len(stripped)
    for m in _CELL_SPLIT.finditer(stripped):
        if pos + m.start() >= offset:
            return index
        index += 1
    return index
