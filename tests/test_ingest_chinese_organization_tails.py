"""A Chinese reading cut off the end of a longer name, in a small post written for these tests (not
copied text): '产业技术创新联盟' read off '青川省云帆大数据产业技术创新联盟', which the post never writes
alone, is no organization of its own; a name that a conjunction sets after another
('青禾学会和星河统计研究中心') is no such tail; a city written with its level before an organization the post
names ('杭州市星河大学' beside '星河大学') says where it stands."""

import json

from conftest import ROOT

from ocpkb.ingest.organizations import _chinese_tail_only

POSTS = ROOT / "tests" / "ingest" / "posts"
REGISTRY = ROOT / "tests" / "ingest" / "registry"
POST = "zh-organization-tails.md"


def organization_names(run) -> list[str]:
    result = json.loads(run("ingest", "--json", POSTS / POST, "--data", REGISTRY).stdout)
    return [organization["name"] for organization in result["organizations"]]


def test_a_tail_the_post_only_writes_inside_a_longer_name_is_no_organization(run):
    # '由青川省云帆大数据产业技术创新联盟主办'
    assert [name for name in organization_names(run) if name.endswith("联盟")] == ["青川省云帆大数据产业技术创新联盟"]


def test_a_name_after_a_conjunction_is_no_tail():
    names = ["青禾学会和星河统计研究中心", "星河统计研究中心"]
    assert not _chinese_tail_only("星河统计研究中心", names, ["沙龙得到了青禾学会和星河统计研究中心的支持。"])


def test_a_city_written_with_its_level_before_a_named_organization_is_where_it_stands(run):
    # '2031年6月11日，杭州市星河大学。' and '感谢星河大学提供场地。'
    result = json.loads(run("ingest", "--json", POSTS / "zh-organization-at-a-place.md", "--data", REGISTRY).stdout)
    names = [organization["name"] for organization in result["organizations"]]
    assert "星河大学" in names and "杭州市星河大学" not in names
