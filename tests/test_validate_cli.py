"""`ocpkb validate` as a user meets it: exit codes, output formats, an independent validator."""

import json
import shutil
import subprocess
import sys

import pytest

from conftest import FIXTURE_KB, ROOT, SNAPSHOT_KB

from ocpkb.schema import FILE_KINDS, write_schemas


def test_clean_knowledge_base_exits_0_and_prints_only_a_summary(run):
    result = run("validate", "--data", FIXTURE_KB)
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr == "8 files checked: no problems\n"


def test_missing_data_folder_is_a_usage_error(run):
    result = run("validate", "--data", "does/not/exist")
    assert result.exit_code == 2
    assert "does not exist" in result.stderr


def test_unknown_option_is_a_usage_error(run):
    assert run("validate", "--format", "xml").exit_code == 2


@pytest.fixture
def broken_kb(kb_copy):
    event = kb_copy / "events" / "test-summit-2022.yml"
    event.write_text(event.read_text().replace("person: alice-chen", "person: alice-chan"))
    return kb_copy


def test_json_format_gives_one_record_per_problem(broken_kb, run):
    result = run("validate", "--data", "data", "--format", "json")
    assert result.exit_code == 1
    assert json.loads(result.stdout) == [{
        "file": "data/events/test-summit-2022.yml", "line": 24, "column": 9,
        "path": "sessions[0].speakers[0].person", "message": "unknown person 'alice-chan'",
        "hint": "did you mean 'alice-chen'?", "severity": "error",
    }]


def test_github_format_annotates_the_line(broken_kb, run):
    result = run("validate", "--data", "data", "--format", "github")
    assert result.stdout == ("::error file=data/events/test-summit-2022.yml,line=24,col=9::"
                             "sessions[0].speakers[0].person: unknown person 'alice-chan' "
                             "(did you mean 'alice-chen'?)\n")


def test_naming_files_limits_the_report_to_them(broken_kb, run):
    other = run("validate", "--data", "data", "data/events/hangzhou-salon-2023.yml")
    assert other.exit_code == 0 and other.stdout == ""
    same = run("validate", "--data", "data", "data/events/test-summit-2022.yml")
    assert same.exit_code == 1 and "alice-chan" in same.stdout


def test_one_broken_file_hides_no_other_problem(broken_kb, run):
    (broken_kb / "events" / "broken.yml").write_text("id: [\n")
    lines = run("validate", "--data", "data").stdout.splitlines()
    assert [line.split(":")[0] for line in lines] == ["data/events/broken.yml", "data/events/test-summit-2022.yml"]


def test_schema_files_are_in_sync_with_the_code(tmp_path):
    written = write_schemas(tmp_path)
    for path in written:
        committed = ROOT / "data" / "schema" / path.name
        assert committed.read_text() == path.read_text(), f"run `ocpkb schema` to refresh {committed}"


def _data_files(kind):
    return sorted(SNAPSHOT_KB.glob(kind.pattern)) + sorted(FIXTURE_KB.glob(kind.pattern))


@pytest.mark.skipif(shutil.which("check-jsonschema") is None, reason="check-jsonschema is not installed")
@pytest.mark.parametrize("kind", FILE_KINDS, ids=[kind.name for kind in FILE_KINDS])
def test_an_independent_validator_accepts_every_data_file(kind):
    files = _data_files(kind)
    assert files, f"no {kind.name} files in data/"
    command = ["check-jsonschema", "--schemafile", str(ROOT / "data" / "schema" / kind.schema_file), *map(str, files)]
    result = subprocess.run(command, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("check-jsonschema") is None, reason="check-jsonschema is not installed")
def test_the_independent_validator_rejects_what_the_schema_forbids(tmp_path):
    bad = tmp_path / "bad.yml"
    bad.write_text("id: Bad Id\nname: x\nkind: party\nstart_date: '2023-1-5'\nsources: []\n")
    schema = ROOT / "data" / "schema" / "events.schema.json"
    result = subprocess.run(["check-jsonschema", "--schemafile", str(schema), str(bad)], capture_output=True, text=True)
    assert result.returncode == 1


def test_the_command_runs_as_an_installed_program():
    result = subprocess.run([sys.executable, "-m", "ocpkb", "validate", "--data", str(FIXTURE_KB)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
