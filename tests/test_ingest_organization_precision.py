"""What is no organization stays out of a recap's organizations: a job title or a student's status
after an employer's name, on fixtures written for these tests (not copied text)."""

from conftest import ROOT, affiliations, ingest_view, organization_names

LAYOUTS = ROOT / "tests" / "ingest" / "layouts"


def extracted(run, name: str) -> dict:
    return ingest_view(run, LAYOUTS / name)


def test_a_students_status_after_a_school_is_a_title_not_part_of_the_school(run):
    view = extracted(run, "zh-student-and-cofounder-titles.md")  # '林澈，星河大学博士在读'
    assert affiliations(view)["林澈"] == ("星河大学", "博士在读")
    assert "星河大学博士在读" not in organization_names(view)


def test_lianchuang_after_a_company_is_a_cofounders_title(run):
    view = extracted(run, "zh-student-and-cofounder-titles.md")  # '周岚，云帆智能联创'
    assert affiliations(view)["周岚"] == ("云帆智能", "联创")
    assert "云帆智能" in organization_names(view)


def test_a_well_known_name_a_space_and_a_chinese_community_name_are_one_organization(run):
    names = organization_names(extracted(run, "zh-known-name-and-community.md"))  # 'GitLab 中文社区主办'
    assert "GitLab 中文社区" in names
    assert "中文社区" not in names


def test_a_common_word_beside_a_speakers_name_is_no_employer(run):
    view = extracted(run, "zh-talks-with-link-labels.md")  # '林澈（[介绍](…)，[Slides](…)）': a link's label
    assert affiliations(view)["林澈"][0] is None
    assert "介绍" not in organization_names(view)


def test_a_date_that_opens_a_hosting_sentence_is_no_host(run):
    view = extracted(run, "en-dated-opening-host.md")  # 'On March 20th, Contoso Labs hosted a day-long workshop'
    assert "Contoso Labs" in view["event"]["organizers"]
    assert "On March 20th" not in organization_names(view)


def test_a_chinese_dash_sets_a_speakers_company_apart_from_the_title_before_it(run):
    view = extracted(run, "zh-title-dash-speaker.md")  # '…的科学与工程探索—— 星河科技创始人&CEO 林澈博士'
    assert affiliations(view)["林澈"][0] == "星河科技"
