"""Stage 4, draft: a Resolution -> file changes (a new or merged event file, registry proposals),
and applying them without ever losing a person's work.

- New files are written whole; files that exist are merged with ruamel.yaml's round trip,
  which keeps comments, key order and quoting: only keys and list items that are not
  there yet are added, nothing present is changed.
- Every write goes to a temporary file in the same folder, then replaces the target in one
  rename, so a crash leaves the old file or the new one, never half of one.
- Nothing new means nothing written: a second run leaves every byte as it was.
"""

from __future__ import annotations

import datetime as dt
import difflib
import io
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import yaml
from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from ..kb import KnowledgeBase
from ..schema import EVENT_KIND_WORDS, KIND_BY_NAME, schema_header
from ..slug import slugify
from .model import Found
from .resolve import Entity, Resolution

LIST_KEYS = {"sessions": "title", "organizers": "organization", "participants": "organization", "topics": None,
             "images": "src", "figures": "measures", "sources": "file"}


class MergeError(Exception):
    """An existing file cannot be merged into; the message says which and what to do."""


@dataclass
class FileChange:
    path: str  # relative to the data folder
    entries: dict | list  # the event (a mapping) or registry entries to add (a list)


def draft_files(resolution: Resolution, kb: KnowledgeBase) -> list[FileChange]:
    event = draft_event(resolution)
    folder = "events" if event.get("start_date") and event.get("kind") else "talks"
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
    event["sources"] = [{"file": x.source, "language": x.language}]
    reasons = ["Drafted by ocpkb ingest: check every value against the source."] + resolution.doubts
    event["review"] = {"status": "needs-review", "reason": " ".join(reasons)}
    event["added"] = _today()
    event["provenance"] = provenance
    return event


def draft_talk(resolution: Resolution, event: dict) -> dict:
    """A recap that names no event with a date: a talk whose event is unknown (the Inspur slide deck)."""
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
                                + " ".join(resolution.doubts)}
    talk["added"] = event["added"]
    return talk


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


# --- applying changes -----------------------------------------------------------------------------------


def _round_trip() -> YAML:
    yaml_rt = YAML()
    yaml_rt.indent(mapping=2, sequence=4, offset=2)
    yaml_rt.width = 4096
    yaml_rt.preserve_quotes = True
    return yaml_rt


def _dump_new(kind_name: str, content) -> str:
    body = yaml.dump(content, Dumper=_IndentedDumper, allow_unicode=True, sort_keys=False, width=4096)
    return schema_header(KIND_BY_NAME[kind_name]) + "\n" + body


class _IndentedDumper(yaml.SafeDumper):
    """Lists indented under their key, as in the hand-written files."""

    def increase_indent(self, flow=False, indentless=False):
        return super().increase_indent(flow, False)


def merged_text(change: FileChange, existing: str | None) -> str | None:
    """The file's new text, or None when nothing would change."""
    kind_name = change.path.split("/")[0] if "/" in change.path else change.path.removesuffix(".yml")
    if existing is None:
        return _dump_new(kind_name, change.entries)
    rt = _round_trip()
    try:
        document = rt.load(existing)
    except YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f":{mark.line + 1}" if mark else ""
        raise MergeError(f"{change.path}{where}: the file is not valid YAML, so nothing was merged into it; "
                         "fix it (ocpkb validate shows how) and ingest again") from None
    changed = _merge_registry(document, change.entries) if isinstance(change.entries, list) \
        else _merge_entry(document, change.entries)
    if not changed:
        return None
    out = io.StringIO()
    rt.dump(document, out)
    return out.getvalue()


def _merge_registry(document, entries: list) -> bool:
    present = {entry.get("id") for entry in document or []}
    added = [entry for entry in entries if entry["id"] not in present]
    document.extend(added)
    return bool(added)


def _merge_entry(document, draft: dict) -> bool:
    """Add what the document lacks; never change what is there (a person may have edited it)."""
    changed = False
    for key, value in draft.items():
        if key not in document:
            document[key] = value
            changed = True
        elif key in LIST_KEYS and isinstance(document[key], list) and isinstance(value, list):
            identity = LIST_KEYS[key]
            present = [item.get(identity) if identity and hasattr(item, "get") else item for item in document[key]]
            for item in value:
                if (item.get(identity) if identity else item) not in present:
                    document[key].append(item)
                    changed = True
        elif key == "provenance" and hasattr(document[key], "keys"):
            for path, where in value.items():
                if path not in document[key]:
                    document[key][path] = where
                    changed = True
    return changed


def write_atomically(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


def apply_draft(changes: list[FileChange], data_dir: Path, *, dry_run: bool, echo) -> int:
    """Write (or with dry_run, show as a diff) each change; returns how many files changed."""
    written = 0
    for change in changes:
        target = _inside(data_dir, change.path)
        existing = target.read_text(encoding="utf-8") if target.exists() else None
        text = merged_text(change, existing)
        if text is None:
            continue
        written += 1
        if dry_run:
            echo("".join(difflib.unified_diff((existing or "").splitlines(True), text.splitlines(True),
                                              f"a/{change.path}", f"b/{change.path}")))
        else:
            write_atomically(target, text)
    return written


def _inside(data_dir: Path, relative: str) -> Path:
    """The target path, refused if an id would lead it outside the data folder."""
    root = data_dir.resolve()
    target = (root / relative).resolve()
    if root not in target.parents:
        raise ValueError(f"refusing to write outside {data_dir}: {relative}")
    return target
