"""Chinese names vouched for by a role word: plain names listed after a word for speakers or an
event's people and 有, 为, 是 or 包括 ('嘉宾有林澈、周岚、韩磊', '评委有何平、江映雪', '主讲人有来自云帆开源社的
沈一鸣、许南星、龙一帆'), and a student club's role right before a name ('社长周岚同学'). Small recaps
written for these tests (not copied text)."""

from conftest import ROOT, ingest_view

RECAPS = ROOT / "tests" / "ingest" / "zh-role-words"


def people(run, name: str) -> set[str]:
    return {person["name"] for person in ingest_view(run, RECAPS / name)["people"]}


def test_every_name_listed_after_a_role_word_is_a_person(run):
    found = people(run, "zh-names-after-role-words.md")
    assert {"林澈", "周岚", "韩磊"} <= found  # '嘉宾有…'
    assert {"何平", "江映雪"} <= found  # '评委有…'
    assert {"沈一鸣", "许南星", "龙一帆"} <= found  # '主讲人有来自…的…': not only the first


def test_a_role_word_before_words_that_are_no_names_gives_no_people(run):
    # '嘉宾有来自高校、企业的专家'
    assert not people(run, "zh-role-word-then-no-names.md")


def test_a_club_role_before_a_name_in_a_sentence_makes_it_a_person(run):
    # '社长周岚同学、社团骨干韩磊同学为大家带来了…': a student club's roles (data/roles.txt) before the names
    view = ingest_view(run, RECAPS / "zh-club-roles-before-names.md")
    titles = {person["name"]: person["title"] for person in view["people"]}
    assert titles.get("周岚") == "社长" and titles.get("韩磊") == "骨干"


def test_a_host_before_a_name_in_a_sentence_is_a_person(run):
    # '主持人林澈宣布迎新会正式开始': 主持人 is a role word (data/roles.txt) before the name
    view = ingest_view(run, RECAPS / "zh-club-roles-before-names.md")
    assert {person["name"]: person["title"] for person in view["people"]}.get("林澈") == "主持人"
