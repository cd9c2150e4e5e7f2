"""What a curator changed by hand in one event after `ocpkb ingest` drafted it.

Compares the data folder as ingest left it (the draft) with the data folder after the curator's
corrections (the final), for one event, and counts:

- in the event file, per field path (`sessions[].speakers[].organization`), the values the curator
  added, corrected and removed. Every event and talk file the ingest wrote or changed counts as
  draft material for the event (a recap drafted as a talk, or a second recap drafted as a second
  event, is material the curator merged); sessions are paired by title and speakers, other lists by
  their identity (organization, person, url, ...), and `provenance` (line numbers of scratch
  files) is left out;
- in the registries (organizations, people, topics, series), what became of each entry the ingest
  proposed: kept as is (only ingest's review marker dropped), completed (fields added, nothing the
  ingest wrote changed), edited, merged into another entry (one
  of its names is now a name or alias of an entry that remains), moved to another registry (a
  person proposed as an organization), or removed; and the entries the curator added by hand, or
  edited although they were there before.

Ingest's proposals are the registry entries that are in the draft but not in `--before` (the data
folder just before the ingest); without `--before`, the entries ingest marked "Proposed by ocpkb
ingest" and the files it marked "Drafted by ocpkb ingest".

Example:

    python benchmarks/curation_diff.py --before cur/x/before-data --draft cur/x/draft-data \\
        --final data --event ocp-us-summit-2016
    python benchmarks/curation_diff.py ... --json      # one JSON object, for the curation table
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import yaml
from rapidfuzz import fuzz

REGISTRIES = ("organizations", "people", "topics", "series")
SKIPPED_FIELDS = {"provenance"}
# Lists whose items are one thing each, paired across draft and final by these keys (in order).
ITEM_KEYS = {
    "organizers": ("organization",),
    "participants": ("organization",),
    "speakers": ("person",),
    "sources": ("url", "file"),
    "conflicts": ("field",),
    "images": ("src",),
    "values": ("source",),
    "affiliations": ("organization",),
}
INGEST_MARKERS = ("Proposed by ocpkb ingest", "Drafted by ocpkb ingest")


def load_yaml(path: Path):
    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def entry_files(data: Path) -> dict[str, dict]:
    """Event and talk files of a data folder, by `events/<id>` and `talks/<id>`."""
    files = {}
    for folder in ("events", "talks"):
        for path in sorted((data / folder).glob("*.yml")):
            files[f"{folder}/{path.stem}"] = load_yaml(path) or {}
    return files


def registry(data: Path, name: str) -> dict[str, dict]:
    path = data / f"{name}.yml"
    return {entry["id"]: entry for entry in (load_yaml(path) or [])} if path.exists() else {}


def marked_by_ingest(entry: dict) -> bool:
    reason = str((entry.get("review") or {}).get("reason", ""))
    return any(marker in reason for marker in INGEST_MARKERS)


def without_ingest_marker(entry: dict) -> dict:
    if marked_by_ingest(entry):
        return {key: value for key, value in entry.items() if key != "review"}
    return entry


# --- the event file ---------------------------------------------------------------------------


def talk_as_session(talk: dict) -> dict:
    return {key: talk[key] for key in ("title", "speakers", "topics", "summary", "slides", "video") if key in talk}


def draft_material(before: dict[str, dict] | None, draft: dict[str, dict], event_id: str) -> list[dict]:
    """The event and talk files the ingest wrote for this event, the curated file's draft first (an
    event that was in the knowledge base before, as ingest left it, is the base the others add to)."""
    if before is None:
        changed = [key for key, entry in draft.items() if marked_by_ingest(entry) or key == f"events/{event_id}"]
    else:
        changed = [key for key, entry in draft.items() if before.get(key) != entry or key == f"events/{event_id}"]
    changed.sort(key=lambda key: (key != f"events/{event_id}", not key.startswith("events/"), key))
    return [draft[key] if key.startswith("events/") else {"sessions": [talk_as_session(draft[key])]} for key in changed]


def combined(drafts: list[dict]) -> dict:
    """One draft from several files: the first file's values, every file's list items."""
    result: dict = {}
    for part in drafts:
        for key, value in part.items():
            if key not in result:
                result[key] = value
            elif isinstance(value, list) and isinstance(result[key], list):
                result[key] = result[key] + value
    return result


def speakers_of(session: dict) -> set:
    return {s.get("person") for s in session.get("speakers") or [] if isinstance(s, dict)} - {None}


def shares_speaker(a: dict, b: dict) -> bool:
    return bool(speakers_of(a) & speakers_of(b))


def session_score(a: dict, b: dict) -> float:
    """How alike two sessions are: title similarity, raised when they share a speaker."""
    title = fuzz.token_set_ratio(str(a.get("title", "")), str(b.get("title", "")))
    return title + (30 if shares_speaker(a, b) else 0)


def pair_sessions(old: list, new: list) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Greedy pairing, best pairs first; a pair needs a score of 60 (a title clearly alike, or a
    shared speaker and a title somewhat alike). Then sessions left over that share a speaker are
    paired (the curator rewrote the title of that speaker's talk)."""
    scored = sorted(
        ((session_score(a, b), i, j) for i, a in enumerate(old) for j, b in enumerate(new)),
        reverse=True,
    )
    used_old, used_new, pairs = set(), set(), []
    for threshold in (60, 30):
        for score, i, j in scored:
            if score < threshold:
                break
            if i not in used_old and j not in used_new and (threshold == 60 or shares_speaker(old[i], new[j])):
                used_old.add(i)
                used_new.add(j)
                pairs.append((i, j))
    return pairs, [i for i in range(len(old)) if i not in used_old], [j for j in range(len(new)) if j not in used_new]


def item_key(item, keys: tuple[str, ...]):
    if not isinstance(item, dict):
        return ("value", json.dumps(item, sort_keys=True, ensure_ascii=False))
    for key in keys:
        if item.get(key) is not None:
            return (key, str(item[key]))
    return None


def pair_items(name: str, old: list, new: list):
    """Pair list items: by identity key where the list has one, by equal value for scalars,
    sessions by similarity; items left over are paired in order when they are dicts (a source
    whose file the curator replaced by its url is the same source)."""
    if name == "sessions":
        return pair_sessions(old, new)
    keys = ITEM_KEYS.get(name, ())
    pairs, used_new = [], set()
    for i, a in enumerate(old):
        key = item_key(a, keys)
        for j, b in enumerate(new):
            if j not in used_new and key is not None and item_key(b, keys) == key:
                pairs.append((i, j))
                used_new.add(j)
                break
    left_old = [i for i in range(len(old)) if i not in {p[0] for p in pairs}]
    left_new = [j for j in range(len(new)) if j not in used_new]
    if left_old and left_new and all(isinstance(old[i], dict) for i in left_old) and name in ("sources", "figures"):
        for i, j in zip(list(left_old), list(left_new)):
            pairs.append((i, j))
            left_old.remove(i)
            left_new.remove(j)
    return pairs, left_old, left_new


def leaves(value, path: str):
    """(path, value) of every scalar under value; list indices become []."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key not in SKIPPED_FIELDS:
                yield from leaves(item, f"{path}.{key}" if path else key)
    elif isinstance(value, list):
        for item in value:
            yield from leaves(item, f"{path}[]")
    else:
        yield path, value


def compare(old, new, path: str, counts: dict[str, Counter]) -> None:
    """Count added, corrected and removed leaves from old to new under path."""
    if isinstance(old, dict) and isinstance(new, dict):
        for key in sorted(set(old) | set(new), key=str):
            if key in SKIPPED_FIELDS:
                continue
            sub = f"{path}.{key}" if path else key
            if key not in new:
                for leaf, _ in leaves(old[key], sub):
                    counts["removed"][leaf] += 1
            elif key not in old:
                for leaf, _ in leaves(new[key], sub):
                    counts["added"][leaf] += 1
            else:
                compare(old[key], new[key], sub, counts)
    elif isinstance(old, list) and isinstance(new, list):
        name = path.rsplit(".", 1)[-1].rstrip("[]")
        pairs, gone, came = pair_items(name, old, new)
        for i, j in pairs:
            compare(old[i], new[j], f"{path}[]", counts)
        for i in gone:
            for leaf, _ in leaves(old[i], f"{path}[]"):
                counts["removed"][leaf] += 1
        for j in came:
            for leaf, _ in leaves(new[j], f"{path}[]"):
                counts["added"][leaf] += 1
    elif old != new:
        if old is None or old == "" or old == []:
            counts["added"][path] += 1
        elif new is None or new == "" or new == []:
            counts["removed"][path] += 1
        else:
            counts["corrected"][path] += 1


def event_changes(draft_event: dict, final_event: dict) -> dict[str, Counter]:
    counts = {"added": Counter(), "corrected": Counter(), "removed": Counter()}
    compare(draft_event, final_event, "", counts)
    return counts


# --- the registries ---------------------------------------------------------------------------


def names_of(entry: dict) -> set[str]:
    names = [entry.get("name"), entry.get("name_zh"), *(entry.get("aliases") or [])]
    return {" ".join(str(name).casefold().replace(".", " ").replace(",", " ").split()) for name in names if name}


def contained(old, new) -> bool:
    """Every value of old is in new (new may add keys and list items): a proposal the curator only
    completed, without correcting or removing anything the ingest said."""
    if isinstance(old, dict) and isinstance(new, dict):
        return all(key in new and contained(value, new[key]) for key, value in old.items())
    if isinstance(old, list) and isinstance(new, list):
        return all(any(contained(item, other) for other in new) for item in old)
    return old == new


def registry_changes(before: dict | None, draft: dict, final: dict, elsewhere: set[str]) -> Counter:
    """Fate of ingest's proposals in one registry, and the curator's own additions and edits.
    `elsewhere`: the names in the other registries, where a proposal of the wrong kind (a person
    proposed as an organization) moves."""
    counts = Counter()
    if before is None:
        proposed = {key for key, entry in draft.items() if marked_by_ingest(entry)}
        earlier = {key: entry for key, entry in draft.items() if key not in proposed}
    else:
        proposed = set(draft) - set(before)
        earlier = before
    for key in proposed:
        if key in final:
            proposal, curated = without_ingest_marker(draft[key]), without_ingest_marker(final[key])
            counts["kept" if proposal == curated else "completed" if contained(proposal, curated) else "edited"] += 1
        elif any(names_of(draft[key]) & names_of(other) for other in final.values()):
            counts["merged"] += 1
        elif names_of(draft[key]) & elsewhere:
            counts["moved"] += 1
        else:
            counts["removed"] += 1
    counts["added"] = len(set(final) - set(draft))
    counts["existing edited"] = sum(1 for key in earlier if key in final and earlier[key] != final[key])
    return counts


# --- report -----------------------------------------------------------------------------------


def event_people(event: dict) -> set[str]:
    return {
        speaker["person"]
        for session in event.get("sessions") or []
        for speaker in session.get("speakers") or []
        if isinstance(speaker, dict) and speaker.get("person")
    }


def report(before_dir: Path | None, draft_dir: Path, final_dir: Path, event_id: str) -> dict:
    final_event = load_yaml(final_dir / "events" / f"{event_id}.yml")
    before_files = entry_files(before_dir) if before_dir else None
    drafts = draft_material(before_files, entry_files(draft_dir), event_id)
    changes = event_changes(combined(drafts), final_event)
    finals = {name: registry(final_dir, name) for name in REGISTRIES}
    registries = {
        name: registry_changes(
            registry(before_dir, name) if before_dir else None,
            registry(draft_dir, name),
            finals[name],
            {n for other, entries in finals.items() if other != name for entry in entries.values() for n in names_of(entry)},
        )
        for name in REGISTRIES
    }
    return {
        "event": event_id,
        "draft_files": len(drafts),
        "sessions": len(final_event.get("sessions") or []),
        "people": len(event_people(final_event)),
        "fields": {kind: sum(counter.values()) for kind, counter in changes.items()},
        "by_field": {kind: dict(counter.most_common()) for kind, counter in changes.items()},
        "registries": {name: dict(counts) for name, counts in registries.items()},
        "registry_totals": dict(sum(registries.values(), Counter())),
    }


def print_text(result: dict) -> None:
    print(f"event {result['event']}: {result['sessions']} sessions, {result['people']} people "
          f"({result['draft_files']} draft file(s) from ingest)")
    fields = result["fields"]
    print(f"event file: {fields['added']} added, {fields['corrected']} corrected, {fields['removed']} removed")
    paths = sorted(set().union(*result["by_field"].values()))
    if paths:
        width = max(len(path) for path in paths)
        print(f"  {'field':<{width}}  added corrected removed")
        for path in paths:
            row = [result["by_field"][kind].get(path, 0) for kind in ("added", "corrected", "removed")]
            print(f"  {path:<{width}}  {row[0]:>5} {row[1]:>9} {row[2]:>7}")
    print("registries: proposals kept / completed / edited / merged / moved to another registry / removed; "
          "entries added by hand; existing entries edited")
    for name, counts in result["registries"].items():
        print(f"  {name:<14} {counts.get('kept', 0)} / {counts.get('completed', 0)} / {counts.get('edited', 0)} / "
              f"{counts.get('merged', 0)} / "
              f"{counts.get('moved', 0)} / {counts.get('removed', 0)}; {counts.get('added', 0)}; "
              f"{counts.get('existing edited', 0)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog="Example: python benchmarks/curation_diff.py --before b/data --draft d/data --final data --event ocp-us-summit-2016",
    )
    parser.add_argument("--draft", type=Path, required=True, help="the data folder as ingest left it")
    parser.add_argument("--final", type=Path, required=True, help="the data folder after the curator's corrections")
    parser.add_argument("--event", required=True, help="id of the curated event (its file in --final)")
    parser.add_argument("--before", type=Path, help="the data folder just before the ingest (tells ingest's proposals apart)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    for folder in (args.draft, args.final, args.before):
        if folder is not None and not (folder / "events").is_dir():
            parser.error(f"{folder} is not a data folder (it has no events/ folder)")
    if not (args.final / "events" / f"{args.event}.yml").is_file():
        parser.error(f"no event file {args.event}.yml in {args.final / 'events'}")
    result = report(args.before, args.draft, args.final, args.event)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        print_text(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
