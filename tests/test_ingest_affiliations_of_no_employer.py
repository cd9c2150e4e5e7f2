"""Affiliations that hold no employer's name: a word that says the speaker has none ('Independent',
data/no_affiliation_words.txt), a name written twice over, a headline; on a fixture written for these
tests (not copied text)."""

from conftest import ROOT, ingest_view, organization_names

RECAP = ROOT / "tests" / "ingest" / "layouts" / "en-affiliations-of-no-employer.md"


def test_a_word_for_no_employer_is_no_affiliation(run):
    view = ingest_view(run, RECAP)  # 'Marta Kowalczyk, Independent'
    assert "Independent" not in organization_names(view)
    assert {p["name"]: p["organization"] for p in view["people"]}.get("Marta Kowalczyk") is None


def test_a_name_written_twice_is_one_organization(run):
    view = ingest_view(run, RECAP)  # 'Tailspin University Tailspin University'
    assert "Tailspin University" in organization_names(view)
    assert "Tailspin University Tailspin University" not in organization_names(view)


def test_a_headline_is_no_organization(run):
    view = ingest_view(run, RECAP)  # '### Fabrikam Expands Technical Steering Committee'
    assert "Fabrikam Expands Technical Steering Committee" not in organization_names(view)
