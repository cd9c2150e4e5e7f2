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
from .render import Site, bilingual, format_date_range, page_url

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


def calendar_days(start: str, end: str | None) -> tuple[dt.date, dt.date] | None:
    """The first day and the day after the last that an event takes in a calendar, as all-day dates.
    An event known only to its month takes the month's first day (the calendar marks it tentative:
    a month-long entry would say it lasted a month); one known only to its year takes none."""
    if len(start) == 4:
        return None
    if len(start) == 7:
        first = dt.date.fromisoformat(start + "-01")
        return first, first + dt.timedelta(days=1)
    first = dt.date.fromisoformat(start)
    return first, max(first, _last_day(end or start)) + dt.timedelta(days=1)


def _last_day(date: str) -> dt.date:
    """The last day a date can mean: the day itself, the end of its month, or of its year."""
    if len(date) == 10:
        return dt.date.fromisoformat(date)
    if len(date) == 7:
        year, month = map(int, date.split("-"))
        return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return dt.date(int(date), 12, 31)


def uncertain_date(event: dict) -> str:
    """What an export says of an event whose day is not known ('Day not known: only 2024-04 is.'), else ''."""
    start = event["start_date"]
    if len(start) == 10:
        return ""
    return f"Day not known: the sources give only {'the month' if len(start) == 7 else 'the year'}, {start}."


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
    calendar.add("x-wr-caldesc", "Events of the OCP community knowledge base. An event whose day is not known is on "
                 "the first day of its month, marked tentative; one whose month is not known is left out.")
    stamp = build_time(site)
    for event_id, event in sorted(site.kb.events.items()):
        days = calendar_days(event["start_date"], event.get("end_date"))
        if days is None:
            continue
        vevent = Event()
        vevent.add("uid", f"{event_id}@ocpkb")
        vevent.add("dtstamp", stamp)
        vevent.add("dtstart", days[0])
        vevent.add("dtend", days[1])
        name = bilingual(event["name"], event.get("name_zh"))
        uncertain = uncertain_date(event)
        vevent.add("summary", f"{name} (day not known)" if uncertain else name)
        if uncertain:
            vevent.add("status", "TENTATIVE")
        if location_text(event):
            vevent.add("location", location_text(event))
        vevent.add("url", event_url(base_url, event_id))
        description = " ".join(part for part in (uncertain, event.get("summary", "")) if part)
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
        when = format_date_range(event["start_date"], event.get("end_date"))
        summary = " ".join(part for part in (f"{when}, {location_text(event) or 'place unknown'}.", uncertain_date(event),
                                             event.get("summary", "")) if part)
        _sub(entry, "summary", summary)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True) + b"\n"


def _sub(parent: ET.Element, name: str, text: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{name}")
    element.text = text
    return element


def event_json_ld(site: Site, event_id: str) -> dict:
    """schema.org Event for search engines; see https://schema.org/Event. Dates are ISO 8601 to the
    precision known ('2024-04' for an event known only to its month), never a guessed day."""
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
    description = " ".join(part for part in (uncertain_date(event), event.get("summary", "")) if part)
    if description:
        data["description"] = description
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
