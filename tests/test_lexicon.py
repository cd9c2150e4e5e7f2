"""Finding the registry's names in a recap's text: the longest name, whole words, any spacing."""

from pathlib import Path

from ocpkb.ingest.lexicon import _pattern, build_lexicon
from ocpkb.kb import KnowledgeBase


def found(names, text):
    return [match.group(0) for match in _pattern(set(names)).finditer(text)]


def lexicon_of(**registries):
    kb = KnowledgeBase(Path("data"))
    for registry, entries in registries.items():
        kb.entries[registry] = {entry["id"]: entry for entry in entries}
    return build_lexicon(kb)


def test_the_longest_name_a_text_holds_is_found_not_the_name_it_begins():
    names = ["Inspur", "Inspur Information", "Intel", "浪潮", "浪潮信息"]
    assert found(names, "Inspur  Information and Inspur, with 浪潮信息 and 浪潮") == [
        "Inspur  Information", "Inspur", "浪潮信息", "浪潮"]


def test_a_latin_name_is_found_as_whole_words_in_any_case():
    assert found(["Intel", "Open Compute"], "INTEL, Intelligent, open compute, Opencompute") == ["INTEL", "open compute"]


def test_a_name_in_capitals_matches_only_in_capitals():
    assert found(["RED", "Red Hat"], "Red Hat and RED, not red") == ["Red Hat", "RED"]


def test_a_shorter_name_is_found_where_the_longer_one_stops_short_of_a_word_boundary():
    assert found(["Acme", "Acme Sys"], "Acme Systems") == ["Acme"]


def test_a_person_is_not_matched_by_a_similar_spelling():
    lexicon = lexicon_of(people=[{"id": "wei-zhang", "name": "Wei Zhang"}, {"id": "yan-li", "name": "Yan Li"}])
    assert lexicon.lookup("people", "Wei Huang") is None
    assert lexicon.lookup("people", "Yang Li") is None


def test_a_person_is_matched_with_the_words_of_the_name_in_another_order():
    lexicon = lexicon_of(people=[{"id": "yang-li", "name": "Yang Li"}])
    assert lexicon.lookup("people", "Li Yang")[0] == "yang-li"


def test_an_organization_is_still_matched_by_a_similar_spelling():
    lexicon = lexicon_of(organizations=[{"id": "fabrikam", "name": "Fabrikam"}])
    assert lexicon.lookup("organizations", "Fabrikm")[0] == "fabrikam"
