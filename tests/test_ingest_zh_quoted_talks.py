"""Talks a Chinese sentence names in “” quotes right after its speaker's verb, on small fixtures
written for these tests (not copied text)."""

from conftest import ROOT, ingest_view, talks

FIXTURE = ROOT / "tests" / "ingest" / "layouts" / "zh-prose-quoted-after-verb.md"


def test_a_quote_right_after_a_captioned_speakers_verb_is_their_talk(run):
    """Not a quoted term the clause goes on about ('介绍了“…”的概念')."""
    found = talks(ingest_view(run, FIXTURE))
    assert found == {"流式计算的十个误区": ["林澈"], "推荐系统里的特征回填": ["周岚"]}


TITLE_AFTER_NAME = ROOT / "tests" / "ingest" / "layouts" / "zh-prose-title-after-name.md"


def test_a_title_said_right_after_a_name_is_that_persons_talk(run):
    """'韩磊同学题为《…》的报告', '周岚老师的分享题目为“…”': a name, perhaps a form of address, 的 and a
    talk noun, then the words that say a title follows, with no verb of speaking; the event's own theme
    ('活动的主题为“…”') has no name before it, and a surname alone set apart ('工程师 何先生') is no name."""
    found = talks(ingest_view(run, TITLE_AFTER_NAME))
    assert found == {"终端里的日常工作": ["韩磊"], "给新生的版本控制入门": ["周岚"]}
