"""How a word list becomes a regular expression (wordlists.alternation): what rules can rely on."""

import re

import pytest

from ocpkb.ingest.wordlists import alternation, words


def found(entries, text, flags=0):
    return [match.group(0) for match in re.finditer(alternation(entries), text, flags)]


def test_a_latin_entry_matches_only_as_a_whole_word():
    assert found(["PMC"], "the PMC met; RPMC and PMCs did not") == ["PMC"]


def test_a_latin_entry_is_no_head_of_a_hyphenated_name():
    assert found(["PMC"], "PMC-Contoso") == []


def test_a_latin_entry_that_ends_in_a_mark_matches_before_a_letter():
    assert found(["sched.co/"], "https://sched.co/zQrS and https://sched.co/1AbC") == ["sched.co/", "sched.co/"]


def test_the_longest_entry_wins_where_several_start():
    assert found(["Contoso", "Contoso Labs"], "Contoso Labs and Contoso") == ["Contoso Labs", "Contoso"]


def test_a_space_in_an_entry_matches_any_run_of_white_space():
    assert found(["Contoso Labs"], "Contoso\n  Labs") == ["Contoso\n  Labs"]


def test_a_chinese_entry_matches_inside_running_text():
    assert found(["星河社区"], "本次星河社区活动") == ["星河社区"]


def test_latin_and_chinese_entries_are_found_side_by_side():
    assert found(["星河社区", "Contoso", "大会"], "Contoso大会由星河社区主办") == ["Contoso", "大会", "星河社区"]


def one_look_back_per_entry(entries) -> str:
    """The form alternation() had before its Latin entries shared one look back: the reference."""
    parts = []
    for entry in sorted(set(entries), key=len, reverse=True):
        escaped = re.escape(entry).replace(r"\ ", r"\s+")
        if re.match(r"[A-Za-z]", entry):
            escaped = rf"(?<![A-Za-z]){escaped}" + (r"(?![A-Za-z]|-[A-Za-z])" if re.search(r"[A-Za-z0-9]$", entry) else "")
        parts.append(escaped)
    return "|".join(parts)


@pytest.mark.parametrize("name", ["organizations_known", "org_heads", "roles", "event_words", "headline_verbs",
                                  "surnames_zh", "speech_verbs", "labels", "talk_nouns"])
def test_shared_look_back_and_chinese_branches_find_what_one_per_entry_found(name):
    entries = words(name)
    text = " ".join(f"{entry}, x{entry} {entry}-y {entry.upper()}的{entry}" for entry in entries)
    for flags in (0, re.IGNORECASE):
        spans = [m.span() for m in re.finditer(alternation(entries), text, flags)]
        assert spans == [m.span() for m in re.finditer(one_look_back_per_entry(entries), text, flags)]


def test_chinese_entries_grouped_by_their_first_character_still_give_way_to_a_shorter_one():
    # '分享嘉宾' fails before the colon the pattern wants next; the shorter '分享' of the same branch is tried then
    label = re.compile(rf"(?:{alternation(['分享嘉宾', '分享', '嘉宾', '分享者'])})\s*[:：]")
    assert [m.group(0) for m in label.finditer("分享嘉宾介绍 分享：x 嘉宾：y 分享者:z")] == ["分享：", "嘉宾：", "分享者:"]
