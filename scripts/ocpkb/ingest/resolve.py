"""Stage 3, resolve: names as written -> registry ids, or proposed new entries marked for review.

A name is matched through every name and alias of the registries, in both scripts;
a spelling that only matches by similarity (OCR damage) is accepted with a doubt that
says so. Names the registries do not know become proposals, never silent guesses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..slug import digest_id, slugify
from ..writing import CJK
from .classify import plain_words
from .lexicon import Lexicon
from .model import Extraction, Found, PersonMention, SessionMention, Span
from .organizations import affiliated_organizations, same_company


@dataclass
class Entity:
    """An organization, person or topic the recap refers to."""

    registry: str
    id: str
    name: str
    span: Span
    name_zh: str | None = None
    written: list[str] = field(default_factory=list)  # every spelling the source used
    known: bool = True  # False: a proposal for the registry
    doubt: str = ""


@dataclass
class Speaker:
    person: Entity
    organization: Entity | None
    title: str | None


@dataclass
class Session:
    mention: SessionMention
    speakers: list[Speaker]


@dataclass
class Resolution:
    extraction: Extraction
    organizations: dict[str, Entity] = field(default_factory=dict)
    people: dict[str, Entity] = field(default_factory=dict)
    topics: dict[str, Entity] = field(default_factory=dict)
    affiliations: dict[str, tuple[Entity | None, str | None]] = field(default_factory=dict)  # person id -> (org, title)
    organizers: list[tuple[Entity, str]] = field(default_factory=list)
    sessions: list[Session] = field(default_factory=list)

    @property
    def doubts(self) -> list[str]:
        found = [f.doubt for f in _found_values(self.extraction) if f.doubt]
        found += [e.doubt for registry in (self.organizations, self.people) for e in registry.values() if e.doubt]
        return list(dict.fromkeys(found + self.extraction.doubts))


def _found_values(extraction: Extraction) -> list[Found]:
    values = [extraction.name, extraction.start_date, extraction.end_date, extraction.city, extraction.country,
              extraction.venue, extraction.theme]
    return [v for v in values if v is not None]


def resolve(extraction: Extraction, lexicon: Lexicon) -> Resolution:
    resolution = Resolution(extraction)
    for found in extraction.organizations:
        _entity(resolution, lexicon, "organizations", found.value, found.span)
    for found in extraction.organizers:
        name, role = found.value
        resolution.organizers.append((_entity(resolution, lexicon, "organizations", name, found.span), role))
    for mention in extraction.people:
        _person(resolution, lexicon, mention)
    for mention in extraction.sessions:
        speakers = [_person(resolution, lexicon, speaker) for speaker in mention.speakers]
        resolution.sessions.append(Session(mention, speakers))
    for found in extraction.topics:
        entry = lexicon.display[("topics", found.value)]
        resolution.topics.setdefault(found.value, Entity("topics", found.value, entry["name"], found.span,
                                                         entry.get("name_zh")))
    return resolution


def _person(resolution: Resolution, lexicon: Lexicon, mention: PersonMention) -> Speaker:
    person = _entity(resolution, lexicon, "people", mention.name, mention.span)
    joint = affiliated_organizations(mention.organization) if mention.organization else []  # 'Contoso / Fabrikam': both,
    organizations = [_entity(resolution, lexicon, "organizations", name, mention.span) for name in joint]
    organization = organizations[0] if organizations else None  # the first the affiliation
    known_org, known_title = resolution.affiliations.get(person.id, (None, None))
    resolution.affiliations[person.id] = (known_org or organization, known_title or mention.title)
    return Speaker(person, organization, mention.title)


def _entity(resolution: Resolution, lexicon: Lexicon, registry: str, written: str, span: Span) -> Entity:
    entities = getattr(resolution, registry)
    full = resolution.extraction.abbreviations.get(written) if registry == "organizations" else None
    if full and not lexicon.lookup(registry, written):  # 'NPS', defined in the text as 'Northwind … Systems (NPS)'
        entity = _entity(resolution, lexicon, registry, full, span)
        if written not in entity.written:
            entity.written.append(written)
        return entity
    match = lexicon.lookup(registry, written, similar=registry != "organizations" or not _one_plain_word(written))
    if match:
        entity_id, how = match
        if entity_id not in entities:
            entry = lexicon.display[(registry, entity_id)]
            entities[entity_id] = Entity(registry, entity_id, entry["name"], span, entry.get("name_zh"))
        entity = entities[entity_id]
        if how != "exact" and not entity.doubt:
            entity.doubt = how
    else:
        entity_id = _new_id(written, registry)
        same = next((e for e in entities.values() if not e.known and same_company(e.name, written)), None) \
            if registry == "organizations" and entity_id not in entities else None
        entity_id = same.id if same else entity_id  # '北辰国际有限公司' is '北辰国际' (an alias)
        if entity_id not in entities:
            chinese = bool(CJK.search(written)) and not re.search(r"[A-Za-z]{3}", written)
            entities[entity_id] = Entity(registry, entity_id, written, span, written if chinese else None, known=False,
                                         doubt=f"'{written}' is not in the {registry} registry: proposed as a new entry")
        entity = entities[entity_id]
    if written not in entity.written:
        entity.written.append(written)
    return entity


def _one_plain_word(name: str) -> bool:
    """'Enclave': one plain English word is that word, no misspelling of a registered name ('Enflame')."""
    return " " not in name.strip() and plain_words(name.strip())


def _new_id(name: str, registry: str) -> str:
    return slugify(name) or digest_id("person" if registry == "people" else registry[:-1], name)
