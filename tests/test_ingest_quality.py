"""Extraction quality on the gold set: no score of either part (tuning, frozen test), in either
language, falls below the floors pinned in eval_baseline.json; the gold set has the shape the
evaluation needs; a floor is never lowered by --update-baseline."""

import json

import pytest

from conftest import CORPUS, ROOT

from ocpkb.ingest.commands import run_evaluation
from ocpkb.ingest.evaluate import Evaluation, GoldDocument, load_gold
from ocpkb.ingest.gate import regressions, updated_baseline

GOLD = ROOT / "tests" / "ingest" / "gold"
REGISTRY = ROOT / "tests" / "ingest" / "registry"
BASELINE = ROOT / "tests" / "ingest" / "eval_baseline.json"

needs_corpus = pytest.mark.skipif(not CORPUS.exists(), reason="../shared/corpus is not beside the project")


@pytest.fixture(scope="module")
def evaluation():
    return run_evaluation(GOLD, CORPUS, REGISTRY)


def test_the_gold_set_has_a_frozen_test_part_in_both_languages():
    documents = load_gold(GOLD)
    test = [d for d in documents if d.split == "test"]
    assert len(documents) >= 60 and len(test) >= 0.4 * len(documents)
    assert len([d for d in documents if d.language == "zh"]) >= 20
    assert {d.language for d in test} == {"en", "zh"}
    assert len({d.publisher for d in documents}) >= 5


@needs_corpus
def test_no_score_falls_below_its_pinned_floor(evaluation):
    assert regressions(evaluation, BASELINE, GOLD) == []


def _baseline_with_floor(tmp_path, group: str, field: str, floor: float):
    """The pinned baseline with one floor set higher than anything can score."""
    baseline = json.loads(BASELINE.read_text())
    baseline["floors"][group][field] = floor
    path = tmp_path / "baseline.json"
    path.write_text(json.dumps(baseline))
    return path


@needs_corpus
def test_the_floor_notices_a_regression(evaluation, tmp_path):
    raised = _baseline_with_floor(tmp_path, "test", "people", 1.01)
    assert any(problem.startswith("test: people:") for problem in regressions(evaluation, raised, GOLD))


@needs_corpus
def test_updating_the_baseline_refuses_to_lower_a_floor(evaluation, tmp_path):
    higher = _baseline_with_floor(tmp_path, "tuning/zh", "sessions", 1.01)
    _, refusals = updated_baseline(evaluation, higher, GOLD)
    assert refusals and "tuning/zh: sessions" in refusals[0]


def test_a_language_with_no_document_in_a_part_shows_no_score():
    evaluation = Evaluation()
    evaluation.add(GoldDocument(file="a.json", source="a.md", language="en", split="test", publisher="p", layouts=(),
                                expected={"language": "en"}), {"language": "en"})
    header, fields, language = evaluation.summary("test").splitlines()[:3]
    assert "(1 en, 0 zh)" in header and language.split()[1:4] == ["100%", "100%", "-"]


def test_the_second_held_out_check_is_gold_of_the_test_split():
    documents = load_gold(GOLD.parent / "gold-extra")
    assert len(documents) >= 40 and {document.split for document in documents} == {"test"}
