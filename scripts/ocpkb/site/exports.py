"""Exports for people who want the data elsewhere: iCalendar, JSON, Atom, schema.org JSON-LD.

Timestamps come from the data (`added`) or SOURCE_DATE_EPOCH, never from the clock,
so two builds of the same commit are byte-identical.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from xml.etree import ElementTree as ET

from icalendar import Calendar, Event

from ..schema import FILE_KINDS
from .render import Site, bilingual, page_url

FEED_SIZE = 50
ATOM = "http://www.w3.org/2005/Atom"


def build_time(site: Site) -> dt.datetime:
    """SOURCE_DATE_EPOCH when set (reproducible-builds.org), else the newest `added` date in the data."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC)
    added = [entry["added"] for entry in site.kb.events.values() if len(entry.get("added", "")) == 10]
    latest = max(added, default="1970-01-01")
    return dt.datetime.fromisoformat(latest).replace(tzinfo=dt.UTC)


def date_span(start: str, end: str | None) -> tuple[dt.date, dt.date]:
    """First day and the day after the last, for all-day events; a partial date spans its month or year."""
    first = dt.date.fromisoformat((start + "-01-01")[:10] if len(start) < 10 else start)
    last_text = end or start
    if len(last_text) == 10:
        last = dt.date.fromisoformat(last_text)
    elif len(last_text) == 7:
        year, month = map(int, last_text.split("-"))
        last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    else:
        last = dt.date(int(last_text), 12, 31)
    return first, last + dt.timedelta(days=1)


def location_text(event: dict) -> str:
    location = event.get("location", {})
    parts = [location.get("venue"), location.get("city"), location.get("country")]
    text = ", ".join(p for p in parts if p)
    return text or ("online" if location.get("virtual") else "")


def event_url(base_url: str, event_id: str) -> str:
    return base_url.rstrip("/") + "/" + page_url(f"events/{event_id}.md")


def calendar_ics(site: Site, base_url: str) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", "-//ocpkb//OCP community events//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "OCP community events")
    stamp = build_time(site)
    for event_id, event in sorted(site.kb.events.items()):
        start, end = date_span(event["start_date"], event.get("end_date"))
        vevent = Event()
        vevent.add("uid", f"{event_id}@ocpkb")
        vevent.add("dtstamp", stamp)
        vevent.add("dtstart", start)
        vevent.add("dtend", end)
        vevent.add("summary", bilingual(event["name"], event.get("name_zh")))
        if location_text(event):
            vevent.add("location", location_text(event))
        vevent.add("url", event_url(base_url, event_id))
        description = event.get("summary", "")
        if len(event["start_date"]) < 10:
            description = f"Date known only as {event['start_date']}. {description}".strip()
        if description:
            vevent.add("description", description)
        calendar.add_component(vevent)
    return calendar.to_ical()


def knowledge_base_json(site: Site) -> bytes:
    """The whole knowledge base, one list per registry, in id order; the schemas sit beside it."""
    data = {"format": "ocpkb/1",
            "schemas": {kind.name: f"schema/{kind.schema_file}" for kind in FILE_KINDS}}
    for kind in FILE_KINDS:
        data[kind.name] = [site.kb.entries[kind.name][entry_id] for entry_id in sorted(site.kb.entries[kind.name])]
    return (json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n").encode("utf-8")


def schema_files() -> dict[str, bytes]:
    return {f"schema/{kind.schema_file}": (json.dumps(kind.schema(), ensure_ascii=False, indent=2) + "\n").encode()
            for kind in FILE_KINDS}


def atom_feed(site: Site, base_url: str) -> bytes:
    """The most recently added events, newest first."""
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    _sub(feed, "title", "OCP community events: newly added")
    _sub(feed, "id", base_url.rstrip("/") + "/feed.xml")
    _sub(feed, "updated", build_time(site).strftime("%Y-%m-%dT%H:%M:%SZ"))
    ET.SubElement(feed, f"{{{ATOM}}}link", href=base_url.rstrip("/") + "/feed.xml", rel="self")
    ET.SubElement(feed, f"{{{ATOM}}}link", href=base_url)
    _sub(ET.SubElement(feed, f"{{{ATOM}}}author"), "name", "OCP community knowledge base")
    newest = sorted(site.kb.events.items(), key=lambda item: (item[1].get("added", ""), item[0]), reverse=True)
    for event_id, event in newest[:FEED_SIZE]:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        _sub(entry, "title", bilingual(event["name"], event.get("name_zh")))
        _sub(entry, "id", event_url(base_url, event_id))
        added = event.get("added") or "1970-01-01"
        _sub(entry, "updated", (added + "-01-01")[:10] + "T00:00:00Z")
        ET.SubElement(entry, f"{{{ATOM}}}link", href=event_url(base_url, event_id))
        summary = f"{event['start_date']}, {location_text(event) or 'place unknown'}. {event.get('summary', '')}"
        _sub(entry, "summary", summary.strip())
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True) + b"\n"


def _sub(parent: ET.Element, name: str, text: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{name}")
    element.text = text
    return element


def event_json_ld(site: Site, event_id: str) -> dict:
    """schema.org Event for search engines; see https://schema.org/Event."""
    event = site.kb.events[event_id]
    location = event.get("location", {})
    address = {"@type": "PostalAddress", "addressLocality": location.get("city"), "addressCountry": location.get("country")}
    place = {"@type": "Place", "name": location.get("venue") or location.get("city") or location.get("country") or "unknown",
             "address": {k: v for k, v in address.items() if v}}
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event["name"],
        "startDate": event["start_date"],
        "endDate": event.get("end_date") or event["start_date"],
        "location": [place, {"@type": "VirtualLocation", "name": "online"}] if location.get("virtual") else place,
        "organizer": [{"@type": "Organization", "name": site.label("organizations", o["organization"])}
                      for o in event.get("organizers", [])],
        "eventStatus": "https://schema.org/EventScheduled",
    }
    if event.get("summary"):
        data["description"] = event["summary"]
    if event.get("website"):
        data["url"] = event["website"]
    performers = {s["person"] for session in event.get("sessions", []) for s in session.get("speakers", [])}
    if performers:
        data["performer"] = [{"@type": "Person", "name": site.label("people", p)} for p in sorted(performers)]
    return data


def export_files(site: Site, base_url: str) -> dict[str, bytes]:
    files = {"events.ics": calendar_ics(site, base_url), "kb.json": knowledge_base_json(site),
             "feed.xml": atom_feed(site, base_url)}
    files.update(schema_files())
    return files
