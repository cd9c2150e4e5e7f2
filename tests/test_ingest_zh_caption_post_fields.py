"""Where the employer of a Chinese caption ends when the post opens with its field of work, in strings
written for these tests (not copied text): a work field (data/work_fields.txt), maybe after a seniority
word, glued to the Chinese name before it belongs to the post; a Latin name set apart by a space ends
where the Chinese words of the post's field begin, though one of them ('云' of '云原生', '云平台') is
also an organization word; a unit's country ('Contoso中国团队') is the unit's, not the organization's."""

from ocpkb.ingest.classify import organization_of_unit, split_affiliation


def test_a_work_field_glued_to_a_chinese_name_opens_the_post():
    # '周岚，星河科技Java资深开发工程师'
    assert split_affiliation("星河科技Java资深开发工程师") == ("星河科技", "Java资深开发工程师")


def test_a_seniority_word_before_the_work_field_opens_the_post_too():
    # '林澈，云帆数据高级 Go 开发工程师'
    assert split_affiliation("云帆数据高级 Go 开发工程师") == ("云帆数据", "高级 Go 开发工程师")


def test_a_work_field_alone_is_still_no_employer():
    assert split_affiliation("Web 全栈工程师") == (None, "Web 全栈工程师")


def test_a_latin_name_ends_before_the_chinese_field_of_the_post():
    # '许朗，Contoso 云原生技术专家' / '宋雨，Fabrikam 云平台网关负责人'
    assert split_affiliation("Contoso 云原生技术专家") == ("Contoso", "技术专家")
    assert split_affiliation("Fabrikam 云平台网关负责人") == ("Fabrikam", "负责人")


def test_one_character_set_apart_after_a_latin_name_is_no_part_of_it():
    assert organization_of_unit("Contoso 云") == "Contoso"
    assert organization_of_unit("Contoso 中国") == "Contoso 中国"  # two characters: left to the place rules


def test_a_unit_named_by_its_country_belongs_to_the_organization_before_it():
    # '周岚，Contoso中国团队负责人' / '林澈，星河科技中国研发团队'
    assert split_affiliation("Contoso中国团队负责人") == ("Contoso", "团队负责人")
    assert organization_of_unit("星河科技中国研发团队") == "星河科技"
    assert organization_of_unit("Contoso 中国研究院") == "Contoso 中国研究院"  # a head word, no unit: the name is whole
