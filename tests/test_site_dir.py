"""A build empties its site folder first, so a site folder that holds work is refused before anything is
removed: the data, the project's source, the docs, the project itself, any folder that holds files but
no earlier build. Each case runs on a copy of the project, so a failure deletes only the copy."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import FIXTURE_KB, ROOT
from filesystem import read_only  # noqa: F401 (a fixture)



def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def project(tmp_path) -> Path:
    """A copy of the project: mkdocs.yml (its hook and theme taken from this checkout), docs/, fixture data,
    and a scripts/ folder standing for the source."""
    copy = tmp_path / "project"
    copy.mkdir()
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    (copy / "mkdocs.yml").write_text(config.replace("scripts/ocpkb/", f"{ROOT}/scripts/ocpkb/"), encoding="utf-8")
    shutil.copytree(ROOT / "docs", copy / "docs")
    shutil.copytree(FIXTURE_KB, copy / "data")
    (copy / "scripts" / "ocpkb").mkdir(parents=True)
    (copy / "scripts" / "ocpkb" / "cli.py").write_text("# the source\n")
    return copy


@pytest.fixture
def build(project, run, monkeypatch):
    """`ocpkb build` of the project copy into `site_dir` (relative to the project, or absolute)."""
    monkeypatch.setenv("OCPKB_DATA", "")  # the build sets it for the hook; put back as it was afterwards

    def invoke(site_dir: str):
        return run("build", "-f", project / "mkdocs.yml", "--data", project / "data", "--site-dir", project / site_dir)

    return invoke


@pytest.mark.parametrize("site_dir, reason", [
    ("data", "it is the data folder"),
    ("data/events", "it lies inside the data folder"),
    ("scripts", "it is the project's source"),
    ("scripts/ocpkb", "it lies inside the project's source"),
])
def test_a_site_folder_holding_work_is_refused_before_anything_is_removed(project, build, site_dir, reason):
    before = snapshot(project)
    result = build(site_dir)
    assert result.exit_code == 2, result.stderr
    assert "refusing to build the site into" in result.stderr and reason in result.stderr
    assert "Traceback" not in result.stderr
    assert snapshot(project) == before


@pytest.mark.parametrize("site_dir", [".", "docs"])
def test_the_project_and_the_docs_are_refused(project, build, site_dir):
    before = snapshot(project)
    result = build(site_dir)
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    assert snapshot(project) == before


def test_a_folder_with_other_files_is_refused(build, tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "todo.txt").write_text("keep me\n")
    result = build(notes)
    assert result.exit_code == 2
    assert "it holds files but no earlier build (no index.html)" in result.stderr
    assert (notes / "todo.txt").read_text() == "keep me\n"


def test_plain_mkdocs_build_is_guarded_too(project):
    """site_dir in mkdocs.yml, built by `mkdocs build`: the hook refuses before MkDocs cleans the folder."""
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8") + "\nsite_dir: data\n", encoding="utf-8")
    before = snapshot(project)
    env = {name: value for name, value in os.environ.items() if name != "OCPKB_DATA"}  # data/ beside mkdocs.yml
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build"], cwd=project, capture_output=True, text=True,
                            env={**env, "NO_MKDOCS_2_WARNING": "1"})
    assert result.returncode == 1
    assert "refusing to build the site into" in result.stderr and "it is the data folder" in result.stderr
    assert snapshot(project) == before


def test_a_site_folder_that_cannot_be_written_is_a_clean_error(project, build):
    (project / "a-file").write_text("")
    result = build("a-file/site")
    assert result.exit_code == 2
    assert "cannot write the site into" in result.stderr and "Not a directory" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_read_only_site_folder_is_a_clean_error(project, build, read_only):
    site = project.parent / "site"
    site.mkdir()
    read_only(site)
    result = build(site)
    assert result.exit_code == 2, result.stderr
    assert "cannot write the site into" in result.stderr and "Traceback" not in result.stderr


def test_an_earlier_build_or_a_new_folder_is_accepted(project, tmp_path):
    from ocpkb.sitedir import SiteDirError, check_site_dir

    config = {"config_file_path": str(project / "mkdocs.yml"), "docs_dir": str(project / "docs")}
    earlier = tmp_path / "earlier"
    earlier.mkdir()
    (earlier / "index.html").write_text("<html></html>")
    for site in (earlier, tmp_path / "new", project / "site"):
        check_site_dir({**config, "site_dir": str(site)}, project / "data")
    with pytest.raises(SiteDirError, match="it contains the data folder"):
        check_site_dir({**config, "site_dir": str(tmp_path)}, project / "data")
