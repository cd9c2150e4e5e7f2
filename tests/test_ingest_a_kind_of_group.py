"""A group name after an indefinite article of its own ('a Fabrikam Discussion Group on …') names a kind
of gathering, no organization, on a fixture written for these tests (not copied text)."""

from conftest import ROOT, ingest_view, organization_names

FIXTURE = ROOT / "tests" / "ingest" / "layouts" / "en-a-kind-of-group.md"


def test_a_group_after_its_indefinite_article_is_no_organization(run):
    assert "Fabrikam Discussion Group" not in organization_names(ingest_view(run, FIXTURE))


def test_a_group_whose_article_is_a_members_stays(run):
    assert "Tailspin User Group" in organization_names(ingest_view(run, FIXTURE))
