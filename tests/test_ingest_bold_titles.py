"""Talk titles set in bold at the head of a list item, a time slot or an agenda cell, on a small fixture written
for these tests (not copied text): the bold span is where the writer ended the title ('09:30 -- **Title** in the
setting of X (Name, Org)', '| 18:00 | **Title**, see below |', '- **Title** by Org 市场总监 Name')."""

from conftest import ROOT, ingest_view, talks

FIXTURE = ROOT / "tests" / "ingest" / "layouts" / "bold-titles-in-items.md"


def test_a_bold_span_that_opens_a_time_slot_is_its_title(run):
    assert talks(ingest_view(run, FIXTURE))["Ledger Lessons at Scale"] == ["Jane Fairweather"]


def test_a_bold_span_that_opens_an_agenda_cell_is_its_title(run):
    assert "Contoso Garden Party" in talks(ingest_view(run, FIXTURE))


def test_a_bold_title_before_by_is_the_title_where_the_speaker_does_not_read(run):
    assert "星河调度系统的演进" in talks(ingest_view(run, FIXTURE))


def test_one_word_a_label_or_a_talk_kind_in_bold_does_not_end_the_title(run):
    found = talks(ingest_view(run, FIXTURE))
    assert {"Docker in small shops", "Keynote: Quiet Queues", "Live demo of the Contoso widget press"} <= set(found)


def test_a_bold_title_then_a_sentence_whose_speakers_present_it_is_a_talk(run):
    # '- **Title** Jane Doe (Contoso) presented how …': no link and no dash, the bold ends the title
    found = talks(ingest_view(run, FIXTURE))
    assert found["Gadget Fleets in the Field"] == ["Oskar Brandvold"] and found["Widget Security Basics"] == ["Lena Marchetti"]


def test_a_dash_inside_a_bold_title_is_part_of_it(run):
    # '- **Title - subtitle** by contoso.cn 林澈': the mark that sets the speaker apart is the one after the bold
    assert talks(ingest_view(run, FIXTURE))["Contoso Engine - widgets"] == ["林澈"]


def test_a_gaelic_surname_with_its_own_capital_names_the_speaker_a_told_talk_opens_with(run):
    # '[**Title:**](video) Ewan McTavish talked about …': 'McTavish' is shaped as a name, not as 'WebSphere'
    view = ingest_view(run, ROOT / "tests" / "ingest" / "layouts" / "told-talks-gaelic-surnames.md")
    assert talks(view)["Widgets at the Harbour"] == ["Ewan McTavish"]
