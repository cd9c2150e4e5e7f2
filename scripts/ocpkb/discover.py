"""Load stage, first step: the data folder -> the files to read, and what is wrong with its layout.

Only regular files inside the data folder are read. A symbolic link may point elsewhere inside
the folder; one that leads out of it, one that points at nothing, and a named pipe, a device or a
folder where a data file belongs are problems, never read (a FIFO would block a reader for ever,
/dev/zero would fill the memory, /etc/passwd would be echoed in messages).
"""

from __future__ import annotations

import fnmatch
import os
from dataclasses import dataclass, field
from pathlib import Path

from .problems import Problem
from .schema import FILE_KINDS, FileKind, schema_header
from .yamlfile import file_type

YAML_SUFFIXES = (".yml", ".yaml")
EDITOR_LOCK_PREFIX = ".#"  # Emacs marks a file being edited with a dangling link named .#<file>
GENERATED_FOLDER = "schema"  # written by `ocpkb schema`, not data


@dataclass
class Discovery:
    found: list[tuple[FileKind, Path]] = field(default_factory=list)  # sorted by kind, then path
    stray: list[Path] = field(default_factory=list)  # YAML files that belong to no kind
    problems: list[Problem] = field(default_factory=list)


def display_path(path: Path | str) -> str:
    """A path as the user would type it: relative to the working folder when inside it."""
    try:
        relative = os.path.relpath(path)
    except ValueError:
        return str(path)
    return str(path) if relative.startswith("..") else relative


def kind_of(relative: str) -> FileKind | None:
    """The kind of data file at `relative` (a path inside the data folder, with forward slashes)."""
    for kind in FILE_KINDS:
        if relative.count("/") == kind.pattern.count("/") and fnmatch.fnmatchcase(relative, kind.pattern):
            return kind
    return None


def registry_paths() -> list[str]:
    return [kind.pattern for kind in FILE_KINDS if kind.is_registry]


def discover_files(data_dir: Path) -> Discovery:
    discovery = Discovery()
    if not any(os.path.lexists(data_dir / name) for name in registry_paths()):
        discovery.problems.append(Problem(
            display_path(data_dir), None, None, "",
            "not a knowledge base: none of " + ", ".join(registry_paths()) + " is here",
            "is --data the knowledge base folder?"))
        return discovery
    _walk(data_dir, discovery)
    order = {kind.name: index for index, kind in enumerate(FILE_KINDS)}
    discovery.found.sort(key=lambda found: (order[found[0].name], found[1]))
    discovery.stray.sort()
    _report_missing_registries(data_dir, discovery)
    return discovery


def _walk(data_dir: Path, discovery: Discovery) -> None:
    """Every folder once: real folders first, then linked ones not read already (a link to a folder
    above it would loop)."""
    root = os.path.realpath(data_dir)
    visited = {root}
    folders: list[Path] = [data_dir]
    linked: list[Path] = []
    while folders or linked:
        folder = folders.pop() if folders else linked.pop()
        if folder != data_dir and folder.is_symlink():
            real = os.path.realpath(folder)
            if real in visited:
                discovery.problems.append(_problem(folder, "symbolic link to a folder that is read already",
                                                   "remove the link"))
                continue
            visited.add(real)
        try:
            entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
        except OSError as error:
            discovery.problems.append(_problem(Path(folder), f"cannot read folder: {error.strerror or error}"))
            continue
        for entry in entries:
            if folder == data_dir and entry.name == GENERATED_FOLDER:
                continue
            path = Path(entry.path)
            relative = path.relative_to(data_dir).as_posix()
            if entry.is_symlink() and not _link_is_followed(entry, root, relative, discovery):
                continue
            kind = kind_of(relative)
            if _is_folder(entry):
                if kind:
                    discovery.problems.append(_problem(path, f"is a folder, where the {kind.name} file belongs",
                                                       f"move it away: {kind.pattern} is a file"))
                elif entry.is_symlink():
                    linked.append(path)
                else:
                    visited.add(os.path.realpath(path))
                    folders.append(path)
            elif kind or entry.name.endswith(YAML_SUFFIXES):
                _add_file(entry, path, kind, discovery)


def _link_is_followed(entry: os.DirEntry, root: str, relative: str, discovery: Discovery) -> bool:
    """A link is read through when it stays inside the data folder and points at something."""
    read = kind_of(relative) or entry.name.endswith(YAML_SUFFIXES) or _is_folder(entry)
    target = os.path.realpath(entry.path)
    path = Path(entry.path)
    if not os.path.exists(target):
        if read and not entry.name.startswith(EDITOR_LOCK_PREFIX):
            discovery.problems.append(_problem(path, "symbolic link to nothing", "remove the link"))
        return False
    if os.path.commonpath([root, target]) != root:
        if read:
            discovery.problems.append(_problem(path, f"symbolic link leads outside the data folder (to {target})",
                                               "copy the file into the data folder instead of linking to it"))
        return False
    return True


def _is_folder(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _add_file(entry: os.DirEntry, path: Path, kind: FileKind | None, discovery: Discovery) -> None:
    try:
        mode = entry.stat().st_mode
    except OSError as error:
        discovery.problems.append(_problem(path, f"cannot read file: {error.strerror or error}"))
        return
    if not entry.is_file():
        discovery.problems.append(_problem(path, f"not a regular file ({file_type(mode)})",
                                           "data files are plain text files: remove it"))
    elif kind:
        discovery.found.append((kind, path))
    else:
        discovery.stray.append(path)


def _report_missing_registries(data_dir: Path, discovery: Discovery) -> None:
    for kind in FILE_KINDS:
        if kind.is_registry and not os.path.lexists(data_dir / kind.pattern):
            discovery.problems.append(_problem(
                data_dir / kind.pattern, "registry file is missing",
                f"create it: line 1 `{schema_header(kind)}`, then the entries (`[]` while there are none)"))


def _problem(path: Path, message: str, hint: str = "") -> Problem:
    return Problem(display_path(path), None, None, "", message, hint)
