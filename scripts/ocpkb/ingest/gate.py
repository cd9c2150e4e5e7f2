"""The pinned quality floor: extraction scores may not fall below the stored baseline.

`tests/ingest/eval_baseline.json` holds, per field, the lowest score accepted, and a digest
of the gold files it was measured on: new or changed gold needs a new baseline, on purpose.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from .evaluate import SCALARS, Report


def gold_digest(gold_dir: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(gold_dir.glob("*.json")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def measured(report: Report) -> dict[str, float]:
    """Accuracy for single-valued fields, F1 for the others, and overall F1."""
    scores = {name: round(score.accuracy if name in SCALARS else score.f1, 3) for name, score in report.fields.items()}
    scores["overall"] = round(report.overall.f1, 3)
    return scores


def regressions(report: Report, baseline_file: Path, gold_dir: Path) -> list[str]:
    baseline = json.loads(baseline_file.read_text(encoding="utf-8"))
    if baseline["gold_digest"] != gold_digest(gold_dir):
        return [f"the gold files changed since {baseline_file} was written: measure again and update it"]
    scores = measured(report)
    return [f"{name}: {scores[name]:.3f} is below the floor {floor:.3f}"
            for name, floor in baseline["floors"].items() if scores[name] < floor]
