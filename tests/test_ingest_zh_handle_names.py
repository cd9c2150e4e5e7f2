"""Chinese names given in brackets after the Latin handles a community's recap calls its people by
('lc（林澈）'): small recaps written for these tests (not copied text)."""

from conftest import ROOT, ingest_view

RECAPS = ROOT / "tests" / "ingest" / "zh-handle-names"


def people(run, name: str) -> set[str]:
    return {person["name"] for person in ingest_view(run, RECAPS / name)["people"]}


def test_a_chinese_name_in_brackets_after_a_handle_is_a_person(run):
    # '主讲人有来自星河开源社的lc（林澈）、zl（周岚）…', '主持人jht（蒋浩天）宣布…'
    assert {"林澈", "周岚", "韩磊", "蒋浩天"} <= people(run, "zh-speakers-by-handle.md")


def test_a_handle_only_thanked_or_a_building_in_two_scripts_is_no_person(run):
    # '感谢 wyq（王一清）为活动设计了海报', 'Ocean Plaza（金座）': the last of several Latin words
    found = people(run, "zh-speakers-by-handle.md")
    assert not {"王一清", "金座"} & found
