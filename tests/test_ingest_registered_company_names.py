"""A Chinese company's registered name, which ends in a legal form (data/legal_forms_zh.txt), in a small
post written for these tests (not copied text): it is read whole however long its place, brand and line of
business run ('杭州星河锦程信息技术股份有限公司'), also when it ends in 有限责任公司, and whatever common words
it is made of ('灯塔软件有限公司'); the line of business alone, cut from a longer name, is no company; one
name written with two legal forms is one company."""

import json

from conftest import ROOT

POSTS = ROOT / "tests" / "ingest" / "posts"
REGISTRY = ROOT / "tests" / "ingest" / "registry"
POST = "zh-organizations-registered-names.md"


def organization_names(run) -> list[str]:
    result = json.loads(run("ingest", "--json", POSTS / POST, "--data", REGISTRY).stdout)
    return [organization["name"] for organization in result["organizations"]]


def test_a_registered_name_longer_than_ten_characters_is_read_whole(run):
    # '来自杭州星河锦程信息技术股份有限公司的工程师林澈'
    assert "杭州星河锦程信息技术股份有限公司" in organization_names(run)


def test_a_limited_liability_company_is_read_with_its_place(run):
    # '场地由苏州青禾云图数据有限责任公司提供'
    assert "苏州青禾云图数据有限责任公司" in organization_names(run)


def test_a_registered_name_of_common_words_is_a_company(run):
    # '赞助者：' over '灯塔软件有限公司': 灯塔 and 软件 are dictionary words, the legal form makes it a name
    assert "灯塔软件有限公司" in organization_names(run)


def test_a_line_of_business_cut_from_a_longer_name_is_no_company(run):
    # '青禾贷网络信息服务股份有限公司': no '网络信息服务股份有限公司' of its own
    assert not [name for name in organization_names(run) if name.startswith("网络信息服务")]


def test_a_name_written_with_two_legal_forms_is_one_company(run):
    # '苏州青禾云图数据有限责任公司', later '苏州青禾云图数据有限公司'
    assert [name for name in organization_names(run) if name.startswith("苏州青禾云图数据")] == ["苏州青禾云图数据有限责任公司"]
