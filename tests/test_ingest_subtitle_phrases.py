"""A talk's title split at its own colon, on fixtures written for these tests (not copied text): a
subtitle read as its speaker ('Widget Fleets: Scaling Telemetry, Logs and Traces') -- a 'name' that opens
with a verb's -ing form is a phrase, and a phrase on either side of a title's colon names no speaker --
and a speaker set before the line's first dash, whose title after it keeps its colon."""

from conftest import ROOT, ingest_view, talks

from ocpkb.ingest.classify import a_phrase_for_a_name, opens_with_a_participle
from ocpkb.ingest.model import PersonMention, Span

LAYOUTS = ROOT / "tests" / "ingest" / "layouts"


def test_a_subtitle_after_the_colon_of_a_linked_title_is_no_speaker(run):
    view = ingest_view(run, LAYOUTS / "schedule-links-with-subtitles.md")
    assert talks(view) == {
        "Widget Fleets: Scaling Telemetry, Logs and Traces at Contoso": ["Jane Okafor"],
        "Measuring Widgets, Counting Gears: Capacity Planning at Fabrikam": ["Ivan Holder"],
        "Gear Trains: Real-Time Checks of Widget Drives": ["Tom Berg"],
    }


def test_a_name_that_opens_with_an_ing_form_is_a_phrase():
    assert opens_with_a_participle("Scaling Widgetry")  # the word after it may be no dictionary word
    assert opens_with_a_participle("Measuring Gears")
    assert a_phrase_for_a_name(PersonMention("Counting Widgetry Gears", Span(1, 1)))


def test_given_names_and_short_syllables_ending_in_ing_stay_names():
    assert not opens_with_a_participle("Sterling Okafor")  # a given name, also a word
    assert not opens_with_a_participle("Ying Chen")
    assert not opens_with_a_participle("Jing Wang")
    assert not a_phrase_for_a_name(PersonMention("Scaling Widgetry", Span(1, 1), "Contoso", "Staff Engineer"))


def test_a_sentence_under_a_talk_heading_that_opens_with_an_ing_form_names_no_speaker(run):
    # '## Title by Ana Ruiz (Fabrikam)' over 'Following Anouk, Ana Ruiz from Fabrikam showed …'
    view = ingest_view(run, LAYOUTS / "talk-heading-over-following-sentence.md")
    assert talks(view) == {"Safe Gears, the Base of Widgets": ["Anouk Berg"], "Tracing Widgets in Production": ["Ana Ruiz"]}
    assert "Following Anouk" not in [person["name"] for person in view["people"]]


def test_a_speaker_before_the_lines_first_dash_keeps_the_whole_title_after_it(run):
    # '- Ana Ruiz (Contoso Labs) - [Gear Trains: 2.5 Years of …](video)': not split at the title's own colon
    view = ingest_view(run, LAYOUTS / "speaker-first-items-with-colon-titles.md")
    assert talks(view) == {"Gear Trains: 2.5 Years of Widgets at Fabrikam": ["Ana Ruiz"],
                           "widgetbox: Simple Gear Confinement with Widgets": ["Tom Berg"]}


def test_a_line_that_tells_a_talk_after_its_speaker_s_bracket_is_no_speaker_line():
    from ocpkb.ingest.segment import Block
    from ocpkb.ingest.titled_talks import speaker_line

    assert speaker_line(Block("item", "Tom Berg (Quillbox) - Debugging Widgets in Production", 1)) is None
    assert speaker_line(Block("item", "Tom Berg (Quillbox) - Staff Engineer", 1)).name == "Tom Berg"
    assert speaker_line(Block("item", "Tom Berg (Quillbox)", 1)).organization == "Quillbox"
