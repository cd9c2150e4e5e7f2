"""A foundation's members listed in Chinese ('其会员包括 A、B、C 等'), in a small post written for these
tests (not copied text): members are mentioned in passing, they took no part in the event."""

from conftest import ROOT, ingest_view, organization_names as names_in

POSTS = ROOT / "tests" / "ingest" / "posts"
POST = "zh-organizations-members-in-passing.md"


def organization_names(run) -> set[str]:
    return names_in(ingest_view(run, POSTS / POST))


def test_the_members_a_chinese_sentence_lists_take_no_part(run):
    # '青禾基金会的会员包括星河研究院、云帆大学、蓝海联盟等。'
    names = organization_names(run)
    assert "白鹭网络" in names
    assert not {"星河研究院", "云帆大学", "蓝海联盟"} & set(names)
