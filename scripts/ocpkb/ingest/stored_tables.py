"""Lookup tables built from a library's data, kept on disk so that a second `ocpkb ingest` does not
build them again: the GeoNames city index, jieba's word tags and the first-name frequencies cost
about a second together, most of what a single ingest of one recap spends beyond reading it.

A stored table is keyed on what it is built from (the ocpkb package's code and data files, the
versions of the libraries it reads, Python's version), so a change to any of them builds it anew. A
cache folder that cannot be read or written only costs the time: the table is built in memory.
Set OCPKB_CACHE_DIR to move the folder (tests point it at a temporary one).
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from functools import cache, wraps
from importlib import metadata
from pathlib import Path
from typing import Callable, TypeVar

T = TypeVar("T")
PACKAGE = Path(__file__).parents[1]  # ocpkb


def stored_table(*libraries: str) -> Callable[[Callable[[], T]], Callable[[], T]]:
    """Decorate a function of no arguments that builds a table from `libraries`' data: its result is
    read from the cache folder when one was stored for the same code and library versions."""

    def decorate(build: Callable[[], T]) -> Callable[[], T]:
        @cache
        @wraps(build)
        def table() -> T:
            path = cache_folder() / f"{build.__module__}.{build.__qualname__}-{_key(libraries)}.pickle"
            stored = _read(path)
            if stored is not None:
                return stored
            value = build()
            _write(path, value)
            return value

        return table

    return decorate


def cache_folder() -> Path:
    configured = os.environ.get("OCPKB_CACHE_DIR")
    if configured:
        return Path(configured)
    import platformdirs

    return Path(platformdirs.user_cache_dir("ocpkb"))


def _key(libraries: tuple[str, ...]) -> str:
    digest = hashlib.sha256(_package_digest())
    digest.update(sys.version.encode("utf-8"))
    for library in libraries:
        digest.update(f"{library}=={_version(library)}".encode("utf-8"))
    return digest.hexdigest()[:16]


@cache
def _package_digest() -> bytes:
    """A digest of every file of the ocpkb package: a builder reads helpers and word lists of other modules."""
    digest = hashlib.sha256()
    for path in sorted(PACKAGE.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(PACKAGE).as_posix().encode("utf-8"))
            digest.update(path.read_bytes())
    return digest.digest()


def _version(library: str) -> str:
    try:
        return metadata.version(library)
    except metadata.PackageNotFoundError:
        return "absent"


def _read(path: Path):
    try:
        return pickle.loads(path.read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError, TypeError):
        return None


def _write(path: Path, value) -> None:
    """Write through a temporary file and a rename, so that an ingest running at the same time reads
    a whole table or none; tables stored for older code or library versions are removed."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor, part = tempfile.mkstemp(dir=path.parent, suffix=".part")
    except OSError:
        return
    try:
        with os.fdopen(descriptor, "wb") as stream:
            pickle.dump(value, stream, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(part, path)
        for older in path.parent.glob(f"{path.name.rsplit('-', 1)[0]}-*.pickle"):
            if older != path:
                older.unlink(missing_ok=True)
    except OSError:
        Path(part).unlink(missing_ok=True)
