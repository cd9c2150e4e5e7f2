"""Stage 5, merge: a file change and the file's text as it is -> the file's new text.

A file that exists keeps every byte it has: what the draft adds goes in as new lines (a new field
at the end, a new list item after the last one, a new provenance entry after the others), so nothing
present is changed, re-indented or re-quoted, and a person's comments and layout stay. A list
written on one line (`topics: [oam]`) grows on that line. The new text is parsed again and must hold
exactly the old data plus the additions; when it does not, the file is left alone and the reason
says why. Nothing new means no new text: ingesting a recap twice changes nothing.
"""

from __future__ import annotations

import copy
import re

import yaml

from ..discover import kind_of
from ..schema import list_fields, schema_header
from ..yamlfile import YamlLoader, load_yaml_text
from .conflicts import record_conflicts
from .draft import FileChange

LINE_BREAK = re.compile(r"\r\n|[\r\n\x85\u2028\u2029]")  # YAML's line breaks, as the parser counts lines


class MergeError(Exception):
    """An existing file cannot be merged into; the message says which and what to do."""


def merged_text(change: FileChange, existing: str | None) -> str | None:
    """The file's new text, or None when nothing would change."""
    if existing is None:
        return new_file_text(change)
    kind = kind_of(change.path)
    try:
        root = yaml.compose(existing, Loader=YamlLoader)
    except yaml.YAMLError:
        raise MergeError(f"{change.path}: the file is not valid YAML, so nothing was merged into it; "
                         "fix it (ocpkb validate shows how) and ingest again") from None
    old = load_yaml_text(existing, change.path).data
    text = _Text(existing)
    if kind.is_registry:
        added = _add_registry_entries(text, root, old, change.entries)
    else:
        added = _add_to_entry(text, root, old, _for_entry(old, change.entries, list_fields(kind)), list_fields(kind))
    if not added:
        return None
    new = text.result()
    reread = load_yaml_text(new, change.path)
    if reread.problems or reread.data != merged_data(change, old):
        raise MergeError(f"{change.path}: the additions cannot be placed without rewriting lines a person "
                         "wrote (an unusual layout?); nothing was merged: add them by hand or ingest into a copy")
    return new


def merged_data(change: FileChange, old):
    """What the merged file holds: the old data, plus each registry entry, field, list item and
    provenance entry of the change that it lacks. Nothing present is changed."""
    kind = kind_of(change.path)
    if kind.is_registry:
        return old + _new_entries(old, change.entries)
    lists = list_fields(kind)
    draft = _for_entry(old, change.entries, lists)
    merged = copy.deepcopy(old)
    for key, value in _additions(old, draft, lists):
        if key not in merged:
            merged[key] = value
        elif isinstance(value, dict):
            merged[key] = {**merged[key], **value}
        else:
            merged[key] = merged[key] + value
    for index, values in _new_conflict_values(old, draft):
        merged["conflicts"][index]["values"] += values
    return merged


def _for_entry(old, draft: dict, lists: dict) -> dict:
    """The draft as it applies to the entry the file holds: with the conflicts its facts raise,
    and, from a recap other than the one the entry was drafted from, provenance only for the
    fields it adds whole (a field the entry has keeps its own value, which this recap is not the
    source of; a list's items would land at other indexes)."""
    draft = _with_conflicts(old, draft, lists)
    if not isinstance(old, dict) or not isinstance(draft.get("provenance"), dict) or _drafted_from(old, draft):
        return draft
    provenance = {path: where for path, where in draft["provenance"].items() if _top_field(path) not in old}
    return {key: value for key, value in draft.items() if key != "provenance"} | (
        {"provenance": provenance} if provenance else {})


def _drafted_from(old: dict, draft: dict) -> bool:
    """Whether the entry was drafted from this recap (its first source)."""
    source = (draft.get("sources") or [{}])[0]
    first = (old.get("sources") or [None])[0]
    return isinstance(first, dict) and bool({first.get("url"), first.get("file")} & {source.get("url"), source.get("file")}
                                            - {None})


def _top_field(path: str) -> str:
    return re.split(r"[.\[]", path, maxsplit=1)[0]


def _with_conflicts(old: dict, draft: dict, lists: dict) -> dict:
    """The draft, plus a `conflicts` list where its facts differ from the event's (conflicts.py): the
    event keeps its value, and the conflict (new, or a new value for one it has) is added like any
    other list item."""
    if not isinstance(old, dict):
        return draft
    event = copy.deepcopy(old)
    source = (draft.get("sources") or [{}])[0]
    for key, value in draft.items():
        if key in event and key not in lists and key != "provenance":
            record_conflicts(event, key, event[key], value, source)
    if event.get("conflicts") == old.get("conflicts"):
        return draft
    return {**draft, "conflicts": event["conflicts"]}


def _new_conflict_values(old: dict, draft: dict):
    """(index, values) for each conflict the event has that the draft gives more values."""
    kept = old.get("conflicts")
    if not isinstance(kept, list):
        return
    drafted = {conflict.get("field"): conflict for conflict in draft.get("conflicts") or []}
    for index, conflict in enumerate(kept):
        if not isinstance(conflict, dict) or not isinstance(conflict.get("values"), list):
            continue
        more = drafted.get(conflict.get("field"), {}).get("values", [])[len(conflict["values"]):]
        if more:
            yield index, more


def new_file_text(change: FileChange) -> str:
    return schema_header(kind_of(change.path)) + "\n" + _block(change.entries)


def _additions(old: dict, draft: dict, lists: dict):
    """(key, what to add): a whole new field, the list items it lacks, or the provenance entries it lacks."""
    for key, value in draft.items():
        if key not in old:
            yield key, value
        elif key in lists and isinstance(old[key], list) and isinstance(value, list):
            identity = lists[key]
            present = [_identity(item, identity) for item in old[key]]
            new = []
            for item in value:
                if _identity(item, identity) not in present:
                    present.append(_identity(item, identity))
                    new.append(item)
            if new:
                yield key, new
        elif key == "provenance" and isinstance(old[key], dict) and isinstance(value, dict):
            new_paths = {path: where for path, where in value.items() if path not in old[key]}
            if new_paths:
                yield key, new_paths


def _identity(item, field: str | list[str] | None):
    if not field or not isinstance(item, dict):
        return item
    fields = [field] if isinstance(field, str) else field
    return next((item[name] for name in fields if item.get(name) is not None), None)


def _new_entries(old: list, entries: list) -> list:
    """The registry entries whose id is not in the registry yet (each id once)."""
    ids = {entry.get("id") for entry in old if isinstance(entry, dict)}
    new = []
    for entry in entries:
        if entry["id"] not in ids:
            ids.add(entry["id"])
            new.append(entry)
    return new


# --- where the new lines go ---------------------------------------------------------------------------


def _add_registry_entries(text: _Text, root: yaml.Node, old, entries: list) -> bool:
    if not isinstance(root, yaml.SequenceNode) or not isinstance(old, list):
        raise MergeError("the registry is not a list of entries; fix it (ocpkb validate shows how)")
    new = _new_entries(old, entries)
    if not new:
        return False
    if root.flow_style and not root.value:  # `[]`, as a new registry starts: the entries replace it
        text.replace(text.offset(root.start_mark), text.offset(root.end_mark), _block(new).rstrip("\n"))
    elif root.flow_style:
        _add_items(text, root, new)
    else:
        text.append(_indented(_block(new), root.start_mark.column))
    return True


def _add_to_entry(text: _Text, root: yaml.Node, old, draft: dict, lists: dict) -> bool:
    if not isinstance(root, yaml.MappingNode) or not isinstance(old, dict):
        raise MergeError("the file does not hold an entry (a mapping of fields); fix it (ocpkb validate shows how)")
    values = values_of(root)
    additions = list(_additions(old, draft, lists))
    new_fields = {key: addition for key, addition in additions if key not in values}
    for key, addition in additions:
        if key in new_fields:
            continue
        if isinstance(addition, dict):
            _add_pairs(text, values[key], addition)
        else:
            _add_items(text, values[key], addition)
    if new_fields:
        text.append(_indented(_block(new_fields), root.start_mark.column))
    more_values = list(_new_conflict_values(old, draft))
    for index, values in more_values:
        conflict = values_of(values_of(root)["conflicts"].value[index])
        _add_items(text, conflict["values"], values)
    return bool(additions or more_values)


def values_of(node: yaml.Node) -> dict:
    return {key.value: value for key, value in node.value} if isinstance(node, yaml.MappingNode) else {}


def _add_items(text: _Text, node: yaml.Node, items: list) -> None:
    if node.flow_style:
        text.before_closing(node, "]", ", ".join(_flow(item) for item in items))
    else:
        text.after_line(_content_end(node), _indented(_block(items), node.start_mark.column))


def _add_pairs(text: _Text, node: yaml.Node, pairs: dict) -> None:
    if node.flow_style:
        text.before_closing(node, "}", ", ".join(_flow({key: value})[1:-1] for key, value in pairs.items()))
    else:
        text.after_line(_content_end(node), _indented(_block(pairs), node.value[0][0].start_mark.column))


def _content_end(node: yaml.Node) -> yaml.Mark:
    """Where a block collection's content ends: the end of its last value (its own end mark is the
    start of whatever follows, after comments and blank lines that may belong to the next field)."""
    while isinstance(node, (yaml.SequenceNode, yaml.MappingNode)) and not node.flow_style and node.value:
        node = node.value[-1] if isinstance(node, yaml.SequenceNode) else node.value[-1][1]
    return node.end_mark


class _Text:
    """The file's text and the insertions to make in it, by offset; nothing else is ever changed."""

    def __init__(self, text: str):
        self.text = text
        self.newline = "\r\n" if "\r\n" in text else "\n"
        self.line_starts = [0] + [match.end() for match in LINE_BREAK.finditer(text)]
        self.edits: list[tuple[int, int, str]] = []  # (start, end, new text): end > start only for `[]`

    def offset(self, mark: yaml.Mark) -> int:
        return self.line_starts[mark.line] + mark.column

    def replace(self, start: int, end: int, new: str) -> None:
        self.edits.append((start, end, new))

    def append(self, lines: str) -> None:
        self.after_line(None, lines)

    def after_line(self, mark: yaml.Mark | None, lines: str) -> None:
        """Insert whole lines after the line `mark` is on (at the end when None)."""
        if mark is None or mark.line + 1 >= len(self.line_starts):
            at = len(self.text)
        else:
            at = self.line_starts[mark.line] if mark.column == 0 else self.line_starts[mark.line + 1]
        ends_unbroken = self.text and not LINE_BREAK.match(self.text[-1])
        if at == len(self.text) and ends_unbroken and not any(edit[0] == at for edit in self.edits):
            lines = "\n" + lines  # the last line had no line break (one is enough: this addition comes first)
        self.edits.append((at, at, lines))

    def before_closing(self, node: yaml.Node, bracket: str, items: str) -> None:
        close = self.offset(node.end_mark) - 1
        if self.text[close] != bracket:
            raise MergeError(f"cannot find the closing '{bracket}' of the list on line {node.start_mark.line + 1}")
        self.edits.append((close, close, (", " if node.value else "") + items))

    def result(self) -> str:
        """Edits from the end back, so that offsets stay true; of two at one place, the one made
        first ends up first."""
        text = self.text
        for _, (start, end, new) in sorted(enumerate(self.edits), key=lambda edit: (edit[1][0], edit[0]), reverse=True):
            text = text[:start] + new.replace("\n", self.newline) + text[end:]
        return text


# --- rendering new lines --------------------------------------------------------------------------------


_FastDumper = getattr(yaml, "CSafeDumper", None)  # absent when PyYAML was built without libyaml
_LONGEST_ONE_LINE = 2000  # well under the emitter's width, so no line is wrapped
_LIBYAML_WRITES_OTHERWISE = re.compile("[\r\n\x85\u2028\u2029\U00010000-\U0010ffff]")


class _IndentedDumper(yaml.SafeDumper):
    """Lists indented under their key, as in the hand-written files."""

    def increase_indent(self, flow=False, indentless=False):
        return super().increase_indent(flow, False)


def _block(data) -> str:
    """Block-style lines, lists indented under their key. libyaml's emitter is five times faster than
    PyYAML's but writes a mapping's list level with its key, so its lines are re-indented; that is safe
    when every scalar stays on one line, and the two write such data alike. Other data goes to PyYAML."""
    if _FastDumper is None or not _written_alike_by_libyaml(data):
        return yaml.dump(data, Dumper=_IndentedDumper, allow_unicode=True, sort_keys=False, width=4096)
    return _lists_indented(yaml.dump(data, Dumper=_FastDumper, allow_unicode=True, sort_keys=False, width=4096))


def _written_alike_by_libyaml(data) -> bool:
    """Every scalar fits on one line and has no character beyond U+FFFF (libyaml escapes those)."""
    if isinstance(data, dict):
        return all(_written_alike_by_libyaml(key) and _written_alike_by_libyaml(value) for key, value in data.items())
    if isinstance(data, list):
        return all(_written_alike_by_libyaml(item) for item in data)
    return not isinstance(data, str) or (len(data) < _LONGEST_ONE_LINE and not _LIBYAML_WRITES_OTHERWISE.search(data))


def _lists_indented(text: str) -> str:
    """libyaml's `key:` followed by `- item` at the key's column -> the items two columns deeper."""
    lines, open_lists, key_column = [], [], None
    for line in text.splitlines(keepends=True):
        content = line.lstrip(" ")
        column = len(line) - len(content)
        is_item = content.startswith("- ") or content.rstrip("\r\n") == "-"
        while open_lists and (column < open_lists[-1] or (column == open_lists[-1] and not is_item)):
            open_lists.pop()
        if is_item and column == key_column and open_lists[-1:] != [column]:
            open_lists.append(column)
        lines.append(" " * (2 * len(open_lists)) + line)
        key_column = column + 2 * is_item if content.rstrip("\r\n").endswith(":") else None
    return "".join(lines)


def _flow(data) -> str:
    """One value in flow style, as it sits inside `[...]` (a mapping keeps its braces)."""
    return yaml.dump([data], Dumper=_IndentedDumper, allow_unicode=True, sort_keys=False, width=float("inf"),
                     default_flow_style=True).strip()[1:-1]


def _indented(lines: str, columns: int) -> str:
    return "".join(" " * columns + line if line.strip() else line for line in lines.splitlines(keepends=True))
