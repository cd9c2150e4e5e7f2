"""Days read as organizations, in sentences written for these tests (not copied text): a sentence that
opens with its day and weekday ('On Sunday, June 3, 2031, the Contoso community held …') names its hosts
after them, not the day's pieces; a capitalized run cut at a full stop before the next sentence's head word
('across Saturday and Sunday. The team …') names no organization, having no head of its own."""

from ocpkb.ingest.extract import listed_hosts, organizers
from ocpkb.ingest.organizations import organization_mentions
from ocpkb.ingest.segment import Block


def test_a_weekday_and_date_opening_the_sentence_are_no_hosts():
    text = "On Sunday, June 3, 2031, the Contoso community held a workshop at the Fabrikam Forum."
    assert [name for (name, _), in ([found.value] for found in organizers([Block("paragraph", text, 1)]))] \
        == ["Contoso community"]


def test_a_weekday_alone_opening_the_sentence_is_no_host():
    assert listed_hosts("On Saturday, Contoso and Fabrikam hosted a meetup in Lyon.") \
        == [("Contoso", "host"), ("Fabrikam", "host")]


def test_a_run_cut_before_the_next_sentence_s_head_names_no_organization():
    assert organization_mentions("The fair runs across Saturday and Sunday. The team had a table there.") == []
    assert organization_mentions("We met at the Contoso Institute of Technology Delhi. The team had a table.") \
        == ["Contoso Institute of Technology Delhi"]
