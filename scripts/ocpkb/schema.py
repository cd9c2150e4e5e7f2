"""The one place that knows the data model.

Each kind of data file has a JSON Schema built here. `ocpkb schema` writes them
to `data/schema/` for editors (yaml-language-server) and independent validators
(check-jsonschema); a test keeps those files in sync with this module.

Keywords of our own ride along (JSON Schema ignores unknown keywords):
- `x-ref`: the value is the id of an entry in that registry (`people`, ...);
- `x-hint`: what to tell the user when the value does not match its pattern;
- `x-identity`: on a list of mappings, the field that says which item is which (two sessions with
  one title are one session), or a list of fields of which the first an item has says it (a
  source is its url, else its file): ingest adds an item only when no item has its value.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import json
import re
from pathlib import Path

import pycountry

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"

SLUG = {
    "type": "string",
    "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$",
    "maxLength": 80,
    "x-hint": "an id is lowercase ASCII letters, digits and single hyphens, e.g. 'ocp-china-day-2023'",
}
DATE = {
    "type": "string",
    "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$",
    "description": "YYYY-MM-DD, or YYYY-MM / YYYY when only the month or year is known",
    "x-hint": "write the date as YYYY-MM-DD (or YYYY-MM, or YYYY when only that is known), in quotes",
}
TIME = {
    "type": "string",
    "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$",
    "x-hint": "write the time as HH:MM on a 24-hour clock, in quotes",
}
URL = {
    "type": "string",
    "pattern": "^https?://[^\\s/\\$.?#][^\\s]*$",
    "maxLength": 2000,
    "x-hint": "links must be absolute http:// or https:// URLs",
}
LANGUAGE = {
    "type": "string",
    "pattern": "^[a-z]{2}(-[A-Za-z]{2,4})?$",
    "description": "BCP 47 language tag: en, zh, zh-Hans, ...",
    "x-hint": "use a language code such as 'en' or 'zh'",
}
COUNTRY = {
    "type": "string",
    "enum": sorted(country.alpha_2 for country in pycountry.countries),
    "description": "ISO 3166-1 alpha-2 country code: CN, US, DE, ...",
    "x-hint": "use the ISO 3166 two-letter country code, e.g. CN, US, DE",
}
TEXT = {"type": "string", "minLength": 1}
TEXTS = {"type": "array", "items": TEXT}

EVENT_KINDS = ["summit", "conference", "china-day", "salon", "workshop", "hackathon", "webinar", "meetup",
               "contest", "exhibition", "forum", "tutorial", "other"]
SESSION_KINDS = ["keynote", "talk", "panel", "discussion", "opening", "closing", "break", "meal", "demo",
                 "workshop", "interview", "tutorial", "award", "other"]
# The words recaps use for each kind, in the order ingest tries them on an event's name.
EVENT_KIND_WORDS = [("china day", "china-day"), ("summit", "summit"), ("峰会", "summit"), ("salon", "salon"),
                    ("沙龙", "salon"), ("workshop", "workshop"), ("hackathon", "hackathon"), ("webinar", "webinar"),
                    ("meetup", "meetup"), ("conference", "conference"), ("大会", "conference"), ("forum", "forum"),
                    ("论坛", "forum"), ("devroom", "workshop"), ("contest", "contest"), ("challenge", "contest"),
                    ("symposium", "conference")]
RUNNING_ROLES = ["host", "organizer", "co-organizer"]  # organizers who run the event, not only support it
ORGANIZER_ROLES = [*RUNNING_ROLES, "sponsor", "supporter", "media-partner"]
PARTICIPANT_ROLE = "participant"  # a participant whose role is not given
SPEAKER_ROLE = "speaker"  # an organization a speaker stood for
ORGANIZATION_KINDS = ["company", "foundation", "community", "university", "research-institute",
                      "government", "standards-body", "media", "alliance", "other"]
TOPIC_KINDS = ["specification", "technology", "product", "project", "theme"]
REVIEW_STATUSES = ["needs-review", "reviewed"]


def organization_roles(event: dict) -> list[tuple[str, str]]:
    """(organization id, role) for every mention of an organization in an event: organizers with their
    role, participants with theirs, and the organizations speakers stood for, in that order."""
    roles = [(organizer["organization"], organizer["role"]) for organizer in event.get("organizers", [])]
    roles += [(participant["organization"], participant.get("role", PARTICIPANT_ROLE))
              for participant in event.get("participants", [])]
    roles += [(speaker["organization"], SPEAKER_ROLE) for session in event.get("sessions", [])
              for speaker in session.get("speakers", []) if speaker.get("organization")]
    return roles


def ref(registry: str) -> dict:
    return {**SLUG, "x-ref": registry}


def obj(properties: dict, required: tuple[str, ...] = (), **extra) -> dict:
    """A closed object: unknown fields are errors, so typos never pass silently."""
    schema = {"type": "object", "properties": properties, "additionalProperties": False}
    if required:
        schema["required"] = list(required)
    schema.update(extra)
    return schema


def array(items: dict, identity: str | list[str] | None = None, **extra) -> dict:
    """A list; `identity` names the field that tells its items apart (a list of plain values needs
    none: each value is its own identity)."""
    schema = {"type": "array", "items": items, **extra}
    if identity:
        schema["x-identity"] = identity
    return schema


NAMES = {
    "name": {**TEXT, "description": "Name in English (or as written in Latin script)"},
    "name_zh": {**TEXT, "description": "Name in Chinese, where one exists"},
    "aliases": {**TEXTS, "description": "Other spellings seen in sources, OCR errors included"},
}


def distinct_from(registry: str) -> dict:
    """Marks entries that look like duplicates of this one but are not: `ocpkb validate` stops warning."""
    return array(ref(registry), description=f"Ids of other {registry} that look like duplicates of this entry "
                 "(the same name, a name in another order or script, the same date and city) but are not; "
                 "`ocpkb validate` then stops warning about the pair")


REVIEW = obj(
    {"status": {"enum": REVIEW_STATUSES}, "reason": TEXT},
    ("status", "reason"),
    description="Marks an entry, or a fact in it, as uncertain, with the reason",
)
SOURCE = obj(
    {
        "url": URL,
        "file": {**TEXT, "description": "Path of a local copy, relative to the corpus"},
        "title": TEXT,
        "publisher": TEXT,
        "published": DATE,
        "language": LANGUAGE,
        "note": TEXT,
    },
    anyOf=[{"required": ["url"]}, {"required": ["file"]}],
    description="Where the facts come from: a URL, a file, or both",
)
SPEAKER = obj(
    {
        "person": ref("people"),
        "organization": {**ref("organizations"), "description": "Affiliation as stated at the time"},
        "role": {**TEXT, "description": "Job title as stated at the time"},
    },
    ("person",),
)
SESSION = obj(
    {
        "date": {**DATE, "description": "The day of the session, for an event of several days (YYYY-MM-DD)"},
        "start": TIME,
        "end": TIME,
        "room": {**TEXT, "description": "Where in the venue: a room, hall or stage"},
        "title": TEXT,
        "title_zh": TEXT,
        "kind": {"enum": SESSION_KINDS},
        "speakers": array(SPEAKER, "person"),
        "topics": array(ref("topics")),
        "slides": URL,
        "video": URL,
        "summary": TEXT,
        "distinct": {"type": "boolean", "description": "true: not a duplicate of another session or talk with "
                     "the same title (a talk given twice, a second panel); `ocpkb validate` stops warning"},
    },
    ("title",),
)
LOCATION = obj(
    {
        "city": TEXT,
        "city_zh": TEXT,
        "country": COUNTRY,
        "venue": TEXT,
        "venue_zh": TEXT,
        "virtual": {"type": "boolean"},
    },
)
ORGANIZER = obj({"organization": ref("organizations"), "role": {"enum": ORGANIZER_ROLES}}, ("organization", "role"))
PARTICIPANT = obj({"organization": ref("organizations"), "role": TEXT}, ("organization",))
ATTENDANCE = obj(
    {
        "onsite": {"type": "integer", "minimum": 0},
        "online": {"type": "integer", "minimum": 0},
        "companies": {"type": "integer", "minimum": 0},
        "registered": {"type": "integer", "minimum": 0},
        "note": TEXT,
    },
)
FIGURE = obj(
    {"value": {"type": "number"}, "unit": TEXT, "measures": TEXT, "note": TEXT},
    ("value", "measures"),
)
CONFLICT = obj(
    {
        "field": {**TEXT, "description": "The fact the sources disagree on, as a path: start_date, "
                  "attendance.onsite, location.city, sessions[2].title"},
        "values": array(obj(
            {
                "value": {"type": ["string", "number", "boolean"], "description": "What this source states"},
                "source": {**TEXT, "description": "The url (or file) of the entry in this event's sources that "
                           "states the value; left out for a value of the curators' own"},
                "note": {**TEXT, "description": "How the source puts it, e.g. 'nearly a thousand'"},
            },
            ("value",),
        ), minItems=2),
        "note": {**TEXT, "description": "Which value the entry keeps, and why"},
    },
    ("field", "values"),
    description="Sources that disagree on a fact: each value with the source that states it",
)
IMAGE = obj({"src": TEXT, "caption": TEXT, "credit": TEXT}, ("src",))
COMMON = {
    "summary": {**TEXT, "description": "What happened, in the project's own words"},
    "summary_zh": TEXT,
    "sources": array(SOURCE, ["url", "file"], minItems=1),
    "review": REVIEW,
    "added": {**DATE, "description": "When the entry was added to the knowledge base (feeds use it)"},
    "provenance": {
        "type": "object",
        "additionalProperties": TEXT,
        "description": "Where ingested values come from: field path -> source file:lines",
    },
}

EVENT = obj(
    {
        "id": {**SLUG, "description": "Equals the file name without .yml"},
        **NAMES,
        "series": ref("series"),
        "edition": TEXT,
        "kind": {"enum": EVENT_KINDS},
        "start_date": DATE,
        "end_date": DATE,
        "location": LOCATION,
        "organizers": array(ORGANIZER, "organization"),
        "theme": TEXT,
        "theme_zh": TEXT,
        "website": URL,
        "attendance": ATTENDANCE,
        "sessions": array(SESSION, "title"),
        "participants": array(PARTICIPANT, "organization"),
        "topics": array(ref("topics")),
        "figures": array(FIGURE, "measures"),
        "takeaways": TEXTS,
        "images": array(IMAGE, "src"),
        "conflicts": {**array(CONFLICT, "field"), "description": "Facts on which the sources disagree, each value with its source"},
        "distinct_from": distinct_from("events"),
        **COMMON,
    },
    ("id", "name", "kind", "start_date", "sources"),
    title="OCP knowledge base event",
)
TALK = obj(
    {
        "id": {**SLUG, "description": "Equals the file name without .yml"},
        "title": TEXT,
        "title_zh": TEXT,
        "event": {**ref("events"), "description": "The event the talk was given at; leave out when unknown"},
        "date": DATE,
        "speakers": array(SPEAKER, "person"),
        "topics": array(ref("topics")),
        "slides": URL,
        "video": URL,
        "figures": array(FIGURE, "measures"),
        "distinct_from": distinct_from("talks"),
        **COMMON,
    },
    ("id", "title", "sources"),
    title="OCP knowledge base talk (a talk known apart from its event)",
)
AFFILIATION = obj(
    {"organization": ref("organizations"), "title": TEXT, "title_zh": TEXT, "from": DATE, "until": DATE},
    ("organization",),
)
PERSON = obj(
    {"id": SLUG, **NAMES, "affiliations": array(AFFILIATION, "organization"), "website": URL, "review": REVIEW,
     "distinct_from": distinct_from("people")},
    ("id", "name"),
)
ORGANIZATION = obj(
    {"id": SLUG, **NAMES, "kind": {"enum": ORGANIZATION_KINDS}, "country": COUNTRY, "website": URL,
     "parent": ref("organizations"), "review": REVIEW, "distinct_from": distinct_from("organizations")},
    ("id", "name"),
)
TOPIC = obj(
    {"id": SLUG, **NAMES, "kind": {"enum": TOPIC_KINDS}, "parent": ref("topics"),
     "organization": {**ref("organizations"), "description": "Who makes the product or owns the specification"},
     "description": TEXT, "website": URL, "review": REVIEW},
    ("id", "name", "kind"),
)
SERIES = obj(
    {"id": SLUG, **NAMES, "kind": {"enum": EVENT_KINDS}, "organizer": ref("organizations"),
     "description": TEXT, "website": URL},
    ("id", "name"),
)


@dataclass(frozen=True, eq=False)
class FileKind:
    """One kind of data file: where it lives and what it holds."""

    name: str  # the registry's name, as used by `x-ref`
    pattern: str
    entry_schema: dict
    is_registry: bool

    @property
    def schema_file(self) -> str:
        return f"{self.name}.schema.json"

    def schema(self) -> dict:
        body = array(self.entry_schema) if self.is_registry else self.entry_schema
        return {"$schema": SCHEMA_DIALECT, "$id": self.schema_file,
                "title": f"ocpkb {self.name} file", **body}


FILE_KINDS = [
    FileKind("events", "events/*.yml", EVENT, is_registry=False),
    FileKind("talks", "talks/*.yml", TALK, is_registry=False),
    FileKind("organizations", "organizations.yml", ORGANIZATION, is_registry=True),
    FileKind("people", "people.yml", PERSON, is_registry=True),
    FileKind("topics", "topics.yml", TOPIC, is_registry=True),
    FileKind("series", "series.yml", SERIES, is_registry=True),
]
KIND_BY_NAME = {kind.name: kind for kind in FILE_KINDS}
ENTRY_NOUN = {"events": "event", "talks": "talk", "organizations": "organization", "people": "person",
              "topics": "topic", "series": "series"}


def list_fields(kind: FileKind) -> dict[str, str | list[str] | None]:
    """The entry's list fields, each with the field that identifies its items (None: plain values)."""
    return {name: schema.get("x-identity") for name, schema in kind.entry_schema["properties"].items()
            if schema.get("type") == "array"}


@cache
def schema_of(kind: FileKind) -> dict:
    """The kind's schema, built once."""
    return kind.schema()


class Walker:
    """Finds every (schema, value, path) in a document whose schema is `wanted`, following the
    schema's shape (in no particular order). The plan is made once per schema: parts with nothing
    wanted inside are left out, so rules that look at a few fields visit only those fields."""

    def __init__(self, schema: dict, wanted=lambda schema: True):
        self.plan = _plan(schema, wanted)

    def __call__(self, value) -> list[tuple[dict, object, tuple]]:
        found: list[tuple[dict, object, tuple]] = []
        stack = [(self.plan, value, ())] if self.plan else []
        pop, push = stack.pop, stack.append
        while stack:
            (schema, is_wanted, properties, items), node, path = pop()
            if is_wanted:
                found.append((schema, node, path))
            if properties and type(node) is dict:
                for key, plan in properties:
                    if key in node:
                        push((plan, node[key], path + (key,)))
            elif items and type(node) is list:
                for index, item in enumerate(node):
                    push((items, item, path + (index,)))
        return found


def _plan(schema: dict, wanted):
    """(schema, is wanted, [(key, plan)] worth visiting, items plan), or None when nothing below is wanted."""
    properties = [(key, plan) for key, child in schema.get("properties", {}).items()
                  if (plan := _plan(child, wanted))]
    items = _plan(schema["items"], wanted) if isinstance(schema.get("items"), dict) else None
    is_wanted = bool(wanted(schema))
    return (schema, is_wanted, properties, items) if is_wanted or properties or items else None


FIELD_PATH_PART = re.compile(r"\[(\d+)\]|([^.\[\]]+)")


def field_path(text: str) -> tuple:
    """'sessions[2].title' -> ('sessions', 2, 'title'): how conflicts (and provenance) name a field."""
    return tuple(int(index) if index else name for index, name in FIELD_PATH_PART.findall(text))


def field_schema(schema: dict, path: tuple) -> dict | None:
    """The schema of the field a path names (('sessions', 9, 'speakers', 0, 'person')), or None when the
    schema has no such field."""
    for part in path:
        if isinstance(part, int):
            schema = schema.get("items") if isinstance(schema.get("items"), dict) else None
        else:
            schema = schema.get("properties", {}).get(part)
        if schema is None:
            return None
    return schema


def schema_header(kind: FileKind) -> str:
    """The first line of every data file: tells editors which schema applies."""
    prefix = "../" if "/" in kind.pattern else ""
    return f"# yaml-language-server: $schema={prefix}schema/{kind.schema_file}"


def write_schemas(out_dir) -> list:
    """Write every kind's schema as JSON; returns the paths written."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for kind in FILE_KINDS:
        path = out_dir / kind.schema_file
        path.write_text(json.dumps(kind.schema(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        written.append(path)
    return written
