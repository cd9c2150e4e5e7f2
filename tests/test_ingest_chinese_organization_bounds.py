"""Where a Chinese organization's name begins and ends, in a small post written for these tests (not
copied text): a company's registered name keeps its place in brackets ('（武汉）股份有限公司'); a head word
that makes one word with the character after it heads nothing (the 大学 of 大学生, students); a word of
where before a kind ('国内外开源基金会') names no one; a one-character word that opens a clause is no part
of the name after it, unless it opens a proper noun ('和平湾…')."""

import json

from conftest import ROOT

POSTS = ROOT / "tests" / "ingest" / "posts"
REGISTRY = ROOT / "tests" / "ingest" / "registry"
POST = "zh-organizations-registered-and-word-bounds.md"


def organization_names(run) -> list[str]:
    result = json.loads(run("ingest", "--json", POSTS / POST, "--data", REGISTRY).stdout)
    return [organization["name"] for organization in result["organizations"]]


def test_a_companys_registered_name_keeps_its_place_in_brackets(run):
    # '青禾智能科技（武汉）股份有限公司总经理周岚作了主题发言'
    assert "青禾智能科技（武汉）股份有限公司" in organization_names(run)


def test_the_university_word_of_students_heads_no_school(run):
    # '论坛在青山区大学生创业园举行'
    assert not [name for name in organization_names(run) if name.endswith("大学")]


def test_a_word_of_where_before_a_kind_of_organization_names_none(run):
    # '国内外开源基金会代表出席'
    assert not [name for name in organization_names(run) if "开源基金会" in name]


def test_a_proper_noun_that_opens_with_a_clause_word_keeps_it(run):
    # '参观了和平湾虚拟现实研究院': 和平 is a name, not the conjunction 和
    assert "和平湾虚拟现实研究院" in organization_names(run)
