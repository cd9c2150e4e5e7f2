"""Stage 4a, match: a drafted event -> the event the knowledge base already holds, when the recap
is about one it has (a second recap of a curated event, or of one ingested earlier in the same
run), so that the recap merges into that event's file (merge.py, which records where the sources
disagree) instead of drafting the event again under another id.

The cues, strongest first:
1. the same series and edition: the drafted name holds a series' name or alias, and the year of
   the name (or of the drafted start date) is the year of one event of that series;
2. near-identical names (the same words, reordered or with a typo: rapidfuzz, as the duplicate
   warnings compare them) and start dates that agree;
3. the same start date and the same city (weak: two events can share a day and a city).
A match that rests on a weak cue, or whose start dates differ, says so in the source's note, for
the curator to check.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

from ..duplicates import NEAR_IDENTICAL_NAMES, cities_of, close_in_time_and_place, comparison_key, numbers_in, text_of
from ..kb import KnowledgeBase
from . import dates
from .lexicon import normalize


@dataclass(frozen=True)
class EventMatch:
    event_id: str
    cue: str  # what the match rests on, said to the curator
    weak: bool


def matching_event(draft: dict, kb: KnowledgeBase) -> EventMatch | None:
    """The event of the knowledge base the draft is about, or None. Only one candidate counts: two
    events that fit equally are left for the curator (the duplicate warnings name them)."""
    events = kb.entries["events"]
    if draft.get("id") in events:
        return None  # drafted under the event's own id: merged into it as it is
    for cue in (_same_series_and_edition, _near_identical_name, _same_day_and_city):
        found = cue(draft, kb)
        if len(found) == 1:
            return found[0]
        if found:
            return None
    return None


def _same_series_and_edition(draft: dict, kb: KnowledgeBase) -> list[EventMatch]:
    name = normalize(text_of(draft.get("name")))
    series_id = _series_named(name, kb) if name else None
    year = dates.year_in(text_of(draft.get("name"))) or dates.year_in(text_of(draft.get("start_date")))
    if not series_id or not year:
        return []
    found = []
    for event_id, event in kb.entries["events"].items():
        if event.get("series") == series_id and str(year) in (text_of(event.get("edition")),
                                                              text_of(event.get("start_date"))[:4]):
            agrees = _dates_agree(draft, event)
            cue = f"the recap names the series '{series_id}' and its {year} edition"
            found.append(EventMatch(event_id, cue if agrees else cue + ", but gives another start date "
                                    "(recorded as a conflict)", weak=not agrees))
    return found


def _series_named(name: str, kb: KnowledgeBase) -> str | None:
    """The series whose name, Chinese name or alias the (normalized) event name holds; the longest wins."""
    best, best_length = None, 0
    for series_id, series in kb.entries["series"].items():
        for written in [series.get("name"), series.get("name_zh"), *(series.get("aliases") or [])]:
            key = normalize(written) if isinstance(written, str) else ""
            if len(key) >= 4 and key in name and len(key) > best_length:
                best, best_length = series_id, len(key)
    return best


def _near_identical_name(draft: dict, kb: KnowledgeBase) -> list[EventMatch]:
    name = text_of(draft.get("name"))
    if not name or not draft.get("start_date"):
        return []
    key = comparison_key(name)
    found = []
    for event_id, event in kb.entries["events"].items():
        for written in (event.get("name"), event.get("name_zh")):
            other = text_of(written)
            if other and numbers_in(other) == numbers_in(name) and fuzz.token_sort_ratio(key, comparison_key(other)) \
                    >= NEAR_IDENTICAL_NAMES and close_in_time_and_place(draft, event):
                found.append(EventMatch(event_id, f"its name is near-identical to '{other}' and the start dates agree",
                                        weak=not _dates_agree(draft, event)))
                break
    return found


def _same_day_and_city(draft: dict, kb: KnowledgeBase) -> list[EventMatch]:
    start = text_of(draft.get("start_date"))
    cities = {normalize(city) for city in cities_of(draft)}
    if len(start) != len("2023-08-10") or not cities:
        return []
    return [EventMatch(event_id, f"it starts on the same day ({start}) in the same city, under another name: check "
                                 "that the recap is about this event", weak=True)
            for event_id, event in kb.entries["events"].items()
            if text_of(event.get("start_date")) == start and cities & {normalize(city) for city in cities_of(event)}]


def _dates_agree(draft: dict, event: dict) -> bool:
    drafted, kept = text_of(draft.get("start_date")), text_of(event.get("start_date"))
    return not drafted or not kept or drafted.startswith(kept) or kept.startswith(drafted)
