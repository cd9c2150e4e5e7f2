"""Speakers' affiliations written in the slot after each name, on fixtures written for these tests
(not copied text): each organization is the speaker's, and so one that took part."""

from conftest import ROOT, ingest_view, organization_names, organizations_of

LAYOUTS = ROOT / "tests" / "ingest" / "layouts"


def test_a_nickname_in_quotes_does_not_merge_two_speakers_of_a_line(run):
    view = ingest_view(run, LAYOUTS / "en-sched-speakers-with-nicknames-and-times.md")  # 'A, Org & B "Nick" C, Org'
    assert organizations_of(view)["Priya Kannan"] == "Tailspin"


def test_the_slot_time_after_a_bar_is_no_organization_of_the_last_speaker(run):
    view = ingest_view(run, LAYOUTS / "en-sched-speakers-with-nicknames-and-times.md")  # '… B, Org | 4:15pm - 4:45pm EST'
    assert organizations_of(view)["Oren Halevi"] == "Adatum"
    assert "Adatum" in organization_names(view)


def test_a_speaker_column_vouches_for_a_bracketed_affiliation(run):
    view = ingest_view(run, LAYOUTS / "en-agenda-speaker-column-with-brackets.md")  # '| Kofi Brannagh (Northwind) |'
    assert organizations_of(view)["Kofi Brannagh"] == "Northwind"


def test_a_lowercase_brand_before_an_organization_head_is_an_affiliation(run):
    view = ingest_view(run, LAYOUTS / "en-agenda-speaker-column-with-brackets.md")  # '| Wren Kallas (fabrikam Labs) |'
    assert "fabrikam Labs" in organization_names(view)
