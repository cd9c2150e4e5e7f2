import json
import os
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from ocpkb.cli import cli

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_KB = ROOT / "tests" / "fixtures" / "kb"  # small, made up, with a page of hostile markup
# A frozen copy of data/ (real names such as 浪潮 and Inspur, for search and page tests): events added
# to data/ never change what a test sees. Refresh it by hand when a test needs newer real data.
SNAPSHOT_KB = ROOT / "tests" / "fixtures" / "ocp-snapshot"
CORPUS = ROOT.parent / "shared" / "corpus"
UPDATE_GOLDEN = os.environ.get("UPDATE_GOLDEN") == "1"


def pytest_configure(config):
    """Lookup tables the tests build are stored in a folder of this run, not the user's cache."""
    import tempfile

    os.environ.setdefault("OCPKB_CACHE_DIR", tempfile.mkdtemp(prefix="ocpkb-test-cache-"))


@pytest.fixture
def run():
    """Run `ocpkb ARGS...` in-process; returns click's Result (exit_code, stdout, stderr)."""

    def invoke(*args: str):
        return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)

    return invoke


EVAL_REGISTRY = ROOT / "tests" / "ingest" / "registry"  # the fixed registry extraction is scored against


def ingest_view(run, recap: Path, found: bool = True) -> dict:
    """What `ocpkb ingest --json` draws from one recap, resolved against the fixed evaluation registry;
    `found=False`: a recap in which nothing is found, which `--json` answers with exit code 1 and its reasons."""
    result = run("ingest", "--json", recap, "--data", EVAL_REGISTRY)
    assert result.exit_code == (0 if found else 1), result.output
    return json.loads(result.stdout)


def talks(view: dict) -> dict[str, list[str]]:
    """A draft's talks: each title with its speakers."""
    return {session["title"]: session["speakers"] for session in view["sessions"]}


def affiliations(view: dict) -> dict[str, tuple]:
    """Each person of a draft's view -> (organization, job title)."""
    return {person["name"]: (person["organization"], person["title"]) for person in view["people"]}


def organizations_of(view: dict) -> dict[str, str | None]:
    """Each person of a draft's view -> their organization."""
    return {person["name"]: person["organization"] for person in view["people"]}


def organization_names(view: dict) -> set[str]:
    return {organization["name"] for organization in view["organizations"]}


@pytest.fixture
def kb_copy(tmp_path, monkeypatch):
    """A writable copy of the fixture knowledge base at ./data, with the working folder set to its parent."""
    data = tmp_path / "data"
    shutil.copytree(FIXTURE_KB, data)
    monkeypatch.chdir(tmp_path)
    return data


def make_project(folder: Path, data: Path | None = FIXTURE_KB) -> Path:
    """A project laid out like this one in `folder`: mkdocs.yml, docs/, the theme (linked), and
    `data` copied to data/ (None: leave data/ as it is)."""
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", folder / "docs")
    (folder / "scripts").symlink_to(ROOT / "scripts")  # the theme's custom_dir
    if data is not None:
        shutil.copytree(data, folder / "data")
    return folder


def check_golden(path: Path, actual: str) -> None:
    """Compare with a stored expectation. UPDATE_GOLDEN=1 writes it (review the diff!); without it a
    missing golden file is a failure, never a pass."""
    if UPDATE_GOLDEN:
        path.write_text(actual, encoding="utf-8")
    assert path.exists(), f"no golden file {path}: run with UPDATE_GOLDEN=1 and review what it writes"
    assert actual == path.read_text(encoding="utf-8")


BLOCK_TAGS = "div|dl|dt|dd|table|thead|tbody|tr|th|td|ul|ol|li|p|figure|figcaption|script|svg|h[1-6]"
_TAG = re.compile(rf"(</?(?:{BLOCK_TAGS})\b[^>]*>)")


def pretty_html(markdown: str) -> str:
    """Generated Markdown with each raw HTML block spread over lines, one block-level tag a line,
    indented by depth, so a golden file's diff shows what changed. Only whitespace is added:
    entities and inline markup stay exactly as generated."""
    parts = []
    for part in markdown.split("\n\n"):
        if not part.startswith("<"):
            parts.append(part)
            continue
        lines, depth = [], 0
        for piece in _TAG.split(part):
            if not piece:
                continue
            if _TAG.fullmatch(piece) and piece.startswith("</"):
                depth -= 1
                lines.append("  " * depth + piece)
            elif _TAG.fullmatch(piece):
                lines.append("  " * depth + piece)
                depth += 1
            else:
                lines.append("  " * depth + piece)
        parts.append("\n".join(lines))
    return "\n\n".join(parts)


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
    """The site of the frozen copy of the real data (SNAPSHOT_KB), never of the live data/."""
    return build_site(SNAPSHOT_KB, tmp_path_factory.mktemp("data-site"))
