"""What the registries already know, as names to look for: organizations, people and topics by every
name and alias, in both scripts, matched exactly or, for OCR-damaged spellings, by similarity."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from ..kb import KnowledgeBase
from ..writing import CJK

REGISTRIES = ("organizations", "people", "topics")
LEGAL_SUFFIXES = re.compile(r"\b(co\.?,?\s*ltd\.?|ltd\.?|inc\.?|corp(oration)?\.?|llc|gmbh|limited|有限公司|股份有限公司)\s*$",
                            re.IGNORECASE)
SIMILAR_LATIN = 0.86  # one wrong letter in a 7-letter name ('Fabrikm' ~ 'Fabrikam') passes, other companies do not
SIMILAR_CJK = 0.75  # one wrong character in four ('云凡数据' ~ '云帆数据'); two ('去凡数据' for '云帆数据', 0.5) is too far
FOUND_KEPT = 20_000  # lines whose registry matches are kept; past that, all are forgotten at once


def normalize(name: str) -> str:
    text = unicodedata.normalize("NFKC", str(name)).casefold().strip()
    text = LEGAL_SUFFIXES.sub("", text).strip(" ,.")
    return re.sub(r"[\s\-_.,'’&()（）/]+", "", text)


def _words(name: str) -> tuple[str, ...]:
    return tuple(sorted(normalize(word) for word in str(name).split()))


@dataclass
class Lexicon:
    names: dict[str, dict[str, str]] = field(default_factory=lambda: {r: {} for r in REGISTRIES})  # normalized -> id
    patterns: dict[str, re.Pattern | None] = field(default_factory=dict)
    display: dict[tuple[str, str], dict] = field(default_factory=dict)  # (registry, id) -> entry
    found: dict[tuple[str, str], list] = field(default_factory=dict, repr=False)  # find()'s recent answers
    people_by_words: dict[tuple[str, ...], str] = field(default_factory=dict, repr=False)  # sorted words -> id

    def lookup(self, registry: str, name: str, similar: bool = True) -> tuple[str, str] | None:
        """(id, how) for a name: 'exact', or a note on how else it was matched (a similar spelling,
        unless `similar` is false; for a person, the same words in another order)."""
        key = normalize(name)
        if not key:
            return None
        known = self.names[registry]
        if key in known:
            return known[key], "exact"
        if registry == "people":
            return self._same_words_reordered(name)
        cutoff = SIMILAR_CJK if CJK.search(key) else SIMILAR_LATIN
        if len(key) < 4 or not similar:
            return None
        close = process.extractOne(key, known.keys(), scorer=fuzz.ratio, score_cutoff=cutoff * 100)
        if close:
            return known[close[0]], f"'{name}' matched to '{self.display[(registry, known[close[0]])]['name']}' by similar spelling"
        return None

    def _same_words_reordered(self, name: str) -> tuple[str, str] | None:
        """A person is matched by name only, never by a similar spelling: 'Wei Huang' and 'Wei
        Zhang', 'Yang Li' and 'Yan Li' are different people. The same words in another order
        ('Li Yang' for 'Yang Li', family name first) are the same name."""
        entry_id = self.people_by_words.get(_words(name)) if len(name.split()) > 1 else None
        if entry_id:
            return entry_id, f"'{name}' matched to '{self.display[('people', entry_id)]['name']}' with its words in another order"
        return None

    def find(self, registry: str, text: str) -> list[tuple[int, str, str]]:
        """Every known name in the text: (offset, id, text matched). Extraction asks about the
        same line several times (people, organizations, topics), so answers are kept a while."""
        key = (registry, text)
        if key not in self.found:
            if len(self.found) > FOUND_KEPT:
                self.found.clear()
            self.found[key] = self._find(registry, text)
        return self.found[key]

    def _find(self, registry: str, text: str) -> list[tuple[int, str, str]]:
        pattern = self.patterns.get(registry)
        if pattern is None:
            return []
        found = []
        for match in pattern.finditer(text):
            entry_id = self.names[registry].get(normalize(match.group(0)))
            if entry_id:
                found.append((match.start(), entry_id, match.group(0)))
        return found


def build_lexicon(kb: KnowledgeBase) -> Lexicon:
    lexicon = Lexicon()
    for registry in REGISTRIES:
        written: set[str] = set()
        for entry_id, entry in kb.entries[registry].items():
            lexicon.display[(registry, entry_id)] = entry
            for name in [entry.get("name"), entry.get("name_zh"), *entry.get("aliases", [])]:
                if name and normalize(name):
                    lexicon.names[registry].setdefault(normalize(name), entry_id)
                    written.add(name)
                    if registry == "people":
                        lexicon.people_by_words.setdefault(_words(name), entry_id)
        lexicon.patterns[registry] = _pattern(written) if written else None
    return lexicon


def _pattern(names: set[str]) -> re.Pattern:
    """Longest names first (within each script); Latin names only as whole words, so 'OAM' does
    not match inside 'ROAM', and a name written in capitals ('RED', 'OCP') only in capitals, so
    the alias 'RED' is not the 'Red' of 'Red Hat'. One lookaround around each script's
    alternation, not one per name: matching costs a third of what it did."""
    latin, capitals, chinese = [], [], []
    for name in names:
        (chinese if CJK.search(name) else capitals if _in_capitals(name) else latin).append(name)
    groups = [trie_pattern(chinese, fold_case=True)] if chinese else []  # first: 'Contoso中国社区' before 'Contoso'
    groups += [rf"(?<![A-Za-z0-9]){trie_pattern(latin, fold_case=True)}(?![A-Za-z0-9])"] if latin else []
    groups += [rf"(?<![A-Za-z0-9])(?-i:{trie_pattern(capitals, fold_case=False)})(?![A-Za-z0-9])"] if capitals else []
    return re.compile("|".join(groups), re.IGNORECASE)


def trie_pattern(names: list[str], fold_case: bool) -> str:
    """One regular expression for many names, as a tree of their shared beginnings ('Contoso',
    'Contoso Electronics' -> 'Contoso(?:\\s+Electronics)?'): Python's `re` tries the names of an
    alternation one by one at every position of a text, and the tree's branches only where a
    letter leads into them (a third of the time of a flat alternation of 1,000 names). A longer
    name is tried before the shorter one it begins, as in an alternation sorted longest first; a
    space matches any run of white space."""
    tree: dict = {}
    for name in names:
        node = tree
        for unit in re.findall(r"\s+|.", name):
            unit = " " if unit.isspace() else unit.lower() if fold_case and len(unit.lower()) == 1 else unit
            node = node.setdefault(unit, {})
        node[""] = {}
    return _branches(tree)


def _branches(node: dict) -> str:
    ends = "" in node
    parts = [(r"\s+" if unit == " " else re.escape(unit)) + _branches(child) for unit, child in node.items() if unit]
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 else f"(?:{'|'.join(parts)})"
    if ends:
        return f"(?:{body})?"
    return body


def _in_capitals(name: str) -> bool:
    """'RED', 'OCP', 'IBM': a name whose letters are all capitals (an acronym, or a brand written so)."""
    letters = [char for char in name if char.isalpha()]
    return len(letters) >= 2 and all(char.isupper() for char in letters)
