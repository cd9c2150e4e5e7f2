"""A Chinese thanks list ('感谢名单', '致谢名单', in traditional characters '感謝名單') is a closing
section of the page, not a talk: the people it names were thanked, not participants. Small recaps
written for these tests (not copied text)."""

import pytest
from conftest import ROOT, ingest_view

RECAPS = ROOT / "tests" / "ingest" / "zh-traditional"


@pytest.mark.parametrize("recap, thanked", [
    ("zh-tw-thanks-list.md", {"林澈", "周嵐", "韓磊"}),
    ("zh-thanks-list.md", {"沈一鸣", "江映雪"}),
])
def test_a_thanks_list_is_no_talk_and_its_names_are_no_people(run, recap, thanked):
    view = ingest_view(run, RECAPS / recap)
    titles = {session["title"] for session in view["sessions"]}
    assert not {"感謝名單", "致谢名单"} & titles
    assert titles  # the program above it is still read
    assert not thanked & {person["name"] for person in view["people"]}
