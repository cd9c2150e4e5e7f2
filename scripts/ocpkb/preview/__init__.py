"""The preview behind `ocpkb serve` and `mkdocs serve`: a saved edit reaches its page in about
a second, and invalid data never stops the server from answering.

The first build is MkDocs' own. After that, an edit to the data is handled here: the edited
files are parsed and the knowledge base validated again (`reload`). If it is valid, the edited
entries' own pages are made again and written at once; the other pages that read something the
edit changed (`pages`, `record`, `xref`) follow in the background, and of all of them only those
whose text changed are rendered and written (`mkdocs_pages`); then the exports, then the search
index. If it is invalid, the site stays as it was and every page carries a banner with the
validator's messages until the data is fixed. Edits to docs/ or mkdocs.yml rebuild everything,
as MkDocs does.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import threading
import time
from pathlib import Path

from ..plugin.files import add_generated
from ..site import other_files
from ..site.render import Site
from ..site.search import index_site
from .mkdocs_pages import BuiltSite
from .pages import PageChanges, PageSet
from .reload import Reloader, entries_of
from .server import BannerApp, FolderWatcher, banner_html, folder_state, reload_browsers, request_rebuild
from .worker import Worker

log = logging.getLogger("mkdocs.plugins.ocpkb.preview")
FINISH_DELAY_SECONDS = 0.2  # wait for a burst of saves to end before the pages that list what changed
HOLD_SECONDS = 0.2  # the longest the pages that list an edit keep the next edit waiting
PAGES_AT_MOST = 50  # pages looked up per turn (finding the next stale pages goes through them all)
PAGES_PER_WRITE = 5
EDIT_WAIT_SECONDS = 10


class Preview:
    def __init__(self, data_dir: Path, html_blocks: dict[str, list[str]]):
        self.data_dir = data_dir
        self.html_blocks = html_blocks
        self.reloader = Reloader(data_dir)
        self.pages: PageSet | None = None
        self.site: BuiltSite | None = None
        self.pending: set[str] = set()  # data files changed since the pages were last made
        self.problems: list[str] = []
        self.title = ""
        self.changes = PageChanges()  # the edited entries' own pages, as the last update wrote them
        self.edited: set[tuple[str, str]] = set()
        self.removed: list[str] = []
        self.export_paths: set[str] = set()
        self.nav = self.env = self.files = self.config = None
        self.server = self.full_builder = None
        self.watchers: list[FolderWatcher] = []
        self.other_sources: dict = {}
        self.lock = threading.RLock()
        self.edit_coming = threading.Event()  # set from a save until its pages are written
        self.finisher = Worker("ocpkb pages and exports", self._finish, FINISH_DELAY_SECONDS)
        self.indexer = Worker("ocpkb search index", self._index, FINISH_DELAY_SECONDS, low_priority=True)

    # --- the full build (MkDocs' own) -------------------------------------------------------------

    def on_files(self, files, config):
        with self.lock:
            self.config, self.site = config, None
            if not self._load():
                return files
            self.pages.remake(self.pages.order() + sorted(self.pages.stale))
            pages = [self.pages.pages[src_uri] for src_uri in self.pages.order()]
            exports = other_files(self._plain_site(), self._base_url())
            self.export_paths = set(exports)
            return add_generated(files, config, pages, exports, self.html_blocks)

    def on_post_build(self, config) -> None:
        with self.lock:
            self.config = config
            if self.pages is not None and not self.problems:
                self.site = BuiltSite(config, self.files, self.nav, self.env, self.html_blocks, self.export_paths)
            self.other_sources = self._other_sources()
        self.finisher.request()

    # --- edits ------------------------------------------------------------------------------------

    def attach(self, server, builder):
        """Take over the server's rebuilds and answers (on_serve)."""
        self.server, self.full_builder = server, builder
        server.builder = self.rebuild
        server.set_app(BannerApp(server.get_app(), self.banner))
        self.watchers = [FolderWatcher(self.data_dir, lambda: (self.edit_coming.set(), request_rebuild(server)))]
        for watcher in self.watchers:
            watcher.start()
        return server

    def rebuild(self) -> None:
        """What the server runs after a change: never raises, so the server never waits for a
        build that will not come."""
        try:
            if self.site is None or self._other_sources() != self.other_sources:
                self._full_build()
            else:
                self.update()
        except Exception as error:  # noqa: BLE001 - shown on every page instead of stopping the preview
            log.exception("the preview could not be updated")
            self.problems, self.title = [f"{type(error).__name__}: {error}"], "The preview could not be updated"
        finally:
            self.edit_coming.clear()

    def _full_build(self) -> None:
        try:
            self.full_builder()
        except BaseException as error:  # MkDocs ends a failed build with SystemExit (Abort)
            if isinstance(error, KeyboardInterrupt):
                raise
            self.problems = [str(error) or type(error).__name__]
            self.title = "The site could not be built"

    def update(self) -> None:
        """Bring the edited entries' own pages up to date now; the pages that list them, the exports
        and the search index follow in the background (`_finish`)."""
        with self.lock:
            started = time.perf_counter()
            if not self._load():
                return
            own = [src_uri for src_uri in sorted(f"{registry}/{entry_id}.md" for registry, entry_id in self.edited)
                   if src_uri in self.pages.makers]  # an entry's own page, as page_makers names it
            self.changes = self.pages.remake(own)
            self.site.write_pages(self.changes.changed, self.removed, self.pages.order())
            log.info(f"preview: {len(self.changes.changed)} edited page(s) written in {time.perf_counter() - started:.2f} s; "
                     f"{len(self.pages.stale)} page(s) that list them follow")
        self.finisher.request()

    def _load(self) -> bool:
        """Load the data again and, when it is valid, move the pages to it (`edited`: the entries
        that changed, `removed`: the pages that went). False while the data folder is missing or invalid."""
        if not self.data_dir.is_dir():
            self.problems = [f"{self.data_dir}: the data folder is not there (moved or renamed?); "
                             "the preview goes on when it is back"]
            self.title = "No data folder"
            return False
        kb, problems, changed = self.reloader.load()
        self.pending |= changed
        errors = [problem for problem in problems if problem.is_error]
        if errors:
            self.problems = [problem.as_text() for problem in errors]
            self.title = (f"The knowledge base has {len(errors)} problem{'s' if len(errors) != 1 else ''}: "
                          "this preview shows the last valid version and recovers when they are fixed")
            return False
        self.problems, self.title = [], ""
        if self.pages is None:
            self.pages, self.edited, self.removed = PageSet(kb), set(), []
        else:
            candidates = entries_of(self.pages.kb, self.pending) | entries_of(kb, self.pending)
            self.edited, self.removed = self.pages.update(kb, candidates)
        self.pending = set()
        return True

    def banner(self) -> bytes | None:
        problems, title = self.problems, self.title
        return banner_html(title, problems) if problems else None

    # --- after the edited pages: the pages that list them, exports, search --------------------------

    def _finish(self) -> None:
        """The stale pages, the ones that show an edited entry first, a little at a time (so an
        edit meanwhile is not kept waiting); then the exports; then the search index."""
        while True:
            with self.lock:
                if self.site is None or self.problems:
                    return
                if not self.pages.stale:
                    kb, site = self.pages.kb, self._plain_site()
                    break
                started = time.perf_counter()
                upcoming = self.pages.next_stale(PAGES_AT_MOST)
                while upcoming and time.perf_counter() - started < HOLD_SECONDS and not self.edit_coming.is_set():
                    changes = self.pages.remake(upcoming[:PAGES_PER_WRITE])
                    upcoming = upcoming[PAGES_PER_WRITE:]
                    self.site.write_pages(changes.changed, [], self.pages.order())
                if self.server is not None and not self.pages.stale:
                    reload_browsers(self.server)  # the pages that list what changed are up to date
            self._let_edit_pass()
        exports = other_files(site, self._base_url())  # reads the knowledge base only, which edits replace
        with self.lock:
            if self.site is None or self.pages.kb is not kb:
                return  # a newer edit asks for its own exports
            for path, content in exports.items():
                self.site.write_file(path, content)
        self.indexer.request()

    def _let_edit_pass(self) -> None:
        """Background work waits while a saved edit is on its way: Python runs one thread at a time,
        and the edited page should not share it."""
        deadline = time.monotonic() + EDIT_WAIT_SECONDS
        while self.edit_coming.is_set() and time.monotonic() < deadline:
            time.sleep(0.05)

    def _index(self) -> None:
        with self.lock:
            if self.site is None or self.problems:
                return
            site_dir = Path(self.config.site_dir)
        replace_search_index(site_dir)

    def wait_until_idle(self, timeout: float = 600) -> bool:
        """True once pages, exports and search index have caught up with the last edit (for tests
        and benchmarks)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.finisher.idle.wait(deadline - time.monotonic()) and self.indexer.idle.wait(deadline - time.monotonic()):
                if self.finisher.idle.is_set():
                    return True
        return False

    def stop(self) -> None:
        self.finisher.stop()
        self.indexer.stop()
        for watcher in self.watchers:
            watcher.stop()

    # --- helpers ----------------------------------------------------------------------------------

    def _plain_site(self) -> Site:
        return Site(self.pages.kb, self.pages.xref_index.xref, self.pages.site.glossary)

    def _base_url(self) -> str:
        return self.config.site_url or "/"

    def _other_sources(self) -> dict:
        """docs/ and mkdocs.yml as they are now: a change there needs a full build."""
        if self.config is None:
            return {}
        try:
            config_stat = os.stat(self.config.config_file_path)
            config_state = (config_stat.st_mtime_ns, config_stat.st_size, config_stat.st_ino)
        except (OSError, TypeError):
            config_state = None
        return {"docs": folder_state(Path(self.config.docs_dir)), "config": config_state}


def replace_search_index(site_dir: Path) -> None:
    """Pagefind adds to the index folder it writes to and never removes old parts, so the new index
    is written beside the site and then put in the old one's place."""
    fresh = Path(tempfile.mkdtemp(prefix=".pagefind-", dir=site_dir.parent))
    try:
        index_site(str(site_dir), str(fresh))
        current, old = site_dir / "pagefind", site_dir.parent / f"{fresh.name}-old"
        if current.exists():
            current.rename(old)
        fresh.rename(current)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(fresh, ignore_errors=True)
