"""A table whose header names a column of people ('讲师姓名', '主讲人', 'Speaker', 'Name') vouches for the
names in that column, also names no list knows, with the organizations and job titles its other columns
give (those employers are the recap's organizations), on fixtures written for these tests (not copied text)."""

from conftest import ROOT, affiliations, ingest_view, organization_names

LAYOUTS = ROOT / "tests" / "ingest" / "layouts"


def extracted(run, name: str) -> dict:
    return ingest_view(run, LAYOUTS / name)


def roster(run, name: str) -> dict[str, dict]:
    return {person["name"]: person for person in extracted(run, name)["people"]}


def test_a_name_column_of_a_table_without_talks_lists_people_with_their_organizations(run):
    view = extracted(run, "person-column-tables.md")  # '| 1 | 林澈 | 星河科技 |'
    assert affiliations(view)["林澈"][0] == "星河科技"


def test_a_degree_a_nickname_and_a_closing_deng_are_no_part_of_a_listed_name(run):
    people = affiliations(extracted(run, "person-column-tables.md"))  # '周岚博士', '韩磊（阿磊）', '何平等'
    assert {"周岚", "韩磊", "何平"} <= set(people)
    assert not {"周岚博士", "何平等"} & set(people)


def test_a_speaker_column_vouches_for_a_name_no_surname_list_knows_but_not_for_an_organization(run):
    people = affiliations(extracted(run, "person-column-tables.md"))  # '| 2031-03-09 | 星河运维部 | 监控实践 |'
    assert "代星野" in people
    assert "星河运维部" not in people


def test_a_speaker_column_vouches_for_latin_names_with_an_upper_case_surname(run):
    people = affiliations(extracted(run, "person-column-latin.md"))  # '[Wei CHEN](…)<br>[Tomasz NOWAK](…)'
    assert {"Wei CHEN", "Tomasz NOWAK", "Ilse DEKKER"} <= set(people)


def test_a_who_column_of_groups_names_no_one(run):
    people = affiliations(extracted(run, "phrase-column-table.md"))
    assert not any("Contoso" in name or "Fabrikam" in name or "Tailspin" in name for name in people)


def test_a_chinese_roster_table_gives_each_person_their_organization_and_title(run):
    # '| 1 | 林澈 | 星河科技, CTO |' under '| 序号 | 嘉宾姓名 | 嘉宾公司名称及职位名称 |'
    person = roster(run, "zh-people-table-with-employers.md")["林澈"]
    assert (person["organization"], person["title"]) == ("星河科技", "CTO")


def test_a_dash_in_a_roster_table_gives_no_organization(run):
    # '| 4 | 何平 | -, 独立研究员 |'
    assert roster(run, "zh-people-table-with-employers.md")["何平"]["organization"] is None


def test_the_employers_of_a_roster_table_are_organizations(run):
    names = organization_names(extracted(run, "zh-people-table-with-employers.md"))
    assert {"星河科技", "云帆智能", "蓝海数据"} <= set(names)


def test_an_english_name_and_company_table_gives_people_with_their_company(run):
    # '| Jane Doe | Fabrikam |' under '| Name | Company |'
    person = roster(run, "en-people-table-with-employers.md")["Jane Doe"]
    assert person["organization"] == "Fabrikam"


def test_two_employers_joined_by_an_ampersand_are_two_organizations(run):
    # '| 5 | 许南星 | 青禾影像 ＆ 北辰科技, 总经理 |'
    names = organization_names(extracted(run, "zh-people-table-with-employers.md"))
    assert {"青禾影像", "北辰科技"} <= set(names)


def test_a_place_column_of_a_program_table_gives_no_one_an_organization(run):
    view = extracted(run, "agenda-place-column.md")  # '| 时间 | 主讲人 | 地点 | 主题 |' over '| … | 林澈 | QX201 | … |'
    assert affiliations(view)["林澈"][0] is None
    assert not {"QX201", "明德报告厅", "线上"} & set(organization_names(view))


def test_the_header_row_of_a_roster_table_names_no_organization(run):
    names = organization_names(extracted(run, "roster-header-company.md"))  # '| 序号 | 嘉宾姓名 | 嘉宾公司名称及职位名称 |'
    assert "星河科技" in names
    assert not {name for name in names if "嘉宾" in name}
