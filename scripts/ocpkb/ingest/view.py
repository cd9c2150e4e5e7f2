"""The resolved view of an ingestion as plain JSON data: what `ocpkb ingest --json` prints
and what `ocpkb eval` scores against gold annotations."""

from __future__ import annotations

from ..schema import RUNNING_ROLES
from .resolve import Entity, Resolution


def _value(found):
    return found.value if found is not None else None


def json_view(resolution: Resolution) -> dict:
    extraction = resolution.extraction
    return {
        "language": extraction.language,
        "event": {
            "name": _value(extraction.name),
            "start_date": _value(extraction.start_date),
            "end_date": _value(extraction.end_date) or _value(extraction.start_date),
            "location": {"city": _value(extraction.city), "country": _value(extraction.country),
                         "venue": _value(extraction.venue), "virtual": bool(_value(extraction.virtual))},
            "organizers": list(dict.fromkeys(entity.name for entity, role in resolution.organizers if role in RUNNING_ROLES)),
        },
        "organizations": [_organization(entity) for entity in resolution.organizations.values()],
        "people": [{"name": person.name, "organization": org.name if org else None, "title": title}
                   for person_id, person in resolution.people.items()
                   for org, title in [resolution.affiliations.get(person_id, (None, None))]],
        "sessions": [{"title": session.mention.title, "start": session.mention.start, "end": session.mention.end,
                      "speakers": [speaker.person.name for speaker in session.speakers]}
                     for session in resolution.sessions],
        "topics": [topic.name for topic in resolution.topics.values()],
        "review": resolution.doubts,
    }


def _organization(entity: Entity) -> dict:
    aliases = [name for name in entity.written if name not in (entity.name, entity.name_zh)]
    return {"name": entity.name, "name_zh": entity.name_zh, "aliases": aliases, "id": entity.id,
            "known": entity.known}


def failure_view(failure) -> dict:
    """What `ocpkb ingest --json` prints when no event was found: the same shape, with what was
    found all the same (language, organizations) and the reasons (the stage that gave up, and what
    extraction looked for)."""
    if failure.partial is not None:
        return json_view(failure.partial) | {"failure": {"source": failure.path, "stage": failure.stage,
                                                          "reason": failure.reason}}
    return {"language": None,
            "event": {"name": None, "start_date": None, "end_date": None,
                      "location": {"city": None, "country": None, "venue": None, "virtual": False}, "organizers": []},
            "organizations": [], "people": [], "sessions": [], "topics": [], "review": failure.looked_for,
            "failure": {"source": failure.path, "stage": failure.stage, "reason": failure.reason}}
