"""A program written as lines that open with a start time alone ('09:00 -- Title (Name, Org)'), on
fixtures written for these tests (not copied text): each line beside its speakers is a talk."""

from conftest import ROOT, affiliations, ingest_view, talks

LAYOUTS = ROOT / "tests" / "ingest" / "layouts"


def test_a_start_time_then_a_title_and_its_speakers_in_brackets_is_a_talk(run):
    view = ingest_view(run, LAYOUTS / "start-time-talk-lines.md")
    assert talks(view)["Erasure codes in practice"] == ["Jane Doe"]
    assert talks(view)["Flash wear explained"] == ["Wei Chen", "Omar Haddad"]
    assert affiliations(view)["Jane Doe"][0] == "Contoso Labs"


def test_a_start_time_before_a_break_without_speakers_gives_no_talk(run):
    view = ingest_view(run, LAYOUTS / "start-time-talk-lines.md")
    assert "Welcome coffee" not in talks(view) and "coffee break" not in talks(view)
