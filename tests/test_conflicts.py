"""Conflicts between sources: kept with their sources, checked, and recorded by ingest instead of silently
dropping what a second recap says (the event page: test_build_with_warnings_and_conflicts.py)."""

import shutil
from pathlib import Path

from ocpkb.ingest.conflicts import record_conflicts
from ocpkb.kb import load_knowledge_base
from ocpkb.validate import validate

FIXTURES = Path(__file__).parent / "fixtures"
SECOND_RECAP = FIXTURES / "recaps" / "test-summit-2022-news.md"  # says 450 on site; the curated event says 400


def test_a_conflict_must_cite_the_events_own_sources_and_fields(kb_copy, run):
    shutil.copytree(FIXTURES / "conflicting-sources", kb_copy, dirs_exist_ok=True)
    event = kb_copy / "events" / "test-summit-2022.yml"
    text = event.read_text().replace("source: https://news.example.com/2022/05/test-summit",
                                     "source: https://news.example.com/2022/05/test-sumit", 1)
    event.write_text(text.replace("field: attendance.onsite", "field: attendance.on_site"))
    result = run("validate", "--data", "data")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "data/events/test-summit-2022.yml:46:5: conflicts[0].field: 'attendance.on_site' is not a field of an "
        "event: no 'on_site' (did you mean 'onsite'?)",
        "data/events/test-summit-2022.yml:52:9: conflicts[0].values[1].source: "
        "'https://news.example.com/2022/05/test-sumit' is not one of the event's sources "
        "(did you mean 'https://news.example.com/2022/05/test-summit'?)",
    ]


def ingest_second_recap(run, data: Path) -> str:
    shutil.copy(SECOND_RECAP, data.parent / "news.md")
    result = run("ingest", "news.md", "--data", "data")
    assert result.exit_code == 0, result.output
    return (data / "events" / "test-summit-2022.yml").read_text(encoding="utf-8")


def test_ingesting_a_second_recap_keeps_the_curated_value_and_records_the_conflict(run, kb_copy):
    merged = ingest_second_recap(run, kb_copy)
    event = load_knowledge_base(kb_copy).events["test-summit-2022"]
    assert event["attendance"]["onsite"] == 400
    assert event["conflicts"] == [{
        "field": "attendance.onsite",
        "values": [{"value": 400, "source": "https://example.org/test-summit-2022"},
                   {"value": 450, "source": "news.md"}],
        "note": "Recorded by ocpkb ingest: the sources disagree; the entry keeps the first value.",
    }]
    assert {"file": "news.md", "language": "en"} in event["sources"]
    assert [p for p in validate(load_knowledge_base(kb_copy)) if p.is_error] == []
    assert ingest_second_recap(run, kb_copy) == merged  # a second run records nothing more


def event_with(**fields) -> dict:
    return {"sources": [{"url": "https://example.org/a"}], **fields}


def test_a_less_precise_date_or_other_spelling_is_no_conflict():
    event = event_with(start_date="2023-08-10", location={"city": "San José"})
    new_source = {"file": "b.md"}
    assert not record_conflicts(event, "start_date", "2023-08-10", "2023-08", new_source)
    assert not record_conflicts(event, "location", event["location"], {"city": "san jose"}, new_source)
    assert "conflicts" not in event


def test_names_and_themes_are_not_facts_to_compare():
    event = event_with(name="OCP China Day 2023")
    assert not record_conflicts(event, "name", "OCP China Day 2023", "2023 OCP China Day", {"file": "b.md"})


def test_a_source_the_event_already_lists_brings_no_conflict():
    """What differs from a source already merged is a person's correction, not a disagreement."""
    event = event_with(attendance={"onsite": 990})
    assert not record_conflicts(event, "attendance", {"onsite": 990}, {"onsite": 1000}, {"url": "https://example.org/a"})


def test_the_kept_value_is_credited_to_the_source_its_provenance_names():
    event = {"sources": [{"url": "https://example.org/a"}, {"file": "recaps/b.md"}],
             "provenance": {"start_date": "recaps/b.md:3"}}
    assert record_conflicts(event, "start_date", "2023-08-10", "2023-08-11", {"file": "c.md"})
    assert event["conflicts"][0]["values"] == [{"value": "2023-08-10", "source": "recaps/b.md"},
                                               {"value": "2023-08-11", "source": "c.md"}]


def test_a_nested_fact_is_credited_through_the_provenance_of_its_parent():
    event = {"sources": [{"url": "https://example.org/a"}, {"file": "recaps/b.md"}],
             "provenance": {"location": "recaps/b.md:5"}, "location": {"city": "Beijing"}}
    assert record_conflicts(event, "location", event["location"], {"city": "Shanghai"}, {"file": "c.md"})
    assert event["conflicts"][0]["values"][0] == {"value": "Beijing", "source": "recaps/b.md"}
    assert event["location"] == {"city": "Beijing"}
