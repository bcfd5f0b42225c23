"""Keep helper processes off the processor while the reviewer waits: :func:`foreground`.

The figures catalog of a large store is built in a child process
(:mod:`factcheck.figures.catalog_process`), whose building threads have a
lower priority (``nice``). On Linux with autogroup scheduling (the default of
most distributions) that is not enough: each session is scheduled as one
group, the child starts a session of its own (the terminal's ctrl+c is not
for it), and against the caller's group it takes an equal share of the
processor whatever the nice value of its threads, which only orders them
within the child. On two busy cores a page of claims then waits for the build.

So a child is registered here (:func:`register`), and while any
:func:`foreground` block runs (the reviewer is waiting for a page) every
registered child's group is set to the lowest priority (``STEPPED_BACK``),
written to ``/proc/PID/autogroup``; ``LEVEL_AFTER`` seconds after the last
block ends it is level again, so a build goes on at full speed whenever the
reviewer is not waiting, and a reviewer paging quickly does not rewrite it for
every page. Linux allows a process without privileges to raise its groups' nice
value or bring it back to 0, at most ten times a second (``EAGAIN``
otherwise): a level that could not be written is tried again shortly. Where
there are no autogroups (or the child shares the caller's group, or another
system) the threads' nice value does this already and nothing is written.
"""

from __future__ import annotations

import contextlib
import errno
import re
import sys
import threading
import weakref
from collections.abc import Iterator
from pathlib import Path

#: The nice value of a child's scheduling group while the reviewer waits.
STEPPED_BACK = 19
#: Seconds after the last ``foreground`` block before the children are level again.
LEVEL_AFTER = 0.2
#: Seconds before a level Linux refused for now (``EAGAIN``) is tried again.
RETRY_AFTER = 0.11


class ChildPriority:
    """The scheduling group of one child process, when it is one apart from the caller's
    (``path``: its ``autogroup`` file, else ``None``: nothing to set)."""

    def __init__(self, pid: int) -> None:
        self.path = separate_autogroup(pid)
        self.back = False  # what was last written

    def step_back(self, back: bool) -> bool:
        """Set the group to the lowest priority (``back``) or level again; false when Linux
        asks to try again later (``EAGAIN``)."""
        if self.path is None or self.back == back:
            return True
        try:
            self.path.write_text(str(STEPPED_BACK if back else 0))
        except OSError as exc:
            if exc.errno == errno.EAGAIN:
                return False
            self.path = None  # the child is gone, or this system does not allow it
            return True
        self.back = back
        return True

    def forget(self) -> None:
        """The child has ended: never write to its process id again."""
        self.path = None
        self.back = False


_LOCK = threading.Lock()
_children: weakref.WeakSet[ChildPriority] = weakref.WeakSet()
_waiting = 0  # foreground blocks running
_timer: threading.Timer | None = None


def register(pid: int) -> ChildPriority:
    """Have child ``pid`` step back during ``foreground`` blocks (at once if one runs); keep
    the returned object as long as the child lives."""
    child = ChildPriority(pid)
    with _LOCK:
        _children.add(child)
        if _waiting:
            child.step_back(True)
    return child


@contextlib.contextmanager
def foreground() -> Iterator[None]:
    """Run work the reviewer waits for with every registered child stepped back (see the
    module docstring). Thread-safe; blocks may nest and overlap."""
    global _waiting, _timer
    with _LOCK:
        _waiting += 1
        if _timer is not None:
            _timer.cancel()
            _timer = None
        for child in list(_children):
            child.step_back(True)
    try:
        yield
    finally:
        with _LOCK:
            _waiting -= 1
            if _waiting == 0 and any(child.back for child in list(_children)):
                _level_later(LEVEL_AFTER)


def _level_later(seconds: float) -> None:
    """(Under the lock.) Level the children in ``seconds`` unless a block starts first."""
    global _timer
    if _timer is not None:
        _timer.cancel()
    _timer = threading.Timer(seconds, _level)
    _timer.daemon = True
    _timer.start()


def _level() -> None:
    global _timer
    with _LOCK:
        if threading.current_thread() is not _timer or _waiting:
            return  # cancelled meanwhile, or the reviewer waits again
        _timer = None
        done = [child.step_back(False) for child in list(_children)]
        if not all(done):
            _level_later(RETRY_AFTER)


def separate_autogroup(pid: int, proc: Path = Path("/proc")) -> Path | None:
    """The ``autogroup`` file of process ``pid`` when it is scheduled in a group apart from
    this process's (Linux with autogroups); else ``None``: setting it would set this
    process's own priority too. A process that never started a session of its own (a
    service started by the system's first process, as CI runners are) is in the root group,
    whose file is empty: a child with a group of its own is apart from it too."""
    if not sys.platform.startswith("linux"):
        return None
    path = proc / str(pid) / "autogroup"
    try:
        theirs = group_id(path.read_text())
        ours = group_id((proc / "self" / "autogroup").read_text())
    except OSError:
        return None
    return path if theirs is not None and theirs != ours else None


def group_id(text: str) -> str | None:
    """The group's number in the text of an ``autogroup`` file; ``None`` for the root group
    (an empty file)."""
    found = re.match(r"/autogroup-(\d+)\b", text)
    return found.group(1) if found else None
