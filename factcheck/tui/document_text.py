"""An article's text with every extracted figure highlighted (Line API: only visible lines
are drawn, so long articles scroll smoothly). Clicking a figure selects its claim."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from factcheck.tui import safe_text as st


class DocumentText(ScrollView, can_focus=True):
    """The text of one document (``show``); the current claim is drawn in reverse."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "scroll_up", "Scroll up", show=False),
        Binding("down", "scroll_down", "Scroll down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("home", "scroll_home", "Top", show=False),
        Binding("end", "scroll_end", "Bottom", show=False),
    ]

    class ClaimClicked(Message):
        """The reviewer clicked the figure of claim ``claim_id``."""

        def __init__(self, claim_id: int) -> None:
            super().__init__()
            self.claim_id = claim_id

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._text = Text()
        self._strips: list[Strip] = []
        self.claim_line: dict[int, int] = {}
        self._width = 0
        self._target: int | None = None
        self._rewrap_asked = False

    def show(self, text: str, claims: Sequence[Mapping[str, Any]],
             current: int | None) -> None:
        """Show ``text`` with ``claims`` (rows with id, start, end, status) highlighted."""
        body = st.block(text)
        for claim in claims:
            start, end = int(claim["start"]), int(claim["end"])
            if not 0 <= start < end <= len(body.plain):
                continue
            style = st.SPAN_STYLES.get(claim.get("status") or "", st.SPAN_STYLES["unreviewed"])
            body.stylize(Style.parse(style) + Style(meta={"claim": int(claim["id"])}),
                         start, end)
            if claim["id"] == current:
                body.stylize(st.CURRENT_STYLE, start, end)
        self._text = body
        self._wrap(force=True)

    def _wrap(self, force: bool = False) -> None:
        width = max(10, self.scrollable_content_region.width or self.size.width or 80)
        if width != self._width or force:
            self.wrap_to(width)

    def wrap_to(self, width: int) -> None:
        """Cut the text into lines ``width`` cells wide."""
        self._width = width
        console = self.app.console
        self._strips, self.claim_line = [], {}
        for number, line in enumerate(self._text.wrap(console, width, overflow="fold")):
            segments = list(line.render(console, end=""))
            strip = Strip(segments, line.cell_len)
            self._strips.append(strip)
            for span in line.spans:
                claim = _claim_of(span.style)
                if claim is not None:
                    self.claim_line.setdefault(claim, number)
        self.virtual_size = Size(width, len(self._strips))
        self.refresh()
        if self._target is not None:
            self.call_after_refresh(self._scroll_to_target)

    def on_resize(self) -> None:
        self._wrap()

    def _rewrap(self) -> None:
        self._rewrap_asked = False
        self._wrap()

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        if width and width != self._width and not self._rewrap_asked:
            # wrapped for another width (the text arrived before the widget had its size, or
            # a scrollbar came or went since): wrap again, as often as that happens
            self._rewrap_asked = True
            self.call_after_refresh(self._rewrap)
        index = y + round(self.scroll_offset.y)
        if index >= len(self._strips):
            return Strip.blank(self.size.width, self.rich_style)
        strip = self._strips[index]
        return strip.crop_extend(0, self.size.width, self.rich_style).apply_style(
            self.rich_style)

    def scroll_to_claim(self, claim_id: int) -> None:
        """Scroll so that a claim's line sits in the upper third of the view (also after
        the text is wrapped again for a new width)."""
        self._target = claim_id
        self.call_after_refresh(self._scroll_to_target)

    def _scroll_to_target(self) -> None:
        line = self.claim_line.get(self._target) if self._target is not None else None
        if line is None or not self.size.height:
            return
        top, bottom = self.scroll_offset.y, self.scroll_offset.y + self.size.height
        if not top + 1 <= line < bottom - 1:
            self.scroll_to(y=max(0, line - self.size.height // 3), animate=False)

    def on_click(self, event: Any) -> None:
        claim = event.style.meta.get("claim") if event.style else None
        if claim is not None:
            event.stop()
            self.post_message(self.ClaimClicked(int(claim)))


def _claim_of(style: Any) -> int | None:
    if isinstance(style, Style):
        return style.meta.get("claim") if style.meta else None
    return None
