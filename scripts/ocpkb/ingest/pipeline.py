"""Ingestion as numbered stages, run in order by one function; each stage is a module.

1. read     a file -> Source (text lines with their numbers, front matter, images)
2. extract  Source -> Extraction (every stated field, with its lines)
3. resolve  Extraction -> Resolution (registry ids, or proposals marked for review)
4. draft    Resolution -> event file content + registry proposals (see draft.py)
A stage that cannot go on returns the reason instead of a result.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .extract import extract
from .lexicon import Lexicon
from .read import ReadFailure, read_source
from .resolve import Resolution, resolve


@dataclass(frozen=True)
class Failure:
    path: str
    stage: str
    reason: str


def run_stages(path: Path | str, lexicon: Lexicon) -> Resolution | Failure:
    source = read_source(path)  # 1.
    if isinstance(source, ReadFailure):
        return Failure(source.path, "read", source.reason)
    extraction = extract(source, lexicon)  # 2.
    if not (extraction.name or extraction.start_date or extraction.sessions or extraction.people):
        return Failure(str(path), "extract", "no event found: no event name, date, agenda or speaker in the text")
    return resolve(extraction, lexicon)  # 3.
