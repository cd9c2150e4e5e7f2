"""Organizations named together: an affiliation that joins two names of their own at 'and' or a
slash is two organizations, a name of two words joined at '&' stays one, on a fixture written for
these tests (not copied text)."""

from conftest import ROOT, ingest_view, organization_names

LAYOUTS = ROOT / "tests" / "ingest" / "layouts"
RECAP = LAYOUTS / "en-organizations-joined-at-and.md"


def test_two_names_joined_at_and_are_two_organizations(run):
    found = organization_names(ingest_view(run, RECAP))  # 'Northwind University and Tailspin Foundation'
    assert {"Northwind University", "Tailspin Foundation"} <= found
    assert "Northwind University and Tailspin Foundation" not in found


def test_a_name_joined_at_an_ampersand_stays_one(run):
    assert "Baxter & Finch" in organization_names(ingest_view(run, RECAP))


def test_a_joint_affiliation_is_no_organization_of_its_own(run):
    view = ingest_view(run, RECAP)  # 'Fabrikam Labs / Litware Institute': the two, not the joint name
    assert "Fabrikam Labs / Litware Institute" not in organization_names(view)
    assert {p["name"]: p["organization"] for p in view["people"]}.get("Tomas Berg") == "Fabrikam Labs"
