"""A wiki's event page (MediaWiki markup), a site's PHP or XML page and a Zine (SuperMD) page are read
like the Markdown and HTML pages they stand for, on small fixtures written for these tests: the event,
its schedule's talks and speakers, each value on the line of the file it came from."""

from conftest import ROOT, affiliations, ingest_view, talks

from ocpkb.ingest.mediawiki import as_markdown
from ocpkb.ingest.read import ReadFailure, read_source

PAGES = ROOT / "tests" / "ingest" / "site-formats"


def test_a_wiki_schedule_table_gives_its_talks_and_speakers(run):
    view = ingest_view(run, PAGES / "media-days-schedule.wiki")
    assert talks(view) == {"Welcome words": ["Jane Whitfield"], "A faster subtitle renderer": ["Omar Haddad"],
                           "Streaming at the edge": ["Priya Raman"]}
    assert affiliations(view)["Omar Haddad"][0] == "Fabrikam"


def test_a_wiki_page_gives_its_event_from_its_title_and_text(run):
    event = ingest_view(run, PAGES / "media-days-schedule.wiki")["event"]
    assert (event["name"], event["start_date"], event["end_date"], event["location"]["city"]) == (
        "Contoso Media Days 2031", "2031-03-14", "2031-03-15", "Lyon")


def test_a_wiki_talk_keeps_the_line_of_the_wiki_page():
    source = read_source(PAGES / "media-days-schedule.wiki")
    wiki_lines = (PAGES / "media-days-schedule.wiki").read_text(encoding="utf-8").splitlines()
    line = next(line for line in source.lines if "A faster subtitle renderer" in line.text)
    assert "A faster subtitle renderer" in wiki_lines[line.number - 1]


def test_wiki_markup_maps_line_for_line_to_markdown():
    wiki = "{{Nav}}\n== Day one ==\n{|\n|-\n! Time || Talk\n|-\n| '''10:00''' || [[Page|Text]] at [https://x.org Site]\n|}\n# first"
    assert as_markdown(wiki).split("\n") == ["", "## Day one", "", "", "| Time | Talk |", "",
                                             "| **10:00** | Text at [Site](https://x.org) |", "", "1. first"]


def test_a_php_page_is_read_as_html_without_its_code(run):
    view = ingest_view(run, PAGES / "codec-days.php")
    assert talks(view) == {"Entropy coding revisited": ["Sara Lindholm"], "Film grain synthesis": ["Kenji Watanabe"]}
    assert (view["event"]["name"], view["event"]["start_date"], view["event"]["location"]["city"]) == (
        "Fabrikam Codec Days 2031", "2031-06-06", "Utrecht")
    assert not any("$_SERVER" in line.text for line in read_source(PAGES / "codec-days.php").lines)


def test_an_xml_page_of_html_elements_is_read_as_html(run):
    event = ingest_view(run, PAGES / "codec-summit.xml")["event"]
    assert (event["name"], event["start_date"], event["location"]["city"]) == (
        "Fabrikam Codec Summit 2031", "2031-06-12", "Utrecht")


def test_an_xml_pages_doctype_and_entities_are_no_text():
    text = read_source(PAGES / "codec-summit.xml").text
    assert "site-entities" not in text and "]>" not in text


def test_an_xml_file_that_holds_no_page_is_refused_with_what_to_do():
    failure = read_source(PAGES / "sitemap.xml")
    assert isinstance(failure, ReadFailure)
    assert "save the page as HTML or Markdown" in failure.reason


def test_a_supermd_pages_ziggy_front_matter_is_read():
    source = read_source(PAGES / "contoso-compiler-meetup.smd")
    assert source.front_matter["title"] == "Contoso Compiler Meetup 2031"
    assert source.front_matter["date"] == "2031-03-02T00:00:00+00:00"
    assert source.front_matter_lines["date"] == 3


def test_a_supermd_page_gives_its_event(run):
    event = ingest_view(run, PAGES / "contoso-compiler-meetup.smd")["event"]
    assert (event["name"], event["start_date"], event["location"]["city"]) == (
        "Contoso Compiler Meetup 2031", "2031-02-28", "Lisbon")
