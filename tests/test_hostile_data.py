"""`ocpkb validate` on a data folder a careless or hostile user prepared: a wrong folder, special files,
links out of it, files named on the command line in any spelling. Each answer is an exit code and a
`file:` message; nothing hangs, nothing outside the data folder is read."""

import os
import resource
import shutil
import subprocess
import sys

import pytest

from conftest import FIXTURE_KB
from timeouts import at_most

from ocpkb.problems import Problem, format_problems

REGISTRY_NAMES = "organizations.yml, people.yml, topics.yml, series.yml"


# --- the data folder -------------------------------------------------------------------------------------


@pytest.mark.parametrize("folder", ["empty", "etc"])
def test_a_folder_without_registries_is_not_a_knowledge_base(run, tmp_path, folder):
    target = tmp_path / folder
    target.mkdir()
    if folder == "etc":
        (target / "passwd").write_text("root:x:0:0:root:/root:/bin/bash\n")
        (target / "hosts.yml").write_text("localhost: 127.0.0.1\n")
    result = run("validate", "--data", target)
    assert result.exit_code == 1
    assert result.stdout == f"{target}: not a knowledge base: none of {REGISTRY_NAMES} is here " \
                            "(is --data the knowledge base folder?)\n"


def test_a_missing_registry_is_reported(kb_copy, run):
    (kb_copy / "series.yml").unlink()
    result = run("validate", "--data", "data")
    assert result.exit_code == 1
    assert "data/series.yml: registry file is missing (create it: line 1 `# yaml-language-server: " \
           "$schema=schema/series.schema.json`, then the entries (`[]` while there are none))" in result.stdout


def test_a_folder_in_place_of_a_registry_is_reported(kb_copy, run):
    (kb_copy / "people.yml").unlink()
    (kb_copy / "people.yml").mkdir()
    result = run("validate", "--data", "data")
    assert result.exit_code == 1
    assert "data/people.yml: is a folder, where the people file belongs" in result.stdout


# --- special files and links ------------------------------------------------------------------------------


def test_a_named_pipe_is_reported_without_being_opened(kb_copy, run):
    os.mkfifo(kb_copy / "events" / "f.yml")  # opening it for reading would wait for a writer for ever
    with at_most(30):
        result = run("validate", "--data", "data")
    assert result.exit_code == 1
    assert result.stdout == "data/events/f.yml: not a regular file (a named pipe) (data files are plain text files: remove it)\n"


def test_a_link_to_a_device_is_not_read(kb_copy):
    """stat says 0 bytes; reading never ends. Run apart, with its memory capped, so a reader that tries
    fails with a MemoryError instead of filling the machine."""
    (kb_copy / "events" / "z.yml").symlink_to("/dev/zero")
    one_gigabyte = 2**30
    result = subprocess.run([sys.executable, "-m", "ocpkb", "validate", "--data", "data"], cwd=kb_copy.parent,
                            capture_output=True, text=True, timeout=120,
                            preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_AS, (one_gigabyte, one_gigabyte)))
    assert result.returncode == 1, result.stderr
    assert result.stdout.startswith("data/events/z.yml: symbolic link leads outside the data folder (to /dev/zero)")


def test_a_link_out_of_the_data_folder_is_refused_and_its_content_never_shown(kb_copy, run, tmp_path):
    secret = tmp_path / "secret.yml"
    secret.write_text("id: root-password-hunter2\nname: x\n")
    (kb_copy / "events" / "leak.yml").symlink_to(secret)
    result = run("validate", "--data", "data")
    assert result.exit_code == 1
    assert "hunter2" not in result.output
    assert f"data/events/leak.yml: symbolic link leads outside the data folder (to {secret})" in result.stdout


def test_a_link_inside_the_data_folder_is_read(kb_copy, run):
    shutil.move(kb_copy / "people.yml", kb_copy / "people-registry.yml.txt")
    (kb_copy / "people.yml").symlink_to("people-registry.yml.txt")
    result = run("validate", "--data", "data")
    assert result.exit_code == 0, result.stdout


def test_a_linked_folder_is_checked_like_a_real_one(kb_copy, run, tmp_path):
    """A real sub-folder is reported as not part of the layout; a linked one was silently skipped."""
    outside = tmp_path / "more-events"
    outside.mkdir()
    shutil.copy(FIXTURE_KB / "events" / "hangzhou-salon-2023.yml", outside / "x.yml")
    (kb_copy / "events" / "more").symlink_to(outside)
    (kb_copy / "archive").mkdir()
    (kb_copy / "events" / "old").symlink_to(kb_copy / "archive")
    shutil.copy(FIXTURE_KB / "events" / "hangzhou-salon-2023.yml", kb_copy / "archive" / "y.yml")
    lines = run("validate", "--data", "data").stdout.splitlines()
    assert [line.split(": ")[:2] for line in lines] == [
        ["data/archive/y.yml", "file is not part of the knowledge base (events go in events/<id>.yml, talks in "
                               "talks/<id>.yml; registries are " + REGISTRY_NAMES + ")"],
        ["data/events/more", f"symbolic link leads outside the data folder (to {outside}) (copy the file into "
                             "the data folder instead of linking to it)"],
        ["data/events/old", "symbolic link to a folder that is read already (remove the link)"],
    ]


def test_a_link_loop_ends(kb_copy, run):
    (kb_copy / "events" / "loop").symlink_to("..")
    result = run("validate", "--data", "data")
    assert result.exit_code == 1
    assert result.stdout == "data/events/loop: symbolic link to a folder that is read already (remove the link)\n"


def test_an_editor_lock_link_is_not_a_problem(kb_copy, run):
    (kb_copy / "events" / ".#test-summit-2022.yml").symlink_to("user@host.1234:1700000000")
    (kb_copy / "events" / "broken.yml").symlink_to("gone.yml")
    result = run("validate", "--data", "data")
    assert result.stdout == "data/events/broken.yml: symbolic link to nothing (remove the link)\n"


def test_the_size_limit_does_not_trust_stat(monkeypatch):
    """/proc files say 0 bytes, as /dev/zero does; what is read is counted, and reading stops at the limit."""
    from ocpkb import yamlfile

    monkeypatch.setattr(yamlfile, "MAX_FILE_BYTES", 10)
    loaded = yamlfile.load_yaml_file("/proc/self/status", "status.yml")
    assert [p.message for p in loaded.problems] == ["file is larger than 10 bytes"]


# --- files named on the command line ---------------------------------------------------------------------


@pytest.fixture
def broken_event(kb_copy):
    event = kb_copy / "events" / "test-summit-2022.yml"
    event.write_text(event.read_text() + "id: [\n")
    return event


@pytest.mark.parametrize("spelling", ["relative", "absolute", "dot", "folder"])
def test_a_named_broken_file_fails_however_it_is_spelled(broken_event, run, spelling):
    named = {"relative": "data/events/test-summit-2022.yml", "absolute": str(broken_event),
             "dot": "./data/events/../events/test-summit-2022.yml", "folder": "data/events"}[spelling]
    result = run("validate", named)
    assert result.exit_code == 1
    assert result.stdout.startswith("data/events/test-summit-2022.yml:")


def test_a_named_file_that_does_not_exist_is_a_usage_error(kb_copy, run):
    result = run("validate", "data/events/no-such-event.yml")
    assert result.exit_code == 2
    assert "'data/events/no-such-event.yml' does not exist" in result.stderr


def test_a_named_file_outside_the_data_folder_is_a_usage_error(kb_copy, run, tmp_path):
    other = tmp_path / "elsewhere.yml"
    other.write_text("id: [\n")
    result = run("validate", other)
    assert result.exit_code == 2
    assert "is not inside the data folder data (use --data)" in result.stderr


# --- messages --------------------------------------------------------------------------------------------


def test_a_control_character_is_reported_by_line_and_column(kb_copy, run):
    event = kb_copy / "events" / "hangzhou-salon-2023.yml"
    lines = event.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[3] = lines[3].replace(":", ": 液冷\x1b[31m", 1)
    event.write_text("".join(lines), encoding="utf-8")
    result = run("validate", "--data", "data")
    assert result.exit_code == 1
    column = lines[3].index("\x1b") + 1
    assert result.stdout == (f"data/events/hangzhou-salon-2023.yml:4:{column}: control character U+001B is not "
                             "allowed in YAML (delete it: most editors do not show it)\n")


def test_github_annotations_escape_the_file_name():
    """A file name with a newline must not start a workflow command of its own."""
    problem = Problem("data/events/x\n::warning file=y.yml::forged,z:%.yml", 1, 1, "", "bad")
    output = format_problems([problem], "github")
    assert output == "::error file=data/events/x%0A%3A%3Awarning file=y.yml%3A%3Aforged%2Cz%3A%25.yml,line=1,col=1::bad"
    assert len(output.splitlines()) == 1
