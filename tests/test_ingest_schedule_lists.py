"""Program lists under a Chinese schedule heading, on small fixtures written for these tests (not
copied text): '## 会议日程' over items that close with a bracketed speaker label."""

from conftest import ROOT, ingest_view, talks

FIXTURE = ROOT / "tests" / "ingest" / "layouts" / "zh-schedule-bracketed-speakers.md"


def test_items_under_a_schedule_heading_are_talks(run):
    assert {"组件化的下一步", "可视化搭建实践"} <= set(talks(ingest_view(run, FIXTURE)))


def test_a_bracketed_speaker_label_gives_the_speaker(run):
    assert talks(ingest_view(run, FIXTURE))["可视化搭建实践"] == ["周岚"]


def test_a_bracketed_speaker_label_with_a_nickname_is_no_part_of_the_title(run):
    assert "跨端渲染的取舍" in talks(ingest_view(run, FIXTURE))


def test_a_bracket_of_days_and_times_closing_an_item_is_no_part_of_its_title(run):
    assert "社区集市" in talks(ingest_view(run, FIXTURE))
