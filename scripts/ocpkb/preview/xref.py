"""The cross-reference (who appears where) kept up to date entry by entry.

`cross_reference` turns the whole knowledge base around, which takes seconds at 5,000 events.
After an edit only the lists the edited entries add to (before or after the edit) can change.
What one entry adds is found by cross-referencing a knowledge base that holds only that entry and
kept; a touched list is then put together from what each entry adds to it and finished as
`cross_reference` finishes its lists (`finish_list`), so it is the full cross-reference's, list
for list.
"""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

from ..kb import KnowledgeBase
from ..site.crossref import CrossReference, cross_reference, finish_list

EntryKey = tuple[str, str]  # (registry, id)
ListKey = tuple[str, str]  # (index, key): one list of the cross-reference, such as ("talks_by_person", "alice-chen")
INDEXES = [field.name for field in fields(CrossReference)]


def added_by(registry: str, entry_id: str, entry: dict) -> dict[ListKey, object]:
    """What one entry adds to each list of the cross-reference."""
    kb = KnowledgeBase(Path())
    kb.entries[registry][entry_id] = entry
    xref = cross_reference(kb)
    return {(index, key): items for index in INDEXES for key, items in getattr(xref, index).items()}


class CrossReferenceIndex:
    """The cross-reference of a knowledge base, with what each entry adds to which list."""

    def __init__(self, kb: KnowledgeBase):
        self.added: dict[EntryKey, dict[ListKey, object]] = {}
        self.contributors: dict[ListKey, set[EntryKey]] = {}
        for registry, entries in kb.entries.items():
            for entry_id, entry in entries.items():
                self._add(registry, entry_id, entry)
        self.xref = CrossReference()
        self._finish(self.xref, set(self.contributors), kb)

    def _add(self, registry: str, entry_id: str, entry: dict) -> set[ListKey]:
        added = added_by(registry, entry_id, entry)
        if added:
            self.added[(registry, entry_id)] = added
        for key in added:
            self.contributors.setdefault(key, set()).add((registry, entry_id))
        return set(added)

    def _remove(self, entry_key: EntryKey) -> set[ListKey]:
        added = self.added.pop(entry_key, {})
        for key in added:
            self.contributors[key].discard(entry_key)
        return set(added)

    def update(self, kb: KnowledgeBase, changed: set[EntryKey]) -> set[ListKey]:
        """Bring the cross-reference up to date with `kb`, in which the `changed` entries were added,
        edited or removed; returns the lists whose content changed."""
        touched: set[ListKey] = set()
        for registry, entry_id in changed:
            touched |= self._remove((registry, entry_id))
            entry = kb.entries[registry].get(entry_id)
            if entry is not None:
                touched |= self._add(registry, entry_id, entry)
        before = {(index, key): getattr(self.xref, index).get(key) for index, key in touched}
        self._finish(self.xref, touched, kb)
        return {(index, key) for (index, key), old in before.items() if getattr(self.xref, index).get(key) != old}

    def _finish(self, xref: CrossReference, keys: set[ListKey], kb: KnowledgeBase) -> None:
        """Put the lists `keys` of `xref` together again from what each entry adds to them."""
        for index, key in sorted(keys):
            contributors = self.contributors.get((index, key))
            if contributors:
                items = [item for entry_key in contributors for item in self.added[entry_key][(index, key)]]
                getattr(xref, index)[key] = finish_list(index, items, kb)
            else:
                getattr(xref, index).pop(key, None)
