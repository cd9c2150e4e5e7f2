"""Organizers an English recap names in a sentence, in a small post written for these tests (not
copied text): a public body after 'hosted by the' ('… Science Policy Office'), and a team whose
list 'led by' its leader ends."""

import json

from conftest import ROOT

POST = ROOT / "tests" / "ingest" / "posts" / "prose-organizer-bodies.md"
REGISTRY = ROOT / "tests" / "ingest" / "registry"


def organizers(run) -> list[str]:
    return json.loads(run("ingest", "--json", POST, "--data", REGISTRY).stdout)["event"]["organizers"]


def test_a_public_office_after_hosted_by_the_is_an_organizer(run):
    # 'the workshop was kindly hosted by the Tailspin Science Policy Office, for which …'
    assert "Tailspin Science Policy Office" in organizers(run)


def test_led_by_ends_the_list_of_organizers(run):
    # 'The workshop was organised by Team Northwind Carpentries led by Dr. Ana Ruiz'
    assert "Team Northwind Carpentries" in organizers(run)
    assert not any("Ruiz" in name for name in organizers(run))
