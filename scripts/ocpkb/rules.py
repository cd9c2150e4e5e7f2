"""Validation rules: one function per rule, each yielding Problems.

A file rule sees one parsed file (its schema, its dates); `check_file` runs them
all, where the file is loaded, so they share the cores that parse YAML. A
knowledge-base rule sees every file (references, duplicate ids). Rules run only
on files that parsed; parse problems are reported by the loader.
"""

from __future__ import annotations

import calendar
import difflib
import re
from collections.abc import Callable, Iterator
from functools import cache
from weakref import WeakKeyDictionary

import fastjsonschema

from .duplicates import duplicate_warnings
from .kb import DataFile, KnowledgeBase
from .problems import Problem, json_path
from .schema import DATE, ENTRY_NOUN, FILE_KINDS, SLUG, FileKind, Walker, field_path, field_schema, schema_header, schema_of

DATE_SHAPE = re.compile(DATE["pattern"])
FileRule = Callable[[DataFile], Iterator[Problem]]
KnowledgeBaseRule = Callable[[KnowledgeBase], Iterator[Problem]]
FILE_RULES: list[FileRule] = []
KNOWLEDGE_BASE_RULES: list[KnowledgeBaseRule] = []
WARNING_RULES: list[KnowledgeBaseRule] = []  # rules that only warn: they never stop a build


def file_rule(function: FileRule) -> FileRule:
    FILE_RULES.append(function)
    return function


def knowledge_base_rule(function: KnowledgeBaseRule) -> KnowledgeBaseRule:
    KNOWLEDGE_BASE_RULES.append(function)
    return function


def warning_rule(function: KnowledgeBaseRule) -> KnowledgeBaseRule:
    WARNING_RULES.append(function)
    return function


def check_file(data_file: DataFile) -> list[Problem]:
    """Every file rule's problems for one file."""
    if data_file.yaml.data is None:
        return []
    return [problem for rule in FILE_RULES for problem in rule(data_file)]


def parsed_files(kb: KnowledgeBase) -> Iterator[DataFile]:
    """Files with data to check; a file whose YAML broke has only its parse problem to report."""
    return (data_file for data_file in kb.files if data_file.yaml.data is not None)


def did_you_mean(word: str, candidates) -> str:
    matches = difflib.get_close_matches(str(word), list(candidates), n=1, cutoff=0.6)
    return f"did you mean '{matches[0]}'?" if matches else ""


@knowledge_base_rule
def stray_files(kb: KnowledgeBase) -> Iterator[Problem]:
    for name in kb.stray_files:
        yield Problem(name, None, None, "", "file is not part of the knowledge base",
                      "events go in events/<id>.yml, talks in talks/<id>.yml; registries are "
                      + ", ".join(k.pattern for k in FILE_KINDS if k.is_registry))


@file_rule
def schema_line(data_file: DataFile) -> Iterator[Problem]:
    """Every data file names its schema on line 1, so editors check it while people type."""
    header = schema_header(data_file.kind)
    if data_file.yaml.first_line != header:
        yield Problem(data_file.yaml.path, 1, 1, "", "the first line must name the file's schema",
                      f"make line 1: {header}")


@cache
def _quick_validator(kind: FileKind):
    """Compiled to Python code: only says yes or no, but 10x faster than jsonschema on valid files."""
    return fastjsonschema.compile(schema_of(kind))


@cache
def _thorough_validator(kind: FileKind):
    """jsonschema lists every error with its path; used only on files that fail the quick check."""
    from jsonschema import Draft202012Validator

    return Draft202012Validator(schema_of(kind))


@file_rule
def matches_schema(data_file: DataFile) -> Iterator[Problem]:
    try:
        _quick_validator(data_file.kind)(data_file.yaml.data)
        return
    except fastjsonschema.JsonSchemaException:
        thorough = _thorough_validator(data_file.kind)
    already_reported = {problem.path for problem in data_file.yaml.problems}
    errors = list(thorough.iter_errors(data_file.yaml.data))
    wrong_type = {tuple(e.absolute_path) for e in errors if e.validator == "type"}
    for error in errors:
        path = tuple(error.absolute_path)
        if json_path(path) in already_reported or (path in wrong_type and error.validator != "type"):
            continue  # a value of the wrong type needs one message, not one per keyword it also fails
        yield from schema_error_problems(data_file, error)


def schema_error_problems(data_file: DataFile, error) -> Iterator[Problem]:
    """Turn a jsonschema error into messages a person can act on."""
    yaml_file, path, value, expected = data_file.yaml, tuple(error.absolute_path), error.instance, error.validator_value
    keyword = error.validator
    if keyword == "additionalProperties":
        allowed = error.schema.get("properties", {})
        for key in sorted(set(value) - set(allowed)):
            hint = did_you_mean(key, allowed) or "allowed fields: " + ", ".join(allowed)
            yield yaml_file.problem(path + (key,), f"unknown field '{key}'", hint)
    elif keyword == "required":
        for key in expected:
            if key not in value:
                yield yaml_file.problem(path, f"missing required field '{key}'")
    elif keyword == "type":
        hint = "put the value in quotes" if expected == "string" and value is not None else \
            "write a value, or remove the key" if value is None else ""
        yield yaml_file.problem(path, f"expected {_type_name(expected)}, got {_type_name(_json_type(value))}", hint)
    elif keyword == "enum":
        shown = expected if len(expected) <= 20 else []
        hint = did_you_mean(value, expected) or error.schema.get("x-hint") or "one of: " + ", ".join(map(str, shown))
        yield yaml_file.problem(path, f"'{value}' is not an allowed value", hint)
    elif keyword == "pattern":
        noun = "id" if error.schema.get("pattern") == SLUG["pattern"] else "value"
        yield yaml_file.problem(path, f"'{value}' is not a valid {noun}", error.schema.get("x-hint", ""))
    elif keyword == "minLength":
        yield yaml_file.problem(path, "must not be empty")
    elif keyword == "maxLength":
        yield yaml_file.problem(path, f"is longer than {expected} characters")
    elif keyword == "minItems":
        yield yaml_file.problem(path, f"needs at least {expected} item{'s' if expected > 1 else ''}")
    elif keyword == "minimum":
        yield yaml_file.problem(path, f"must be at least {expected}")
    elif keyword == "anyOf" and all(set(option) == {"required"} for option in expected):
        fields = " or ".join(f"'{option['required'][0]}'" for option in expected)
        yield yaml_file.problem(path, f"needs {fields}")
    else:
        yield yaml_file.problem(path, error.message)


def _json_type(value) -> str:
    if value is None:
        return "null"
    return {bool: "boolean", int: "integer", float: "number", str: "string", list: "array",
            dict: "object"}.get(type(value), type(value).__name__)


def _type_name(json_type) -> str:
    names = {"object": "a mapping of fields", "array": "a list", "string": "text", "integer": "a whole number",
             "number": "a number", "boolean": "true or false", "null": "nothing"}
    if isinstance(json_type, list):
        return " or ".join(names.get(t, t) for t in json_type)
    return names.get(json_type, json_type)


@file_rule
def id_matches_file_name(data_file: DataFile) -> Iterator[Problem]:
    if data_file.kind.is_registry or not isinstance(data_file.yaml.data, dict):
        return
    stem = data_file.relpath.rsplit("/", 1)[-1].removesuffix(".yml")
    entry_id = data_file.yaml.data.get("id")
    if isinstance(entry_id, str) and entry_id != stem:
        yield data_file.yaml.problem(("id",), f"id '{entry_id}' does not match the file name '{stem}.yml'",
                                     f"rename the file to {entry_id}.yml or change the id")


@knowledge_base_rule
def duplicate_ids(kb: KnowledgeBase) -> Iterator[Problem]:
    for kind in FILE_KINDS:
        for data_file in parsed_files(kb):
            if data_file.kind is not kind:
                continue
            for path, entry in data_file.entries:
                entry_id = entry.get("id")
                origin = kb.origins.get((kind.name, entry_id)) if isinstance(entry_id, str) else None
                if origin and (origin.file is not data_file or origin.path != path):
                    line = (origin.file.yaml.where(origin.path + ("id",)) or (None,))[0]
                    yield data_file.yaml.problem(path + ("id",), f"duplicate {ENTRY_NOUN[kind.name]} id '{entry_id}'",
                                                 f"first defined in {origin.file.yaml.path}:{line}")


RANGES = (("start_date", "end_date", "date"), ("start", "end", "time"), ("from", "until", "date"))


def _is_reference(schema: dict) -> bool:
    return "x-ref" in schema


def _is_date(schema: dict) -> bool:
    return schema.get("pattern") == DATE["pattern"]


def _is_range(schema: dict) -> bool:
    properties = schema.get("properties", {})
    return any(start in properties and end in properties for start, end, _ in RANGES)


@cache
def _walker(kind: FileKind, wanted) -> Walker:
    return Walker(schema_of(kind), wanted)


def values_of(data_file: DataFile, wanted) -> list[tuple[dict, object, tuple]]:
    """(schema, value, path) for each value of the file whose schema is `wanted`."""
    return _walker(data_file.kind, wanted)(data_file.yaml.data)


_references: WeakKeyDictionary[DataFile, list] = WeakKeyDictionary()


def references_in(data_file: DataFile) -> list[tuple[dict, object, tuple]]:
    """The file's references, found once per parsed file: the preview checks them again after every
    edit, and only edited files are parsed again."""
    if data_file not in _references:
        _references[data_file] = values_of(data_file, _is_reference)
    return _references[data_file]


_checked_references: WeakKeyDictionary[DataFile, tuple[dict, list[Problem]]] = WeakKeyDictionary()
_last_ids: list[dict] = [{}]


@knowledge_base_rule
def references_exist(kb: KnowledgeBase) -> Iterator[Problem]:
    """A file's answer depends only on the file and the ids that exist, so a file already checked
    against the same ids (the preview, after an edit elsewhere) is not checked again."""
    ids = {registry: frozenset(entries) for registry, entries in kb.entries.items()}
    if ids == _last_ids[0]:
        ids = _last_ids[0]  # the same object: each file's check below compares identity, not every id
    _last_ids[0] = ids
    for data_file in parsed_files(kb):
        checked = _checked_references.get(data_file)
        if checked is None or checked[0] is not ids:
            checked = ids, list(_unknown_references(data_file, kb))
            _checked_references[data_file] = checked
        yield from checked[1]


def _unknown_references(data_file: DataFile, kb: KnowledgeBase) -> Iterator[Problem]:
    for schema, value, path in references_in(data_file):
        registry = schema["x-ref"]
        if isinstance(value, str) and value not in kb.entries[registry]:
            noun = ENTRY_NOUN[registry]
            hint = did_you_mean(value, kb.entries[registry]) or f"add it to the {registry} registry first"
            yield data_file.yaml.problem(path, f"unknown {noun} '{value}'", hint)


@file_rule
def dates_exist(data_file: DataFile) -> Iterator[Problem]:
    for _, value, path in values_of(data_file, _is_date):
        if isinstance(value, str) and DATE_SHAPE.fullmatch(value) and not is_real_date(value):
            hint = "dates before 1900 are not expected here" if int(value[:4]) < 1900 else "check the month (01-12) and day"
            yield data_file.yaml.problem(path, f"'{value}' is not a real date", hint)


def is_real_date(value: str) -> bool:
    parts = [int(part) for part in value.split("-")]
    year, month, day = (parts + [1, 1])[:3]
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1] and year >= 1900


@file_rule
def ranges_are_ordered(data_file: DataFile) -> Iterator[Problem]:
    """An end never comes before its start: event dates, session times, affiliations."""
    for _, value, path in values_of(data_file, _is_range):
        if not isinstance(value, dict):
            continue
        for start_key, end_key, noun in RANGES:
            start, end = value.get(start_key), value.get(end_key)
            if _comparable(start, end) and _before(end, start):
                yield data_file.yaml.problem(path + (end_key,), f"end {noun} {end} is before start {noun} {start}",
                                             f"check {start_key} and {end_key}")


def _comparable(*values) -> bool:
    return all(isinstance(v, str) and (not DATE_SHAPE.fullmatch(v) or is_real_date(v)) for v in values)


def _before(end: str, start: str) -> bool:
    common = min(len(end), len(start))
    return end[:common] < start[:common]


@file_rule
def sessions_fall_within_their_event(data_file: DataFile) -> Iterator[Problem]:
    """A session's own date lies between the event's first and last day."""
    event = data_file.yaml.data
    if data_file.kind.name != "events" or not isinstance(event, dict) or not isinstance(event.get("sessions"), list):
        return
    first = event.get("start_date")
    last = event.get("end_date") or first
    if not _comparable(first, last):
        return
    for index, session in enumerate(event["sessions"]):
        date = session.get("date") if isinstance(session, dict) else None
        if _comparable(date) and (_before(date, first) or _before(last, date)):
            dates = f"{first} to {last}" if last != first else first
            yield data_file.yaml.problem(("sessions", index, "date"), f"session date {date} is outside the event's dates ({dates})",
                                         "check the session's date, or the event's start_date and end_date")


@knowledge_base_rule
def topic_parents_have_no_cycle(kb: KnowledgeBase) -> Iterator[Problem]:
    topics = kb.entries["topics"]
    for topic_id in topics:
        seen, current = [topic_id], topics[topic_id].get("parent")
        while current in topics and current not in seen:
            seen.append(current)
            current = topics[current].get("parent")
        if current == topic_id:
            origin = kb.origins[("topics", topic_id)]
            yield origin.file.yaml.problem(origin.path + ("parent",), "topic parents form a cycle: "
                                           + " -> ".join(seen + [topic_id]), "a topic cannot be its own ancestor")


@file_rule
def conflicts_cite_the_event(data_file: DataFile) -> Iterator[Problem]:
    """A conflict between sources names a field of the event, and each value a source the event lists."""
    event = data_file.yaml.data
    if data_file.kind.name != "events" or not isinstance(event, dict) or not isinstance(event.get("conflicts"), list):
        return
    sources = [source for source in event.get("sources") or [] if isinstance(source, dict)]
    cited = {source[key] for source in sources for key in ("url", "file") if isinstance(source.get(key), str)}
    for index, conflict in enumerate(event["conflicts"]):
        if not isinstance(conflict, dict):
            continue
        if isinstance(conflict.get("field"), str):
            unknown, hint = _unknown_part(schema_of(data_file.kind), conflict["field"])
            if unknown:
                yield data_file.yaml.problem(("conflicts", index, "field"),
                                             f"'{conflict['field']}' is not a field of an event: no '{unknown}'", hint)
        for number, value in enumerate(conflict.get("values") if isinstance(conflict.get("values"), list) else []):
            source = value.get("source") if isinstance(value, dict) else None
            if isinstance(source, str) and source not in cited:
                yield data_file.yaml.problem(("conflicts", index, "values", number, "source"),
                                             f"'{source}' is not one of the event's sources",
                                             did_you_mean(source, cited) or "use the url (or file) of an entry in sources")


def _unknown_part(schema: dict, path: str) -> tuple[str, str]:
    """The first part of `attendance.onsite` / `sessions[2].title` the schema does not have, with a hint."""
    parts = field_path(path)
    for depth, part in enumerate(parts):
        parent = field_schema(schema, parts[:depth])
        if field_schema(parent, (part,)) is not None:
            continue
        if isinstance(part, int):
            return f"[{part}]", "only lists take [n]"
        return part, did_you_mean(part, parent.get("properties", {})) or \
            "write a path such as start_date, attendance.onsite or sessions[2].title"
    return "", ""


@warning_rule
def probable_duplicates(kb: KnowledgeBase) -> Iterator[Problem]:
    """Warnings, not errors: entries that are probably one (see duplicates.py)."""
    return duplicate_warnings(kb)
