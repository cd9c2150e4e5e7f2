"""Load stage: the data folder -> a KnowledgeBase of plain dicts, plus parse problems.

Validation, the site, exports and ingestion read the knowledge base through
`load_knowledge_base`; the preview re-parses only the files that changed and puts
the knowledge base together again with `assemble`.
"""

from __future__ import annotations

import os
import multiprocessing
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .discover import discover_files, display_path
from .problems import Problem
from .schema import FILE_KINDS, KIND_BY_NAME, FileKind
from .yamlfile import YamlFile, load_yaml_file


@dataclass(eq=False)
class DataFile:
    kind: FileKind
    relpath: str  # relative to the data folder, with forward slashes: "events/x.yml"
    yaml: YamlFile
    checked: list[Problem] | None = None  # what `check_file` found while loading; None when not asked

    @property
    def entries(self) -> list[tuple[tuple, dict]]:
        """(path inside the file, entry) for each entry the file holds."""
        data = self.yaml.data
        if self.kind.is_registry:
            return [((i,), entry) for i, entry in enumerate(data or []) if isinstance(entry, dict)] \
                if isinstance(data, list) else []
        return [((), data)] if isinstance(data, dict) else []


@dataclass
class Origin:
    """Where an entry is defined: for edit links and for pointing at problems."""

    file: DataFile
    path: tuple


@dataclass
class KnowledgeBase:
    data_dir: Path
    files: list[DataFile] = field(default_factory=list)
    stray_files: list[str] = field(default_factory=list)
    layout_problems: list[Problem] = field(default_factory=list)  # the folder's, found before any file is read
    entries: dict[str, dict[str, dict]] = field(default_factory=lambda: {k.name: {} for k in FILE_KINDS})
    origins: dict[tuple[str, str], Origin] = field(default_factory=dict)

    @property
    def events(self) -> dict[str, dict]:
        return self.entries["events"]

    def get(self, registry: str, entry_id: str | None) -> dict | None:
        return self.entries[registry].get(entry_id) if entry_id else None

    def parse_problems(self) -> list[Problem]:
        """What loading found: in the folder's layout, and in each file's bytes and YAML."""
        return self.layout_problems + [problem for data_file in self.files for problem in data_file.yaml.problems]


PARALLEL_FROM_FILES = 300  # below this, starting worker processes costs more than it saves (measured)
CHUNK_FILES = 50
FileCheck = Callable[[DataFile], list[Problem]]


def _load_file(kind_name: str, relpath: str, path: Path, check_file: FileCheck | None,
               known_items: dict | None = None) -> DataFile:
    data_file = DataFile(KIND_BY_NAME[kind_name], relpath, load_yaml_file(path, display_path(path), known_items))
    if check_file:
        data_file.checked = check_file(data_file)
    return data_file


def _load_in_worker(*job) -> tuple[YamlFile, list[Problem] | None]:
    """What a worker sends back: not the file's kind, which the parent has (and must keep as is)."""
    data_file = _load_file(*job)
    return data_file.yaml, data_file.checked


def _load_all(jobs: list[tuple[str, str, Path, FileCheck | None]]) -> list[DataFile]:
    """Parse (and check) the files, on two cores when there are many: YAML parsing is most of
    validation's time. Workers are forked, so only from a process without threads (`mkdocs serve`
    has some) and where fork exists."""
    parallel = (len(jobs) >= PARALLEL_FROM_FILES and (os.cpu_count() or 1) > 1 and threading.active_count() == 1
                and "fork" in multiprocessing.get_all_start_methods())
    if not parallel:
        return [_load_file(*job) for job in jobs]
    with multiprocessing.get_context("fork").Pool(min(os.cpu_count() or 2, 4)) as pool:
        loaded = pool.starmap(_load_in_worker, jobs, chunksize=CHUNK_FILES)
    return [DataFile(KIND_BY_NAME[kind_name], relpath, yaml_file, checked)
            for (kind_name, relpath, _, _), (yaml_file, checked) in zip(jobs, loaded)]


def load_knowledge_base(data_dir: Path | str, check_file: FileCheck | None = None) -> KnowledgeBase:
    """Load every data file. `check_file`, when given, runs on each file right after it is parsed,
    on the same core (validation's rules about one file at a time)."""
    data_dir = Path(data_dir)
    discovery = discover_files(data_dir)
    files = _load_all([(kind.name, path.relative_to(data_dir).as_posix(), path, check_file)
                       for kind, path in discovery.found])
    return assemble(data_dir, files, [display_path(path) for path in discovery.stray], discovery.problems)


def load_data_file(data_dir: Path, kind: FileKind, path: Path, check_file: FileCheck | None = None,
                   previous: DataFile | None = None) -> DataFile:
    """One data file, parsed (and checked) on its own: for callers that keep the other files. With
    `previous` (the file as loaded before), a registry's unchanged entries are not parsed again
    (`load_yaml_items`)."""
    known_items = (previous.yaml.items or {}) if previous is not None and kind.is_registry else None
    return _load_file(kind.name, path.relative_to(data_dir).as_posix(), path, check_file, known_items)


def assemble(data_dir: Path, files: list[DataFile], stray_files: list[str],
             layout_problems: list[Problem] | None = None) -> KnowledgeBase:
    """A knowledge base from parsed files, in their order: the first entry with an id wins."""
    kb = KnowledgeBase(data_dir, files, stray_files, list(layout_problems or []))
    _index(kb)
    return kb


def _index(kb: KnowledgeBase) -> None:
    """Each entry by its registry and id; the first file (in load order) to define an id wins."""
    for data_file in kb.files:
        registry = data_file.kind.name
        for entry_path, entry in data_file.entries:
            entry_id = entry.get("id")
            if isinstance(entry_id, str) and entry_id not in kb.entries[registry]:
                kb.entries[registry][entry_id] = entry
                kb.origins[(registry, entry_id)] = Origin(data_file, entry_path)


def with_files(kb: KnowledgeBase, changed: list[DataFile]) -> KnowledgeBase:
    """The knowledge base as it would be with these files (new, or in place of those at their paths),
    in the order a load would give; nothing is read or written."""
    by_path = {data_file.relpath: data_file for data_file in changed}
    files = [by_path.pop(data_file.relpath, data_file) for data_file in kb.files] + list(by_path.values())
    order = {kind.name: index for index, kind in enumerate(FILE_KINDS)}
    files.sort(key=lambda data_file: (order[data_file.kind.name], data_file.relpath))
    return assemble(kb.data_dir, files, kb.stray_files, kb.layout_problems)
