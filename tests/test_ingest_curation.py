"""What curators had to correct by hand after ingesting real OCP agenda pages and press recaps
(benchmarks/CURATION.md), each case on a small fixture written for these tests (not copied text):
schedule listings, dotted and afternoon times, timed session titles, keynotes announced in a
press release, 'Name, Company' lines under a title, the header block curators save a page with,
and a second recap of an event merging into it instead of drafting it again."""

import hashlib
import json
import re
import shutil
from pathlib import Path

from conftest import FIXTURE_KB, ROOT

from ocpkb.kb import load_knowledge_base
from ocpkb.validate import validate

CURATION = ROOT / "tests" / "ingest" / "curation"
REGISTRY = ROOT / "tests" / "ingest" / "registry"
EVENT_FILES = sorted(p.name for p in (FIXTURE_KB / "events").iterdir())


def digest(name: str) -> str:
    return hashlib.sha256((CURATION / name).read_bytes()).hexdigest()[:12]


def extracted(run, name: str) -> dict:
    result = run("ingest", "--json", CURATION / name, "--data", REGISTRY)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def program(view: dict) -> list[tuple]:
    return [(s["start"], s["end"], s["title"], s["speakers"]) for s in view["sessions"]]


def affiliations(view: dict) -> dict[str, str | None]:
    return {person["name"]: person["organization"] for person in view["people"]}


def organization_names(run, fixture: str) -> set[str]:
    """The organizations of a fixture ingested against the curation registry (which names 'IO' and 'Litware')."""
    result = run("ingest", "--json", CURATION / fixture, "--data", CURATION / "registry")
    return {o["name"] for o in json.loads(result.stdout)["organizations"]}


def test_a_schedule_listing_with_day_and_room_before_the_title_gives_every_speaker(run):
    view = extracted(run, "summit-schedule-listing.txt")
    assert program(view) == [
        ("08:00", "09:00", "Registration and Breakfast", []),
        ("09:00", "09:15", "Opening Remarks", ["Jane Doe"]),
        ("09:15", "09:45", "Racks Without Borders", ["Wei Chen", "Maria Lopez", "Tom Berg"]),
        ("12:00", "13:00", "Lunch", []),
        ("13:00", "13:30", "Liquid Cooling Field Notes", ["Priya Raman"]),
        ("10:00", "10:30", "Firmware Supply Chains", ["Omar Haddad", "Kim Lee"]),
    ]
    assert affiliations(view)["Maria Lopez"] == "Northwind Systems" and affiliations(view)["Kim Lee"] == "Tailspin Labs"


def test_rooms_and_meals_of_a_schedule_are_neither_people_nor_organizations(run):
    view = extracted(run, "summit-schedule-listing.txt")
    names = {p["name"] for p in view["people"]} | {o["name"] for o in view["organizations"]}
    assert not names & {"Parkway Level", "Main Hall", "Room 210", "Lunch", "Registration and Breakfast"}


def test_dotted_times_and_a_title_followed_by_an_honorific_and_names(run):
    view = extracted(run, "workshop-program.txt")
    assert program(view) == [
        ("10:30", "10:35", "Welcome and Introductions", ["Jane Doe"]),
        ("10:35", "10:50", "Cold Plates Under Load", ["Omar Haddad"]),
        ("10:50", "10:55", "Two-Phase Immersion Lessons", ["Wei Chen", "Maria Lopez"]),
        ("10:55", "11:15", "Open Discussion", []),
    ]


def test_afternoon_times_without_am_or_pm_follow_the_morning(run):
    view = extracted(run, "engineering-day.txt")
    assert [(s["start"], s["end"]) for s in view["sessions"]] == [
        ("08:00", "09:00"), ("09:00", "11:30"), ("11:30", "13:00"), ("13:00", "15:00"), ("15:00", "18:00")]
    assert view["sessions"][-1]["title"] == "Breakout: hardware management"


def test_a_bold_title_with_its_day_and_time_then_speaker_lines(run):
    view = extracted(run, "emea-session-lines.md")
    assert program(view) == [("15:55", "16:15", "Keeping Racks Cool", ["Lena Hoffmann"]),
                             ("10:00", "10:20", "Firmware You Can Trust", ["Kim Lee", "Tomas Berg"])]
    assert affiliations(view)["Tomas Berg"] == "Adatum"


def test_keynotes_announced_in_a_press_release_and_the_date_it_says_the_event_is_held(run):
    view = extracted(run, "press-release-keynotes.md")
    assert program(view) == [(None, None, "Open Hardware in the Decade Ahead", ["Jane Doe"]),
                             (None, None, "Racks as Software", ["Omar Haddad"]),
                             (None, None, "What Operators Need Next", ["Priya Raman"])]
    assert affiliations(view) == {"Jane Doe": "Contoso", "Omar Haddad": "Northwind Systems", "Priya Raman": "Fabrikam"}
    assert (view["event"]["start_date"], view["event"]["end_date"]) == ("2015-03-17", "2015-03-19")  # not the dateline's


def test_name_and_company_lines_under_a_plain_title(run):
    view = extracted(run, "virtual-summit-sessions.txt")
    assert program(view) == [(None, None, "Rack Power Futures", ["Priya Raman", "Tomas Berg"]),
                             (None, None, "Open Firmware Roadmap", ["Kim Lee"])]
    assert view["event"]["location"]["virtual"] and (view["event"]["start_date"], view["event"]["end_date"]) == (
        "2020-05-12", "2020-05-15")


def test_the_header_block_of_a_saved_page_is_its_front_matter_not_its_text(run):
    view = extracted(run, "summit-schedule-listing.txt")
    assert view["event"]["name"] == "Contoso Global Summit 2023"
    assert (view["event"]["start_date"], view["event"]["end_date"]) == ("2023-10-17", "2023-10-19")  # not 'published'
    assert view["event"]["location"]["city"] == "San Jose"
    assert not any("http" in s["title"] or "publisher" in s["title"] for s in view["sessions"])


# --- one event, several recaps -------------------------------------------------------------------------


def ingest(run, *recaps: Path) -> None:
    result = run("ingest", *recaps, "--data", "data")
    assert result.exit_code == 0, result.output


def copied(folder: Path, name: str) -> Path:
    """A recap in a scratch folder outside the project, as curators keep them."""
    shutil.copy(CURATION / name, folder / name)
    return folder / name


def test_a_second_recap_of_a_curated_event_merges_into_it_and_records_the_conflicting_attendance(
        run, kb_copy, tmp_path_factory):
    scratch = tmp_path_factory.mktemp("scratch")
    ingest(run, copied(scratch, "test-summit-second-recap.txt"))  # drafted as 'Test Summit San Jose 2022'
    assert sorted(p.name for p in (kb_copy / "events").iterdir()) == EVENT_FILES  # no new event file
    event = load_knowledge_base(kb_copy).events["test-summit-2022"]
    url = "https://news.example.net/2022/05/test-summit-san-jose"
    assert event["attendance"]["onsite"] == 400  # the curated value stays
    assert event["conflicts"] == [{"field": "attendance.onsite",
                                   "values": [{"value": 400, "source": "https://example.org/test-summit-2022"},
                                              {"value": 520, "source": url}],
                                   "note": "Recorded by ocpkb ingest: the sources disagree; the entry keeps the "
                                           "first value."}]
    source = event["sources"][-1]
    assert (source["url"], source["publisher"], source["published"]) == (url, "Example Tech News", "2022-05-12")
    assert "file" not in source and "series 'test-summit' and its 2022 edition" in source["note"]
    assert "provenance" not in event  # the curated values do not come from this recap
    assert [p for p in validate(load_knowledge_base(kb_copy)) if p.is_error] == []
    before = (kb_copy / "events" / "test-summit-2022.yml").read_text()
    ingest(run, copied(scratch, "test-summit-second-recap.txt"))
    assert (kb_copy / "events" / "test-summit-2022.yml").read_text() == before  # a second run adds nothing


def test_a_recap_matched_only_by_its_day_and_city_says_so_for_the_curator(run, kb_copy, tmp_path_factory):
    ingest(run, copied(tmp_path_factory.mktemp("scratch"), "same-day-other-name.txt"))
    event = load_knowledge_base(kb_copy).events["test-summit-2022"]
    assert sorted(p.name for p in (kb_copy / "events").iterdir()) == EVENT_FILES
    assert "same day (2022-05-10) in the same city" in event["sources"][-1]["note"]
    assert "merged into 'test-summit-2022'" in event["review"]["reason"]
    assert event["conflicts"][0]["field"] == "attendance.onsite"


def test_two_recaps_of_a_new_event_in_one_run_give_one_event(run, kb_copy, tmp_path_factory):
    scratch = tmp_path_factory.mktemp("scratch")
    ingest(run, copied(scratch, "engineering-day.txt"), copied(scratch, "engineering-day-recap.md"))
    added = sorted(set(p.name for p in (kb_copy / "events").iterdir()) - set(EVENT_FILES))
    assert added == ["fabrikam-engineering-day-2013.yml"]
    event = load_knowledge_base(kb_copy).events["fabrikam-engineering-day-2013"]
    assert [source.get("url") or source["file"] for source in event["sources"]] == [
        "https://blog.example.org/2013/engineering-day", "engineering-day-recap.md#sha256-" + digest("engineering-day-recap.md")]


# --- who takes part ------------------------------------------------------------------------------------


def test_organizations_only_mentioned_in_passing_take_no_part(run):
    """A preview's member list, an analyst's examples, a credit's publisher and share links are no
    participants; an organization inside a job title is none either; 'Red Hat' is not the alias
    'RED' of another company."""
    result = run("ingest", "--json", CURATION / "passing-mentions.txt", "--data", CURATION / "registry")
    view = json.loads(result.stdout)
    assert {o["name"]: o["known"] for o in view["organizations"]} == {
        "Northwind Systems": True,  # the host, in the registry
        "Wall Street Journal": False, "Schneider Electric": False, "Contoso University": False,
        "Facebook": False,  # an example of the analyst's, but also a speaker's company
        "Red Hat": False, "Adatum": False}
    assert affiliations(view)["Jane Doe"] == "Wall Street Journal"  # 'Reporter at …' is a job title
    assert affiliations(view)["Lena Hoffmann"] == "Adatum"  # 'Vice President, Engineering … at Adatum'


def test_chinese_organizations_are_not_read_from_prizes_addresses_kinds_or_person_nouns(run):
    names = {o["name"] for o in extracted(run, "zh-organizations.md")["organizations"]}
    assert not any("云帆电子" in name for name in names)  # '一等奖：云帆电子公司智能手表' is a prize
    assert "北辰科技有限公司" in names  # '奖品由北辰科技有限公司提供' names who gave it
    assert not any("研究院" in name for name in names)  # '研究院路 18 号' is an address
    assert not any("上市公司" in name for name in names)  # '…的深圳创业板上市公司' describes a kind
    assert not any("爱好者" in name for name in names)  # '开源爱好者' is a person noun


def test_a_chinese_kind_described_after_a_latin_name_is_no_organization(run):
    names = {o["name"] for o in extracted(run, "zh-organizations.md")["organizations"]}
    assert "Open Rack 城市用户交流社区" not in names  # '…包容的 Open Rack 城市用户交流社区'
    assert "Open Rack 中国社区" in names


def test_a_chinese_company_or_community_named_only_by_kind_words_is_no_organization(run):
    names = {o["name"] for o in extracted(run, "zh-kind-nouns.md")["organizations"]}
    assert names == {"云帆数据", "北辰科技公司"}  # not '互联网公司', '传统软件公司', '目前开源社区'


def test_every_item_of_a_chinese_list_closed_by_a_kind_of_organization_is_one(run):
    names = organization_names(run, "zh-enumerated-organizations.md")
    assert {"云帆数据", "蓝鲸小屋", "青橙", "北辰科技"} <= names  # '来自 A、B、C 和 D 等多家企业的技术专家'
    assert {"海湾银行", "第七象限", "橘子派"} <= names  # '携手 A、B、C 等共建单位'


def test_a_chinese_list_of_an_organization_s_users_names_no_participants(run):
    names = organization_names(run, "zh-enumerated-organizations.md")
    assert not {"橙果", "红杉网", "竹影"} & names  # '其中包括 A、B、C 等公司'


def test_a_chinese_list_of_former_employers_names_no_participants(run):
    names = organization_names(run, "zh-enumerated-organizations.md")
    assert not {"云杉软件", "绿洲网络"} & names  # '曾任职于 A、B 等公司'


def test_a_chinese_caption_of_several_roles_gives_the_first_role_s_organization(run):
    people = {p["name"]: (p["organization"], p["title"]) for p in extracted(run, "zh-multi-role-captions.md")["people"]}
    assert people["林澈"] == ("云帆数据", "首席架构师")  # '云帆数据首席架构师、星河数据库 PMC 成员林澈'
    assert people["周岚"] == ("第七象限", "平台架构师")  # '第七象限平台架构师，蓝海开源基金会技术委员会副主席周岚'


def test_a_first_role_in_an_alliance_or_a_committee_names_no_employer(run):
    people = {p["name"]: p["organization"] for p in extracted(run, "zh-multi-role-captions.md")["people"]}
    assert people["郑伟"] == "明远达"  # '中国开源推进联盟副秘书长、明远达首席架构师郑伟'


def test_the_organization_of_a_caption_s_later_role_is_an_organization_too(run):
    names = {o["name"] for o in extracted(run, "zh-multi-role-captions.md")["organizations"]}
    assert {"第七象限", "蓝海开源基金会技术委员会"} <= names  # '第七象限平台架构师，蓝海开源基金会技术委员会副主席周岚'


def test_another_person_s_caption_is_no_role_of_the_next_person(run):
    people = {p["name"]: p["organization"] for p in extracted(run, "zh-multi-role-captions.md")["people"]}
    assert people["许朗"] == "海湾科技"  # '北辰大学计算机学院宋雨教授、海湾科技研发总监许朗'


def test_a_chinese_organization_opening_with_an_ordinal_keeps_its_name(run):
    people = {p["name"]: p["organization"] for p in extracted(run, "zh-multi-role-captions.md")["people"]}
    assert people["韩梅"] == "第二曲线"  # not '第二': '曲线' is no line of work


def test_words_opening_a_clause_before_a_chinese_name_the_recap_writes_alone_are_no_part_of_it(run):
    view = extracted(run, "zh-clause-words-before-names.md")
    assert "活动特邀请云帆社区" not in {o["name"] for o in view["organizations"]}  # '活动特邀请云帆社区发起人林澈'
    assert affiliations(view)["林澈"] == "云帆社区"  # the recap also writes '由云帆社区主办'


def test_a_chinese_name_the_recap_never_writes_shorter_keeps_its_first_word(run):
    assert "远图软件集团" in organization_names(run, "zh-clause-words-before-names.md")  # not '软件集团'


def test_a_company_whose_chinese_name_is_a_common_noun_is_found_where_it_stands_as_a_name(run):
    assert "Lighthouse Computing" in organization_names(run, "zh-company-named-by-a-common-noun.md")  # '来自灯塔的工程师'


def test_the_common_noun_of_a_company_s_chinese_name_names_no_organization(run):
    assert organization_names(run, "zh-common-noun-of-a-company-name.md") == set()  # '的灯塔下', '“技术”灯塔', '技术灯塔的'


def test_a_time_phrase_before_a_chinese_organization_is_no_part_of_its_name(run):
    names = {o["name"] for o in extracted(run, "zh-time-phrase.md")["organizations"]}
    assert "云原生社区" in names and "过去几年云原生社区" not in names  # '把过去几年云原生社区的…'


def test_a_locality_word_and_a_count_before_a_kind_noun_name_no_organization(run):
    names = {o["name"] for o in extracted(run, "zh-time-phrase.md")["organizations"]}
    assert "前很多公司" not in names and "公司" not in names  # '前很多公司的缓存顾问'


def test_a_chinese_organization_opening_with_a_time_word_keeps_it(run):
    names = {o["name"] for o in extracted(run, "zh-time-phrase.md")["organizations"]}
    assert "未来星图研究院" in names


def test_a_chinese_unit_named_by_its_line_of_work_is_cut_back_to_its_organization(run):
    people = {p["name"]: (p["organization"], p["title"]) for p in extracted(run, "zh-organizations.md")["people"]}
    assert people["孙志强"][1] == "经理" and "运维" not in people["孙志强"][0]  # '云帆数据系统运维部经理'
    assert people["赵明"] == ("湖北省星河创新中心", "COO")  # an officer's acronym ends the organization


def test_a_chinese_company_s_short_and_registered_names_are_one_organization(run):
    organizations = extracted(run, "zh-organizations.md")["organizations"]
    company = [o for o in organizations if "云帆数据" in o["name"]]
    assert len(company) == 1  # '苏州云帆数据技术有限公司' and '云帆数据'
    assert {company[0]["name"], *company[0]["aliases"]} == {"苏州云帆数据技术有限公司", "云帆数据"}


def test_a_chinese_organization_head_after_several_latin_words_keeps_them(run):
    view = extracted(run, "zh-organizations.md")
    assert affiliations(view)["陈静"] == "Open Rack 中国社区"
    assert affiliations(view)["刘洋"] is None


def test_a_chinese_job_title_right_before_a_name_in_a_sentence_gives_the_person(run):
    view = extracted(run, "zh-title-then-name.md")
    people = {p["name"]: (p["organization"], p["title"]) for p in view["people"]}
    assert people["林澈"] == ("云帆数据", "副总裁")  # '云帆数据副总裁林澈博士带来了…'
    assert people["周可"] == ("明远大学计算机学院", "副教授")  # '…副教授周可等专家'
    assert people["许朗"][1] == "发起人"  # '…发起人许朗联合出品': three characters, then a verb
    assert people["宋雨"][0] is None  # 'PMC 成员' is a place in a project, no employer


def test_a_job_title_before_function_words_gives_no_person(run):
    names = {p["name"] for p in extracted(run, "zh-title-then-name.md")["people"]}
    assert names == {"林澈", "宋雨", "周可", "许朗"}  # not '和开' nor '都可' of '社区成员和开发者都可以'


def test_a_chinese_guest_list_keeps_each_organization_whole(run):
    people = {p["name"]: (p["organization"], p["title"]) for p in extracted(run, "zh-guest-list.md")["people"]}
    assert people["庄宁"] == ("河西省数据应用创新中心", "核心成员")  # not '中心', cut after the verb 创新


def test_no_chinese_name_starts_inside_a_word_that_runs_across_the_split(run):
    names = {p["name"] for p in extracted(run, "zh-guest-list.md")["people"]}
    assert names == {"庄宁", "骆川", "方野"}  # not '索能力' of '…检索能力', '满收官' of '…圆满收官'


def test_a_chinese_job_title_keeps_its_field_of_work(run):
    people = {p["name"]: (p["organization"], p["title"]) for p in extracted(run, "zh-guest-list.md")["people"]}
    assert people["骆川"] == ("青禾科技", "资深内核开发工程师")
    assert people["方野"] == ("云帆数据", "高级售前工程师")  # not the organization '云帆数据高级'


def test_a_chinese_time_slot_whose_speaker_has_a_job_title_keeps_the_whole_title(run):
    view = extracted(run, "zh-agenda-lines.md")
    assert ("14:00", "14:40", "Open Rack 多核优化实践", ["陈静"]) in program(view)  # '… 数据库内核工程师陈静'
    assert affiliations(view)["陈静"] is None
    assert ("14:40", "15:20", "数据库透明加密原理", ["李晓明"]) in program(view)  # '… 云帆数据 李晓明'
    assert affiliations(view)["李晓明"] == "云帆数据"


def test_a_labelled_chinese_talk_title_is_all_title(run):
    view = extracted(run, "zh-agenda-lines.md")
    assert {s["title"]: s["speakers"] for s in view["sessions"]}["星河 数据库性能调优"] == ["王建国"]
    assert set(affiliations(view)) == {"陈静", "李晓明", "王建国", "刘洋"}  # '…性能调优' names no one


def test_an_organization_named_only_inside_a_chinese_talk_title_takes_no_part(run):
    view = extracted(run, "zh-agenda-lines.md")
    assert {o["name"] for o in view["organizations"]} == {"云帆数据", "星河科技"}  # not '云帆集团' of 《…》


def test_a_chinese_sentence_or_numbered_heading_gives_no_person_from_its_last_characters(run):
    view = extracted(run, "zh-talk-writeup.md")
    names = {p["name"] for p in view["people"]}
    assert "平扩容" not in names  # '1.1 存储演进 - 数据的水平扩容' is a heading, no '单位 姓名' caption
    assert "单实例" not in names  # '…我们的集群中心会重新计算单实例的负载' is a sentence
    assert not any("的" in o["name"] for o in view["organizations"])


def test_a_chinese_list_of_organization_and_name_inside_a_longer_sentence(run):
    view = extracted(run, "zh-talk-writeup.md")  # '…，感谢星河科技郑伟、云帆数据冯雪、…'
    assert affiliations(view)["郑伟"] == "星河科技"
    assert affiliations(view)["冯雪"] == "云帆数据"


def test_a_chinese_title_s_series_name_with_its_edition_number_names_the_event(run):
    assert extracted(run, "zh-live-stream.md")["event"]["name"] == "星河Live#7"  # '星河Live#7：Title'


def test_a_web_page_whose_title_tag_is_the_site_s_name_is_named_by_its_open_graph_title(run):
    view = extracted(run, "site-titled-page.html")  # <title>星河社区</title>, the <h1> above the <main>
    assert view["event"]["name"] == "2023 星河开源大会"  # not a section heading such as '大会盛况'


def test_a_chinese_title_that_says_the_event_closed_names_the_event_without_those_words(run):
    assert extracted(run, "zh-title-closed.md")["event"]["name"] == "星河开源大会 2024"  # '… 2024 圆满落幕'


def test_a_chinese_title_reporting_one_day_names_the_whole_event(run):
    assert extracted(run, "zh-title-one-day.md")["event"]["name"] == "星河开源大会 2024"  # '… 2024 Day 2'


def test_a_chinese_section_heading_that_starts_with_a_bare_event_word_names_no_event(run):
    view = extracted(run, "zh-section-headings.md")  # '## 大会盛况': the conference's highlights
    assert view["event"]["name"] == "2024 星河开源年会"  # named where the text says it was held


def test_a_city_of_two_words_after_the_event_word_of_a_chinese_title_stays_in_the_name(run):
    name = extracted(run, "zh-title-two-word-city.md")["event"]["name"]  # '… San Francisco 2024 宣布…'
    assert name == "Contoso Summit San Francisco 2024"


def test_a_year_ends_the_name_in_a_chinese_title(run):
    assert extracted(run, "zh-title-year-then-cfp.md")["event"]["name"] == "Contoso Summit Asia 2024"  # '… 2024 CFP'


def test_a_station_only_follows_a_city(run):
    name = extracted(run, "zh-station.md")["event"]["name"]  # '…是一套一站式的…' is 'one-stop'
    assert name == "星河开源 Meetup 苏州站"


def test_a_chinese_speaker_s_nickname_in_brackets_keeps_the_affiliation_after_it(run):
    view = extracted(run, "zh-agenda-nicknames.md")
    people = {p["name"]: (p["organization"], p["title"]) for p in view["people"]}
    assert people["林澈"] == ("云帆数据", "高级技术专家")  # '林澈（北岩），云帆数据高级技术专家'
    assert people["许诺"] == ("星河科技", "工程师")  # '…；许诺（西岭），星河科技工程师'


def test_a_nickname_speaker_under_a_timed_talk_title_and_a_people_heading(run):
    view = extracted(run, "zh-live-stream.md")  # '北岩 云帆数据缓存平台核心研发、…': a 花名 with no surname
    assert ("19:05", "20:00", "分布式缓存一致性实践", ["北岩"]) in program(view)
    assert affiliations(view)["北岩"] == "云帆数据"


def test_a_talk_s_outline_under_the_program_is_no_talk(run):
    titles = [s["title"] for s in extracted(run, "zh-live-stream.md")["sessions"]]  # '**本期分享大纲：**' then items
    assert titles == ["主持人开场", "分布式缓存一致性实践"]


def test_a_chinese_day_and_month_without_a_year_fall_nearest_to_the_post(run):
    event = extracted(run, "zh-live-stream.md")["event"]  # '1 月 4 日' on a page posted 2023-12-28
    assert (event["start_date"], event["end_date"]) == ("2024-01-04", "2024-01-04")


def test_a_chinese_write_up_s_opening_sentence_gives_its_talk_speaker_and_day(run):
    view = extracted(run, "zh-talk-writeup.md")  # '本文根据 5 月 13 日…杭州站云帆数据高级工程师林澈的主题分享《…》整理'
    assert program(view) == [(None, None, "星河缓存的设计与实践", ["林澈"])]  # its numbered sections are no talks
    assert {p["name"]: (p["organization"], p["title"]) for p in view["people"]}["林澈"] == ("云帆数据", "高级工程师")
    assert view["event"]["start_date"] == "2023-05-13"


def test_a_chinese_event_name_followed_by_the_talk_given_there_names_the_event(run):
    view = extracted(run, "zh-talk-writeup-spoken-at.md")  # '…于星河 Meetup#4 上的分享整理'
    assert view["event"]["name"] == "星河 Meetup#4"


def test_a_chinese_event_name_with_its_city_station_names_the_event(run):
    view = extracted(run, "zh-talk-writeup-station.md")  # '上个月我们在星河 Meetup 苏州站和大家聊了…'
    assert view["event"]["name"] == "星河 Meetup 苏州站"


def test_a_write_up_whose_opening_names_no_speaker_takes_the_one_who_introduces_themself(run):
    view = extracted(run, "zh-talk-self-introduced.md")  # '…主题：缓存一致性的取舍。' then '我是今天的讲师北岩'
    assert program(view) == [(None, None, "缓存一致性的取舍", ["北岩"])]


def test_a_write_up_s_speaker_is_the_name_after_the_job_title_and_its_day_comes_before_a_later_date_label(run):
    view = extracted(run, "zh-talk-writeup-nickname.md")  # '本文整理自星河科技高级技术专家北岩在 12 月 28 日…'
    assert program(view) == [(None, None, "缓存网关的演进", ["北岩"])]
    assert {p["name"]: (p["organization"], p["title"]) for p in view["people"]} == {"北岩": ("星河科技", "高级技术专家")}
    assert view["event"]["start_date"] == "2023-12-28"  # not the '时间：1 月 20 日' of an event advertised below


def test_a_write_up_s_opening_may_follow_a_summary_label(run):
    view = extracted(run, "zh-talk-writeup-abstract.md")  # '摘要：本文整理自星河科技资深工程师陈静在…大会上的分享。'
    assert program(view) == [(None, None, "缓存集群的弹性伸缩", ["陈静"])]
    assert {p["name"]: (p["organization"], p["title"]) for p in view["people"]} == {"陈静": ("星河科技", "资深工程师")}


def test_a_speaker_s_place_in_a_project_names_no_employer_the_next_clause_does(run):
    view = extracted(run, "zh-project-positions.md")  # '林澈，Tailspin PMC 成员，星河科技技术专家'
    people = {p["name"]: (p["organization"], p["title"]) for p in view["people"]}
    assert people["林澈"] == ("星河科技", "技术专家")
    assert "Tailspin PMC" not in {o["name"] for o in view["organizations"]}


def test_two_job_titles_joined_by_an_ampersand_are_one_title(run):
    view = extracted(run, "zh-project-positions.md")  # '冯雪，云帆数据联合创始人 & CTO'
    assert {p["name"]: (p["organization"], p["title"]) for p in view["people"]}["冯雪"] == ("云帆数据", "联合创始人 & CTO")


def test_a_talk_heading_over_its_abstract_then_its_speaker_section(run):
    view = extracted(run, "zh-talk-sections.md")  # '### Title', '#### 议题简介', '#### 分享嘉宾', 'Name，单位职位'
    assert {s["title"]: s["speakers"] for s in view["sessions"]} == {"Contoso 缓存层介绍": ["陈静"], "日志平台的演进": ["冯雪"]}


def test_a_list_of_speaker_then_title_items_gives_a_talk_per_item_without_its_slides_link(run):
    view = extracted(run, "zh-speaker-first-items.md")  # '* 陈静: Title [PDF](…)'
    assert {s["title"]: s["speakers"] for s in view["sessions"]} == {"缓存网关的现状与规划": ["陈静"], "日志平台的服务化实践": ["冯雪"]}
    assert "时间" not in {p["name"] for p in view["people"]}


def test_a_nickname_written_after_the_word_for_it_is_no_organization(run):
    view = extracted(run, "zh-agenda-nicknames.md")  # '郑伟 花名东篱（星河科技高级技术专家）'
    assert {p["name"]: (p["organization"], p["title"]) for p in view["people"]}["郑伟"] == ("星河科技", "高级技术专家")


def test_a_write_up_s_speaker_may_stand_after_the_episode_and_before_a_comma(run):
    view = extracted(run, "zh-talk-writeup-episode.md")  # '…Tailspin Live#9 云帆数据平台组研发工程师许诺，线上主题分享《…》'
    assert program(view) == [(None, None, "缓存的冷热分离", ["许诺"])]
    assert affiliations(view)["许诺"] == "云帆数据"


def test_a_speaker_may_introduce_themself_after_a_latin_job_title(run):
    view = extracted(run, "zh-talk-self-introduced-role.md")  # '我是 Tailspin Committer 南桥'
    assert program(view) == [(None, None, "索引的分层设计", ["南桥"])]


def test_a_chinese_event_name_in_a_sentence_starts_after_this_and_keeps_its_edition_number(run):
    assert extracted(run, "zh-this-edition.md")["event"]["name"] == "星河 Virtual Meetup#2"  # '本期为星河 Virtual Meetup#2，'


def test_an_online_episode_with_no_program_has_its_theme_as_its_one_talk(run):
    view = extracted(run, "zh-live-stream-no-program.md")  # '活动主题：星河Live#8：Title', '活动形式：线上直播'
    assert program(view) == [(None, None, "多租户缓存的隔离设计", ["周明"])]
    assert view["event"]["location"]["city"] is None


def test_the_item_below_a_person_listed_alone_gives_their_affiliation(run):
    view = extracted(run, "zh-live-stream-no-program.md")  # '- 周明（花名：南桥）' then '- 云帆数据开发工程师'
    assert affiliations(view)["周明"] == "云帆数据"


# --- other scripts -------------------------------------------------------------------------------------


def test_a_korean_report_is_korean_and_gives_its_event_and_the_people_its_layout_vouches_for(run):
    view = extracted(run, "korean-report.txt")
    assert view["language"] == "ko"
    assert view["event"]["name"] == "콘토소 글로벌 서밋 2024"
    assert (view["event"]["start_date"], view["event"]["end_date"]) == ("2024-10-15", "2024-10-17")
    assert (view["event"]["location"]["city"], view["event"]["location"]["country"]) == ("San Jose", "US")
    assert {p["name"]: (p["organization"], p["title"]) for p in view["people"]} == {
        "김민준": ("노스윈드 시스템즈", "부사장"),  # 'Org Name Title' in a sentence
        "이서연": ("팹리캄", "수석 엔지니어"),
        "박지훈": ("타일스핀 랩스", None),  # 'Name (Org)' after a speaker label
        "최유진": ("어데이텀", None)}


def event_of(run, name: str) -> dict:
    result = run("ingest", "--json", CURATION / name, "--data", REGISTRY)
    return json.loads(result.stdout)["event"]


def test_a_post_that_only_mentions_events_reports_none(run):
    assert event_of(run, "member-milestone-post.md")["name"] is None  # 'Summit systems', 'at the … Expo'


def test_an_event_named_with_its_city_is_the_one_a_post_reports(run):
    assert event_of(run, "placed-event-names.md")["name"] == "Contoso Storage Summit"


def test_the_event_that_opens_a_press_release_dateline_is_its_name(run):
    event = event_of(run, "summit-dateline.md")
    assert (event["name"], event["location"]["city"]) == ("Contoso Edge Summit", "Lyon")


def test_a_season_after_in_the_is_no_city(run):
    event = event_of(run, "challenge-season.md")  # 'in the Spring', not Spring, Texas
    assert (event["name"], event["location"]["city"]) == ("Contoso Developer Challenge", None)


def test_an_acronym_is_no_city(run):
    assert event_of(run, "challenge-acronym.md")["location"]["city"] is None  # 'in NICE pilot studies', not Nice


def test_the_city_of_another_event_is_not_the_reported_events(run):
    event = event_of(run, "challenge-other-events.md")  # '… Summit in Lyon', 'at SC21 in Denver'
    assert (event["name"], event["location"]["city"]) == ("Contoso Developer Challenge", None)


def dates_of(event: dict) -> tuple:
    return event["start_date"], event["end_date"]


def test_days_written_day_month_through_day_month_after_the_name_are_the_events(run):
    assert dates_of(event_of(run, "summit-invitation-day-month.md")) == ("2021-10-26", "2021-10-28")


def test_the_dates_set_after_the_events_name_beat_the_press_releases_dateline(run):
    assert dates_of(event_of(run, "congress-press-release.md")) == ("2021-05-22", "2021-05-25")


def test_a_yearless_day_in_a_recap_posted_in_january_is_in_the_year_before(run):
    assert event_of(run, "workshop-recap-new-year.md")["start_date"] == "2021-11-15"


def test_a_day_then_to_and_a_count_is_one_day_not_a_range():
    from ocpkb.ingest.dates import find_dates

    assert [(d.start, d.end) for d in find_dates("opened on May 12 to 145 people", 2021)] == [("2021-05-12", None)]
    assert [(d.start, d.end) for d in find_dates("held on May 12 to 14", 2021)] == [("2021-05-12", "2021-05-14")]


def days_in(text: str) -> list[tuple]:
    """The (start, end) of every date in the text, a year left out being 2031."""
    from ocpkb.ingest.dates import find_dates

    return [(d.start, d.end) for d in find_dates(text, 2031)]


def test_a_day_may_be_written_before_of_and_its_month_with_its_weekday_and_the():
    from ocpkb.ingest.dates import WEEKDAY_DATE

    assert days_in("the city will welcome us from the 24th to the 28th of April.") == [("2031-04-24", "2031-04-28")]
    assert days_in("It runs from Sunday 11th to Wednesday 14th of September in Lyon") == [("2031-09-11", "2031-09-14")]
    assert days_in("On Sunday the 11th of September the doors open") == [("2031-09-11", None)]
    assert days_in("When: Monday the 15th of November, 2010") == [("2010-11-15", None)]
    assert WEEKDAY_DATE.search("Come along at 12:55 on Thursday 11th of May")
    assert days_in("on the 3rd of the month") == []


def test_two_days_joined_by_and_are_a_range_only_when_the_second_follows_the_first():
    assert days_in("held on October 21 and 22.") == [("2031-10-21", "2031-10-22")]
    assert days_in("in Lyon on 6th and 7th December 2017") == [("2017-12-06", "2017-12-07")]
    assert days_in("the meetups on May 4 and 11") == [("2031-05-04", None)]


def test_a_name_that_starts_with_a_brand_written_in_lower_case_keeps_that_word(run):
    assert event_of(run, "brand-prefix-name.md")["name"] == "eContoso Conference 2031"  # not 'Contoso Conference 2031'


def test_a_range_may_end_on_the_day_alone_after_to_the():
    from ocpkb.ingest.dates import find_dates

    assert [(d.start, d.end) for d in find_dates("held at the Lakeside Hall from June 24th to the 28th", 2015)] == [
        ("2015-06-24", "2015-06-28")]


def test_two_whole_days_joined_by_to_are_one_range_and_a_long_period_is_not():
    from ocpkb.ingest.dates import find_dates

    def days(text: str) -> list[tuple]:
        return [(d.start, d.end) for d in find_dates(text)]

    assert days("will be held from 17th January 2026 to 19th January 2026, in Lyon") == [("2026-01-17", "2026-01-19")]
    assert days("May 30, 2026 - June 1, 2026") == [("2026-05-30", "2026-06-01")]
    assert days("proposals open November 1, 2025 - January 15, 2026") == [("2025-11-01", None), ("2026-01-15", None)]


def test_a_chinese_range_of_days_may_leave_the_first_day_s_mark_out():
    from ocpkb.ingest.dates import find_dates

    def days(text: str) -> list[tuple]:
        return [(d.start, d.end) for d in find_dates(text, 2024)]

    assert days("大会将于 2025 年 5 月 20-21 日在线举办") == [("2025-05-20", "2025-05-21")]
    assert days("沙龙于 8月18 - 8月20日在杭州举办") == [("2024-08-18", "2024-08-20")]
    assert days("9 月 6 日至 8 日") == [("2024-09-06", "2024-09-08")]
    assert days("5 月 8 日、5 月 9 日") == [("2024-05-08", None), ("2024-05-09", None)]


def test_the_caption_under_an_embedded_slide_deck_names_no_one(run):
    view = extracted(run, "slide-embed-caption.md")  # '**[Title](slides)** from **[Uploader](profile)**'
    assert affiliations(view) == {} and "ContosoOrg" not in [o["name"] for o in view["organizations"]]


def test_a_two_letter_registry_name_in_chinese_technical_text_is_no_organization(run):
    assert organization_names(run, "zh-abbreviations.md") == {"星河开源社区"}  # not 'IO' of '网络 IO', 'IO 线程', '磁盘 IO'


def test_a_chinese_sentence_naming_its_event_before_the_hosts_gives_the_hosts_only(run):
    organizers = extracted(run, "zh-organizer-sentences.md")["event"]["organizers"]
    assert organizers == ["星河开源社区", "云帆数据"]  # '星河网关 Meetup 是 A 和 B 联合主办的…'


def test_who_started_a_project_or_an_action_in_a_chinese_talk_is_no_organizer(run):
    view = extracted(run, "zh-organizer-sentences.md")
    names = set(view["event"]["organizers"]) | {o["name"] for o in view["organizations"]}
    assert not names & {"北辰科技和蓝海大学", "北辰科技", "协调者来"}  # '由 A 和 B 发起，…', '由协调者来发起和编排'


def test_who_joins_hands_with_others_to_hold_the_event_and_those_others_are_its_organizers(run):
    organizers = extracted(run, "zh-organizer-asides.md")["event"]["organizers"]
    assert organizers[:3] == ["星河前端小组", "云帆数据 Web 团队", "蓝海互娱"]  # 'A 携手 B、C（…）在杭州举办'


def test_a_sponsor_named_in_a_bracketed_aside_is_no_organizer_phrase(run):
    organizers = extracted(run, "zh-organizer-asides.md")["event"]["organizers"]
    assert not [name for name in organizers if "赞助" in name or "）" in name]  # '（本次活动由蓝海互娱全程赞助）在…举办'


def test_who_sponsors_and_co_organizes_is_an_organizer_without_the_sponsoring_verb(run):
    organizers = extracted(run, "zh-organizer-asides.md")["event"]["organizers"]
    assert {"移动应用部", "账号安全中心"} <= set(organizers)  # 'A、B 赞助和协办'


def test_the_host_of_an_event_the_author_took_part_in_is_the_name_after_the_verb(run):
    organizers = extracted(run, "zh-organizer-asides.md")["event"]["organizers"]
    assert "Fabrikam" in organizers and not [name for name in organizers if "参加" in name]  # '（…）参加 Fabrikam 主办的'


def test_posting_on_the_microblog_platform_names_no_organization(run):
    assert "微博" not in organization_names(run, "zh-microblog-posts.md")  # '发微博', '在微博上说', '关注我们的微博'


def test_a_kind_of_organization_after_a_causative_verb_names_no_organization(run):
    names = organization_names(run, "zh-causative-verb-before-kind.md")  # '让开源社区被更多开发者看见'
    assert not [name for name in names if name.startswith("让") or name in ("开源社区", "创业公司")]


def test_a_verb_of_travelling_to_an_organization_is_no_part_of_its_name(run):
    names = organization_names(run, "zh-causative-verb-before-kind.md")  # 'Wang Lei 赴新加坡海港理工大学（…）交流'
    assert "新加坡海港理工大学" in names and not [name for name in names if name.startswith("赴")]


def test_the_host_city_word_of_a_chinese_sentence_names_no_organizer(run):
    assert extracted(run, "zh-host-city-word.md")["event"]["organizers"] == []  # '与主办地里斯本一样'


def test_the_organization_a_headline_opens_with_hosts_the_event_it_announces(run):
    assert extracted(run, "headline-announces-summit.md")["event"]["organizers"] == ["Tailspin Foundation"]


def test_an_organization_announcing_something_at_an_event_does_not_host_it(run):
    assert extracted(run, "headline-announces-speakers.md")["event"]["organizers"] == []


def test_every_organization_listed_after_hosted_by_in_a_sentence_about_the_event_hosts_it(run):
    organizers = extracted(run, "hosted-by-list.md")["event"]["organizers"]
    assert organizers == ["Fabrikam", "Northwind Labs", "Contoso Foundation"]  # not 'the Widget community'


def test_hosted_by_in_a_sentence_about_something_else_names_no_organizer(run):
    assert "Litware Foundation" not in extracted(run, "hosted-by-list.md")["event"]["organizers"]  # '… projects are hosted by'


def test_a_list_of_people_after_hosted_by_names_no_organizer(run):
    # a panel 'hosted by Priya, Tomasz and Ivan', a podcast 'hosted by Dana Whitfield, …'
    assert extracted(run, "hosted-by-people.md")["event"]["organizers"] == ["Fabrikam"]


def test_the_words_after_an_organizer_end_the_list_of_organizers(run):
    # '… hosted by Fabrikam in Porto on 12 October, 2023': '2023' is no organizer
    assert "2023" not in extracted(run, "hosted-by-people.md")["event"]["organizers"]


def test_a_team_named_by_a_brand_that_organized_a_versioned_event_organizes_it_and_a_country_hosts_nothing(run):
    # 'the eContoso Team organized this 4.2 Bug Hunt Hackathon'; 'Portugal hosted its first … Summit' names a place
    assert extracted(run, "team-organized-versioned-hackathon.md")["event"]["organizers"] == ["eContoso Team"]


def test_an_organization_thanked_for_hosting_the_event_hosts_it(run):
    assert extracted(run, "thanked-host.md")["event"]["organizers"] == ["Wingtip Cloud"]  # 'to Wingtip Cloud for hosting the event'


def test_a_person_thanked_for_organizing_the_event_is_no_organizer(run):
    assert "Maria Alvarez" not in extracted(run, "thanked-host.md")["event"]["organizers"]


def test_a_first_name_alone_thanked_for_organizing_the_event_is_no_organizer(run):
    assert "Laura" not in extracted(run, "thanked-host.md")["event"]["organizers"]  # 'to Laura for organizing the summit'


def test_a_registry_name_joined_to_a_latin_product_word_in_chinese_text_is_no_organization(run):
    assert organization_names(run, "zh-products.md") == {"星河开源社区"}  # 'Litware Cloud 和…', 'Litware-Lite 网关'


def test_a_registry_name_before_a_unit_of_it_in_chinese_text_stays_an_organization(run):
    assert "Litware" in organization_names(run, "zh-product-committee.md")  # 'Litware Storage 委员会成员'


def test_a_company_name_used_as_a_tool_in_chinese_text_is_no_organization(run):
    assert organization_names(run, "zh-tools.md") == {"星河开源社区"}  # '使用 Litware 部署', 'Litware 容器'


def test_a_company_name_that_labels_a_link_is_no_organization(run):
    assert "Litware" not in organization_names(run, "link-labels.md")  # '- Litware: https://…'


def test_a_project_named_beside_its_community_is_part_of_job_titles_not_an_organization(run):
    view = extracted(run, "zh-community-project.md")
    assert {o["name"] for o in view["organizations"]} == {"Contoso 社区", "Contoso 科技有限公司"}
    assert affiliations(view) == {"陈静": None, "李晓明": None, "王磊": "Contoso 科技有限公司"}
    assert {p["name"]: p["title"] for p in view["people"]}["陈静"] == "Contoso 技术委员会主席"


def test_an_organizer_named_by_a_community_s_project_is_the_community(run):
    assert extracted(run, "zh-community-organizer.md")["event"]["organizers"] == ["Contoso 社区", "北辰科技"]


def test_names_right_after_a_participant_noun_in_a_sentence_are_people(run):
    names = set(affiliations(extracted(run, "prose-people-lists.md")))
    assert {"Marta Okafor", "Tomas Lindqvist"} <= names  # 'a keynote from the program chairs, A and B'


def test_a_list_of_names_before_a_speech_verb_are_people(run):
    names = set(affiliations(extracted(run, "prose-people-lists.md")))
    assert {"Priya Raman", "Diego Alvarez", "Hannah Becker"} <= names  # 'A, B and C led a workshop'


def test_the_weekday_after_a_speaker_s_organization_or_title_is_no_part_of_it(run):
    view = extracted(run, "talks-with-their-weekday.md")  # 'by Jane Roe, Northwind Labs<br> Wednesday, May 7'
    assert affiliations(view) == {"Jane Roe": "Northwind Labs", "Wei Chen": "Tailspin Games", "Omar Haddad": None}
    assert {p["name"]: p["title"] for p in view["people"]}["Omar Haddad"] == "Maintainer"


def test_a_day_of_a_month_is_no_organization(run):
    names = {o["name"] for o in extracted(run, "talks-with-their-weekday.md")["organizations"]}
    assert names == {"Northwind Labs", "Tailspin Games"}  # not 'May 8' of 'Maintainer<br> Thursday, May 8'


def test_a_talk_title_of_inflected_dictionary_words_is_no_person(run):
    names = set(affiliations(extracted(run, "talks-with-their-weekday.md")))
    assert not names & {"Navigating Thousands", "Real-Time Stories"}  # 'Real-Time Stories from Production Environments'


def test_names_then_an_at_sign_then_an_organization_are_speakers_of_that_organization(run):
    # 'Title (A & B @ Org)' in both tracks of a table, and 'Speakers: A & B @ Org' under a heading
    view = extracted(run, "speakers-at-organization.md")
    assert [(s["title"], s["speakers"]) for s in view["sessions"]] == [
        ("Keynote", ["Aiko Tanaka", "Bruno Lindqvist"]),
        ("Rolling Upgrades Without Downtime", ["Carmen Ortiz"]),
        ("Tiered Storage in Practice", ["Dmitri Volkov", "Elena Rossi"]),
        ("Observability for Event Streams", ["Farid Haddad", "Greta Novak"]),
    ]
    assert affiliations(view) == {
        "Aiko Tanaka": "Fabrikam", "Bruno Lindqvist": "Fabrikam", "Carmen Ortiz": "Tailspin Labs",
        "Dmitri Volkov": "Northwind Data", "Elena Rossi": "Northwind Data",
        "Farid Haddad": "Woodgrove Systems", "Greta Novak": "Woodgrove Systems"}


def test_a_job_title_then_an_at_sign_glued_to_an_organization_is_a_title_at_that_organization(run):
    view = extracted(run, "committee-title-at-organization.md")
    assert {(p["name"], p["organization"], p["title"]) for p in view["people"]} == {
        ("Aiko Tanaka", "Contoso", "Senior Software Engineer"), ("Bruno Lindqvist", "Tailspin Labs", "Technical Writer")}


def segmented(name: str) -> list:
    from ocpkb.ingest.read import read_source
    from ocpkb.ingest.segment import segment

    return segment(read_source(CURATION / name))


def test_a_line_that_is_only_a_link_inside_a_paragraph_is_read_as_part_of_its_sentence():
    texts = [block.text for block in segmented("markdown-wrapped-links.md")]
    assert "Our spring meetup was hosted by the Fabrikam Widget Guild in Lyon on 12 March 2024, with more than " \
           "sixty people in the room." in texts
    assert "Join the Widget Guild chat for the next dates." in texts  # inside a list item too


def test_a_link_alone_under_a_label_stays_a_link_of_its_own():
    blocks = segmented("markdown-wrapped-links.md")
    assert ("link", "Widgets at Scale") in [(block.kind, block.text) for block in blocks]


def test_link_text_wrapped_over_lines_is_read_whole_without_its_brackets():
    text = " ".join(block.text for block in segmented("markdown-wrapped-links.md"))
    assert "Jane Roe of Tailspin Robotics talked about" in text
    assert "closing panel on widget packaging and releases are online" in text
    assert "[" not in text and "]" not in text


def test_a_link_by_its_label_alone_reads_as_its_text():
    # 'hosted by [Fabrikam Labs]' with '[Fabrikam Labs]: https://…' below the text
    text = " ".join(block.text for block in segmented("markdown-shortcut-links.md"))
    assert "hosted by Fabrikam Labs in Lyon" in text


def test_a_link_by_its_label_alone_is_found_whatever_the_case_and_spacing_of_its_label():
    # '[tailspin   robotics]' with '[Tailspin Robotics]: https://…' below the text
    text = " ".join(block.text for block in segmented("markdown-shortcut-links.md"))
    assert "the pizza came from tailspin robotics once more" in text


def test_a_collapsed_reference_link_reads_as_its_text():
    text = " ".join(block.text for block in segmented("markdown-shortcut-links.md"))
    assert "Our chat is on Widget Chat." in text  # '[Widget Chat][]'


def test_brackets_that_no_link_definition_names_stay_as_written():
    text = " ".join(block.text for block in segmented("markdown-shortcut-links.md"))
    assert "once more [sic]." in text


def test_a_footnote_mark_is_no_part_of_a_title_and_a_footnote_reads_as_its_text():
    texts = [block.text for block in segmented("markdown-shortcut-links.md")]
    assert "Widgets at scale" in texts
    assert "Slides on the project site." in texts


def test_a_code_of_conduct_named_by_a_link_is_no_speaker(run):
    # 'Attendees agree to abide by Widgets [Code of Conduct].'
    view = extracted(run, "markdown-shortcut-links.md")
    assert not [person for person in view["people"] if "Code" in person["name"]]
    assert not [session for session in view["sessions"] if session["title"].startswith("Attendees")]


def test_a_person_after_her_job_title_hosts_a_party_but_organizes_nothing(run):
    # 'hosted by Contoso Ambassador [Dana Whitfield]': a person, not an organization
    assert extracted(run, "markdown-shortcut-links.md")["event"]["organizers"] == ["Fabrikam Labs"]


def test_html_entities_in_markdown_text_are_read_as_the_characters_they_stand_for():
    texts = [block.text for block in segmented("markdown-entities-and-embeds.md")]
    assert texts[:2] == ["Scaling Widgets—Lessons From Production",
                         "It's the talk everyone asked about – and the room was full again."]


def test_an_embedded_social_post_keeps_its_text_but_not_who_posted_it():
    text = " ".join(block.text for block in segmented("markdown-entities-and-embeds.md"))
    assert "Great keynote at Widget Day!" in text
    assert "Avery Poster" not in text and "May 4, 2024" not in text


def test_a_post_dated_only_by_its_folders_dates_its_yearless_event(run, tmp_path):
    folder = tmp_path / "blog" / "2024" / "03" / "12"
    folder.mkdir(parents=True)
    shutil.copy(CURATION / "zh-post-dated-by-folders.md", folder / "widget-meetup-recap.md")
    view = json.loads(run("ingest", "--json", folder / "widget-meetup-recap.md", "--data", REGISTRY).stdout)
    assert view["event"]["start_date"] == "2024-03-09"  # '上周六（3 月 9 日）' in a post of 2024-03-12


def test_the_folders_that_date_a_post_stay_out_of_its_sources(run, kb_copy, tmp_path_factory):
    folder = tmp_path_factory.mktemp("downloads") / "blog" / "2024" / "03" / "12"
    folder.mkdir(parents=True)
    shutil.copy(CURATION / "zh-post-dated-by-folders.md", folder / "widget-meetup-recap.md")
    assert run("ingest", folder / "widget-meetup-recap.md", "--data", kb_copy).exit_code == 0
    event = next(path for path in (kb_copy / "events").glob("*.yml") if "2024-03-09" in path.read_text(encoding="utf-8"))
    text = event.read_text(encoding="utf-8")
    assert "widget-meetup-recap.md#sha256-" in text and "2024/03/12" not in text


def test_what_an_html_comment_hides_in_markdown_is_not_read():
    texts = [block.text for block in segmented("markdown-commented-out.md")]
    assert texts == ["Widget Summit 2025 takes place in Porto on 3 June 2025.", "The program follows soon."]


def test_organizations_a_written_up_talk_is_about_take_no_part(run):
    view = extracted(run, "zh-talk-writeup-body.md")  # after '大家好，我是…': '北辰软件公司开源的…', 'Tailspin 社区…'
    assert {o["name"] for o in view["organizations"]} == {"云帆数据"}


def talks(view: dict) -> set[tuple]:
    return {(start, end, title, tuple(speakers)) for start, end, title, speakers in program(view)}


def test_a_numbered_topic_label_is_a_talk_with_its_speaker_label(run):
    view = extracted(run, "zh-numbered-topics.md")  # '####主题一： Title' / '分享讲师： Org，Name'; '**主题2：Title**'
    assert {(None, None, "分布式事务的取舍", ("林小舟",)), (None, None, "列式存储的压缩", ("周予安",))} <= talks(view)
    assert affiliations(view)["林小舟"] == "星桥科技"


def test_an_ordinal_topic_label_with_by_gives_title_and_speaker(run):
    view = extracted(run, "zh-numbered-topics.md")  # '### 第三个主题: Title by Name'; '第四个主题: by Name' names no talk
    assert (None, None, "查询优化器入门", ("沈清和",)) in talks(view)
    assert len(talks(view)) == 3


def test_the_line_under_a_numbered_topic_heading_names_its_speaker(run):
    view = extracted(run, "zh-numbered-topics-speaker-below.md")  # '#### 主题二：《Title》' over 'Name，Org，Title'
    assert talks(view) == {(None, None, "缓存网关的灰度发布", ("林小舟",)), (None, None, "日志平台的冷热分层", ("周予安",))}


def test_a_heading_without_a_space_after_its_hashes_that_introduces_people_lists_them(run):
    view = extracted(run, "zh-numbered-topics-speaker-below.md")  # '##特邀讲师：' over '- 沈清和', '- 许知远'
    assert {"沈清和", "许知远"} <= {p["name"] for p in view["people"]}


def test_a_sign_up_announcement_s_title_names_the_event_without_its_call_to_sign_up(run):
    event = extracted(run, "zh-salon-signup.md")["event"]  # '2021年7月成都数据库专场开始报名'
    assert event["name"] == "2021年7月成都数据库专场"


def test_the_city_in_a_chinese_title_that_names_the_event_is_its_city(run):
    event = extracted(run, "zh-salon-signup.md")["event"]
    assert event["location"]["city"] == "Chengdu"


def test_a_city_session_of_a_series_is_named_by_its_title_with_the_city(run):
    event = extracted(run, "zh-city-station-recap.md")["event"]  # 'NorthwindConf2021 成都场小结'
    assert (event["name"], event["location"]["city"]) == ("NorthwindConf2021 成都场", "Chengdu")


def test_a_report_word_after_the_name_in_a_chinese_title_is_no_part_of_the_name(run):
    event = extracted(run, "zh-attendance-report-title.md")["event"]  # '… 参会纪实': an attendee's report of it
    assert event["name"] == "NorthwindOverCode Asia 2022"


def test_the_event_a_chinese_recap_s_opening_sentence_says_was_held_is_named_before_its_forum_headings(run):
    event = extracted(run, "zh-lead-sentence-names-event.md")["event"]  # '由…主办的 X 于 … 在成都圆满收官', '## 开源教育论坛'
    assert event["name"] == "2020 星河开源年会-Fabricon’20"


def test_the_writer_s_own_words_before_a_chinese_event_name_are_no_part_of_it(run):
    event = extracted(run, "zh-lead-sentence-writer-subject.md")["event"]  # '我们很高兴地宣布 X 将于…举行'
    assert event["name"] == "Northwind Summit 2020"


def test_the_city_a_speaker_came_from_is_not_the_event_s(run):
    event = extracted(run, "zh-speaker-came-from-city.md")["event"]  # '…顺利举行，讲师林小舟专程从深圳远道而来'
    assert event["location"]["city"] is None


def test_a_post_named_by_its_publication_day_is_dated_by_the_day_its_text_gives(run):
    event = extracted(run, "2021-06-20-salon-recap.md")["event"]  # '2021-06-20-…' and 'date: 2021-06-20': the post's day
    assert event["start_date"] == "2021-06-12"


def test_a_line_that_is_a_name_then_a_quoted_title_is_a_talk(run):
    view = extracted(run, "zh-speaker-first-talks.md")  # '林小舟 ：《Title》 [录音](…)', '周予安 《Title》 [录音](…)（…）'
    assert {(None, None, "跨平台客户端的取舍", ("林小舟",)), (None, None, "移动端的性能监控", ("周予安",))} <= talks(view)


def test_two_headings_name_then_title_are_talks(run):
    view = extracted(run, "zh-speaker-first-talks.md")  # '## 沈清和：Title', '## 许知远：Title'
    assert {(None, None, "小程序的包体积优化", ("沈清和",)), (None, None, "离线包的灰度发布", ("许知远",))} <= talks(view)
    assert len(talks(view)) == 4


def test_a_quoted_talk_is_given_by_the_person_who_brought_it_with_an_honorific(run):
    view = extracted(run, "zh-talks-brought-by.md")  # '…分别是由林小舟先生带来的《…》和由周予安先生带来的《…》'
    assert {(None, None, "分布式系统的工程方法", ("林小舟",)), (None, None, "移动开发杂谈", ("周予安",))} <= talks(view)


def test_a_quoted_talk_is_given_by_the_person_who_tells_it_to_us(run):
    view = extracted(run, "zh-talks-brought-by.md")  # '沈清和老师为我们奉上的《…》', '许知远为我们讲述《…》'
    assert {(None, None, "设计与开发之间", ("沈清和",)), (None, None, "呆板的设计", ("许知远",))} <= talks(view)


def test_a_named_day_with_its_year_and_school_station_in_a_chinese_title_names_the_event(run):
    view = extracted(run, "zh-talks-in-report-prose.md")  # title '2031 自由软件日青禾站活动报告'
    assert view["event"]["name"] == "2031 自由软件日青禾站"


def test_a_daily_digest_titled_with_its_year_names_no_day_event(run):
    # '2031 开源日报': 日 starts 日报 (a daily), no day of an event; a daily digest's salon is one of its news items
    view = json.loads(run("ingest", "--json", CURATION / "zh-daily-digest.md", "--data", REGISTRY).stdout)
    assert not (view["event"]["name"] or "").startswith("2031 开源日") and view["event"]["start_date"] is None


def club_people(run) -> dict[str, tuple]:
    view = extracted(run, "zh-club-captions.md")
    return {p["name"]: (p["organization"], p["title"]) for p in view["people"]}


def test_a_club_s_name_keeps_its_head_word_and_the_clause_before_it_goes(run):
    assert club_people(run)["林小舟"] == ("青禾电子俱乐部", "核心成员")  # '活动有幸邀请到了青禾电子俱乐部核心成员林小舟先生'


def test_a_unit_of_a_club_belongs_to_the_club(run):
    assert club_people(run)["韩青"] == ("星河电子俱乐部", "部长")  # '星河电子俱乐部技术部部长韩青'


def test_of_two_roles_joined_by_a_slash_the_one_beside_the_name_gives_the_organization(run):
    assert club_people(run)["许知远"] == ("星河技术俱乐部", "主席")  # '青禾技术专家/星河技术俱乐部主席许知远'


def test_the_first_role_s_organization_starts_after_the_copula(run):
    assert club_people(run)["周予安"][0].startswith("星河科技")  # '…登场的是星河科技开发者关系负责人、…创始人周予安'


def test_a_quoted_talk_the_student_brings_as_a_talk_is_theirs(run):
    view = extracted(run, "zh-talks-in-report-prose.md")  # '…副会长林小舟同学为大家带来演讲《…》', '…先生为大家带来展示《…》'
    assert {(None, None, "镜像站的一天", ("林小舟",)), (None, None, "用开源工具画电路板", ("周予安",))} <= talks(view)


def test_a_quoted_talk_after_the_speaker_s_honorific_and_possessive_is_theirs(run):
    view = extracted(run, "zh-talks-in-report-prose.md")  # '…前会长沈清和同学的《移动应用开发入门》'
    assert (None, None, "移动应用开发入门", ("沈清和",)) in talks(view)


def test_a_title_in_chinese_quotes_is_a_talk_when_the_sentence_says_it_is_one(run):
    view = extracted(run, "zh-talks-in-report-prose.md")  # '由…主席许知远带来，题为“…”', '工程师韩青带来的“…”'
    assert {(None, None, "桌面环境的扩展机制", ("许知远",)), (None, None, "浏览器插件漫谈", ("韩青",))} <= talks(view)
    assert len(talks(view)) == 5  # '主题是“草根低碳”', '“无痛”体验': quotes that name no talk


def test_the_speaker_of_a_talk_brought_by_a_person_is_captioned_after_the_word_by(run):
    view = extracted(run, "zh-talks-in-report-prose.md")  # '第一个演讲由北辰开源协会主席许知远带来'
    assert {p["name"]: (p["organization"], p["title"]) for p in view["people"]}["许知远"] == ("北辰开源协会", "主席")


def test_a_self_introduced_speaker_s_next_clause_gives_their_organization_and_title(run):
    view = extracted(run, "zh-talk-writeup-body.md")  # '我是今天的讲师北岩（花名：西岭），云帆数据技术专家，…'
    assert {p["name"]: (p["organization"], p["title"]) for p in view["people"]} == {"北岩": ("云帆数据", "技术专家")}


def test_a_self_introduced_speaker_who_says_where_they_come_from(run):
    view = extracted(run, "zh-talk-writeup-came-from.md")  # '我是今天的讲师郑伟，来自星河科技，目前…'
    assert affiliations(view) == {"郑伟": "星河科技"}


def test_a_person_a_written_up_talk_only_cites_takes_no_part(run):
    view = extracted(run, "zh-talk-writeup-body.md")  # '…的思路则来自 Jane Doe (@janedoe) 提出的一个提案'
    assert "Jane Doe" not in {p["name"] for p in view["people"]}


def test_a_reported_talk_is_the_page_title_given_by_the_spaced_caption_that_opens_a_clause(run):
    view = extracted(run, "zh-talk-reported.md")  # '…Meetup 上，**青禾科技高级工程师 林小舟** 详细介绍了…'
    assert program(view) == [(None, None, "星河数据库在青禾科技的落地实践", ["林小舟"])]
    assert affiliations(view) == {"林小舟": "青禾科技"}


def test_what_a_reported_talk_s_body_names_is_not_an_organization_of_it(run):
    names = {o["name"] for o in extracted(run, "zh-talk-reported.md")["organizations"]}
    assert names == {"青禾科技"}  # not 'Northwind Analytics' or 'Tailspin' of its '## 01 背景'


def test_a_reported_talk_s_spaced_caption_may_end_its_clause(run):
    view = extracted(run, "zh-talk-reported-came-from.md")  # '今天，来自青禾科技的资深工程师 周予安，将为我们分享…'
    assert program(view) == [(None, None, "缓存网关的灰度发布", ["周予安"])]
    assert affiliations(view) == {"周予安": "青禾科技"}


def test_a_write_up_s_title_that_names_no_event_is_its_talk_whole_across_a_comma(run):
    view = extracted(run, "zh-talk-title-with-comma.md")  # '# 日均同步千万行，青禾科技的数据管道实践'
    assert [s["title"] for s in view["sessions"]] == ["日均同步千万行，青禾科技的数据管道实践"]


def test_an_mdx_page_is_read_without_its_statements_comments_and_code():
    texts = [block.text for block in segmented("mdx-announcement.mdx")]
    assert texts == ["Gizmo Day 2026 takes place in Porto on 12 May 2026.", "Register early", "Seats are limited.",
                     "Time: 10:00-17:00"]


def test_code_in_a_named_language_gives_no_place_or_date(run):
    event = extracted(run, "mdx-announcement.mdx")["event"]
    assert (event["location"]["city"], event["start_date"]) == ("Porto", "2026-05-12")


def test_an_asciidoc_page_is_read_line_for_line_as_headings_rows_and_items():
    blocks = segmented("asciidoc-meetup.adoc")
    assert [(block.kind, block.text) for block in blocks if block.kind in ("heading", "row", "item")] == [
        ("heading", "Gizmo Community Day 2025"), ("heading", "Program"),
        ("row", "Time | Talk | Speaker"), ("row", "10:00 | Scaling Gizmos at the Edge | Ana Lima, Contoso"),
        ("row", "11:00 | Gizmo Security in Practice | Rui Costa, Northwind Traders"),
        ("item", "Scaling Gizmos at the Edge")]


def test_an_asciidoc_page_gives_its_event_talks_and_speakers(run):
    view = extracted(run, "asciidoc-meetup.adoc")
    assert (view["event"]["name"], view["event"]["start_date"], view["event"]["location"]["city"]) == (
        "Gizmo Community Day 2025", "2025-04-28", "Porto")
    assert {s["title"]: s["speakers"] for s in view["sessions"]} == {
        "Scaling Gizmos at the Edge": ["Ana Lima"], "Gizmo Security in Practice": ["Rui Costa"]}


def test_asciidoc_values_point_at_the_lines_of_the_adoc_file(run, kb_copy):
    assert run("ingest", CURATION / "asciidoc-meetup.adoc", "--data", kb_copy).exit_code == 0
    draft = next((kb_copy / "events").glob("gizmo-community-day*.yml")).read_text(encoding="utf-8")
    assert re.search(r"  start_date: asciidoc-meetup.adoc#sha256-[0-9a-f]{12}:8\n", draft)  # '… took place … 28 April'
    assert re.search(r"  location: asciidoc-meetup.adoc#sha256-[0-9a-f]{12}:2\n", draft)  # ':page-location: Porto, …'
    assert re.search(r"  sessions\[1\]: asciidoc-meetup.adoc#sha256-[0-9a-f]{12}:21\n", draft)  # its row's first cell


def test_a_quarto_page_is_read_as_markdown_without_its_code_chunks():
    texts = [block.text for block in segmented("quarto-report.qmd") if block.kind != "field"]
    assert texts == ["The Gadget Users Meeting 2024 took place in Ghent on 9 October 2024."]


def test_a_talk_a_recap_reports_in_a_sentence_is_its_title_between_was_and_by_name(run):
    view = extracted(run, "talks-reported-in-sentences.md")  # 'The first talk I went to was Title by Name.'
    assert program(view) == [(None, None, "Sharding Widgets: Lessons from Production", ["Mira Okafor"]),
                             (None, None, "Ten Queues You Did Not Know You Had", ["Tomasz Wren"])]


def test_a_reported_talk_about_a_topic_or_named_only_by_its_kind_states_no_title(run):
    titles = {s["title"] for s in extracted(run, "talks-reported-in-sentences.md")["sessions"]}
    assert not any("about" in title or "keynote" in title.lower() for title in titles)  # 'was about …', 'was the keynote by Name'


def test_a_relative_clause_after_a_speakers_name_gives_the_job_title_and_organization_it_states(run):
    people = {p["name"]: (p["title"], p["organization"])
              for p in extracted(run, "speaker-relative-clauses.md")["people"]}
    assert people["Dana Whitfield"] == ("core developer", "Fabrikam")
    assert people["Tomasz Ivanek"] == ("maintainer", "Contoso")


def test_a_relative_clause_that_holds_no_job_title_is_no_title(run):
    titles = [p["title"] or "" for p in extracted(run, "speaker-relative-clauses.md")["people"]]
    assert not [title for title in titles if title.startswith(("who", "came"))]



def test_a_heading_over_a_paragraph_that_opens_with_a_captioned_speaker_and_a_speech_verb_is_a_talk(run):
    view = extracted(run, "zh-heading-over-reported-talk.md")  # '### Title', then '云帆数据高级工程师林澈分享了…'
    assert program(view) == [(None, None, "缓存网关的弹性伸缩", ["林澈"]), (None, None, "向量检索的冷启动", ["周岚"])]
    assert affiliations(view)["林澈"] == "云帆数据"  # '## 交流环节' over a sentence that names no speaker is no talk


def test_a_chinese_day_written_with_hao_dates_the_event(run):
    view = extracted(run, "zh-colloquial-days.md")  # '11 月 2 号 - 11 月 3 号，…年会在杭州举行' ('2 号线' is a metro line)
    assert (view["event"]["start_date"], view["event"]["end_date"]) == ("2025-11-02", "2025-11-03")


def test_the_day_a_chinese_recap_opens_with_dates_its_event_in_the_year_of_the_post(run):
    view = extracted(run, "zh-opening-day.md")  # posted 2024-04-28: '四十多位开发者在 4 月 24 号的下午相聚…'
    assert (view["event"]["start_date"], view["event"]["end_date"]) == ("2024-04-24", "2024-04-24")


def test_a_foreign_city_a_chinese_sentence_says_the_event_is_held_in_is_its_city(run):
    view = extracted(run, "zh-held-abroad.md")  # '…大会 2026 在哥德堡举行', '在哥德堡，围绕…' (a city of half a million)
    assert (view["event"]["location"]["city"], view["event"]["location"]["country"]) == ("Gothenburg", "SE")


def test_a_weekday_of_the_week_before_the_post_dates_a_chinese_gathering(run):
    view = extracted(run, "zh-last-saturday.md")  # posted Thursday 2024-09-12: '在上周六的聚会中，…'
    assert view["event"]["name"] == "星河数据库爱好者聚会"
    assert (view["event"]["start_date"], view["event"]["end_date"]) == ("2024-09-07", "2024-09-07")


def test_yesterday_is_no_date_when_the_sentence_names_another_month(run):
    view = extracted(run, "zh-yesterday-of-another-month.md")  # posted 2024-12-03: '11 月的…沙龙昨天刚刚结束'
    assert view["event"]["start_date"] != "2024-12-02"


def test_a_name_in_a_sentence_with_its_organization_in_brackets_is_a_speaker_of_that_organization(run):
    view = extracted(run, "bracketed-affiliations-in-prose.md")  # 'the panelists A (Org), B (Org), and C (Org, Title)'
    assert {name: org for name, org in affiliations(view).items() if name != "Rafael Moreno"} == {
        "Ingrid Solberg": "Tailspin Games", "Kwame Asante": "Northwind Traders", "Lucia Ferraro": "Litware Labs"}
    assert {p["name"]: p["title"] for p in view["people"]}["Lucia Ferraro"] == "Fabrikam Ambassador"


def test_a_job_title_in_brackets_after_a_name_in_a_sentence_is_that_person_s_title(run):
    people = {p["name"]: (p["organization"], p["title"]) for p in extracted(run, "bracketed-affiliations-in-prose.md")["people"]}
    assert people["Rafael Moreno"] == ("Contoso", "community lead")  # 'Rafael Moreno (Contoso's community lead)'


def test_a_bracketed_acronym_or_place_after_capitalized_words_makes_no_person(run):
    names = set(affiliations(extracted(run, "bracketed-affiliations-in-prose.md")))
    assert not names & {"Query Engine", "Streaming Query Engine", "Rey Alfonso"}  # '… Engine (SQE)', '… Alfonso (Spain)'


def test_a_name_that_will_give_or_will_be_giving_a_talk_in_an_announcement_is_a_speaker(run):
    names = set(affiliations(extracted(run, "keynotes-announced.md")))
    assert names == {"Ines Duarte", "Tarik Osei"}  # 'A will give this year's keynote', 'Prof. B will be keynoting'


def talks_and_speakers(view: dict) -> dict[str, list[str]]:
    return {session["title"]: session["speakers"] for session in view["sessions"]}


def test_a_quoted_title_after_a_speaker_s_speech_verb_in_a_sentence_is_that_speaker_s_talk(run):
    talks = talks_and_speakers(extracted(run, "speaker-then-quoted-title.md"))
    assert talks["Extending the Mesh with Plugins"] == ["Priya Raman"]  # 'A gave … through her talk "Title"'
    assert talks["Backfilling on Demand"] == ["Omar Haddad"]  # 'A of Org will present "Title"'
    assert talks["Foreign Functions Without Fear"] == ["Bruno Silva"]  # "A 'nick' B presented on X: “Title“"


def test_a_talk_presented_by_a_speaker_then_a_quoted_title_in_the_same_sentence_is_that_talk(run):
    talks = talks_and_speakers(extracted(run, "speaker-then-quoted-title.md"))
    assert talks["Incremental Safety in an Old Stack: Lessons Learned"] == ["Aiko Tanaka"]


def test_what_a_quoting_verb_introduces_is_no_talk(run):
    titles = set(talks_and_speakers(extracted(run, "speaker-then-quoted-title.md")))
    assert not any(title.startswith("Everything moved") for title in titles)  # 'A said, "…"'


def test_a_unit_that_opens_with_a_field_word_is_still_the_persons_organization(run):
    view = extracted(run, "zh-unit-opening-with-a-field-word.md")  # '- 林澈，软件研究所': not a description like '资深码农'
    assert affiliations(view) == {"林澈": "软件研究所", "周岚": "网络中心", "何平": "计算机学院"}


def test_a_team_that_is_hosting_an_event_to_come_hosts_it(run):
    assert extracted(run, "team-hosting-an-event.md")["event"]["organizers"] == ["Gadget Team"]  # not 'The Gadget Team'


def test_a_chinese_school_or_institute_written_right_after_its_university_is_one_organization(run):
    names = {o["name"] for o in extracted(run, "zh-school-of-university.md")["organizations"]}
    assert "北辰理工师范大学数据科学学院" in names and "数据科学学院" not in names
    assert "中国星河科学院软件研究所" in names and "软件研究所" not in names


def test_a_company_suffix_after_a_comma_stays_with_the_company_s_name(run):
    people = affiliations(extracted(run, "speaker-lines-affiliations.md"))
    assert people["Aiko Tanaka"] == people["Bruno Silva"] == "Fabrikam, Inc"  # '… & B, Fabrikam, Inc.<br> Tuesday, …'


def test_new_at_the_start_of_an_affiliation_is_part_of_the_company_s_name(run):
    assert affiliations(extracted(run, "speaker-lines-affiliations.md"))["Priya Raman"] == "New Tailspin"


def test_a_second_name_that_the_page_names_as_a_person_is_no_organization(run):
    view = extracted(run, "speaker-lines-affiliations.md")
    assert affiliations(view)["Tom Berg"] is None  # 'Tom Berg, Kim Lee' in a cell; Kim Lee speaks alone below
    assert "Kim Lee" not in {o["name"] for o in view["organizations"]}


def test_a_two_letter_name_between_lowercase_words_or_hyphenated_is_a_technical_word(run):
    assert "IO" not in organization_names(run, "two-letter-technical-words.md")  # 'a large IO speedup', 'PRE-IO-CHECK'


def test_a_two_letter_name_before_a_team_word_is_still_the_organization(run):
    assert "IO" in organization_names(run, "two-letter-company-team.md")  # 'Engineers of the IO team'


def test_a_name_the_page_gives_as_a_person_is_no_organization(run):
    names = organization_names(run, "organizers-with-emails.html")  # a committee's 'Name, Lab, Country' lines
    assert not names & {"Tomas Lindqvist", "Anneliese Brandvold", "Dimitrios Karavolos"}
    assert {"Northwind National Laboratory", "Fabrikam University"} <= names


def test_a_city_before_its_country_in_a_list_is_a_place_not_a_speaker(run):
    view = extracted(run, "when-and-where-list.md")
    assert "Porto Alegre" not in {p["name"] for p in view["people"]}
    assert not [s for s in view["sessions"] if "Porto Alegre" in str(s)]
    assert view["event"]["location"]["city"] == "Porto Alegre"


def test_names_apart_by_commas_share_the_organization_that_follows_them(run):
    view = extracted(run, "workshop-talk-list-separators.md")
    people = affiliations(view)
    assert people["Aiko Tanaka"] == people["Bruno Silva"] == "Fabrikam"  # 'Title - A, B, Org (slides)'
    assert people["Priya Raman"] == people["Wei Chen"] == "Tailspin Labs"  # 'A, B, Org, C, Org'
    assert people["Kim Lee"] == "Litware"
    assert "Bruno Silva" not in {o["name"] for o in view["organizations"]}


def test_a_name_then_a_job_title_then_an_organization_is_one_person(run):
    view = extracted(run, "workshop-talk-list-separators.md")
    assert {p["name"]: (p["organization"], p["title"]) for p in view["people"]}["Maria Lopez"] == ("Contoso", "Senior Engineer")


def test_an_item_of_a_talk_list_that_sets_its_speaker_apart_by_another_mark_is_a_talk_too(run):
    talks = {s["title"]: s["speakers"] for s in extracted(run, "workshop-talk-list-separators.md")["sessions"]}
    assert talks["Verifying Memory Controllers"] == ["Tom Berg"]  # 'Title– Name, Org'
    assert talks["Teaching Chip Design with Open Flows"] == ["Hannah Schmidt"]  # 'Title, Name, Org'
    assert talks["Low-power Sensor Hubs"] == ["Daniel Moreau", "Sofia Rossi"]  # 'Title : A and B, Org'
    assert talks["Test farms for firmware at scale"] == ["Aiko Tanaka", "Bruno Silva"]


def test_two_names_in_a_speaker_cell_among_names_alone_are_two_people(run):
    view = extracted(run, "talk-table-bare-presenters.md")
    talks = {s["title"]: s["speakers"] for s in view["sessions"]}
    assert talks["Replacing vendor firmware in a fleet"] == ["Nadia Petrova", "Lukas Weber"]  # not Nadia of 'Lukas Weber'
    assert affiliations(view)["Nadia Petrova"] is None
    assert "Lukas Weber" not in {o["name"] for o in view["organizations"]}


def test_names_before_one_bracketed_organization_all_work_there(run):
    view = extracted(run, "workshop-talk-list-separators.md")
    assert affiliations(view)["Carlos Mendes"] == affiliations(view)["Julia Novak"] == "Northwind Systems"  # 'A, B (Org)'
    assert "Julia Novak" not in {o["name"] for o in view["organizations"]}


def test_a_field_of_work_is_no_organization(run):
    view = extracted(run, "committee-fields-of-work.md")
    people = {p["name"]: (p["organization"], p["title"]) for p in view["people"]}
    assert people["Laura Bennett"][0] is None and people["Tom Berg"][0] is None  # '* Name, Program' in a committee
    assert people["Omar Haddad"] == ("Contoso", "VP of Marketing")  # not 'VP' of 'Marketing'
    assert not {"Program", "Finance", "Marketing"} & {o["name"] for o in view["organizations"]}


def test_a_name_probablepeople_does_not_know_stands_beside_a_known_one_sharing_their_organization(run):
    talks = {s["title"]: s["speakers"] for s in extracted(run, "workshop-talk-list-separators.md")["sessions"]}
    assert talks["Remote Provisioning of Boot Keys"] == ["Ilkka Vahteristo", "Laura Bennett"]  # 'A & B, Org'


def test_a_day_first_range_in_a_sentence_saying_the_event_happens_dates_it_in_the_year_of_its_name(run):
    event = event_of(run, "day-first-range-announcement.md")  # 'Fabrikam Summit 2027 happens 14–16 April in Porto'
    assert dates_of(event) == ("2027-04-14", "2027-04-16")


def test_last_and_a_weekday_in_a_recap_dates_the_event_on_that_weekday_before_the_post(run):
    event = event_of(run, "last-weekday-workshop.md")  # posted Tuesday 2025-03-11: 'Last Friday we held our first … workshop'
    assert dates_of(event) == ("2025-03-07", "2025-03-07")


def test_an_events_folder_page_dated_only_by_its_front_matter_took_place_that_day(run):
    event = event_of(run, "events/tailspin-spring-workshop.md")  # content/events/…: 'date: 2026-04-14', no date in the text
    assert dates_of(event) == ("2026-04-14", "2026-04-14")


def test_a_day_named_in_the_front_matter_title_is_the_events_not_the_posts_own_date(run):
    event = event_of(run, "title-day-only.md")  # the front-matter date (2025-11-02) is the post's, the title gives the day
    assert dates_of(event) == ("2025-11-20", "2025-11-20")


def test_a_month_named_only_in_the_front_matter_title_is_the_events_month(run):
    event = event_of(run, "title-month-only.md")  # 'Litware Community Call - October 2025', posted 2025-11-03
    assert dates_of(event) == ("2025-10", "2025-10")


def test_calendar_start_and_end_keys_holding_a_date_in_a_mapping_give_the_events_days(run):
    event = event_of(run, "calendar-entry-nested-days.md")  # 'starts: {yyyy_mm_dd: …}', 'ends: {yyyy_mm_dd: …}'
    assert dates_of(event) == ("2026-05-11", "2026-05-15")
    assert event["name"] == "Wingtip Functional Retreat"


def test_a_start_key_alone_gives_a_one_day_event(run):
    event = event_of(run, "calendar-entry-start-only.md")
    assert dates_of(event) == ("2026-06-20", "2026-06-20")
    assert event["name"] == "Proseware Language Day 2026"


def test_an_event_that_ended_on_a_weekday_before_the_post_ends_that_day(run):
    event = event_of(run, "ended-last-weekday.md")  # posted Thursday 2025-06-12: '… came to a close last Sunday'
    assert event["end_date"] == "2025-06-08"


def test_a_post_titled_by_a_numbered_day_of_the_event_dates_the_event_back_from_the_post(run):
    event = event_of(run, "day-report-title.md")  # 'Day 3 of …', posted 2019-09-14 and stating no date
    assert event["start_date"] == "2019-09-12"


def test_a_post_titled_by_the_first_day_of_the_event_is_dated_by_the_post(run):
    assert event_of(run, "day-report-first-day.md")["start_date"] == "2021-04-20"


def test_a_meetup_station_s_page_title_over_its_host_is_no_talk(run):
    view = extracted(run, "meetup-station-page.md")  # '# … Meetup 第 3 期北京站' then '主持人：…', then a talk
    assert [(s["title"], s["speakers"]) for s in view["sessions"]] == [("可观测性平台的落地实践", ["周明远"])]


def test_the_list_under_a_sponsor_heading_names_one_sponsor_an_item(run):
    names = {o["name"] for o in extracted(run, "sponsor-section-list.md")["organizations"]}
    assert {"Fabrikam Analytics", "Tailspin Robotics", "Wingtip Toys", "Adatum Press", "Litware Collective",
            "Proseware Cloud"} <= names  # the tier after a comma, the event after a dash, the sponsored part before a colon
    assert not {"Gold Sponsor", "Sponsored Talk", "Media Partners", "Evening Reception"} & names


def test_a_person_listed_as_a_sponsor_is_neither_a_speaker_nor_an_organization(run):
    view = extracted(run, "sponsor-section-list.md")
    assert "Helena Marsh" not in {p["name"] for p in view["people"]} | {o["name"] for o in view["organizations"]}
    assert "Individual Sponsor" not in {o["name"] for o in view["organizations"]}


def test_a_logo_in_a_sponsor_section_names_its_sponsor_and_a_photo_names_none(run):
    names = {o["name"] for o in extracted(run, "sponsor-logos.md")["organizations"]}
    assert {"Fabrikam Foundry", "Tailspin Robotics"} <= names
    assert not {"People at the registration desk", "Harbor Hall"} & names  # a photo's caption; a logo under another heading


def test_an_uncaptioned_logo_under_a_sponsor_tier_names_the_sponsor_its_file_spells(run):
    names = {o["name"] for o in extracted(run, "sponsor-tier-logos.md")["organizations"]}
    assert {"Harbor Grid", "CNCF", "Quillbox"} <= names  # a tier after a paragraph on the sponsors; a known name's case
    assert not {"Trophy", "Crowd"} & names  # a tier heading under another section; a file name without 'logo'


def test_a_logo_file_name_spells_its_organization_and_a_photo_file_name_none():
    from ocpkb.ingest.organizations import logo_file_name

    assert logo_file_name("/img/harbor_grid_logo.png") == "Harbor Grid"
    assert logo_file_name("/img/cncf-logo.svg") == "CNCF"
    assert logo_file_name("/img/IMG_0042.jpg") == logo_file_name("/img/logo.png") == ""


def test_a_sentence_under_a_sponsor_heading_names_its_sponsors_without_its_words(run):
    names = {o["name"] for o in extracted(run, "sponsor-prose.md")["organizations"]}
    assert {"Quillbox", "Zentrix Cloud", "Contoso Labs"} <= names
    assert not any(" are " in name or name.startswith(("We ", "Thus")) or " for " in name for name in names)


def test_a_sponsor_label_inside_a_sentence_names_the_sponsors_up_to_the_sentence_end(run):
    names = {o["name"] for o in extracted(run, "sponsor-prose.md")["organizations"]}
    assert {"Woodgrove Data", "Larkspur"} <= names
    assert not any("We hope" in name for name in names)


def test_a_known_company_named_for_its_product_takes_no_part(run):
    names = organization_names(run, "product-mentions.md")  # 'Apple laptop', 'Google spreadsheet', 'Twitter bot'
    assert not {"Apple", "Google", "Microsoft", "Twitter"} & names


def test_a_known_company_before_a_word_and_a_platform_word_takes_no_part(run):
    assert "LinkedIn" not in organization_names(run, "product-mentions.md")  # 'the LinkedIn company page'


def test_a_known_company_as_an_affiliation_still_takes_part(run):
    assert {"IBM", "Intel"} <= organization_names(run, "product-mentions.md")  # '(IBM)', 'engineers from Intel'


def test_a_convention_or_conference_center_is_a_venue_not_an_organization(run):
    names = organization_names(run, "venue-centers.md")
    assert not {"Lakeside Convention Center", "Old Mill Conference Centre"} & names


def test_a_research_center_stays_an_organization(run):
    assert "Contoso Research Center" in organization_names(run, "venue-centers.md")


def test_a_company_forms_full_stop_does_not_end_a_sponsor_list(run):
    names = organization_names(run, "sponsor-names-with-small-words.md")  # 'Tailspin Robotics Inc. Fabrikam Ltd.'
    assert any("Fabrikam" in name for name in names)
    assert not any("thank" in name for name in names)  # '. We thank them all.' ends it


def test_a_sponsors_name_keeps_its_small_words(run):
    assert "Society for the Advancement of Widgets" in organization_names(run, "sponsor-names-with-small-words.md")


def test_a_program_named_for_a_season_of_the_year_is_no_person_of_an_organization(run):
    view = extracted(run, "program-of-a-season.md")  # 'FooLang Summer of Code', 'FooLang Season of Docs'
    assert affiliations(view) == {"Jane Doe": "Contoso Labs"}
    assert not {"Code", "Docs"} & {org["name"] for org in view["organizations"]}


def test_a_heading_ending_with_a_city_stop_names_no_person(run):
    view = extracted(run, "city-stop-headings.md")  # '… Meetup 武汉站', '… 第四站'
    assert affiliations(view) == {"王小明": "星河科技"}
    assert [session["title"] for session in view["sessions"]] == ["星河数据库的调优实践"]


def test_a_sentence_opening_with_hosted_by_names_the_host_of_the_event_after_its_comma(run):
    # 'Hosted by the Northwind Foundation, the fifth installment of Widgetcon will be held …'
    assert extracted(run, "hosted-by-opening-participle.md")["event"]["organizers"] == ["Northwind Foundation"]


def test_a_sentence_opening_with_hosted_by_a_project_names_no_organizer(run):
    # 'Hosted by the Litware Foundation, Gadgetkit is a project …'
    assert "Litware Foundation" not in extracted(run, "hosted-by-opening-participle.md")["event"]["organizers"]


def test_hosted_by_in_a_sentence_saying_the_event_takes_place_names_its_host(run):
    # '… will take place in Lyon, France as part of Fabrikam Week 2025, hosted by Tailspin Labs.'
    assert extracted(run, "hosted-by-after-takes-place.md")["event"]["organizers"] == ["Tailspin Labs"]


def test_a_name_ending_in_conf_names_the_event(run):
    assert event_of(run, "conf-and-roadshow-names.md")["name"] == "Widgetry Conf 2022"


def test_a_chinese_name_with_a_roadshow_word_names_the_event(run):
    assert event_of(run, "zh-roadshow-name.md")["name"].startswith("星河中国路演 2020")  # '路演': a roadshow


def test_a_place_field_gives_a_town_the_gazetteer_does_not_know_before_its_country(run):
    view = extracted(run, "unlisted-town-field.md")  # 'location: Kvisterholm, Norway'
    assert (view["event"]["location"]["city"], view["event"]["location"]["country"]) == ("Kvisterholm", "NO")
    assert any("gazetteer does not know" in note for note in view["review"])


def test_a_sentence_saying_where_the_event_is_held_gives_an_unknown_town_before_its_country(run):
    view = extracted(run, "unlisted-town-in-text.md")  # '… will be held … in lovely Brennvik, Sweden.'
    assert (view["event"]["location"]["city"], view["event"]["location"]["country"]) == ("Brennvik", "SE")


def test_an_unknown_town_right_after_the_event_word_is_the_city(run):
    view = extracted(run, "town-after-event-word.md")  # '… at the upcoming Widgetry Summit in Brennvik, Sweden!'
    assert (view["event"]["location"]["city"], view["event"]["location"]["country"]) == ("Brennvik", "SE")


def test_an_unknown_name_before_a_country_after_other_words_is_no_city(run):
    view = extracted(run, "project-before-country.md")  # '… people who work in Gadgetkit, Germany …'
    assert view["event"]["location"]["city"] is None


def test_a_province_before_its_country_is_no_town(run):
    view = extracted(run, "province-before-country.md")  # '… will be held in Kanagawa, Japan …'
    assert view["event"]["location"]["city"] is None


def test_a_word_before_a_country_code_in_capitals_is_no_town(run):
    view = extracted(run, "country-code-after-a-product.md")  # '… the work in Contoso, AI and data pipelines'
    assert view["event"]["location"]["city"] is None


def test_of_the_inside_an_event_name_keeps_the_words_before_it(run):
    name = extracted(run, "name-with-of-the.md")["event"]["name"]  # 'the Voice of the Fabrikam Maintainers Summit 2031'
    assert name == "Voice of the Fabrikam Maintainers Summit 2031"


def test_of_the_before_a_lowercase_event_word_is_no_name(run):
    assert extracted(run, "end-of-the-conference.md")["event"]["name"] is None  # 'End of the conference'


def test_a_part_of_the_page_before_of_the_is_not_in_the_name(run):
    name = extracted(run, "schedule-of-the-devroom.md")["event"]["name"]  # 'The Schedule of the Tailspin Devroom'
    assert name == "Tailspin Devroom"


def test_a_brand_written_with_a_lowercase_start_is_read_whole(run):
    name = extracted(run, "name-brand-lowercase-start.md")["event"]["name"]  # ':contosoD conference', never 'tosoD …'
    assert name == "contosoD conference"


def test_a_title_that_is_only_a_name_and_its_year_names_the_event_the_text_mentions(run):
    view = extracted(run, "title-name-and-year.md")  # title 'Northwind 2031'; 'The Northwind 2031 talks were …'
    assert view["event"]["name"] == "Northwind 2031"
    assert "the event name is the title, a name and its year, that the text names" in view["review"]


def test_a_title_of_a_name_and_year_then_its_place_gives_the_name_and_the_city(run):
    view = extracted(run, "title-name-year-place.md")  # 'Tailspin 2031, Springfield, Illinois, USA'
    assert view["event"]["name"] == "Tailspin 2031"
    assert (view["event"]["location"]["city"], view["event"]["location"]["country"]) == ("Springfield", "US")


def test_an_asciidoc_event_page_of_a_site_generator_gives_its_title_days_and_place(run):
    event = extracted(run, "jbake-event-page.adoc")["event"]  # '= Tailspin Gathering', ':jbake-start:', ':jbake-location:'
    assert (event["name"], event["start_date"], event["end_date"]) == ("Tailspin Gathering", "2031-09-12", "2031-09-13")
    assert (event["location"]["city"], event["location"]["country"]) == ("Utrecht", "NL")


def test_a_chinese_lecture_title_names_the_event(run):
    assert event_of(run, "zh-lecture-name.md")["name"] == "Lisp 函数式编程入门讲座"  # '讲座': a lecture


def test_a_chinese_welcome_party_title_names_the_event(run):
    assert event_of(run, "zh-welcome-party-will-be-held.md")["name"] == "青禾 Linux 社团迎新会"  # '迎新会'


def test_will_be_held_after_a_chinese_event_name_is_no_part_of_it(run):
    assert event_of(run, "zh-title-will-be-held.md")["name"] == "星河开源年会"  # '…将于 10 月在青禾举行'


def test_former_before_a_chinese_role_belongs_to_the_title_not_the_organization(run):
    assert affiliations(extracted(run, "zh-former-role.md")) == {"林澈": "星河用户协会"}  # '星河用户协会前会长林澈'


def test_a_jekyll_post_file_names_the_day_it_was_published_not_the_events(run):
    event = event_of(run, "_posts/2024-02-05-fabrikam-days-2024.md")  # no front-matter date: the file name's is the post's
    assert dates_of(event) == ("2024-03-14", "2024-03-15")


def test_a_post_announcing_an_event_without_its_days_leaves_the_date_empty(run):
    result = run("ingest", "--json", CURATION / "2023-06-12-contoso-forum-speakers.md", "--data", REGISTRY)
    draft = json.loads(result.stdout)  # 'Jane Roe to keynote Contoso Forum 2023', no day in the text
    assert dates_of(draft["event"]) == (None, None)
    assert any("announces an event to come" in note for note in draft["review"])


def test_a_recap_that_states_none_of_its_days_is_not_dated_by_the_post(run):
    result = run("ingest", "--json", CURATION / "2023-06-14-contoso-forum-recap.md", "--data", REGISTRY)
    draft = json.loads(result.stdout)  # a recap posted 2023-06-14 that says when nothing took place: no day, a note
    assert dates_of(draft["event"]) == (None, None)
    assert any("reports an event and states none of its days" in note for note in draft["review"])


def test_days_of_an_event_that_will_happen_on_them_are_the_events(run):
    event = event_of(run, "happening-on-days.md")  # 'will happen on 15-19 September', posted 2025-07-01
    assert dates_of(event) == ("2025-09-15", "2025-09-19")


def test_a_verb_or_a_count_before_a_chinese_organization_head_is_no_part_of_a_name(run):
    names = organization_names(run, "zh-words-around-organization-names.md")
    assert "北辰云原生社区" in names  # '欢迎来到北辰云原生社区深圳站'
    assert not any(name.endswith("述公司") or "开源技术社区" in name or "开源软件社区" in name for name in names)
    # '来讲述公司的实践', '36 家开源技术社区', '促进优秀开源软件社区的发展'


def test_the_giver_of_an_award_title_in_a_biography_is_no_organization(run):
    names = organization_names(run, "zh-words-around-organization-names.md")
    assert not {"云帆云公司", "青禾科技公司"} & names  # '被评为云帆云公司最有价值专家、青禾科技公司 MVP'


def test_a_latin_name_of_several_words_before_a_chinese_head_is_kept_whole(run):
    names = organization_names(run, "zh-words-around-organization-names.md")
    assert {"Fabrikam AI & Data 基金会", "Open 3D 基金会"} <= names  # not 'Data 基金会', 'D 基金会'


def test_every_organization_a_chinese_sentence_says_the_speakers_came_from_took_part(run):
    names = organization_names(run, "zh-speakers-came-from.md")  # '讲师来自 A、B、C & D、E 以及 F'
    assert {"Fabrikam", "星河科技", "蓝海集团", "北辰基金会", "青禾 Labs", "橘子派"} <= names
