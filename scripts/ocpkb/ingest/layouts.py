"""Stage 2b, recognize layouts: blocks -> talks (with their speakers) and people, one small
recognizer per layout family recaps use:

- agenda tables (Markdown, HTML or tab-separated) whose header, or else whose cells, say which
  column is the time, the title and the speaker (agenda_tables.py);
- time-slot lines ('13:30-14:10 Title Speaker');
- a title set apart (heading, bold line, list item or link) followed by speaker lines ('- Name, Org',
  '讲师：姓名 单位职位', a 嘉宾介绍 paragraph that starts with the name): titled_talks.py;
- one line per talk ('"Title" by Name', 'Title - Name (Org)', '《Title》 … 姓名');
- labelled talks ('议题：Title' near a speaker line), program lists, sessions a heading names;
- talks told in sentences ('Next up was Title by Name', '《Title》 … 姓名'): prose_talks.py;
- talks listed rather than told ('- Jane Doe, Contoso: Title' under a program heading, recordings
  '[Title](video) by [Name](profile)'): talk_lists.py, which completes what the others found.
Each returns SessionMentions; `talks` keeps every layout's finds, one per title. How one line
splits into a talk's title and its speakers, and what a line's label is, is in talk_lines.py; a
page that is one talk (a write-up, a talk page) is read by talk_pages.py; the people layouts (speaker
labels, biographies, people sections, attendance rolls) are in people_layouts.py, and the people
listed under a heading or a roster in people_lists.py; who a Chinese sentence says gives a talk is
read by zh_prose.py.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Callable
from functools import cache

from ..writing import CJK
from . import clock
from .agenda_tables import agenda_table
from .dates import CLOCK_WORDS
from .classify import (
    _title_tail,
    a_phrase_for_a_name,
    is_org,
    is_role,
    parse_people,
    plain_words,
    parse_person,
    person_name,
    probably_a_person,
)
from .lexicon import normalize
from .model import PersonMention, SessionMention, Span
from .people_layouts import (
    PEOPLE_HEADINGS,
    SPEAKER_LABELS,
    first_name_presenters,
    headed_speakers,
    keeps_a_roll,
    reads_as_person,
)
from .people_lists import listed_people
from .prose_talks import (
    EN_QUOTED_LINE,
    announced_talks,
    italic_talks,
    presented_items,
    quoted_after_talk_noun,
    quoted_in_prose,
    reported_lead_in,
    reported_talks,
    talk_noun_only,
)
from .segment import Block, item_runs
from .talk_lines import (
    BRACKET_NOTE,
    MAX_CAPTION,
    MAX_TITLE,
    QUOTED_TITLE,
    bold_lead,
    clean_title,
    labelled_people,
    line_label,
    line_label_and_value,
    material_word,
    named_list,
    names_materials,
    speaker_then_talk_lines,
    split_title_and_speakers,
    talk_nouns,
    unclipped_title,
    without_language_note,
    without_place_notes,
)
from .talk_lists import NAME_SEPARATOR, listed_talks, schedule_linked_talks
from .titled_talks import (
    BY,
    DAY_HEADING,
    SPEAKER_WINDOW,
    has_time_range,
    item_speakers,
    items_over_speakers,
    line_titled_talks,
    photo_credit,
    plural_talk_nouns,
    recorded_speakers,
    section_heading,
    sentence_opener,
    speaker_line,
    speakers_after,
    talks_over_presenter_headings,
    titled_talks,
)
from .wordlists import alternation, casefolded, english_plurals, label_anywhere, label_pattern, labels, pattern, words
from .zh_prose import ZH_TALK_NOUNS

SECTION_WINDOW = 10  # blocks after a heading in which the recording of the talk it names is embedded
LABEL_NEIGHBOURS = 2  # blocks on either side of a talk label in which its speaker label stands
PASSIVE_BY = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:[a-z]+ly\s+)?[a-z]+\s+by\s*$")  # a sentence: '… was done by'
HOSTED_BY = re.compile(r"(?i)\b(?:hosted|organi[sz]ed|sponsored|supported|powered|brought to you|inspired|driven|funded|backed)\s+by\s*$")
# 'Workshop hosted by Org', 'a fun demo inspired by Contoso Quest': who hosts it or what it draws on, not who gives it


def talks(blocks: list[Block]) -> list[SessionMention]:
    agenda = agenda_table(blocks) or time_slots(blocks)
    found = list(agenda)
    for recognizer in (items_over_speakers, titled_talks, line_titled_talks, announced_talks, one_line_talks, reported_talks, speaker_first_items, labelled_talks,
                       listed_titles, quoted_in_prose, program_list, sessions_by_heading, headings_under_agenda,
                       talks_over_presenter_headings, recorded_talks, announced_list,
                       presented_items, comma_set_items, captioned_recordings, italic_talks, quoted_after_talk_noun,
                       schedule_linked_talks):
        found += recognizer(blocks)
    found += _materials_untold(material_titles(blocks), found)
    elsewhere = lines_under(blocks, "next_meeting_words") | lines_under(blocks, "transcript_words") | labelled_section_lines(blocks, "place")
    found = [session for session in found if session.span.first not in elsewhere] if elsewhere else found
    found = [session for session in found if not _open_slot(session.title) and not names_a_writing(session.title)
             and (session in agenda or not (_talks_in_the_plural(session.title) or _groups_talks_below(session, found, blocks)))]
    for session in found:
        session.title = unclipped_title(without_place_notes(_without_its_speaker_before(session))) or ""
    unique: dict[str, SessionMention] = {}
    for session in found:
        key = normalize(session.title)
        if key and key not in unique:
            unique[key] = session
        elif key and not unique[key].speakers and session.speakers:
            unique[key].speakers = session.speakers
        elif key and _completes(unique[key].speakers, session.speakers):
            unique[key].speakers = unique[key].speakers + session.speakers
    for number, (name, title) in speaker_then_talk_lines(blocks, list(unique.values())).items():
        unique.setdefault(normalize(title), SessionMention(title, Span(number, number), speakers=[PersonMention(name, Span(number, number))]))
    _speakers_by_section(blocks, found, unique)  # '**姓名：Title**' sections whose talk no other layout read
    for session in unique.values():
        session.speakers = _distinct(session.speakers)
        _named_after_colon(session)
    return listed_talks(blocks, _bare_name_pairs(_without_unsplit_lines(list(unique.values()))))


def _talks_in_the_plural(title: str) -> bool:
    """'Presentations', 'Day 1 sessions', 'Tutorials (a tutorial may take two slots)', 'Conference Talks and
    Maintainer Sessions', 'Welcome + Keynotes': a heading that names the talks under it in the plural
    (data/talk_nouns.txt), perhaps as two groups joined by 'and', '&' or '+', no talk's title; an agenda's row
    'Lightning talks' is one."""
    text = BRACKET_NOTE.sub("", title).strip(" :：")
    return bool(_plural_talk_heading().fullmatch(text) or _joined_plural_talk_heading().fullmatch(text))


def _groups_talks_below(session: SessionMention, found: list[SessionMention], blocks: list[Block]) -> bool:
    """'## Conference talks', '## Maintainer sessions' over the talks of its section: a heading that names talks
    in the plural after a word or two is a group of the talks read in its section (its subheadings' too); alone
    over a paragraph ('### Breakout sessions' over what the groups did) it is the one session it names."""
    text = BRACKET_NOTE.sub("", session.title).strip(" :：")
    if not _qualified_plural_talk_heading().fullmatch(text):
        return False
    heading = next((block for block in blocks if block.kind == "heading" and block.number == session.span.first), None)
    if heading is None:
        return False
    below = next((block.number for block in blocks if block.kind == "heading" and block.number > heading.number
                  and block.level <= heading.level), float("inf"))
    return any(heading.number < other.span.first < below for other in found if other is not session)


@cache
def _plural_talk_heading() -> re.Pattern:
    return re.compile(rf"(?i)(?:day\s*\d{{1,2}}\s+)?(?:{_plural_talk_nouns()})")


QUALIFIER = r"(?:[\w-]+\s+)"  # 'Conference ', 'Maintainer ', 'Technical ': a word before the plural noun
PLURAL_JOINT = r"\s*(?:\band\b|&|\+)\s*"


@cache
def _qualified_plural_talk_heading() -> re.Pattern:
    return re.compile(rf"(?i){QUALIFIER}{{1,2}}(?:{_plural_talk_nouns()})")


@cache
def _joined_plural_talk_heading() -> re.Pattern:
    """'Welcome + Keynotes', 'Conference Talks and Maintainer Sessions', 'Technical Talks & Breakouts': talks in the
    plural joined to another group of a few words, before them or (ending in a plural) after them."""
    nouns = _plural_talk_nouns()
    group = rf"{QUALIFIER}{{0,2}}"
    return re.compile(rf"(?i)(?:{group}[\w-]+{PLURAL_JOINT}{group}(?:{nouns})|{group}(?:{nouns}){PLURAL_JOINT}{group}[\w-]+s)")


@cache
def _plural_talk_nouns() -> str:
    return alternation(english_plurals(words("talk_nouns")))


TITLE_COLON_NAME = re.compile(r"^(?P<title>\S.{1,150}?)\s*:\s+(?P<name>[^:]{3,40})$")


def _named_after_colon(session: SessionMention) -> None:
    """'## Testing on small boards: Jane Doe', 'News: Jane Doe': a talk read whole whose text ends in a
    person's full name after its colon (two or three capitalized words that probablepeople reads as a
    person) is the talk before the colon, by her."""
    match = TITLE_COLON_NAME.match(session.title) if not session.speakers else None
    name = match.group("name").strip() if match else ""
    if match and 2 <= len(name.split()) <= 3 and all(word[:1].isupper() for word in name.split()) \
            and person_name(name) == name and probably_a_person(name) and not is_org(name):
        session.title, session.speakers = clean_title(match.group("title")), [PersonMention(name, session.span)]


def _without_its_speaker_before(session: SessionMention) -> str:
    """'**许捷：用 shiny 搭建管理系统**' read as a bold title over its speaker's paragraph: the name
    and colon before the title are its speaker's, no part of it."""
    named = re.match(r"^(?P<name>[\u4e00-\u9fff]{2,4})\s*[:：]\s*(?P<title>.{4,})$", session.title)
    speakers = {person.name for person in session.speakers}
    return named.group("title").strip() if named and named.group("name") in speakers else session.title


def lines_under(blocks: list[Block], heading_words: str) -> set[int]:
    """The lines of the sections of a meeting's notes whose heading holds a word of the list: those
    about the next meeting ('## Topics for Next Meeting', data/next_meeting_words.txt) and the copies
    of its chat or transcript (data/transcript_words.txt) hold no session of this one."""
    return section_lines(blocks, lambda heading: bool(pattern(heading_words).search(heading)))


def labelled_section_lines(blocks: list[Block], label: str) -> set[int]:
    """The lines of the sections whose heading is a label of this class (data/labels.txt): the place
    ('## Where?', '## 活动地点'), where the venue's name and street address stand, no talk; those
    absent ('## Regrets', '## 请假'), who took no part."""
    return section_lines(blocks, lambda heading: line_label(heading.strip(" ?？*_") + ":") == label)


def section_lines(blocks: list[Block], opens: Callable[[str], bool]) -> set[int]:
    """The lines from each heading that `opens` a section down to the next heading of its level or above."""
    lines: set[int] = set()
    level = 0
    for block in blocks:
        if block.kind == "heading" and (not level or block.level <= level):
            level = block.level if opens(block.text) else 0
        if level:
            lines.add(block.number)
    return lines


@cache
def _open_slot_pattern() -> re.Pattern:
    return re.compile(rf"(?i)^(?:your|you)\b.*\b(?:{talk_nouns()})\b.*\?$")


def _open_slot(title: str) -> bool:
    """'Your talk here?': a program's item that invites a talk still to be offered, no talk."""
    return title.endswith("?") and _open_slot_pattern().match(title.strip()) is not None


WRITING_LEAD = r"(?:(?:watch|see|read)\s+)?(?:(?:the|a|an|our|this)\s+)?"  # 'Watch the …', 'Read our …'
WRITING_MODIFIER = r"(?:new|full|related|latest|complete|short)\s+"  # 'New Case Study', 'the Full Talk'


@cache
def _writing_heading() -> re.Pattern:
    kinds = alternation(words("writing_kinds") + english_plurals(words("writing_kinds")))
    event = alternation(words("event_words"))
    talk = alternation(words("talk_nouns"))
    return re.compile(rf"(?i){WRITING_LEAD}(?:{WRITING_MODIFIER})?(?:(?:{event})\s+)?(?:{kinds})"
                      rf"|{WRITING_LEAD}{WRITING_MODIFIER}(?:{talk})")


def names_a_writing(title: str) -> bool:
    """'Conference Report', 'New Case Study', 'Post', 'Watch the Full Talk': a heading that names a piece of writing
    (data/writing_kinds.txt, perhaps after 'new' or an event word) or a talk with only 'full' or 'related' before it
    ('See related talk') heads the page's write-up or a link to a recording, and is no talk; 'Lightning Talk' is one."""
    return _writing_heading().fullmatch(title.strip(" *_:：!.")) is not None


def _completes(speakers: list[PersonMention], more: list[PersonMention]) -> bool:
    """A later mention of a talk that names its speakers found so far and more (the recording's
    'Title - Wei Chen & Ana Ruiz' after a paragraph that captioned Wei Chen alone)."""
    return bool(speakers) and {person.name for person in speakers} < {person.name for person in more}


def _distinct(speakers: list[PersonMention]) -> list[PersonMention]:
    """A talk's speakers, each once: a speaker line ('讲师：林澈') and the bio below it ('讲师介绍：林澈
    云帆数据工程师…') name the same person; the first mention stays, given what a later one adds."""
    first: dict[str, PersonMention] = {}
    for person in speakers:
        kept = first.setdefault(person.name, person)
        if kept is not person:
            kept.organization = kept.organization or person.organization
            kept.title = kept.title or person.title
    return list(first.values())


MIN_BARE_SPEAKERS = 3


def _bare_name_pairs(sessions: list[SessionMention]) -> list[SessionMention]:
    """On a page whose speakers are names alone (three or more, none with an organization or a job
    title), a speaker written 'Jane Doe, Wei Chen' is two people: the second name, read as a
    person's (or shaped as one and no organization's), is no organization of the first; a name that
    several such speakers share ('A, B, Wei Chen') is listed once."""
    speakers = [person for session in sessions for person in session.speakers]
    paired = [person for person in speakers if person.organization and not person.title and _a_second_name(person.organization)]
    others = [person for person in speakers if person not in paired]
    if not paired or len(others) < MIN_BARE_SPEAKERS or any(person.organization or person.title for person in others):
        return sessions
    for session in sessions:
        split = [part for person in session.speakers for part in (
            [PersonMention(person.name, person.span), PersonMention(person.organization, person.span)] if person in paired else [person])]
        session.speakers = list({person.name: person for person in reversed(split)}.values())[::-1]
    return sessions


def _a_second_name(text: str) -> bool:
    return reads_as_person(text) or bool(person_name(text)) and not is_org(text)


def _without_unsplit_lines(sessions: list[SessionMention]) -> list[SessionMention]:
    """A line one recognizer split into a title and its speakers is no second talk of another's that
    kept the whole line as its title ('Title– Jane Doe, Contoso')."""
    split = {(session.span.first, normalize(session.title)) for session in sessions if session.speakers}
    return [session for session in sessions if session.speakers or not any(
        line == session.span.first and normalize(session.title).startswith(title) for line, title in split)]


def _speakers_by_section(blocks: list[Block], found: list[SessionMention], unique: dict[str, SessionMention]) -> None:
    """On a speakers page ('### Jane Doe' over her job line and bio), a talk named in a person's
    section and nowhere given a speaker is theirs; a talk in two sections is both people's."""
    sections = _speaker_sections(blocks)
    given = {key for key, talk in unique.items() if talk.speakers}  # by another layout
    for session in found if sections else ():
        key = normalize(session.title)
        owner = next((person for first, last, person in sections if first <= session.span.first < last), None)
        if key not in unique or key in given or owner is None:
            continue
        talk = unique[key]
        if owner.name not in {person.name for person in talk.speakers}:
            talk.speakers = talk.speakers + [PersonMention(owner.name, owner.span, owner.organization, owner.title)]


def _speaker_sections(blocks: list[Block]) -> list[tuple[int, int, PersonMention]]:
    """The lines of each section a speakers page gives a person: from their heading to the next
    heading of the same level or above."""
    sections = []
    for index, person in headed_speakers(blocks):
        level = blocks[index].level
        end = next((block.number for block in blocks[index + 1:] if block.kind == "heading" and block.level <= level),
                   blocks[-1].number + 1)
        sections.append((blocks[index].number, end, person))
    return sections


# --- time slots -----------------------------------------------------------------------------------------


def _speaker_lines_below(blocks: list[Block], index: int) -> list[PersonMention]:
    """The lines right under a time slot that are only its speakers with their organizations
    ('9:45 - 10:15 Title' over '> Jane Doe (Contoso) and Wei Chen (Fabrikam)', a list that may go on
    over a second line), up to the next time slot or title."""
    speakers: list[PersonMention] = []
    for block in blocks[index + 1:index + 3]:
        names = _labelled_speakers(block.text)  # 'Presented by Jane Doe & Wei Chen', 'Speaker: Jane Doe'
        if block.kind not in ("paragraph", "item") or len(block.text) > 300 or has_time_range(block.text) \
                or names is None and not re.search(r"[(（]", block.text):
            break
        people = parse_people((names or block.text).strip(" ,，"), block.span, cue=True)  # the slot above vouches for the names
        if not people or names is None and not all(person.organization for person in people):
            break
        speakers += people
        if names is not None:
            break
    return speakers


def _labelled_speakers(text: str) -> str | None:
    """What a line that opens with 'Presented by' or a speaker label gives: the speakers' names
    (their organizations too, if it gives them), or None for any other line."""
    if BY.match(text):
        return BY.sub("", text).strip()
    label, value = line_label_and_value(text)
    return value if label == "speaker" and value else None


def time_slots(blocks: list[Block]) -> list[SessionMention]:
    """'14:20-14:50 Title Speaker', '10.50 AM – 10.55 AM – Title, Dr. Name' lines (the speaker
    recognized by the shape of a name), in the day's order (afternoon times without am/pm)."""
    found: list[tuple[SessionMention, clock.Slot]] = []
    slots = _times_over_their_items(blocks, [clock.slot(block.text) if block.kind != "row" else None for block in blocks])
    start_only = _start_only_agenda(blocks, slots)
    for index, (block, slot) in enumerate(zip(blocks, slots)):
        if not slot or not slot.rest:
            continue
        below = _speaker_lines_below(blocks, index) if slot.rest in block.text else []  # the speakers set on their own
        span = block.span if slot.rest in block.text else Span(block.number, blocks[index + 1].number)  # line: the slot's is all title
        title, speakers = (clean_title(slot.rest), below) if below else split_title_and_speakers(slot.rest, span, timed=True, bold=block.bold)
        if not (slot.end or index in start_only or speakers):
            continue  # a start time alone heads an item in an agenda of start times, or beside its speakers
        if title and len(title) <= MAX_TITLE and not _no_item(title):
            found.append((SessionMention(title, span, speakers=speakers), slot))
    if found and found[0][1].start == RECORDING_START and not found[0][1].marked:
        return []  # '0:00 - 2:30 :: Overview', '2:30 - 3:58 :: Performance': the chapters of one recording, no program
    for (session, _), slot in zip(found, clock.in_day_order([slot for _, slot in found])):
        session.start, session.end = slot.start, slot.end
    return [session for session, _ in found] if len(found) >= 2 else []


START_ONLY_RUN = 3  # lines in a row, each opening with a later start time, that make an agenda without end times
RUN_GAP = 3  # blocks between two of them (a line on the talk's length, an abstract) that keep the run going


def _no_item(title: str) -> bool:
    """'End' after the day's last time ('17:30 -- End'; data/agenda_ends.txt), or only a time zone after
    the times ('13:00 - 17:00 CEST'): no item of the program."""
    return title.strip(" .!").casefold() in casefolded("agenda_ends") or not CLOCK_WORDS.sub("", title).strip(" ()")


RECORDING_TIME = re.compile(r"^\s*\d{1,2}:\d{2}:\d{2}\b")  # '1:15:55': hours, minutes and seconds into a recording


def _times_over_their_items(blocks: list[Block], slots: list[clock.Slot | None]) -> list[clock.Slot | None]:
    """'14:00' or '14:00-14:40' alone on its line, then 'Title 云帆数据工程师 林澈' on the next: a time over the
    item it opens, read as one slot whose rest is that line (a line that opens with a time of its own, a
    heading or a table row is no such item). The time opens the program (right under its heading) or
    follows an item of it; after any other line it may be that line's time ('Friday' over '10:30-14:30')."""
    read = list(slots)
    for index, (slot, following) in enumerate(zip(slots, slots[1:])):
        item = blocks[index + 1]
        if _time_alone(blocks[index], slot) and not following and _item_line(item) and _after_program_line(blocks, read, index):
            read[index] = dataclasses.replace(slot, rest=item.text)
    return read


def _time_alone(block: Block, slot: clock.Slot | None) -> bool:
    return slot is not None and not slot.rest.strip(" -–—:：|") and block.kind in ("paragraph", "item")


def _item_line(block: Block) -> bool:
    return block.kind in ("paragraph", "item") and len(block.text) <= MAX_TITLE + MAX_CAPTION


def _after_program_line(blocks: list[Block], read: list[clock.Slot | None], index: int) -> bool:
    """The line before the time is the program's heading, an item with its time, or the item of a time two
    lines up (as read so far)."""
    if index == 0:
        return True
    before, earlier = blocks[index - 1], read[index - 1]
    two_up = read[index - 2] if index >= 2 else None
    return before.is_title or earlier is not None and bool(earlier.rest) or two_up is not None and two_up.rest == before.text


def _start_only_agenda(blocks: list[Block], slots: list[clock.Slot | None]) -> set[int]:
    """'09:00 -- Opening (Jane Doe, Contoso)', '09:30 -- Title', '10:00 -- Coffee break': lines that each
    open with a start time, later than the one before, close together: an agenda that writes no end times
    (`slots`: each block's time slot, as `time_slots` read it). A program of several days that writes the
    day before each time ('11/2 18:30 …', '11/3 18:00 …') is later by its day first."""
    runs: list[list[tuple[int, tuple]]] = []
    for index, (block, slot) in enumerate(zip(blocks, slots)):
        slot = slot if block.kind in ("paragraph", "item") and not RECORDING_TIME.match(block.text) else None
        if not slot or slot.end or not slot.rest or not slot.rest.strip(" -–—:：|"):
            continue
        when = (slot.day or (0, 0), slot.start)
        run = runs[-1] if runs else None
        if run and index - run[-1][0] <= RUN_GAP and when > run[-1][1]:
            run.append((index, when))
        else:
            runs.append([(index, when)])
    return {index for run in runs if len(run) >= START_ONLY_RUN for index, _ in run}


RECORDING_START = "00:00"  # a list of times that starts here counts minutes into a recording; no program starts at midnight


# --- a title, then speaker lines ------------------------------------------------------------------------


# --- one line per talk ----------------------------------------------------------------------------------

# --- a sentence announcing talks, then their titles as a list --------------------------------------------

MIN_ANNOUNCED = 2  # items under the sentence before they are taken for a list of talks
MAX_TITLE_WORDS = 20


def announced_list(blocks: list[Block]) -> list[SessionMention]:
    """A sentence that names talks in the plural and ends with a colon ('Our maintainers gave these
    talks:'), then a list whose every item can be a title, perhaps with its speakers ('- Title (Jane
    Doe, Wei Chen)', '- Title - Jane Doe, Contoso'): one talk an item."""
    found = []
    for index, block in enumerate(blocks):
        last = re.split(r"[.!?]\s+", block.text)[-1]
        if block.kind != "paragraph" or len(block.text) > 300 or not re.search(r"[:：]\s*$", block.text) \
                or not plural_talk_nouns().search(last) or _topic_nouns().search(last):  # in its last sentence
            continue  # 'Talks on the following topics are welcome:' lists subjects, no talks
        items = _list_below(blocks, index)
        if len(items) < MIN_ANNOUNCED or not all(_listed_title(item.text) for item in items):
            continue
        for item in items:
            title, speakers = _title_and_bracketed_names(item) or split_title_and_speakers(item.text, item.span, bold=item.bold)
            found.append(SessionMention(title, item.span, speakers=speakers))
    return found


@cache
def _topic_nouns() -> re.Pattern:
    """The nouns a call for proposals lists its subjects as (data/topic_nouns.txt)."""
    latin = alternation(word for word in words("topic_nouns") if word.isascii())
    chinese = alternation(word for word in words("topic_nouns") if not word.isascii())
    return re.compile(rf"(?i)\b(?:{latin})\b|{chinese}")


def _list_below(blocks: list[Block], index: int) -> list[Block]:
    """The items of the list right under a block; a paragraph on the line right under an item is its
    description ('* Title by Jane Doe' over '  In this talk, Jane …'), which does not end the list."""
    items: list[Block] = []
    for block in blocks[index + 1:]:
        if block.kind == "item":
            items.append(block)
        elif not (items and block.kind == "paragraph" and block.number == items[-1].number + 1):
            break
    return items


def _listed_title(text: str) -> bool:
    """A list item that can be a title: short, no sentence's full stop or colon at its end, no label,
    no quoted title inside ('Jane Doe's keynote "Title"' is read by announced_talks)."""
    text = text.strip()
    return 4 <= len(text) <= MAX_TITLE and len(text.split()) <= MAX_TITLE_WORDS and not re.search(r"[.。;；:：]$", text) \
        and line_label(text) is None and not QUOTED_TITLE.search(text)


# --- a list item or link over its speaker line -------------------------------------------------------


# 'Title - Name (Org)', also 'Title -- Name (Org)' (a dash typed twice where no typographer set an em dash), 'Title - led by Name'
ONE_LINE = re.compile(r"^(?:[\"“《](?P<quoted>[^\"”》]{4,150})[\"”》]\s*(?:[-–—,:：]\s*|\s+)?(?:by|presented by|"
                      r"from)?\s*(?P<rest>.+)|(?P<title>.{4,150}?)\s+(?:[-–—]{1,2}(?:\s+(?:led|lead)\s+by)?|[|｜]|by|presented by|(?:led|lead) by)\s+(?P<tail>.+))$",
                      re.IGNORECASE)


ZH_CAPTION_IN_BRACKETS = re.compile(r"^[^。！？；，,]{4,80}?\s*[(（][\u4e00-\u9fff]{2,3}\s*(?:[,，;；]|\s[-–—]\s)[^()（）]+[)）]\s*$")
"""'Title（林澈，云帆数据高级工程师）', 'Title (林澈 - 云帆数据 工程师）': a line that is a title, no sentence, closed by its
speaker's Chinese name and caption in brackets (of either width)."""


def one_line_talks(blocks: list[Block]) -> list[SessionMention]:
    found = []
    for block in blocks:
        if block.kind not in ("item", "paragraph", "heading", "bold") or len(block.text) > 300 or has_time_range(block.text):
            continue
        block = _item_line_read(block)
        if line_label(block.text) in PEOPLE_HEADINGS or BY.match(block.text):  # '主讲人：Name | Org Title', 'Presented by
            continue  # Jane Doe & Wei Chen': a speaker line, not a talk
        named_last = NAME_AFTER_LAST_DASH.match(block.text) if block.kind == "item" else None
        if named_last and _a_name_alone(named_last.group("who")):  # 'Saved Hours by Being Careful - Jane Doe'
            found.append(SessionMention(clean_title(named_last.group("title")), block.span,
                                        speakers=[PersonMention(named_last.group("who"), block.span)]))
            continue
        if ZH_CAPTION_IN_BRACKETS.match(block.text):  # 'Title（林澈，云帆数据工程师）', bold or not, a dash in the bracket
            title, people = split_title_and_speakers(block.text, block.span, bold=block.bold)
            if people and len(title) >= 4:
                found.append(SessionMention(title, block.span, speakers=people))
                continue
        match = ONE_LINE.match(block.text)
        if match and not match.group("quoted") and re.search(r"[|｜]", block.text):
            title, people = split_title_and_speakers(block.text, block.span, bold=block.bold)
            if people and len(title) >= 4:
                found.append(SessionMention(title, block.span, speakers=people))
            continue
        if not match:
            if block.is_title and CJK.search(block.text):  # '议题 单位职位 姓名' with no separator
                title, people = split_title_and_speakers(block.text, block.span, bold=block.bold)
                if people and (people[0].organization or people[0].title) and len(title) >= 4:
                    found.append(SessionMention(title, block.span, speakers=people))
            continue
        title = match.group("quoted") or match.group("title")
        rest = match.group("rest") or match.group("tail")
        bold = _bold_title_and_tail(block, title)
        read = _people_after(block, rest) if bold else None
        if bold and not read[1]:  # '**Title - subtitle** by …': the mark the line was split at lies inside the bold title
            (title, rest), read = bold, None
        if photo_credit().search(title) or block.kind == "paragraph" and (sentence_opener().match(title) or reported_lead_in().search(title)
                                                                    or PASSIVE_BY.search(block.text[:len(block.text) - len(rest)])) \
                or talk_noun_only(title) or block.kind == "paragraph" and _ends_in_job_title(title) \
                or HOSTED_BY.search(block.text[:len(block.text) - len(rest)]) or _sponsor_labelled(title):
            continue  # 'Photos by Name', 'Originally published on X by Name' credit; 'As summarized by Name' and
            # 'The port was done by Name' are prose; 'Workshop hosted by Org' names its host, 'Gold Sponsor: X by Org' its sponsor
        by, people = read or _people_after(block, rest)
        if people and not (len(title.split()) <= 3 and title == person_name(title) and probably_a_person(title)):
            found.append(SessionMention(clean_title(title), block.span, speakers=people))
        elif by and not people and title.strip() == bold_lead(block.text, block.bold):  # '**Title** by Contoso 市场总监 Richard'
            found.append(SessionMention(clean_title(title), block.span))
        elif not people and match.group("title") and block.is_title and not SPEAKER_COLON.search(title):
            speaker = parse_person(title, block.span)  # 'Name（Org）——Title': the speaker first
            if speaker and len(clean_title(rest)) >= 4:
                found.append(SessionMention(clean_title(rest), block.span, speakers=[speaker]))
    return found + _siblings_apart_otherwise(blocks, found) + _lines_named_alike(blocks)


def _people_after(block: Block, rest: str) -> tuple[bool, list[PersonMention]]:
    """Whether 'by' sets the line's `rest` apart, and the people it names."""
    by = re.search(r"(?i)\bby\s*$", block.text[:len(block.text) - len(rest)].strip()) is not None
    people = [person for person in parse_people(rest.strip(" .。-–—"), block.span, cue=by) if not a_phrase_for_a_name(person)]
    if block.kind == "paragraph" and not by:  # 'The video Roadmap — Deployment Journey, streamlines …': a phrase
        people = [person for person in people if person.title or not plain_words(person.name)]
    return by, people


BOLD_TITLE_TAIL = re.compile(r"[\s*_]*(?:[-–—]{1,2}|[|｜]|by|presented by)\s+(?P<tail>\S.*)$", re.IGNORECASE)


def _bold_title_and_tail(block: Block, title: str) -> tuple[str, str] | None:
    """'- **Contoso Engine - a tour** by Fabrikam 工程师 林澈': a dash or 'by' inside the bold title is part of it;
    the title is the bold span that opens the line, its speakers what the mark after it sets apart."""
    lead = bold_lead(block.text, block.bold)
    if not lead or len(lead) <= len(title) or not lead.startswith(title):
        return None
    tail = BOLD_TITLE_TAIL.match(block.text, block.text.find(lead) + len(lead))
    return (lead, tail.group("tail")) if tail else None


def _sponsor_labelled(text: str) -> bool:
    """'Platinum Sponsor : Contoso Network by Fabrikam, Inc.': a sponsor label's value names a sponsor
    (and what it offers), no talk and no speaker."""
    return bool(label_anywhere("supporter", "media-partner").search(text))


SPEAKER_COLON = re.compile(r"[:：]")  # '姓名：九层之台 —— Contoso 特性介绍': the dash is inside the title after the speaker


NAME_AFTER_LAST_DASH = re.compile(r"^(?P<title>.{4,150})\s+-\s+(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})$")


def _a_name_alone(text: str) -> bool:
    """A list item that ends ' - Jane Doe': the title before the last dash may hold 'by' itself
    ('… by Being Careful'), the speaker is the name alone after it."""
    return reads_as_person(text) and not plain_words(text)


def _ends_in_job_title(text: str) -> bool:
    """'…，蓝海科技解决方案副总裁 - 周明远将亮相…': a sentence's words before the dash that end in a
    Chinese job title are the caption of the name after it, no talk."""
    return bool(CJK.search(text) and _title_tail().search(text.strip(" *_")))


SIBLING_SEPARATORS = re.compile(r"\s*[–—]\s+|\s+-\s+|\s+[:：]\s+|\s*,\s+")
MAX_BETWEEN_ITEMS = 30  # '(slides)', '[video](…)': a materials line between a list's items
MIN_SIBLINGS = 2


def _siblings_apart_otherwise(blocks: list[Block], found: list[SessionMention]) -> list[SessionMention]:
    """A list of 'Title - Name, Org' items, two or more of them read: an item of the same list
    that sets its speaker apart by another mark ('Title– Name, Org', 'Title : Name, Org', 'Title,
    Name, Org') is read the same way, when what follows the mark is people with organizations (the
    last dash or colon before the last comma: 'Title– A, B, Org')."""
    read = {session.span.first for session in found if session.speakers and all(p.organization for p in session.speakers)}
    talks = []
    for run in item_runs(blocks, MAX_BETWEEN_ITEMS):
        if sum(item.number in read for item in run) < MIN_SIBLINGS:
            continue
        for item in run:
            if item.number in read or len(item.text) > 300:
                continue
            marks = list(SIBLING_SEPARATORS.finditer(item.text))
            for match in sorted(marks, key=lambda mark: ("," in mark.group(0), -mark.start())):  # a dash or colon first
                head, tail = item.text[:match.start()].strip(), item.text[match.end():].strip(" :：,.")
                people = parse_people(tail, item.span) if len(head) >= 4 else []
                if people and all(person.organization for person in people):
                    talks.append(SessionMention(clean_title(head), item.span, speakers=people))
                    break
    return talks


TITLE_DASH_NAMES = re.compile(r"^(?P<title>.{4,150}?)\s+[-–—]\s+(?P<who>[^-–—:|｜()（）@]{3,120})$")
MIN_NAMED_ALIKE = 3  # lines of a list written 'Title - Jane Doe' before the list vouches for its names


def _lines_named_alike(blocks: list[Block]) -> list[SessionMention]:
    """A list of 'Title - Jane Doe' items, or the headings of one level written so (a page of talk
    notes), at least half of them ending in a dash and names alone: the list vouches for each name,
    also one the name parser does not know ('Tendai Mavhunga') or one written in capitals ('JANE DOE
    and OMAR HADDAD'); each such line is that talk, by those people as written."""
    talks = []
    for run in _lines_written_alike(blocks):
        read = [talk for talk in map(_title_dash_names, run) if talk]
        if len(read) >= MIN_NAMED_ALIKE and len(read) * 2 >= len(run):
            talks += read
    return talks


def _lines_written_alike(blocks: list[Block]) -> list[list[Block]]:
    """The page's lists (items that follow one another) and its headings, level by level."""
    levels: dict[int, list[Block]] = {}
    for block in blocks:
        if block.kind == "heading":
            levels.setdefault(block.level, []).append(block)
    return item_runs(blocks, MAX_BETWEEN_ITEMS) + list(levels.values())


def _title_dash_names(block: Block) -> SessionMention | None:
    match = TITLE_DASH_NAMES.match(block.text.strip(" *_")) if len(block.text) <= 300 else None
    names = [name.strip() for name in NAME_SEPARATOR.split(match.group("who")) if name.strip()] if match else []
    if not names or not all(_a_listed_name(name) for name in names):
        return None
    return SessionMention(clean_title(match.group("title")), block.span, speakers=[PersonMention(name, block.span) for name in names])


def _a_listed_name(text: str) -> bool:
    """Words that read as a person's full name (one in capitals as it would be written in its usual
    case), no organization's and no phrase of dictionary words ('Main Stage', 'Release Notes')."""
    usual = text.title() if text.isupper() else text
    return len(usual.split()) >= 2 and person_name(usual) == usual and not is_org(usual) and not plain_words(usual)


def comma_set_items(blocks: list[Block]) -> list[SessionMention]:
    """A list whose items are 'Title，姓名' (a list of recordings, each link's text the talk and its
    speakers: 'Title，A，B', 'Title，A（Org）', 'Title，A，Org 职位'), two or more items of it read so:
    the title ends at the first Chinese comma after which all is people, the first a name."""
    talks = []
    for run in item_runs(blocks, MAX_BETWEEN_ITEMS):
        read = [talk for talk in (_title_comma_speakers(item) for item in run if "，" in item.text) if talk]
        talks += read if len(read) >= MIN_SIBLINGS else []
    return talks


def _title_comma_speakers(item: Block) -> SessionMention | None:
    if len(item.text) > MAX_TITLE + MAX_CAPTION:
        return None
    for match in re.finditer("，", item.text):
        head, tail = item.text[:match.start()].strip(), item.text[match.end():].strip(" 。.")
        if len(head) < 4 or not person_name(re.split(r"[，（(]", tail, maxsplit=1)[0]):
            continue
        people = parse_people(tail, item.span)
        if people and all(person_name(person.name) for person in people):
            return SessionMention(clean_title(head), item.span, speakers=people)
    return None


ZH_SPEAKER_FIRST = re.compile(r"^(?:\d{1,2}\s*[.、．]\s*)?(?P<name>[\u4e00-\u9fff]{2,4})\s*[:：]\s*(?P<title>.{4,150})$")  # '## 2.谭昶：…'
SPEAKER_FIRST = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,4}|[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){1,2})\s*"
                           r"(?:[(（](?P<org>[^()（）]{2,40})[)）])?\s*[:：]\s*(?P<title>.{4,150}?)[。]?$")
NAME_THEN_QUOTED = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,4}|[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})"
                              r"(?P<caption>\s*[（(][^()（）《》]{1,40}[)）])?\s*[:：]?\s*"
                              r"《(?P<title>[^》]{2,120})》(?P<rest>.*)$")
"""'姓名《Title》', '姓名：《Title》', '姓名（单位） 《Title》 20分钟': the speaker, perhaps their affiliation in brackets, then the title."""
MAX_AFTER_QUOTED = 30  # '[录音](…) [slide](…)': what may follow the title of a 'Name《Title》' line


def speaker_first_items(blocks: list[Block]) -> list[SessionMention]:
    """A list of two or more '姓名: Title' or 'Jane Doe (Org): Title' items (after '分享嘉宾：' or
    'Speakers:' on the first), or two or more headings '## 姓名：Title': each a talk by the person
    named before the colon; a slide or video link's word after the title goes. A line '姓名
    ：《Title》 录音 slide' is a talk of its own."""
    found = _name_then_quoted(blocks)
    headed = [(block, match) for block in blocks if block.kind == "heading"
              for match in [ZH_SPEAKER_FIRST.match(block.text)] if match and person_name(match.group("name")) == match.group("name")]
    if len(headed) >= 2:
        found += [SessionMention(clean_title(m.group("title")), b.span, speakers=[PersonMention(m.group("name"), b.span)])
                  for b, m in headed]
    runs = [run for run in _speaker_first_runs(blocks) if not _captioned_roster(run)]
    if _discussion_notes([item for run in runs for item in run]):
        return found
    return found + [SessionMention(clean_title(_material_word_end().sub("", m.group("title"))), b.span,
                                   speakers=[_speaker_first_person(m, b.span)]) for run in runs for b, m in run]


def _speaker_then_title(match: re.Match) -> bool:
    """'Jane Doe: Title', 'Jane Doe (Contoso University): Title', '林澈：Title': a person's name
    before the colon (a romanized one that reads as a person, not 'Event Date', or has an
    organization in brackets), a title after it that is no organization, role or person ('Jane
    Doe: Contoso University' lists a person with her employer)."""
    name, title = match.group("name"), match.group("title")
    if person_name(name) != name:
        return False
    if CJK.search(name):
        return True
    vouched = probably_a_person(name) or is_org(match.group("org") or "")  # '(Fabrikam University)' says a person stands here
    return vouched and not (len(title) <= MAX_CAPTION and (is_org(title) or is_role(title))) and not person_name(title)


def _speaker_first_runs(blocks: list[Block]) -> list[list[tuple[Block, re.Match]]]:
    """The lists of two or more items that each open with a person's name and a colon, also such
    lines set one under the other without list marks (each line broken off, no blank between)."""
    runs: list[list[tuple[Block, re.Match]]] = []
    run: list[tuple[Block, re.Match]] = []
    for block in blocks + [Block("paragraph", "", 0)]:
        listed = block.kind == "item" or _line_under(block, run)
        kind, value = line_label_and_value(block.text) if listed else (None, "")
        match = SPEAKER_FIRST.match(value if kind in SPEAKER_LABELS and value else block.text) \
            if listed and (kind is None or kind in SPEAKER_LABELS) else None
        if match and (_speaker_then_title(match) or _named_in_a_list(match)):
            run.append((block, match))
            continue
        if sum(_speaker_then_title(match) for _, match in run) >= MIN_VOUCHING:
            runs.append(run)
        run = []
    return runs


MIN_VOUCHING = 2  # lines of a run whose names read as people's before the run vouches for its other names


def _named_in_a_list(match: re.Match) -> bool:
    """'Wei Zhiqiang：Title' among 'Jane Doe：Title' lines: a full name no first-name dictionary knows,
    taken where the run's other lines vouch for it, when the title is no role and no organization (a
    Chinese title, which an organization's suffix word may end, is taken as a title)."""
    title = match.group("title")
    caption = len(title) <= MAX_CAPTION and (is_role(title) or is_org(title) and not CJK.search(title))
    return _a_listed_name(match.group("name")) and not caption


def _line_under(block: Block, run: list[tuple[Block, re.Match]]) -> bool:
    """A one-line paragraph right on the line under the last of a run, or one that opens a run
    when the next line is one too (a list typed as broken lines: 'Jane Doe：Title' over 'Wei Chen：Title')."""
    if block.kind != "paragraph" or len(block.text) > MAX_TITLE:
        return False
    return not run or run[-1][0].kind == "paragraph" and block.number == run[-1][0].number + 1


def roster_people(blocks: list[Block]) -> list[PersonMention]:
    """The people of a list that captions each name with a job ('1. Jane Doe: Chief Scientist from Contoso.'),
    each with the job title the caption gives, if any."""
    return [PersonMention(match.group("name"), block.span, *_caption_job(match.group("title")))
            for run in _speaker_first_runs(blocks) if _captioned_roster(run) for block, match in run]


def _caption_job(caption: str) -> tuple[str | None, str | None]:
    """'Chief Scientist from Contoso Labs.' -> (Contoso Labs, Chief Scientist): the organization, the job title."""
    parts = re.split(r"\s+(?:of|from|at)\s+|[,，]", caption.strip(" ."), maxsplit=1)
    job = parts[0] if is_role(parts[0]) else None
    after = re.sub(r"\s*[(（].*$", "", re.split(r"[,，]", parts[1])[0]).strip(" .") if job and len(parts) == 2 else ""
    return (after if after and is_org(after) else None), job


def _captioned_roster(items: list[tuple[Block, re.Match]]) -> bool:
    """'1. Jane Doe: Chief Scientist from Contoso.', '2. Omar Haddad: Creator of a popular library': a list
    whose items mostly give a job title after the name captions its people; a list of talks gives titles."""
    return sum(is_role(match.group("title")) for _, match in items) * 2 >= len(items)


def _discussion_notes(items: list[tuple[Block, re.Match]]) -> bool:
    """Notes of a discussion ('Jane Doe: we should…' again and again) give the same few people
    the floor many times; a page's lists of talks name a speaker once or twice."""
    speakers = {match.group("name") for _, match in items}
    return len(speakers) * 3 < len(items) * 2


def _speaker_first_person(match: re.Match, span: Span) -> PersonMention:
    organization = match.group("org")
    return PersonMention(match.group("name"), span, organization=organization if organization and is_org(organization) else None)


def _name_then_quoted(blocks: list[Block]) -> list[SessionMention]:
    found = []
    for block in blocks:
        match = NAME_THEN_QUOTED.match(block.text) if block.kind in ("paragraph", "item", "bold") else None
        rest = re.sub(r"[(（][^)）]*[)）]", "", match.group("rest")).strip() if match else ""
        if match and person_name(match.group("name")) == match.group("name") and len(rest) <= MAX_AFTER_QUOTED \
                and not re.search(r"[。，,.!?！？]", rest):
            found.append(SessionMention(match.group("title").strip(), block.span, speakers=[_quoted_speaker(match, block.span)]))
    return found


def _quoted_speaker(match: re.Match, span: Span) -> PersonMention:
    """The speaker of a '姓名（单位）《Title》' line, with the affiliation in brackets when it reads as one."""
    captioned = parse_person(match.group("name") + match.group("caption").strip(), span) if match.group("caption") else None
    return captioned if captioned and captioned.name == match.group("name") else PersonMention(match.group("name"), span)


@cache
def _material_word_end() -> re.Pattern:
    return re.compile(rf"\s+(?:{alternation(labels('material-word'))})$", re.IGNORECASE)


def _item_line_read(block: Block) -> Block:
    """'4:00pm – Title by Jane Doe': an item that opens with the time its talk starts is read without it (and
    without a language note at its end: '… by Jane Doe (English: Title translated)')."""
    found = clock.slot(block.text) if block.kind == "item" and block.text[:1].isdigit() else None
    text = found.rest if found and found.rest and not found.end else block.text
    return Block(block.kind, without_language_note(text), block.number, bold=block.bold) if block.kind == "item" else block


def labelled_talks(blocks: list[Block]) -> list[SessionMention]:
    """'议题：Title' whose speaker line comes just before it (since the previous talk) or just after.
    A page that writes its first talk label before its first speaker label ('议题：…' then '讲师：…')
    keeps that order throughout: a speaker line is then never looked for before a talk."""
    found = []
    pattern = label_pattern("talk")
    previous_end = 0
    previous_title = False
    speaker_first = _speaker_label_first(blocks)
    for index, block in enumerate(blocks):
        match = pattern.match(block.text) or (_talk_kind_label().match(block.text) if block.kind == "paragraph" else None)
        value = (match.group("value") or "").strip() if match else ""
        if value and match.re is not pattern and _a_person_alone(value, block.span):
            continue  # 'Keynote: Jane Doe, Contoso' names the speaker, not the talk
        if not value or len(value) > MAX_TITLE:
            continue
        speakers: list[PersonMention] = []
        same_line = label_anywhere("speaker").search(value)  # '议题：Title 讲师：Name Org Title'
        if same_line:
            value, speakers = value[:same_line.start()].strip(), labelled_people(same_line.group("value"), block.span)
        elif SPEAKER_BY.search(value):  # '第一个主题: Title by Name'; 'by Name' alone names no talk
            value, speakers = split_title_and_speakers(value, block.span)
            if SPEAKER_BY.match(value):
                continue
        looks_back = speaker_first and not speakers and match.re is pattern  # a talk noun's label ('Workshop: …') heads its talk
        for earlier in reversed(blocks[max(previous_end, index - SPEAKER_WINDOW):index] if looks_back else []):
            if earlier.kind not in ("bold", "heading", "item", "paragraph") or len(earlier.text) > 80:
                continue
            labelled = label_pattern("speaker").match(earlier.text)
            if labelled and (labelled.group("value") or "").strip():  # '主讲人：李文博 | 北辰网络 高级工程师'
                speakers = parse_people(labelled.group("value").strip(), earlier.span)
            elif previous_title and earlier is blocks[previous_end]:
                continue  # the line under the previous talk's heading names that talk's speaker
            elif not line_label(earlier.text):
                speakers = [p for p in parse_people(earlier.text, earlier.span) if p.organization or p.title]
            if speakers:
                break
        speakers = speakers or ([] if same_line else speakers_after(blocks, index))
        just_before = label_pattern("speaker").match(blocks[index - 1].text) if index and not speakers else None
        if just_before and (just_before.group("value") or "").strip():  # '讲师：…' then '议题：…', once in a page of the other order
            speakers = labelled_people(just_before.group("value"), blocks[index - 1].span)
        found.append(SessionMention(clean_title(value), block.span, speakers=speakers))
        previous_end, previous_title = index + 1, block.is_title
    return found


SPEAKER_BY = re.compile(r"(?:^|\s)by\s+\S|^$", re.IGNORECASE)


@cache
def _talk_kind_label() -> re.Pattern:
    """'Workshop: Title', 'Panel Session: Title', 'Deep Dive Session: Title': a talk noun (data/talk_nouns.txt),
    perhaps after a capitalized word or two, labels the title that follows it on a paragraph's line (a
    bold line, heading or list item 'Keynote: Title' is read whole by the layouts of titles)."""
    return re.compile(rf"^(?:[A-Z][\w-]*\s+){{0,2}}(?i:{talk_nouns()})\s*:\s*(?P<value>\S.*)$")


def _a_person_alone(value: str, span: Span) -> bool:
    person = parse_person(value, span) if len(value) <= 80 else None
    return bool(person) and normalize(person.name) == normalize(value.split(",")[0].split("(")[0])


def _speaker_label_first(blocks: list[Block]) -> bool:
    """Whether the page's first labelled talk has its speaker line before it: unless a speaker
    label follows it closely and none comes just before it ('议题：…' then '讲师：…'), it does."""
    def speaker_label(block: Block) -> bool:
        match = label_pattern("speaker").match(block.text)
        return bool(match and (match.group("value") or "").strip())

    for index, block in enumerate(blocks):
        match = label_pattern("talk").match(block.text)
        if match and (match.group("value") or "").strip():
            before = any(speaker_label(b) for b in blocks[max(0, index - LABEL_NEIGHBOURS):index])
            after = any(speaker_label(b) for b in blocks[index + 1:index + 1 + LABEL_NEIGHBOURS])
            return before or not after
    return True


def listed_titles(blocks: list[Block]) -> list[SessionMention]:
    """Talk titles without speakers: a line that is only a 《title》, or only a "title" over an
    abstract label."""
    found = []
    for block, following in zip(blocks, blocks[1:] + [Block("paragraph", "", 0)]):
        quoted = QUOTED_TITLE.fullmatch(block.text.strip())
        if block.text.startswith("《") and quoted:
            found.append(SessionMention(quoted.group("title").strip(), block.span))
        elif line_label(following.text) == "abstract" and EN_QUOTED_LINE.fullmatch(block.text.strip()):
            found.append(SessionMention(block.text.strip()[1:-1].strip(), block.span))  # '"Title"' over 'Abstract:'
    return found


def material_titles(blocks: list[Block]) -> list[SessionMention]:
    """The links listed under a slides or recordings label ('资料下载', 'Slides', '视频回顾') or a heading
    named for them ('## Conference Slides'), also as list items that are each one link: the titles of
    the files of what was presented; a day's heading under them ('### Monday, June 24') goes on with them."""
    found = []
    under_materials = under_named = False
    for block in blocks:
        label = line_label(block.text)
        if block.kind == "heading" and DAY_HEADING.match(block.text):
            continue
        if label == "materials" or block.is_title and label is None:
            under_materials, under_named = label == "materials", label is None and _names_materials(block)
            if under_named:
                continue
        if under_named and _a_linked_title(block):
            found.append(SessionMention(_link_title(block.text), block.span))  # its items, not an embedded player's caption
        elif under_materials and label != "materials" and (block.kind == "link" or _a_linked_title(block)) \
                and 4 <= len(block.text) <= MAX_TITLE:
            # the link '[Slides](…)' under a talk is its slides, no title
            found.append(SessionMention(_link_title(block.text), block.span))
    return found


def _materials_untold(materials: list[SessionMention], told: list[SessionMention]) -> list[SessionMention]:
    """A page that tells as many talks as it lists slide or recording files, each under its own
    title, tells the talks those files hold, often under other titles than the files' ('《Contoso
    五周年》下载链接' beside '**《Contoso 五周年：一起走过的路》**' over its speaker's bio): the file list
    adds no talk then."""
    return materials if len({normalize(session.title) for session in told}) < len(materials) else []


def _link_title(text: str) -> str:
    """'[《Title》下载链接](…)': the title a link quotes, without what the link offers."""
    quoted = QUOTED_TITLE.search(text) if text.lstrip().startswith("《") else None
    return clean_title(quoted.group("title") if quoted else text)


def _names_materials(block: Block) -> bool:
    """'## Conference Slides', '## Talk Recordings': a heading named for slides or recordings
    heads the list of what was presented."""
    return block.kind == "heading" and names_materials(block.text)


WHOLE_DAY = re.compile(r"(?i)\bday\s*\d{1,2}\b")  # '[Stream, Day 2](…)': the recording of a whole day, no talk


def _a_linked_title(block: Block) -> bool:
    """'- [Title](slides.pdf)': a list item that is one link and nothing else, no label, no word
    for the material itself ('- [Video](…)') and no day's recording."""
    text = block.text.strip()
    return block.kind == "item" and len(block.links) == 1 and block.links[0].strip() == text and 4 <= len(text) <= MAX_TITLE \
        and line_label(text) is None and not material_word(text) and not WHOLE_DAY.search(text)


LEADING_SYMBOLS = re.compile(r"^[^\w*]+")  # '💾议程：', '📅 Agenda:': a symbol before the label


def program_list(blocks: list[Block]) -> list[SessionMention]:
    """The list items under a heading that names the program ('## Sessions', '## 议程'): one talk
    an item, with its speakers where the item gives them."""
    items = []
    under_program = under_label = False
    for block in blocks:
        if block.kind == "heading":  # a bold line inside the program (a talk's title) does not end it
            under_program, under_label = line_label(block.text) == "agenda", False
            continue
        if block.kind in ("paragraph", "bold") and line_label_and_value(LEADING_SYMBOLS.sub("", block.text)) == ("agenda", ""):
            under_label = True  # '议程：' or 'Agenda:' alone on its line, over the list of the program's items
            continue
        under_label = under_label and block.kind == "item"
        if under_label and _listed_title(block.text) and speaker_line(block) is None:
            items.append(block)
            continue
        if block.kind == "bold" and line_label(block.text) == "abstract":  # '**本期分享大纲：**': a talk's outline follows
            under_program = False
            continue
        if under_program and block.kind == "item" and 3 <= len(block.text) <= MAX_TITLE and speaker_line(block) is None:
            items.append(block)  # '- Jane Doe, Contoso' under a talk's bold title is its speaker, no talk
    bracketed = _names_in_brackets(items)
    minutes = bool(items) and keeps_a_roll(blocks)
    given = _given_names_of_the_roll(blocks) if minutes else {}
    found = []
    for block in items:
        title, speakers = bracketed.get(block.number) or split_title_and_speakers(block.text, block.span, bold=block.bold)
        if minutes and not speakers:
            title, speakers = first_name_presenters(block.text, block.span, given) or (title, speakers)
        if title and (speakers or not minutes):  # a meeting's agenda: its business ('Approve the minutes') is no talk
            found.append(SessionMention(title, block.span, speakers=speakers))
    return found


def _given_names_of_the_roll(blocks: list[Block]) -> dict[str, str]:
    """First name -> the full name of the one attendee the roll gives it ('Kate' -> 'Kate Stewart')."""
    full: dict[str, list[str]] = {}
    for person in listed_people(blocks):
        full.setdefault(person.name.split()[0], []).append(person.name)
    return {first: names[0] for first, names in full.items() if len(set(names)) == 1}


NAMES_IN_BRACKETS = re.compile(r"^(?P<title>.{4,}?)\s*[(（](?P<who>[^()（）]{3,80})[)）]\s*$")
BRACKETED_RUN = 3  # items of one program that end in their speakers' names before the layout is trusted


def _names_in_brackets(items: list[Block]) -> dict[int, tuple[str, list[PersonMention]]]:
    """A program listed as 'Title (Jane Doe)', 'Title (Wei Chen & Omar Haddad)': when most of its
    items end in a bracket that holds names alone, those names are each item's speakers (one
    bracket alone, 'Testing (BDD)', may be part of a title). Line number -> title, speakers."""
    named = {block.number: found for block in items for found in [_title_and_bracketed_names(block)] if found}
    return named if len(named) >= BRACKETED_RUN and len(named) * 2 >= len(items) else {}


def _title_and_bracketed_names(block: Block) -> tuple[str, list[PersonMention]] | None:
    """'Title (Jane Doe, Wei Chen)' -> the title and the people, when the bracket holds names alone
    (in 'Title by Jane Doe (Contoso)' the bracket is her organization, read by the one-line rule)."""
    match = NAMES_IN_BRACKETS.match(block.text)
    people = named_list(match.group("who"), block.span) if match and not _ends_by_names(match.group("title")) else []
    if people and any(person.organization == match.group("who").strip() for person in split_title_and_speakers(block.text, block.span)[1]):
        return None  # 'Title - Jane Doe (Contoso)': the bracket is the organization of the name set apart before it
    return (clean_title(match.group("title")), people) if people else None


NAMES_AFTER_BY = re.compile(r"\sby\s+(?P<who>[A-Z][^:;]{2,120})$")  # '… by Jane Doe (Contoso) and Wei Chen' ending a line


def _ends_by_names(text: str) -> bool:
    """'Title by Jane Doe', 'Title by Jane Doe (Contoso) and Wei Chen': the text ends with 'by' and
    people's names (each perhaps with its bracketed organization)."""
    match = NAMES_AFTER_BY.search(text.strip()) if " by " in text else None
    names = re.split(r"\s*(?:,|&|\band\b)\s*", re.sub(r"\s*\([^()]*\)", "", match.group("who"))) if match else []
    return bool(names) and all(person_name(name) for name in names)


SESSION_WORDS = re.compile(r"(?i)\b(?:sessions?|tracks?|breakouts?|discussions?|round\s*tables?|panels?|workshops?|"
                           r"tutorials?|labs?|sprints?|keynotes?)\b")


SENTENCE_VERB = re.compile(r"(?i)\b(?:will|is|are|was|were|has|have|had|can)\b")


SESSION_NOUNS = r"(?:session|track|discussion|breakout|workshop|panel)s?"
SESSION_NOUN = re.compile(rf"(?i)\b{SESSION_NOUNS}\b")


def _called_a_session(title: str, text: str) -> bool:
    """The text after a heading calls it a session: by its words ('the compiler and runtime
    session'), its first word ('### Tooling and editors', 'the tooling session'), or as what a
    session was on ('### The contributor experience', 'the final session was on the contributor experience')."""
    if not SESSION_NOUN.search(text):
        return False
    words_in = re.sub(r"(?i)^(?:the|a|an)\s+", "", title)
    first = words_in.split()[0] if words_in.split() else ""
    return bool(re.search(rf"(?i)\b{re.escape(words_in)}\s+{SESSION_NOUNS}\b", text)
                or len(first) >= 4 and len(title.split()) > 1 and re.search(rf"(?i)\bthe\s+{re.escape(first)}\s+{SESSION_NOUNS}\b", text)
                or re.search(rf"(?i)\b{SESSION_NOUNS}\b[^.]{{0,40}}\b(?:on|about)\s+(?:the\s+)?{re.escape(words_in)}\b", text))


def _named_heading(block: Block) -> str | None:
    """The text of a heading below the page's title that may name a program item: not a part of the
    page ('About', 'Speakers'), no label, no sentence ('… will have 2 tracks')."""
    if block.kind != "heading" or block.level < 2 or not 4 <= len(block.text) <= MAX_TITLE:
        return None
    title = block.text.strip(" *:：")
    if section_heading().match(title) or names_materials(title) or line_label(title) is not None or SENTENCE_VERB.search(title):
        return None  # 'Recordings of the Keynotes' over the recordings
    return title


def sessions_by_heading(blocks: list[Block]) -> list[SessionMention]:
    """A heading the text goes on to call a session ('### Compiler and runtime' followed by 'The
    compiler and runtime session started…', see `_called_a_session`), or one that says it is one
    ('### Breakout sessions', '## 101 Newcomer Track')."""
    found = []
    for index, block in enumerate(blocks):
        title = _named_heading(block)
        if title is None:
            continue
        following = [b.text for b in blocks[index + 1:index + 3] if b.kind == "paragraph"]
        if CJK.search(title):
            if any(ZH_THIS_TALK.match(text) for text in following):  # '### 标题' then '在本次演讲中，…'
                found.append(SessionMention(clean_title(title), block.span))
            continue
        if _called_a_session(title, " ".join(following)) or SESSION_WORDS.search(title.split()[-1]) and not _opens_a_section(block):
            found.append(SessionMention(clean_title(title), block.span))
    return found


MIN_AGENDA_HEADINGS = 2  # sub-headings with text under a heading that names the agenda that make its talks


def headings_under_agenda(blocks: list[Block]) -> list[SessionMention]:
    """'## 活动议程' then at once '### Title' over each talk's abstract: the sub-headings one level down,
    each with a paragraph below it, are the talks (no speaker named), when there are two or more; a
    time or a day over a slot ('### 上午 09:00', '### Day 2') is none. An agenda heading over text of
    its own ('### Schedule' then how the days went) is a section of prose, its sub-headings no talks."""
    found, agenda_level = [], None
    for index, block in enumerate(blocks):
        if block.kind != "heading":
            continue
        if agenda_level is not None and block.level <= agenda_level:
            agenda_level = None
        if line_label(block.text.strip(" *:：")) == "agenda":
            below = blocks[index + 1] if index + 1 < len(blocks) else None
            agenda_level = block.level if below and below.kind == "heading" and below.level == block.level + 1 else None
            continue
        title = _named_heading(block) if agenda_level is not None and block.level == agenda_level + 1 else None
        followed = index + 1 < len(blocks) and blocks[index + 1].kind == "paragraph"
        if title and followed and not has_time_range(title) and not DAY_HEADING.match(title) and not re.search(r"\d[:：]\d\d", title):
            found.append(SessionMention(clean_title(title), block.span))
    return found if len(found) >= MIN_AGENDA_HEADINGS else []


def _opens_a_section(block: Block) -> bool:
    """'== Open Liberty sessions:': a heading ending in a colon introduces what follows (the sessions
    it tells of), it names no session itself."""
    return block.text.rstrip(" *_").endswith((":", "："))


ZH_THIS_TALK = re.compile(rf"^\s*在?(?:本次|本场|这场|此次)(?:{ZH_TALK_NOUNS})")  # the section's text calls its heading a talk


def recorded_talks(blocks: list[Block]) -> list[SessionMention]:
    """A heading over the embedded recording of what it names ('## Writing Web Apps' then a few
    lines and the video): a talk, when the heading is no part of the page ('## Introduction'),
    no label and no sentence."""
    found = []
    for index, block in enumerate(blocks):
        title = _named_heading(block)
        if title is None:
            continue
        window = range(index + 1, min(index + 1 + SECTION_WINDOW, len(blocks) - 1))
        section = itertools.takewhile(lambda at: blocks[at].kind != "heading" and not item_speakers(blocks, at), window)
        section = list(section)
        if any(blocks[at].kind == "video" for at in section):  # a talk listed below with its speakers owns the video
            found.append(SessionMention(clean_title(title), block.span,
                                        speakers=recorded_speakers(title, [blocks[at] for at in section])))
    return found


SPEAKERS_COLON_TITLE = re.compile(r"^(?P<who>[^:：]{4,80}?)\s*[:：]\s+(?P<title>\S.{3,150})$")


def captioned_recordings(blocks: list[Block]) -> list[SessionMention]:
    """A line that is only a link or an embedded recording, captioned 'Jane Doe: Title' or 'Omar
    Haddad & Jane Doe: Title': the names before the colon (each read as a person's) are the
    speakers of the title after it."""
    found = []
    for block in blocks:
        match = SPEAKERS_COLON_TITLE.match(block.text) if block.kind == "link" else None
        if not match:
            continue
        names = [person_name(part) for part in re.split(r"\s*(?:,|&|\band\b)\s*", match.group("who")) if part]
        if names and all(name and reads_as_person(name) and not plain_words(name) for name in names):
            found.append(SessionMention(clean_title(match.group("title")), block.span,
                                        speakers=[PersonMention(name, block.span) for name in names]))
    return found
