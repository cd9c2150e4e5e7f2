"""A Chinese headline that opens with an organization's name and goes on, within a few words, to its event
('龙帆开源社区 Meetup 第四期上海站') names the event's host, when the text names no organizer; the headline's
first word that goes on from the name in Chinese characters is its whole name (a company's unit); on posts
written for this test (not copied text)."""

from conftest import ROOT, ingest_view

POSTS = ROOT / "tests" / "ingest" / "posts"


def test_a_headline_that_opens_with_an_organization_names_the_host(run):
    assert ingest_view(run, POSTS / "zh-headline-host.md")["event"]["organizers"] == ["龙帆开源社区"]


def test_the_headline_word_gives_the_unit_not_the_company_alone(run):
    assert ingest_view(run, POSTS / "zh-headline-host-unit.md")["event"]["organizers"] == ["星河集团智能云"]
