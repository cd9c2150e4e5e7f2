"""Two Chinese organizations joined by a conjunction, each with its own head ('星河大学和云帆大学',
'青禾软件公司与云帆数据公司'): a reading that runs over both ends at the last head, and the first is read on
its own too (it was lost). Sentences written for these tests (not copied text)."""

from ocpkb.ingest.organizations import organization_mentions


def test_both_schools_joined_by_he_are_organizations():
    assert organization_mentions("来自浙江大学和复旦大学的同学参加了比赛") == ["浙江大学", "复旦大学"]


def test_both_companies_joined_by_yu_are_organizations():
    assert organization_mentions("华为公司与中兴公司的工程师做了分享") == ["华为公司", "中兴公司"]


def test_a_list_ending_in_he_keeps_every_school():
    assert organization_mentions("北京大学、清华大学和复旦大学的学生") == ["北京大学", "清华大学", "复旦大学"]


def test_a_head_joined_to_a_common_word_names_no_second_organization():
    assert organization_mentions("在大学和公司之间") == []
