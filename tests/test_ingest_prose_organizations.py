"""Organizations and organizers named in the sentences of an English recap: a small post written
for these tests (not copied text). A list after 'organised by' goes on past a name that only looks
like a person's after 'the'; a name runs on through 'for' and a word like 'eScience'; a team named
after a place or a person, and a well-known name used as a tool or a time, are no organization."""

import json

from conftest import ROOT

POSTS = ROOT / "tests" / "ingest" / "posts"
REGISTRY = ROOT / "tests" / "ingest" / "registry"


def extracted(run, name: str) -> dict:
    return json.loads(run("ingest", "--json", POSTS / name, "--data", REGISTRY).stdout)


def organization_names(run, name: str) -> list[str]:
    return [organization["name"] for organization in extracted(run, name)["organizations"]]


def test_an_organizer_list_goes_on_past_a_name_after_the_that_looks_like_a_person(run):
    # '… jointly organised by the NWD and the Fabrikam Garden Meise as part of …'
    assert extracted(run, "prose-partners.md")["event"]["organizers"] == ["NWD"]


def test_an_institution_name_runs_on_through_for(run):
    # 'the Woodgrove Institute for Computation lent its laptops'
    assert "Woodgrove Institute for Computation" in organization_names(run, "prose-partners.md")


def test_an_institution_name_keeps_a_word_that_opens_in_lowercase(run):
    # 'Sung Bae of the Tailspin eScience Institute'
    assert "Tailspin eScience Institute" in organization_names(run, "prose-partners.md")


def test_an_initiative_is_an_organization(run):
    assert "Northwind Initiative" in organization_names(run, "prose-partners.md")


def test_a_team_named_after_a_place_or_a_person_is_no_organization(run):
    # 'Cakes came from the Lyon team and from Dana Whitfield's team.'
    names = organization_names(run, "prose-partners.md")
    assert "Lyon team" not in names and "Dana Whitfield's team" not in names


def test_a_known_name_used_as_a_tool_or_a_time_is_no_organization(run):
    # 'followed their GitHub notifications', 'the pre-GitHub days'
    assert "GitHub" not in organization_names(run, "prose-partners.md")
