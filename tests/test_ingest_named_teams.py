"""A team named by a proper name is that organization; one named by its function is none, on a
fixture written for these tests (not copied text)."""

from conftest import ROOT, ingest_view, organization_names

LAYOUTS = ROOT / "tests" / "ingest" / "layouts"


def test_a_team_named_by_a_proper_name_is_that_organization_with_the_team_as_an_alias(run):
    view = ingest_view(run, LAYOUTS / "en-teams-of-a-name.md")  # 'The ContosoDB team will be at …'
    entry = next(o for o in view["organizations"] if o["name"] == "ContosoDB")
    assert entry["aliases"] == ["ContosoDB team"]


def test_a_team_named_by_its_function_is_no_organization(run):
    found = organization_names(ingest_view(run, LAYOUTS / "en-teams-of-a-name.md"))  # 'People Team', 'Tech team'
    assert not {"People Team", "Tech team", "People", "Tech"} & found


def test_a_team_that_organizes_the_event_stays_one_organization_whatever_the_case_of_team(run):
    view = ingest_view(run, LAYOUTS / "en-team-organizer-in-two-cases.md")  # 'the Fabrikam Team', 'The Fabrikam team recently organized'
    assert len(view["organizations"]) == 1
