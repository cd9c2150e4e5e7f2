"""Ingest is one transaction per recap: it checks every file it will touch first (with the validator's
messages), holds a lock on the knowledge base, writes all of its files or none, and keeps each file's
mode and every line it does not add, byte for byte."""

import errno
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT
from filesystem import read_only  # noqa: F401 (a fixture)

from ocpkb.kb import load_knowledge_base
from ocpkb.validate import validate

RECAP = ROOT / "tests" / "ingest" / "fixtures" / "salon-recap.md"


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under the folder: its bytes and its mode (temporary files would show up too)."""
    return {str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mode)
            for p in sorted(folder.rglob("*")) if p.is_file()}


def ingested_event(data: Path) -> Path:
    return next((data / "events").glob("immersion-cooling*.yml"))


def clean_failure(result) -> str:
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    return result.stderr


# --- 4. checked first: a damaged file is never merged into, and nothing is half-written -----------------


@pytest.fixture
def ingested(kb_copy, run):
    """The fixture knowledge base after one ingest of the salon recap (its event file exists)."""
    assert run("ingest", RECAP, "--data", "data").exit_code == 0
    return kb_copy


@pytest.mark.parametrize("damage, message", [
    (b"", "file is empty"),
    (b"# yaml-language-server: $schema=../schema/events.schema.json\n# only a comment\n", "file is empty"),
    (b"# yaml-language-server: $schema=../schema/events.schema.json\n- a\n- b\n", "expected a mapping of fields"),
    ("# yaml-language-server: $schema=../schema/events.schema.json\nid: x\nname: 中文\n".encode("gbk"),
     "invalid UTF-8 byte"),
])
@pytest.mark.parametrize("dry_run", [False, True])
def test_a_damaged_event_file_is_left_alone_with_the_validators_message(ingested, run, damage, message, dry_run):
    ingested_event(ingested).write_bytes(damage)
    before = snapshot(ingested)
    result = run("ingest", RECAP, "--data", "data", *(["--dry-run"] if dry_run else []))
    stderr = clean_failure(result)
    assert "has problems, so ingest leaves it alone; fix them first:" in stderr
    assert f"  data/events/{ingested_event(ingested).name}:" in stderr and message in stderr
    assert snapshot(ingested) == before


@pytest.mark.parametrize("damage", ["empty", "a mapping", "a folder", "missing"])
@pytest.mark.parametrize("dry_run", [False, True])
def test_a_damaged_registry_stops_ingest_before_anything_is_written(kb_copy, run, damage, dry_run):
    people = kb_copy / "people.yml"
    if damage == "empty":
        people.write_text("")
    elif damage == "a mapping":
        people.write_text("# yaml-language-server: $schema=schema/people.schema.json\nalice: Alice\n")
    else:
        people.unlink()
        if damage == "a folder":
            people.mkdir()
    before = snapshot(kb_copy)
    stderr = clean_failure(run("ingest", RECAP, "--data", "data", *(["--dry-run"] if dry_run else [])))
    assert stderr.startswith("data/people.yml:")
    assert "fix the problems above first (nothing was ingested)" in stderr
    assert snapshot(kb_copy) == before


def test_a_draft_that_would_add_a_problem_is_refused_with_the_validators_message(kb_copy):
    from ocpkb.ingest.draft import FileChange
    from ocpkb.ingest.write import Refused, plan
    from ocpkb.validate import load_and_validate

    kb, problems = load_and_validate(kb_copy)
    event = {"id": "new-salon-2024", "name": "New Salon", "kind": "salon", "start_date": "2024-05-01",
             "sessions": [{"title": "Talk", "speakers": [{"person": "nobody-known"}]}],
             "sources": [{"file": "recap.md"}]}
    with pytest.raises(Refused) as refusal:
        plan([FileChange("events/new-salon-2024.yml", event)], kb, problems)
    assert str(refusal.value) == (
        "the draft would add problems to the knowledge base, so nothing was written:\n"
        "  data/events/new-salon-2024.yml:9:9: sessions[0].speakers[0].person: unknown person 'nobody-known' "
        "(add it to the people registry first)")


def fail_on_call(monkeypatch, module, name: str, call: int, error: OSError):
    """Make `module.name` raise `error` on its `call`-th call (1-based); the calls before it work."""
    real = getattr(module, name)
    calls = []

    def failing(*args, **kwargs):
        calls.append(args)
        if len(calls) == call:
            raise error
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, failing)


@pytest.mark.parametrize("call", [1, 2])
def test_a_full_disk_writes_nothing(kb_copy, run, monkeypatch, call):
    """The recap writes an event file and people.yml: the disk filling up at either leaves both as they
    were (and no events/ folder where there was none)."""
    shutil.rmtree(kb_copy / "events")
    before = snapshot(kb_copy)
    fail_on_call(monkeypatch, os, "fsync", call, OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)))
    stderr = clean_failure(run("ingest", RECAP, "--data", "data"))
    assert ": write: cannot write " in stderr and "No space left on device; nothing was written" in stderr
    assert snapshot(kb_copy) == before and not (kb_copy / "events").exists()


def test_a_rename_failing_half_way_puts_back_what_was_renamed(kb_copy, run, monkeypatch):
    before = snapshot(kb_copy)
    fail_on_call(monkeypatch, os, "replace", 2, OSError(errno.EIO, os.strerror(errno.EIO)))
    stderr = clean_failure(run("ingest", RECAP, "--data", "data"))
    assert "Input/output error; nothing was written" in stderr
    assert snapshot(kb_copy) == before


def test_a_read_only_data_folder_is_a_clean_error(kb_copy, run, read_only):
    before = snapshot(kb_copy)
    read_only(kb_copy / "events")
    read_only(kb_copy)
    stderr = clean_failure(run("ingest", RECAP, "--data", "data"))
    assert ": write: cannot write " in stderr and "nothing was written" in stderr
    assert snapshot(kb_copy) == before


def test_a_file_edited_while_ingest_works_keeps_the_edit(kb_copy, run, monkeypatch):
    """A person saves people.yml in an editor after ingest read it: ingest must not replace their save."""
    from ocpkb.ingest import write

    people = kb_copy / "people.yml"
    saved = people.read_text() + "- id: typed-meanwhile\n  name: Typed Meanwhile\n"
    real_stage = write._stage

    def stage_while_a_person_saves(target, content):
        people.write_text(saved)
        return real_stage(target, content)

    monkeypatch.setattr(write, "_stage", stage_while_a_person_saves)
    stderr = clean_failure(run("ingest", RECAP, "--data", "data"))
    assert "people.yml changed while ingest was working (an editor?); nothing was written" in stderr
    assert people.read_text() == saved
    assert not list((kb_copy / "events").glob("immersion-cooling*.yml"))


# --- 5. a lock: two ingests at once lose nothing -------------------------------------------------------

SLOW_CHILD = """
import os, sys, time
real_replace = os.replace
def slow_replace(source, target):
    if str(target).endswith("people.yml") and not os.path.exists({marker!r}):
        open({marker!r}, "w").close()  # the test starts the second ingest now
        deadline = time.monotonic() + 60
        while not os.path.exists({release!r}) and time.monotonic() < deadline:
            time.sleep(0.05)  # hold the lock until the second ingest says it waits, however slow the machine
    real_replace(source, target)
os.replace = slow_replace
from ocpkb.cli import main
sys.argv = ["ocpkb", "ingest", {recap!r}, "--data", {data!r}]
main()
"""


def people_ids(data: Path) -> set[str]:
    return set(load_knowledge_base(data).entries["people"])


def test_two_ingests_at_once_lose_no_proposal(kb_copy, run, tmp_path):
    other_recap = tmp_path / "other-recap.md"
    other_recap.write_text(RECAP.read_text(encoding="utf-8").replace("王小明", "李大伟").replace("2023 年 3 月 18 日",
                           "2023 年 4 月 22 日"), encoding="utf-8")
    expected = set()
    for recap in (RECAP, other_recap):  # what each recap proposes when ingested alone
        alone = tmp_path / f"alone-{recap.stem}"
        shutil.copytree(kb_copy, alone)
        assert run("ingest", recap, "--data", alone).exit_code == 0
        expected |= people_ids(alone) - people_ids(kb_copy)
    assert len(expected) >= 2
    marker, release = tmp_path / "first-is-writing", tmp_path / "second-is-waiting"
    slow = subprocess.Popen([sys.executable, "-c", SLOW_CHILD.format(marker=str(marker), release=str(release),
                                                                     recap=str(RECAP), data=str(kb_copy))],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not marker.exists() and slow.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    second = subprocess.Popen([sys.executable, "-m", "ocpkb", "ingest", str(other_recap), "--data", str(kb_copy)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    said = []
    for line in second.stderr:  # ends when the second ingest ends, or says it waits for the first
        said.append(line)
        if "waiting for another ocpkb ingest to finish writing" in line:
            break
    release.touch()
    second_stderr = "".join(said) + second.communicate(timeout=120)[1]
    first_stderr = slow.communicate(timeout=120)[1]
    assert slow.returncode == 0, first_stderr
    assert second.returncode == 0, second_stderr
    assert expected <= people_ids(kb_copy)
    assert errors(validate(load_knowledge_base(kb_copy))) == []
    assert "waiting for another ocpkb ingest to finish writing" in second_stderr


# --- 10. modes and lines kept ----------------------------------------------------------------------------


def test_modes_are_kept_and_new_files_get_the_usual_mode(kb_copy, run):
    (kb_copy / "people.yml").chmod(0o640)
    (kb_copy / "organizations.yml").chmod(0o664)
    previous = os.umask(0o022)
    try:
        assert run("ingest", RECAP, "--data", "data").exit_code == 0
    finally:
        os.umask(previous)
    assert (kb_copy / "people.yml").stat().st_mode & 0o777 == 0o640
    assert ingested_event(kb_copy).stat().st_mode & 0o777 == 0o644  # 0666 less the umask, as for any new file


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can give a file to another user")
def test_root_keeps_the_owner_of_a_file(kb_copy, run):
    os.chown(kb_copy / "people.yml", 1234, 1234)
    assert run("ingest", RECAP, "--data", "data").exit_code == 0
    assert ((kb_copy / "people.yml").stat().st_uid, (kb_copy / "people.yml").stat().st_gid) == (1234, 1234)


def test_a_registry_entry_is_appended_and_no_other_byte_changes(kb_copy, run):
    people = kb_copy / "people.yml"
    hand_written = people.read_text() + "# people met at the 2023 salons\n"
    people.write_text(hand_written)
    assert run("ingest", RECAP, "--data", "data").exit_code == 0
    after = people.read_text()
    assert after.startswith(hand_written) and len(after) > len(hand_written)
    assert "- id: wang-xiao-ming" in after[len(hand_written):]


def only_lines_added(before: str, after: str) -> bool:
    import difflib

    matcher = difflib.SequenceMatcher(None, before.splitlines(True), after.splitlines(True), autojunk=False)
    return all(tag in ("equal", "insert") for tag, *_ in matcher.get_opcodes())


def test_merging_into_a_hand_written_event_only_adds_lines(ingested, run):
    """Odd indentation, flow lists, quoting, comments, CRLF line ends: all stay; the additions use the file's line ends."""
    event = ingested_event(ingested)
    text = event.read_text(encoding="utf-8")
    text = text.replace("  - organization: acme\n    role: organizer\n", "- organization: acme\n  role: organizer\n")
    text = text.replace("kind: salon", "kind: 'salon'   # checked")
    text = text.replace("  - start: '14:30'\n    end: '15:00'\n    title: 茶歇\n", "")  # a person removed the break
    lines = text.splitlines()
    provenance = lines.index("provenance:")
    lines = [line for line in lines[:provenance + 1]] + lines[provenance + 2:]  # and one provenance entry
    edited = "\r\n".join(lines) + "\r\n"
    event.write_bytes(edited.encode("utf-8"))
    assert run("ingest", RECAP, "--data", "data").exit_code == 0
    after = event.read_bytes().decode("utf-8")
    assert only_lines_added(edited, after) and after != edited
    assert "\n" not in after.replace("\r\n", "")
    assert after.count("title: 茶歇") == 1
    assert errors(validate(load_knowledge_base(ingested))) == []
    assert run("ingest", RECAP, "--data", "data").exit_code == 0
    assert event.read_bytes().decode("utf-8") == after  # a second run changes nothing


def test_a_list_written_on_one_line_grows_on_that_line(ingested, run):
    event = ingested_event(ingested)
    text = event.read_text(encoding="utf-8")
    start = text.index("sources:\n")
    end = text.index("review:")
    event.write_text(text[:start] + "sources: [{url: 'https://example.org/recap'}]\n" + text[end:], encoding="utf-8")
    assert run("ingest", RECAP, "--data", "data").exit_code == 0
    after = event.read_text(encoding="utf-8")
    assert "sources: [{url: 'https://example.org/recap'}, {file: " in after
    assert errors(validate(load_knowledge_base(ingested))) == []


def errors(problems: list) -> list:
    """The problems that fail validation (a warning, such as a probable duplicate, does not)."""
    return [problem for problem in problems if problem.is_error]
