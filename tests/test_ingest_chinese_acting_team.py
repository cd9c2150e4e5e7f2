"""A team a Chinese sentence has act, in a small post written for these tests (not copied text):
'由 Contoso中国团队为你呈献' names the acting group, an organization; a team only named ('Fabrikam 团队的成员')
is none."""

from conftest import ROOT, ingest_view, organization_names as names_in

POSTS = ROOT / "tests" / "ingest" / "posts"
POST = "zh-organizations-acting-team.md"


def organization_names(run) -> set[str]:
    return names_in(ingest_view(run, POSTS / POST))


def test_a_team_that_the_sentence_has_act_is_an_organization(run):
    # '本次线上分享由Contoso中国团队为你呈献'
    names = organization_names(run)
    assert "Contoso中国团队" in names
    assert "Fabrikam 团队" not in names
