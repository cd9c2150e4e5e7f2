"""Talks listed rather than told, on small fixtures written for these tests (not copied text): a
meetup page's program in its front matter, lists of talks under an agenda heading, slide and
recording lists, and talk labels under a heading that names the presenter."""

from conftest import ROOT, ingest_view, talks

LAYOUTS = ROOT / "tests" / "ingest" / "layouts"


def extracted(run, name: str) -> dict:
    return ingest_view(run, LAYOUTS / name)


def test_a_front_matter_list_of_titles_with_names_is_the_program_not_one_talk_of_the_page_title(run):
    # 'speakers:' over '- title: Caching shaders in the browser' / 'name: Lena Brandt'
    view = extracted(run, "front-matter-meetup-program.md")
    assert talks(view) == {"Caching shaders in the browser": ["Lena Brandt"],
                           "Queues: when, why and how": ["Omar Haddad", "Kasia Wrzesniewska"]}

