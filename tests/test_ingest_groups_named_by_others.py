"""A name whose head needs a proper name ('… Group', '… School') and gets none is no organization:
one that opens with another organization's possessive, a talk title's common words before 'and', event
words alone, or a head of whom it is of or for; on a fixture written for these tests (not copied text)."""

from conftest import ROOT, ingest_view, organization_names

FIXTURE = ROOT / "tests" / "ingest" / "layouts" / "en-groups-named-by-others.md"


def test_a_group_opening_with_another_organizations_possessive_is_none(run):
    assert "Contoso's Research Computing Support Group" not in organization_names(ingest_view(run, FIXTURE))


def test_a_group_of_an_organization_named_by_common_words_is_none(run):
    assert "Advisory Group of Fabrikam" not in organization_names(ingest_view(run, FIXTURE))


def test_a_school_for_an_audience_named_by_common_words_is_none(run):
    assert "Business School for Bloggers" not in organization_names(ingest_view(run, FIXTURE))


def test_common_words_before_and_open_no_group_name(run):
    assert "Introduction and Tailspin Lyon User Group" not in organization_names(ingest_view(run, FIXTURE))


def test_a_group_named_by_event_words_alone_is_none(run):
    assert "Meetup Group" not in organization_names(ingest_view(run, FIXTURE))


def test_a_named_group_beside_them_stays(run):
    assert "Tailspin Lyon User Group" in organization_names(ingest_view(run, FIXTURE))
