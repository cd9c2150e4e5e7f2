"""What each generated page reads: recorded while the page is made, so an edit re-makes only the
pages that read something it changed. Nothing in the page code has to declare its inputs.

A read is a key: ("entry", registry, id) for one entry of the knowledge base, ("xref", index, key)
for one list of the cross-reference, and ("all", registry) or ("all-xref", index) for a page that
goes through a whole registry or index (an index page, a chart).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields

from ..kb import KnowledgeBase
from ..site.crossref import CrossReference
from ..site.render import Site
from ..site.search import GLOSSARY_REGISTRIES, Glossary

Key = tuple


class Recorder:
    """Collects the keys read while `current` is a set (while one page is being made)."""

    def __init__(self):
        self.current: set[Key] | None = None

    def note(self, key: Key) -> None:
        if self.current is not None:
            self.current.add(key)


class RecordingDict(Mapping):
    """A read-only view of a mapping that tells its recorder which keys are read. Reading a missing
    key goes to the mapping itself, so a defaultdict answers as it would in a build."""

    def __init__(self, recorder: Recorder, item_key, all_key: Key, mapping):
        self._recorder, self._item_key, self._all_key, self._mapping = recorder, item_key, all_key, mapping

    def __getitem__(self, key):
        self._recorder.note(self._item_key(key))
        return self._mapping[key]

    def get(self, key, default=None):
        self._recorder.note(self._item_key(key))
        return self._mapping.get(key, default)

    def __contains__(self, key):
        self._recorder.note(self._item_key(key))
        return key in self._mapping

    def __iter__(self):
        self._recorder.note(self._all_key)
        return iter(self._mapping)

    def __len__(self):
        self._recorder.note(self._all_key)
        return len(self._mapping)


class RecordingSite(Site):
    """A Site whose knowledge base and cross-reference record what is read. Labels are cached by
    Site, so a label read is recorded here, before the cache answers."""

    recorder: Recorder

    def label(self, registry: str, entry_id: str) -> str:
        self.recorder.note(("entry", registry, entry_id))
        return super().label(registry, entry_id)


class RecordingGlossary(Glossary):
    """A Glossary that records what a page reads through it: the names of the entries it names,
    and, for the mentions found in a text, every entry whose names could be found there."""

    recorder: Recorder

    def names(self, entries) -> list[str]:
        entries = list(entries)
        for registry, entry_id in entries:
            self.recorder.note(("entry", registry, entry_id))
        return super().names(entries)

    def mentioned_in(self, texts) -> list:
        for registry in GLOSSARY_REGISTRIES:
            self.recorder.note(("all", registry))
        return super().mentioned_in(texts)


def recording_glossary(kb: KnowledgeBase, recorder: Recorder) -> RecordingGlossary:
    glossary = RecordingGlossary.of(kb)  # from the plain knowledge base: making it is no page's read
    glossary.recorder = recorder
    return glossary


def recording_site(kb: KnowledgeBase, xref: CrossReference, recorder: Recorder) -> RecordingSite:
    entries = {registry: RecordingDict(recorder, lambda key, r=registry: ("entry", r, key), ("all", registry), entries)
               for registry, entries in kb.entries.items()}
    recorded_kb = KnowledgeBase(kb.data_dir, kb.files, kb.stray_files, kb.layout_problems, entries, kb.origins)
    indexes = {}
    for field in fields(CrossReference):
        index = getattr(xref, field.name)
        indexes[field.name] = RecordingDict(recorder, lambda key, i=field.name: ("xref", i, key), ("all-xref", field.name),
                                            index)
    site = RecordingSite(recorded_kb, CrossReference(**indexes), recording_glossary(kb, recorder))
    site.recorder = recorder
    return site
