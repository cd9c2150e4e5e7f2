"""Organizers a Chinese clause names when two or more organizations open it and hold an event
together ('A 和 B 共同举办了一场直播'), in small posts written for these tests (not copied text)."""

from conftest import ROOT, ingest_view

POSTS = ROOT / "tests" / "ingest" / "posts"


def view(run, name: str) -> dict:
    return ingest_view(run, POSTS / name)


def test_organizations_that_hold_a_counted_event_together_organize_it(run):
    # '2031 年 3 月 29 日，Contoso 和 Fabrikam 共同举办了一场直播活动'
    assert view(run, "zh-organizers-held-together.md")["event"]["organizers"] == ["Contoso", "Fabrikam"]


def test_what_they_hold_together_must_be_an_event(run):
    # '星河社区和云帆数据共同举办了一些讨论': no event counted or named
    assert ingest_view(run, POSTS / "zh-organizers-held-together-no-event.md", found=False)["event"]["organizers"] == []
