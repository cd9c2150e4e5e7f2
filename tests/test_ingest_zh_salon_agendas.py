"""Chinese salon and meetup announcements with an agenda: small pages written for these tests (not
copied text). An agenda item may name its speaker first ('14:30 - 15:10 林澈： Title', '14:00 林澈 - Title');
the time opening the item is no part of the speaker, and a word that is no person's name before the
colon ('自由讨论： …') keeps the item whole."""

from conftest import ROOT, affiliations, ingest_view, talks

PAGES = ROOT / "tests" / "ingest" / "zh-salon-agendas"


def extracted(run, name: str) -> dict:
    return ingest_view(run, PAGES / name)


def test_a_chinese_name_before_a_colon_in_a_time_slot_gives_the_talk(run):
    view = extracted(run, "speaker-first-agenda-items.md")
    assert talks(view)["分布式存储的故障演练实践"] == ["林澈"]
    assert talks(view)["边缘节点上的轻量调度"] == ["周岚"]


def test_a_word_that_is_no_name_before_a_colon_keeps_the_agenda_item_whole(run):
    view = extracted(run, "speaker-first-agenda-items.md")
    assert talks(view)["自由讨论： 社区下一步"] == []


def test_a_name_then_a_dash_after_the_items_time_gives_the_talk(run):
    view = extracted(run, "speaker-first-dashed-items.md")
    assert talks(view)["编译器后端的寄存器分配"] == ["林澈"]
    assert talks(view)["从零实现一个小型解释器"] == ["周岚"]


def test_a_title_that_goes_on_with_the_programs_word_after_the_event_word_names_the_event_alone(run):
    # '明天见：青禾线下聚会议程更新': 'the program of the meetup, updated'; the event is the meetup
    view = extracted(run, "agenda-update-title.md")
    assert view["event"]["name"] == "青禾线下聚会"


def test_a_word_ending_in_yu_after_an_editions_name_is_no_part_of_it(run):
    # '首届星河开源数据库大会终于来了': 终于 is 'at last', its 于 no 'held at'
    view = extracted(run, "edition-finally-here-title.md")
    assert view["event"]["name"] == "首届星河开源数据库大会"


def test_a_corner_quoted_title_a_speaker_shares_with_the_audience_is_the_talk(run):
    # '…产品经理林澈为您分享「…」': 为您 + a verb of speaking says the quote is what is presented
    view = extracted(run, "for-you-corner-quoted-talk.md")
    assert talks(view) == {"消息队列与函数计算在日志分析中的实践": ["林澈"]}


def test_the_speaker_after_a_list_comma_has_only_her_own_caption(run):
    # '北辰数据产品经理韩磊、云帆科技高级研发工程师周岚为您分享「…」': 周岚's caption starts after 、
    view = extracted(run, "two-captioned-speakers-for-you.md")
    assert "边缘函数的冷启动优化" in talks(view)
    assert affiliations(view)["周岚"] == ("云帆科技", "高级研发工程师")


def test_two_chinese_names_joined_by_a_list_comma_before_the_colon_give_the_talk_together(run):
    view = extracted(run, "speaker-first-agenda-items.md")
    assert talks(view)["两个人合写的编译器"] == ["韩磊", "沈一鸣"]


def test_list_items_with_tab_columns_are_an_agenda_whose_first_cell_is_the_time(run):
    # '- 10:00-10:30<TAB>林澈：Title': the bullet is no part of the time cell
    view = extracted(run, "tab-agenda-list-items.md")
    assert talks(view)["一个小型解释器的实现"] == ["韩磊"]
    assert talks(view)["设备调试"] == []


def test_the_first_colon_after_a_speakers_name_sets_her_off_and_the_rest_is_all_title(run):
    # '林澈：Contoso for RISC-V：从哪里来…', '周岚：Title——Subtitle': further colons and dashes belong to the title
    view = extracted(run, "tab-agenda-list-items.md")
    assert talks(view)["Contoso for RISC-V：从哪里来、到哪里去"] == ["林澈"]
    assert talks(view)["边缘节点上的轻量调度——以星河网关为例"] == ["周岚"]


def test_rows_of_a_chinese_name_then_a_title_are_talks_by_that_person(run):
    # '- 林澈<TAB>Title' under a heading that gives the session's time: no time cell, the name first
    view = extracted(run, "name-tab-title-items.md")
    assert talks(view) == {"编译器后端的寄存器分配": ["林澈"], "边缘节点上的轻量调度": ["周岚"], "一个小型解释器的实现": ["韩磊"]}


def test_a_bold_name_then_talk_line_over_a_biography_gives_the_talk_no_organization(run):
    view = extracted(run, "bold-speaker-title-sections.md")
    assert affiliations(view)["林澈"][0] != "Contoso Lab Roadmap 2031"  # the agenda missed this talk; its siblings are talks
    assert affiliations(view)["韩雪"][0] != "人生苦短"


def test_a_dash_inside_a_bold_name_then_talk_line_makes_no_second_talk(run):
    view = extracted(run, "bold-speaker-title-sections.md")
    assert talks(view)["起于累土 —— Fabrikam 调试器特性介绍"] == ["周岚"]
    assert "Fabrikam 调试器特性介绍" not in talks(view)


def test_a_name_then_an_organization_in_brackets_then_a_quoted_title_and_a_duration_gives_the_talk(run):
    view = extracted(run, "name-org-quoted-title-durations.md")
    assert talks(view)["北辰近况"] == ["周岚"]
    assert talks(view)["Fabrikam 前端的演进与展望"] == ["韩雪"]
    assert talks(view)["Northwind 调试器的应用分析"] == ["宋奕"]


def test_the_organization_in_brackets_before_a_quoted_title_is_the_speakers_affiliation(run):
    view = extracted(run, "name-org-quoted-title-durations.md")
    assert affiliations(view)["周岚"][0] == "Contoso"
    assert affiliations(view)["宋奕"][0] is None  # '知乎：不要熬夜' is a handle, no employer


def test_sub_headings_over_abstracts_under_the_agenda_heading_are_talks_without_speakers(run):
    view = extracted(run, "agenda-subheadings-without-speakers.md")
    assert talks(view) == {"Contoso 在边缘计算中的应用探索": [], "Fabrikam Framework：构建和运维应用的框架": []}


def test_a_latin_nickname_before_a_full_width_colon_or_a_dash_in_a_chinese_agenda_is_the_speaker(run):
    assert talks(extracted(run, "handle-before-full-width-colon.md"))["Faster incremental linking"] == ["QuillFox"]
    assert talks(extracted(run, "handles-and-time-placeholders.md"))["聊聊近期的工作，例如链接器"] == ["DeepMoss"]


def test_a_latin_word_that_a_bilingual_title_names_again_after_its_colon_is_its_subject_no_speaker(run):
    view = talks(extracted(run, "bilingual-title-subject-before-colon.md"))  # 'GearKit: Title | GearKit：标题'
    assert not any(speakers == ["GearKit"] for speakers in view.values())
    assert view["Faster incremental linking"] == ["QuillFox"]


def test_a_time_still_to_be_fixed_before_a_colon_is_no_part_of_the_title(run):
    view = extracted(run, "handles-and-time-placeholders.md")
    assert "Fabrikam Linux 的近期进展" in talks(view)
    assert "Northwind 模拟器的一些工作分享" in talks(view)


def test_a_bold_name_then_talk_line_whose_talk_the_agenda_missed_is_that_talk_when_its_siblings_are_talks(run):
    view = extracted(run, "bold-speaker-title-sections.md")
    assert talks(view)["Contoso Lab Roadmap 2031"] == ["林澈"]
