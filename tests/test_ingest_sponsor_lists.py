"""The sponsors an English event page or announcement lists in a sentence: small posts written for
these tests (not copied text). Every name of the list after 'sponsored by' or after the event's own
sponsors ('our top sponsors', 'other sponsors', 'our gold sponsors—') is an organization, none of them an
organizer; a list hard-wrapped after its commas is one sentence; a dash ends the list; a brand written
with a lowercase prefix is a name; a sponsor's tier before a name is no part of it; and sponsors alone
leave the headline's host as the organizer."""

from conftest import ROOT, ingest_view, organization_names

POSTS = ROOT / "tests" / "ingest" / "posts"


def extracted(run, name: str) -> dict:
    return ingest_view(run, POSTS / name)


def test_every_name_listed_after_sponsored_by_is_an_organization(run):
    # 'This event, sponsored by [Fabrikam](…), ' / '[Northwind Traders](…), ' / … / '[Adatum Corporation](…), is …'
    names = organization_names(extracted(run, "sponsors-listed-by-tier.md"))
    assert {"Fabrikam", "Northwind Traders", "Tailspin Toys", "Adatum Corporation"} <= names


def test_the_names_after_the_events_own_sponsors_are_organizations(run):
    # 'with the support of our top sponsors [Litware](…) and [Proseware](…) and other sponsors, [Woodgrove](…), …'
    names = organization_names(extracted(run, "sponsors-listed-by-tier.md"))
    assert {"Litware", "Proseware", "Woodgrove", "Alpine Ski House"} <= names


def test_sponsors_are_no_organizers(run):
    assert extracted(run, "sponsors-listed-by-tier.md")["event"]["organizers"] == []


def test_a_brand_written_with_a_lowercase_prefix_is_listed(run):
    # '…, [eWingtip](…) and [Alpine Ski House](…)'
    assert "eWingtip" in organization_names(extracted(run, "sponsors-listed-by-tier.md"))


def test_a_dash_ends_a_list_of_sponsors(run):
    # 'our gold sponsors—[Wide World Importers](…) and [Coho Vineyard](…)—as well as our silver sponsors, …'
    names = organization_names(extracted(run, "sponsors-listed-by-tier.md"))
    assert {"Wide World Importers", "Coho Vineyard", "Lucerne Publishing", "Margie's Travel"} <= names


def test_a_sponsor_tier_before_a_name_is_no_part_of_it(run):
    # 'our Diamond Sponsor [Trey Research](…), Platinum Sponsor [Blue Yonder Airlines](…) as well as …'
    names = organization_names(extracted(run, "sponsors-listed-by-tier.md"))
    assert "Blue Yonder Airlines" in names and "Platinum Sponsor Blue Yonder Airlines" not in names


def test_sponsors_alone_leave_the_headline_host_as_the_organizer(run):
    # 'Contoso Foundation Announces the Fabrikam Day 2031 Workshop' over '… is sponsored by the Northwind Institute, …'
    view = extracted(run, "sponsored-announcement-by-a-host.md")
    assert view["event"]["organizers"] == ["Contoso Foundation"]
    assert {"Northwind Institute", "Tailspin Toys", "Litware"} <= organization_names(view)
