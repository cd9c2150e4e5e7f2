"""Chinese affiliations a curator would have to delete or repair, in strings written for these tests
(not copied text): a student's cohort written with two digits ends the school's name; words that
tell (a particle 了 or 的, a date) name no organization, and the organization after such a clause
is the name; a name heading over such a description still names the person. One
common noun alone is a line of work, no employer; a sales region alone is part of the post, and two
fields joined by 和 share the role after them. A Chinese 'name' read across two words is no person. A job title
written into an organization, or a verb of where one works before it, is cut off; a field of work is
no name."""

import json

from conftest import ROOT

from ocpkb.ingest.classify import clean_organization, common_noun_alone, person_name, split_affiliation
from ocpkb.ingest.people import _inside_words_only

POSTS = ROOT / "tests" / "ingest" / "posts"
REGISTRY = ROOT / "tests" / "ingest" / "registry"


def test_a_cohort_of_two_digits_ends_the_name_of_the_school():
    # '林澈，星河大学21级硕士生'
    assert split_affiliation("星河大学21级硕士生") == ("星河大学", "21级硕士生")


def test_words_with_a_particle_name_no_organization():
    # '周岚，平凡的开源爱好者' / '周岚，刚写了三年代码'
    assert clean_organization("平凡的开源爱好者") is None
    assert clean_organization("刚写了三年代码") is None


def test_a_date_names_no_organization():
    # '蓝海社区于2031年4月12日…'
    assert clean_organization("蓝海社区于2031年4月12日") is None


def test_the_organization_after_a_clause_is_the_name():
    # '…并得到了星河大数据产业联盟的支持'
    assert clean_organization("并得到了星河大数据产业联盟") == "星河大数据产业联盟"


def test_a_brand_that_ends_in_a_question_keeps_its_particle():
    # '饱了吗科技': 了 before a modal particle is part of the name
    assert clean_organization("饱了吗科技") == "饱了吗科技"


def test_a_name_heading_with_a_description_keeps_the_person_without_an_organization(run):
    # '## 林澈 —— 写了十年代码的工程师'
    result = json.loads(run("ingest", "--json", POSTS / "zh-mentors-described.md", "--data", REGISTRY).stdout)
    people = {person["name"]: person.get("organization") for person in result["people"]}
    assert people.get("林澈", "missing") is None and people.get("周岚", "missing") is None


def test_a_common_noun_alone_is_no_affiliation():
    # '周岚，星河科技可观测性与客户端负责人' cut to '客户端': a line of work, not an employer
    assert common_noun_alone("客户端") and common_noun_alone("数据中心")


def test_a_common_noun_that_opens_a_well_known_name_is_its_short_form():
    # '蚂蚁' of '蚂蚁集团' (data/organizations_known.txt)
    assert not common_noun_alone("蚂蚁")


def test_a_sales_region_alone_is_part_of_the_post():
    # '林澈，亚太区市场部总监，…'
    assert split_affiliation("亚太区市场部总监") == (None, "亚太区市场部总监")


def test_two_fields_joined_by_and_share_the_role_after_them():
    # '周岚 - Contoso 售前和技术总监'
    assert split_affiliation("Contoso 售前和技术总监") == ("Contoso", "售前和技术总监")


def test_a_name_read_across_two_words_is_no_person():
    # '…获得星河博士后基金资助': '后基金' ends one word ('博士后') and holds the next
    assert _inside_words_only("后基金", ["林澈获得星河博士后基金资助。"])


def test_a_name_whose_given_part_is_a_word_stays_where_it_starts_a_word():
    # '林海燕分享了…': the given part '海燕' is a common word, the name starts a word
    assert not _inside_words_only("林海燕", ["林海燕分享了星河数据库的演进。"])


def test_a_job_title_written_into_an_organization_is_cut_off():
    # '周岚，云帆数据创始人暨CEO', '林澈，星河智库联创 & CTO'
    assert clean_organization("云帆数据创始人暨CEO") == "云帆数据"
    assert clean_organization("星河智库联创") == "星河智库"


def test_a_degree_at_the_end_of_a_name_stays_in_it():
    # '蓝莓博士' names an account, its 博士 is no post
    assert clean_organization("蓝莓博士") == "蓝莓博士"


def test_full_stack_is_a_field_of_the_job_title():
    # '周岚，云帆数据全栈工程师'
    assert split_affiliation("云帆数据全栈工程师") == ("云帆数据", "全栈工程师")


def test_a_verb_of_where_one_works_is_no_part_of_the_organization():
    # '…，任职星河集团', '…，现任蓝海大学信息学院…'
    assert clean_organization("任职星河集团") == "星河集团"
    assert clean_organization("现任蓝海大学信息学院") == "蓝海大学信息学院"


def test_a_field_of_work_alone_is_no_name():
    # '云帆数据的全栈工程师周岚': '全栈' (全 is a surname) is a field of the title
    assert person_name("全栈") is None
