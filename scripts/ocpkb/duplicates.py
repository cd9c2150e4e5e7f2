"""Validate stage, warnings: entries that are probably one.

- People and organizations: the same name (any of name, name_zh and aliases, once case, spacing,
  punctuation and legal suffixes are set aside, as ingest matches names); the same words in another
  order or spacing ('Zhao Shuai', 'Shuai Zhao'; 'Zhaoshuai Li', 'Li Zhao Shuai'); a person's name
  with and without a middle initial ('Mohan J Kumar', 'Mohan Kumar'); a person's
  Chinese name whose pinyin is the other's name (赵帅, 'Zhao Shuai'); an organization whose name is
  the start of another's ('Inspur', 'Inspur Information'; '浪潮', '浪潮信息') when neither is the
  other's parent; organization names spelt nearly alike ('CoreRain', 'CoreRaiin'), by rapidfuzz.
- Events that start on the same date in the same city, or with near-identical names less than a month
  apart and not in two different cities.
- A session entered twice in one event; a talk file that repeats a session or another talk.

Nothing compares every entry with every other: entries go into blocks by keys (a name reduced to
its words, a date and a city, a year and the numbers in a name) and only entries that share a
block are compared, so the work grows with the number of entries. Numbers tell names apart
('Summit 2022' is not 'Summit 2023'), so fuzzy comparisons only happen between names with the
same numbers; Chinese text counts as alike only when equal (one character more or less is
another word: 内存 and 存储, 五 and 六). Two people whose Chinese names differ are two people,
however alike their names in Latin script.

Each pair is reported once, on the place that comes later, naming the other with its file and
line. `distinct_from: [other-id]` on either entry (on a session, `distinct: true`) says they are
two and silences the warning.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import importlib.util
import itertools
import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rapidfuzz import fuzz, process

from .ingest.lexicon import normalize as same_name_key
from .kb import DataFile, KnowledgeBase
from .problems import Problem
from .slug import CJK

SIMILAR_ORGANIZATION_NAMES = 90  # rapidfuzz ratio: one letter wrong or missing in a name of ten letters or more
SIMILAR_NAME_MIN_LENGTH = 8  # shorter names one letter apart are mostly other companies ('Intel', 'Intol')
NEAR_IDENTICAL_NAMES = 90  # rapidfuzz token_sort_ratio of event names: the same words, reordered or with a typo
NEAR_IDENTICAL_TITLES = 90  # rapidfuzz ratio of session titles
MAX_DAYS_APART = 31  # same-named events further apart are other editions (a monthly meetup), not a copy with a typo
MAX_READINGS = 16  # pinyin readings tried per Chinese name (polyphonic characters: 单 dan/shan)
NOT_TALKS = {"break", "meal"}
WORD = re.compile(r"[a-z0-9]+")
DIGITS = re.compile(r"\d+")
FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Place:
    """A value a warning points at, in an entry or in one session of an event."""

    file: DataFile
    path: tuple  # inside the file: (3, "name_zh"), ("start_date",), ("sessions", 2, "title")
    noun: str  # "person 'zhao-shuai'", "sessions[2] of event 'x'"
    order: tuple  # the entry's (or session's) reading order: the later of two places gets the warning

    def line(self) -> str:
        line = (self.file.yaml.where(self.path) or (None,))[0]
        return f"{self.file.yaml.path}:{line}" if line else self.file.yaml.path


@dataclass(frozen=True)
class Pair:
    earlier: Place
    later: Place
    reason: str
    hint: str


def duplicate_warnings(kb: KnowledgeBase) -> list[Problem]:
    """One warning per pair of places that are probably one, on the later of the two, with every
    reason found for the pair (the strongest first).

    The garbage collector is paused meanwhile, as while loading (kb.py): what is built here is
    acyclic, and the collector's rescans of it made this twice as slow at 5,000 events."""
    found: dict[tuple, list[Pair]] = {}
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        for pair in itertools.chain(people_pairs(kb), organization_pairs(kb), event_pairs(kb), session_pairs(kb)):
            found.setdefault((pair.earlier.order, pair.later.order), []).append(pair)
    finally:
        if was_enabled:
            gc.enable()
    return [as_warning(pairs) for pairs in found.values()]


def as_warning(pairs: list[Pair]) -> Problem:
    earlier, later = pairs[0].earlier, pairs[0].later
    reasons = "; ".join(dict.fromkeys(pair.reason for pair in pairs))
    problem = later.file.yaml.problem(later.path, f"{later.noun} may be the same as {earlier.noun} "
                                                  f"({earlier.line()}): {reasons}", pairs[0].hint)
    return dataclasses.replace(problem, severity="warning")


def pair_of(a: Place, b: Place, reason: str, hint: str) -> Pair:
    return Pair(a, b, reason, hint) if a.order <= b.order else Pair(b, a, reason, hint)


def marked_distinct(a_id: str, a: dict, b_id: str, b: dict) -> bool:
    return b_id in listed(a.get("distinct_from")) or a_id in listed(b.get("distinct_from"))


def listed(value) -> list:
    return value if isinstance(value, list) else []


def text_of(value) -> str:
    return value if isinstance(value, str) else ""


# --- words -------------------------------------------------------------------------------------------


def latin_words(text: str) -> tuple[str, ...]:
    """'Zhào Shuài' -> ('zhao', 'shuai'); a name in Chinese characters has none."""
    if text.isascii():
        return tuple(WORD.findall(text.lower()))
    if CJK.search(text):
        return ()
    return tuple(WORD.findall(unicodedata.normalize("NFKD", text.casefold()).encode("ascii", "ignore").decode("ascii")))


def comparison_key(text: str) -> str:
    """What fuzzy comparisons see: the words, without case, accents and punctuation."""
    return " ".join(latin_words(text)) if text.isascii() or not CJK.search(text) else same_name_key(text)


def word_keys(words: tuple[str, ...]) -> set[tuple[str, ...]]:
    """The words in any order, and with two neighbours written as one, as sorted tuples of two or more
    words: 'Li Zhao Shuai', 'Zhaoshuai Li' and 'Shuai Zhao Li' share ('li', 'zhaoshuai')."""
    if len(words) < 2:
        return set()
    keys = {tuple(sorted(words))}
    for index in range(len(words) - 1 if len(words) > 2 else 0):
        keys.add(tuple(sorted(words[:index] + (words[index] + words[index + 1],) + words[index + 2:])))
    return keys


@cache
def _pinyin_table() -> dict[str, str]:
    """pypinyin's table of readings by character (code point as text -> 'dān,chán,shàn').

    Read from its data file: `import pypinyin` also loads its phrase table and trains its word
    segmenter, which took 0.4 to 0.8 s here and adds nothing for names. Older pypinyin versions
    keep the table as a module; that import is the fallback."""
    spec = importlib.util.find_spec("pypinyin")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / "pinyin_dict.json"
        if path.is_file():
            return json.loads(path.read_text(encoding="utf-8"))
    from pypinyin.pinyin_dict import pinyin_dict

    return {str(code): readings for code, readings in pinyin_dict.items()}


@cache
def _char_readings(char: str) -> tuple[str, ...]:
    """Every pinyin reading of a character, without tones: 单 -> ('dan', 'chan', 'shan')."""
    readings = (latin_words(reading) for reading in _pinyin_table().get(str(ord(char)), "").split(","))
    return tuple(dict.fromkeys(words[0] for words in readings if words))


def reading_keys(reading: tuple[str, ...]) -> set[tuple[str, ...]]:
    """A Chinese name's reading as a family name and a given name written as one word, the way Latin
    script writes it ('Zhao Shuai', 'Xiuying Wang'), in either order; or with a family name of two
    characters (欧阳, Ouyang)."""
    if len(reading) < 2:
        return set()
    keys = {tuple(sorted((reading[0], "".join(reading[1:]))))}
    if len(reading) > 2:
        keys.add(tuple(sorted(("".join(reading[:2]), "".join(reading[2:])))))
    return keys


def pinyin_readings(text: str) -> list[tuple[str, ...]]:
    """A name in Chinese characters as pinyin, one word a character, in each of its readings."""
    chars = [char for char in text if not char.isspace() and char not in "·・"]
    if not chars or not all(CJK.match(char) for char in chars):
        return []
    return list(itertools.islice(itertools.product(*(_char_readings(char) or ("?",) for char in chars)), MAX_READINGS))


# --- names of people and organizations ---------------------------------------------------------------


class Name:
    """One name of a registry entry (name, name_zh or an alias), where it is written, and its keys."""

    __slots__ = ("entry_id", "entry", "text", "origin", "path", "noun", "order", "key", "chinese", "words")

    def __init__(self, entry_id: str, entry: dict, text: str, origin, path: tuple, noun: str):
        self.entry_id, self.entry, self.text, self.origin, self.path, self.noun = entry_id, entry, text, origin, path, noun
        self.order = (origin.file.relpath, origin.path)
        self.chinese = bool(CJK.search(text))
        self.words = () if self.chinese else latin_words(text)
        # organizations as ingest matches them ('Hexin Technology Co., Ltd.' is 'Hexin Technology');
        # people by their words, which is the same for names without legal suffixes, and faster
        self.key = same_name_key(text) if self.chinese or noun == "organization" else "".join(self.words)

    @property
    def place(self) -> Place:
        return Place(self.origin.file, self.origin.path + self.path, f"{self.noun} '{self.entry_id}'", self.order)


def registry_names(kb: KnowledgeBase, registry: str) -> list[Name]:
    noun = {"people": "person", "organizations": "organization"}[registry]
    names = []
    for entry_id, entry in kb.entries[registry].items():
        origin = kb.origins[(registry, entry_id)]
        written = [(("name",), entry.get("name")), (("name_zh",), entry.get("name_zh"))]
        written += [(("aliases", index), alias) for index, alias in enumerate(listed(entry.get("aliases")))]
        names += [Name(entry_id, entry, value, origin, path, noun) for path, value in written
                  if isinstance(value, str) and value.strip()]
    return names


def groups_by(keyed) -> Iterator[list[Name]]:
    """Names grouped by key: the groups that hold names of two or more entries, in reading order."""
    groups: dict[object, list[Name]] = defaultdict(list)
    for key, name in keyed:
        groups[key].append(name)
    for group in groups.values():
        if len(group) > 1 and any(name.entry_id != group[0].entry_id for name in group):
            yield sorted(group, key=lambda name: name.order)


def pairs_in(group: list[Name], may_be_one) -> Iterator[tuple[Name, Name]]:
    """For each entry of the group, the first earlier entry it may be: one warning per entry, so a name
    many entries share gives as many warnings, not their square."""
    firsts: dict[str, Name] = {}
    for name in group:
        other = next((o for o in firsts.values() if o.entry_id != name.entry_id and may_be_one(o, name)), None)
        if other:
            yield other, name
        firsts.setdefault(name.entry_id, name)


def not_marked(a: Name, b: Name) -> bool:
    return not marked_distinct(a.entry_id, a.entry, b.entry_id, b.entry)


def merge_hint(noun: str, a: Name, b: Name) -> str:
    earlier, later = sorted((a, b), key=lambda name: name.order)
    return (f"if they are one {noun}, keep one entry, move the other's names into its aliases and use its id "
            f"everywhere; if two, add 'distinct_from: [{earlier.entry_id}]' to '{later.entry_id}'")


def same_name_pairs(names: list[Name], noun: str, may_be_one) -> Iterator[Pair]:
    for group in groups_by((name.key, name) for name in names if name.key):
        for a, b in pairs_in(group, may_be_one):
            written = f"'{a.text}'" if a.text == b.text else f"'{a.text}' and '{b.text}'"
            yield pair_of(a.place, b.place, f"the same name, {written}", merge_hint(noun, a, b))


def same_words_pairs(names: list[Name], noun: str, may_be_one, reads_as=None) -> Iterator[Pair]:
    """The same words in another order or spacing; with `reads_as`, also a name in Chinese characters
    whose pinyin is another entry's name in Latin script (when `reads_as` allows the pair)."""
    keyed = [(key, name) for name in names for key in word_keys(name.words)]
    if reads_as:
        keyed += [(key, name) for name in names if name.chinese for reading in pinyin_readings(name.text)
                  for key in reading_keys(reading)]

    def same_words(a: Name, b: Name) -> bool:
        if a.chinese != b.chinese:
            return reads_as is not None and reads_as(a, b)
        return not a.chinese and a.key != b.key and may_be_one(a, b)

    for group in groups_by(keyed):
        for a, b in pairs_in(group, same_words):
            if a.chinese or b.chinese:
                chinese, latin = (a, b) if a.chinese else (b, a)
                reason = f"'{chinese.text}' is '{latin.text}' in Chinese characters"
            else:
                reason = f"the same name in another order or spacing, '{a.text}' and '{b.text}'"
            yield pair_of(a.place, b.place, reason, merge_hint(noun, a, b))


def people_pairs(kb: KnowledgeBase) -> Iterator[Pair]:
    names = registry_names(kb, "people")
    chinese: dict[str, set[str]] = defaultdict(set)
    latin: dict[str, set[str]] = defaultdict(set)
    for name in names:
        if name.chinese:
            chinese[name.entry_id].add(name.key)
        else:
            latin[name.entry_id].update(name.words)

    def may_be_one(a: Name, b: Name) -> bool:
        """Two people whose Chinese names differ are two people, however alike their Latin names."""
        return not_marked(a, b) and not (chinese[a.entry_id] and chinese[b.entry_id]
                                         and chinese[a.entry_id].isdisjoint(chinese[b.entry_id]))

    def reads_as(a: Name, b: Name) -> bool:
        """赵帅 may be 'Zhao Shuai'; but when the person called 赵帅 has a Latin name too, it shares a word
        (mostly the family name) with the other's: 'Shawn Zhao' (赵帅) may be 'Zhao Shuai', 'Tom Smith' not."""
        chinese_side, latin_side = (a, b) if a.chinese else (b, a)
        own = latin[chinese_side.entry_id]
        return may_be_one(a, b) and (not own or not own.isdisjoint(latin_side.words))

    yield from same_name_pairs([name for name in names if name.chinese], "person", not_marked)
    yield from same_name_pairs([name for name in names if not name.chinese], "person", may_be_one)
    yield from same_words_pairs(names, "person", may_be_one, reads_as)
    yield from middle_initial_pairs(names, may_be_one)


def initials_of(name: Name) -> tuple[str, ...]:
    return tuple(word for word in name.words if len(word) == 1)


def middle_initial_pairs(names: list[Name], may_be_one) -> Iterator[Pair]:
    """A name written with a middle initial and without it ('Mohan J Kumar', 'Mohan Kumar'), in any
    order. Two names with different initials are two people ('Mary K Jones', 'Mary L Jones'), and
    with the same initials the other rules see them."""
    keyed = []
    for name in names:
        kept = tuple(sorted(word for word in name.words if len(word) > 1))
        if len(kept) >= 2:
            keyed.append((kept, name))

    def one_without(a: Name, b: Name) -> bool:
        return bool(initials_of(a)) != bool(initials_of(b)) and may_be_one(a, b)

    for group in groups_by(keyed):
        for a, b in pairs_in(group, one_without):
            reason = f"the same name with and without a middle initial, '{a.text}' and '{b.text}'"
            yield pair_of(a.place, b.place, reason, merge_hint("person", a, b))


# --- organizations -----------------------------------------------------------------------------------


def organization_pairs(kb: KnowledgeBase) -> Iterator[Pair]:
    names = registry_names(kb, "organizations")
    yield from same_name_pairs(names, "organization", not_marked)
    yield from same_words_pairs(names, "organization", not_marked)
    yield from short_name_pairs(kb, names)
    yield from similar_spelling_pairs(names)


def related(kb: KnowledgeBase, a_id: str, b_id: str) -> bool:
    """One organization is the other's parent, or its parent's parent, ..."""
    organizations = kb.entries["organizations"]
    for child, ancestor in ((a_id, b_id), (b_id, a_id)):
        seen, current = set(), organizations.get(child, {}).get("parent")
        while isinstance(current, str) and current not in seen:
            if current == ancestor:
                return True
            seen.add(current)
            current = organizations.get(current, {}).get("parent")
    return False


def start_key(name: Name) -> tuple:
    return ("zh", name.key) if name.chinese else ("en", name.words)


def starts_of(name: Name) -> Iterator[tuple]:
    """Keys of the shorter names this one begins with: whole words, or two or more Chinese characters
    (not ending inside a number or a Latin word: '云数1' does not begin '云数12')."""
    if name.chinese:
        key = name.key
        for end in range(2, len(key)):
            if CJK.search(key[:end]) and not (key[end - 1].isascii() and key[end - 1].isalnum()
                                              and key[end].isascii() and key[end].isalnum()):
                yield ("zh", key[:end])
    else:
        yield from (("en", name.words[:end]) for end in range(1, len(name.words)))


def short_name_pairs(kb: KnowledgeBase, names: list[Name]) -> Iterator[Pair]:
    """'Inspur' and 'Inspur Information': one name the start of the other's, with no parent link between
    them. Only the longest such start is reported ('IBM Systems Europe' against 'IBM Systems', not 'IBM'):
    once 'IBM Systems' is its parent, and IBM that one's, the three are linked."""
    by_key: dict[tuple, list[Name]] = defaultdict(list)
    for name in names:
        by_key[start_key(name)].append(name)
    seen = set()
    for name in names:
        for key in reversed(list(starts_of(name))):
            shorts = [short for short in by_key.get(key, []) if short.entry_id != name.entry_id
                      and not_marked(short, name) and not related(kb, short.entry_id, name.entry_id)]
            for short in shorts:
                if (short.entry_id, name.entry_id) not in seen:
                    seen.add((short.entry_id, name.entry_id))
                    yield short_name_pair(short, name)
            if shorts:
                break


def short_name_pair(short: Name, name: Name) -> Pair:
    first, second = sorted((short.entry_id, name.entry_id))
    hint = (f"if '{name.entry_id}' is part of '{short.entry_id}', add 'parent: {short.entry_id}' to it; "
            "if they are one organization, keep one entry and move the other's names into its aliases; "
            f"if unrelated, add 'distinct_from: [{first}]' to '{second}'")
    return pair_of(short.place, name.place, f"'{short.text}' is the start of '{name.text}' and neither is "
                                            "the other's parent", hint)


def similar_spelling_pairs(names: list[Name]) -> Iterator[Pair]:
    """Names a letter or two apart ('CoreRain', 'CoreRaiin'), compared by rapidfuzz only within blocks
    of names that begin, or end, with the same three letters and hold the same numbers."""
    blocks: dict[tuple, list[tuple[str, Name]]] = defaultdict(list)
    for name in names:
        compact = "".join(name.words)
        if len(compact) >= SIMILAR_NAME_MIN_LENGTH:
            numbers = numbers_in(compact)
            blocks[("start", compact[:3], numbers)].append((compact, name))
            blocks[("end", compact[-3:], numbers)].append((compact, name))
    for block in blocks.values():
        if len({name.entry_id for _, name in block}) < 2:
            continue
        texts = [compact for compact, _ in block]
        for index, (compact, name) in enumerate(block[:-1]):
            for _, score, found in process.extract_iter(compact, texts[index + 1:], scorer=fuzz.ratio,
                                                        score_cutoff=SIMILAR_ORGANIZATION_NAMES):
                other = block[index + 1 + found][1]
                if other.entry_id != name.entry_id and other.key != name.key and not_marked(name, other):
                    yield pair_of(name.place, other.place, f"names spelt nearly alike, '{name.text}' and "
                                                           f"'{other.text}' ({score:.0f}% alike)",
                                  merge_hint("organization", name, other))


# --- events ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """An event or a talk file: its id, data and file."""

    entry_id: str
    entry: dict
    file: DataFile
    noun: str

    def place(self, *path) -> Place:
        return Place(self.file, tuple(path), self.noun, (self.file.relpath,))


def entries_of(kb: KnowledgeBase, registry: str) -> list[Entry]:
    noun = {"events": "event", "talks": "talk"}[registry]
    return [Entry(entry_id, entry, kb.origins[(registry, entry_id)].file, f"{noun} '{entry_id}'")
            for entry_id, entry in kb.entries[registry].items()]


def event_pairs(kb: KnowledgeBase) -> Iterator[Pair]:
    events = entries_of(kb, "events")
    yield from same_day_same_city_pairs(events)
    yield from near_identical_name_pairs(events)


def files_hint(a: Entry, b: Entry, noun: str) -> str:
    earlier, later = sorted((a, b), key=lambda entry: entry.file.relpath)
    return (f"if they are one {noun}, move what {later.file.yaml.path} adds into {earlier.file.yaml.path}, delete "
            f"it and point its references to '{earlier.entry_id}'; if two, add "
            f"'distinct_from: [{earlier.entry_id}]' to '{later.entry_id}'")


def cities_of(event: dict) -> list[str]:
    location = event.get("location")
    return [text_of(location.get(key)) for key in ("city", "city_zh") if text_of(location.get(key))] \
        if isinstance(location, dict) else []


def same_day_same_city_pairs(events: list[Entry]) -> Iterator[Pair]:
    """Events that start on one full date in one city (as `city` or as `city_zh`)."""
    groups: dict[tuple, list[Entry]] = defaultdict(list)
    for event in events:
        start = text_of(event.entry.get("start_date"))
        if FULL_DATE.match(start):
            for city in {same_name_key(city) for city in cities_of(event.entry)}:
                groups[(start, city)].append(event)
    for (start, _), group in groups.items():
        for a, b in itertools.combinations(group, 2):
            if not marked_distinct(a.entry_id, a.entry, b.entry_id, b.entry):
                yield pair_of(a.place("start_date"), b.place("start_date"),
                              f"both start on {start} in {cities_of(a.entry)[0]}", files_hint(a, b, "event"))


def alike(noun: str, a: str, b: str, score: float) -> str:
    """'the same title, 'X'' or 'near-identical titles, 'X' and 'Y' (93% alike)'."""
    if comparison_key(a) == comparison_key(b):
        return f"the same {noun}, '{a}'" + (f" and '{b}'" if a != b else "")
    return f"near-identical {noun}s, '{a}' and '{b}' ({score:.0f}% alike)"


def numbers_in(text: str) -> tuple[int, ...]:
    return tuple(int(number) for number in DIGITS.findall(text))  # int() reads full-width digits too


def near_identical(texts: list[str], cutoff: int, scorer=fuzz.token_sort_ratio) -> Iterator[tuple[int, int, float]]:
    """(i, j, score) for the texts that are nearly the same. Only texts holding the same numbers are
    compared ('Summit 2022' and 'Summit 2023' never are), and Chinese text only when equal."""
    by_numbers: dict[tuple, list[int]] = defaultdict(list)
    for index, text in enumerate(texts):
        by_numbers[numbers_in(text)].append(index)
    for same_numbers in by_numbers.values():
        if len(same_numbers) < 2:
            continue
        keys = {index: comparison_key(texts[index]) for index in same_numbers}
        blocks: dict[str, list[int]] = defaultdict(list)
        for index in same_numbers:
            if keys[index]:
                blocks[keys[index] if CJK.search(keys[index]) else ""].append(index)
        for block in blocks.values():
            for position, index in enumerate(block[:-1]):
                rest = block[position + 1:]
                for _, score, found in process.extract_iter(keys[index], [keys[i] for i in rest], scorer=scorer,
                                                            score_cutoff=cutoff):
                    yield index, rest[found], score


def near_identical_name_pairs(events: list[Entry]) -> Iterator[Pair]:
    """Events with near-identical names that may be one: starting within a month of each other, and
    not in two different cities (a monthly meetup of one name, a roadshow, are other events)."""
    by_year: dict[str, list[Entry]] = defaultdict(list)
    for event in events:
        by_year[text_of(event.entry.get("start_date"))[:4]].append(event)
    for group in by_year.values():
        for name_field in ("name", "name_zh"):
            named = [event for event in group if text_of(event.entry.get(name_field))]
            texts = [event.entry[name_field] for event in named]
            for i, j, score in near_identical(texts, NEAR_IDENTICAL_NAMES):
                a, b = named[i], named[j]
                if close_in_time_and_place(a.entry, b.entry) and not marked_distinct(a.entry_id, a.entry,
                                                                                    b.entry_id, b.entry):
                    starts = sorted({text_of(a.entry.get("start_date")), text_of(b.entry.get("start_date"))})
                    when = f", starting on {' and '.join(starts)}" if len(starts) > 1 else ""
                    yield pair_of(a.place(name_field), b.place(name_field),
                                  alike("name", texts[i], texts[j], score) + when, files_hint(a, b, "event"))


def close_in_time_and_place(a: dict, b: dict) -> bool:
    cities_a = {same_name_key(city) for city in cities_of(a)}
    cities_b = {same_name_key(city) for city in cities_of(b)}
    if cities_a and cities_b and cities_a.isdisjoint(cities_b):
        return False
    start_a, start_b = text_of(a.get("start_date")), text_of(b.get("start_date"))
    if not (FULL_DATE.match(start_a) and FULL_DATE.match(start_b)):
        return start_a.startswith(start_b) or start_b.startswith(start_a)  # '2023-03' may be '2023-03-18'
    try:
        apart = abs(dt.date.fromisoformat(start_a) - dt.date.fromisoformat(start_b))
    except ValueError:  # not a real date: reported as an error already
        return False
    return apart.days <= MAX_DAYS_APART


# --- sessions and talks ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Talk:
    """A session of an event, or a talk file: what a talk entered twice is compared on."""

    entry: dict  # the session, or the talk file's entry
    place: Place
    talk_file: Entry | None = None  # None for a session

    @property
    def speakers(self) -> frozenset:
        return frozenset(s["person"] for s in listed(self.entry.get("speakers"))
                         if isinstance(s, dict) and isinstance(s.get("person"), str))


def titles_of(entry: dict) -> list[str]:
    return [text for text in (text_of(entry.get("title")), text_of(entry.get("title_zh"))) if text]


def session(event: Entry, index: int) -> Talk:
    return Talk(event.entry["sessions"][index], Place(event.file, ("sessions", index, "title"),
                                                      f"sessions[{index}] of {event.noun}", (event.file.relpath, index)))


def talk_of(talk: Entry) -> Talk:
    return Talk(talk.entry, talk.place("title"), talk)


def may_repeat(a: Talk, b: Talk) -> bool:
    """Two entries of one talk: neither a break, neither marked distinct, and a speaker in common (or
    speakers on one side only: a copy that lost them). Two panels without speakers are let be."""
    if any(t.entry.get("distinct") is True or text_of(t.entry.get("kind")) in NOT_TALKS for t in (a, b)):
        return False
    if a.talk_file and b.talk_file and marked_distinct(a.talk_file.entry_id, a.talk_file.entry,
                                                       b.talk_file.entry_id, b.talk_file.entry):
        return False
    return bool(a.speakers & b.speakers) or bool(a.speakers) != bool(b.speakers)


def session_hint(a: Talk, b: Talk) -> str:
    if a.talk_file and b.talk_file:
        return files_hint(a.talk_file, b.talk_file, "talk")
    if a.talk_file or b.talk_file:
        return (f"if the talk is that session, move what {(a.talk_file or b.talk_file).file.yaml.path} adds into "
                "the session and delete the file; if not, add 'distinct: true' to the session")
    return "delete one of the two, keeping what each adds; if the talk was given twice, add 'distinct: true' to one"


def talk_pair(a: Talk, b: Talk, title_a: str, title_b: str, score: float) -> Pair | None:
    if a.place == b.place or not may_repeat(a, b):
        return None
    reason = alike("title", title_a, title_b, score)
    shared = sorted(a.speakers & b.speakers)
    if shared:
        reason += f", and the same speaker{'s' if len(shared) > 1 else ''} {', '.join(shared)}"
    return pair_of(a.place, b.place, reason, session_hint(a, b))


def session_pairs(kb: KnowledgeBase) -> Iterator[Pair]:
    """Within each event, its sessions and the talk files that name it; then each talk file that names
    no event against every session and talk with the same title."""
    talks = [talk_of(talk) for talk in entries_of(kb, "talks")]
    talks_at: dict[str, list[Talk]] = defaultdict(list)
    for talk in talks:
        talks_at[text_of(talk.entry.get("event"))].append(talk)
    events = entries_of(kb, "events")
    for event in events:
        sessions = listed(event.entry.get("sessions"))
        titled = [((event, index), title) for index, item in enumerate(sessions) if isinstance(item, dict)
                  for title in titles_of(item)]
        titled += [(talk, title) for talk in talks_at.get(event.entry_id, []) for title in titles_of(talk.entry)]
        if len(titled) < 2:
            continue
        texts = [title for _, title in titled]
        for i, j, score in near_identical(texts, NEAR_IDENTICAL_TITLES, scorer=fuzz.ratio):
            a, b = (ref if isinstance(ref, Talk) else session(*ref) for ref, _ in (titled[i], titled[j]))
            pair = talk_pair(a, b, texts[i], texts[j], score)
            if pair:
                yield pair
    yield from unplaced_talk_pairs(events, talks, talks_at.get("", []))


def unplaced_talk_pairs(events: list[Entry], talks: list[Talk], unplaced: list[Talk]) -> Iterator[Pair]:
    """A talk file that names no event, against every session and talk file with the same title."""
    if not unplaced:
        return
    by_title: dict[str, list[tuple[Talk | tuple, str]]] = defaultdict(list)
    for event in events:
        for index, item in enumerate(listed(event.entry.get("sessions"))):
            for title in titles_of(item) if isinstance(item, dict) else []:
                by_title[comparison_key(title)].append(((event, index), title))
    for talk in talks:
        for title in titles_of(talk.entry):
            by_title[comparison_key(title)].append((talk, title))
    for talk in unplaced:
        for title in titles_of(talk.entry):
            for ref, other_title in by_title.get(comparison_key(title), []):
                pair = talk_pair(talk, ref if isinstance(ref, Talk) else session(*ref), title, other_title, 100)
                if pair:
                    yield pair
