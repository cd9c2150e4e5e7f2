"""Organizations listed under a label or a heading of their part in the event, in a small post written for
these tests (not copied text): a list item that is only a label ('参与方：', '赞助者：') names the
organizations of the items under it, Latin or Chinese, up to the next item with a label of its own; a
Chinese sponsor heading ('鸣谢赞助商') names those of its items and of its logos' captions."""

import json

from conftest import ROOT

POSTS = ROOT / "tests" / "ingest" / "posts"
REGISTRY = ROOT / "tests" / "ingest" / "registry"
POST = "zh-organizations-labelled-lists.md"


def organization_names(run) -> list[str]:
    result = json.loads(run("ingest", "--json", POSTS / POST, "--data", REGISTRY).stdout)
    return [organization["name"] for organization in result["organizations"]]


def test_a_latin_item_under_a_label_alone_is_an_organization(run):
    # '- 参与方：' over '- Fabrikam'
    assert "Fabrikam" in organization_names(run)


def test_a_chinese_item_under_a_label_alone_is_an_organization(run):
    # '- 参与方：' over '- 青禾云存储'
    assert "青禾云存储" in organization_names(run)


def test_an_item_with_a_label_of_its_own_ends_the_list(run):
    # '- 主要语种：' over '- 中文': a language, no organization
    assert "中文" not in organization_names(run)


def test_a_chinese_item_under_a_chinese_sponsor_heading_is_an_organization(run):
    # '## 鸣谢赞助商' over '- 云帆数据'
    assert "云帆数据" in organization_names(run)


def test_a_logo_with_a_chinese_caption_under_a_sponsor_heading_names_its_sponsor(run):
    # '![星河游戏](…)' under '## 鸣谢赞助商'
    assert "星河游戏" in organization_names(run)
