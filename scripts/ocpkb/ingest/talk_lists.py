"""Part of stage 2b, recognize layouts: talks listed rather than told, read after the layout
recognizers of layouts.py and merged into what they found. A list under a program heading
('## Agenda', '### Talks', '**Slides from the presentations**') whose items open with their speaker
('- Jane Doe, Contoso: Title', '- [Jane Doe: Title](slides)', '- Jane Doe and Omar Haddad: Title'),
even a list of one; a talk label ('- Talk: Title') under a heading that names its presenters
('### Lightning Talk 2: Jane Doe, Omar Haddad', '### Jane Doe'); a list of recordings, each a
linked title with its speakers' linked names ('[Title](video) by [Jane Doe](profile)', '[Title](video)
[(Jane Doe)](profile) showed …'); a title over a line of its speakers ('**Title**' over '_with Jane
Doe and Omar Haddad_'); a 'talk' that is only a date
('May 22, 2024 by Jane Doe' is a post's byline) is none.
"""

from __future__ import annotations

import re
from functools import cache

from . import dates
from .classify import is_org, is_role, parse_people, person_name, probably_a_person
from .lexicon import normalize
from .model import PersonMention, SessionMention
from .segment import Block, item_runs
from .talk_lines import (
    HANDLE_NOTE,
    MAX_CAPTION,
    SPEAKER_SET_APART,
    bold_lead,
    clean_title,
    line_label,
    line_label_and_value,
    material_word,
    split_title_and_speakers,
    talk_nouns,
)
from .titled_talks import subject_speakers
from .wordlists import alternation, labels, words

SPEAKER_THEN_TITLE = re.compile(r"^(?P<who>[^:：]{3,80}?)\s*[:：]\s*(?P<title>[^:：].{1,150}?)[.。]?$")
KIND_NUMBERED = re.compile(r"^[^:：]{0,40}?\b\d{1,2}\s*[:：]\s*")  # 'Lightning Talk 2: ', 'Presentation 1: '
WITH_NAMES = re.compile(r"(?i)^(?:with|(?:presented\s+)?by|featuring)\s+(?P<who>[^.;:()]{3,160})$")
NAME_SEPARATOR = re.compile(r"\s*(?:[,，&]|\band\b)\s*")
LINKED_NAMES = re.compile(r"^(?P<more>(?:\s+and\s+[^()（）]{2,30}?)?)(?:\s+(?:presented\s+|hosted\s+)?by\s+(?P<who>[^()（）]{3,120}?)\.?"
                          r"|\s*[(（](?P<bracketed>[^()（）]{3,60})[)）](?:\s+\S.*)?)$")  # '[Title](…) and [Part II](…) [(Jane Doe)](…) showed …'


def listed_talks(blocks: list[Block], found: list[SessionMention]) -> list[SessionMention]:
    """The talks the layouts found, without a date taken for a title, completed by the talk lists
    they missed: a line's reading with its speakers replaces its reading as a title alone."""
    sessions = [session for session in found if not date_alone(session.title)]
    for session in speaker_first_program_items(blocks, sessions) + talks_under_presenter_headings(blocks) \
            + linked_titles_with_linked_names(blocks) + titles_over_with_lines(blocks) + titles_over_told_speakers(blocks):
        _merge(sessions, session)
    return sessions


def date_alone(title: str) -> bool:
    """'May 22, 2024', 'Oct 16, 2025': a date, no talk's title."""
    text = title.strip(" .,")
    if not text[:1].isalpha() or len(text) > 20:
        return False
    found = dates.find_dates(text)
    return len(found) == 1 and not re.sub(r"[\d\s,.]", "", text[:found[0].position]) \
        and not re.search(r"[^\W\d_]{4,}", re.sub(rf"(?i)^{dates.MONTH}", "", text))


def _merge(sessions: list[SessionMention], session: SessionMention) -> None:
    key = normalize(session.title)
    for index, known in enumerate(sessions):
        if known.span.first == session.span.first and (not known.speakers or known.title == f"{session.title}."):
            sessions[index] = session  # 'Jane Doe: Title' read whole as a title, or 'Title.' with the item's full stop
            return
        if normalize(known.title) == key:
            known.speakers = known.speakers or session.speakers
            return
    sessions.append(session)


def speaker_first_program_items(blocks: list[Block], found: list[SessionMention]) -> list[SessionMention]:
    """The items of a program's list that open with their speakers and a colon ('Jane Doe, Contoso:
    Title', 'Jane Doe: Title'): each the talk after the colon, by the people before it. Beside talks
    found already (no program heading above) each name must read as a person's by itself."""
    talks = []
    speaker_first = {session.span.first: session.speakers[0].name for session in found if session.speakers}
    for block, headed in _program_items(blocks, speaker_first):
        match = SPEAKER_THEN_TITLE.match(block.text)
        if not match or _colon_in_a_linked_title(block) or SPEAKER_SET_APART.search(match.group("title")) \
                or split_title_and_speakers(match.group("title"), block.span)[1]:  # 'Part One: Title by Jane Doe'
            continue
        speakers = _speakers_named(match.group("who"), block)
        if not headed and not all(probably_a_person(person.name) for person in speakers):
            continue
        title = clean_title(match.group("title")) if speakers else ""
        if len(title) >= 2 and not (len(title) <= MAX_CAPTION and (is_org(title) or is_role(title) or person_name(title))):
            talks.append(SessionMention(title, block.span, speakers=speakers))
    return talks


def linked_titles_with_linked_names(blocks: list[Block]) -> list[SessionMention]:
    """A list of recordings: an item that opens with a linked title, then its speakers' linked
    names after 'by' or 'hosted by' ('[TanStack Start](video) by [Jane Doe](profile).') or in
    brackets ('[Title](video) [(Jane Doe)](profile) showed …'): the title, by those people."""
    found = []
    for block in blocks:
        if block.kind != "item" or len(block.links) < 2 or not block.text.startswith(block.links[0]):
            continue
        linked = LINKED_NAMES.match(HANDLE_NOTE.sub("", block.text[len(block.links[0]):]))  # '… by Jane Doe (@jdoe).'
        if not linked:
            continue
        title = block.links[0] + (linked.group("more") or "")
        names = [name.strip("()（） ") for name in NAME_SEPARATOR.split(linked.group("who") or linked.group("bracketed")) if name.strip()]
        if names and all(_a_linked_name(name, block) for name in names) and len(clean_title(title)) >= 2:
            found.append(SessionMention(clean_title(title), block.span, speakers=[PersonMention(name, block.span) for name in names]))
    return found


TITLE_DASH = re.compile(r"^(?P<title>[^—–]{4,150}?)\s+[—–]\s+(?P<rest>\S.*)$")  # 'Title — Jane Doe (Contoso) presented …'
TOLD_SIBLINGS = 2  # items of a list that name their speakers, from which a sibling told without one is a talk too


def titles_over_told_speakers(blocks: list[Block]) -> list[SessionMention]:
    """A list whose items open with a talk's title, linked or set off by a spaced dash, then a sentence
    that opens with its speakers and a speech verb ('[Title](video): Jane Doe (Contoso) talked about …',
    'Title — Jane Doe presented …'): each the talk of the people it names; an item of the same list
    whose sentence names no one ('[Title](video): Engineers of three teams share …') is a talk too
    when two of its siblings name theirs."""
    found = []
    for run in item_runs(blocks):
        told = [(block, *_title_and_sentence(block)) for block in run]
        told = [(block, title, subject_speakers(sentence, block.span, 0, in_clause=False, told=True)) for block, title, sentence in told if title]
        named = sum(1 for _, _, people in told if people)
        found += [SessionMention(title, block.span, speakers=people) for block, title, people in told
                  if people or named >= TOLD_SIBLINGS]
    return found


def _title_and_sentence(block: Block) -> tuple[str, str]:
    """An item's opening title, linked, set in bold or before a spaced dash, and the sentence after it."""
    lead = bold_lead(block.text, block.bold)
    if block.links and block.text.startswith(block.links[0]):
        title, rest = block.links[0], block.text[len(block.links[0]):]
    elif lead:  # '**Title** Jane Doe (Contoso) presented …': the bold ends the title
        title, rest = lead, block.text[block.text.find(lead) + len(lead):]
    else:
        dashed = TITLE_DASH.match(block.text)
        title, rest = (dashed.group("title"), dashed.group("rest")) if dashed else ("", "")
    rest = rest.lstrip(" :：—–-")
    title = clean_title(title.rstrip(" :："))
    return (title, rest) if len(title) >= 4 and rest[:1].isupper() else ("", "")


def titles_over_with_lines(blocks: list[Block]) -> list[SessionMention]:
    """A title in bold or a heading over a line that only names its speakers after 'with', 'by' or
    'featuring' ('**Title**' over '_with Jane Doe, Omar Haddad, and Lena Brandt_'): that talk, by them."""
    found = []
    for title, below in zip(blocks, blocks[1:]):
        match = WITH_NAMES.match(below.text) if title.is_title and below.kind == "paragraph" else None
        names = [name for name in NAME_SEPARATOR.split(match.group("who")) if name] if match else []
        if names and all(person_name(name) == name for name in names) and len(clean_title(title.text)) >= 4:
            found.append(SessionMention(clean_title(title.text), title.span, speakers=[PersonMention(name, below.span) for name in names]))
    return found


def _a_linked_name(name: str, block: Block) -> bool:
    return person_name(name) == name and any(link.strip("()（） ") == name for link in block.links[1:])


def _program_items(blocks: list[Block], speaker_first: dict[int, str]) -> list[tuple[Block, bool]]:
    """The list items of the sections a program heading opens, down to the next heading of its
    level or above (True: headed), and of the lists where a talk was found already whose speaker
    opens its line (False: its siblings may be talks too, 'Jane Doe: Title' beside 'Delba de
    Oliveira: Title'; '[Title: Subtitle](…) - Jane Doe' opens with no speaker)."""
    items, level = [], None
    for block in blocks:
        if block.kind == "heading" and level is not None and block.level <= level:
            level = None
        if (block.is_title or block.text.endswith(":")) and _program_heading(block.text):  # also 'Talks from the team:' over its list
            level = block.level if block.kind == "heading" else 9
        elif level is not None and block.kind == "item":
            items.append((block, True))
    listed = {block.number for block, _ in items}
    for run in item_runs(blocks):
        if any(block.number in speaker_first and _opens_with(block.text, speaker_first[block.number]) for block in run):
            items += [(block, False) for block in run if block.number not in listed]
    return items


def _colon_in_a_linked_title(block: Block) -> bool:
    """'[Part One: Title](video) - Jane Doe, Contoso': the colon is inside a link that is not the
    whole item, so it belongs to the title ('[Jane Doe: Title](slides)' alone is a slide list's item)."""
    return any(":" in link and link.strip() != block.text.strip() for link in block.links)


def _opens_with(text: str, name: str) -> bool:
    match = SPEAKER_THEN_TITLE.match(text)
    return bool(match) and name in match.group("who")


def _program_heading(text: str) -> bool:
    """'Agenda', 'Talks', 'Schedule', 'Slides from the presentations', 'Recordings of the talks'."""
    text = text.strip(" *_:：")
    return line_label(text) == "agenda" or (len(text) <= 60 and bool(_program_words().search(text)))


@cache
def _program_words() -> re.Pattern:
    """Material words with talk nouns ('Slides from the presentations', 'Talks and videos'), talks
    and whose they are ('Talks from the Contoso team:')."""
    materials, nouns = alternation(labels("material-word")), talk_nouns()
    return re.compile(rf"(?i)^(?:(?:{materials})\b.*\b(?:{nouns})$|(?:{nouns})\s+(?:and\s+)?(?:{materials})$|(?:{nouns})\s+(?:from|on|by|at)\b)")


def _speakers_named(who: str, block: Block) -> list[PersonMention]:
    """'Jane Doe', 'Jane Doe, Contoso', 'Jane Doe and Omar Haddad': people, each a name that reads as one."""
    who = HANDLE_NOTE.sub("", who).strip(" ,;-–—")
    people = parse_people(who, block.span, cue=True)
    return people if people and all(person.name and person_name(person.name) == person.name for person in people) else []


def talks_under_presenter_headings(blocks: list[Block]) -> list[SessionMention]:
    """'### Jane Doe' (or '### Lightning Talk 2: Jane Doe, Omar Haddad') over '- Talk: Title': the
    talk the label gives, by the people the heading above it names."""
    found, heading = [], None
    for block in blocks:
        if block.kind == "heading":
            heading = block
            continue
        if heading is None or block.kind != "item" or line_label(block.text) != "talk":
            continue
        title = clean_title(line_label_and_value(block.text)[1])
        speakers = _presenters(heading)
        if len(title) >= 2 and speakers:
            found.append(SessionMention(title, block.span, speakers=speakers))
    return found


def _presenters(heading: Block) -> list[PersonMention]:
    """The people a heading over a talk names: all of it, or what follows its last colon after a
    numbered kind ('Presentation 2: Topic: Jane Doe'); an unknown presenter ('?') left out."""
    text = KIND_NUMBERED.sub("", heading.text)
    text = re.split(r"\s*[:：]\s*", text)[-1]
    text = re.sub(r"(?:[,，]\s*)?\?+", "", text).strip(" ,")
    names = [HANDLE_NOTE.sub("", part).strip() for part in NAME_SEPARATOR.split(text) if part.strip()]
    if len(names) > 1 and all(person_name(name) == name for name in names):  # 'Jane Doe, Omar Haddad': names alone
        return [PersonMention(name, heading.span) for name in names]
    return _speakers_named(text, heading) if text else []


@cache
def _talk_page() -> re.Pattern:
    return re.compile(alternation(words("talk_page_paths")), re.IGNORECASE)


CLOCK_OR_DAY = re.compile(rf"\d{{1,2}}[:.]\d\d\b|^(?:{dates.WEEKDAY_NAME}|{dates.CAPITAL_MONTH}\s+\d)")  # 'Friday, March 22nd', 'Feb 3rd @ 10:30AM'
TITLE_START = re.compile(r"^[A-Z0-9\u4e00-\u9fff“\"]")  # a title's first letter: 'talk page', 'a talk' are words of a sentence


def schedule_linked_talks(blocks: list[Block]) -> list[SessionMention]:
    """'[Title](https://fosdem.example/2031/schedule/event/title/)', '[Title - Jane Doe](https://….sched.com/event/…)':
    a link to one talk's page in a conference's schedule (data/talk_page_paths.txt) names that talk, its text
    the title (a speaker set apart after it is hers); a text that reads as no title names none ('talk page',
    'Registration', 'Friday, March 22nd', one word, a time, a word for its slides or video)."""
    found = []
    for block in blocks:
        for text, address in block.targets:
            if _talk_page().search(address) and _reads_as_a_title(text):
                title, speakers = split_title_and_speakers(text, block.span)
                found.append(SessionMention(title, block.span, speakers=speakers) if speakers else _with_presenters(title, block))
    return found


def _with_presenters(text: str, block: Block) -> SessionMention:
    """'Title with Jane Doe and Wei Chen': the people after the last 'with' present the talk, when each
    reads as a person; 'Title with Contoso & Fabrikam' is all title."""
    title, _, who = text.rpartition(" with ")
    people = parse_people(who, block.span, cue=True) if title else []
    if people and all(probably_a_person(person.name) for person in people):
        return SessionMention(clean_title(title), block.span, speakers=people)
    return SessionMention(text, block.span)


def _reads_as_a_title(text: str) -> bool:
    words_of = text.split()
    long_enough = len(words_of) >= 2 or len(text) >= 4 and not text.isascii()
    return long_enough and bool(TITLE_START.match(text)) and not CLOCK_OR_DAY.search(text) and line_label(text) is None \
        and not any(material_word(word.strip(".,:")) for word in words_of) and not text.startswith(("http", "www.")) \
        and not _lowercase_talk_noun().search(text) and not _numbered_room().search(text)


@cache
def _lowercase_talk_noun() -> re.Pattern:
    """'the rest of the great sessions', 'Contribufest session': a text that ends in a talk noun in lowercase
    describes what the link leads to; a title in capitals ends in its own word ('Maintainers Panel')."""
    return re.compile(rf"\b(?:{talk_nouns()})\W*$")


@cache
def _numbered_room() -> re.Pattern:
    """'Level 3, Hall B', 'Room 210': a text that opens with a part of the venue by its number or letter
    (data/room_words.txt) says where the talk takes place, no title ('Reaching Level 2 of …' may be one)."""
    rooms = alternation(word.capitalize() for word in words("room_words") if word.isascii())
    return re.compile(rf"^(?:{rooms})\s+(?:\d{{1,4}}|[A-Z])\b")
