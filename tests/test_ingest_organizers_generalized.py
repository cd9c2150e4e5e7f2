"""Organizers and organizations of recaps no rule was tuned on, in small posts written for these
tests (not copied text): who joins others to start an event hosts it with them, also when the verb
follows a comma; what two organizations start together is no event when it is an organization; the
words after an organizer's name that say how or how often, and a head word alone, name no one; a
label's link names no organizer; a technology's acronym after a company's name is the technology; a
duration is no company; a student's cohort ends the school's name. In English, the organizations of
the list a sentence opens with hosted the event, and so did who it was co-organized with, brought to
you by, a joint event of, who teamed up with another to run it or was proud to host it. A table row
whose first cell is an organizer label names the organizers in its other cells, in both languages."""

import json

from conftest import ROOT

from ocpkb.ingest.organizations import only_named

POSTS = ROOT / "tests" / "ingest" / "posts"
REGISTRY = ROOT / "tests" / "ingest" / "registry"


def view(run, name: str) -> dict:
    return json.loads(run("ingest", "--json", POSTS / name, "--data", REGISTRY).stdout)


def organization_names(result: dict) -> set[str]:
    return {organization["name"] for organization in result["organizations"]}


def test_who_joins_another_to_start_an_event_together_hosts_it_with_them(run):
    # '我们星河大学开源俱乐部联合蓝海理工学院共同发起了…训练营活动': the pronoun before it left out
    assert view(run, "zh-organizers-joined-and-adverbs.md")["event"]["organizers"][:2] == ["星河大学开源俱乐部", "蓝海理工学院"]


def test_those_who_started_a_community_together_are_not_the_events_organizers(run):
    # '云帆社区是由云帆数据、北岩科技联合发起的开源数据库社区'
    organizers = view(run, "zh-organizers-joined-and-adverbs.md")["event"]["organizers"]
    assert "云帆数据" not in organizers and "北岩科技" not in organizers


def test_an_adverb_before_the_organizing_verb_and_a_head_word_alone_name_no_organizer(run):
    # '连续承办了两届…', '由俱乐部定期举办'
    result = view(run, "zh-organizers-joined-and-adverbs.md")
    names = set(result["event"]["organizers"]) | organization_names(result)
    assert not {"连续", "俱乐部定期", "俱乐部"} & names


def test_who_joins_hands_with_another_hosts_the_event_also_when_the_verb_follows_a_comma(run):
    # '星河大学开源俱乐部携手蓝海理工学院，正在共同举办…活动'
    assert view(run, "zh-organizers-hand-in-hand-comma.md")["event"]["organizers"] == ["星河大学开源俱乐部", "蓝海理工学院"]


def test_a_students_cohort_ends_the_name_of_her_school(run):
    # '周岚，星河大学计算机学院 2029 级硕士，…'
    person = view(run, "zh-organizers-hand-in-hand-comma.md")["people"][0]
    assert (person["organization"], person["title"]) == ("星河大学计算机学院", "2029 级硕士")


def test_a_host_label_whose_value_is_a_link_names_no_organizer(run):
    # '- Host: [https://contoso.example.org/api-docs/…](…)' in a list of SDK updates
    result = view(run, "host-label-with-a-link.md")
    assert result["event"]["organizers"] == []
    assert not [name for name in organization_names(result) if "http" in name or "api-docs" in name]


def test_a_companys_name_before_a_technologys_acronym_names_the_technology(run):
    # 'the Intel SGX enclaves', 'supports AMD SEV machines': topics, no organizations taking part
    assert not {"Intel", "AMD"} & organization_names(view(run, "host-label-with-a-link.md"))


def test_a_duration_in_lowercase_is_no_organization():
    # 'Dana Whitfield (5m)' in a schedule: five minutes, not a company named 5M
    text = "Recent update, Dana Whitfield (5m)"
    assert only_named(text, text.index("5m"), text.index("5m") + 2)


def english_organizers(run) -> list[str]:
    return view(run, "organizers-in-english-sentences.md")["event"]["organizers"]


def test_every_organization_of_the_list_a_sentence_opens_with_hosted_the_event(run):
    # 'Fabrikam Foundation and Northwind Labs hosted the Contoso Summit 2031 in Lyon'
    assert english_organizers(run)[:2] == ["Fabrikam Foundation", "Northwind Labs"]


def test_who_the_event_was_co_organized_with_organized_it(run):
    # 'The summit was co-organized with Tailspin Labs.'
    assert "Tailspin Labs" in english_organizers(run)


def test_who_brought_the_event_to_its_audience_organized_it(run):
    # 'Its workshop day was brought to you by Wingtip Institute.'
    assert "Wingtip Institute" in english_organizers(run)


def test_the_organizations_of_a_joint_event_organized_it(run):
    # 'The hackathon is a joint event of Adventure Works Foundation and Proseware University.'
    assert {"Adventure Works Foundation", "Proseware University"} <= set(english_organizers(run))


def test_who_teamed_up_with_another_to_run_the_event_organized_it_with_them(run):
    # 'Litware Labs teamed up with Woodgrove Institute to run the hackathon.'
    assert {"Litware Labs", "Woodgrove Institute"} <= set(english_organizers(run))


def test_who_was_proud_to_host_the_event_hosted_it(run):
    # 'Fourth Coffee Foundation was proud to host the community meetup on the second evening.'
    assert "Fourth Coffee Foundation" in english_organizers(run)


def test_a_list_of_people_that_hosted_a_session_names_no_organizer(run):
    # 'Priya, Tomasz and Ivan hosted the lightning talks.'
    assert not {"Priya", "Tomasz", "Ivan"} & set(english_organizers(run))


def test_who_organized_the_event_in_collaboration_with_another_named_after_a_comma_organized_it_too(run):
    # 'The Alpine Ski Foundation, in collaboration with Lucerne Labs organized the design contest.'
    organizers = english_organizers(run)
    assert {"Alpine Ski Foundation", "Lucerne Labs"} <= set(organizers) and "The Alpine Ski Foundation" not in organizers


def test_a_companys_name_before_an_acronym_and_a_job_title_is_her_employer():
    # 'my colleague Intel SGX hardware architect Jane Doe': a job at Intel, no technology named alone
    text = "my colleague Intel SGX hardware architect Jane Doe first revealed it"
    assert not only_named(text, text.index("Intel"), text.index("Intel") + len("Intel"))


def test_a_table_row_whose_first_cell_is_an_organizer_label_names_its_organizers(run):
    # '| 主办单位 | 星河开源社区 |', '| 承办单位 | 云帆数据、北岩科技 |'
    assert view(run, "zh-organizer-label-cells.md")["event"]["organizers"] == ["星河开源社区", "云帆数据", "北岩科技"]


def test_an_english_table_row_whose_first_cell_is_an_organizer_label_names_its_organizers(run):
    # '| Organizer | Fabrikam Foundation |', '| Co-organizer | Northwind Labs |'
    assert view(run, "organizer-label-cells.md")["event"]["organizers"] == ["Fabrikam Foundation", "Northwind Labs"]
