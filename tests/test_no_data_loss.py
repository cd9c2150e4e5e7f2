"""Writes are atomic: a process killed in the middle of a write leaves the old file whole."""

import os
import signal
import subprocess
import sys

import pytest

from conftest import ROOT

CHILD = """
import os, sys, time
sys.path.insert(0, {scripts!r})
from ocpkb.ingest import write
real_fsync = os.fsync
def slow_fsync(fd):
    print("writing", flush=True)
    time.sleep(30)
    real_fsync(fd)
os.fsync = slow_fsync
write.write_atomically(write.Path({target!r}), "new: " + "x" * 10_000_000)
"""


def test_a_killed_write_leaves_the_old_file_intact(tmp_path):
    target = tmp_path / "event.yml"
    target.write_text("old: content\n")
    child = subprocess.Popen([sys.executable, "-c", CHILD.format(scripts=str(ROOT / "scripts"), target=str(target))],
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "writing"  # the new text is written to the temporary file
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=10)
    assert target.read_text() == "old: content\n"
    assert child.returncode == -signal.SIGKILL


def test_a_finished_write_replaces_the_file_and_leaves_no_temporary(tmp_path):
    from ocpkb.ingest.write import write_atomically

    target = tmp_path / "event.yml"
    target.write_text("old\n")
    write_atomically(target, "new\n")
    assert target.read_text() == "new\n"
    assert [p.name for p in tmp_path.iterdir()] == ["event.yml"]


@pytest.mark.parametrize("relative", ["../outside.yml", "events/../../outside.yml", "/etc/passwd"])
def test_no_change_can_write_outside_the_data_folder(tmp_path, relative):
    from ocpkb.ingest.draft import FileChange
    from ocpkb.ingest.write import plan
    from ocpkb.kb import KnowledgeBase

    data = tmp_path / "data"
    data.mkdir()
    with pytest.raises(ValueError, match="outside"):
        plan([FileChange(relative, {"id": "x"})], KnowledgeBase(data), [])
    assert not (tmp_path / "outside.yml").exists()


def test_ids_from_sources_become_safe_slugs():
    from ocpkb.slug import slugify

    assert slugify("../../etc/passwd") == "etc-passwd"
    assert slugify("OCP China Day 2023") == "ocp-china-day-2023"
    assert slugify("开放计算技术沙龙") == "kai-fang-ji-suan-ji-shu-sha-long"
    assert slugify("<script>") == "script"
