"""Chinese talks and speakers given by labels and captions on event pages and recaps: small pages written
for these tests (not copied text)."""

from conftest import ROOT, affiliations, ingest_view, talks

PAGES = ROOT / "tests" / "ingest" / "zh-labelled-forms"


def extracted(run, name: str) -> dict:
    return ingest_view(run, PAGES / name)


def test_a_theme_label_over_a_speaker_label_is_that_speaker_s_talk(run):
    # '主题：**Title**' over '讲师：**林澈**，云帆数据高级工程师', twice on the page
    view = extracted(run, "zh-theme-over-speaker.md")
    assert talks(view) == {"星河数据库的性能调优": ["林澈"], "边缘计算实践": ["周岚"]}
    assert affiliations(view)["周岚"] == ("北岩科技", "架构师")


def test_the_event_s_theme_over_a_guest_label_is_no_talk(run):
    # '活动主题：…' names the event's theme even when the guest's label follows it
    assert "开源数据库的未来" not in talks(extracted(run, "zh-event-theme-over-guest.md"))
