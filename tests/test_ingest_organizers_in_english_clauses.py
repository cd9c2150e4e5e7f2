"""English organizers in the clauses recaps state them with, in small posts written for these tests (not
copied text): whose office, campus or headquarters an event was hosted at hosted it; a person's home
names no organizer; 'our friends at X hosted the meetup' names X its host."""

import json

from conftest import ROOT

POSTS = ROOT / "tests" / "ingest" / "posts"
REGISTRY = ROOT / "tests" / "ingest" / "registry"


def organizers(run, name: str) -> list[str]:
    return json.loads(run("ingest", "--json", POSTS / name, "--data", REGISTRY).stdout)["event"]["organizers"]


def test_the_company_whose_office_hosted_the_event_is_its_host(run):
    # 'Our first Contoso Python Project Night was hosted at Fabrikam's office just north of the station'
    assert "Fabrikam" in organizers(run, "en-hosted-at-their-office.md")


def test_a_persons_home_where_a_session_was_held_names_no_organizer(run):
    # 'The follow-up hack session was held at Priya Raman's home the next weekend.'
    assert "Priya Raman" not in organizers(run, "en-hosted-at-their-office.md")


def test_our_friends_at_an_organization_who_hosted_the_meetup_are_its_host(run):
    # 'Our friends at Contoso Labs hosted the March meetup in their new space'
    assert organizers(run, "en-friends-who-hosted.md") == ["Contoso Labs"]


def test_the_group_that_is_holding_the_event_is_its_host(run):
    # 'The Contoso Devices Forum is holding a Contoso Devices Conference in May …'
    assert organizers(run, "en-forum-is-holding.md") == ["Contoso Devices Forum"]


def test_the_group_that_would_like_to_invite_you_to_its_event_is_its_host(run):
    # 'The Fabrikam Firmware Alliance would like to invite you to our upcoming Fabrikam Firmware Summit 2031'
    assert organizers(run, "en-forum-would-like-to-invite.md") == ["Fabrikam Firmware Alliance"]
