"""A program written as lines that open with a start time alone ('09:00 -- Title (Name, Org)'), on
fixtures written for these tests (not copied text): each line is an item, with the speakers beside it."""

from conftest import ROOT, affiliations, ingest_view, talks

LAYOUTS = ROOT / "tests" / "ingest" / "layouts"


def test_a_start_time_then_a_title_and_its_speakers_in_brackets_is_a_talk(run):
    view = ingest_view(run, LAYOUTS / "start-time-talk-lines.md")
    assert talks(view)["Erasure codes in practice"] == ["Jane Doe"]
    assert talks(view)["Flash wear explained"] == ["Wei Chen", "Omar Haddad"]
    assert affiliations(view)["Jane Doe"][0] == "Contoso Labs"


def test_a_break_in_an_agenda_of_start_times_is_an_item_as_written(run):
    # the gold guide counts an agenda's non-talk rows ('08:30 -- Welcome coffee') as items, without speakers
    view = ingest_view(run, LAYOUTS / "start-time-talk-lines.md")
    assert talks(view)["Welcome coffee"] == [] and talks(view)["coffee break"] == []


def test_start_times_after_the_days_of_a_program_of_several_days_are_its_items(run):
    # '- 11/11 09:30 公布題目' then '- 11/12 15:30~ 頒獎': later by the day though the clock is earlier;
    # '成果展示 時間' is all title (時間, 'time', is a word, no name, in traditional characters too)
    view = ingest_view(run, LAYOUTS / "start-times-of-several-days.md")
    assert talks(view) == {"開始報到": [], "公布題目": [], "分組實作": [], "成果展示 時間": [], "頒獎": []}
