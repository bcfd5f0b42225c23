"""A DataTable that holds one page of a long listing and asks for the next one at its edges.

The owner sets ``has_previous``/``has_next`` (attributes down); moving past the
first or last row posts ``PagedTable.EdgeReached`` (message up), and the owner
loads the neighbouring page. Only the visible page is ever in the widget.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.message import Message
from textual.widgets import DataTable
from textual.widgets.data_table import CellDoesNotExist

#: Widest a column gets (longer text is cut; the detail panel shows it whole); the last
#: column may take more.
MAX_WIDTH = 40
MAX_LAST_WIDTH = 100

def fit_widths(labels: Sequence[str], cells: Sequence[Sequence[Text]], room: int | None,
               flexible: Sequence[tuple[int, int]] = (), padding: int = 1) -> list[int]:
    """Column widths for a page: each column as wide as its widest cell or header (at most
    ``MAX_WIDTH``, the last ``MAX_LAST_WIDTH``); when ``room`` (the table's width) is too
    small for them all, the ``flexible`` text columns (``(index, narrowest)``) give way one
    after the other, in that order, down to their narrowest, so that numbers and statuses
    are not cut (past that, the table scrolls sideways)."""
    widths = []
    for i, label in enumerate(labels):
        widest = max([len(label), *(row[i].cell_len for row in cells)])
        widths.append(min(MAX_LAST_WIDTH if i == len(labels) - 1 else MAX_WIDTH, widest))
    if room is None:
        return widths
    excess = sum(widths) + 2 * padding * len(widths) - room
    for i, narrowest in flexible:
        if excess <= 0:
            break
        step = min(excess, max(0, widths[i] - max(narrowest, len(labels[i]))))
        widths[i] -= step
        excess -= step
    return widths


class PagedTable(DataTable):
    """A row-cursor table showing one page; see the module docstring."""

    class EdgeReached(Message):
        """The cursor tried to leave the page: ``direction`` is +1 (down) or -1 (up)."""

        def __init__(self, table: PagedTable, direction: int) -> None:
            super().__init__()
            self.table = table
            self.direction = direction

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes, cursor_type="row", zebra_stripes=True)
        self.has_previous = False
        self.has_next = False
        self._layout: tuple = ()
        #: the page shown: labels, rows (key, cells), flexible columns (index, narrowest)
        self._page: tuple[list[tuple[str, str]], list[tuple[str, list[Text]]],
                          list[tuple[int, int]]] = ([], [], [])
        self._fitted_to: int | None = None

    def set_columns(self, labels: Sequence[tuple[str, str]],
                    flexible: Sequence[tuple[str, int]] = ()) -> None:
        """Show these columns (``(key, label)``; labels are our own text) and no rows."""
        self.set_page(labels, [], flexible=flexible)

    def set_page(self, labels: Sequence[tuple[str, str]],
                 rows: Sequence[tuple[str, Sequence[Text | str]]], cursor: int = 0,
                 flexible: Sequence[tuple[str, int]] = ()) -> None:
        """Show one page: columns ``(key, label)``, rows ``(key, cells)``, the cursor on row
        ``cursor``. Columns are as wide as their widest cell on the page (at most
        ``MAX_WIDTH``), measured here so that the first drawing is already right; when the
        table is narrower than that, the ``flexible`` columns (``(key, narrowest)``) give way
        and their cells are cut with an ellipsis (see ``fit_widths``)."""
        keys = [key for key, _ in labels]
        page = (list(labels),
                [(key, [c if isinstance(c, Text) else Text(str(c)) for c in row])
                 for key, row in rows],
                [(keys.index(k), narrowest) for k, narrowest in flexible if k in keys])
        self._page = page
        self._draw(cursor)

    def _room(self, rows: int) -> int | None:
        """The width the columns may take (``None`` before the table has a size)."""
        width = self.size.width
        if not width:
            return None
        if rows + self.header_height > self.size.height:  # a vertical scrollbar will show
            width -= self.styles.scrollbar_size_vertical
        return width

    def _draw(self, cursor: int) -> None:
        labels, rows, flexible = self._page
        room = self._room(len(rows))
        widths = fit_widths([label for _, label in labels], [cells for _, cells in rows],
                            room, flexible, self.cell_padding)
        self._fitted_to = room
        layout = (tuple(labels), tuple(widths))
        if layout != self._layout:
            self.clear(columns=True)
            for (key, label), width in zip(labels, widths, strict=True):
                self.add_column(Text(label), key=key, width=width)
            self._layout = layout
        else:
            self.clear()
        for key, cells in rows:
            shown = [cell if cell.cell_len <= width else _cut(cell, width)
                     for cell, width in zip(cells, widths, strict=True)]
            self.add_row(*shown, key=key)
        if rows:
            self.move_cursor(row=max(0, min(cursor, len(rows) - 1)), animate=False)

    def on_resize(self) -> None:
        """Fit the columns to the new width (the page and the cursor stay)."""
        if self._page[0] and self._room(len(self._page[1])) != self._fitted_to:
            self._draw(self.cursor_row)

    def current_key(self) -> str | None:
        """The key of the row under the cursor."""
        if not self.row_count:
            return None
        try:
            return self.coordinate_to_cell_key(self.cursor_coordinate).row_key.value
        except CellDoesNotExist:  # a stale coordinate while the table refills
            return None

    # Leaving the page asks the owner for the next one.

    def action_cursor_down(self) -> None:
        if self.has_next and self.cursor_row >= self.row_count - 1:
            self.post_message(self.EdgeReached(self, 1))
        else:
            super().action_cursor_down()

    def action_cursor_up(self) -> None:
        if self.has_previous and self.cursor_row <= 0:
            self.post_message(self.EdgeReached(self, -1))
        else:
            super().action_cursor_up()

    def action_page_down(self) -> None:
        if self.has_next and self.cursor_row >= self.row_count - 1:
            self.post_message(self.EdgeReached(self, 1))
        else:
            super().action_page_down()

    def action_page_up(self) -> None:
        if self.has_previous and self.cursor_row <= 0:
            self.post_message(self.EdgeReached(self, -1))
        else:
            super().action_page_up()


def _cut(cell: Text, width: int) -> Text:
    """A cell's text cut to ``width`` with an ellipsis (numbers are right-aligned: never
    in a flexible column)."""
    cut = cell.copy()
    cut.truncate(width, overflow="ellipsis")
    return cut
