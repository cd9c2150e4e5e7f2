"""A table of people with their employers, no talk or time column: small pages written for these
tests (not copied text). The header names a name column ('嘉宾姓名', 'Name') and a column of
organizations or job titles ('公司…职位', 'Company'); each row is a person, and their organization
is one of the recap's."""

from conftest import ROOT, ingest_view, organization_names

LAYOUTS = ROOT / "tests" / "ingest" / "layouts"


def people(run, name: str) -> dict[str, dict]:
    return {person["name"]: person for person in ingest_view(run, LAYOUTS / name)["people"]}


def test_a_chinese_roster_table_gives_each_person_their_organization_and_title(run):
    # '| 1 | 林澈 | 星河科技, CTO |' under '| 序号 | 嘉宾姓名 | 嘉宾公司名称及职位名称 |'
    person = people(run, "zh-people-table-with-employers.md")["林澈"]
    assert (person["organization"], person["title"]) == ("星河科技", "CTO")


def test_a_roster_tables_name_is_without_its_degree_and_nickname(run):
    # '周岚博士', '韩磊（小韩）'
    assert {"周岚", "韩磊"} <= set(people(run, "zh-people-table-with-employers.md"))


def test_a_dash_in_a_roster_table_gives_no_organization(run):
    # '| 4 | 何平 | -, 独立研究员 |'
    assert people(run, "zh-people-table-with-employers.md")["何平"]["organization"] is None


def test_the_employers_of_a_roster_table_are_organizations(run):
    names = organization_names(ingest_view(run, LAYOUTS / "zh-people-table-with-employers.md"))
    assert {"星河科技", "云帆智能", "蓝海数据"} <= set(names)


def test_an_english_name_and_company_table_gives_people_with_their_company(run):
    # '| Jane Doe | Fabrikam |' under '| Name | Company |'
    person = people(run, "en-people-table-with-employers.md")["Jane Doe"]
    assert person["organization"] == "Fabrikam"


def test_two_employers_joined_by_an_ampersand_are_two_organizations(run):
    # '| 5 | 许南星 | 青禾影像 ＆ 北辰科技, 总经理 |'
    names = organization_names(ingest_view(run, LAYOUTS / "zh-people-table-with-employers.md"))
    assert {"青禾影像", "北辰科技"} <= set(names)
