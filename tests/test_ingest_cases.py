"""Each folder under cases/ingest holds one input ingest cannot use. It must say why (file: stage: reason),
exit 1, print no traceback and write nothing."""

import shutil
from pathlib import Path

import pytest

from conftest import check_golden

CASES = sorted((Path(__file__).parent / "cases" / "ingest").iterdir())


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_unusable_input_is_refused_with_its_reason(case, kb_copy, run, tmp_path):
    source = next(p for p in case.iterdir() if p.name != "expected.txt")
    copy = tmp_path / "inbox" / source.name
    copy.parent.mkdir()
    shutil.copy(source, copy)
    before = snapshot(kb_copy)
    result = run("ingest", f"inbox/{source.name}", "--data", "data")
    lines = [line for line in result.stderr.splitlines() if line.startswith("inbox/")]
    check_golden(case / "expected.txt", "\n".join(lines) + "\n")
    assert result.exit_code == 1
    assert "Traceback" not in result.output and lines
    assert snapshot(kb_copy) == before


def test_a_source_over_20_mb_is_refused(kb_copy, run, tmp_path):
    huge = tmp_path / "huge.txt"
    huge.write_bytes(b"OCP Summit 2024 was held in Berlin.\n" * (21 * 1024 * 1024 // 36))
    result = run("ingest", huge, "--data", "data")
    assert result.exit_code == 1 and "file is larger than 20 MB" in result.stderr
