"""The preview server's additions to MkDocs' LiveReloadServer: a watcher of the data folder that
survives the folder being moved away and back, a banner with the validator's messages on every
page while the data is invalid, and the way to ask the server for a rebuild.
"""

from __future__ import annotations

import html
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path

from watchdog import events
from watchdog.observers import Observer
from watchdog.observers.polling import PollingObserver

CHECK_SECONDS = 0.5
CHANGES = {events.EVENT_TYPE_CREATED, events.EVENT_TYPE_DELETED, events.EVENT_TYPE_MODIFIED, events.EVENT_TYPE_MOVED,
           events.EVENT_TYPE_CLOSED}  # not "opened" or "closed without writing": the preview's own reads


def folder_state(folder: Path) -> dict[str, tuple[int, int, int]] | None:
    """Every file under `folder` with its time, size and inode; None when the folder is not there."""
    if not folder.is_dir():
        return None
    state = {}
    pending = [str(folder)]
    while pending:
        try:
            entries = list(os.scandir(pending.pop()))
        except OSError:
            continue
        for entry in entries:
            try:
                if entry.is_dir(follow_symlinks=False):
                    pending.append(entry.path)
                else:
                    stat = entry.stat()
                    state[entry.path] = (stat.st_mtime_ns, stat.st_size, stat.st_ino)
            except OSError:
                continue
    return state


def _identity(folder: Path) -> tuple[int, int] | None:
    try:
        stat = folder.stat()
    except OSError:
        return None
    return (stat.st_dev, stat.st_ino) if os.path.isdir(folder) else None


class FolderWatcher(threading.Thread):
    """Calls `on_change` after anything under a folder changed, appeared or went away, the folder
    itself included. The operating system reports changes (inotify on Linux), so nothing is polled
    file by file; twice a second the watcher checks that the folder is still the one it watches, and
    watches it again when it was moved away and back or replaced. (The watcher MkDocs gives
    `server.watch` stops for good when its folder is moved away, even after it comes back.)"""

    def __init__(self, folder: Path, on_change: Callable[[], None]):
        super().__init__(name=f"ocpkb watcher of {folder}", daemon=True)
        self.folder, self.on_change = folder, on_change
        self.stopped = threading.Event()
        self.observer = Observer()
        self.handler = events.FileSystemEventHandler()
        self.handler.on_any_event = lambda event: self.on_change() if event.event_type in CHANGES else None
        self.watched, self.identity = None, None
        self._watch_again()

    def _watch_again(self) -> None:
        if self.watched is not None:
            self.observer.unschedule(self.watched)
            self.watched = None
        self.identity = _identity(self.folder)
        if self.identity is None:
            return
        try:
            self.watched = self.observer.schedule(self.handler, str(self.folder), recursive=True)
        except OSError:  # no inotify watches left (other programs hold them): look every second instead
            if self.observer.is_alive():
                self.observer.stop()
            self.observer = PollingObserver(timeout=1)
            self.watched = self.observer.schedule(self.handler, str(self.folder), recursive=True)
            if self.is_alive():
                self.observer.start()

    def run(self) -> None:
        self.observer.start()
        while not self.stopped.wait(CHECK_SECONDS):
            if _identity(self.folder) != self.identity:
                self._watch_again()
                self.on_change()
        self.observer.stop()

    def stop(self) -> None:
        self.stopped.set()


# MkDocs' LiveReloadServer has no public calls for these two; they do what its own watcher and
# build loop do (MkDocs 1.6; pyproject.toml keeps MkDocs below 2.0).


def request_rebuild(server) -> None:
    """Ask the server to run its builder."""
    with server._rebuild_cond:
        server._want_rebuild = True
        server._rebuild_cond.notify_all()


def reload_browsers(server) -> None:
    """Tell open pages to reload, as the server does after a build; during a build, its end will."""
    with server._epoch_cond:
        if server._visible_epoch == server._wanted_epoch:
            server._visible_epoch = server._wanted_epoch = max(round(time.monotonic() * 1000), server._visible_epoch + 1)
            server._epoch_cond.notify_all()


BANNER_STYLE = ("position:sticky;top:0;z-index:1000;margin:0;padding:.8em 1.2em;background:#b71c1c;color:#fff;"
                "font:14px/1.5 system-ui,sans-serif;max-height:45vh;overflow:auto")


def banner_html(title: str, lines: list[str]) -> bytes:
    items = "".join(f"<li><code style='color:#fff;background:none'>{html.escape(line)}</code></li>" for line in lines)
    return (f"<div id='ocpkb-problems' role='alert' style='{BANNER_STYLE}'><strong>{html.escape(title)}</strong>"
            f"<ul style='margin:.4em 0 0 1.2em;padding:0'>{items}</ul></div>").encode("utf-8")


def with_banner(page: bytes, banner: bytes) -> bytes:
    """The page with the banner first in its body."""
    start = page.find(b"<body")
    end = page.find(b">", start) + 1 if start >= 0 else 0
    return page[:end] + banner + page[end:]


class BannerApp:
    """WSGI middleware: while `banner()` returns something, every HTML page carries it."""

    def __init__(self, app, banner: Callable[[], bytes | None]):
        self.app, self.banner = app, banner

    def __call__(self, environ, start_response):
        banner = self.banner()
        if banner is None:
            return self.app(environ, start_response)
        response = {}

        def remember(status, headers, exc_info=None):
            response.update(status=status, headers=headers)
            return lambda data: None

        body = self.app(environ, remember)
        headers = response.get("headers", [])
        content_type = next((value for name, value in headers if name.lower() == "content-type"), "")
        if not content_type.startswith("text/html"):
            start_response(response["status"], headers)
            return body
        try:
            page = with_banner(b"".join(body), banner)
        finally:
            getattr(body, "close", lambda: None)()
        headers = [(name, value) for name, value in headers if name.lower() != "content-length"]
        start_response(response["status"], headers + [("Content-Length", str(len(page)))])
        return [page]
