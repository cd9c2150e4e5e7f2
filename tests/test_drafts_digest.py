"""benchmarks/drafts_digest.py proves that a change keeps every draft the same: two runs over the
same recaps agree, and a recap whose text changed is named by `--compare`, which then exits 1."""

import shutil
import subprocess
import sys

from conftest import ROOT

SCRIPT = ROOT / "benchmarks" / "drafts_digest.py"
LAYOUTS = ROOT / "tests" / "ingest" / "layouts"


def digest(folder, output):
    with open(output, "w") as out:
        subprocess.run([sys.executable, SCRIPT, folder], stdout=out, check=True)
    return output


def compare(before, after):
    return subprocess.run([sys.executable, SCRIPT, "--compare", before, after], capture_output=True, text=True)


def recaps_folder(tmp_path):
    folder = tmp_path / "recaps"
    folder.mkdir()
    for name in ("bold-title-speaker-lines.md", "front-matter-only.md"):
        shutil.copy(LAYOUTS / name, folder / name)
    return folder


def test_two_runs_over_the_same_recaps_give_the_same_drafts(tmp_path):
    folder = recaps_folder(tmp_path)
    result = compare(digest(folder, tmp_path / "a.json"), digest(folder, tmp_path / "b.json"))
    assert result.returncode == 0
    assert "the same drafts for all 2 recaps" in result.stdout


def test_a_recap_whose_draft_changed_is_named(tmp_path):
    folder = recaps_folder(tmp_path)
    before = digest(folder, tmp_path / "before.json")
    talk = folder / "bold-title-speaker-lines.md"
    talk.write_text(talk.read_text().replace("Wei-Lin Chang", "Mei Lin"))
    result = compare(before, digest(folder, tmp_path / "after.json"))
    assert result.returncode == 1
    assert result.stdout.strip().endswith("bold-title-speaker-lines.md")
