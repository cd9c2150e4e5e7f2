"""Making a folder read-only for a test, also as root (CI runs as root, and root writes through `chmod`)."""

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest


@pytest.fixture
def read_only():
    """`read_only(folder)` makes the folder refuse writes until the test ends: `chmod` for a user,
    the immutable attribute (`chattr +i`) for root; skips where neither works."""
    made: list[Path] = []

    def make(folder: Path) -> None:
        if os.geteuid() != 0:
            folder.chmod(0o555)
        elif not shutil.which("chattr") or subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode:
            pytest.skip("running as root, and this file system refuses `chattr +i`: no read-only folder possible")
        made.append(folder)
        try:
            tempfile.TemporaryFile(dir=folder).close()
        except OSError:
            return
        pytest.skip(f"{folder} stays writable here")

    yield make
    for folder in made:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        else:
            folder.chmod(0o755)
