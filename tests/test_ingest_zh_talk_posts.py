"""Chinese talks on company tech blogs, AI-community posts and conference announcements: small posts
written for these tests (not copied text). A talk's 《title》 or quoted title is read with the speaker
the sentence names before it, also across a clause that only says whose talk it is, a gap that says
where it was given, a verb of explaining for an audience, or two speakers joined by 、."""

from conftest import ROOT, affiliations, ingest_view, talks

POSTS = ROOT / "tests" / "ingest" / "zh-talk-posts"


def extracted(run, name: str) -> dict:
    return ingest_view(run, POSTS / name)


def test_a_speaker_who_analyses_a_talk_for_the_audience_gives_it(run):
    # 'Contoso 资深架构师林澈在活动中为广大观众解析了《…》': 解析, the audience and where, between name and title
    view = extracted(run, "zh-talk-analysed-for-the-audience.md")
    assert talks(view) == {"大规模集群的调度实践": ["林澈"]}
    assert affiliations(view)["林澈"] == ("Contoso", "资深架构师")


def test_a_clause_saying_her_talk_s_theme_is_leaves_the_speaker_in_the_clause_before(run):
    # '…由云帆科技首席架构师周岚带来,她的演讲主题是《…》', a half-width comma between the clauses
    view = extracted(run, "zh-talk-his-talk-theme-is.md")
    assert talks(view) == {"算力网络的下一个十年": ["周岚"]}
    assert affiliations(view)["周岚"] == ("云帆科技", "首席架构师")


def test_two_speakers_joined_by_a_list_comma_bring_one_topic(run):
    # '…高级安全研究员 林澈、周岚将带来议题《…》的分享'
    assert talks(extracted(run, "zh-talk-topic-of-two-researchers.md"))["探索稳定的插桩方法"] == ["林澈", "周岚"]


def test_a_nickname_in_brackets_and_the_word_topic_stand_between_speaker_and_title(run):
    # '…核心成员韩磊（hanlei）将带来议题《原生的安全运营》的分享'
    assert talks(extracted(run, "zh-talk-topic-of-two-researchers.md"))["原生的安全运营"] == ["韩磊"]


def test_the_quoted_title_of_a_talk_given_at_a_conference_is_the_talk(run):
    # '…技术专家林澈在 Contoso 开发者大会 2031 北京站的分享“…”': where it was given stands between
    view = extracted(run, "zh-talk-given-at-a-conference.md")
    assert talks(view) == {"大模型在搜索里的应用": ["林澈"]}
    assert affiliations(view)["林澈"][0] == "星河科技"


def test_a_label_set_off_by_a_stroke_names_the_people(run):
    # '嘉宾 | 林澈、周岚、韩磊' under a panel's title, '策划 | 星河大会' (no label word) beside it
    view = extracted(run, "zh-guests-after-a-stroke.md")
    assert {person["name"] for person in view["people"]} == {"林澈", "周岚", "韩磊"}


def test_a_write_up_that_labels_its_speaker_is_one_talk_titled_by_its_first_line(run):
    # a plain-text page: its first line (less the site after ' · ') is the talk, '分享嘉宾｜林澈 …' its speaker
    view = extracted(run, "zh-talk-writeup-labelled-speaker.txt")
    assert talks(view) == {"云原生推理平台的设计与实践": ["林澈"]}
    assert affiliations(view)["林澈"] == ("杭州云帆数据科技有限公司", "联合创始人")


def test_the_last_item_of_an_outline_is_no_talk_of_the_label_under_it(run):
    # '本次分享的主要内容包括：1. … 4. 未来展望' over '分享嘉宾｜林澈 …': the label is the page's, not the item's
    assert "未来展望" not in talks(extracted(run, "zh-talk-writeup-labelled-speaker.txt"))


def test_a_bold_line_of_the_speaker_s_name_a_dash_and_their_job_is_no_talk(run):
    # '**林澈——云帆网络科技股份有限公司 安全研究院 安全研究员**' over the speaker's biography
    assert talks(extracted(run, "zh-speaker-caption-bold-line.md")) == {"固件符号恢复方法研究": ["林澈"]}


def test_a_slogan_over_a_quoted_saying_and_who_said_it_is_no_talk(run):
    # '**未来已来·技术前瞻**' over '> 自动化…！' over '> ——星河实验室 高级安全研究员' over '> 林澈、周岚'
    assert talks(extracted(run, "zh-slogan-over-a-saying.md")) == {"探索稳定的插桩方法": ["林澈", "周岚"]}


def event(run, name: str) -> dict:
    return extracted(run, name)["event"]


def test_the_station_that_ends_an_event_s_name_gives_its_city(run):
    # '…林澈在 ContosoCon 2031 杭州站结合…，介绍了…': the name says where, no other line does
    assert event(run, "zh-station-in-event-name.md")["location"]["city"] == "Hangzhou"


def test_a_district_of_a_city_gives_the_city_not_the_district(run):
    # '…在徐汇区西岸“模型空间”举行': GeoNames lists 徐汇 (Xuhui) as a place of its own; it is part of Shanghai
    assert (event(run, "zh-district-venue.md")["location"]["city"], event(run, "zh-district-venue.md")["location"]["country"]) \
        == ("Shanghai", "CN")


def test_a_title_opening_with_an_event_and_its_year_then_talk_names_that_event(run):
    # 'title: ContosoSec2031议题：固件分析方法研究': the page announces one talk of ContosoSec2031
    assert event(run, "zh-event-talk-title.md")["name"] == "ContosoSec2031"


def test_the_day_opening_the_sentence_that_names_the_event_is_no_part_of_its_name(run):
    # '2031年2月24日,第四届星河开发者大会在深圳顺利开幕。'
    view = event(run, "zh-event-opening-day-name.txt")
    assert (view["name"], view["start_date"]) == ("第四届星河开发者大会", "2031-02-24")


def test_guests_invited_by_their_count_and_job_title_are_people(run):
    # '…邀请了林澈、周岚、韩磊 3 位星河 iOS 客户端工程师，…': Arabic count, then who they are
    view = extracted(run, "zh-invited-count-and-job.md")
    assert {person["name"] for person in view["people"]} == {"林澈", "周岚", "韩磊"}


def test_a_first_line_as_short_as_a_site_s_name_titles_no_talk(run):
    # '星河知识库' over the post's date and '分享嘉宾｜林澈 …': the site's name, not the talk
    assert "星河知识库" not in talks(extracted(run, "zh-talk-writeup-site-first-line.txt"))


def test_two_speakers_joined_by_and_are_both_named_not_and_glued_to_the_second(run):
    # '林澈和周岚带来了《…》': 和 joins two names; it is no surname of the second
    assert talks(extracted(run, "zh-talk-two-speakers-joined-by-and.md"))["云原生存储实践"] == ["林澈", "周岚"]


def test_a_word_like_together_after_a_name_is_no_part_of_it(run):
    # '韩磊共同带来了《…》': 共同 is one word, its first character does not end the name
    assert talks(extracted(run, "zh-talk-two-speakers-joined-by-and.md"))["可观测性入门"] == ["韩磊"]


def test_a_seniority_word_opens_the_title_over_a_field_word_in_a_caption_glued_to_the_name(run):
    # '诺思引擎资深云原生架构师李玉光': the title starts at 资深 though 云原生 is no title word; 引擎 ends the name
    view = extracted(run, "zh-talk-caption-glued-to-name.md")
    assert talks(view) == {"服务网格的落地": ["李玉光"]}
    assert affiliations(view)["李玉光"] == ("诺思引擎", "资深云原生架构师")


def test_a_country_or_city_after_an_event_in_a_calendar_is_no_speaker(run):
    # '- [会议](…) - 爱尔兰，都柏林，…', '- [峰会](…) (FBS) - San Francisco, …': where each event is held
    view = extracted(run, "zh-events-calendar-places.md")
    names = {person["name"] for person in view["people"]}
    assert not names & {"爱尔兰", "San Francisco"}
    assert not any(set(speakers) & {"爱尔兰", "San Francisco"} for speakers in talks(view).values())


def test_a_login_in_brackets_after_the_name_leaves_the_caption_after_it_the_employer(run):
    # '分享者：林澈（linche） / Contoso（康拓）社区研发工程师': the login is no employer, the caption is
    assert affiliations(extracted(run, "zh-sharer-login-then-caption.md"))["林澈"] == ("Contoso（康拓）社区", "研发工程师")


def test_a_former_employer_in_a_caption_is_no_organization(run):
    # '林澈,以前是星河云安全的架构师, 现在新公司中': 以前是 tells a past post, not a current employer
    names = {organization["name"] for organization in extracted(run, "zh-former-employer-in-caption.md")["organizations"]}
    assert not any(name.startswith(("以前是", "现在")) for name in names)


def test_two_speakers_each_with_a_caption_before_one_verb_both_give_the_talk(run):
    view = extracted(run, "two-captioned-speakers-one-verb.md")
    assert talks(view)["Contoso + 云函数在日志分析场景的实践"] == ["宋奕", "韩雪"]
    assert affiliations(view)["宋奕"] == ("北辰云", "产品经理")  # '届时将有' opens the sentence, no part of the employer


def test_a_talk_list_item_of_year_city_and_event_before_the_title_gives_the_title_in_its_book_marks(run):
    # '- 2031，杭州，星河开发者大会，《Title》，林澈（…）': the fields before 《 are where and when, no part of the title
    titles = set(talks(extracted(run, "zh-talks-after-year-city-event.md")))
    assert {"星河 KV 在广告系统中的实践", "星河 KV 2.0 版本介绍"} <= titles
    assert not [title for title in titles if "，" in title or "《" in title]
