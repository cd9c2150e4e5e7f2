"""Ingestion as numbered stages, run in order by one function; each stage is a module.

1. read     a file -> Source (text lines with their numbers, front matter, images)
2. extract  Source -> Extraction (segment -> layouts -> classify: every stated field, with its lines)
3. resolve  Extraction -> Resolution (registry ids, or proposals marked for review)
4. draft    Resolution -> event file content + registry proposals (see draft.py)
A stage that cannot go on returns the reason instead of a result.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from .extract import extract, not_found
from .lexicon import Lexicon
from .read import ReadFailure, read_source
from .resolve import Resolution, resolve


@dataclass(frozen=True)
class Failure:
    path: str
    stage: str
    reason: str
    looked_for: list[str] = field(default_factory=list)  # what extraction looked for and did not find
    partial: Resolution | None = None  # what was found all the same (language, organizations), when extraction ran


def source_reference(path: Path | str, project: Path | str | None = None) -> str:
    """How sources and provenance name a recap: its path relative to the project when it lies
    inside (however it was typed: relative, absolute, through '..'), else its file name and a
    digest of its content, so no path of the curator's machine is published and the same file
    is always one source."""
    project_root = Path(project or Path.cwd()).resolve()
    resolved = Path(path).expanduser().resolve()
    try:
        return resolved.relative_to(project_root).as_posix()
    except ValueError:
        pass
    try:
        digest = hashlib.sha256(resolved.read_bytes()).hexdigest()[:12]
    except OSError:
        return resolved.name
    return f"{resolved.name}#sha256-{digest}"


def run_stages(path: Path | str, lexicon: Lexicon, project: Path | str | None = None) -> Resolution | Failure:
    source = read_source(path)  # 1.
    if isinstance(source, ReadFailure):
        return Failure(source.path, "read", source.reason)
    source.path = source_reference(path, project) if os.path.exists(path) else source.path
    extraction = extract(source, lexicon)  # 2.
    if not (extraction.name or extraction.start_date or extraction.sessions or extraction.people):
        return Failure(source.path, "extract", "no event found: no event name, date, agenda or speaker in the text",
                       not_found(extraction), resolve(extraction, lexicon))
    return resolve(extraction, lexicon)  # 3.
