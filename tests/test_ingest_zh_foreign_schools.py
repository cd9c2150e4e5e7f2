"""Foreign schools written in Chinese, in a small post written for these tests (not copied text): the
name of a school holds the country it stands in and, before a branch campus (分校, a school head), its
university, so it runs longer than the eight characters before a head that otherwise read as a clause;
the branch campus is the school, not the university it belongs to."""

from conftest import ROOT, ingest_view, organization_names as names_in

POST = ROOT / "tests" / "ingest" / "posts" / "zh-organizations-foreign-schools.md"


def organization_names(run) -> set[str]:
    return names_in(ingest_view(run, POST))


def test_a_foreign_university_with_its_country_is_one_name(run):
    # '本次沙龙邀请了澳大利亚新南威尔士大学的教授'
    assert "澳大利亚新南威尔士大学" in organization_names(run)


def test_a_branch_campus_is_the_school_not_its_university(run):
    # '周岚，美国加州大学圣地亚哥分校教授'
    names = organization_names(run)
    assert "美国加州大学圣地亚哥分校" in names
    assert not {"美国加州大学", "美国加州大学圣地亚哥"} & names
