"""A program line's title and speakers, split where the line sets the speakers apart (small invented lines)."""

from ocpkb.ingest.model import Span
from ocpkb.ingest.talk_lines import split_title_and_speakers

LINE = Span(1, 1)


def test_a_bracket_after_a_timed_title_that_holds_a_name_holds_its_speaker():
    title, speakers = split_title_and_speakers("Secure updates (WP2, Jane Whitfield, Contoso Labs / Fabrikam University)",
                                               LINE, timed=True)
    assert (title, [speaker.name for speaker in speakers]) == ("Secure updates", ["Jane Whitfield"])


def test_what_a_break_serves_in_brackets_names_no_one():
    assert split_title_and_speakers("Lunch (Grilled Fish, Spinach Salad)", LINE, timed=True)[1] == []



def test_a_semicolon_after_a_timed_title_of_commas_sets_its_speaker_apart():
    title, speakers = split_title_and_speakers("Keynote Mesh Radios: Then, Now and Next; Orla Brennan", LINE, timed=True)
    assert (title, [speaker.name for speaker in speakers]) == ("Keynote Mesh Radios: Then, Now and Next", ["Orla Brennan"])


def test_a_timed_list_of_things_apart_by_semicolons_names_no_one():
    assert split_title_and_speakers("Logging; Tracing; Metrics", LINE, timed=True)[1] == []
