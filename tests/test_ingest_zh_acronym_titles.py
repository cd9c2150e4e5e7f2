"""A job title written as a capitalized acronym (CTO, CEO, PMC, PPMC: data/roles.txt), a whole word, before a
Chinese name in Chinese prose, stands before the name as a Chinese title does: the name is a participant
('云帆数据 CTO 林澈表示…', '社区的PPMC周岚讲到…'). The post is written for these tests."""

from conftest import ROOT, affiliations, ingest_view

POST = ROOT / "tests" / "ingest" / "posts" / "zh-acronym-title-before-name.md"


def test_a_name_after_an_acronym_job_title_is_a_participant_with_that_title(run):
    # '云帆数据 CTO 林澈表示，…'
    assert affiliations(ingest_view(run, POST))["林澈"][1] == "CTO"


def test_a_name_right_after_an_acronym_title_without_a_space_is_a_participant(run):
    # '星河开源社区的PPMC周岚讲到，…'
    assert "周岚" in affiliations(ingest_view(run, POST))


def test_an_acronym_inside_a_longer_word_is_no_job_title(run):
    # '现场的 ZCTO 陈默没有发言。'
    assert "陈默" not in affiliations(ingest_view(run, POST))
