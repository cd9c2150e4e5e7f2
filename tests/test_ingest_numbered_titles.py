"""Chinese pages titled by one numbered episode, lesson or issue of a series ('… Vol.3', '#02',
'Lesson 3'): where no event phrase names the gathering, the whole title does. Small pages written for
these tests (not copied text)."""

from conftest import ROOT, ingest_view

POSTS = ROOT / "tests" / "ingest" / "posts"


def event(run, name: str) -> dict:
    return ingest_view(run, POSTS / name)["event"]


def test_a_title_numbering_an_issue_of_a_series_names_the_event_without_its_emoji(run):
    assert event(run, "zh-numbered-issue-title.md")["name"] == "云帆溯说Talk Vol.3"


def test_a_first_heading_numbering_an_episode_names_the_event(run):
    assert event(run, "zh-numbered-episode-heading.md")["name"] == "开源行 · #02 星河大学"


def test_a_title_numbering_a_lesson_of_a_course_names_the_event(run):
    assert event(run, "zh-numbered-lesson-title.md")["name"] == "Contoso2 Lesson 3 - 模型量化部署实践"


def test_a_title_without_a_number_names_no_event(run):
    assert ingest_view(run, POSTS / "zh-title-without-number.md", found=False)["event"]["name"] is None
