"""Organizations a recap thanks for a part in the event (hosting, sponsoring, supporting), on a
fixture written for these tests (not copied text)."""

from conftest import ROOT, ingest_view, organization_names

LAYOUTS = ROOT / "tests" / "ingest" / "layouts"


def test_an_organization_thanked_for_hosting_took_part(run):
    found = organization_names(ingest_view(run, LAYOUTS / "en-thanked-for-hosting.md"))  # 'thanks to Tailspin for hosting us'
    assert "Tailspin" in found


def test_organizations_thanked_in_a_list_who_supported_took_part(run):
    found = organization_names(ingest_view(run, LAYOUTS / "en-thanked-for-hosting.md"))  # '… goes to Woodgrove and Proseware, who supported'
    assert {"Woodgrove", "Proseware"} <= found


def test_a_given_name_thanked_for_organizing_is_no_organization(run):
    found = organization_names(ingest_view(run, LAYOUTS / "en-thanked-for-hosting.md"))  # 'thanks to Dana for organizing'
    assert "Dana" not in found
