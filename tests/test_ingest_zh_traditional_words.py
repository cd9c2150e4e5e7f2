"""Chinese dictionary words written in traditional characters read as the same words in simplified
ones (jieba's dictionary writes them so): a small recap written for this test (not copied text)."""

from conftest import ROOT, affiliations, ingest_view

from ocpkb.ingest.classify import common_word

RECAP = ROOT / "tests" / "ingest" / "zh-traditional" / "zh-tw-judges-list.md"


def test_a_dictionary_word_in_traditional_characters_is_a_common_word():
    assert common_word("時間") and common_word("老師")
    assert not common_word("韓磊")


def test_a_form_of_address_after_a_listed_name_in_traditional_text_is_no_organization(run):
    # '- 林澈 老師' under '## 講師': 老師 is the form of address (老师), not the teacher's employer
    view = ingest_view(run, RECAP)
    assert affiliations(view)["林澈"] == (None, None)
    assert "老師" not in {org["name"] for org in view["organizations"]}


def test_the_names_under_a_judges_heading_in_traditional_characters_are_people(run):
    # '## 評審' (评审, data/labels.txt 'people') over a list of names with forms of address
    view = ingest_view(run, ROOT / "tests" / "ingest" / "zh-traditional" / "zh-tw-judges-heading.md")
    assert {"何平", "江映雪"} <= {person["name"] for person in view["people"]}
