"""Extraction quality against gold annotations: precision, recall and F1 per field and overall.

A gold file is JSON: {"source": path relative to the corpus, "expected": the resolved view
`ocpkb ingest --json` prints}. How values match:
- event name: the same words, or one name containing the other, or 80% similar text;
- dates, city, country, language: equal;
- organizations: any name, Chinese name or alias of one equals one of the other (normalized);
- people, topics, organizers: equal names (normalized); sessions: titles 80% similar.
A missing value that the gold also leaves empty counts as right (the tool must not guess).
"""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass, field
from pathlib import Path

from .lexicon import normalize

SIMILAR = 0.8
SCALARS = ["language", "event.name", "event.start_date", "event.end_date", "event.city", "event.country"]
SETS = ["event.organizers", "organizations", "people", "sessions", "topics"]


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    right: int = 0  # documents where a single-valued field is right (including "rightly empty")
    documents: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def accuracy(self) -> float:
        return self.right / self.documents if self.documents else 1.0


@dataclass
class Report:
    fields: dict[str, Score] = field(default_factory=lambda: {name: Score() for name in SCALARS + SETS})
    misses: list[str] = field(default_factory=list)

    @property
    def overall(self) -> Score:
        total = Score()
        for score in self.fields.values():
            total.tp, total.fp, total.fn = total.tp + score.tp, total.fp + score.fp, total.fn + score.fn
        return total

    def as_dict(self) -> dict:
        rows = {name: {"precision": round(s.precision, 3), "recall": round(s.recall, 3), "f1": round(s.f1, 3),
                       **({"accuracy": round(s.accuracy, 3)} if name in SCALARS else {})}
                for name, s in self.fields.items()}
        overall = self.overall
        rows["overall"] = {"precision": round(overall.precision, 3), "recall": round(overall.recall, 3),
                           "f1": round(overall.f1, 3)}
        return rows

    def as_table(self) -> str:
        lines = [f"{'field':<18} {'precision':>9} {'recall':>7} {'F1':>6} {'right':>6}"]
        for name, score in self.fields.items():
            right = f"{score.accuracy:6.0%}" if name in SCALARS else ""
            lines.append(f"{name:<18} {score.precision:9.3f} {score.recall:7.3f} {score.f1:6.3f} {right:>6}")
        overall = self.overall
        lines.append(f"{'overall':<18} {overall.precision:9.3f} {overall.recall:7.3f} {overall.f1:6.3f}")
        return "\n".join(lines)


PATHS = {"event.city": ("event", "location", "city"), "event.country": ("event", "location", "country")}


def _get(view: dict, field_name: str):
    value = view
    for part in PATHS.get(field_name, field_name.split(".")):
        value = (value or {}).get(part)
    return value


def same_name(a, b) -> bool:
    if not a or not b:
        return not a and not b
    x, y = normalize(a), normalize(b)
    if x == y or (min(len(x), len(y)) >= 0.6 * max(len(x), len(y)) and (x in y or y in x)):
        return True
    return difflib.SequenceMatcher(None, x, y).ratio() >= SIMILAR


def _org_names(entry: dict) -> set[str]:
    return {normalize(n) for n in [entry.get("name"), entry.get("name_zh"), *(entry.get("aliases") or [])] if n}


def _matches(field_name: str):
    if field_name == "organizations":
        return lambda g, p: bool(_org_names(g) & _org_names(p))
    if field_name == "people":
        return lambda g, p: normalize(g["name"]) == normalize(p["name"])
    if field_name == "sessions":
        return lambda g, p: difflib.SequenceMatcher(None, normalize(g["title"]), normalize(p["title"])).ratio() >= SIMILAR
    return lambda g, p: normalize(g) == normalize(p)


def _organizer_matcher(predicted: dict):
    """An organizer may be named in either script: compare every name the organization goes by."""
    names_of = {o["name"]: _org_names(o) for o in predicted.get("organizations", [])}
    return lambda gold, guess: normalize(gold) in names_of.get(guess, {normalize(guess)})


def score_document(report: Report, expected: dict, predicted: dict, label: str) -> None:
    for name in SCALARS:
        gold, guess = _get(expected, name), _get(predicted, name)
        score = report.fields[name]
        score.documents += 1
        right = same_name(gold, guess) if name == "event.name" else (gold == guess)
        score.right += right
        if right and gold:
            score.tp += 1
        if not right:
            score.fp += guess is not None
            score.fn += gold is not None
            report.misses.append(f"{label}: {name}: expected {gold!r}, got {guess!r}")
    for name in SETS:
        gold, guess = list(_get(expected, name) or []), list(_get(predicted, name) or [])
        matches = _organizer_matcher(predicted) if name == "event.organizers" else _matches(name)
        score, unmatched = report.fields[name], list(guess)
        for item in gold:
            hit = next((p for p in unmatched if matches(item, p)), None)
            if hit is not None:
                unmatched.remove(hit)
                score.tp += 1
            else:
                score.fn += 1
                report.misses.append(f"{label}: {name}: missed {_short(item)}")
        score.fp += len(unmatched)
        report.misses += [f"{label}: {name}: extra {_short(item)}" for item in unmatched]


def _short(item) -> str:
    if isinstance(item, dict):
        return repr(item.get("name") or item.get("title"))
    return repr(item)


def load_gold(folder: Path) -> list[dict]:
    return [json.loads(path.read_text(encoding="utf-8")) | {"file": path.name} for path in sorted(folder.glob("*.json"))]
