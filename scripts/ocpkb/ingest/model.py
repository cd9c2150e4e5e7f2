"""The records that pass between ingestion stages. Every extracted value knows its source lines."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Span:
    first: int
    last: int

    def __str__(self) -> str:
        return str(self.first) if self.first == self.last else f"{self.first}-{self.last}"


@dataclass(frozen=True)
class Found:
    """A value as the source states it, where it stands, and why it is uncertain (if it is)."""

    value: Any
    span: Span
    doubt: str = ""


@dataclass
class PersonMention:
    name: str
    span: Span
    organization: str | None = None
    title: str | None = None
    other_organizations: tuple[str, ...] = ()  # where a caption's later roles are held (a committee, a project)


@dataclass
class SessionMention:
    title: str
    span: Span
    start: str | None = None
    end: str | None = None
    speakers: list[PersonMention] = field(default_factory=list)


@dataclass
class Extraction:
    source: str
    language: str
    name: Found | None = None
    title: Found | None = None  # the document's own title line, for a talk whose event is unknown
    start_date: Found | None = None
    end_date: Found | None = None
    city: Found | None = None
    country: Found | None = None
    venue: Found | None = None
    virtual: Found | None = None
    theme: Found | None = None
    organizers: list[Found] = field(default_factory=list)  # value: (organization name, role)
    attendance: dict[str, Found] = field(default_factory=dict)
    sessions: list[SessionMention] = field(default_factory=list)
    people: list[PersonMention] = field(default_factory=list)
    organizations: list[Found] = field(default_factory=list)  # value: name as written
    topics: list[Found] = field(default_factory=list)  # value: topic id (topics are found through the registry)
    figures: list[Found] = field(default_factory=list)  # value: {value, unit, measures}
    images: list[Found] = field(default_factory=list)  # value: {src, caption}
    doubts: list[str] = field(default_factory=list)
    abbreviations: dict[str, str] = field(default_factory=dict)  # 'NPS' -> 'Northwind Power Systems'
    page: dict[str, str] = field(default_factory=dict)  # where the recap was published: url, publisher, published

