"""Loading the knowledge base again after an edit: only files whose size, time or inode changed
are parsed (and checked) again, and of an edited registry only the entries whose text changed;
the rest are the same objects as before."""

from __future__ import annotations

import os
from pathlib import Path

from ..discover import discover_files, display_path
from ..kb import DataFile, KnowledgeBase, assemble, load_data_file, load_knowledge_base
from ..problems import Problem
from ..rules import check_file
from ..validate import validate
from ..yamlfile import remember_items

Signature = tuple[int, int, int]


def signature(path: Path) -> Signature | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size, stat.st_ino


class Reloader:
    """The knowledge base of one data folder, loaded again cheaply after each edit."""

    def __init__(self, data_dir: Path):
        self.data_dir = data_dir
        self.loaded: dict[Path, tuple[Signature | None, DataFile]] = {}

    def load(self) -> tuple[KnowledgeBase, list[Problem], set[str]]:
        """The knowledge base, its errors, and the relative paths of the files parsed again
        (or gone) since the last load. Warnings (probable duplicates) are left to `ocpkb validate`:
        they never stop a build, and looking for them took 1 to 2 s of a registry edit at 5,000 events."""
        if not self.loaded:
            return self._load_all()
        discovery = discover_files(self.data_dir)
        loaded, files, changed = {}, [], set(self.loaded)
        for kind, path in discovery.found:
            seen = signature(path)
            previous = self.loaded.get(path)
            if previous and previous[0] == seen:
                data_file = previous[1]
                changed.discard(path)
            else:
                data_file = load_data_file(self.data_dir, kind, path, check_file, previous and previous[1])
                changed.add(path)
            loaded[path] = (seen, data_file)
            files.append(data_file)
        self.loaded = loaded
        kb = assemble(self.data_dir, files, [display_path(path) for path in discovery.stray], discovery.problems)
        return kb, validate(kb, warnings=False), {path.relative_to(self.data_dir).as_posix() for path in changed}

    def _load_all(self) -> tuple[KnowledgeBase, list[Problem], set[str]]:
        """The first load: on both cores, like `ocpkb validate`. Signatures are taken first, so a
        file saved while it is read is read again next time."""
        signatures = {path: signature(path) for _, path in discover_files(self.data_dir).found}
        kb = load_knowledge_base(self.data_dir, check_file=check_file)
        self.loaded = {self.data_dir / data_file.relpath: (signatures.get(self.data_dir / data_file.relpath), data_file)
                       for data_file in kb.files}
        self._remember_registry_items()
        return kb, validate(kb, warnings=False), {data_file.relpath for data_file in kb.files}


    def _remember_registry_items(self) -> None:
        """Each registry's entries by their text, so that its first edit too parses only what
        changed; only while the file is the one parsed (its signature unchanged)."""
        for path, (seen, data_file) in self.loaded.items():
            if not data_file.kind.is_registry or seen is None:
                continue
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            if signature(path) == seen:
                remember_items(data_file.yaml, text)


def entries_of(kb: KnowledgeBase, relpaths: set[str]) -> set[tuple[str, str]]:
    """(registry, id) of every entry that files with these relative paths hold."""
    return {(data_file.kind.name, entry["id"]) for data_file in kb.files if data_file.relpath in relpaths
            for _, entry in data_file.entries if isinstance(entry.get("id"), str)}


def data_folder_exists(data_dir: Path) -> bool:
    return os.path.isdir(data_dir)
