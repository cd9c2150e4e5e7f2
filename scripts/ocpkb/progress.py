"""Progress of long commands (a build of thousands of pages, an evaluation): one line that
updates itself on a terminal, nothing at all when output goes to a file or runs in CI."""

from __future__ import annotations

import os
import sys
import time

REFRESH_SECONDS = 0.2


def wanted(stream=None) -> bool:
    stream = stream or sys.stderr
    return stream.isatty() and not os.environ.get("CI")


class Progress:
    def __init__(self, label: str, total: int, stream=None):
        self.label, self.total, self.done = label, total, 0
        self.stream = stream or sys.stderr
        self.shown = wanted(self.stream)
        self._last = 0.0

    def advance(self, count: int = 1) -> None:
        self.done += count
        now = time.monotonic()
        if self.shown and (now - self._last >= REFRESH_SECONDS or self.done >= self.total):
            self._last = now
            self.stream.write(f"\r{self.label}: {self.done:,}/{self.total:,}")
            self.stream.flush()

    def close(self) -> None:
        if self.shown and self.done:
            self.stream.write("\r\033[K")
            self.stream.flush()
