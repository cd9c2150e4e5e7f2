"""A Chinese organization's name begins where a word of jieba's segmentation begins, in a small post
written for these tests (not copied text): a reading that starts inside a word takes the whole word,
and a function word that opens a clause ('每', the '如在' of an example) is no part of a name."""

from conftest import ROOT, ingest_view, organization_names as names_in

POSTS = ROOT / "tests" / "ingest" / "posts"
POST = "zh-organizations-word-starts.md"


def organization_names(run) -> set[str]:
    return names_in(ingest_view(run, POSTS / POST))


def test_a_name_that_starts_inside_a_word_takes_the_whole_word(run):
    # '场地由重庆常岚科技有限公司提供': the segmenter keeps 常岚 whole, the adverb 常 is no clause word here
    assert "常岚科技有限公司" in organization_names(run)


def test_a_pronoun_that_opens_a_clause_is_no_part_of_a_name(run):
    # '每一个社区都会派出导师'
    assert not [name for name in organization_names(run) if name.endswith("一个社区")]


def test_a_conjunction_and_preposition_before_a_kind_of_organization_name_none(run):
    # '如在银行转账场景中'
    assert not [name for name in organization_names(run) if name.endswith("在银行")]


def test_a_locality_word_before_an_organization_head_alone_names_none(run):
    # '不少同学在上大学时就开始参与开源项目'
    assert not [name for name in organization_names(run) if name.endswith("上大学")]


def test_a_company_a_sentence_describes_keeps_the_start_of_its_latin_name(run):
    # 'Fabrikamcloud青禾云是国内首批从事容器研发的企业'
    names = organization_names(run)
    assert "Fabrikamcloud青禾云" in names
    assert not [name for name in names if name.endswith("cloud青禾云") and name != "Fabrikamcloud青禾云"]
