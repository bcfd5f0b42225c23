"""A figure catalog built and asked away from the caller: in a child process, or a thread.

Grouping a million claims is seconds of pure Python. In a thread it holds the
interpreter lock, and every other thread of the program (a review screen, its
database pages) waits its turn; in a child process it runs on another core
and the caller stays quick. :func:`open_catalog` starts a
:class:`ProcessCatalog` for large stores (a fresh Python that opens the store
itself by URL, builds the :class:`~factcheck.figures.catalog.FigureCatalog`
and then answers questions over its standard input and output, several at a
time; answers are small, so reading them costs the caller next to nothing)
and a :class:`ThreadCatalog` for small stores and in-memory databases. Both
answer the same calls; each call blocks until its answer arrives, so call
them from worker threads. Errors raised by the catalog are raised again in the
caller (``StoreError``, ``ExportError``...). A child steps back for the processor
while the reviewer waits for other work (``child_priority.foreground``).
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import itertools
import os
import pickle
import signal
import subprocess
import sys
import threading
import time
import weakref
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import Engine

from factcheck.db import open_engine, store_error
from factcheck.figures import child_priority
from factcheck.figures.catalog import (
    ClaimIdsPage,
    FigureCatalog,
    FigureHead,
    Overview,
    RowsPage,
)
from factcheck.figures.service import DiscrepancyRow
from factcheck.figures.types import Discrepancy

#: Stores with more claims than this get their catalog in a child process.
PROCESS_AT = 50_000
#: How much lower the priority of the child's building threads is (``nice``): on a busy
#: machine the reviewer's screen gets the processor first.
NICENESS = 10
#: Threads of the child answering questions (a slow one never blocks the others).
ANSWERING_THREADS = 4


class CatalogError(RuntimeError):
    """The catalog process stopped or failed; ``str()`` is one line."""


class CatalogClient:
    """The calls of a figure catalog (see ``FigureCatalog``); ``ready`` resolves with its
    ``Overview`` once built (or with the error that stopped it)."""

    ready: Future[Overview]

    def call(self, name: str, *args: Any) -> Any:
        """Ask the catalog ``name(*args)`` and wait for the answer."""
        raise NotImplementedError

    def close(self) -> None:
        """Stop answering (and free the memory)."""

    def wait(self, timeout: float | None = None) -> Overview:
        """Block until the catalog is built; its overview."""
        return self.ready.result(timeout)

    # Typed shortcuts for every call.

    def overview(self) -> Overview:
        return self.call("overview")

    def fingerprint(self) -> tuple[Any, ...]:
        return self.call("fingerprint")

    def refresh_reviews(self) -> Overview:
        return self.call("refresh_reviews")

    def figures_page(self, needle: str, key: str, descending: bool, offset: int,
                     limit: int) -> RowsPage:
        return self.call("figures_page", needle, key, descending, offset, limit)

    def discrepancies_page(self, needle: str, key: str, descending: bool, offset: int,
                           limit: int) -> RowsPage:
        return self.call("discrepancies_page", needle, key, descending, offset, limit)

    def export(self, what: str, needle: str, key: str, descending: bool,
               path: str) -> tuple[Path, int]:
        return self.call("export", what, needle, key, descending, path)

    def figure(self, figure_id: str) -> FigureHead | None:
        return self.call("figure", figure_id)

    def figure_claims_page(self, figure_id: str, key: str, descending: bool, offset: int,
                           limit: int) -> ClaimIdsPage:
        return self.call("figure_claims_page", figure_id, key, descending, offset, limit)

    def figure_claim_ids(self, figure_id: str, key: str, descending: bool) -> list[int]:
        return self.call("figure_claim_ids", figure_id, key, descending)

    def claim_position(self, figure_id: str, key: str, descending: bool,
                       claim_id: int) -> int | None:
        return self.call("claim_position", figure_id, key, descending, claim_id)

    def prepare_figure(self, figure_id: str) -> None:
        self.call("prepare_figure", figure_id)

    def figure_of(self, claim_id: int) -> str | None:
        return self.call("figure_of", claim_id)

    def claim_discrepancy(self, figure_id: str, claim_id: int | None) -> DiscrepancyRow | None:
        return self.call("claim_discrepancy", figure_id, claim_id)

    def discrepancy(self, key: str) -> Discrepancy | None:
        return self.call("discrepancy", key)


def open_catalog(engine: Engine, claims: int, prepared: bool = False) -> CatalogClient:
    """Start building the catalog of ``engine`` (``claims``: how many the store holds).

    ``prepared``: be ready only once every sort order and search text is made
    (when another catalog answers meanwhile); otherwise they are made after.
    """
    database = engine.url.database
    in_memory = engine.url.get_backend_name() == "sqlite" and database in (None, "", ":memory:")
    if claims > PROCESS_AT and not in_memory:
        return ProcessCatalog(engine.url.render_as_string(hide_password=False), prepared)
    return ThreadCatalog(engine)


class ThreadCatalog(CatalogClient):
    """A catalog built in a daemon thread of this process and asked directly."""

    def __init__(self, engine: Engine) -> None:
        self.ready = Future()
        self._catalog: FigureCatalog | None = None
        threading.Thread(target=self._build, args=(engine,), name="factcheck-catalog",
                         daemon=True).start()

    def _build(self, engine: Engine) -> None:
        try:
            self._catalog = FigureCatalog.build(engine)
            self.ready.set_result(self._catalog.overview())
        except Exception as exc:  # handed to whoever waits for the catalog
            self.ready.set_exception(_portable(exc))

    def call(self, name: str, *args: Any) -> Any:
        self.ready.result()
        catalog = self._catalog
        if catalog is None:
            raise CatalogError("the figures catalog was closed")
        return getattr(catalog, name)(*args)

    def close(self) -> None:
        self._catalog = None


class ProcessCatalog(CatalogClient):
    """A catalog in a child process (see the module docstring).

    The child is ``python -m factcheck.figures.catalog_process`` (a fresh
    interpreter: nothing of the caller is imported again); it reads the store's
    URL, then questions, on its standard input and writes answers on its
    standard output, each message a length-prefixed pickle. ``prepared``: see
    :func:`open_catalog`.
    """

    def __init__(self, url: str, prepared: bool = False) -> None:
        self._ids = itertools.count(1)
        self._waiting: dict[int, Future[Any]] = {}
        self._send_lock = threading.Lock()
        self._closed = False
        self.ready = Future()
        self._waiting[0] = self.ready
        env = dict(os.environ)  # the child imports factcheck from where this one did
        package_root = str(Path(__file__).resolve().parents[2])
        env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH"))
                                            if p)
        self._process = subprocess.Popen(
            [sys.executable, "-m", "factcheck.figures.catalog_process"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            env=env, start_new_session=True)
        assert self._process.stdin is not None and self._process.stdout is not None
        self._to_child: BinaryIO = self._process.stdin
        self._from_child: BinaryIO = self._process.stdout
        self.priority = child_priority.register(self._process.pid)
        _LIVE.add(self)
        self._send(pickle.dumps((url, prepared)))
        threading.Thread(target=self._read, name="factcheck-catalog-reader",
                         daemon=True).start()

    def _send(self, blob: bytes) -> None:
        with self._send_lock:
            write_message(self._to_child, blob)

    def call(self, name: str, *args: Any) -> Any:
        self.ready.result()
        answer: Future[Any] = Future()
        request = next(self._ids)
        self._waiting[request] = answer
        try:
            self._send(pickle.dumps((request, name, args), pickle.HIGHEST_PROTOCOL))
        except (OSError, ValueError):
            self._waiting.pop(request, None)
            raise CatalogError("the figures process has stopped") from None
        return answer.result()

    def _read(self) -> None:
        while (message := read_message(self._from_child)) is not None:
            request, ok, blob = pickle.loads(message)
            waiting = self._waiting.pop(request, None)
            if waiting is None:
                continue
            try:
                value = pickle.loads(blob)
            except Exception as exc:  # an answer this process cannot read
                waiting.set_exception(CatalogError(f"unreadable answer: {exc}"))
                continue
            if ok:
                waiting.set_result(value)
            else:
                waiting.set_exception(value)
        self.priority.forget()  # its process id may name another process from now on
        message = "the figures process was stopped" if self._closed else (
            "the figures process stopped unexpectedly")
        for waiting in list(self._waiting.values()):
            if not waiting.done():
                waiting.set_exception(CatalogError(message))
        self._waiting.clear()

    def close(self) -> None:
        """Stop the child (it only reads the store: nothing is lost)."""
        self._closed = True
        self.priority.forget()
        _LIVE.discard(self)
        with contextlib.suppress(OSError):
            self._process.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self._process.wait(timeout=5)
        for stream in (self._to_child, self._from_child):
            with contextlib.suppress(OSError, ValueError):
                stream.close()


#: Children still running; stopped when this program exits, however it exits normally.
_LIVE: weakref.WeakSet[ProcessCatalog] = weakref.WeakSet()


@atexit.register
def _stop_children() -> None:
    for catalog in list(_LIVE):
        catalog.close()


def write_message(stream: BinaryIO, blob: bytes) -> None:
    """Write one message: its length (8 bytes, little-endian), then its bytes."""
    stream.write(len(blob).to_bytes(8, "little") + blob)
    stream.flush()


def read_message(stream: BinaryIO) -> bytes | None:
    """Read one message (``None`` at the end of the stream)."""
    try:
        head = stream.read(8)
        if len(head) < 8:
            return None
        size = int.from_bytes(head, "little")
        blob = stream.read(size)
    except (OSError, ValueError):
        return None
    return blob if len(blob) == size else None


# --- in the child process -----------------------------------------------------------------


def serve() -> None:
    """The child's main: build the catalog, then answer until its input ends.

    Building and preparing run in threads of lower priority (on Linux, where a
    thread has a priority of its own); the answers come from threads of normal
    priority, so a busy machine delays them least.
    """
    requests, answers = _private_streams()
    with contextlib.suppress(ValueError, OSError, AttributeError):
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # the reviewer's ctrl+c is not for us
    threading.Thread(target=exit_with_parent, args=(os.getppid(),), name="parent-watch",
                     daemon=True).start()
    send_lock = threading.Lock()

    def send(request: int, ok: bool, value: Any) -> None:
        try:
            blob = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
        except Exception as exc:  # an answer that cannot be pickled
            ok, blob = False, pickle.dumps(CatalogError(f"cannot send the answer: {exc}"))
        try:
            with send_lock:
                write_message(answers, pickle.dumps((request, ok, blob)))
        except (OSError, ValueError):
            os._exit(0)  # the parent is gone

    first = read_message(requests)
    if first is None:
        return
    built: list[FigureCatalog] = []
    url, prepared = pickle.loads(first)

    def build() -> None:
        _step_back()
        try:
            catalog = FigureCatalog.build(open_engine(url, create=False))
            if prepared:
                catalog.prepare()
            built.append(catalog)
        except Exception as exc:
            send(0, False, _portable(exc))

    builder = threading.Thread(target=build, name="build")
    builder.start()
    builder.join()
    if not built:
        return
    catalog = built[0]
    gc.freeze()  # a million claims, never garbage: no collector pass walks them again
    sys.setswitchinterval(0.001)  # answers go first while the catalog prepares
    send(0, True, catalog.overview())

    def prepare() -> None:
        _step_back()
        catalog.prepare()

    if not prepared:
        threading.Thread(target=prepare, name="prepare", daemon=True).start()
    answer = _answerer(catalog, send)
    with ThreadPoolExecutor(ANSWERING_THREADS) as pool:
        while (message := read_message(requests)) is not None:
            request, name, args = pickle.loads(message)
            pool.submit(answer, request, name, args)
    os._exit(0)


def exit_with_parent(parent: int | None = None, getppid: Callable[[], int] = os.getppid,
                     exit_now: Callable[[int], None] = os._exit,
                     every: float = 1.0) -> None:
    """End this process as soon as its parent (``parent``, by default the present one) is
    gone (a terminal closed or killed while the catalog builds), instead of building for
    nobody: the parent id changes when it dies."""
    parent = getppid() if parent is None else parent
    while True:
        time.sleep(every)
        if getppid() != parent:
            exit_now(0)
            return


def _answerer(catalog: FigureCatalog, send: Callable[[int, bool, Any], None],
              ) -> Callable[[int, str, tuple[Any, ...]], None]:
    def answer(request: int, name: str, args: tuple[Any, ...]) -> None:
        if name.startswith("_") or not hasattr(catalog, name):
            send(request, False, CatalogError(f"the figures process cannot {name}"))
            return
        try:
            value = getattr(catalog, name)(*args)
        except Exception as exc:
            send(request, False, _portable(exc))
            return
        send(request, True, value)

    return answer


def _private_streams() -> tuple[BinaryIO, BinaryIO]:
    """The channel to the parent (standard input and output), kept for the catalog alone:
    descriptors 0 and 1 are pointed at the null device, so nothing printed can corrupt it."""
    requests = os.fdopen(os.dup(0), "rb")
    answers = os.fdopen(os.dup(1), "wb")
    devnull = os.open(os.devnull, os.O_RDWR)
    os.dup2(devnull, 0)
    os.dup2(devnull, 1)
    return requests, answers


def _step_back() -> None:
    """Put the calling thread behind the reviewer's screen for the processor: on Linux only
    this thread (threads have priorities of their own there); elsewhere, nothing."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), NICENESS)


def _portable(exc: BaseException) -> Exception:
    """An error that crosses a process boundary as itself when it can, and reads as one
    line (database errors become ``StoreError``)."""
    from sqlalchemy.exc import SQLAlchemyError

    if isinstance(exc, SQLAlchemyError):
        return store_error(exc)
    try:
        if isinstance(exc, Exception) and type(pickle.loads(pickle.dumps(exc))) is type(exc):
            return exc
    except Exception:  # it does not pickle: described instead
        pass
    return CatalogError(f"{type(exc).__name__}: {exc}")


if __name__ == "__main__":
    serve()
