"""A Chinese post's opening sentence that says its writers hold an event ('…举办 Contoso 线下沙龙，'):
the event is the verb's object, when it ends in an event word after words of its own; a count
('一场线下沙龙') names none, and a kind set before the name ('年度技术盛会 Contoso Tech Day 2031') is no
part of it. Small pages written for these tests (not copied text)."""

from conftest import ROOT, ingest_view

POSTS = ROOT / "tests" / "ingest" / "posts"


def test_the_event_an_opening_sentence_says_is_held_is_named_by_the_verb_s_object(run):
    assert ingest_view(run, POSTS / "zh-lead-holds-salon.md")["event"]["name"] == "Contoso（杭州用户组）线下沙龙"


def test_a_counted_event_held_names_no_event(run):
    assert ingest_view(run, POSTS / "zh-lead-holds-counted.md")["event"]["name"] is None  # '举办一场线下沙龙'


def test_the_kind_of_event_set_before_the_name_held_is_no_part_of_it(run):
    assert ingest_view(run, POSTS / "zh-lead-holds-kind-before-name.md")["event"]["name"] == "Contoso Tech Day 2031"
