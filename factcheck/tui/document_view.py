"""The Document screen: an article with every figure highlighted, stepping from claim to claim."""

from __future__ import annotations

from typing import Any

from rich.console import Group
from rich.text import Text
from sqlmodel import Session
from textual import work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Static
from textual.worker import get_current_worker

from factcheck.review_queries import DocumentClaims, document_claims
from factcheck.tui import safe_text as st
from factcheck.tui.claim_detail import claim_lines
from factcheck.tui.document_text import DocumentText

#: How an article's publication date was found, in words.
DATE_FOUND = {"text": "stated in the article", "user": "given at ingest",
              "inferred": "inferred: the latest date in the text"}


def document_heading(doc: Any, claims: int) -> Text:
    """Path, title, outlet, publication date (and how it was found), number of claims."""
    found = DATE_FOUND.get(doc.published_source, doc.published_source)
    published = (f"published {doc.published.isoformat()} ({found})"
                 if doc.published else "publication date unknown")
    return st.joined(st.literal(doc.path, style="bold"), st.literal(doc.title),
                     st.literal(doc.outlet), Text(published), Text(f"{claims} claims"))


class DocumentView(Vertical):
    """Shows one document (``show_claim``) and keeps a current claim in it."""

    class Moved(Message):
        """The current claim changed (``claim`` is its row, or ``None``)."""

        def __init__(self, view: DocumentView, claim: dict[str, Any] | None) -> None:
            super().__init__()
            self.view = view
            self.claim = claim

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.doc: DocumentClaims | None = None
        self.current: int | None = None  # index into content.claims
        self.generation = 0

    def compose(self) -> ComposeResult:
        yield Static(Text("Choose a claim (Compare or Claims screen) and press enter to read "
                          "its article here.", style="dim italic"), classes="document-head")
        yield DocumentText(classes="document-text")
        yield Static(classes="document-claim")

    def show_claim(self, document_id: int | None, claim_id: int | None) -> None:
        """Load a document (``None``: the current one, again) and put a claim first."""
        if document_id is None:
            if self.doc is None:
                return
            document_id = self.doc.document.id
            if claim_id is None and self.current_claim() is not None:
                claim_id = self.current_claim()["id"]
        self.generation += 1
        self._load(self.generation, document_id, claim_id)

    @work(thread=True, exclusive=True, group="document", description="document_view.load")
    def _load(self, generation: int, document_id: int, claim_id: int | None) -> None:
        with Session(self.app.engine) as session:
            content = document_claims(session, document_id)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show, generation, content, claim_id)

    def _show(self, generation: int, content: DocumentClaims | None,
              claim_id: int | None) -> None:
        if generation != self.generation or content is None:
            return
        same_document = (self.doc is not None
                         and self.doc.document.id == content.document.id)
        self.doc = content
        ids = [c["id"] for c in content.claims]
        self.current = ids.index(claim_id) if claim_id in ids else (0 if ids else None)
        self.query_one(".document-head", Static).update(
            document_heading(content.document, len(ids)))
        self._draw(scroll=not same_document or claim_id is not None)

    def _draw(self, scroll: bool = True) -> None:
        assert self.doc is not None
        claim = self.current_claim()
        text = self.query_one(DocumentText)
        text.show(self.doc.document.text, self.doc.claims,
                  claim["id"] if claim else None)
        info = self.query_one(".document-claim", Static)
        if claim is None:
            info.update(Text("No figures were found in this article.", style="dim italic"))
        else:
            position = Text(f"figure {self.current + 1} of {len(self.doc.claims)} in this "
                            "article ([ and ] move, or click one) · ", style="dim")
            for status in ("unreviewed", "confirmed", "disputed", "rejected"):
                position.append(f" {status} ", style=st.SPAN_STYLES[status])
                position.append(" ")
            info.update(Group(position, *claim_lines(claim)[1:]))
            if scroll:
                text.scroll_to_claim(claim["id"])
        self.post_message(self.Moved(self, claim))

    def current_claim(self) -> dict[str, Any] | None:
        """The current claim's row."""
        if self.doc is None or self.current is None:
            return None
        return self.doc.claims[self.current]

    def step(self, direction: int) -> None:
        """Move to the next (+1) or previous (-1) claim."""
        if self.doc is None or self.current is None:
            return
        self.current = max(0, min(len(self.doc.claims) - 1, self.current + direction))
        self._draw()

    def edge(self, direction: int) -> None:
        """Move to the first (-1) or last (+1) claim."""
        if self.doc is None or self.current is None:
            return
        self.current = 0 if direction < 0 else len(self.doc.claims) - 1
        self._draw()

    def on_document_text_claim_clicked(self, event: DocumentText.ClaimClicked) -> None:
        if self.doc is None:
            return
        ids = [c["id"] for c in self.doc.claims]
        if event.claim_id in ids:
            self.current = ids.index(event.claim_id)
            self._draw(scroll=False)
