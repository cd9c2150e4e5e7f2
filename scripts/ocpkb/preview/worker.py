"""A background job that runs after each request, once more if requests came while it ran, and
after a short quiet spell, so a burst of saves costs one run."""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable

log = logging.getLogger("mkdocs.plugins.ocpkb.preview")


class Worker:
    def __init__(self, name: str, job: Callable[[], None], delay: float, low_priority: bool = False):
        self.name, self.job, self.delay, self.low_priority = name, job, delay, low_priority
        self.wanted = threading.Event()
        self.idle = threading.Event()
        self.idle.set()
        self.stopped = False
        self.thread: threading.Thread | None = None  # started at the first request: before it, the
        # process may still fork worker processes (the first load), which a process with threads may not

    def request(self) -> None:
        self.idle.clear()
        self.wanted.set()
        if self.thread is None:
            self.thread = threading.Thread(target=self._loop, name=self.name, daemon=True)
            self.thread.start()

    def _loop(self) -> None:
        if self.low_priority:
            _lower_priority()
        while not self.stopped:
            self.wanted.wait()
            while self.wanted.is_set() and not self.stopped:
                self.wanted.clear()
                time.sleep(self.delay)
            if self.stopped:
                return
            try:
                self.job()
            except Exception:  # noqa: BLE001 - the next request tries again
                log.exception(f"{self.name} failed")
            if not self.wanted.is_set():
                self.idle.set()

    def stop(self) -> None:
        self.stopped = True
        self.wanted.set()


def _lower_priority() -> None:
    """This thread, and the programs it starts, at low priority: they yield to the next edit."""
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)
    except (AttributeError, OSError):
        pass
