"""Each folder under cases/validate is one mistake an editor can make.

Its files/ are laid over a copy of the fixture knowledge base; expected.txt is
the exact output of `ocpkb validate`, which must exit 1.
"""

import shutil
from pathlib import Path

import pytest

from conftest import check_golden

CASES = sorted((Path(__file__).parent / "cases" / "validate").iterdir())


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_mistake_is_reported_with_its_location(case, kb_copy, run):
    shutil.copytree(case / "files", kb_copy, dirs_exist_ok=True)
    result = run("validate", "--data", "data")
    check_golden(case / "expected.txt", result.stdout)
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert all(line.startswith("data/") for line in result.stdout.splitlines())


def test_a_50_mb_file_is_refused_without_reading_it(kb_copy, run):
    huge = kb_copy / "events" / "huge.yml"
    with huge.open("w") as stream:
        stream.write("# yaml-language-server: $schema=../schema/events.schema.json\nid: huge\ntakeaways:\n")
        line = "  - " + "x" * 95 + "\n"
        stream.write(line * (50 * 1024 * 1024 // len(line)))
    result = run("validate", "--data", "data")
    assert result.exit_code == 1
    assert result.stdout == "data/events/huge.yml: file is larger than 5 MB (split it: one event per file)\n"
