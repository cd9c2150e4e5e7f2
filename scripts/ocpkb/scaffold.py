"""`ocpkb new`: the text of a new event file or registry entry, made from the schema.

The required fields get the values given; every optional field is there as a comment that says
what it takes (and for nested lists, their shape), so a newcomer fills in what they know and
deletes the rest. The text is YAML a person would write: plain where it can be, quoted dates.
"""

from __future__ import annotations

import json

from .schema import DATE, TIME, URL, FileKind, schema_header

NESTED_DEPTH = 3  # sessions -> speakers -> person
SHOWN_CHOICES = 8


def scaffold_file(kind: FileKind, values: dict) -> str:
    """A whole new file: schema line, required fields, optional fields as comments."""
    return "\n".join([schema_header(kind), *_mapping_lines(kind.entry_schema, values, indent="")]) + "\n"


def scaffold_entry(kind: FileKind, values: dict) -> str:
    """A new entry to append to a registry file: a list item."""
    lines = _mapping_lines(kind.entry_schema, values, indent="  ")
    return "\n".join(["- " + lines[0][2:], *lines[1:]]) + "\n"


def _mapping_lines(schema: dict, values: dict, indent: str) -> list[str]:
    """The given values (required fields first, then the others in the schema's order), then the
    fields not given as comments."""
    required = schema.get("required", [])
    given = [key for key in required if key in values] + [key for key in schema["properties"]
                                                            if key in values and key not in required]
    lines = []
    for key in given:
        if isinstance(values[key], list):
            lines.append(f"{indent}{key}:")
            for item in values[key]:
                fields = [f"{name}: {_scalar(value)}" for name, value in item.items()]
                lines += [f"{indent}  - {fields[0]}", *(f"{indent}    {field}" for field in fields[1:])]
        else:
            lines.append(f"{indent}{key}: {_scalar(values[key])}")
    optional = [(key, child) for key, child in schema["properties"].items() if key not in values]
    if optional:
        lines.append(f"{indent}# Optional: remove the '# ' of each line you fill in.")
        lines += [f"{indent}# {line}" for key, child in optional for line in _skeleton(key, child, depth=1)]
    return lines


def _skeleton(key: str, schema: dict, depth: int) -> list[str]:
    """`key: what it takes`, with the fields of nested objects (and lists of them) below it."""
    items = schema.get("items") if schema.get("type") == "array" else None
    if items and items.get("type") == "object" and depth < NESTED_DEPTH:
        body = [line for name, child in items["properties"].items() for line in _skeleton(name, child, depth + 1)]
        return [f"{key}:{_note(schema)}", f"  - {body[0]}", *(f"    {line}" for line in body[1:])]
    if schema.get("type") == "object" and "properties" in schema and depth < NESTED_DEPTH:
        body = [line for name, child in schema["properties"].items() for line in _skeleton(name, child, depth + 1)]
        return [f"{key}:{_note(schema)}", *(f"  {line}" for line in body)]
    return [f"{key}: {_hint(schema)}"]


def _note(schema: dict) -> str:
    return f"  # {schema['description']}" if schema.get("description") else ""


def _hint(schema: dict) -> str:
    """What a value takes, in a few words."""
    if "x-ref" in schema:
        return f"<id from {schema['x-ref']}.yml>"
    if "enum" in schema:
        choices = [str(choice) for choice in schema["enum"]]
        shown = " | ".join(choices[:SHOWN_CHOICES]) + (" | ..." if len(choices) > SHOWN_CHOICES else "")
        return f"{shown}" if len(choices) <= SHOWN_CHOICES else schema.get("x-hint", shown)
    if schema.get("pattern") == DATE["pattern"]:
        return "'YYYY-MM-DD'"
    if schema.get("pattern") == TIME["pattern"]:
        return "'HH:MM'"
    if schema.get("pattern") == URL["pattern"]:
        return "https://..."
    kind = schema.get("type")
    if kind == "array":
        return f"[{_hint(schema.get('items', {}))}, ...]"
    if kind == "boolean":
        return "true | false"
    if kind in ("integer", "number"):
        return "<number>"
    if kind == "object":
        return "{...}"
    return schema.get("description", "<text>")


def _scalar(value) -> str:
    """A value as YAML: strings that YAML would read as something else, dates included, in quotes."""
    import yaml

    text = str(value)
    plain = yaml.safe_dump(text, allow_unicode=True, default_flow_style=True).removesuffix("\n...\n").strip()
    if plain == text and not text[:1].isdigit():
        return text
    return json.dumps(text, ensure_ascii=False)
