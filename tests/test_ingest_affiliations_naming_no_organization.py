"""An affiliation slot that holds no organization's name gives none: a person's name before the
organization's is cut, a job title or a phrase is no organization; on a fixture written for these
tests (not copied text)."""

from conftest import ROOT, ingest_view, organization_names

RECAP = ROOT / "tests" / "ingest" / "layouts" / "en-affiliations-that-name-no-organization.md"


def test_a_persons_name_before_the_organization_is_cut(run):
    found = organization_names(ingest_view(run, RECAP))  # 'Hannah Kowalczyk Tailspin Systems'
    assert "Tailspin Systems" in found
    assert "Hannah Kowalczyk Tailspin Systems" not in found


def test_a_job_title_is_no_organization(run):
    view = ingest_view(run, RECAP)  # 'Daniel Brennan (Community Manager & Docs Maintainer)'
    assert "Community Manager & Docs Maintainer" not in organization_names(view)


def test_a_phrase_of_lower_case_words_is_no_organization(run):
    view = ingest_view(run, RECAP)  # 'Laura Okonkwo, Contoso demos on small boards'
    assert "Contoso demos on small boards" not in organization_names(view)
    assert {p["name"]: p["organization"] for p in view["people"]}.get("Laura Okonkwo") is None


def test_a_persons_name_is_no_affiliation(run):
    view = ingest_view(run, RECAP)  # 'Edge storage -- Sofia Lindqvist, Viktor Kowalczyk': two speakers
    assert "Viktor Kowalczyk" not in organization_names(view)
    assert {p["name"]: p["organization"] for p in view["people"]}.get("Sofia Lindqvist") is None
