"""Stage 6, write: the file changes of one recap -> the knowledge base on disk, as one transaction.

1. Check (`plan`): every file the changes touch is checked first, with the validator's messages: a
   file with problems is not touched. Then the knowledge base as it would be afterwards is validated:
   a change that would add a problem anywhere is refused (a warning, such as a probable duplicate,
   is reported with the plan, not refused). Nothing is written yet.
2. Lock (`knowledge_base_lock`): one ingest at a time per data folder; a second one waits its turn,
   then reads what the first one wrote (no proposal is lost to a read-modify-write race).
3. Write all or nothing (`commit`): each new text goes to a temporary file beside its target, with the
   target's permissions and owner. Only when every one is written, and every target still holds what
   was read, are they renamed over their targets: registries first, so that an interruption between
   two renames can leave a proposal nobody refers to yet, never a reference to nobody. If anything
   fails, what was renamed is put back and nothing is left behind.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..discover import display_path, kind_of
from ..kb import DataFile, KnowledgeBase, with_files
from ..problems import Problem, format_problems
from ..validate import validate
from ..yamlfile import MAX_FILE_BYTES, UnreadableFile, load_yaml_text, read_regular_file
from .draft import FileChange
from .merge import MergeError, merged_text


class Refused(Exception):
    """A change ingest will not make; the message says why, with the validator's messages."""


class WriteError(Exception):
    """Writing failed (disk full, read-only folder...); the message says what is on disk now."""


@dataclass(frozen=True)
class PlannedWrite:
    relpath: str  # inside the data folder, as the change names it
    path: Path  # the file written (a link inside the data folder is written through)
    before: bytes | None  # what the file held when read; None: it did not exist
    after: str


@dataclass
class Plan:
    writes: list[PlannedWrite]
    kb: KnowledgeBase  # the knowledge base as it will be
    problems: list[Problem]  # its problems: those it had, no error added
    warnings: list[Problem] = field(default_factory=list)  # the warnings it adds, for the curator


def plan(changes: list[FileChange], kb: KnowledgeBase, problems: list[Problem]) -> Plan:
    """What each touched file will hold, checked as the module docstring says; raises Refused."""
    writes, replaced = [], []
    for change in changes:
        shown = display_path(kb.data_dir / change.path)
        own = [problem for problem in problems if problem.file == shown and problem.is_error]
        if own:  # a link out of the data folder, a pipe, a file that does not parse...
            raise Refused(f"{shown} has problems, so ingest leaves it alone; fix them first:\n" + _listed(own))
        target = _inside(kb.data_dir, change.path)
        before = _read(target, shown)
        try:
            after = merged_text(change, before.decode("utf-8") if before is not None else None)
        except MergeError as error:
            raise Refused(str(error)) from None
        if after is not None:
            writes.append(PlannedWrite(change.path, target, before, after))
            replaced.append(DataFile(kind_of(change.path), change.path, load_yaml_text(after, shown)))
    if not writes:
        return Plan([], kb, problems)
    after_kb = with_files(kb, replaced)
    after_problems = validate(after_kb)
    added = sorted(set(after_problems) - set(problems))
    errors = [problem for problem in added if problem.is_error]
    if errors:
        raise Refused("the draft would add problems to the knowledge base, so nothing was written:\n"
                      + _listed(errors))
    return Plan(writes, after_kb, after_problems, [problem for problem in added if not problem.is_error])


def _listed(problems: list[Problem]) -> str:
    return "\n".join("  " + line for line in format_problems(problems, "text").splitlines())


def _inside(data_dir: Path, relative: str) -> Path:
    """The target path, refused if an id would lead it outside the data folder."""
    root = data_dir.resolve()
    target = (root / relative).resolve()
    if root not in target.parents:
        raise ValueError(f"refusing to write outside {data_dir}: {relative}")
    return target


def _read(target: Path, shown: str) -> bytes | None:
    if not os.path.lexists(target):
        return None
    try:
        return read_regular_file(target, MAX_FILE_BYTES)
    except (OSError, UnreadableFile) as error:
        raise Refused(f"{shown}: cannot read it ({getattr(error, 'strerror', None) or error})") from None


@contextlib.contextmanager
def knowledge_base_lock(data_dir: Path, waiting: Callable[[str], None]) -> Iterator[None]:
    """Hold the data folder's lock (an advisory `flock` on the folder itself: no lock file is left
    behind, and the lock goes with the process however it ends)."""
    import fcntl

    descriptor = os.open(data_dir, os.O_RDONLY)
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            waiting(f"waiting for another ocpkb ingest to finish writing to {display_path(data_dir)}")
            fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield
    finally:
        os.close(descriptor)  # releases the lock


def commit(writes: list[PlannedWrite]) -> None:
    """Write every planned file or none (see the module docstring); raises WriteError."""
    ordered = sorted(writes, key=lambda write: not _is_registry(write.relpath))
    staged: list[tuple[PlannedWrite, Path]] = []
    renamed: list[PlannedWrite] = []
    new_folders = sorted({write.path.parent for write in ordered if not write.path.parent.exists()})
    current = ordered[0] if ordered else None
    try:
        for current in ordered:
            staged.append((current, _stage(current.path, current.after.encode("utf-8"))))
        for current in ordered:
            _still_as_read(current)
        for current, temporary in staged:
            os.replace(temporary, current.path)
            renamed.append(current)
        _sync_folders({write.path.parent for write in ordered})
    except OSError as error:
        _clean_up(staged, renamed, new_folders)
        raise WriteError(f"cannot write {current.relpath}: {error.strerror or error}; nothing was written") from None
    except BaseException:
        _clean_up(staged, renamed, new_folders)
        raise


def _is_registry(relpath: str) -> bool:
    kind = kind_of(relpath)
    return bool(kind and kind.is_registry)


def write_atomically(path: Path, text: str) -> None:
    """One file, replaced in one rename: a crash leaves the old file or the new one, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    before = read_regular_file(path, MAX_FILE_BYTES) if path.exists() else None
    commit([PlannedWrite(path.name, path, before, text)])


def _stage(target: Path, content: bytes) -> Path:
    """A temporary file beside the target with the new content, the target's mode and owner (a new
    file gets the mode any new file gets: 0666 less the umask), flushed to disk."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.parent / f".{target.name}.{secrets.token_hex(4)}.tmp"
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(descriptor, "wb") as stream:
            if os.path.exists(target):
                _copy_permissions(os.stat(target), stream.fileno())
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return temporary


def _copy_permissions(info: os.stat_result, descriptor: int) -> None:
    os.fchmod(descriptor, stat.S_IMODE(info.st_mode))
    if os.geteuid() == 0:  # root writing a user's file: the file stays the user's
        with contextlib.suppress(OSError):
            os.fchown(descriptor, info.st_uid, info.st_gid)


def _still_as_read(write: PlannedWrite) -> None:
    try:
        now = read_regular_file(write.path, MAX_FILE_BYTES) if os.path.lexists(write.path) else None
    except (OSError, UnreadableFile) as error:
        now = error
    if now != write.before:
        raise WriteError(f"{write.relpath} changed while ingest was working (an editor?); nothing was written: "
                         "ingest again")


def _sync_folders(folders: set[Path]) -> None:
    """Make the renames durable (best effort: not every file system syncs a folder)."""
    for folder in folders:
        with contextlib.suppress(OSError):
            descriptor = os.open(folder, os.O_RDONLY)
            try:
                os.fsync(descriptor)
            finally:
                os.close(descriptor)


def _clean_up(staged: list[tuple[PlannedWrite, Path]], renamed: list[PlannedWrite], new_folders: list[Path]) -> None:
    """Remove the temporary files and the folders made for new files, and put back what was renamed
    already; say so if that fails too."""
    for _, temporary in staged:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
    not_restored = []
    for write in reversed(renamed):
        try:
            if write.before is None:
                write.path.unlink()
            else:
                os.replace(_stage(write.path, write.before), write.path)
        except OSError as error:
            not_restored.append(f"{write.relpath} ({error.strerror or error})")
    for folder in reversed(new_folders):
        with contextlib.suppress(OSError):
            folder.rmdir()  # only when empty
    if not_restored:
        raise WriteError("writing failed, and these files could not be put back as they were: "
                         + ", ".join(not_restored) + "; restore them from version control")
