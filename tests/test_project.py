"""Commands find the project as git does: from any folder inside it, up to mkdocs.yml."""

from conftest import FIXTURE_KB, make_project


def test_validate_works_from_a_subfolder(tmp_path, monkeypatch, run):
    project = make_project(tmp_path)
    monkeypatch.chdir(project / "data" / "events")
    result = run("validate")
    assert result.exit_code == 0, result.output
    assert result.stderr == "8 files checked: no problems\n"


def test_problems_name_the_file_wherever_the_command_runs(tmp_path, monkeypatch, run):
    project = make_project(tmp_path)
    event = project / "data" / "events" / "test-summit-2022.yml"
    event.write_text(event.read_text().replace("person: alice-chen", "person: alice-chan"))
    monkeypatch.chdir(project / "docs")
    result = run("validate")
    assert result.exit_code == 1
    assert result.stdout.startswith(f"{event}:24:9: ")


def test_data_still_overrides_the_project(tmp_path, monkeypatch, run):
    make_project(tmp_path)
    (tmp_path / "data" / "events" / "test-summit-2022.yml").write_text("id: [\n")
    monkeypatch.chdir(tmp_path)
    assert run("validate").exit_code == 1
    assert run("validate", "--data", FIXTURE_KB).exit_code == 0


def test_outside_any_project_the_command_says_what_to_do(tmp_path, monkeypatch, run):
    monkeypatch.chdir(tmp_path)
    result = run("validate")
    assert result.exit_code == 2
    assert "no mkdocs.yml in this folder or any above it; run inside the project or pass --data" in result.stderr
