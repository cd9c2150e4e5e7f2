"""The word lists extraction rules read, from the packaged data files in `ingest/data/` (each
file states its source in its header). Rules name a word class ('a role word', 'an organization
word'), never the words themselves, so a list can grow without touching code."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources


TRADITIONAL = "traditional_zh"  # the list of simplified Chinese characters and their traditional forms


@cache
def words(name: str) -> tuple[str, ...]:
    """The entries of data/<name>.txt, in file order, without comments and blank lines; a Chinese
    entry is followed by its traditional forms ('邓' then '鄧', '为大家' then '爲大家', '為大家')."""
    entries = _entries(name)
    if name == TRADITIONAL:
        return entries
    return tuple(dict.fromkeys(form for entry in entries for form in (entry, *traditional_forms(entry))))


@cache
def _entries(name: str) -> tuple[str, ...]:
    text = resources.files(__package__).joinpath("data", f"{name}.txt").read_text(encoding="utf-8")
    return tuple(dict.fromkeys(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")))


@cache
def _traditional_tables() -> tuple[dict[int, str], ...]:
    """str.translate tables from simplified characters to their first traditional form, and to
    the Taiwan form of it where there is another ('为' -> '爲', '為')."""
    first, taiwan = {}, {}
    for entry in words(TRADITIONAL):
        simplified, *forms = entry.split()
        first[ord(simplified)] = forms[0]
        taiwan[ord(simplified)] = forms[-1]
    return first, taiwan


@cache
def _simplified_table() -> dict[int, str]:
    """A str.translate table from each traditional form of traditional_zh.txt to its simplified character."""
    return {ord(form): entry.split()[0] for entry in words(TRADITIONAL) for form in entry.split()[1:]}


def simplified_form(text: str) -> str:
    """The text written in simplified characters ('時間' -> '时间'); Latin and simplified text as it is."""
    return text if text.isascii() else text.translate(_simplified_table())


def traditional_forms(text: str) -> tuple[str, ...]:
    """The text written in traditional characters, when that differs ('许' -> '許'); none for
    Latin text or text already traditional."""
    if text.isascii():
        return ()
    return tuple(dict.fromkeys(form for table in _traditional_tables()
                               for form in [text.translate(table)] if form != text))


@cache
def labels(kind: str) -> tuple[str, ...]:
    """The label words of one class in data/labels.txt ('date', 'place', 'speaker', 'host'...)."""
    found = []
    for entry in words("labels"):
        name, _, word = entry.partition(":")
        if name.strip() == kind:
            found.append(word.strip())
    return tuple(found)


@cache
def casefolded(name: str) -> frozenset[str]:
    """A word list's entries in one case, for looking a word up whatever case a text writes it in."""
    return frozenset(entry.casefold() for entry in words(name))


def zh_words(*entries: str) -> str:
    """A regex group of these Chinese words, each also in traditional characters ('为大家', '為大家')."""
    return f"(?:{alternation(form for entry in entries for form in (entry, *traditional_forms(entry)))})"


def english_plurals(entries) -> tuple[str, ...]:
    """The plurals of the Latin entries by an added 's' ('talk' -> 'talks', 'session' -> 'sessions'), for the
    word lists whose nouns a text may write in the plural."""
    return tuple(f"{entry}s" for entry in entries if entry.isascii())


def alternation(entries) -> str:
    """A regex alternation of the entries, longest first; Latin entries only as whole words (not
    the head of a hyphenated name), unless they end in a mark of their own ('sched.co/' before a talk's
    code). The Latin entries share one look back for a letter: an entry that starts with a letter and
    one that does not never match at the same place, so grouping them changes no match, and the regex
    no longer looks back once per entry at every character;
    the Chinese entries are grouped by their first character for the same reason."""
    latin, other, chinese = [], [], {}
    for entry in sorted(set(entries), key=len, reverse=True):
        escaped = re.escape(entry).replace(r"\ ", r"\s+")
        if re.match(r"[A-Za-z]", entry):  # 'PMC' is no part of 'PMC-Contoso'; 'sched.co/' ends where its slash does
            latin.append(rf"{escaped}(?![A-Za-z]|-[A-Za-z])" if re.search(r"[A-Za-z0-9]$", entry) else escaped)
        elif CJK_START.match(entry):
            chinese.setdefault(entry[0], []).append(_escaped(entry[1:]))
        else:
            other.append(escaped)
    return "|".join(([rf"(?<![A-Za-z])(?:{'|'.join(latin)})"] if latin else []) + other
                    + [_one_branch(first, rests) for first, rests in chinese.items()])


CJK_START = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def _escaped(text: str) -> str:
    return re.escape(text).replace(r"\ ", r"\s+")


def _one_branch(first: str, rests: list[str]) -> str:
    """The Chinese entries that start with one character as one branch, '为(?:大家|您)': the regex checks
    that character once, not once an entry (every entry also has its traditional forms, so a list's
    alternation is twice as long). The entries keep their order (longest first), and no entry that
    starts otherwise can match where these do, so every match is the one the plain alternation gives."""
    return re.escape(first) + ("" if rests == [""] else f"(?:{'|'.join(rests)})")


@cache
def pattern(name: str) -> re.Pattern:
    """Any entry of a word list, case-insensitive."""
    return re.compile(alternation(words(name)), re.IGNORECASE)


@cache
def label_pattern(*kinds: str) -> re.Pattern:
    """A line that starts with a label of these classes, then ':' or '：' (or the label alone):
    group 'label' is the label, group 'value' what follows it."""
    entries = [word for kind in kinds for word in labels(kind)]
    return re.compile(rf"^\s*(?P<label>{alternation(entries)})\s*(?:[:：]\s*(?P<value>.*))?$", re.IGNORECASE)


@cache
def label_class() -> dict[str, str]:
    """label word (casefolded) -> its class."""
    found = {}
    for entry in words("labels"):
        name, _, word = entry.partition(":")
        found.setdefault(word.strip().casefold(), name.strip())
    return found


@cache
def surnames() -> frozenset[str]:
    return frozenset(words("surnames_zh"))


@cache
def korean_surnames() -> frozenset[str]:
    return frozenset(words("surnames_ko"))


@cache
def label_anywhere(*kinds: str) -> re.Pattern:
    """A label of these classes followed by ':' anywhere in a line ('Jan. 28 | Beijing 主办方: X')."""
    entries = [word for kind in kinds for word in labels(kind)]
    return re.compile(rf"(?:^|(?<=[\s|｜]))(?P<label>{alternation(entries)})\s*[:：]\s*(?P<value>.+)$", re.IGNORECASE)


@cache
def glued_pattern(name: str) -> re.Pattern:
    """Any entry of a word list, also inside a longer word ('ContosoMeetup'), case-insensitive."""
    return re.compile("|".join(re.escape(w) for w in sorted(words(name), key=len, reverse=True)), re.IGNORECASE)
