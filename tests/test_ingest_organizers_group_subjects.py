"""English hosts named as a group: a sentence whose subject ends in a lowercase group noun
(data/host_group_nouns.txt) after a project's name hosts what it holds, and 'a <Name> event' is an
event, as is 'the annual open-source event'; a heading of a local group's own
meetings ('Contoso Lyon Chapter Meetings') names the group; in small posts written for these tests (not copied text)."""

from conftest import ROOT, ingest_view

POSTS = ROOT / "tests" / "ingest" / "posts"


def organizers(run, name: str) -> list[str]:
    return ingest_view(run, POSTS / name)["event"]["organizers"]


def test_a_projects_maintainers_who_host_a_workshop_organize_it(run):
    # 'The contoso-cli maintainers are hosting a workshop on 2nd April, 2031'
    assert organizers(run, "en-organizers-group-subjects.md") == ["contoso-cli maintainers"]


def test_a_named_event_is_what_a_team_hosts(run):
    # 'The Fabrikam team is hosting a TailspinFest event on 2nd April, 2031'
    assert organizers(run, "en-organizers-named-event.md") == ["Fabrikam team"]


def test_an_english_compound_before_a_group_noun_names_no_one(run):
    # 'The non-profit organisation is hosting a workshop …'
    assert organizers(run, "en-organizers-modifier-alone.md") == []


def test_the_event_described_by_lowercase_words_is_what_a_subject_invites_you_to(run):
    # 'The Fabrikam Foundation is happy to invite you to the annual open-source event of the summer'
    assert organizers(run, "en-organizers-described-event.md") == ["Fabrikam Foundation"]


def test_a_heading_of_a_local_groups_own_meetings_names_the_group_as_organizer(run):
    # '# Upcoming Contoso Lyon Chapter Meetings'
    assert organizers(run, "en-organizers-chapter-meetings.md") == ["Contoso Lyon Chapter"]
