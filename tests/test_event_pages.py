"""An event page as a visitor reads it when the event is large (a summit of hundreds of sessions), on
a knowledge base each test writes for itself."""

from pathlib import Path

import yaml
from bs4 import BeautifulSoup

from ocpkb.kb import load_knowledge_base
from ocpkb.site import generate


def event_page(folder: Path, speakers: int, **event) -> BeautifulSoup:
    """The page of an event with one session for each of `speakers` people, each from their own company."""
    data = folder / "data"
    (data / "events").mkdir(parents=True)
    people = [{"id": f"person-{n}", "name": f"Person {n}"} for n in range(speakers)]
    organizations = [{"id": f"company-{n}", "name": f"Company {n}"} for n in range(speakers)]
    for name, entries in (("people", people), ("organizations", organizations), ("topics", []), ("series", [])):
        (data / f"{name}.yml").write_text(yaml.safe_dump(entries), encoding="utf-8")
    sessions = [{"title": f"Talk {n}", "speakers": [{"person": f"person-{n}", "organization": f"company-{n}"}]}
                for n in range(speakers)]
    (data / "events" / "big-summit-2023.yml").write_text(yaml.safe_dump(
        {"id": "big-summit-2023", "name": "Big Summit", "kind": "summit", "start_date": "2023-10-17",
         "sessions": sessions, "sources": [{"url": "https://example.org/big-summit"}], **event}), encoding="utf-8")
    pages, _ = generate(load_knowledge_base(data), "https://kb.example/")
    return BeautifulSoup(next(page.body for page in pages if page.src_uri == "events/big-summit-2023.md"), "html.parser")


def test_the_speakers_and_organizations_of_a_large_event_are_folded_behind_their_number(tmp_path):
    page = event_page(tmp_path, speakers=41)
    folded = page.select("details")
    assert [d.summary.get_text() for d in folded] == ["All 41 speakers", "All 41 organizations"]
    assert len(folded[0].select("li")) == 41 and len(folded[1].select("tbody tr")) == 41


def test_the_speakers_and_organizations_of_a_smaller_event_are_shown(tmp_path):
    page = event_page(tmp_path, speakers=40)
    assert page.select("details") == []
    assert len(page.select("ul.ocpkb-columns li")) == 40


def test_attendance_is_written_with_thousands_separated(tmp_path):
    page = event_page(tmp_path, speakers=1, attendance={"onsite": 4401, "online": 12000})
    facts = {dt.get_text(): dd.get_text() for dt, dd in zip(page.select(".ocpkb-facts dt"), page.select(".ocpkb-facts dd"))}
    assert facts["Attendance:"] == "4,401 on site, 12,000 online"


def test_a_review_notice_is_shown_but_kept_out_of_search_excerpts(tmp_path):
    page = event_page(tmp_path, speakers=1, review={"status": "needs-review", "reason": "The day is a guess."})
    notice = page.select_one(".admonition.warning")
    assert "The day is a guess." in notice.get_text()
    assert notice["data-pagefind-ignore"] == "all"


def test_the_speakers_of_one_talk_stay_apart_when_the_line_breaks_are_lost_as_in_a_search_excerpt(tmp_path):
    joint = {"title": "Joint talk", "speakers": [{"person": "person-0", "organization": "company-0"},
                                                  {"person": "person-1", "organization": "company-1"}]}
    page = event_page(tmp_path, speakers=2, sessions=[joint])
    [cell] = [td for td in page.select("td") if "Person 0" in td.get_text()]
    assert cell.get_text() == "Person 0, Company 0;Person 1, Company 1"  # a line break after the semicolon
    assert cell.select("br")
