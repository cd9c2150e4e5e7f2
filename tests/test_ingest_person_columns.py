"""A table whose header names a column of people ('讲师姓名', '主讲人', 'Speaker') vouches for the
names in that column, also names no list knows, on fixtures written for these tests (not copied text)."""

from conftest import ROOT, affiliations, ingest_view

LAYOUTS = ROOT / "tests" / "ingest" / "layouts"


def extracted(run, name: str) -> dict:
    return ingest_view(run, LAYOUTS / name)


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
