"""Chinese speaker captions whose post opens with a Latin word, in a small post written for these tests
(not copied text): a language, platform or field of work (data/work_fields.txt: 'Web 全栈工程师', 'iOS 客户端
工程师') is part of the job title, no employer, while a company's name before the post ('Contoso 高级工程师')
still is one; and an ordinal of the post ('第 4 任负责人') is the title's, not the end of the employer's name."""

import json

from conftest import ROOT

POSTS = ROOT / "tests" / "ingest" / "posts"
REGISTRY = ROOT / "tests" / "ingest" / "registry"
POST = "zh-captions-work-fields.md"


def ingest(run) -> dict:
    return json.loads(run("ingest", "--json", POSTS / POST, "--data", REGISTRY).stdout)


def person(run, name: str) -> dict:
    return next(p for p in ingest(run)["people"] if p["name"] == name)


def test_a_field_of_work_before_a_post_is_no_employer(run):
    # '**林澈**，Web 全栈工程师、应用架构师。'
    assert (person(run, "林澈")["organization"], person(run, "林澈")["title"]) == (None, "Web 全栈工程师")


def test_a_platform_before_a_post_is_no_organization_of_the_page(run):
    # '**吴桐**，iOS 客户端工程师，…'
    assert "iOS" not in [o["name"] for o in ingest(run)["organizations"]]


def test_a_company_before_a_post_stays_the_employer(run):
    # '**周岚**，Contoso 高级工程师。'
    assert person(run, "周岚")["organization"] == "Contoso"


def test_an_ordinal_of_the_post_is_the_titles(run):
    # '**许青**，星河开发者社区第 4 任负责人。'
    assert (person(run, "许青")["organization"], person(run, "许青")["title"]) == ("星河开发者社区", "第 4 任负责人")
