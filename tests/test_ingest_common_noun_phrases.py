"""A capitalized phrase of English words that the page also writes in lower case names a thing, no
organization ('Rethink the Storage Center' beside 'a storage center'); on a fixture written for this
test (not copied text)."""

from conftest import ROOT, ingest_view, organization_names

RECAP = ROOT / "tests" / "ingest" / "layouts" / "en-a-thing-capitalized-in-a-heading.md"


def test_a_phrase_also_written_in_lower_case_is_no_organization(run):
    found = organization_names(ingest_view(run, RECAP))
    assert "Storage Center" not in found
    assert {"Fabrikam Labs", "Contoso Labs"} <= found
