"""Extraction for ingest: the extractor run here or in worker processes, in input order.

Worker processes get batches of ``(text, published)`` and send back ``Extracted``
records (the document info and the claims as ready-to-insert rows of plain
values), so the process that writes only binds them. An extractor crash becomes
a one-line problem for that document and never stops the run.
"""

from __future__ import annotations

import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from factcheck.extract import DocumentInfo, Extraction

Extractor = Callable[..., Extraction]  # extractor(text, published=None)
Task = tuple[str, date | None]  # (text, published) of one document
Item = TypeVar("Item")

#: Text per worker task: enough to make pickling and queueing overheads small,
#: little enough that workers keep busy while the writer stores.
BATCH_CHARS = 64_000
BATCH_DOCS = 32
#: Batches in flight per worker process.
WINDOW_PER_JOB = 3


@dataclass(slots=True)
class Extracted:
    """One document's extraction: what it says of itself, and its claims as insert rows."""

    document: DocumentInfo
    rows: list[dict[str, Any]]


def claim_rows(document_id: int | None, claims: Sequence[Any]) -> list[dict[str, Any]]:
    """Insert parameters for extracted claims: machine output and its effective copy."""
    return [{
        "document_id": document_id, "start": c.start, "end": c.end, "text": c.text,
        "value": c.value, "value_high": c.value_high, "low": c.low, "high": c.high,
        "qualifier": c.qualifier, "category": c.category, "subject": c.subject,
        "location": c.location, "attribution": c.attribution, "claim_date": c.date,
        "sentence": c.sentence, "sentence_start": c.sentence_start,
        "status": "unreviewed", "eff_value": c.value, "eff_value_high": c.value_high,
        "eff_low": c.low, "eff_high": c.high, "eff_qualifier": c.qualifier,
        "eff_category": c.category, "eff_subject": c.subject, "eff_location": c.location,
        "eff_attribution": c.attribution, "eff_date": c.date,
    } for c in claims]


def extract_rows(extractor: Extractor, text: str, published: date | None) -> Extracted | str:
    """Extract one document; a crash becomes ``"extractor failed (...)"``."""
    try:
        result = extractor(text, published=published)
        return Extracted(result.document, claim_rows(None, result.claims))
    except Exception as exc:  # the extractor must never stop an ingest
        return f"extractor failed ({type(exc).__name__}: {exc})"


def extract_batch(extractor: Extractor, batch: list[Task]) -> list[Extracted | str]:
    """A worker task: several documents, one round trip."""
    return [extract_rows(extractor, text, published) for text, published in batch]


def start_pool(jobs: int) -> ProcessPoolExecutor | None:
    """Worker processes for ``jobs > 1`` (``None``: extract in this process)."""
    if jobs <= 1:
        return None
    return ProcessPoolExecutor(max_workers=jobs, initializer=_ignore_interrupts)


def extracted(
    items: Iterable[Item], task: Callable[[Item], Task | None], extractor: Extractor,
    pool: ProcessPoolExecutor | None = None, jobs: int = 1,
) -> Iterator[tuple[Item, Extracted | str | None]]:
    """Pair each item with its extraction, in input order (``None`` when ``task`` gives none).

    Without a pool the extractor runs here, one item at a time. With one (of
    ``jobs`` workers), items go to the workers in batches while earlier results
    are handed back, so extraction overlaps with what the caller does with them.
    """
    if pool is None:
        for item in items:
            todo = task(item)
            yield item, None if todo is None else extract_rows(extractor, *todo)
        return
    window: deque[_Batch] = deque()
    batch = _Batch()
    try:
        for item in items:
            batch.add(item, task(item))
            if batch.chars >= BATCH_CHARS or len(batch.items) >= BATCH_DOCS:
                window.append(batch.submit(pool, extractor))
                batch = _Batch()
                while len(window) > jobs * WINDOW_PER_JOB:
                    yield from window.popleft().results()
        if batch.items:
            window.append(batch.submit(pool, extractor))
        while window:
            yield from window.popleft().results()
    finally:  # stopped early: drop the batches not started
        for pending in window:
            if pending.future is not None:
                pending.future.cancel()


class _Batch:
    """Items sent to a worker together; those without a task pass straight through."""

    __slots__ = ("chars", "future", "items", "tasks")

    def __init__(self) -> None:
        self.items: list[Any] = []
        self.tasks: list[Task | None] = []
        self.chars = 0
        self.future: Future[list[Extracted | str]] | None = None

    def add(self, item: Any, task: Task | None) -> None:
        self.items.append(item)
        self.tasks.append(task)
        self.chars += len(task[0]) if task else 0

    def submit(self, pool: ProcessPoolExecutor, extractor: Extractor) -> _Batch:
        tasks = [t for t in self.tasks if t is not None]
        if tasks:
            self.future = pool.submit(extract_batch, extractor, tasks)
        return self

    def results(self) -> Iterator[tuple[Any, Extracted | str | None]]:
        done = iter(self.future.result() if self.future is not None else ())
        for item, task in zip(self.items, self.tasks, strict=True):
            yield item, None if task is None else next(done)


def _ignore_interrupts() -> None:
    """Workers leave Ctrl-C to the main process, which stops them cleanly."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
