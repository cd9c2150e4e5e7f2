"""Talks a Chinese sentence names in “” quotes right after its speaker's verb, on small fixtures
written for these tests (not copied text)."""

from conftest import ROOT, ingest_view, talks

FIXTURE = ROOT / "tests" / "ingest" / "layouts" / "zh-prose-quoted-after-verb.md"


def test_a_quote_right_after_a_captioned_speakers_verb_is_their_talk(run):
    """Not a quoted term the clause goes on about ('介绍了“…”的概念')."""
    found = talks(ingest_view(run, FIXTURE))
    assert found == {"流式计算的十个误区": ["林澈"], "推荐系统里的特征回填": ["周岚"]}
