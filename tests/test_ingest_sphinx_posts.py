"""A Sphinx blog post (ABlog's `.. post:: date` directive): the directive gives the day the post went
up, read as the page's front-matter date, never as the event's day. Small posts written for these
tests (not copied text)."""

from conftest import ROOT, ingest_view

POSTS = ROOT / "tests" / "ingest" / "posts"


def test_the_post_directive_s_date_is_the_page_s_front_matter_date():
    from ocpkb.ingest.read import read_source

    source = read_source(POSTS / "sphinx-conference-recap.rst")
    assert (source.front_matter.get("date"), source.front_matter_lines.get("date")) == ("Jun 3, 2031", 3)


def test_the_post_directive_and_its_options_are_no_text_of_the_page():
    from ocpkb.ingest.read import read_source

    lines = {line.number: line.text for line in read_source(POSTS / "sphinx-conference-recap.rst").lines}
    assert lines[3] == lines[4] == ""  # '.. post:: Jun 3, 2031' and '   :tags: recap, thanks'


def test_a_recap_posted_after_the_event_is_not_dated_by_its_post(run):
    assert ingest_view(run, POSTS / "sphinx-conference-recap.rst")["event"]["start_date"] != "2031-06-03"


def test_a_welcome_post_is_dated_by_the_days_its_text_gives(run):
    event = ingest_view(run, POSTS / "sphinx-conference-welcome.rst")["event"]
    assert (event["start_date"], event["end_date"]) == ("2031-08-18", "2031-08-20")
