"""Chinese organizers a recap names in the clause that holds its event: a clause whose subject, before where and
when, holds an event ('A 在深圳举办了首次线下 Meetup'); a label that names the party after the verb ('承办者：').
In small posts written for these tests (not copied text)."""

from conftest import ROOT, ingest_view

POSTS = ROOT / "tests" / "ingest" / "posts"


def organizers(run, name: str, found: bool = True) -> list[str]:
    return ingest_view(run, POSTS / name, found=found)["event"]["organizers"]


def test_the_organization_that_opens_a_clause_holding_the_event_hosts_it(run):
    # '星河社区在深圳举办了首次线下 Meetup'
    assert organizers(run, "zh-subject-holds-meetup.md") == ["星河社区"]


def test_a_user_group_that_will_hold_an_activity_hosts_it(run):
    # '云帆 Linux 用户组将在本周六下午举行线下活动': a group head (data/group_heads_zh.txt)
    assert organizers(run, "zh-subject-holds-user-group.md") == ["云帆 Linux 用户组"]


def test_every_organization_of_a_subject_that_plans_to_hold_the_event_hosts_it(run):
    # 'Contoso Network 中国和星河社区计划联合举办开源应用生态沙龙'
    assert organizers(run, "zh-subject-holds-planned-together.md") == ["Contoso Network 中国", "星河社区"]


def test_a_clause_that_says_the_event_cannot_be_held_names_no_organizer(run):
    # '星河社区暂时无法举办线下 Meetup'
    assert "星河社区" not in organizers(run, "zh-subject-holds-not-held.md")


def test_a_label_naming_the_party_after_the_verb_names_the_organizer(run):
    # '承办者：[云帆大学 Linux 用户协会](…)'
    assert organizers(run, "zh-organizer-labels-by-party.md") == ["云帆大学 Linux 用户协会"]



def test_the_organization_said_to_have_launched_the_event_runs_it(run):
    # 'Contoso DevCon 是星河数据团队面向开发者社区推出的技术会议'
    assert organizers(run, "zh-launched-by-team.md") == ["星河数据团队"]


def test_the_institute_that_started_the_event_runs_it_without_its_quoted_program(run):
    # '开源之光是由云帆软件研究所“开源新星培育计划”发起并长期支持的一项暑期开源活动'
    assert organizers(run, "zh-launched-by-institute.md") == ["云帆软件研究所"]


def test_the_maker_of_a_launched_product_organizes_nothing(run):
    # '星河数据库是由云帆科技推出的分布式数据库'
    assert organizers(run, "zh-launched-product.md", found=False) == []


def test_those_joined_hand_in_hand_to_convene_the_event_organize_it_up_to_the_kind_closing_the_list(run):
    # '星河社区携手云帆数据、蓝海科技等共建单位的技术专家们，共同召开社区首届开源数据 Meetup'
    assert organizers(run, "zh-hand-in-hand-closed-by-kind.md") == ["星河社区", "云帆数据", "蓝海科技"]


def test_those_who_jointly_started_the_event_after_its_hosts_organize_it(run):
    # '由 Contoso 与星河社区共同主办，Fabrikam、Tailspin 联合发起'
    assert organizers(run, "zh-hosted-then-started-jointly.md") == ["Contoso", "星河社区", "Fabrikam", "Tailspin"]


def test_the_organization_that_organized_a_themed_event_hosts_it(run):
    # '星河社区组织了以“自由，开放”为主题的开源日活动': 组织了 holds the event; the theme's comma ends no clause
    assert organizers(run, "zh-subject-organized-themed.md") == ["星河社区"]


def test_the_organization_that_holds_the_event_every_year_hosts_it(run):
    # '开源装机节是青禾大学开源软件协会一年一度举办的活动': a relative clause of a recurring event before 的
    assert organizers(run, "zh-subject-holds-yearly.md") == ["青禾大学开源软件协会"]
