"""The loader keeps what editors wrote, and refuses what would lose or run anything."""

import time

import pytest

from ocpkb.yamlfile import load_yaml_items, load_yaml_text, remember_items


def test_dates_stay_text():
    assert load_yaml_text("a: 2023-08-10\nb: 2023-08\n", "f.yml").data == {"a": "2023-08-10", "b": "2023-08"}


def test_positions_are_one_based_line_and_column_of_the_key_or_item():
    loaded = load_yaml_text("event:\n  name: X\n  tags:\n    - a\n", "f.yml")
    assert loaded.positions[("event", "name")] == (2, 3)
    assert loaded.positions[("event", "tags", 0)] == (4, 7)


def test_where_falls_back_to_the_nearest_ancestor():
    loaded = load_yaml_text("sessions:\n  - title: X\n", "f.yml")
    assert loaded.where(("sessions", 0, "speakers", 3)) == (2, 5)


def test_billion_laughs_is_refused_quickly():
    lines = ['a0: &a0 "lol"'] + [f"a{i}: &a{i} [" + ", ".join([f"*a{i-1}"] * 9) + "]" for i in range(1, 10)]
    started = time.perf_counter()
    loaded = load_yaml_text("\n".join(lines) + "\n", "bomb.yml")
    assert time.perf_counter() - started < 1
    assert loaded.problems and "aliases" in loaded.problems[0].message


def test_a_duplicate_key_keeps_the_first_value_and_reports_the_second():
    loaded = load_yaml_text("name: first\nname: second\n", "f.yml")
    assert loaded.data == {"name": "first"}
    assert loaded.problems[0].line == 2


# --- a registry edited in the preview: only the entries whose text changed are parsed again --------

REGISTRY = """# yaml-language-server: $schema=schema/people.schema.json
- id: ada
  name: Ada
  aliases: [A. L.]
# a comment between entries
- id: bob
  name: Bob
  bio: |
    Two lines,
    kept as written.
- id: cy
  name: Cy
"""
EDITS = {
    "a value changed": REGISTRY.replace("name: Bob", "name: Bobby"),
    "an entry added": REGISTRY + "- id: dee\n  name: Dee\n",
    "an entry removed": REGISTRY.replace("- id: cy\n  name: Cy\n", ""),
    "entries reordered": REGISTRY.replace("- id: cy\n  name: Cy\n", "").replace("- id: ada", "- id: cy\n  name: Cy\n- id: ada"),
    "the same entry twice": REGISTRY + "- id: cy\n  name: Cy\n",
    "a duplicate key": REGISTRY.replace("  name: Cy\n", "  name: Cy\n  name: Cyrus\n"),
    "a syntax error": REGISTRY.replace("name: Cy", "name: [Cy"),
    "an alias to an earlier anchor": REGISTRY.replace("name: Ada", "name: &n Ada").replace("name: Cy", "name: *n"),
    "a key at the left margin": REGISTRY + "extra: 1\n",
    "a document marker": "---\n" + REGISTRY,
    "windows line breaks": REGISTRY.replace("\n", "\r\n"),
    "only comments": "# nothing yet\n",
}


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_an_edited_registry_parsed_entry_by_entry_is_what_a_whole_parse_gives(edit):
    before = remember_items(load_yaml_text(REGISTRY, "people.yml"), REGISTRY)
    assert before.items is not None
    text = EDITS[edit]
    again, whole = load_yaml_items(text, "people.yml", before.items), load_yaml_text(text, "people.yml")
    assert (again.data, again.problems, again.first_line) == (whole.data, whole.problems, whole.first_line)


def test_an_unchanged_entry_is_not_parsed_again():
    before = remember_items(load_yaml_text(REGISTRY, "people.yml"), REGISTRY)
    again = load_yaml_items(EDITS["a value changed"], "people.yml", before.items)
    assert again.data[0] is before.data[0] and again.data[2] is before.data[2]
    assert again.data[1]["name"] == "Bobby"
