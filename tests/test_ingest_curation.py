"""What curators had to correct by hand after ingesting real OCP agenda pages and press recaps
(benchmarks/CURATION.md), each case on a small fixture written for these tests (not copied text):
schedule listings, dotted and afternoon times, timed session titles, keynotes announced in a
press release, 'Name, Company' lines under a title, and the header block curators save a page with."""

import json

from conftest import ROOT

CURATION = ROOT / "tests" / "ingest" / "curation"
REGISTRY = ROOT / "tests" / "ingest" / "registry"


def extracted(run, name: str) -> dict:
    result = run("ingest", "--json", CURATION / name, "--data", REGISTRY)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def program(view: dict) -> list[tuple]:
    return [(s["start"], s["end"], s["title"], s["speakers"]) for s in view["sessions"]]


def affiliations(view: dict) -> dict[str, str | None]:
    return {person["name"]: person["organization"] for person in view["people"]}


def test_a_schedule_listing_with_day_and_room_before_the_title_gives_every_speaker(run):
    view = extracted(run, "summit-schedule-listing.txt")
    assert program(view) == [
        ("08:00", "09:00", "Registration and Breakfast", []),
        ("09:00", "09:15", "Opening Remarks", ["Jane Doe"]),
        ("09:15", "09:45", "Racks Without Borders", ["Wei Chen", "Maria Lopez", "Tom Berg"]),
        ("12:00", "13:00", "Lunch", []),
        ("13:00", "13:30", "Liquid Cooling Field Notes", ["Priya Raman"]),
        ("10:00", "10:30", "Firmware Supply Chains", ["Omar Haddad", "Kim Lee"]),
    ]
    assert affiliations(view)["Maria Lopez"] == "Northwind Systems" and affiliations(view)["Kim Lee"] == "Tailspin Labs"


def test_rooms_and_meals_of_a_schedule_are_neither_people_nor_organizations(run):
    view = extracted(run, "summit-schedule-listing.txt")
    names = {p["name"] for p in view["people"]} | {o["name"] for o in view["organizations"]}
    assert not names & {"Parkway Level", "Main Hall", "Room 210", "Lunch", "Registration and Breakfast"}


def test_dotted_times_and_a_title_followed_by_an_honorific_and_names(run):
    view = extracted(run, "workshop-program.txt")
    assert program(view) == [
        ("10:30", "10:35", "Welcome and Introductions", ["Jane Doe"]),
        ("10:35", "10:50", "Cold Plates Under Load", ["Omar Haddad"]),
        ("10:50", "10:55", "Two-Phase Immersion Lessons", ["Wei Chen", "Maria Lopez"]),
        ("10:55", "11:15", "Open Discussion", []),
    ]


def test_afternoon_times_without_am_or_pm_follow_the_morning(run):
    view = extracted(run, "engineering-day.txt")
    assert [(s["start"], s["end"]) for s in view["sessions"]] == [
        ("08:00", "09:00"), ("09:00", "11:30"), ("11:30", "13:00"), ("13:00", "15:00"), ("15:00", "18:00")]
    assert view["sessions"][-1]["title"] == "Breakout: hardware management"


def test_a_bold_title_with_its_day_and_time_then_speaker_lines(run):
    view = extracted(run, "emea-session-lines.md")
    assert program(view) == [("15:55", "16:15", "Keeping Racks Cool", ["Lena Hoffmann"]),
                             ("10:00", "10:20", "Firmware You Can Trust", ["Kim Lee", "Tomas Berg"])]
    assert affiliations(view)["Tomas Berg"] == "Adatum"


def test_keynotes_announced_in_a_press_release_and_the_date_it_says_the_event_is_held(run):
    view = extracted(run, "press-release-keynotes.md")
    assert program(view) == [(None, None, "Open Hardware in the Decade Ahead", ["Jane Doe"]),
                             (None, None, "Racks as Software", ["Omar Haddad"]),
                             (None, None, "What Operators Need Next", ["Priya Raman"])]
    assert affiliations(view) == {"Jane Doe": "Contoso", "Omar Haddad": "Northwind Systems", "Priya Raman": "Fabrikam"}
    assert (view["event"]["start_date"], view["event"]["end_date"]) == ("2015-03-17", "2015-03-19")  # not the dateline's


def test_name_and_company_lines_under_a_plain_title(run):
    view = extracted(run, "virtual-summit-sessions.txt")
    assert program(view) == [(None, None, "Rack Power Futures", ["Priya Raman", "Tomas Berg"]),
                             (None, None, "Open Firmware Roadmap", ["Kim Lee"])]
    assert view["event"]["location"]["virtual"] and (view["event"]["start_date"], view["event"]["end_date"]) == (
        "2020-05-12", "2020-05-15")


def test_the_header_block_of_a_saved_page_is_its_front_matter_not_its_text(run):
    view = extracted(run, "summit-schedule-listing.txt")
    assert view["event"]["name"] == "Contoso Global Summit 2023"
    assert (view["event"]["start_date"], view["event"]["end_date"]) == ("2023-10-17", "2023-10-19")  # not 'published'
    assert view["event"]["location"]["city"] == "San Jose"
    assert not any("http" in s["title"] or "publisher" in s["title"] for s in view["sessions"])

