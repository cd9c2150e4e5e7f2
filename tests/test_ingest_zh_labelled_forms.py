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


def test_a_chinese_name_and_caption_in_brackets_closing_an_item_give_its_speaker(run):
    # '- Title（林澈，云帆数据高级工程师）': a two-character name before the comma
    view = extracted(run, "zh-items-with-bracketed-speakers.md")
    assert talks(view) == {"星河数据库的性能调优": ["林澈"], "边缘计算实践": ["周岚"]}
    assert affiliations(view)["林澈"] == ("云帆数据", "高级工程师")


def test_a_bold_title_then_its_speaker_and_caption_in_brackets_set_apart_by_a_dash_is_a_talk(run):
    # '**Title** (周岚 - 北岩科技 架构师)' on its own line, the brackets of either width
    view = extracted(run, "zh-bold-titles-with-bracketed-speakers.md")
    assert talks(view)["边缘计算实践"] == ["周岚"]
    assert affiliations(view)["周岚"] == ("北岩科技", "架构师")


def test_book_marks_around_the_head_of_a_longer_title_are_dropped(run):
    # '**《Title》- subtitle** (林澈 - …）'
    assert talks(extracted(run, "zh-bold-titles-with-bracketed-speakers.md"))["星河数据库的性能调优- 从索引到缓存"] == ["林澈"]


def test_a_role_in_the_bracket_closing_an_item_is_no_organization(run):
    # '- 开场介绍（韩磊，主持人）': the host's role, not where he works
    view = extracted(run, "zh-item-with-bracketed-host.md")
    assert talks(view)["开场介绍"] == ["韩磊"]
    assert affiliations(view)["韩磊"][0] is None


def test_an_english_name_before_a_chinese_one_is_the_same_person_named_in_characters(run):
    # '讲师：**Jane Yu 林澈**，云帆数据高级工程师': one speaker, 林澈
    view = extracted(run, "zh-english-name-before-chinese.md")
    assert talks(view) == {"星河数据库的性能调优": ["林澈"]}
    assert {person["name"] for person in view["people"]} == {"林澈"}


def test_an_english_name_given_beside_a_chinese_one_names_her_in_the_bio_too(run):
    # '### 周岚博士 Maria Chen - …' over 'Maria Chen 是…': one person, 周岚
    view = extracted(run, "zh-english-name-after-chinese.md")
    assert {person["name"] for person in view["people"]} == {"周岚"}


def test_time_slots_joined_by_a_wave_dash_are_an_agenda(run):
    # '14:00～14:40 Title 单位职位 姓名': the fullwidth wave dash between the times
    view = extracted(run, "zh-slots-with-wave-dash.md")
    assert talks(view) == {"签到": [], "星河数据库的性能调优": ["林澈"], "边缘计算实践": ["周岚"]}


def test_a_time_alone_on_its_line_opens_the_item_on_the_next(run):
    # '14:00' over 'Title 云帆数据高级工程师 林澈', under the program's heading
    view = extracted(run, "zh-times-over-items.md")
    assert {"签到": [], "星河数据库的性能调优": ["林澈"], "边缘计算实践": ["周岚"]}.items() <= talks(view).items()


def test_a_time_under_a_day_is_that_day_s_time_not_the_next_day_s_item(run):
    # '- Thursday, April 20' over '- 10:30–17:30', then '- Friday, April 21': no talk named for a day
    assert not any("April" in title for title in talks(extracted(run, "days-over-times.md")))


def test_labels_in_lenticular_brackets_give_talks_and_speakers(run):
    # '【分享主题】Title' over '【分享嘉宾】林澈 云帆数据高级工程师'
    view = extracted(run, "zh-labels-in-lenticular-brackets.md")
    assert talks(view) == {"星河数据库的性能调优": ["林澈"], "边缘计算实践": ["周岚"]}
    assert affiliations(view)["周岚"] == ("北岩科技", "架构师")


def test_a_title_that_ends_in_a_verb_after_a_surname_s_character_names_no_one(run):
    # '# 2031 云帆开源沙龙回顾': 龙 is a surname, 回顾 (looking back) a verb, no given name
    view = extracted(run, "zh-title-ending-in-a-verb.md")
    assert {person["name"] for person in view["people"]} == {"林澈", "周岚"}


def test_a_title_then_after_a_comma_who_it_came_from_is_a_talk(run):
    # '- Title，来自云帆数据的林澈。'
    view = extracted(run, "zh-items-title-comma-came-from.md")
    assert talks(view) == {"星河数据库的性能调优": ["林澈"], "边缘计算实践": ["周岚"]}


def test_a_title_then_after_a_comma_a_speaker_label_and_his_organization_is_a_talk(run):
    # '- Title，讲师：北岩科技的周岚'
    view = extracted(run, "zh-items-title-comma-speaker-label.md")
    assert talks(view) == {"星河数据库的性能调优": ["林澈"], "边缘计算实践": ["周岚"]}
    assert affiliations(view)["周岚"][0] == "北岩科技"


def test_a_title_then_after_a_comma_a_captioned_speaker_is_a_talk(run):
    # '- Title，云帆数据高级工程师 林澈'
    view = extracted(run, "zh-items-title-comma-caption.md")
    assert talks(view) == {"星河数据库的性能调优": ["林澈"], "边缘计算实践": ["周岚"]}


def test_a_heading_naming_the_program_s_steps_is_no_talk(run):
    # '### 活动流程' (the course of the event) over its time slots: a part of the page, no talk of its last speaker
    assert "活动流程" not in talks(extracted(run, "zh-times-over-items.md"))
