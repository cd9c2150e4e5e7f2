"""Organizations a sentence of an English recap says its people, talks or sponsors came from: a
small post written for these tests (not copied text). The names listed after 'engineers from',
'speakers from organizations such as' (data/affiliated_nouns.txt) or after 'sponsors … were'
are organizations that took part, also those no word list knows; places listed so are not."""

from conftest import ROOT, ingest_view, organization_names

POST = ROOT / "tests" / "ingest" / "posts" / "organizations-people-came-from.md"


def names(run) -> list[str]:
    return organization_names(ingest_view(run, POST))


def test_the_companies_engineers_came_from_are_organizations(run):
    # 'Engineers from Fabrikam Cloud, Adatum, and Tailspin.io shared …'
    assert {"Fabrikam Cloud", "Adatum", "Tailspin.io"} <= set(names(run))


def test_the_organizations_speakers_came_from_are_organizations_also_after_such_as(run):
    # 'Speakers from organizations such as Northwind Traders (NWT), Litware and the City of Wingtip'
    assert {"Northwind Traders", "Litware", "City of Wingtip"} <= set(names(run))


def test_the_sponsors_a_sentence_lists_are_organizations(run):
    # 'Headline sponsors for the day were Proseware, Wide World Importers and Woodgrove.'
    assert {"Proseware", "Wide World Importers", "Woodgrove"} <= set(names(run))


def test_places_people_came_from_are_no_organizations(run):
    # 'developers from Lisbon', 'Attendees from Portugal and Spain'
    assert not {"Lisbon", "Portugal", "Spain"} & set(names(run))
