"""``factcheck review``: samples ingested into an empty store, then the app opened on it."""

from __future__ import annotations

import os
from pathlib import Path

from sqlmodel import Session, func, select
from tui_support import ROOT, articles_engine

from factcheck.cli import main
from factcheck.cli.cmd_review import samples_folder
from factcheck.db import open_engine
from factcheck.models import Document
from factcheck.store.queries import count_claims
from factcheck.tui.app import ReviewApp


def documents(db: Path) -> int:
    engine = open_engine(db)
    with Session(engine) as session:
        return session.exec(select(func.count()).select_from(Document)).one()


def fake_terminal(monkeypatch) -> list[ReviewApp]:
    """Pretend stdout is a terminal and record the app instead of running it."""
    opened: list[ReviewApp] = []
    monkeypatch.setattr(os, "isatty", lambda fd: True)
    monkeypatch.setattr(ReviewApp, "run", lambda self, *a, **k: opened.append(self))
    return opened


def test_empty_store_gets_the_samples_then_the_app_opens(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)  # no seeds/ here: the repository's are used
    opened = fake_terminal(monkeypatch)
    db = tmp_path / "new.db"
    assert main(["review", "--db", str(db), "--reviewer", "ana"]) == 0
    out = capsys.readouterr().out
    assert "is empty; ingesting the sample articles" in out and "5 articles" in out
    assert documents(db) == 5
    (app,) = opened
    with Session(app.engine) as session:
        assert app.claim_count == count_claims(session) > 0
    assert app.review.reviewer == "ana"


def test_a_store_with_articles_is_opened_as_it_is(tmp_path, monkeypatch, capsys):
    articles_engine(tmp_path, monkeypatch, {"one.txt": "Published: May 1, 2024\n\n"
                                            "Police said 12 people were injured.\n"})
    opened = fake_terminal(monkeypatch)
    assert main(["review", "--db", str(tmp_path / "claims.db")]) == 0
    assert "ingesting" not in capsys.readouterr().out
    assert documents(tmp_path / "claims.db") == 1
    assert len(opened) == 1


def test_review_refuses_to_run_without_a_terminal(tmp_path, capsys):
    db = tmp_path / "claims.db"
    assert main(["review", "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert "review needs a terminal" in err and err.count("\n") == 1
    assert not db.exists()  # nothing created


def test_review_reports_a_bad_database_in_one_line(tmp_path, monkeypatch, capsys):
    fake_terminal(monkeypatch)
    bad = tmp_path / "notes.db"
    bad.write_text("these are my notes, not a database\n")
    assert main(["review", "--db", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "not a database" in err and str(bad) in err and err.count("\n") == 1


def test_samples_folder_prefers_the_working_folder(tmp_path):
    (tmp_path / "seeds").mkdir()
    assert samples_folder(tmp_path) == tmp_path / "seeds"
    assert samples_folder(tmp_path / "elsewhere") == ROOT / "seeds"


def test_readme_documents_every_key():
    from factcheck.tui.keys import KEYS

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Reviewing", 1)[1]
    for key in KEYS:
        if key.display.isdigit():  # the screen keys share one row: `1`–`5`
            assert "`1`–`5`" in section
        else:
            assert f"`{key.display}`" in section, key.display
