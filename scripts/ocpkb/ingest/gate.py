"""The pinned quality floor: extraction scores may not fall below the stored baseline.

`tests/ingest/eval_baseline.json` holds, per part of the gold set (tuning, test) and language,
the lowest score accepted for each field, and a digest of the gold files it was measured on:
new or changed gold needs a new baseline, on purpose. `ocpkb eval --update-baseline` raises
floors to what is measured (less a small margin) and refuses to lower any: a lower floor is a
decision for a reviewed commit that edits the file by hand.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from .evaluate import LANGUAGES, PARTS, Evaluation, Report

MARGIN = 0.02  # one document of a 50-document part moves a share by 0.02: a floor allows that much give
GATED = [part for part in PARTS] + [f"{part}/{language}" for part in PARTS for language in LANGUAGES]


def gold_digest(gold_dir: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(gold_dir.glob("*.json")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def measured(report: Report) -> dict[str, float]:
    """Accuracy for single-valued fields, F1 for the others, and overall F1 (fields the gold scores)."""
    scores = {name: round(score.headline(name), 3) for name, score in report.fields.items() if score.scored}
    scores["overall"] = round(report.overall.f1, 3)
    return scores


def measured_groups(evaluation: Evaluation) -> dict[str, dict[str, float]]:
    return {group: measured(evaluation.groups[group]) for group in GATED if group in evaluation.groups}


def regressions(evaluation: Evaluation, baseline_file: Path, gold_dir: Path) -> list[str]:
    baseline = json.loads(baseline_file.read_text(encoding="utf-8"))
    if baseline["gold_digest"] != gold_digest(gold_dir):
        return [f"the gold files changed since {baseline_file} was written: run ocpkb eval --update-baseline"]
    return _below_floors(measured_groups(evaluation), baseline["floors"])


def _below_floors(scores: dict[str, dict[str, float]], floors: dict[str, dict[str, float]]) -> list[str]:
    return [f"{group}: {name}: {scores.get(group, {}).get(name, 0.0):.3f} is below the floor {floor:.3f}"
            for group, fields in floors.items() for name, floor in fields.items()
            if scores.get(group, {}).get(name, 0.0) < floor]


def updated_baseline(evaluation: Evaluation, baseline_file: Path, gold_dir: Path) -> tuple[dict, list[str]]:
    """The new baseline, and the reasons it must not be written (a score below a floor it would lower)."""
    old = json.loads(baseline_file.read_text(encoding="utf-8")) if baseline_file.exists() else {"floors": {}}
    scores = measured_groups(evaluation)
    refusals = _below_floors(scores, old.get("floors", {}))
    floors = {}
    for group, fields in scores.items():
        previous = old.get("floors", {}).get(group, {})
        floors[group] = {name: max(previous.get(name, 0.0), round(max(0.0, value - MARGIN), 3))
                         for name, value in fields.items()}
    for group, fields in old.get("floors", {}).items():  # a floor is never dropped silently either
        for name, floor in fields.items():
            floors.setdefault(group, {}).setdefault(name, floor)
    return {"gold_digest": gold_digest(gold_dir), "measured": scores, "floors": floors}, refusals
