"""How Chinese sentences name organizations, each form in a small post written for these tests (not copied
text): a name begins where a word of jieba's segmentation begins; a list of who took part names each
organization; a team the sentence has act is its organization at work; a founder's company is named by all the words before the
post; an organization's members listed in passing took no part."""

from conftest import ROOT, ingest_view, organization_names as names_in

POSTS = ROOT / "tests" / "ingest" / "posts"


def organization_names(run, post: str) -> set[str]:
    return names_in(ingest_view(run, POSTS / post))


def test_a_name_that_starts_inside_a_word_takes_the_whole_word(run):
    # '场地由重庆常岚科技有限公司提供': the segmenter keeps 常岚 whole, the adverb 常 is no clause word here
    assert "常岚科技有限公司" in organization_names(run, "zh-organizations-word-starts.md")


def test_a_pronoun_that_opens_a_clause_is_no_part_of_a_name(run):
    # '每一个社区都会派出导师'
    assert not [name for name in organization_names(run, "zh-organizations-word-starts.md") if name.endswith("一个社区")]


def test_a_conjunction_and_preposition_before_a_kind_of_organization_name_none(run):
    # '如在银行转账场景中'
    assert not [name for name in organization_names(run, "zh-organizations-word-starts.md") if name.endswith("在银行")]


def test_a_locality_word_before_an_organization_head_alone_names_none(run):
    # '不少同学在上大学时就开始参与开源项目'
    assert not [name for name in organization_names(run, "zh-organizations-word-starts.md") if name.endswith("上大学")]


def test_a_company_a_sentence_describes_keeps_the_start_of_its_latin_name(run):
    # 'Fabrikamcloud青禾云是国内首批从事容器研发的企业'
    names = organization_names(run, "zh-organizations-word-starts.md")
    assert "Fabrikamcloud青禾云" in names
    assert not [name for name in names if name.endswith("cloud青禾云") and name != "Fabrikamcloud青禾云"]


def test_a_list_of_communities_the_guests_came_from_names_each(run):
    # '邀请了来自 Contoso、青禾、Fabrikam 等社区的开发者分享经验'
    assert {"Contoso", "青禾", "Fabrikam"} <= organization_names(run, "zh-organizations-listed-as-taking-part.md")


def test_the_organizations_a_sentence_says_took_part_are_each_named(run):
    # '参与的组织包括星河科技、蓝海数据、Northwind 和白鹭大学'
    assert {"星河科技", "蓝海数据", "Northwind"} <= organization_names(run, "zh-organizations-listed-as-taking-part.md")


def test_a_company_named_by_the_place_it_serves_stays_beside_its_parent(run):
    # '青禾美国公司软件工程师 Jane Doe：…' beside '青禾' of the list
    assert "青禾美国公司" in organization_names(run, "zh-organizations-listed-as-taking-part.md")


def test_the_latin_name_a_speaker_comes_from_is_an_organization(run):
    # '活动的最后一个分享来自 Contoso Linux 的 Jane Yan'
    assert "Contoso Linux" in organization_names(run, "zh-organizations-listed-as-taking-part.md")


def test_a_team_that_the_sentence_has_act_is_its_organization_at_work(run):
    # '本次线上分享由Contoso中国团队为你呈献', '经过 Northwind 研发团队审核': the organization, not its
    # country's team or its team of a line of work; a team only named ('Fabrikam 团队的成员') is none,
    # nor is an example's team of one letter ('A 团队只用其中 5 个接口')
    names = organization_names(run, "zh-organizations-acting-team.md")
    assert {"Contoso", "Northwind"} <= names
    assert not {"Contoso中国团队", "Fabrikam 团队", "Fabrikam", "A", "A 团队"} & names


def test_the_words_before_a_founders_post_are_the_whole_company_name(run):
    # '讲师：林澈，松鼠无限联合创始人', while before another post a line of work is still cut
    assert "松鼠无限" in organization_names(run, "zh-organizations-led-by-a-founder.md")


def test_the_members_a_chinese_sentence_lists_take_no_part(run):
    # '青禾基金会的会员包括星河研究院、云帆大学、蓝海联盟等。'
    names = organization_names(run, "zh-organizations-members-in-passing.md")
    assert "白鹭网络" in names
    assert not {"星河研究院", "云帆大学", "蓝海联盟"} & names


def test_a_verb_before_a_bare_head_after_a_clause_under_way_names_none(run):
    # '林澈多次表示需问社区里…': what the clause does with 'the community', no organization's name
    assert not [name for name in organization_names(run, "zh-organizations-verb-objects.md") if name.endswith("问社区")]


def test_a_verb_before_an_adjective_and_a_head_names_none(run):
    # '还没有入职新公司'
    assert not [name for name in organization_names(run, "zh-organizations-verb-objects.md") if name.endswith("新公司")]


def test_a_name_after_a_verb_of_joining_stays(run):
    # '他已加入北辰软件公司': a verb before the name, none inside it
    assert "北辰软件公司" in organization_names(run, "zh-organizations-verb-objects.md")


def test_a_conjunction_between_the_words_before_a_head_ends_what_comes_before_the_name(run):
    # '…在社区主页和龙帆开源社区发布': the name is what follows 和 (which the longest dictionary word, 和龙, would swallow)
    names = organization_names(run, "zh-organizations-verb-objects.md")
    assert "龙帆开源社区" in names and not [name for name in names if "和龙帆" in name]
