"""Event facts in small open-source project blogs: trip reports and booth reports whose title
frames the event ('Back from X', 'Report of X', 'X impressions'), pages written in HTML by a site
generator under their front matter, and the places a traveller passes through on the way. Small
posts written for these tests (not copied text)."""

import json

from conftest import ROOT

POSTS = ROOT / "tests" / "ingest" / "posts"
REGISTRY = ROOT / "tests" / "ingest" / "registry"


def facts(run, name: str) -> tuple:
    view = json.loads(run("ingest", "--json", POSTS / name, "--data", REGISTRY).stdout)["event"]
    return view["name"], view["start_date"], view["end_date"], view["location"]["city"]


def test_an_html_post_under_front_matter_keeps_its_title_and_date(run):
    # the '+++' block is the post's front matter, not text: its title names the event, its date gives the year
    assert facts(run, "site-generator-page.html") == ("Contoso Summit 2031", "2031-02-27", "2031-02-28", "Lyon")
