"""Free text from the data (summaries, review reasons, takeaways) renders as text: blank lines make
paragraphs and nothing else means anything. Read from the HTML of a build of tests/site_kb/."""

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from conftest import build_site

SITE_KB = Path(__file__).parent / "site_kb"


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    return build_site(SITE_KB, tmp_path_factory.mktemp("site"), SOURCE_DATE_EPOCH="1700000000")


def html(site: Path, path: str) -> BeautifulSoup:
    return BeautifulSoup((site / path / "index.html").read_text(encoding="utf-8"), "html.parser")


def texts(elements) -> list[str]:
    """The text of each element as a reader sees it: a line break inside a paragraph is a space."""
    return [" ".join(element.get_text().split()) for element in elements]


def test_a_summary_with_a_blank_line_is_two_paragraphs(site):
    summary = html(site, "events/oai-salon-2021-beijing").select_one(".ocpkb-card + div")
    assert texts(summary.select("p")) == [
        "An afternoon salon on the Open Accelerator Infrastructure, with short keynotes followed by an open discussion.",
        "The discussion asked for a usage guide to the module and baseboard specifications."]


def test_markdown_after_a_blank_line_in_a_review_reason_stays_text(site):
    page = html(site, "events/open-compute-china-summit-2024")
    notice = page.select_one("article .admonition")
    assert texts(notice.select("p")) == [
        "Needs review", "The article names neither the city nor the series.", "# Not a heading",
        "Left out until a source confirms them."]
    assert [h.get_text() for h in page.select("article h1")] == ["2024 Open Compute China Summit"]
    assert "Not a heading" not in page.select_one("nav.md-nav--secondary").get_text()  # not in the table of contents


def test_markdown_after_a_blank_line_in_a_takeaway_stays_text(site):
    takeaways = html(site, "events/liquid-cooling-workshop-2023").select_one("#takeaways + ul")
    items = takeaways.find_all("li", recursive=False)
    assert len(items) == 2
    assert texts(items[1].select("p")) == [
        "Retrofits fail at the facility loop, not the rack.", "- not a list item | not | a table |"]
    assert takeaways.select("ul ul, table") == []


def test_text_blocks_come_back_whole_from_the_markdown_renderer(site):
    """Each page's raw HTML is set aside for Markdown and put back; a blank line in a value must not
    split a block, which would leave its end to Markdown and nest the HTML wrongly."""
    for path in ["events/open-compute-china-summit-2024", "events/liquid-cooling-workshop-2023"]:
        article = html(site, path).select_one("article")
        assert article.select("article p > div, article p > ul, article p > p") == []
        assert "&lt;/div&gt;" not in str(article) and "ocpkb-html-" not in str(article)


def test_event_pages_describe_themselves_to_search_engines(site):
    description = html(site, "events/oai-salon-2021-beijing").select_one("meta[name=description]")["content"]
    assert description == ("Salon, 2021-01-28, Beijing (北京), China. An afternoon salon on the Open Accelerator "
                           "Infrastructure, with short keynotes followed by an open discussion.")
    hostile = html(site, "events/markup-in-names-2022").select_one("meta[name=description]")["content"]
    assert hostile == "Meetup, 2022-03-03, Berlin <script>window.__xss=2</script>, Germany."  # an attribute value, as text
