"""The generated pages of the preview, and what each of them read.

After an edit, `PageSet.update` marks as stale the pages that read an entry or a
cross-reference list the edit changed, plus pages that are new, and drops the pages that are
gone; `remake` makes stale pages again and tells which came out different.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..kb import KnowledgeBase
from ..site.pages import Page, page_makers
from .record import Key, Recorder, recording_site
from .xref import CrossReferenceIndex, EntryKey


@dataclass
class PageChanges:
    changed: list[Page] = field(default_factory=list)  # new pages and pages whose text changed
    considered: int = 0  # pages made again to find the changed ones


def changed_entries(old: KnowledgeBase, new: KnowledgeBase, candidates: set[EntryKey]) -> set[EntryKey]:
    """The candidates (entries of edited files, before and after) that were added, removed or changed."""
    return {(registry, entry_id) for registry, entry_id in candidates
            if old.entries[registry].get(entry_id) != new.entries[registry].get(entry_id)}


def changed_keys(entries: set[EntryKey], lists: set[tuple[str, str]]) -> set[Key]:
    keys: set[Key] = {("entry", registry, entry_id) for registry, entry_id in entries}
    keys |= {("all", registry) for registry, _ in entries}
    keys |= {("xref", index, key) for index, key in lists}
    keys |= {("all-xref", index) for index, _ in lists}
    return keys


class PageSet:
    """Every generated page, what it read, and which pages are stale (read something that changed
    since they were made). `update` moves to a new knowledge base; `remake` makes stale pages again."""

    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        self.xref_index = CrossReferenceIndex(kb)
        self.recorder = Recorder()
        self.site = recording_site(kb, self.xref_index.xref, self.recorder)
        self.makers = page_makers(self.site)
        self.pages: dict[str, Page] = {}
        self.reads: dict[str, set[Key]] = {}
        self.stale: set[str] = set()
        self.shown: set[Key] = set()  # ("entry", ...) keys changed since the stale pages were last all made
        for src_uri, make in self.makers.items():
            self.pages[src_uri] = self._make(src_uri, make)

    def _make(self, src_uri: str, make) -> Page:
        self.recorder.current = set()
        try:
            page = make()
        finally:
            self.reads[src_uri], self.recorder.current = self.recorder.current, None
        return page

    def update(self, kb: KnowledgeBase, candidates: set[EntryKey]) -> tuple[set[EntryKey], list[str]]:
        """Move to `kb`; `candidates` are the entries of the files that changed (before and after).
        Returns the entries that changed and the pages that no longer exist; the pages to make again
        are added to `stale`."""
        entries = changed_entries(self.kb, kb, candidates)
        lists = self.xref_index.update(kb, entries)
        changed = changed_keys(entries, lists)
        self.site = recording_site(kb, self.xref_index.xref, self.recorder)
        self.makers = page_makers(self.site)
        self.kb = kb
        removed = sorted(set(self.pages) - set(self.makers))
        for src_uri in removed:
            del self.pages[src_uri], self.reads[src_uri]
        self.stale -= set(removed)
        self.stale |= {src_uri for src_uri, reads in self.reads.items() if not reads.isdisjoint(changed)}
        self.stale |= set(self.makers) - set(self.pages)
        self.shown = {key for key in changed if key[0] == "entry"} | (self.shown if self.stale else set())
        return entries, removed

    def remake(self, src_uris) -> PageChanges:
        """Make the stale pages among `src_uris` again; returns those whose text changed."""
        result = PageChanges()
        for src_uri in [uri for uri in src_uris if uri in self.stale]:
            self.stale.discard(src_uri)
            result.considered += 1
            page = self._make(src_uri, self.makers[src_uri])
            if self.pages.get(src_uri) != page:
                self.pages[src_uri] = page
                result.changed.append(page)
        return result

    def next_stale(self, count: int) -> list[str]:
        """Stale pages to make next: new pages and those that show a changed entry (the pages that
        list an edited event, say) before those that only count or chart something; in build order."""
        stale = [src_uri for src_uri in self.makers if src_uri in self.stale]
        first = [src_uri for src_uri in stale if not self.reads.get(src_uri, self.shown).isdisjoint(self.shown)]
        chosen = set(first)
        return (first + [src_uri for src_uri in stale if src_uri not in chosen])[:count]

    def order(self) -> list[str]:
        """The pages made so far, in the order a full build makes them."""
        return [src_uri for src_uri in self.makers if src_uri in self.pages]
