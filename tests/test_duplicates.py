"""Probable duplicates: `ocpkb validate` warns (naming both entries, both files and lines, and what to do),
and validation does not fail on warnings (the build: test_build_with_warnings_and_conflicts.py).

Each folder under cases/duplicates lays its files over a copy of the fixture knowledge base;
expected.txt is the exact output of `ocpkb validate`, which must exit 0.
"""

import json
import shutil
from pathlib import Path

import pytest

from conftest import check_golden

CASES = Path(__file__).parent / "cases" / "duplicates"
WARNED = {  # case -> the two places each warning must name: the one it is on, then the other
    "person-reordered-with-the-same-chinese-name": ("person 'chen-aili'", "person 'alice-chen'"),
    "person-in-another-script": ("person 'shawn-zhao'", "person 'zhao-shuai'"),
    "event-copied-under-another-id": ("event 'test-summit-2022b'", "event 'test-summit-2022'"),
    "organization-and-its-short-name": ("organization 'globex-labs'", "organization 'globex'"),
    "alias-equal-to-another-name": ("organization 'acme-sys'", "organization 'acme'"),
    "session-entered-twice": ("sessions[2] of event 'test-summit-2022'", "sessions[0] of event 'test-summit-2022'"),
    "talk-file-repeating-a-session": ("talk 'foundation-update'", "sessions[1] of event 'test-summit-2022'"),
}


def lay_over(case: str, data: Path) -> None:
    shutil.copytree(CASES / case / "files", data, dirs_exist_ok=True)


@pytest.mark.parametrize("case", sorted(WARNED))
def test_a_probable_duplicate_is_one_warning_naming_both(case, kb_copy, run):
    lay_over(case, kb_copy)
    result = run("validate", "--data", "data")
    check_golden(CASES / case / "expected.txt", result.stdout)
    assert result.exit_code == 0
    assert result.stderr.endswith("no problems, 1 warning\n")
    [warning] = result.stdout.splitlines()
    here, other = WARNED[case]
    assert f"{here} may be the same as {other} (data/" in warning  # the other's file:line
    assert warning.startswith("data/") and ": warning: " in warning


def test_a_pair_marked_distinct_gives_no_warning(kb_copy, run):
    lay_over("pairs-marked-distinct", kb_copy)
    result = run("validate", "--data", "data")
    assert (result.exit_code, result.stdout) == (0, "")


def test_distinct_from_must_name_an_existing_entry(kb_copy, run):
    lay_over("pairs-marked-distinct", kb_copy)
    people = kb_copy / "people.yml"
    people.write_text(people.read_text().replace("distinct_from: [alice-chen]", "distinct_from: [alice-chan]"))
    result = run("validate", "--data", "data")
    assert result.exit_code == 1
    assert "distinct_from[0]: unknown person 'alice-chan' (did you mean 'alice-chen'?)" in result.stdout


def test_warnings_are_github_warning_annotations(kb_copy, run):
    lay_over("organization-and-its-short-name", kb_copy)
    result = run("validate", "--data", "data", "--format", "github")
    assert result.exit_code == 0
    assert result.stdout.startswith("::warning file=data/organizations.yml,line=")


def test_json_marks_the_severity(kb_copy, run):
    lay_over("organization-and-its-short-name", kb_copy)
    result = run("validate", "--data", "data", "--format", "json")
    [record] = json.loads(result.stdout)
    assert record["severity"] == "warning" and record["path"] == "[2].name"


def test_an_error_still_fails_beside_warnings(kb_copy, run):
    lay_over("organization-and-its-short-name", kb_copy)
    people = kb_copy / "people.yml"
    people.write_text(people.read_text().replace("organization: acme", "organization: acme-x"))
    result = run("validate", "--data", "data")
    assert result.exit_code == 1
    assert result.stderr.endswith("1 problem, 1 warning\n")


def test_values_of_the_wrong_type_are_reported_as_errors_not_crashes(kb_copy, run):
    """The duplicate rules read every field a schema error may have left of any type."""
    lay_over("pairs-marked-distinct", kb_copy)
    shutil.copytree(CASES / "wrong-types" / "files", kb_copy, dirs_exist_ok=True)
    result = run("validate", "--data", "data")
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "distinct_from: expected a list, got a whole number" in result.stdout
