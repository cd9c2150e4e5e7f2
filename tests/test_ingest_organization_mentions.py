"""Organizations a recap names in lists and words: small posts written for these tests (not copied
text). An enumeration of example tools ends where a verb says who presented them; the date that
opens a sentence's list of hosts is no organization; a registered name that is a plain English word
names nothing when it is joined to the next word or opens a label, nor a misspelling of a registered
name; a company's name and acronym opening a glossary item name a technology, and a company whose
advice a note cites or the community a project grew out of take no part, nor does a Chinese brand
right before its product's name; a verb's -ing form before 'a start-up' is no company; a dotted name
before 社区, and a lone character jieba reads as a verb inside a Chinese brand, stay in the name; a
Chinese host list joined by 联合 names each host."""

import json
import shutil

from conftest import ROOT

POSTS = ROOT / "tests" / "ingest" / "posts"
REGISTRY = ROOT / "tests" / "ingest" / "registry"
LISTS = "build-day-lists-and-plain-words.md"


def organization_names(run, name: str, registry=REGISTRY) -> list[str]:
    view = json.loads(run("ingest", "--json", POSTS / name, "--data", registry).stdout)
    return [organization["name"] for organization in view["organizations"]]


def test_names_after_presented_by_take_part_although_examples_come_before(run):
    # 'tools such as remote caching, query helpers, sandboxes presented by Tailspin University, …'
    names = organization_names(run, LISTS)
    assert {"Tailspin University", "Litware Foundation", "Proseware", "Adatum"} <= set(names)


def test_the_date_that_opens_a_list_of_hosts_is_no_organization(run):
    # 'On 1st and 2nd of October 2031, Fabrikam Foundation, Northwind University and Woodgrove will be hosting'
    names = organization_names(run, LISTS)
    assert "Fabrikam Foundation" in names
    assert not [name for name in names if "1st" in name or "October" in name]


def test_a_registered_plain_word_joined_to_the_next_word_or_opening_a_label_names_nothing(run, tmp_path):
    # 'Harbor-Aware Pipelines', 'Harbor audience: Developer', with a company 'Harbor' registered
    registry = tmp_path / "registry"
    shutil.copytree(REGISTRY, registry)
    (registry / "organizations.yml").write_text("- id: harbor\n  name: Harbor\n  kind: company\n", encoding="utf-8")
    assert "Harbor" not in organization_names(run, LISTS, registry)


def test_a_verb_s_ing_form_before_a_start_up_is_no_company(run):
    # '[Running a Start-up on Contoso](…)'
    assert "Running" not in organization_names(run, LISTS)


def test_a_dotted_name_before_a_chinese_community_head_is_kept_whole(run):
    # '由 Contoso.org 社区主办', '建立了 Fabrikam.js 社区'
    names = organization_names(run, "zh-dotted-community-name.md")
    assert "Contoso.org 社区" in names and "Fabrikam.js 社区" in names
    assert "org 社区" not in names and "js 社区" not in names



def names_with_registry(run, tmp_path, entries: str, body: str) -> list[str]:
    """The organizations of a small post read with a registry of the given entries."""
    registry = tmp_path / "registry"
    shutil.copytree(REGISTRY, registry)
    (registry / "organizations.yml").write_text(entries, encoding="utf-8")
    post = tmp_path / "post.md"
    post.write_text(f"---\ntitle: Contoso Build Day 2031\ndate: 2031-10-20\n---\n\n{body}\n", encoding="utf-8")
    view = json.loads(run("ingest", "--json", post, "--data", registry).stdout)
    return [organization["name"] for organization in view["organizations"]]



def test_one_plain_word_is_no_misspelling_of_a_registered_name(run, tmp_path):
    # a speaker of 'Harbor', with only 'Harbour' registered: a word, not a misspelt 'Harbour'
    entries = "- id: harbour\n  name: Harbour\n  kind: company\n"
    body = "## Speakers\n\n- Jane Doe (Harbor)\n- John Smith (Fabrikam University)"
    names = names_with_registry(run, tmp_path, entries, body)
    assert "Harbor" in names and "Harbour" not in names

def test_a_company_s_name_and_acronym_that_open_a_glossary_item_name_a_technology(run, tmp_path):
    # '- Wingtip WTX: the sandbox runtime …', with Wingtip a registered company
    entries = "- id: wingtip\n  name: Wingtip\n  kind: company\n"
    body = "Speakers came from Fabrikam University.\n\n## Glossary\n\n- Wingtip WTX: the sandbox runtime the talks kept coming back to"
    assert "Wingtip" not in names_with_registry(run, tmp_path, entries, body)


def test_the_community_a_project_grew_out_of_takes_no_part(run):
    # '青禾项目成立于 2029 年,脱胎于北岩社区的开源夏令营活动。'
    assert "北岩社区" not in organization_names(run, "zh-dotted-community-name.md")


def test_a_company_whose_advice_a_note_cites_takes_no_part(run, tmp_path):
    # 'Wingtip recommends updating the SDK …', with Wingtip a registered company
    entries = "- id: wingtip\n  name: Wingtip\n  kind: company\n"
    body = "Speakers came from Fabrikam University.\n\n- Wingtip recommends updating the sandbox SDK to its latest release."
    assert "Wingtip" not in names_with_registry(run, tmp_path, entries, body)


def test_a_chinese_brand_right_before_its_product_s_name_names_the_product(run, tmp_path):
    # '…基于开放架构的云帆飞梭和…': the Yunfan company's product, with 云帆 registered
    entries = "- id: yunfan\n  name: Yunfan\n  name_zh: 云帆\n  kind: company\n"
    body = "5 月 18 日,青禾沙龙在杭州举行。园区先后落地了基于开放架构的云帆飞梭和基于自研架构的北岩科技有限公司。"
    assert "Yunfan" not in names_with_registry(run, tmp_path, entries, body)


def test_a_lone_character_jieba_reads_as_a_verb_stays_in_a_chinese_name(run):
    # '江苏松宇数据集团': '松' is half of the brand 松宇, not a verb that ends the clause before '宇数据集团'
    names = organization_names(run, "zh-dotted-community-name.md")
    assert "江苏松宇数据集团" in names and "宇数据集团" not in names


def test_a_chinese_host_list_joined_by_lianhe_names_each_host(run):
    # '由北岩大学、星河研究院联合云帆科技有限公司共同主办'
    view = json.loads(run("ingest", "--json", POSTS / "zh-hosts-joined-by-lianhe.md", "--data", REGISTRY).stdout)
    assert {"北岩大学", "星河研究院", "云帆科技有限公司"} <= set(view["event"]["organizers"])
