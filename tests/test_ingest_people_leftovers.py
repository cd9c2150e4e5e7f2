"""People in shapes earlier rules left alone, English and Chinese, on fixtures written for these
tests (not copied text): brands before a product's model code or document in a Chinese newsletter,
captions that glue the employer to the job title, community brackets, link titles that list
names, fields of work, initials, given names and pronouns as speakers, possessive quoted titles."""

from conftest import ROOT, affiliations, ingest_view, talks

LAYOUTS = ROOT / "tests" / "ingest" / "layouts"


def extracted(run, name: str) -> dict:
    return ingest_view(run, LAYOUTS / name)


def test_a_brand_before_a_products_model_code_is_no_person(run):
    view = extracted(run, "zh-newsletter-brands.md")  # '金澜 XC8200、XC8300P 以及…也都支持'
    assert "金澜" not in affiliations(view)
    assert all("金澜" not in speakers for speakers in talks(view).values())


def test_a_brand_before_its_document_in_an_exclaimed_headline_gives_no_talk(run):
    view = extracted(run, "zh-newsletter-brands.md")  # '### 金澜 SIMD 手册：现已推出社区版！'
    assert "现已推出社区版！" not in talks(view)


def test_the_captioned_speaker_of_the_same_newsletter_stays(run):
    view = extracted(run, "zh-newsletter-brands.md")
    assert affiliations(view)["林澈"] == ("云帆科技", "高级工程师")


def test_a_field_word_before_a_founder_ends_the_company_name(run):
    view = extracted(run, "zh-captions-company-field-words.md")  # '云帆网络创始人林澈'
    assert affiliations(view)["林澈"] == ("云帆网络", "创始人")


def test_a_field_word_before_a_seniority_word_ends_the_company_name(run):
    view = extracted(run, "zh-captions-company-field-words.md")  # '北辰软件高级工程师周岚'
    assert affiliations(view)["周岚"] == ("北辰软件", "高级工程师")


def test_a_field_word_before_a_role_stays_in_the_job_title(run):
    view = extracted(run, "zh-captions-company-field-words.md")  # '星河科技网络工程师许朗'
    assert affiliations(view)["许朗"] == ("星河科技", "网络工程师")


def test_a_project_in_brackets_that_the_recap_names_as_a_community_is_the_affiliation(run):
    view = extracted(run, "zh-community-brackets.md")  # '林澈（xinghe）', '由 xinghe（星河）社区主办'
    assert affiliations(view)["林澈"] == ("xinghe（星河）社区", None)


def test_a_login_in_brackets_names_no_community(run):
    view = extracted(run, "zh-community-brackets.md")  # '周岚（zhoulan）'
    assert affiliations(view)["周岚"] == (None, None)


def test_names_listed_after_an_early_ampersand_in_a_link_title_are_all_speakers(run):
    view = extracted(run, "recap-video-link-titles.md")  # 'Keynote - A & B, C, D, E'
    assert talks(view)["WidgetConf Keynote"] == ["Lena Brandt", "Omar Haddad", "Wei Chen", "Priya Raman", "Tomas Berg"]
    assert affiliations(view)["Lena Brandt"] == (None, None)


def test_two_names_joined_before_one_organization_still_share_it(run):
    view = extracted(run, "recap-video-link-titles.md")  # 'Title - A & B, Contoso'
    assert affiliations(view)["Ana Ruiz"] == ("Contoso", None)


def test_developer_relations_is_a_field_of_work_so_the_organization_follows_for(run):
    view = extracted(run, "meetup-developer-relations.md")
    assert affiliations(view)["Lena Brandt"] == ("Fabrikam Foundation", "Head of Developer Relations")
    assert affiliations(view)["Omar Haddad"] == ("Contoso Labs", "Head of DevRel")


def test_dotted_initials_before_a_surname_are_a_speaker_so_the_program_line_splits(run):
    view = extracted(run, "program-initials-before-surname.md")
    assert talks(view)["Caching shaders on a budget"] == ["A. Brandt"]  # '- Title - A. Brandt (Contoso)'
    assert talks(view)["Color management for printers"] == ["J. R. Haddad"]
    assert affiliations(view)["A. Brandt"] == ("Contoso", None)


def test_a_title_that_opens_with_a_capital_letter_and_a_word_stays_whole(run):
    view = extracted(run, "program-initials-before-surname.md")  # 'A Team of Two: …'
    assert talks(view)["A Team of Two: shipping a paint app"] == ["Wei Chen"]


def test_a_given_name_alone_after_a_job_title_gives_the_talk_named_after_a_comma(run):
    view = extracted(run, "recap-given-name-speaker.md")  # 'Fabrikam project maintainer Lena gave the first presentation, Title.'
    assert talks(view)["State of the Widget Graphics"] == ["Lena"]


def test_a_capitalized_word_with_no_job_title_before_it_is_no_speaker(run):
    view = extracted(run, "recap-given-name-speaker.md")  # 'Later Summer gave a short talk, Painting with Brushes.'
    assert "Painting with Brushes" not in talks(view)
    assert "Summer" not in affiliations(view)


def test_a_possessive_quoted_title_joined_to_another_persons_keynote_is_a_talk(run):
    view = extracted(run, "recap-possessive-quoted-titles.md")  # "A's 'Title' and B's keynote 'Other'"
    assert talks(view)["Shipping Widgets Weekly"] == ["Lena Brandt"]
    assert talks(view)["Ten Years of Widget Outages"] == ["Omar Haddad"]


def test_a_quoted_title_is_no_persons_name(run):
    view = extracted(run, "recap-possessive-quoted-titles.md")
    assert "Shipping Widgets Weekly" not in affiliations(view)


def test_a_possessive_quoted_title_beside_no_talk_noun_is_no_talk(run):
    view = extracted(run, "recap-possessive-quoted-titles.md")  # "Priya Raman's 'The Widget Handbook' and Wei Chen's blog post …"
    assert "The Widget Handbook" not in talks(view)


def test_a_copula_after_a_chinese_name_is_no_part_of_it(run):
    view = extracted(run, "zh-name-then-verb.md")  # '周岚是 Fabrikam Lab 项目总监'
    assert "周岚是" not in affiliations(view)


def test_a_future_auxiliary_after_a_chinese_name_is_no_part_of_it(run):
    view = extracted(run, "zh-name-then-verb.md")  # '…社区专家林澈将分享《…》'
    assert "林澈将" not in affiliations(view)
    assert "林澈" in affiliations(view)


def test_the_talks_material_in_brackets_after_a_chinese_name_is_no_employer(run):
    view = extracted(run, "zh-talk-list-materials.md")  # '…，林澈（[Slides](…)，[video](…)）'
    assert affiliations(view)["林澈"][0] is None and affiliations(view)["周岚"][0] is None


def test_a_chinese_name_the_page_lists_as_a_speaker_is_no_other_speakers_employer(run):
    view = extracted(run, "zh-talk-list-two-speakers.md")  # '…《…》，林澈，周岚（…）' and 周岚 speaking alone below
    assert affiliations(view)["林澈"][0] is None
