"""Who appears where: the knowledge base turned around, for the entity pages.

Events point at people, organizations and topics; a person's page needs the
opposite direction. `cross_reference` builds those back-links once, as plain
lists sorted by date, so every page renders in a stable order.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from ..kb import KnowledgeBase
from ..schema import organization_roles


@dataclass(frozen=True)
class Appearance:
    """One talk or session: given at an event (or a known talk with no event).

    `date` is the session's own day where the data gives one; else the event's first day, and
    `until` its last, for a session of an event of several days whose day is not known."""

    date: str
    event_id: str | None
    talk_id: str | None
    title: str
    person_id: str | None = None
    organization_id: str | None = None
    role: str | None = None
    until: str | None = None


@dataclass(frozen=True)
class EventRole:
    date: str
    event_id: str
    role: str


@dataclass
class CrossReference:
    events_by_organization: dict[str, list[EventRole]] = field(default_factory=lambda: defaultdict(list))
    talks_by_organization: dict[str, list[Appearance]] = field(default_factory=lambda: defaultdict(list))
    people_by_organization: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    talks_by_person: dict[str, list[Appearance]] = field(default_factory=lambda: defaultdict(list))
    events_by_topic: dict[str, list[EventRole]] = field(default_factory=lambda: defaultdict(list))
    talks_by_topic: dict[str, list[Appearance]] = field(default_factory=lambda: defaultdict(list))
    events_by_series: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    events_by_year: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    children_by_topic: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    topics_by_organization: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))


def event_date(event: dict) -> str:
    return str(event.get("start_date") or "")


def events_by_date(kb: KnowledgeBase) -> list[tuple[str, dict]]:
    """Newest first; ties broken by id so the order never changes between builds."""
    return sorted(kb.events.items(), key=lambda item: (event_date(item[1]), item[0]), reverse=True)


def cross_reference(kb: KnowledgeBase) -> CrossReference:
    xref = CrossReference()
    for event_id, event in sorted(kb.events.items()):
        _add_event(xref, event_id, event)
    for talk_id, talk in sorted(kb.entries["talks"].items()):
        _add_talk(xref, talk_id, talk, date=str(talk.get("date") or ""), event_id=talk.get("event"))
    for person_id, person in kb.entries["people"].items():
        for affiliation in person.get("affiliations", []):
            xref.people_by_organization[affiliation["organization"]].add(person_id)
    for topic_id, topic in sorted(kb.entries["topics"].items()):
        if topic.get("parent"):
            xref.children_by_topic[topic["parent"]].append(topic_id)
        if topic.get("organization"):
            xref.topics_by_organization[topic["organization"]].append(topic_id)
    for name in vars(xref):
        index = getattr(xref, name)
        for key in index:
            index[key] = finish_list(name, index[key], kb)
    return xref


def finish_list(index: str, items, kb: KnowledgeBase):
    """One list of the cross-reference in its final order, from what the entries added to it.
    The preview (ocpkb.preview.xref) finishes again only the lists an edit touched."""
    if index in ("events_by_series", "events_by_year"):
        return sorted(set(items), key=lambda event_id: (event_date(kb.events[event_id]), event_id))
    if index == "people_by_organization":
        return set(items)
    if index in ("children_by_topic", "topics_by_organization"):
        return sorted(set(items))
    return sorted(set(items), key=_chronological)


def _chronological(item) -> tuple:
    return tuple("" if value is None else str(value) for value in vars(item).values())


def _add_event(xref: CrossReference, event_id: str, event: dict) -> None:
    date = event_date(event)
    if event.get("series"):
        xref.events_by_series[event["series"]].append(event_id)
    xref.events_by_year[date[:4]].append(event_id)
    for organization, role in organization_roles(event):
        xref.events_by_organization[organization].append(EventRole(date, event_id, role))
    for topic in event.get("topics", []):
        xref.events_by_topic[topic].append(EventRole(date, event_id, "topic of the event"))
    last = str(event.get("end_date") or date)
    for session in event.get("sessions", []):
        if session.get("date"):
            _add_talk(xref, None, session, date=str(session["date"]), event_id=event_id)
        else:
            _add_talk(xref, None, session, date=date, event_id=event_id, until=last if last != date else None)
        for topic in session.get("topics", []):
            xref.events_by_topic[topic].append(EventRole(date, event_id, "topic of a session"))


def _add_talk(xref: CrossReference, talk_id: str | None, talk: dict, *, date: str, event_id: str | None,
              until: str | None = None) -> None:
    title = talk["title"]
    for speaker in talk.get("speakers", []):
        appearance = Appearance(date, event_id, talk_id, title, speaker["person"], speaker.get("organization"),
                                speaker.get("role"), until)
        xref.talks_by_person[speaker["person"]].append(appearance)
        if speaker.get("organization"):
            xref.talks_by_organization[speaker["organization"]].append(appearance)
            xref.people_by_organization[speaker["organization"]].add(speaker["person"])
    for topic in talk.get("topics", []):
        xref.talks_by_topic[topic].append(Appearance(date, event_id, talk_id, title, until=until))
