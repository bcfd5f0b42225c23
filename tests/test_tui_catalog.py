"""The figures catalog behind the review screens: answers match the figures service, verdicts
are read again without regrouping, a catalog in a child process answers the same as one
in a thread (errors included), and the child steps back while the reviewer waits."""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import subprocess
import sys
import threading
import time
from datetime import date
from pathlib import Path

import pytest
from figures_support import STORY
from sqlmodel import Session
from store_support import write_articles

from factcheck.db import StoreError, open_engine, write_session
from factcheck.figures import child_priority
from factcheck.figures.catalog import FigureCatalog
from factcheck.figures.catalog_process import (
    CatalogError,
    ProcessCatalog,
    ThreadCatalog,
    exit_with_parent,
)
from factcheck.figures.service import (
    analyse_store,
    list_discrepancies,
    list_figures,
    resolve_discrepancy,
)
from factcheck.ingest import ingest_paths
from factcheck.view_export import ExportError


@pytest.fixture
def engine(tmp_path):
    write_articles(tmp_path / "articles", STORY)
    engine = open_engine(tmp_path / "figures.db")
    assert ingest_paths(engine, [tmp_path / "articles"]).ok
    yield engine
    engine.dispose()


def url(engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def test_pages_hold_what_the_service_lists(engine):
    with Session(engine) as session:
        figures = list_figures(session)
        discrepancies = list_discrepancies(session)
    catalog = FigureCatalog.build(engine)
    page = catalog.figures_page("", "claims", True, 0, 100)
    assert page.total == len(figures) and set(page.rows) == set(figures)
    assert [r.claims for r in page.rows] == sorted((f.claims for f in figures), reverse=True)
    page = catalog.discrepancies_page("", "gap", True, 0, 2)
    assert page.total == len(discrepancies) == 4 and len(page.rows) == 2
    assert [r.gap for r in page.rows] == sorted((d.gap for d in discrepancies),
                                                reverse=True)[:2]
    found = catalog.discrepancies_page("revised", "status", False, 0, 100)
    assert {r.kind for r in found.rows} == {"revision"} and found.total == 2
    overview = catalog.overview()
    assert (overview.figures, overview.discrepancies, overview.open) == (7, 4, 4)
    assert overview.claims == sum(f.claims for f in figures)


def test_one_figure_its_claims_heading_and_timeline(engine):
    catalog = FigureCatalog.build(engine)
    with Session(engine) as session:
        analysis = analyse_store(session)
    [libya] = [f for f in analysis.figures.values() if f.label == "people killed in Libya"]
    head = catalog.figure(libya.id)
    assert head is not None and head.figure.id == libya.id
    assert (head.discrepancies, head.open) == (1, 1) and head.shown[0].kind == "outlier"
    assert head.conflicting == 4  # every claim of the outlier discrepancy
    assert {name for name, _, _ in head.series} == set(libya.timelines)
    for _name, days, values in head.series:
        assert days == sorted(days) and len(days) == len(values)
        assert all(isinstance(d, date) for d in days)
    by_date = catalog.figure_claims_page(libya.id, "date", False, 0, 100)
    assert sorted(by_date.ids) == sorted(c.id for c in libya.claims) and by_date.total == 4
    whens = {c.id: c.when for c in libya.claims}
    assert [whens[i] for i in by_date.ids] == sorted(whens.values())
    assert by_date.flagged == frozenset(by_date.ids)
    by_value = catalog.figure_claim_ids(libya.id, "value", True)
    values = {c.id: c.low for c in libya.claims}
    assert [values[i] for i in by_value] == sorted(values.values(), reverse=True)
    second = catalog.figure_claims_page(libya.id, "value", True, 2, 2)
    assert second.ids == by_value[2:4] and second.total == 4
    assert catalog.claim_position(libya.id, "value", True, by_value[3]) == 3
    assert catalog.claim_position(libya.id, "value", True, -1) is None
    assert catalog.figure_of(by_value[0]) == libya.id and catalog.figure_of(-1) is None
    assert catalog.figure("no-such-figure") is None
    assert catalog.figure_claims_page("no-such-figure", "date", False, 0, 10).total == 0


def test_the_discrepancy_to_resolve_is_the_selected_claims_open_one(engine):
    catalog = FigureCatalog.build(engine)
    with Session(engine) as session:
        [conflict] = list_discrepancies(session, kind="conflict")
        [revision] = list_discrepancies(session, kind="revision", figure_id="8f0f5a4c9424")
    assert catalog.claim_discrepancy(conflict.figure, conflict.claim_ids[0]) == conflict
    assert catalog.claim_discrepancy(conflict.figure, None) == conflict  # the figure's
    assert catalog.claim_discrepancy("a52c609f2461", None) is None  # agreeing sources
    found = catalog.discrepancy(revision.id)
    assert found is not None and found.key == revision.id and found.kind == "revision"
    assert catalog.discrepancy("nothing") is None


def test_a_verdict_is_read_again_without_regrouping(engine):
    catalog = FigureCatalog.build(engine)
    analysis = catalog.analysis
    [conflict] = catalog.discrepancies_page("conflict", "status", False, 0, 10).rows
    catalog.discrepancies_page("", "gap", True, 0, 10)  # an order made before the verdict
    with write_session(engine) as session:
        resolve_discrepancy(session, conflict.id, "explained", "two areas", "ana")
        session.commit()
    overview = catalog.refresh_reviews()
    assert catalog.analysis is analysis  # nothing regrouped
    assert overview.open == 3
    [after] = catalog.discrepancies_page("two areas", "status", False, 0, 10).rows
    assert (after.id, after.status, after.reviewer) == (conflict.id, "explained", "ana")
    statuses = [r.status for r in catalog.discrepancies_page("", "status", False, 0, 10).rows]
    assert statuses == ["open", "open", "open", "explained"]  # sorted again by status
    head = catalog.figure(conflict.figure)
    assert head is not None and (head.open, head.conflicting) == (0, 0)
    assert head.figure.open_discrepancies == 0 and head.figure.discrepancies == 1
    assert catalog.figure_claims_page(conflict.figure, "flag", True, 0, 10).flagged == set()
    assert catalog.refresh_reviews() == overview  # nothing new: the same


def test_export_writes_a_listing_and_names_a_bad_path(engine, tmp_path):
    catalog = FigureCatalog.build(engine)
    out, count = catalog.export("discrepancies", "revised", "gap", True,
                                str(tmp_path / "d.csv"))
    assert count == 2 and out.read_text(encoding="utf-8-sig").count("revision") >= 2
    with pytest.raises(ExportError, match="does not exist"):
        catalog.export("figures", "", "claims", True, str(tmp_path / "no" / "f.csv"))


@pytest.mark.parametrize("where", ["thread", "process", "process, prepared first"])
def test_a_catalog_elsewhere_answers_as_the_catalog_itself(engine, tmp_path, where):
    local = FigureCatalog.build(engine)
    client = ThreadCatalog(engine) if where == "thread" else ProcessCatalog(
        url(engine), prepared="prepared" in where)
    try:
        assert client.wait(timeout=60) == local.overview()
        for key in ("claims", "label", "open", "last"):
            assert client.figures_page("", key, True, 0, 100) == local.figures_page(
                "", key, True, 0, 100)
        assert client.discrepancies_page("gaza", "date", False, 0, 100) == (
            local.discrepancies_page("gaza", "date", False, 0, 100))
        figure_id = local.figures_page("", "claims", True, 0, 1).rows[0].id
        assert client.figure(figure_id) == local.figure(figure_id)
        assert client.figure_claims_page(figure_id, "source", False, 0, 3) == (
            local.figure_claims_page(figure_id, "source", False, 0, 3))
        claim_id = client.figure_claim_ids(figure_id, "id", False)[0]
        assert client.figure_of(claim_id) == figure_id
        with pytest.raises(ValueError, match="cannot sort by 'nothing'"):
            client.figures_page("", "nothing", False, 0, 10)
        with pytest.raises(ExportError, match="does not exist"):
            client.export("figures", "", "claims", True, str(tmp_path / "no" / "f.csv"))
    finally:
        client.close()
    with pytest.raises(CatalogError):
        client.overview()


def test_a_store_the_child_cannot_open_is_reported(tmp_path):
    bad = tmp_path / "notes.db"
    bad.write_text("not a database", encoding="utf-8")
    client = ProcessCatalog(f"sqlite:///{bad}")
    try:
        with pytest.raises(StoreError, match="not a database"):
            client.wait(timeout=60)
    finally:
        client.close()


def test_a_child_that_dies_fails_the_calls_instead_of_hanging(engine):
    client = ProcessCatalog(url(engine))
    try:
        client.wait(timeout=60)
        os.kill(client._process.pid, signal.SIGKILL)
        client._process.wait(timeout=10)
        with pytest.raises(CatalogError, match="stopped"):
            client.overview()
    finally:
        client.close()


def autogroups() -> bool:
    """Whether this Linux schedules each session as a group (autogroups on)."""
    switch = Path("/proc/sys/kernel/sched_autogroup_enabled")
    return sys.platform.startswith("linux") and switch.exists() and (
        switch.read_text().strip() == "1") and Path("/proc/self/autogroup").exists()


def eventually(check, seconds: float = 5.0) -> bool:
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


def test_a_child_steps_back_while_the_reviewer_waits_and_only_then(engine, monkeypatch):
    monkeypatch.setattr(child_priority, "LEVEL_AFTER", 0.05)
    ours = Path("/proc/self/autogroup")
    before = ours.read_text() if ours.exists() else None
    client = ProcessCatalog(url(engine))
    try:
        overview = client.wait(timeout=60)
        group = client.priority.path
        if not autogroups():  # nothing to set here: the threads' nice value does it
            assert group is None
            with child_priority.foreground():
                assert client.overview() == overview
            return
        # apart from ours, also when ours is the root group (an empty file, as under CI)
        assert group is not None
        assert child_priority.group_id(group.read_text()) != child_priority.group_id(before)
        assert group.read_text().endswith("nice 0\n")
        with child_priority.foreground():
            assert group.read_text().endswith(f"nice {child_priority.STEPPED_BACK}\n")
            with child_priority.foreground():
                pass
            time.sleep(0.2)  # the inner block's end does not level it
            assert group.read_text().endswith(f"nice {child_priority.STEPPED_BACK}\n")
            assert client.overview() == overview  # it still answers
            later = ProcessCatalog(url(engine))  # started meanwhile: steps back at once
            try:
                assert later.priority.path is not None
                assert later.priority.path.read_text().endswith(
                    f"nice {child_priority.STEPPED_BACK}\n")
            finally:
                later.close()
            assert ours.read_text() == before  # our own group is never touched
        assert eventually(lambda: group.read_text().endswith("nice 0\n"))
        assert ours.read_text() == before
    finally:
        client.close()
    assert client.priority.path is None and not client.priority.back  # never written again


@pytest.mark.parametrize(("ours", "theirs", "apart"), [
    ("/autogroup-7 nice 0\n", "/autogroup-9 nice 0\n", True),
    ("", "/autogroup-9 nice 0\n", True),  # we are in the root group (a CI runner)
    ("/autogroup-7 nice 0\n", "/autogroup-7 nice 0\n", False),  # setting it sets ours
    ("/autogroup-7 nice 0\n", "", False),  # the child is in the root group
])
def test_a_child_is_apart_unless_it_shares_our_group_or_has_none(tmp_path, ours, theirs,
                                                                   apart, monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    for name, text in (("self", ours), ("4242", theirs)):
        (tmp_path / name).mkdir()
        (tmp_path / name / "autogroup").write_text(text)
    found = child_priority.separate_autogroup(4242, proc=tmp_path)
    assert found == (tmp_path / "4242" / "autogroup" if apart else None)
    assert child_priority.separate_autogroup(4343, proc=tmp_path) is None  # no such process


class FakeGroup:
    """An ``autogroup`` file that refuses the first ``refuse`` writes with ``EAGAIN``, as
    Linux does for a second change within a tenth of a second."""

    def __init__(self, refuse: int = 0) -> None:
        self.written: list[str] = []
        self.refuse = refuse

    def write_text(self, text: str) -> None:
        if text == "0" and self.refuse:
            self.refuse -= 1
            raise OSError(errno.EAGAIN, "try again")
        self.written.append(text)


def test_a_level_refused_for_now_is_written_later_and_blocks_overlap(monkeypatch):
    monkeypatch.setattr(child_priority, "LEVEL_AFTER", 0.02)
    monkeypatch.setattr(child_priority, "RETRY_AFTER", 0.02)
    child = child_priority.register(os.getpid())
    assert child.path is None  # our own group: never set
    group = FakeGroup(refuse=2)
    child.path = group  # type: ignore[assignment]
    inside, leave = threading.Event(), threading.Event()

    def waiting_elsewhere() -> None:
        with child_priority.foreground():
            inside.set()
            leave.wait(5)

    other = threading.Thread(target=waiting_elsewhere)
    with child_priority.foreground():
        assert group.written == ["19"]
        other.start()
        assert inside.wait(5)
    time.sleep(0.1)  # one block still runs: stepped back still, written once
    assert group.written == ["19"] and child.back
    leave.set()
    other.join(5)
    assert eventually(lambda: group.written == ["19", "0"]), group.written
    assert group.refuse == 0 and not child.back


def test_the_figures_child_ends_when_its_parent_is_gone() -> None:
    """A terminal closed while the catalog builds must not leave the child building."""
    child_code = ("import os; parent = os.getppid(); print('ready', flush=True); "
                  "from factcheck.figures.catalog_process import exit_with_parent; "
                  "exit_with_parent(parent, every=0.05)")
    parent = subprocess.Popen(
        [sys.executable, "-c",
         "import subprocess, sys, time\n"
         f"child = subprocess.Popen([sys.executable, '-c', {child_code!r}],\n"
         "                         stdout=subprocess.PIPE, text=True)\n"
         "child.stdout.readline()\n"
         "print(child.pid, flush=True)\n"
         "time.sleep(60)\n"],
        stdout=subprocess.PIPE, text=True)
    assert parent.stdout is not None
    child_pid = int(parent.stdout.readline())
    time.sleep(0.5)
    os.kill(child_pid, 0)  # alive while its parent lives
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 5
    while _alive(child_pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    if _alive(child_pid):
        state = Path(f"/proc/{child_pid}/stat").read_text()
        os.kill(child_pid, signal.SIGKILL)
        raise AssertionError(f"the child outlived its parent: {state}")


def _alive(pid: int) -> bool:
    """Whether a process runs (an exited one waiting to be reaped by init does not)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    with contextlib.suppress(OSError):
        return stat.read_text().rsplit(")", 1)[1].split()[0] != "Z"
    return True


def test_exit_with_parent_waits_for_the_parent_to_change() -> None:
    ids = iter([100, 100, 100, 1])
    exits: list[int] = []
    exit_with_parent(getppid=lambda: next(ids), exit_now=exits.append, every=0)
    assert exits == [0]
    exits.clear()
    exit_with_parent(100, getppid=lambda: 1, exit_now=exits.append, every=0)
    assert exits == [0]
