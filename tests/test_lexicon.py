"""Finding the registry's names in a recap's text: the longest name, whole words, any spacing."""

from ocpkb.ingest.lexicon import _pattern


def found(names, text):
    return [match.group(0) for match in _pattern(set(names)).finditer(text)]


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
