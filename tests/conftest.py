import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from ocpkb.cli import cli

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_KB = ROOT / "tests" / "fixtures" / "kb"
CORPUS = ROOT.parent / "shared" / "corpus"
UPDATE_GOLDEN = os.environ.get("UPDATE_GOLDEN") == "1"


@pytest.fixture
def run():
    """Run `ocpkb ARGS...` in-process; returns click's Result (exit_code, stdout, stderr)."""

    def invoke(*args: str):
        return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)

    return invoke


@pytest.fixture
def kb_copy(tmp_path, monkeypatch):
    """A writable copy of the fixture knowledge base at ./data, with the working folder set to its parent."""
    data = tmp_path / "data"
    shutil.copytree(FIXTURE_KB, data)
    monkeypatch.chdir(tmp_path)
    return data


def check_golden(path: Path, actual: str) -> None:
    """Compare with a stored expectation; UPDATE_GOLDEN=1 rewrites it (review the diff!)."""
    if UPDATE_GOLDEN or not path.exists():
        path.write_text(actual, encoding="utf-8")
    assert actual == path.read_text(encoding="utf-8")


def run_build(data_dir: Path, site_dir: Path, **env):
    """`ocpkb build` in a child process, as a user runs it; returns the finished process."""
    import subprocess
    import sys

    command = [sys.executable, "-m", "ocpkb", "build", "--data", str(data_dir), "--site-dir", str(site_dir)]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **env})


def build_site(data_dir: Path, site_dir: Path, **env) -> Path:
    result = run_build(data_dir, site_dir, **env)
    assert result.returncode == 0, result.stdout + result.stderr
    return site_dir


@pytest.fixture(scope="session")
def fixture_site(tmp_path_factory) -> Path:
    return build_site(FIXTURE_KB, tmp_path_factory.mktemp("fixture-site"), SOURCE_DATE_EPOCH="1700000000")


@pytest.fixture(scope="session")
def data_site(tmp_path_factory) -> Path:
    return build_site(ROOT / "data", tmp_path_factory.mktemp("data-site"))
