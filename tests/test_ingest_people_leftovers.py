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
