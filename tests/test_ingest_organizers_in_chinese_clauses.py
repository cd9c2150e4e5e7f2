"""Chinese organizers in the clauses recaps state them with, in small posts written for these tests (not
copied text): the organizing verbs also in traditional characters ('共同發起的', '舉辦'), an aside in
brackets on who an organizer is left out; '联合' after an organization's name joins it with the next
one; '发起主办': who started the event hosts it; a description before a Latin name ('国内最大的开发者
社区 Fabrikam') is no part of it; '由 A 召开的…沙龙' names its organizer, and '主办方' (the hosts, a
noun) is no organizing verb; '由于' (because) opens a reason, not the hosts."""

import json

from conftest import ROOT

from ocpkb.ingest.extract import organizers as organizers_in
from ocpkb.ingest.segment import Block

POSTS = ROOT / "tests" / "ingest" / "posts"
REGISTRY = ROOT / "tests" / "ingest" / "registry"


def organizers(run, name: str) -> list[str]:
    return json.loads(run("ingest", "--json", POSTS / name, "--data", REGISTRY).stdout)["event"]["organizers"]


def test_organizers_of_a_recap_in_traditional_characters_without_the_aside_on_who_they_are(run):
    # '由星河開源基金會、雲帆數據與藍海社區（星河開源基金會理事單位）共同發起的 星河開源峰會 2031 在深圳會展中心舉辦'
    assert organizers(run, "zh-organizers-traditional-script.md") == ["星河開源基金會", "雲帆數據", "藍海社區"]


def test_lianhe_after_an_organizations_name_joins_it_with_the_next_organizer(run):
    # '由北岩基金会与 Contoso 基金会亚太区联合云帆社区举办的“云帆开发者日”'
    assert organizers(run, "zh-organizers-joined-with-lianhe.md") == ["北岩基金会", "Contoso 基金会亚太区", "云帆社区"]


def test_who_started_and_hosts_an_event_is_its_organizer_without_the_verb(run):
    # '2031 青禾开源创新荟由青禾开源协会发起主办'
    assert organizers(run, "zh-organizers-started-and-hosted.md") == ["青禾开源协会"]


def test_a_description_before_an_organizers_latin_name_is_no_part_of_it(run):
    # '由国内最大的开发者社区 Fabrikam 主办的“Fabrikam 技术大会 2031”'
    assert organizers(run, "zh-organizers-described-latin-name.md") == ["Fabrikam"]


def test_who_convened_a_salon_organized_it_and_the_hosts_noun_is_no_verb(run):
    # '参加了由星河科技协会召开的“开源之夜”主题沙龙（主办方供图）'
    assert organizers(run, "zh-organizers-convened-salon.md") == ["星河科技协会"]


def test_because_is_no_by():
    # 由于 (because) opens a reason, not the hosts: '由于青禾大学举办运动会，活动推迟了一周'
    line = Block("paragraph", "由于青禾大学举办运动会，本次沙龙推迟了一周，由星河开源社区主办。", 1)
    assert [found.value for found in organizers_in([line])] == [("星河开源社区", "host")]
