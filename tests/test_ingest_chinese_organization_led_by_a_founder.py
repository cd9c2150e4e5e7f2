"""A speaker's Chinese affiliation before a leader's post, in a small post written for these tests (not
copied text): a founder or head leads the whole company, so the words before the post are all its
name ('松鼠无限联合创始人'), while before another post a line of work is still cut ('星河科技基础架构负责人')."""

from conftest import ROOT, ingest_view, organization_names as names_in

POSTS = ROOT / "tests" / "ingest" / "posts"
POST = "zh-organizations-led-by-a-founder.md"


def organization_names(run) -> set[str]:
    return names_in(ingest_view(run, POSTS / POST))


def test_the_words_before_a_founders_post_are_the_whole_company_name(run):
    # '讲师：林澈，松鼠无限联合创始人'
    assert "松鼠无限" in organization_names(run)
