"""merge.py: what a file that exists becomes when ingest adds to it. Every old byte stays where it was;
the additions are new lines (or new items on a one-line list)."""

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from ocpkb.ingest.draft import FileChange
from ocpkb.ingest.merge import MergeError, _block, _IndentedDumper, merged_text

TALK_HEADER = "# yaml-language-server: $schema=../schema/talks.schema.json\n"
PEOPLE_HEADER = "# yaml-language-server: $schema=schema/people.schema.json\n"


def test_a_list_item_and_a_new_field_both_at_the_end_of_the_file_keep_their_order():
    old = TALK_HEADER + "id: summit\ntitle: Summit\nsources:\n  - file: a.md\nspeakers:\n  - person: alice"
    change = FileChange("talks/summit.yml", {"id": "summit", "speakers": [{"person": "bob"}], "topics": ["oam"]})
    assert merged_text(change, old) == old + "\n  - person: bob\ntopics:\n  - oam\n"


def test_an_empty_registry_gets_its_first_entries_as_a_block_list():
    change = FileChange("people.yml", [{"id": "alice", "name": "Alice"}])
    assert merged_text(change, PEOPLE_HEADER + "[]\n") == PEOPLE_HEADER + "- id: alice\n  name: Alice\n"


def test_registry_entries_already_there_are_not_added_again():
    old = PEOPLE_HEADER + "- id: alice\n  name: Alice\n"
    change = FileChange("people.yml", [{"id": "alice", "name": "Alice C."}, {"id": "bob", "name": "Bob"},
                                       {"id": "bob", "name": "Bob again"}])
    assert merged_text(change, old) == old + "- id: bob\n  name: Bob\n"
    assert merged_text(FileChange("people.yml", [{"id": "alice", "name": "x"}]), old) is None


def test_a_one_line_mapping_grows_on_its_line():
    old = TALK_HEADER + "id: t\ntitle: T\nsources: [{file: a.md}]\nprovenance: {title: 'a.md:1'}\n"
    change = FileChange("talks/t.yml", {"id": "t", "provenance": {"title": "b.md:2", "date": "b.md:3"}})
    assert merged_text(change, old) == old.replace("'a.md:1'}", "'a.md:1', date: 'b.md:3'}")


def test_a_nested_list_gets_items_after_its_last_line_before_the_next_comment():
    old = (TALK_HEADER + "id: t\ntitle: T\nsources:\n    - file: a.md  # the first source\n"
           "      language: en\n\n# who spoke\nspeakers: []\n")
    change = FileChange("talks/t.yml", {"id": "t", "sources": [{"file": "b.md"}], "speakers": [{"person": "p"}]})
    assert merged_text(change, old) == (TALK_HEADER + "id: t\ntitle: T\nsources:\n    - file: a.md  # the first source\n"
                                        "      language: en\n    - file: b.md\n\n# who spoke\nspeakers: [{person: p}]\n")


def test_a_file_the_merge_cannot_read_is_left_alone():
    with pytest.raises(MergeError, match="not valid YAML"):
        merged_text(FileChange("talks/t.yml", {"id": "t"}), "id: [\n")
    with pytest.raises(MergeError, match="does not hold an entry"):
        merged_text(FileChange("talks/t.yml", {"id": "t"}), "- a\n")


one_line_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)
field_name = st.from_regex(r"[a-z][a-z_]{0,9}", fullmatch=True)
yaml_data = st.recursive(
    st.none() | st.booleans() | st.integers() | one_line_text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(field_name, inner, max_size=3),
    max_leaves=12,
)


@settings(max_examples=100, derandomize=True, deadline=None)
@given(st.dictionaries(field_name, yaml_data, min_size=1, max_size=4))
def test_new_lines_are_written_as_the_indented_pure_python_emitter_writes_them(data):
    """libyaml writes the lines fast and they are re-indented; they must be the lines PyYAML's own
    emitter writes with lists indented under their key, as in the hand-written files."""
    assert _block(data) == yaml.dump(data, Dumper=_IndentedDumper, allow_unicode=True, sort_keys=False, width=4096)
