"""Talk titles set in italics or quotes in a recap's sentences, on a small fixture written for these tests (not
copied text): right after a talk noun ('keynote, *Title*', 'a talk titled _Title_') or between 'the'
and one ('the *Title* session')."""

from conftest import ROOT, ingest_view, talks

FIXTURE = ROOT / "tests" / "ingest" / "layouts" / "italic-titles-in-prose.md"


def test_an_italic_title_after_a_talk_noun_is_a_talk(run):
    view = ingest_view(run, FIXTURE)
    assert {"The Quiet Cluster: Why Boring Systems Win", "Scaling Widgets in Practice"} <= set(talks(view))


def test_an_italic_title_between_the_and_a_talk_noun_is_a_talk(run):
    assert "Ledger Lessons From Production" in talks(ingest_view(run, FIXTURE))


def test_a_word_stressed_in_italics_or_an_italic_name_is_no_talk(run):
    view = ingest_view(run, FIXTURE)
    assert "really" not in talks(view) and "Ana Ruiz" not in talks(view)


def test_an_italic_list_after_a_plural_talk_noun_is_no_talk(run):
    # 'Member Presentations, _Exhibitor Booths, Roundtables and Training Sessions_': what a program holds
    assert not any("Roundtables" in title for title in talks(ingest_view(run, FIXTURE)))


def test_a_quoted_title_after_a_talk_noun_is_a_talk_where_no_speaker_is_named(run):
    # 'the tutorial called "Title" filled the second room'
    assert "Observability for Small Teams" in talks(ingest_view(run, FIXTURE))
