"""Chinese lists of the organizations that took part, in a small post written for these tests (not
copied text): '来自 A、B、C 等社区的开发者' names each community, '参与的组织包括 A、B 和 C' each
organization, a company named by the place it serves ('青禾美国公司') is no mere unit of the company, and the Latin
name a speaker comes from ('来自 Contoso Linux 的 Jane Yan') is an organization."""

from conftest import ROOT, ingest_view, organization_names as names_in

POSTS = ROOT / "tests" / "ingest" / "posts"
POST = "zh-organizations-listed-as-taking-part.md"


def organization_names(run) -> set[str]:
    return names_in(ingest_view(run, POSTS / POST))


def test_a_list_of_communities_the_guests_came_from_names_each(run):
    # '邀请了来自 Contoso、青禾、Fabrikam 等社区的开发者分享经验'
    assert {"Contoso", "青禾", "Fabrikam"} <= set(organization_names(run))


def test_the_organizations_a_sentence_says_took_part_are_each_named(run):
    # '参与的组织包括星河科技、蓝海数据、Northwind 和白鹭大学'
    assert {"星河科技", "蓝海数据", "Northwind"} <= set(organization_names(run))


def test_a_company_named_by_the_place_it_serves_stays_beside_its_parent(run):
    # '青禾美国公司软件工程师 Jane Doe：…' beside '青禾' of the list
    assert "青禾美国公司" in organization_names(run)


def test_the_latin_name_a_speaker_comes_from_is_an_organization(run):
    # '活动的最后一个分享来自 Contoso Linux 的 Jane Yan'
    assert "Contoso Linux" in organization_names(run)
