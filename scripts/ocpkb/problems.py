"""Problem records: what is wrong, where, and what to do about it.

Every stage that finds something wrong with user input returns Problems
instead of raising, so one bad file never hides the others. A problem is an
error (the data is wrong: validation fails) or a warning (worth a look, such as
two entries that may be one: reported, but validation and the build pass).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    line: int | None
    column: int | None
    path: str
    message: str
    hint: str = ""
    severity: str = "error"  # or "warning"

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def location(self) -> str:
        if self.line is None:
            return f"{self.file}:"
        return f"{self.file}:{self.line}:{self.column or 1}:"

    def as_text(self) -> str:
        field = f" {self.path}:" if self.path else ""
        hint = f" ({self.hint})" if self.hint else ""
        severity = "" if self.is_error else f" {self.severity}:"
        return f"{self.location()}{severity}{field} {self.message}{hint}"

    def as_github(self) -> str:
        """A GitHub Actions workflow command that annotates the file in a pull request."""
        props = f"file={_escape_github_property(self.file)}"
        if self.line is not None:
            props += f",line={self.line},col={self.column or 1}"
        text = f"{self.path}: {self.message}" if self.path else self.message
        if self.hint:
            text += f" ({self.hint})"
        return f"::{self.severity} {props}::{_escape_github(text)}"

    def as_dict(self) -> dict:
        return asdict(self)


def _escape_github(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_github_property(text: str) -> str:
    """A property value also ends at `,` and `::`; escaped as GitHub's own toolkit does (command.ts)."""
    return _escape_github(text).replace(":", "%3A").replace(",", "%2C")


def format_problems(problems: list[Problem], style: str) -> str:
    if style == "json":
        return json.dumps([p.as_dict() for p in problems], ensure_ascii=False, indent=2)
    render = Problem.as_github if style == "github" else Problem.as_text
    return "\n".join(render(p) for p in problems)


def json_path(parts: tuple) -> str:
    """`('sessions', 2, 'speakers', 0, 'person')` -> `sessions[2].speakers[0].person`."""
    text = ""
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text
