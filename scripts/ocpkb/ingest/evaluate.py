"""Extraction quality against gold annotations: precision, recall and F1 per field, per part of the
gold set (tuning, test), per language and per publisher and layout.

A gold file is JSON: {"source": path relative to the corpus, "split": "tuning" | "test",
"language", "publisher", "layouts", "expected": the resolved view `ocpkb ingest --json` prints}.
The tuning part is what rules are developed on; the frozen test part is only scored, to report:
its numbers are the ones to trust. How values match:
- event name: the same words, or one name containing the other, or 80% similar text;
- dates, city, country, language: equal;
- organizations: any name, Chinese name or alias of one equals one of the other (normalized);
- people, topics, organizers: equal names (normalized); sessions: titles 80% similar.
A missing value that the gold also leaves empty counts as right (the tool must not guess).
A key the gold file does not have (say "topics") is not scored for that document.
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
PARTS = ("tuning", "test")
LANGUAGES = ("en", "zh")
HEADLINE = ["event.name", "event.start_date", "event.city", "organizations", "people", "sessions"]


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

    @property
    def scored(self) -> bool:
        return bool(self.documents or self.tp + self.fp + self.fn)

    def headline(self, name: str) -> float:
        """The one number quoted for a field: share of documents right, or F1."""
        return self.accuracy if name in SCALARS else self.f1


@dataclass
class Report:
    fields: dict[str, Score] = field(default_factory=lambda: {name: Score() for name in SCALARS + SETS})
    misses: list[str] = field(default_factory=list)
    documents: int = 0

    @property
    def overall(self) -> Score:
        total = Score()
        for score in self.fields.values():
            total.tp, total.fp, total.fn = total.tp + score.tp, total.fp + score.fp, total.fn + score.fn
        return total

    def as_dict(self) -> dict:
        rows = {name: {"precision": round(s.precision, 3), "recall": round(s.recall, 3), "f1": round(s.f1, 3),
                       **({"accuracy": round(s.accuracy, 3)} if name in SCALARS else {})}
                for name, s in self.fields.items() if s.scored}
        overall = self.overall
        rows["overall"] = {"precision": round(overall.precision, 3), "recall": round(overall.recall, 3),
                           "f1": round(overall.f1, 3)}
        return {"documents": self.documents, "fields": rows}

    def as_table(self) -> str:
        lines = [f"{'field':<18} {'precision':>9} {'recall':>7} {'F1':>6} {'right':>6}"]
        for name, score in self.fields.items():
            if not score.scored:
                continue
            right = f"{score.accuracy:6.0%}" if name in SCALARS else ""
            lines.append(f"{name:<18} {score.precision:9.3f} {score.recall:7.3f} {score.f1:6.3f} {right:>6}")
        overall = self.overall
        lines.append(f"{'overall':<18} {overall.precision:9.3f} {overall.recall:7.3f} {overall.f1:6.3f}")
        return "\n".join(lines)


@dataclass(frozen=True)
class GoldDocument:
    file: str
    source: str
    split: str
    language: str
    publisher: str
    layouts: tuple[str, ...]
    expected: dict


def load_gold(folder: Path) -> list[GoldDocument]:
    documents = []
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        documents.append(GoldDocument(path.name, data["source"], data.get("split", "tuning"),
                                      data.get("language") or data["expected"].get("language", "en"),
                                      data.get("publisher") or data["source"].split("/")[0],
                                      tuple(data.get("layouts", ())), data["expected"]))
    return documents


@dataclass
class Evaluation:
    """Reports by group: 'tuning', 'tuning/en', 'test/zh', 'tuning/publisher/golang', 'test/layout/prose'..."""

    groups: dict[str, Report] = field(default_factory=dict)

    def add(self, document: GoldDocument, predicted: dict) -> None:
        names = [document.split, f"{document.split}/{document.language}",
                 f"{document.split}/publisher/{document.publisher}",
                 *(f"{document.split}/layout/{layout}" for layout in document.layouts)]
        for name in names:
            report = self.groups.setdefault(name, Report())
            report.documents += 1
            score_document(report, document.expected, predicted, document.file)

    def report(self, name: str) -> Report:
        return self.groups.get(name, Report())

    def summary(self, part: str) -> str:
        """One part: its headline numbers for all documents, English and Chinese."""
        columns = [part, f"{part}/en", f"{part}/zh"]
        counts = ", ".join(f"{self.report(c).documents} {label}" for c, label in zip(columns[1:], LANGUAGES))
        lines = [f"{part} part: {self.report(part).documents} documents ({counts})",
                 f"  {'field':<18} {'all':>6} {'en':>6} {'zh':>6}"]
        for name in SCALARS + SETS + ["overall"]:
            cells = []
            for column in columns:
                report = self.report(column)
                score = report.overall if name == "overall" else report.fields[name]
                if not report.documents:  # no document in this language: nothing measured, not a perfect score
                    cells.append(f"{'-':>6}")
                else:
                    cells.append(f"{score.headline(name):6.0%}" if name in SCALARS else f"{score.f1:6.3f}")
            if name == "overall" or any(self.report(c).fields[name].scored for c in columns):
                kind = "right" if name in SCALARS else "F1"
                lines.append(f"  {name:<18} " + " ".join(cells) + f"  {kind}")
        return "\n".join(lines)

    def breakdown(self, part: str, by: str) -> str:
        """Headline numbers per publisher or per layout family, one row each."""
        prefix = f"{part}/{by}/"
        header = " ".join(f"{name.split('.')[-1][:9]:>9}" for name in HEADLINE)
        lines = [f"  {by:<30} {'docs':>4} {header}"]
        for name in sorted(n for n in self.groups if n.startswith(prefix)):
            report = self.groups[name]
            cells = " ".join(f"{report.fields[f].headline(f):9.2f}" for f in HEADLINE)
            lines.append(f"  {name[len(prefix):]:<30} {report.documents:>4} {cells}")
        return "\n".join(lines)

    def as_dict(self) -> dict:
        return {name: report.as_dict() for name, report in sorted(self.groups.items())}


PATHS = {"event.city": ("event", "location", "city"), "event.country": ("event", "location", "country")}
ABSENT = object()


def _get(view: dict, field_name: str):
    value = view
    for part in PATHS.get(field_name, field_name.split(".")):
        if not isinstance(value, dict):
            return None
        value = value.get(part, ABSENT)
        if value is ABSENT:
            return ABSENT
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
        if gold is ABSENT:
            continue
        guess = None if guess is ABSENT else guess
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
        gold, guess = _get(expected, name), _get(predicted, name)
        if gold is ABSENT:
            continue
        gold, guess = list(gold or []), list(guess or []) if guess is not ABSENT else []
        report.fields[name].documents += 1
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
