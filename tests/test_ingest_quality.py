"""Extraction quality on the gold set: the issue's targets, and no regression below the pinned floors."""


import pytest

from conftest import CORPUS, ROOT, SNAPSHOT_KB

from ocpkb.ingest.commands import run_evaluation
from ocpkb.ingest.gate import measured, regressions

GOLD = ROOT / "tests" / "ingest" / "gold"
BASELINE = ROOT / "tests" / "ingest" / "eval_baseline.json"

pytestmark = pytest.mark.skipif(not CORPUS.exists(), reason="../shared/corpus is not beside the project")


@pytest.fixture(scope="module")
def report():
    return run_evaluation(GOLD, CORPUS, SNAPSHOT_KB)


def test_there_are_at_least_twenty_gold_documents():
    assert len(list(GOLD.glob("*.json"))) >= 20


@pytest.mark.parametrize("field", ["event.name", "event.start_date", "event.city"])
def test_event_facts_are_right_for_nine_documents_in_ten(report, field):
    assert report.fields[field].accuracy >= 0.9


@pytest.mark.parametrize("field", ["organizations", "people", "sessions"])
def test_entities_reach_f1_085(report, field):
    assert report.fields[field].f1 >= 0.85


def test_no_score_falls_below_its_pinned_floor(report):
    assert regressions(report, BASELINE, GOLD) == []


def test_the_floor_notices_a_regression(report, tmp_path):
    raised = tmp_path / "baseline.json"
    import json

    baseline = json.loads(BASELINE.read_text())
    baseline["floors"] = {name: min(1.0, value + 0.5) for name, value in measured(report).items()}
    raised.write_text(json.dumps(baseline))
    assert regressions(report, raised, GOLD)
