"""Talks on small open-source project blogs, on fixtures written for these tests (not copied text):
program items labelled with their kind ('**Talk:** *Title* | Name (handle)'), pages that are one
talk, and talks told in a recap's sentences."""

from conftest import ROOT, ingest_view, talks

LAYOUTS = ROOT / "tests" / "ingest" / "layouts"


def extracted(run, name: str) -> dict:
    return ingest_view(run, LAYOUTS / name)


def organizations_of(view: dict) -> dict[str, str | None]:
    return {person["name"]: person["organization"] for person in view["people"]}


def test_a_talk_label_over_a_title_then_a_bar_then_a_name_gives_the_talk_and_its_speaker(run):
    view = extracted(run, "labelled-program-items.md")
    assert talks(view)["Caching shaders without tears"] == ["Kasia Wrzesniewska"]


def test_the_kind_of_a_program_item_is_no_part_of_its_title(run):
    view = extracted(run, "labelled-program-items.md")
    assert talks(view)["Building levels in an afternoon"] == ["Tomasz Lindqvist"]
    assert talks(view)["2D physics workshop"] == ["Hamid Rostami"]
    assert talks(view)["Surprise"] == ["Aurora Baptiste"]


def test_a_profile_link_in_brackets_after_a_speaker_is_their_handle_not_their_employer(run):
    view = extracted(run, "labelled-program-items.md")
    assert organizations_of(view)["Tomasz Lindqvist"] is None
    assert organizations_of(view)["Kasia Wrzesniewska"] is None


def test_a_section_heading_with_its_article_is_no_talk(run):
    view = extracted(run, "labelled-program-items.md")
    assert "The speakers" not in talks(view)
    assert len(talks(view)) == 4
