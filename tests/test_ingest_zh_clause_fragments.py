"""Pieces of a Chinese clause read before an organization head, in sentences written for these tests (not
copied text): a word that closes a clause of time (data/time_clause_ends_zh.txt: '投票时', '活动结束后') ends
the clause that tells when, and no name runs across it; an adverb ('持续', '积极': words jieba reads as verbs
or adjectives used adverbially) opens a clause, no name; a verb that helps what follows ('助力', '赋能') is
no part of the organization it helps."""

from ocpkb.ingest.organizations import organization_mentions


def test_a_clause_of_time_ends_before_the_head():
    assert organization_mentions("投票时社区成员积极参与") == []
    assert "后星河社区" not in organization_mentions("活动结束后星河社区的成员合影")


def test_a_time_word_inside_a_name_is_kept():
    assert organization_mentions("时代数据研究院发布了报告") == ["时代数据研究院"]


def test_an_adverb_opens_a_clause_and_no_name():
    assert organization_mentions("我们会持续丰富社区内容") == []


def test_a_verb_of_helping_is_no_part_of_the_organization_it_helps():
    assert organization_mentions("介绍 Contoso 如何助力云帆数据公司应对业务高峰") == ["云帆数据公司"]
