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
