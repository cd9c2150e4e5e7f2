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
    "person-with-and-without-a-middle-initial": ("person 'bob-t-li'", "person 'bob-li'"),
    "event-copied-under-another-id": ("event 'test-summit-2022b'", "event 'test-summit-2022'"),
    "organization-and-its-short-name": ("organization 'globex-labs'", "organization 'globex'"),
    "alias-equal-to-another-name": ("organization 'acme-sys'", "organization 'acme'"),
    "session-entered-twice": ("sessions[2] of event 'test-summit-2022'", "sessions[0] of event 'test-summit-2022'"),
    "talk-file-repeating-a-session": ("talk 'foundation-update'", "sessions[1] of event 'test-summit-2022'"),
}


def lay_over(case: str, data: Path) -> None:
    shutil.copytree(CASES / case / "files", data, dirs_exist_ok=True)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


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


def test_look_alikes_that_are_not_duplicates_give_no_warning(kb_copy, run):
    """Two people named Wei Wang with different Chinese names; 赵帅 whose Latin name shares no word with
    'Zhao Shuai'; 'Li Wang' and 'Lu Wang'; 'Mary K. Jones' and 'Mary L. Jones'; names with other numbers ('Labs 1', 'Labs 12'); 'Intel' and
    'Intol'; same-named meetups in other cities or months apart; Chinese names one word apart (内存, 存储;
    第五届, 第六届); two lunches."""
    lay_over("not-duplicates", kb_copy)
    lay_over("session-entered-twice", kb_copy)
    [warning] = run("validate", "--data", "data").stdout.splitlines()  # the session entered twice, not the lunches
    assert "sessions[2] of event 'test-summit-2022' may be the same as sessions[0]" in warning


def test_an_organization_is_warned_about_its_longest_start_only(kb_copy, run):
    lay_over("organization-chain", kb_copy)
    warnings = run("validate", "--data", "data").stdout.splitlines()
    assert [w.split(": ")[3].split(" (")[0] for w in warnings] == [
        "organization 'ibm-systems' may be the same as organization 'ibm'",
        "organization 'ibm-systems-europe' may be the same as organization 'ibm-systems'"]
    edit(kb_copy / "organizations.yml", "name: IBM Systems\n", "name: IBM Systems\n  parent: ibm\n")
    edit(kb_copy / "organizations.yml", "Hardware Europe\n", "Hardware Europe\n  parent: ibm-systems\n")
    assert run("validate", "--data", "data").stdout == ""


def test_distinct_from_must_name_an_existing_entry(kb_copy, run):
    lay_over("pairs-marked-distinct", kb_copy)
    edit(kb_copy / "people.yml", "distinct_from: [alice-chen]", "distinct_from: [alice-chan]")
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
    edit(kb_copy / "people.yml", "organization: acme", "organization: acme-x")
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
