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

    def set_columns(self, labels: Sequence[tuple[str, str]]) -> None:
        """Show these columns (``(key, label)``; labels are our own text) and no rows."""
        self.set_page(labels, [])

    def set_page(self, labels: Sequence[tuple[str, str]],
                 rows: Sequence[tuple[str, Sequence[Text | str]]], cursor: int = 0) -> None:
        """Show one page: columns ``(key, label)``, rows ``(key, cells)``, the cursor on row
        ``cursor``. Columns are as wide as their widest cell on the page (at most
        ``MAX_WIDTH``), measured here so that the first drawing is already right."""
        cells = [[c if isinstance(c, Text) else Text(str(c)) for c in row] for _, row in rows]
        widths = [min(MAX_LAST_WIDTH if i == len(labels) - 1 else MAX_WIDTH,
                      max([len(label), *(row[i].cell_len for row in cells)]))
                  for i, (_, label) in enumerate(labels)]
        layout = (tuple(labels), tuple(widths))
        if layout != self._layout:
            self.clear(columns=True)
            for (key, label), width in zip(labels, widths, strict=True):
                self.add_column(Text(label), key=key, width=width)
            self._layout = layout
        else:
            self.clear()
        for (key, _), row in zip(rows, cells, strict=True):
            self.add_row(*row, key=key)
        if rows:
            self.move_cursor(row=max(0, min(cursor, len(rows) - 1)), animate=False)

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
