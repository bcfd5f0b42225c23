"""The development set is well formed, the scorer is right, and the extractor scores on it.

``tests/devset/passages.jsonl`` holds short, hand-annotated news passages in the
gold format (see ``tests/devset/README.md``). The score thresholds are the
floor the extractor must keep; raise them as it improves, never lower them to
hide a regression.
"""

from __future__ import annotations

import importlib.util
import itertools
from collections import Counter
from datetime import date
from types import SimpleNamespace
from typing import Any

import pytest
from devset_build import parse_span
from devset_scoring import DEVSET, load_passages, same_attribution, score

from factcheck.extract import CATEGORIES, QUALIFIERS

MIN_FULL_F1 = 0.95
MIN_ATTRIBUTION_ACC = 0.95
MIN_DATE_ACC = 0.90

PASSAGES = load_passages()
CLAIMS = [(p, c) for p in PASSAGES for c in p["claims"]]
PASSAGE_KEYS = {"id", "file", "published", "text", "claims"}
REQUIRED_CLAIM_KEYS = {"span", "start", "end", "value", "qualifier", "category", "subject",
                       "attribution", "optional"}
OPTIONAL_CLAIM_KEYS = {"value_high", "category_alt", "attribution_alt"}
VAGUE_WORDS = {"dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000,
               "tens of thousands": 10000, "hundreds of thousands": 100000,
               "millions": 1000000}


def _ids(pairs: list[tuple[dict, dict]]) -> list[str]:
    return [f"{p['id']}:{c['span']}" for p, c in pairs]


# --- the data is well formed ---------------------------------------------------------------

def test_jsonl_is_up_to_date_with_its_source() -> None:
    spec = importlib.util.spec_from_file_location("build_devset", DEVSET.parent / "build_devset.py")
    assert spec and spec.loader
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    assert DEVSET.read_text(encoding="utf-8") == builder.render(builder.build()), (
        "passages.jsonl is stale: run python tests/devset/build_devset.py")


SET_BUILDERS = sorted(DEVSET.parent.parent.glob("*/build_*.py"))


@pytest.mark.parametrize("builder_path", SET_BUILDERS, ids=[p.parent.name for p in SET_BUILDERS])
def test_every_set_is_up_to_date_with_its_source(builder_path) -> None:
    spec = importlib.util.spec_from_file_location(builder_path.stem, builder_path)
    assert spec and spec.loader
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    jsonl = builder_path.with_name("passages.jsonl")
    assert jsonl.read_text(encoding="utf-8") == builder.render(builder.build()), (
        f"{jsonl} is stale: run python {builder_path}")


@pytest.mark.parametrize("passage", PASSAGES, ids=[p["id"] for p in PASSAGES])
def test_passage_fields(passage: dict[str, Any]) -> None:
    assert set(passage) == PASSAGE_KEYS
    assert passage["file"] == f"{passage['id']}.txt"
    assert isinstance(passage["text"], str) and passage["text"].strip()
    if passage["published"] is not None:
        date.fromisoformat(passage["published"])  # raises if not YYYY-MM-DD
        assert len(passage["published"]) == 10


def test_passage_ids_are_unique() -> None:
    ids = [p["id"] for p in PASSAGES]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(("passage", "claim"), CLAIMS, ids=_ids(CLAIMS))
def test_claim_fields_and_offsets(passage: dict[str, Any], claim: dict[str, Any]) -> None:
    assert REQUIRED_CLAIM_KEYS <= set(claim) <= REQUIRED_CLAIM_KEYS | OPTIONAL_CLAIM_KEYS
    assert passage["text"][claim["start"]:claim["end"]] == claim["span"]
    assert claim["span"] == claim["span"].strip() and claim["span"]
    assert claim["category"] in CATEGORIES
    assert set(claim.get("category_alt", [])) <= set(CATEGORIES)
    assert claim["category"] not in claim.get("category_alt", [])
    assert claim["qualifier"] in QUALIFIERS
    assert isinstance(claim["optional"], bool)
    assert isinstance(claim["value"], int | float) and claim["value"] > 0
    assert isinstance(claim["subject"], str) and claim["subject"]
    if claim["qualifier"] == "range":
        assert claim["value"] < claim["value_high"]
    else:
        assert "value_high" not in claim
    if claim["qualifier"] == "vague":
        assert claim["value"] in VAGUE_WORDS.values()


@pytest.mark.parametrize(("passage", "claim"), CLAIMS, ids=_ids(CLAIMS))
def test_attributions_are_worded_in_the_text(passage: dict[str, Any], claim: dict[str, Any]
                                             ) -> None:
    for source in [claim["attribution"], *claim.get("attribution_alt", [])]:
        assert source is None or source in passage["text"], source
    alts = claim.get("attribution_alt", [])
    assert claim["attribution"] not in alts and len(alts) == len(set(alts))


@pytest.mark.parametrize("passage", PASSAGES, ids=[p["id"] for p in PASSAGES])
def test_gold_spans_are_sorted_and_do_not_overlap(passage: dict[str, Any]) -> None:
    claims = passage["claims"]
    for a, b in itertools.pairwise(claims):
        assert a["end"] <= b["start"], (a["span"], b["span"])


@pytest.mark.parametrize(("passage", "claim"), CLAIMS, ids=_ids(CLAIMS))
def test_value_and_qualifier_agree_with_the_span(passage: dict[str, Any], claim: dict[str, Any]
                                                 ) -> None:
    qualifier, value, high = parse_span(claim["span"])
    before = passage["text"][:claim["start"]].lower()
    if qualifier == "exact" and before.endswith(("tops ", "exceeds ")):
        qualifier = "more_than"  # a verb qualifies the figure; it is not part of the span
    assert (claim["qualifier"], claim["value"], claim.get("value_high")) == (qualifier, value, high)


def test_devset_is_broad() -> None:
    """Enough passages, every category and qualifier, non-claims, optional items, dates."""
    scored = [c for _, c in CLAIMS if not c["optional"]]
    assert len(PASSAGES) >= 70
    assert len(scored) >= 150
    assert set(Counter(c["category"] for c in scored)) == set(CATEGORIES)
    assert set(Counter(c["qualifier"] for c in scored)) == set(QUALIFIERS)
    assert sum(not p["claims"] for p in PASSAGES) >= 5
    assert sum(c["optional"] for _, c in CLAIMS) >= 5
    assert sum(c["attribution"] is None for c in scored) >= 15
    assert 5 <= sum(p["published"] is not None for p in PASSAGES) <= len(PASSAGES) - 30


# --- the scorer follows the gold scorer's rules ---------------------------------------------

def _fake_extract(claims_by_text: dict[str, list[dict[str, Any]]],
                  published: dict[str, str | None]):
    def extract(text: str) -> SimpleNamespace:
        day = published.get(text)
        return SimpleNamespace(
            document=SimpleNamespace(published=date.fromisoformat(day) if day else None),
            claims=[SimpleNamespace(text=text[c["start"]:c["end"]], **c)
                    for c in claims_by_text.get(text, [])])
    return extract


def _as_prediction(gold: dict[str, Any], **changes: Any) -> dict[str, Any]:
    keys = ("start", "end", "value", "qualifier", "category", "attribution")
    return {**{k: gold[k] for k in keys}, **changes}


def test_scorer_gives_full_marks_to_the_gold_itself() -> None:
    claims = {p["text"]: [_as_prediction(c) for c in p["claims"]] for p in PASSAGES}
    result = score(PASSAGES, _fake_extract(claims, {p["text"]: p["published"] for p in PASSAGES}))
    assert result.errors == []
    assert (result.precision, result.recall, result.full_f1, result.attribution_acc,
            result.date_acc) == (1.0, 1.0, 1.0, 1.0, 1.0)
    assert result.gold == sum(not c["optional"] for _, c in CLAIMS)


def test_scorer_counts_misses_false_positives_and_wrong_fields() -> None:
    text = "Police said 12 people were killed and 30 injured on 3 May; the two towns were shut."
    gold = [
        {"span": "12", "start": 12, "end": 14, "value": 12, "qualifier": "exact",
         "category": "killed", "subject": "people", "attribution": "Police", "optional": False},
        {"span": "30", "start": 38, "end": 40, "value": 30, "qualifier": "exact",
         "category": "injured", "subject": "people", "attribution": "Police", "optional": False,
         "category_alt": ["other"]},
        {"span": "two", "start": 63, "end": 66, "value": 2, "qualifier": "exact",
         "category": "other", "subject": "towns", "attribution": None, "optional": True},
    ]
    assert [text[g["start"]:g["end"]] for g in gold] == ["12", "30", "two"]
    passage = {"id": "t1", "published": "2024-05-04", "text": text, "claims": gold}
    preds = [
        _as_prediction(gold[0], attribution="the police"),            # right
        _as_prediction(gold[1], category="other", attribution=None),  # alt category, wrong source
        {"start": 52, "end": 53, "value": 3, "qualifier": "exact",    # a date: false positive
         "category": "other", "attribution": None},
        _as_prediction(gold[2]),                                      # optional: not counted
    ]
    result = score([passage], _fake_extract({text: preds}, {}))
    assert (result.gold, result.predicted) == (2, 3)
    assert (result.precision, result.recall) == (0.667, 1.0)
    assert result.full_f1 == 0.8  # 2 full matches / (2*2 tp + 1 fp + 0 fn) * 2
    assert result.attribution_acc == 0.5
    assert result.date_acc == 0.0
    kinds = sorted(e.kind for e in result.errors)
    assert kinds == ["false positive", "published date", "wrong attribution"]

    missed = score([passage], _fake_extract({text: preds[:1]}, {text: "2024-05-04"}))
    assert (missed.recall, missed.date_acc) == (0.5, 1.0)
    assert [e.kind for e in missed.errors] == ["missed"]


@pytest.mark.parametrize(("gold", "pred", "same"), [
    ("Gaza’s Hamas-run health ministry", "Gaza's health ministry", True),
    ("the Pentagon", "Pentagon", True),
    ("UN human rights spokeswoman Ravina Shamdasani", "Ravina Shamdasani", True),
    ("the Ukrainian air force", "Russia's defence ministry", False),
    (None, None, True),
    (None, "police", False),
    ("police", None, False),
])
def test_attribution_matching(gold: str | None, pred: str | None, same: bool) -> None:
    assert same_attribution(gold, pred) is same


# --- the extractor reaches the thresholds ----------------------------------------------------

def test_extractor_scores_on_the_devset() -> None:
    result = score(PASSAGES)
    claim_errors = result.report(("missed", "false positive", "wrong"))
    assert result.full_f1 >= MIN_FULL_F1, claim_errors
    assert result.attribution_acc >= MIN_ATTRIBUTION_ACC, claim_errors


def test_extractor_finds_publication_dates_on_the_devset() -> None:
    result = score(PASSAGES)
    assert result.date_acc is not None
    assert result.date_acc >= MIN_DATE_ACC, result.report(("published date",))


@pytest.mark.parametrize(("folder", "min_full_f1", "min_attribution"), [
    ("devset2", 0.95, 0.95),
    ("devset3", 0.90, 0.95),
    ("devset4", 0.87, 0.90),
    ("devset5", 0.85, 0.88),
    ("devset6", 0.86, 0.92),
    ("devset7", 0.90, 0.92),
    ("devset8", 0.90, 0.90),
    ("devset9", 0.86, 0.90),
    ("devset10", 0.86, 0.90),
    ("devset11", 0.92, 0.95),
    ("devset12", 0.90, 0.93),
    ("devset13", 0.93, 0.90),
    ("devset14", 0.93, 0.92),
    ("devset15", 0.94, 0.95),
    ("devset16", 0.92, 0.92),
    ("devset17", 0.89, 0.90),
    ("devset18", 0.91, 0.93),
    ("devset19", 0.89, 0.95),
    ("devset20", 0.90, 0.94),
    ("devset21", 0.87, 0.93),
    ("devset22", 0.91, 0.94),
    ("devset23", 0.90, 0.91),
    ("devset24", 0.94, 0.92),
    ("devset25", 0.92, 0.93),
    ("devset26", 0.86, 0.91),
    ("devset27", 0.89, 0.96),
    ("devset28", 0.88, 0.94),
    ("devset29", 0.93, 0.93),
    ("devset30", 0.93, 0.88),
    ("devset31", 0.91, 0.95),
    ("devset32", 0.92, 0.93),
    ("devset33", 0.79, 0.92),
    ("devset34", 0.86, 0.92),
    ("devset35", 0.84, 0.94),
    ("devset36", 0.90, 0.95),
    ("devset37", 0.92, 0.93),
    ("devset38", 0.91, 0.91),
    ("devset39", 0.90, 0.94),
    ("devset40", 0.89, 0.94),
    ("devset41", 0.89, 0.93),
    ("devset42", 0.91, 0.95),
    ("devset43", 0.89, 0.95),
    ("devset44", 0.88, 0.94),
    ("devset45", 0.88, 0.92),
    ("devset46", 0.86, 0.92),
    ("devset47", 0.88, 0.94),
    ("devset48", 0.88, 0.94),
    ("devset49", 0.91, 0.92),
    ("devset50", 0.92, 0.94),
    ("devset51", 0.87, 0.91),
    ("devset52", 0.90, 0.95),
    ("devset53", 0.82, 0.70),
    ("devset54", 0.86, 0.80),
    ("devset55", 0.93, 0.94),
    ("devset56", 0.94, 0.91),
    ("devset57", 0.92, 0.95),
    ("devset58", 0.93, 0.95),
    ("devset59", 0.91, 0.96),
    ("devset60", 0.87, 0.93),
    ("devset61", 0.92, 0.96),
    ("devset62", 0.92, 0.95),
    ("devset63", 0.90, 0.91),
    ("devset64", 0.81, 0.94),
    ("devset65", 0.91, 0.95),
    ("devset66", 0.92, 0.94),
    ("devset67", 0.87, 0.93),
    ("devset68", 0.90, 0.93),
    ("devset69", 0.91, 0.93),
    ("devset70", 0.93, 0.91),
    ("devset71", 0.84, 0.77),
    ("devset72", 0.89, 0.95),
    ("devset73", 0.88, 0.94),
    ("devset74", 0.93, 0.93),
    ("devset75", 0.93, 0.96),
    ("devset76", 0.93, 0.95),
    ("devset77", 0.94, 0.96),
    ("devset78", 0.93, 0.96),
    ("devset79", 0.89, 0.94),
    ("devset80", 0.85, 0.95),
    ("devset81", 0.93, 0.96),
    ("devset82", 0.89, 0.95),
    ("devset83", 0.91, 0.97),
    ("devset84", 0.93, 0.95),
    ("devset85", 0.84, 0.91),
    ("devset86", 0.84, 0.95),
    ("devset87", 0.93, 0.94),
    ("devset88", 0.88, 0.88),
    ("devset89", 0.90, 0.94),
    ("devset90", 0.90, 0.94),
    ("devset91", 0.92, 0.96),
    ("devset92", 0.76, 0.94),
    ("devset93", 0.91, 0.96),
    ("devset94", 0.89, 0.93),
    ("devset95", 0.78, 0.94),
    ("devset96", 0.92, 0.96),
    ("devset97", 0.94, 0.95),
    ("devset98", 0.93, 0.95),
    ("devset99", 0.93, 0.95),
    ("devset100", 0.90, 0.94),
    ("devset101", 0.91, 0.91),
    ("devset102", 0.87, 0.94),
    ("devset103", 0.86, 0.95),
    ("devset104", 0.93, 0.96),
    ("devset105", 0.92, 0.96),
    ("devset106", 0.93, 0.93),
    ("devset107", 0.91, 0.95),
    ("devset108", 0.91, 0.95),
])
def test_extractor_scores_on_the_later_devsets(folder: str, min_full_f1: float,
                                               min_attribution: float) -> None:
    """Sets written later, by other annotators, guard against over-fitting the first one."""
    result = score(load_passages(DEVSET.parent.parent / folder / "passages.jsonl"))
    claim_errors = result.report(("missed", "false positive", "wrong"))
    assert result.full_f1 >= min_full_f1, claim_errors
    assert result.attribution_acc >= min_attribution, claim_errors
