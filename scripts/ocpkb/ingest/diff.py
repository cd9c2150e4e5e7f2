"""What `ingest --dry-run` shows: each file's change as a unified diff, as `git diff` would."""

from __future__ import annotations

import difflib


def unified_diff(path: str, before: str | None, after: str) -> str:
    """`before` None: a new file."""
    return "".join(difflib.unified_diff((before or "").splitlines(True), after.splitlines(True),
                                        "/dev/null" if before is None else f"a/{path}", f"b/{path}"))
