"""Conflicts between sources: when a new recap states a fact differently from the event file, the
file keeps its value and records both, each with the source that states it (`conflicts` in the
event schema), for a person to settle and for the event page to show side by side.

Only facts a recap states are compared (dates, city, country, attendance): names, kinds and
themes are written differently by every source without disagreeing. A less precise date is no
conflict ('2023-08' against '2023-08-10'), nor is a difference of case or accents ('San José').
"""

from __future__ import annotations

import unicodedata

COMPARED = {"start_date", "end_date", "location.city", "location.country", "attendance.onsite", "attendance.online",
            "attendance.companies", "attendance.registered"}
DATES = {"start_date", "end_date"}


def record_conflicts(event, field: str, kept, incoming, incoming_source: dict) -> bool:
    """Record in `event` where `incoming` (the new source's value of `field`) disagrees with `kept`
    (the value the event holds), without changing `kept`. Values may be mappings (location,
    attendance): each fact in them is compared. Returns whether the event changed.

    A source the event already lists is not new: what differs from it now is a person's correction
    (or was recorded when that source came in), so it is left alone. Call this before the incoming
    source is added to the event's sources."""
    reference = _reference(incoming_source)
    listed = {source.get(key) for source in event.get("sources") or [] if hasattr(source, "get") for key in ("url", "file")}
    if reference in listed:
        return False
    changed = False
    for path, kept_value, incoming_value in _differences(field, kept, incoming):
        changed |= _add_conflict(event, path, kept_value, incoming_value, reference)
    return changed


def _differences(field: str, kept, incoming):
    if hasattr(kept, "keys") and hasattr(incoming, "keys"):
        for key in incoming.keys():
            if key in kept:
                yield from _differences(f"{field}.{key}", kept[key], incoming[key])
    elif field in COMPARED and _is_value(kept) and _is_value(incoming) and not _agree(field, kept, incoming):
        yield field, kept, incoming


def _is_value(value) -> bool:
    return isinstance(value, (str, int, float, bool)) and value != ""


def _agree(field: str, kept, incoming) -> bool:
    if field in DATES and isinstance(kept, str) and isinstance(incoming, str):
        return kept.startswith(incoming) or incoming.startswith(kept)
    if isinstance(kept, str) and isinstance(incoming, str):
        return _folded(kept) == _folded(incoming)
    return kept == incoming


def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold().strip())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _reference(source: dict) -> str | None:
    """How a conflict names a source: its url, else its file (what the validator checks against)."""
    return source.get("url") or source.get("file") if source else None


def _kept_source(event, field: str) -> str | None:
    """The source of the value the event holds: the one its provenance names, else its only source;
    unknown (None) when the event has several and no provenance for the field."""
    sources = [source for source in event.get("sources") or [] if hasattr(source, "get")]
    provenance = event.get("provenance") or {}
    parts = field.split(".")
    where = next((provenance[key] for key in (".".join(parts[:end]) for end in range(len(parts), 0, -1))
                  if key in provenance), None)  # 'location.city' is recorded as 'location'
    if isinstance(where, str):
        named = where.rsplit(":", 1)[0]
        for source in sources:
            if source.get("file") == named:
                return _reference(source)
    return _reference(sources[0]) if len(sources) == 1 else None


def _value_entry(value, source: str | None) -> dict:
    return {"value": value, "source": source} if source else {"value": value}


def _add_conflict(event, field: str, kept, incoming, incoming_source: str | None) -> bool:
    conflicts = event.setdefault("conflicts", [])
    conflict = next((c for c in conflicts if hasattr(c, "get") and c.get("field") == field), None)
    if conflict is None:
        conflicts.append({"field": field, "values": [_value_entry(kept, _kept_source(event, field)),
                                                     _value_entry(incoming, incoming_source)],
                          "note": "Recorded by ocpkb ingest: the sources disagree; the entry keeps the first value."})
        return True
    values = conflict.setdefault("values", [])
    stated = {(_comparable(v.get("value")), v.get("source")) for v in values if hasattr(v, "get")}
    if (_comparable(incoming), incoming_source) in stated:
        return False
    values.append(_value_entry(incoming, incoming_source))
    return True


def _comparable(value):
    return _folded(value) if isinstance(value, str) else value
