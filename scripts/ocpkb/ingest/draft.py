"""Stage 4, draft: a Resolution -> file changes: the event (or talk) file, and registry proposals.

Applying them is the job of the next stages, one module each: merge.py (into a file that exists,
keeping every byte a person wrote), write.py (to disk, as one transaction) and diff.py (--dry-run).
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from ..kb import KnowledgeBase
from ..schema import EVENT_KIND_WORDS
from ..slug import slugify
from .match import matching_event
from .model import Found
from .resolve import Entity, Resolution



@dataclass
class FileChange:
    path: str  # relative to the data folder
    entries: dict | list  # the event (a mapping) or registry entries to add (a list)


def draft_files(resolution: Resolution, kb: KnowledgeBase) -> list[FileChange]:
    event = draft_event(resolution)
    known = matching_event(event, kb)
    if known:  # a recap of an event the knowledge base holds: it merges into that event's file
        event["id"] = known.event_id
        event["sources"][0]["note"] = f"Merged into '{known.event_id}' by ocpkb ingest: {known.cue}."
        if known.weak:
            event["review"]["reason"] += f" The recap was merged into '{known.event_id}' because {known.cue}."
    folder = "events" if known or event.get("start_date") and event.get("kind") else "talks"
    if folder == "talks":
        event = draft_talk(resolution, event)
    changes = [FileChange(f"{folder}/{event['id']}.yml", event)]
    for registry in ("organizations", "people"):
        proposals = [_proposal(entity, resolution) for entity in getattr(resolution, registry).values()
                     if not entity.known and entity.id not in kb.entries[registry]]
        if proposals:
            changes.append(FileChange(f"{registry}.yml", proposals))
    return changes


def _where(resolution: Resolution, found: Found | None) -> str:
    return f"{resolution.extraction.source}:{found.span}" if found else ""


def draft_event(resolution: Resolution) -> dict:
    x = resolution.extraction
    name = x.name.value if x.name else None
    event: dict = {"id": _event_id(name, x.start_date.value if x.start_date else None, resolution)}
    provenance: dict[str, str] = {}

    def put(key: str, found: Found | None, value=None):
        if found is not None:
            event[key] = found.value if value is None else value
            provenance[key] = _where(resolution, found)

    put("name", x.name)
    if name:
        event["kind"] = next((kind for word, kind in EVENT_KIND_WORDS if word in name.casefold()), "other")
    put("start_date", x.start_date)
    put("end_date", x.end_date)
    location = {key: getattr(x, key).value for key in ("city", "country", "venue", "virtual") if getattr(x, key)}
    if location:
        event["location"] = location
        provenance["location"] = _where(resolution, x.city or x.country or x.venue or x.virtual)
    if resolution.organizers:
        event["organizers"] = [{"organization": entity.id, "role": role} for entity, role in
                               dict(((e.id, r), (e, r)) for e, r in resolution.organizers).values()]
    put("theme", x.theme)
    if x.attendance:
        event["attendance"] = {key: found.value for key, found in x.attendance.items()}
        for key, found in x.attendance.items():
            provenance[f"attendance.{key}"] = _where(resolution, found)
    if resolution.sessions:
        event["sessions"] = []
        for index, session in enumerate(resolution.sessions):
            entry = {key: value for key, value in (("start", session.mention.start), ("end", session.mention.end),
                                                   ("title", session.mention.title)) if value}
            if session.speakers:
                entry["speakers"] = [_speaker(s) for s in session.speakers]
            event["sessions"].append(entry)
            provenance[f"sessions[{index}]"] = f"{x.source}:{session.mention.span}"
    organizer_ids = {entity.id for entity, _ in resolution.organizers}
    participants = [entity.id for entity in resolution.organizations.values() if entity.id not in organizer_ids]
    if participants:
        event["participants"] = [{"organization": org_id} for org_id in participants]
    if resolution.topics:
        event["topics"] = list(resolution.topics)
    figures = [{k: v for k, v in f.value.items() if v != ""} for f in x.figures if f.value.get("measures")]
    if figures:
        event["figures"] = figures[:20]
    if x.images:
        event["images"] = [{k: v for k, v in image.value.items() if v} for image in x.images]
    event["sources"] = [source_entry(x)]
    reasons = ["Drafted by ocpkb ingest: check every value against the source."] + resolution.doubts
    event["review"] = {"status": "needs-review", "reason": _sentences(reasons)}
    event["added"] = _today()
    event["provenance"] = provenance
    return event


def source_entry(x) -> dict:
    """The recap as the event's source: its public address where the recap says where it was
    published (with publisher, date and language), else the file."""
    if x.page.get("url"):
        return {**{key: x.page[key] for key in ("url", "publisher", "published") if key in x.page}, "language": x.language}
    return {"file": x.source, "language": x.language}


def draft_talk(resolution: Resolution, event: dict) -> dict:
    """A recap that names no event with a date: a talk whose event is unknown (a slide deck)."""
    x = resolution.extraction
    title = event.get("name") or (x.title.value if x.title else "Untitled talk")
    talk = {"id": slugify(title) or "talk", "title": title}
    if x.start_date:
        talk["date"] = x.start_date.value
    speakers = [_speaker_from_affiliation(person, resolution) for person in resolution.people.values()]
    if speakers:
        talk["speakers"] = speakers
    if resolution.topics:
        talk["topics"] = list(resolution.topics)
    talk["sources"] = event["sources"]
    talk["review"] = {"status": "needs-review",
                      "reason": "Drafted by ocpkb ingest. The source names no event or date, so the event is unknown. "
                                + _sentences(resolution.doubts)}
    talk["added"] = event["added"]
    return talk


def _sentences(notes: list[str]) -> str:
    """Notes as sentences: 'the year is taken from the context' -> 'The year is taken from the context.'"""
    return " ".join(note[:1].upper() + note[1:] + ("" if note.rstrip().endswith((".", "。", ")")) else ".")
                    for note in notes if note)


def _speaker(speaker) -> dict:
    entry = {"person": speaker.person.id}
    if speaker.organization:
        entry["organization"] = speaker.organization.id
    if speaker.title:
        entry["role"] = speaker.title
    return entry


def _speaker_from_affiliation(person: Entity, resolution: Resolution) -> dict:
    organization, title = resolution.affiliations.get(person.id, (None, None))
    entry = {"person": person.id}
    if organization:
        entry["organization"] = organization.id
    if title:
        entry["role"] = title
    return entry


def _proposal(entity: Entity, resolution: Resolution) -> dict:
    entry = {"id": entity.id, "name": entity.name}
    if entity.name_zh and entity.name_zh != entity.name:
        entry["name_zh"] = entity.name_zh
    aliases = [w for w in entity.written if w not in (entity.name, entity.name_zh)]
    if aliases:
        entry["aliases"] = aliases
    if entity.registry == "people":
        organization, title = resolution.affiliations.get(entity.id, (None, None))
        if organization or title:
            entry["affiliations"] = [{k: v for k, v in (("organization", organization.id if organization else None),
                                                        ("title", title)) if v}]
            if not organization:
                entry.pop("affiliations")
    entry["review"] = {"status": "needs-review",
                       "reason": f"Proposed by ocpkb ingest from {resolution.extraction.source}:{entity.span}."}
    return entry


def _event_id(name: str | None, start: str | None, resolution: Resolution) -> str:
    base = slugify(name or Path(resolution.extraction.source).stem)
    if start and start[:4] not in base:
        base = f"{base}-{start}"
    return base[:80].strip("-") or "event"


def _today() -> str:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    today = dt.datetime.fromtimestamp(int(epoch), dt.UTC).date() if epoch and epoch.isdigit() else dt.date.today()
    return today.isoformat()
