"""Chinese people named in running text by a form of address, rank or degree said after the name
('林澈博士', '周岚老师', '许南星先生') in a sentence that says they speak, host, address or judge, or
by a clause they open before a verb of speaking said as done ('，林澈分享了…'): small recaps written for
these tests (not copied text)."""

from conftest import ROOT, affiliations, ingest_view

RECAPS = ROOT / "tests" / "ingest" / "zh-honored-people"


def people(run, name: str) -> set[str]:
    return {person["name"] for person in ingest_view(run, RECAPS / name)["people"]}


def test_a_doctor_who_gives_an_address_at_the_clause_start_is_a_person(run):
    # '最后，林澈博士代表星河数据社区致辞'
    assert "林澈" in people(run, "zh-doctor-gives-address.md")


def test_a_teacher_after_a_dash_who_talks_is_a_person(run):
    # '“开源老兵”——周岚老师浅谈了…'
    assert "周岚" in people(run, "zh-teacher-after-dash-talks.md")


def test_names_joined_by_a_list_comma_before_one_honorific_are_all_people(run):
    # '* 韩磊、何平老师贺信致辞；'
    assert {"韩磊", "何平"} <= people(run, "zh-teachers-joined-address.md")


def test_a_mister_after_his_organization_and_de_whose_report_is_told_is_a_person(run):
    # '来自云帆研究院的许南星先生所作的报告'
    assert "许南星" in people(run, "zh-mister-of-org-report.md")


def test_a_professor_only_thanked_is_no_person(run):
    # '感谢沈一鸣老师对会议筹备和演讲嘉宾邀请的鼎力支持': thanked, though 演讲 follows
    assert "沈一鸣" not in people(run, "zh-thanked-professor.md")


def test_a_teacher_in_a_sentence_that_says_no_part_is_no_person(run):
    # '江映雪老师是云帆社区的老朋友。'
    assert "江映雪" not in people(run, "zh-teacher-no-part.md")


def test_the_tail_of_a_word_before_an_honorific_is_no_name(run):
    # '最后龙老师介绍了…': 后龙 is the tail of 最后, no name
    assert not {"后龙", "最后龙"} & people(run, "zh-word-tail-before-teacher.md")


def test_a_teacher_right_after_a_university_s_name_is_a_person_of_it(run):
    # '由蓝海大学林澈老师为我们介绍…': the name starts where the organization's head word ends
    view = ingest_view(run, RECAPS / "zh-teacher-after-university-introduces.md")
    assert affiliations(view)["林澈"] == ("蓝海大学", None)


def test_names_that_open_clauses_before_a_verb_of_speaking_said_as_done_are_people(run):
    # '…，林澈分享了…实践,周岚介绍了…': each clause opens with a speaker, not only the paragraph
    assert {"林澈", "周岚"} <= people(run, "zh-clause-start-speakers.md")


def test_a_name_before_a_verb_that_does_anything_is_no_speaker(run):
    # '针对这个特点，韩磊做了两个优化。': 做了 is no verb of speaking
    assert "韩磊" not in people(run, "zh-clause-start-did-not-speak.md")
