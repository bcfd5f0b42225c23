"""Score the extractor on the development set, in process.

The matching rules are those of the project's gold scorer (``eval/score.py`` in
the shared folder, which tests may not depend on): a predicted claim matches
the first unmatched gold claim whose span overlaps it (predictions taken in
order of ``start``); an optional gold claim neither counts as a miss nor makes
its match a false positive; ``category_alt`` / ``attribution_alt`` list other
accepted answers; attributions are compared as sets of normalised words.

Run ``python tests/devset_scoring.py [--errors]`` to print the figures.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DEVSET = Path(__file__).parent / "devset" / "passages.jsonl"

_STOP = {"the", "a", "an", "of", "s", "said", "says", "say", "has", "have", "told", "according",
         "to"}


def load_passages(path: Path = DEVSET) -> list[dict[str, Any]]:
    """The gold passages of a JSON Lines file."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def norm_words(s: str) -> list[str]:
    """Lower-case words of ``s`` without stop words (NFKC, curly apostrophes straightened)."""
    s = unicodedata.normalize("NFKC", s).replace("\u2019", "'").lower()
    return [w for w in re.findall(r"[a-z0-9]+", s) if w not in _STOP]


def same_attribution(gold: str | None, pred: str | None) -> bool:
    """Whether two source phrases name the same source (subset or Jaccard >= 0.5)."""
    if not gold or not pred:
        return not gold and not pred
    g, p = norm_words(gold), norm_words(pred)
    if not g or not p:
        return g == p
    gs, ps = set(g), set(p)
    return gs <= ps or ps <= gs or len(gs & ps) / len(gs | ps) >= 0.5


def same_value(a: Any, b: Any) -> bool:
    """Numeric equality with a relative tolerance of 1e-9."""
    try:
        a, b = float(a), float(b)
    except (TypeError, ValueError):
        return False
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


@dataclass(frozen=True)
class ScoreError:
    """One disagreement between the extractor and the gold."""

    passage: str
    kind: str  # "false positive", "missed", "wrong value/category/...", "published date"
    context: str
    detail: dict[str, Any]

    def __str__(self) -> str:
        context = self.context.replace("\n", " ")
        return (f"[{self.passage}] {self.kind}: ...{context}...\n"
                f"    {json.dumps(self.detail, ensure_ascii=False, default=str)}")


@dataclass
class DevsetScore:
    """The scorer's figures (rounded to 3 places like the gold scorer) and its errors."""

    passages: int
    gold: int
    predicted: int
    precision: float
    recall: float
    f1: float
    value_acc: float
    qualifier_acc: float
    category_acc: float
    attribution_acc: float
    full_f1: float
    date_acc: float | None
    errors: list[ScoreError] = field(default_factory=list, repr=False)

    def summary(self) -> str:
        """One line of ``name=value`` pairs."""
        names = ("passages", "gold", "predicted", "precision", "recall", "f1", "value_acc",
                 "qualifier_acc", "category_acc", "attribution_acc", "full_f1", "date_acc")
        return " ".join(f"{n}={getattr(self, n)}" for n in names)

    def report(self, kinds: Iterable[str] | None = None) -> str:
        """The summary and every error (or only those whose kind starts with one of ``kinds``)."""
        wanted = tuple(kinds) if kinds else None
        errors = [e for e in self.errors if wanted is None or e.kind.startswith(wanted)]
        return "\n".join([self.summary(), *map(str, errors)])


def _claim_fields(claim: Any) -> dict[str, Any]:
    keys = ("start", "end", "text", "value", "qualifier", "category", "attribution")
    return {k: getattr(claim, k, None) for k in keys}


def _default_extract() -> Callable[[str], Any]:
    from factcheck.extract import extract

    return extract


def score(passages: list[dict[str, Any]], extract: Callable[[str], Any] | None = None
          ) -> DevsetScore:
    """Run ``extract(text)`` (default: factcheck's) on every passage and score it."""
    extract = extract or _default_extract()
    t = dict(tp=0, fp=0, fn=0, value=0, qualifier=0, category=0, attribution=0, full=0,
             dates=0, dates_total=0)
    errors: list[ScoreError] = []
    for p in passages:
        text = p["text"]
        result = extract(text)
        gold = sorted(p["claims"], key=lambda c: c["start"])
        used: set[int] = set()
        preds = sorted((_claim_fields(c) for c in result.claims), key=lambda c: c["start"] or 0)
        for c in preds:
            s, e = int(c["start"]), int(c["end"])
            hit = next((i for i, g in enumerate(gold)
                        if i not in used and s < g["end"] and g["start"] < e), None)
            if hit is None:
                t["fp"] += 1
                errors.append(ScoreError(p["id"], "false positive",
                                         text[max(0, s - 40):e + 40], c))
                continue
            used.add(hit)
            g = gold[hit]
            if g.get("optional"):
                continue
            t["tp"] += 1
            ok_v = same_value(c["value"], g["value"])
            ok_q = c["qualifier"] == g["qualifier"]
            ok_c = c["category"] in [g["category"], *g.get("category_alt", [])]
            ok_a = any(same_attribution(a, c["attribution"])
                       for a in [g.get("attribution"), *g.get("attribution_alt", [])])
            t["value"] += ok_v
            t["qualifier"] += ok_q
            t["category"] += ok_c
            t["attribution"] += ok_a
            t["full"] += ok_v and ok_q and ok_c
            if not (ok_v and ok_q and ok_c and ok_a):
                wrong = [k for k, ok in (("value", ok_v), ("qualifier", ok_q),
                                         ("category", ok_c), ("attribution", ok_a)) if not ok]
                keys = ("value", "qualifier", "category", "attribution")
                errors.append(ScoreError(
                    p["id"], "wrong " + "/".join(wrong),
                    text[max(0, g["start"] - 40):g["end"] + 40],
                    {"span": g["span"], "gold": {k: g.get(k) for k in keys},
                     "got": {k: c[k] for k in keys}}))
        for i, g in enumerate(gold):
            if i not in used and not g.get("optional"):
                t["fn"] += 1
                errors.append(ScoreError(p["id"], "missed",
                                         text[max(0, g["start"] - 40):g["end"] + 40], g))
        if "published" in p:
            t["dates_total"] += 1
            published = result.document.published
            got = published.isoformat()[:10] if published is not None else None
            if got == p["published"]:
                t["dates"] += 1
            else:
                errors.append(ScoreError(p["id"], "published date",
                                         f"gold {p['published']} got {got}", {}))

    prec = t["tp"] / (t["tp"] + t["fp"]) if t["tp"] + t["fp"] else 0.0
    rec = t["tp"] / (t["tp"] + t["fn"]) if t["tp"] + t["fn"] else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    tp = t["tp"] or 1
    denominator = 2 * t["tp"] + t["fp"] + t["fn"]
    full_f1 = 2 * t["full"] / denominator if denominator else 0.0
    return DevsetScore(
        passages=len(passages), gold=t["tp"] + t["fn"], predicted=t["tp"] + t["fp"],
        precision=round(prec, 3), recall=round(rec, 3), f1=round(f1, 3),
        value_acc=round(t["value"] / tp, 3), qualifier_acc=round(t["qualifier"] / tp, 3),
        category_acc=round(t["category"] / tp, 3),
        attribution_acc=round(t["attribution"] / tp, 3), full_f1=round(full_f1, 3),
        date_acc=round(t["dates"] / t["dates_total"], 3) if t["dates_total"] else None,
        errors=errors)


def main(argv: list[str] | None = None) -> int:
    """Print the development set's score (and its errors with ``--errors``)."""
    args = sys.argv[1:] if argv is None else argv
    result = score(load_passages())
    print(result.report() if "--errors" in args else result.summary())
    return 0


if __name__ == "__main__":
    sys.exit(main())
