"""The generated pages of the preview, and what each of them read.

After an edit, `PageSet.update` makes again only the pages that read an entry or a
cross-reference list the edit changed, plus pages that are new, and tells which pages
came out different and which are gone.
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
    removed: list[str] = field(default_factory=list)  # src_uris of pages that no longer exist
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
    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        self.xref_index = CrossReferenceIndex(kb)
        self.recorder = Recorder()
        self.pages: dict[str, Page] = {}
        self.reads: dict[str, set[Key]] = {}
        site = recording_site(kb, self.xref_index.xref, self.recorder)
        for src_uri, make in page_makers(site).items():
            self.pages[src_uri] = self._make(src_uri, make)
        self.site = site

    def _make(self, src_uri: str, make) -> Page:
        self.recorder.current = set()
        try:
            page = make()
        finally:
            self.reads[src_uri], self.recorder.current = self.recorder.current, None
        return page

    def update(self, kb: KnowledgeBase, candidates: set[EntryKey]) -> PageChanges:
        """Move to `kb`; `candidates` are the entries of the files that changed (before and after)."""
        entries = changed_entries(self.kb, kb, candidates)
        lists = self.xref_index.update(kb, entries)
        changed = changed_keys(entries, lists)
        site = recording_site(kb, self.xref_index.xref, self.recorder)
        makers = page_makers(site)
        stale = {src_uri for src_uri, reads in self.reads.items() if not reads.isdisjoint(changed)}
        result = PageChanges(removed=sorted(set(self.pages) - set(makers)))
        for src_uri in result.removed:
            del self.pages[src_uri], self.reads[src_uri]
        for src_uri, make in makers.items():
            if src_uri in self.pages and src_uri not in stale:
                continue
            result.considered += 1
            page = self._make(src_uri, make)
            if self.pages.get(src_uri) != page:
                self.pages[src_uri] = page
                result.changed.append(page)
        self.pages = {src_uri: self.pages[src_uri] for src_uri in makers}  # in the order a build makes them
        self.kb, self.site = kb, site
        return result
