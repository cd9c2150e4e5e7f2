"""Stage 2b, recognize layouts: blocks -> talks (with their speakers) and people, one small
recognizer per layout family recaps use:

- agenda tables (Markdown, HTML or tab-separated) whose header, or else whose cells, say which
  column is the time, the title and the speaker;
- time-slot lines ('13:30-14:10 Title Speaker');
- a title set apart (heading or bold line) followed by speaker lines ('- Name, Org',
  '讲师：姓名 单位职位', a 嘉宾介绍 paragraph that starts with the name);
- one line per talk ('"Title" by Name', 'Title - Name (Org)', '《Title》 … 姓名');
- labelled talks ('议题：Title' near a speaker line).
Each returns SessionMentions; `talks` keeps every layout's finds, one per title.
"""

from __future__ import annotations

import itertools
import re
from functools import cache

from ..writing import CJK
from . import clock, places
from .classify import (
    adverbial,
    common_word,
    first_name,
    is_org,
    is_role,
    organization_of_unit,
    parse_people,
    plain_words,
    parse_person,
    person_name,
    probably_a_person,
    split_affiliation,
    strip_honorifics,
)
from .lexicon import normalize
from .model import PersonMention, SessionMention, Span
from .organizations import ZH_NAME_START, organization_mentions
from .read import CELL_LINE
from .segment import Block
from .wordlists import alternation, label_anywhere, label_class, label_pattern, labels, pattern, words

QUOTED_TITLE = re.compile(r"[《“\"](?P<title>[^》”\"]{4,150})[》”\"]")
MAX_TITLE = 160
SPEAKER_WINDOW = 6  # blocks after a title in which its speaker lines must start
SECTION_WINDOW = 10  # blocks after a heading in which the recording of the talk it names is embedded
LABEL_NEIGHBOURS = 2  # blocks on either side of a talk label in which its speaker label stands
BY = re.compile(r"(?i)^(?:presented\s+)?by\s")
HOSTED_BY = re.compile(r"(?i)\b(?:hosted|organi[sz]ed|sponsored|supported|powered|brought to you)\s+by\s*$")


LABEL_NOTE = re.compile(r"\s*[(（](?:s|es|[^()（）]{2,40})[)）]|[*_]+")  # 'Note-taker(s) (on this doc)', '**Lead**'
MAX_LABEL = 20
LABEL_FIRST = re.compile(r"^\s*([^:：]{1,60}?)\s*[:：]\s*(.*)$")
LINE_ONLY = re.compile(r"^\s*(.{1,40}?)\s*()$")


def _label(text: str) -> str | None:
    return _label_and_value(text)[0]


def _label_and_value(text: str) -> tuple[str | None, str]:
    """The class of a line's label and what follows it; the label may carry a plural '(s)', a
    note in brackets and emphasis: 'Topic Facilitator(s) (see below): Jane Doe'."""
    match = LABEL_FIRST.match(text) if ":" in text[:62] or "：" in text[:62] else None
    match = match or LINE_ONLY.match(text)
    if not match:
        return None, ""
    label = match.group(1)
    label = LABEL_NOTE.sub("", label).strip() if re.search(r"[(（*_]", label) else label.strip()
    return (label_class().get(label.casefold()) if len(label) <= MAX_LABEL else None), match.group(2).strip(" *_")


def _clean_title(text: str) -> str:
    timed = clock.slot(text)
    if timed and timed.rest:
        text = timed.rest
    text = re.sub(r"^\s*(?:\d{1,2}[.)、]|[一二三四五六七八九十]+[、.])\s*", "", text)
    quoted = QUOTED_TITLE.fullmatch(text.strip())
    if quoted:
        text = quoted.group("title")
    labelled = label_pattern("talk").match(text)
    if labelled and (labelled.group("value") or "").strip():  # '演讲主题：Title', '议题：Title'
        text = labelled.group("value")
    text = _materials_note().sub("", text)  # 'Title (slides and video)'
    return text.strip(" 《》“”\"*_:：|｜,，").strip()


@cache
def _materials_note() -> re.Pattern:
    return re.compile(rf"[\s,，]*[(（][^)）]*(?:{alternation(labels('material-word'))})[^)）]*[)）][\s,，.。]*$", re.IGNORECASE)


def talks(blocks: list[Block]) -> list[SessionMention]:
    agenda = agenda_table(blocks) or time_slots(blocks)
    found = list(agenda)
    for recognizer in (titled_talks, line_titled_talks, announced_talks, one_line_talks, labelled_talks, listed_titles, quoted_in_prose,
                       program_list, sessions_by_heading, recorded_talks):
        found += recognizer(blocks)
    unique: dict[str, SessionMention] = {}
    for session in found:
        key = normalize(session.title)
        if key and key not in unique:
            unique[key] = session
        elif key and not unique[key].speakers and session.speakers:
            unique[key].speakers = session.speakers
    return list(unique.values())


# --- tables ---------------------------------------------------------------------------------------------

COLUMN_LABELS = {"date": "time", "talk": "title", "theme": "title", "speaker": "speaker", "bio": "speaker"}


def agenda_table(blocks: list[Block]) -> list[SessionMention]:
    """Rows of a table: the header names the columns, or the cells show them (a time, a 《title》,
    a room, a cell that reads as a speaker)."""
    found: list[SessionMention] = []
    for rows in _tables(blocks):
        columns = _header(rows[0].cells)
        body = rows[1:] if columns else rows
        columns = _organization_column(body, columns) if columns else _headerless_columns(body)
        sessions = [(block, _table_row(block, columns)) for block in body]
        timed = clock.in_day_order([slot for _, (_, slot) in sessions])
        for (block, (session, _)), slot in zip(sessions, timed):
            if session and not session.speakers and "speaker" not in columns:  # '10:00 | Title - Jane Doe (Contoso)'
                session.title, session.speakers = split_title_and_speakers(session.title, session.span)
            if session:
                session.start, session.end = (slot.start, slot.end) if slot else (None, None)
                found.append(session)
                found += _other_tracks(block, columns, session)
    return found if len(found) >= 2 else []


def _tables(blocks: list[Block]) -> list[list[Block]]:
    """Runs of table rows (a new header row starts a new table)."""
    tables: list[list[Block]] = []
    previous = None
    for block in blocks:
        if block.kind == "row" and previous is not None and previous.kind == "row" and not _header(block.cells):
            tables[-1].append(block)
        elif block.kind == "row":
            tables.append([block])
        previous = block
    return tables


def _organization_column(rows: list[Block], columns: dict[str, int]) -> dict[str, int]:
    """A column the header names in words no list knows ('Entity', 'Firma'), just after the
    speakers: their organizations, when its cells are short names, not times, sentences or job
    titles (most of them)."""
    index = columns.get("speaker", -2) + 1
    if "org" in columns or index <= 0 or index in columns.values():
        return columns
    values = [row.cells[index].strip() for row in rows if index < len(row.cells) and row.cells[index].strip()]
    names = [value for value in values if len(value) <= 60 and not clock.slot(value)
             and not re.search(r"[.。,，;；]$", value)]
    if values and len(names) == len(values) and sum(is_role(value) for value in values) * 2 < len(values):
        return {**columns, "org": index}
    return columns


ROOM_REPEATS = 3  # rows from which a column whose values repeat is read as the rooms


def _headerless_columns(rows: list[Block]) -> dict[str, int]:
    """A table without a header: the rooms are the column of short values that name a part of a
    venue ('Room 210', 'Main Hall') or, in a longer schedule, repeat from row to row."""
    width = max((len(row.cells) for row in rows), default=0)
    for index in range(width):
        values = [row.cells[index].strip() for row in rows if index < len(row.cells) and row.cells[index].strip()]
        if not values or any(len(value) > 40 or clock.slot(value) for value in values) or index == width - 1:
            continue
        rooms = all(_room(value) for value in values)
        repeats = len(values) >= ROOM_REPEATS and len(set(values)) <= len(values) / 2 and len(values) == len(rows)
        if rooms or repeats:
            return {"room": index}
    return {}


@cache
def _room_words() -> frozenset[str]:
    return frozenset(word.casefold() for word in words("room_words"))


def _room(text: str) -> bool:
    """'Room 210', 'Parkway Level', '3号会议室': a cell that names a part of a venue."""
    tokens = re.findall(r"[A-Za-z]+", text.casefold())
    return any(token in _room_words() for token in tokens) \
        or any(word in text for word in _room_words() if CJK.search(word))


def _other_tracks(block: Block, columns: dict[str, int], first: SessionMention) -> list[SessionMention]:
    """'9:15AM | Drafting a Proposal | Storage Working Group Meeting': with no header that names a
    speaker column, each further cell of a timed row that names no one is the talk of another
    track at the same time."""
    if "speaker" in columns or first.speakers or not first.start:
        return []
    found = []
    for cell in block.cells:
        title = _clean_title(cell)
        if title and not clock.slot(cell) and not _room(cell) and normalize(title) != normalize(first.title) and len(title) <= MAX_TITLE \
                and not parse_people(cell, block.span) and normalize(title) not in {normalize(f.title) for f in found}:
            found.append(SessionMention(title, block.span, first.start, first.end))
    return found


def _header(cells: tuple[str, ...]) -> dict[str, int]:
    columns: dict[str, int] = {}
    for index, cell in enumerate(cells):
        text = cell.strip(" *").casefold()
        kind = COLUMN_LABELS.get(label_class().get(text, ""))
        if kind == "title" and "title" in columns:  # 'Topic | Speaker | Title': the second is a job title
            kind = "role"
        if text in _column_words("affiliation"):
            kind = "org"
        if text in _column_words("title-column"):
            kind = "title"
        if text in _column_words("speaker-column"):
            kind = "speaker"
        if label_class().get(text) == "materials":
            kind = "materials"  # 'Media', 'Slides': links to the talk's slides and video, no one's name
        if text in _column_words("role-column") or CJK.search(text) and _in_header(text, "role-column"):
            kind = "role"  # '职位', '公司及职位', '单位/职务': a job title, perhaps after the organization
        elif kind is None and CJK.search(text) and _in_header(text, "affiliation"):
            kind = "org"  # '所在单位', '公司名称'
        if kind and kind not in columns:
            columns[kind] = index
    return columns if len(columns) >= 2 and ("title" in columns or "speaker" in columns) else {}


def _in_header(text: str, kind: str) -> bool:
    """A Chinese header cell that holds a column word of this kind ('公司及职位' holds 职位)."""
    return len(text) <= 8 and any(word in text for word in _column_words(kind) if CJK.search(word))


@cache
def _column_words(kind: str) -> frozenset[str]:
    return frozenset(word.casefold() for word in labels(kind))


def _cell(cells: tuple[str, ...], index: int | None) -> str:
    return cells[index].strip() if index is not None and index < len(cells) else ""


def _table_row(block: Block, columns: dict[str, int]) -> tuple[SessionMention | None, clock.Slot | None]:
    cells = block.cells
    time_at = columns.get("time", next((i for i, c in enumerate(cells) if clock.slot(c)), None))
    slot = clock.slot(_cell(cells, time_at)) if time_at is not None else None
    if not set(columns) - {"room"} and not slot:
        return None, None
    taken = {time_at, columns.get("room"), columns.get("materials")}
    title_at = columns.get("title")
    if title_at is None:
        rest = [i for i in range(len(cells)) if i not in taken and cells[i]]
        title_at = next((i for i in rest if QUOTED_TITLE.search(cells[i])), rest[0] if rest else None)
    title, under_title = _title_cell(_cell(cells, title_at), block.span)
    title = title or (slot.rest if slot else "")
    if not title or len(title) > MAX_TITLE:
        return None, None
    session = SessionMention(title, block.span, speakers=under_title)
    speaker_at = columns.get("speaker")
    candidates = [speaker_at] if speaker_at is not None else [i for i in range(len(cells)) if i not in taken | {title_at}]
    for index in candidates if not under_title else ():
        text, affiliation = _speaker_cell(_cell(cells, index))
        if text and text.casefold() not in ("all", "全体", "所有人", "tbd", "待定"):
            people = parse_people(text, block.span) or ([PersonMention(text, block.span)] if speaker_at is not None
                                                          and person_name(text) else [])
            for person in people if affiliation else ():
                person.organization = person.organization or affiliation
            if not people and speaker_at is not None and CJK.search(text):
                people = _nicknamed_speakers(text, block.span)
            org = _cell(cells, columns.get("org")) or None
            role = _cell(cells, columns.get("role")) or None
            if role and not org and CJK.search(role):  # '星河科技 首席架构师' in a job-title column
                org, role = split_affiliation(role)
            for person in people:
                person.organization = person.organization or org
                person.title = person.title or role
            session.speakers += people
            if people:
                break
    return session, slot


MAX_AFFILIATION = 80
MAX_SUBTITLE = 80
SENTENCE_STOP = re.compile(r"[.!。！]\s*$")


def _cell_lines(text: str) -> list[str]:
    return [line.strip(" ,，-–—") for line in text.split(CELL_LINE) if line.strip(" ,，-–—")]


def _title_cell(text: str, span: Span) -> tuple[str, list[PersonMention]]:
    """A talk cell of several lines (an HTML cell broken by `<br>`, or a bold title over its
    abstract): the title over the names of its speakers ('Title<br>Jane Doe & Wei Chen'), else
    the title over its subtitle, or over an abstract too long to be part of it."""
    lines = _cell_lines(text)
    if len(lines) < 2:
        return _clean_title(text.replace(CELL_LINE, " ")), []
    speakers = (parse_people(lines[1], span) or _vouched_name(lines[1], span)) if len(lines) == 2 else []
    if speakers and all(person_name(person.name) for person in speakers):
        return _clean_title(lines[0]), speakers
    if any(len(line) > MAX_SUBTITLE or SENTENCE_STOP.search(line) for line in lines[1:]):
        return _clean_title(lines[0]), []
    return _clean_title(" ".join(lines)), []


def _vouched_name(text: str, span: Span) -> list[PersonMention]:
    """A line the layout sets where a speaker's name goes: a name by its shape alone."""
    name = person_name(text)
    return [PersonMention(name, span)] if name and not is_org(text) else []


def _speaker_cell(text: str) -> tuple[str, str | None]:
    """A speaker cell of several lines: the names over their organization ('Jane Doe<br><i>Contoso</i>')."""
    lines = _cell_lines(text)
    if len(lines) == 2 and len(lines[1]) <= MAX_AFFILIATION and not person_name(lines[1]) and not is_role(lines[1]):
        return lines[0], lines[1]
    return text.replace(CELL_LINE, " ").strip(), None


ZH_NICKNAME_FIRST = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,3})\s*[@＠:：|｜]\s*(?P<rest>.+)$")
ZH_NICKNAME_LAST = re.compile(r"^(?P<rest>.+?)\s+(?P<name>[\u4e00-\u9fff]{2,3})$")


def _nicknamed_speakers(text: str, span: Span) -> list[PersonMention]:
    """The cells of a speaker column vouch for their names, also a nickname without a surname
    (花名, as many Chinese companies use): '青山@开源负责人', '单位职位 思远', several apart by
    line breaks. The name stands beside a job title, and is no common word, role or organization."""
    people = []
    for part in re.split(r"<br\s*/?>|[；;]|\s+(?=[\u4e00-\u9fff]{2,3}[@＠])", text):
        person = _nickname_person(ZH_NICKNAME_FIRST.match(part.strip()) or ZH_NICKNAME_LAST.match(part.strip()), span)
        if not person:
            return []
        people.append(person)
    return people


def _nickname_person(match: re.Match | None, span: Span) -> PersonMention | None:
    """A name and its affiliation where the layout vouches for the name: it stands beside a job
    title, and is no common word, role or organization."""
    if not match:
        return None
    name, (org, title) = match.group("name"), split_affiliation(match.group("rest"))
    if not title or is_role(name) or is_org(name) or common_word(name):
        return None
    return PersonMention(name, span, org, title)


ZH_NICKNAME_SPACED = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,3})\s+(?P<rest>[^\s，,。].{3,60})$")


def _vouched_nickname(text: str, span: Span) -> PersonMention | None:
    """'北岩 云帆数据缓存平台核心研发' under a people heading or a talk's title: a nickname (花名)
    with no surname, then a space and the affiliation."""
    return _nickname_person(ZH_NICKNAME_SPACED.match(text.strip()), span)


# --- time slots -----------------------------------------------------------------------------------------


def time_slots(blocks: list[Block]) -> list[SessionMention]:
    """'14:20-14:50 Title Speaker', '10.50 AM – 10.55 AM – Title, Dr. Name' lines (the speaker
    recognized by the shape of a name), in the day's order (afternoon times without am/pm)."""
    found: list[tuple[SessionMention, clock.Slot]] = []
    for block in blocks:
        slot = clock.slot(block.text) if block.kind != "row" else None
        if not slot or not slot.end or not slot.rest:
            continue
        title, speakers = split_title_and_speakers(slot.rest, block.span, timed=True)
        if title and len(title) <= MAX_TITLE:
            found.append((SessionMention(title, block.span, speakers=speakers), slot))
    for (session, _), slot in zip(found, clock.in_day_order([slot for _, slot in found])):
        session.start, session.end = slot.start, slot.end
    return [session for session, _ in found] if len(found) >= 2 else []


BRACKETED_SPEAKERS = re.compile(r"^(?P<title>.{4,}?)\s*[(（](?P<who>[^()（）]{4,}[,，;；][^()（）]+)[)）]\s*$")
TITLE_THEN_SPEAKER = re.compile(r"^(?P<before>.{6,}?)\s*[(（](?P<org>[^)）]+)[)）]$")
SPEAKER_SEPARATORS = re.compile(r"\s*[|｜]\s*|\s+[-–—]+\s+(?:presented\s+by\s+)?|\s*——\s*|\s+(?:presented\s+)?by\s+|\s*[:：]\s*(?=[^:：]+$)", re.IGNORECASE)


def split_title_and_speakers(text: str, span: Span, timed: bool = False) -> tuple[str, list[PersonMention]]:
    """'Title | role 姓名', 'Title - Name (Org)', '"Title" by Name', 'Title 单位职位 姓名' ->
    title, speakers. A tail that does not read as people stays part of the title. `timed`: the
    line is an agenda's time slot, where 'Title, Dr. Name' ends with its speakers."""
    if _label(text) == "talk":  # '议题题目：Title' is all title (labelled_talks finds its speakers)
        return _clean_title(text), []
    labelled = label_anywhere("speaker").search(text)
    if labelled and labelled.start() > 0 and CJK.search(labelled.group("label")):  # 'Title 讲师：姓名'
        people = _labelled_people(labelled.group("value"), span)
        if people:
            return _clean_title(text[:labelled.start()]), people
    bracketed = BRACKETED_SPEAKERS.match(text)  # 'Secure Boot in Practice (Kim Lee, Tailspin Labs)'
    if bracketed:
        people = [p for p in parse_people(bracketed.group("who"), span) if p.organization or p.title]
        if people:
            return _clean_title(bracketed.group("title")), people
    if timed:
        speakers = _speakers_after_comma(text, span)
        if speakers:
            return speakers
    quoted = QUOTED_TITLE.search(text)
    if quoted and quoted.start() <= 2:
        rest = text[quoted.end():].strip(" ,，-–—|｜:：")
        people = parse_people(re.sub(r"^(?:by|presented by)\s+", "", rest, flags=re.IGNORECASE), span) if rest else []
        return quoted.group("title").strip(), people
    bars = [part.strip() for part in re.split(r"\s*[|｜]\s*", text)]
    lead = TITLE_THEN_SPEAKER.match(bars[0]) if len(bars) > 1 else None
    if lead and all(parse_person(part, span) for part in bars[1:]):  # 'Title Speaker (Org) | Speaker (Org)'
        words = lead.group("before").split()
        for size in (2, 3):
            first = person_name(" ".join(words[-size:])) if len(words) > size else None
            if first:
                org, role = split_affiliation(lead.group("org"))
                return (_clean_title(" ".join(words[:-size])),
                        [PersonMention(first, span, org, role)] + [parse_person(part, span) for part in bars[1:]])
    for match in reversed(list(SPEAKER_SEPARATORS.finditer(text))):
        head, tail = text[:match.start()].strip(), text[match.end():].strip()
        if head and tail:
            presented = "presented" in match.group(0).casefold()
            by = "by" in match.group(0).casefold()
            people = parse_people(f"Presented by {tail}" if presented else tail, span, cue=by)
            if people:
                return _clean_title(head), people
            first = parse_person(head, span) if not by and len(_clean_title(tail)) >= 4 else None
            if first and (first.organization or CJK.search(first.name)):  # 'Name（Org）——Title': the speaker first
                return _clean_title(tail), [first]
    if " " in text.strip():
        head, tail = text.rsplit(" ", 1)
        person = parse_person(tail, span)
        if person and len(head) >= 4:
            words = head.rsplit(" ", 1)
            if len(words) == 2 and re.search(r"[\u4e00-\u9fff]", words[1]) and person.organization is None \
                    and (person.title is None or is_org(words[1])):  # '…优化实践 数据库内核工程师陈思远': the title's end
                org, title = split_affiliation(words[1])
                if org or title:
                    person.organization, person.title = org, title
                    head = words[0]
            if CJK.search(person.name):  # 'Title Contoso 技术委员会王志平': a Latin word just before names the unit
                words = head.rsplit(" ", 1)
                if len(words) == 2 and re.fullmatch(r"[A-Za-z][\w.-]*", words[1]) and len(words[0]) >= 4:
                    person.organization = f"{words[1]} {person.organization or ''}".strip()
                    head = words[0]
            return _clean_title(head), [person]
    return _clean_title(text), []


def _speakers_after_comma(text: str, span: Span) -> tuple[str, list[PersonMention]] | None:
    """'Rack Telemetry, Dr. Jane Doe' / 'Rack Telemetry, Jane Doe and Omar Haddad': a time slot's
    title, then after a comma people whose names are vouched for by an honorific or read as names."""
    for match in reversed(list(re.finditer(r",\s+", text))):
        head, tail = text[:match.start()].strip(), text[match.end():].strip(" .")
        if len(head) < 4:
            break
        honoured = strip_honorifics(tail) != tail
        people = parse_people(tail, span, cue=honoured)
        if people and all(p.name for p in people) and (honoured or all(probably_a_person(p.name) for p in people)):
            return _clean_title(head), people
    return None


# --- a title, then speaker lines ------------------------------------------------------------------------

@cache
def _section_heading() -> re.Pattern:
    """A heading that names a part of the page ('Speaker Bios', '议程', '关于…'), from data/section_headings.txt."""
    parts = []
    for entry in words("section_headings"):
        escaped = re.escape(entry.strip("…")).replace(r"\ ", r"\s+")
        parts.append(f"{escaped}.*" if entry.endswith("…") else f".*{escaped}" if entry.startswith("…") else escaped)
    return re.compile(rf"(?i)^(?:{'|'.join(parts)})$")


@cache
def _credit() -> re.Pattern:
    return re.compile(rf"^(?:{alternation(labels('credit'))})\b", re.IGNORECASE)


@cache
def _sentence_opener() -> re.Pattern:
    """A sentence's first word ('As', 'It', 'We'), which no talk title starts with."""
    return re.compile(rf"^(?:{alternation(words('sentence_openers'))})\s", re.IGNORECASE)


def _title_candidate(block: Block) -> bool:
    text = block.text.strip()
    if not block.is_title or not 4 <= len(text) <= MAX_TITLE or _section_heading().match(text.strip(" *:：")):
        return False
    if _label(text) is not None or organization_mentions(text) == [text]:
        return False  # a label ('演讲主题：…' is read by labelled_talks), or an organization's name
    person = parse_person(text, block.span)  # 'Name, Managing Director, Org' is a person
    return not (person and (person.organization or person.title) and probably_a_person(person.name))


def titled_talks(blocks: list[Block]) -> list[SessionMention]:
    """A title set apart, then its speaker lines; a title may carry its day and time ('Keeping
    Racks Cool: Wed, April 29, 15:55 - 16:15'). The headings of a roster are no talks."""
    found = []
    roster = _roster_headings(blocks)
    page_title = next((i for i, block in enumerate(blocks) if block.kind == "heading"), None)
    for index, block in enumerate(blocks):
        if not _title_candidate(block) or index in roster:
            continue
        if index == page_title and block.level == 1 and not _labelled_speaker_below(blocks, index):
            continue  # the page's own title ('<h1>' over the text) is a talk only on a session's page ('Lead: …')
        speakers = _speakers_after(blocks, index)
        if speakers:
            timed = clock.find_slot(block.text)
            title = _clean_title(timed.rest if timed and timed.rest else block.text)
            found.append(SessionMention(title, block.span, timed.start if timed else None, timed.end if timed else None,
                                        speakers=speakers))
    return found


def _labelled_speaker_below(blocks: list[Block], index: int) -> bool:
    return any(_label(block.text) in SPEAKER_LABELS for block in blocks[index + 1:index + 1 + SPEAKER_WINDOW])


ROSTER_SECTIONS = 3  # short headings over names alone from which a page is a roster
MAX_GROUP_WORDS = 3
MAX_NAME_LINE = 120  # characters of the line under a roster heading: a name, perhaps with a handle and a reason


def _roster_headings(blocks: list[Block]) -> set[int]:
    """Short headings ('Storage', 'API Machinery', 'CLI'), no talk noun among their words, each over
    names alone (no affiliation, no job title): three or more of them on a page group people
    (award categories, teams, working groups), they are no talk titles."""
    nouns = pattern("talk_nouns")
    short = [index for index, block in enumerate(blocks[:-1]) if block.kind == "heading" and len(block.text.split()) <= MAX_GROUP_WORDS
             and blocks[index + 1].kind in ("item", "paragraph") and len(blocks[index + 1].text) <= MAX_NAME_LINE]
    if len(short) < ROSTER_SECTIONS:  # a heading of the roster is followed by a name straight away
        return set()
    found = set()
    for index in short:
        if nouns.search(blocks[index].text) or _label(blocks[index].text):
            continue
        speakers = _speakers_after(blocks, index)
        if speakers and not any(person.organization or person.title for person in speakers):
            found.add(index)
    return found if len(found) >= ROSTER_SECTIONS else set()


def line_titled_talks(blocks: list[Block]) -> list[SessionMention]:
    """A plain line that reads as a title (a text saved without its markup), directly followed
    by lines that are each only 'Name, Organization' (or 'Name, Title, Organization')."""
    found = []
    for index, block in enumerate(blocks):
        if block.kind != "paragraph" or not _plain_title(block.text) or _name_then_organization(block.text):
            continue  # the first line of a list of people ('Name, Org, Country') is no title over the others
        speakers: list[PersonMention] = []
        line = block.number
        for following in blocks[index + 1:]:
            person = _speaker_line(following) if following.number == line + 1 else None
            if person is None:
                break
            speakers.append(person)
            line = following.number
        if speakers:
            found.append(SessionMention(_clean_title(block.text), block.span, speakers=speakers))
    return found


def _name_then_organization(text: str) -> bool:
    name, _, rest = text.partition(",")
    return " " in name.strip() and person_name(name.strip()) is not None and is_org(rest)


def _plain_title(text: str) -> bool:
    return 4 <= len(text) <= MAX_TITLE and len(text.split()) <= 14 and not re.search(r"[.。!！?？;；]$", text) \
        and (text[:1].isupper() or bool(CJK.match(text))) and _label(text) is None \
        and not _section_heading().match(text) and _speaker_line(Block("paragraph", text, 0)) is None


def _speaker_line(block: Block) -> PersonMention | None:
    """A line that is one person and their affiliation, nothing more."""
    if block.kind not in ("paragraph", "item") or len(block.text) > 100 or not re.search(r"[,，(（]", block.text):
        return None
    person = parse_person(block.text, block.span)
    if person is None or not (person.organization or person.title) or not probably_a_person(person.name):
        return None
    return person


def _speakers_after(blocks: list[Block], index: int) -> list[PersonMention]:
    """Speaker lines under a title: they start within a few blocks, before the next title."""
    speakers: list[PersonMention] = []
    for at, block in enumerate(blocks[index + 1:index + 1 + SPEAKER_WINDOW], start=index + 1):
        if block.is_title and (_label(block.text) not in ("speaker", "bio") or not re.search(r"[:：]", block.text)):
            break  # a title of its own, or a section of people ('## 嘉宾')
        if speakers and _label(block.text) == "speaker" and at + 1 < len(blocks) and _label(blocks[at + 1].text) == "talk":
            break  # '讲师：…' just before '议题：…' is that talk's speaker
        if block.kind == "row":
            break
        kind = _label(block.text)
        text = block.text
        if kind in SPEAKER_LABELS + ("bio",):
            text = re.split(r"[:：]", text, maxsplit=1)[-1] if re.search(r"[:：]", text) else ""
            if not text.strip():
                continue
            if kind in SPEAKER_LABELS:
                speakers += _labelled_people(text, block.span)
                continue
        elif kind in PEOPLE_HEADINGS + ("talk",):  # a new talk, or the organizers' or team's list, begins
            break
        elif kind is not None:
            continue
        if block.kind == "paragraph" and len(text) > 80 and kind is None:
            quoted = re.search(r"[“\"]", text)  # 'Name, Title of Org explains, “…”' quotes someone, it is no bio
            people = [p for p in [parse_person(_first_clause(text), block.span)] if p and not quoted]
        else:
            people = parse_people(text, block.span) if len(text) <= 300 else []
            nickname = _vouched_nickname(text, block.span) if not people and not speakers else None
            people = [nickname] if nickname else people
        people = [p for p in people if p.title or kind or BY.match(text) or not plain_words(p.name)]
        if people:
            speakers += people
        elif speakers:
            break
    return speakers


EMAIL_IN_BRACKETS = re.compile(r"\s*[(（\[]\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[)）\]]")
SENTENCE_END = re.compile(r"(?<=[a-z0-9)]{2}[.;])\s+(?=[A-Z])")  # not after an initial ('Jeffrey D. Brown')
NAME_BEFORE_VERB = re.compile(r"^((?:[A-Z][\w'’-]+\.?\s+){1,3}[A-Z][\w'’-]+)\s+[a-z]")


def _bio_person(text: str, span: Span) -> PersonMention | None:
    """The person a biography paragraph opens with: 'Speaker Name: Jane Doe (jane@contoso.com),
    Contoso Labs …', 'Jane Doe, Contoso Labs. Jane is …', or a name and then a verb ('Jane Doe
    graduated from …', 'Jane Doe is the …')."""
    label = label_pattern("speaker").match(text)
    text = EMAIL_IN_BRACKETS.sub("", label.group("value") if label and label.group("value") else text)
    named = re.match(r"[^,，(（]{3,40}", text)
    again = text.find(named.group(0).strip(), named.end()) if named else -1
    text = text[:again] if again > 0 else text  # 'Jane Doe, Contoso Labs Jane Doe is …': the biography starts again
    person = parse_person(_first_clause(SENTENCE_END.split(text)[0]), span)
    opening = NAME_BEFORE_VERB.match(text)
    return person or (parse_person(opening.group(1), span) if opening else None)


def _first_clause(text: str) -> str:
    """A bio's opening: '陈静，Fabrikam 团队负责人，主要负责…' -> '陈静，Fabrikam 团队负责人'."""
    parts = re.split(r"(?<=[，,])", text, maxsplit=2)
    return "".join(parts[:2]).rstrip("，,") if len(parts) > 1 else re.split(r"[。.;；]", text)[0]


# --- one line per talk ----------------------------------------------------------------------------------

ONE_LINE = re.compile(r"^(?:[\"“《](?P<quoted>[^\"”》]{4,150})[\"”》]\s*(?:[-–—,:：]\s*|\s+)?(?:by|presented by|"
                      r"from)?\s*(?P<rest>.+)|(?P<title>.{4,150}?)\s+(?:[-–—|｜]|by|presented by)\s+(?P<tail>.+))$",
                      re.IGNORECASE)


def one_line_talks(blocks: list[Block]) -> list[SessionMention]:
    found = []
    for block in blocks:
        if block.kind not in ("item", "paragraph", "heading", "bold") or len(block.text) > 300 or _timed(block.text):
            continue
        if _label(block.text) in PEOPLE_HEADINGS:  # '主讲人：Name | Org Title' is a speaker line, not a talk
            continue
        match = ONE_LINE.match(block.text)
        if match and not match.group("quoted") and re.search(r"[|｜]", block.text):
            title, people = split_title_and_speakers(block.text, block.span)
            if people and len(title) >= 4:
                found.append(SessionMention(title, block.span, speakers=people))
            continue
        if not match:
            if block.is_title and CJK.search(block.text):  # '议题 单位职位 姓名' with no separator
                title, people = split_title_and_speakers(block.text, block.span)
                if people and (people[0].organization or people[0].title) and len(title) >= 4:
                    found.append(SessionMention(title, block.span, speakers=people))
            continue
        title = match.group("quoted") or match.group("title")
        rest = match.group("rest") or match.group("tail")
        if _credit().match(title) or block.kind == "paragraph" and _sentence_opener().match(title) or _talk_noun_only(title) \
                or HOSTED_BY.search(block.text[:len(block.text) - len(rest)]):
            continue  # 'Photos by Name', 'Originally published on X by Name' credit; 'As summarized by Name' is
            # prose; 'Workshop hosted by Org' names its host
        by = re.search(r"(?i)\bby\s*$", block.text[:len(block.text) - len(rest)].strip()) is not None
        people = parse_people(rest.strip(" .。-–—"), block.span, cue=by)
        if people and not (len(title.split()) <= 3 and title == person_name(title) and probably_a_person(title)):
            found.append(SessionMention(_clean_title(title), block.span, speakers=people))
        elif not people and match.group("title") and block.is_title:  # 'Name（Org）——Title': the speaker first
            speaker = parse_person(title, block.span)
            if speaker and len(_clean_title(rest)) >= 4:
                found.append(SessionMention(_clean_title(rest), block.span, speakers=[speaker]))
    return found


def _timed(text: str) -> bool:
    found = clock.slot(text)
    return bool(found and found.end)


@cache
def _talk_noun_phrase() -> re.Pattern:
    return re.compile(rf"(?i)(?:(?:a|an|the|his|her|their|our|its|this|one)\s+(?:[a-z-]+\s+)?)?(?:{talk_nouns()})")


@cache
def talk_nouns() -> str:
    """A talk noun (data/talk_nouns.txt), singular or plural, as a regex alternation."""
    nouns = words("talk_nouns")
    return alternation(nouns + tuple(f"{noun}s" for noun in nouns))


def _talk_noun_only(title: str) -> bool:
    """'A keynote', 'the opening talk', 'Talks' (by A and B): words that announce a talk, not its title."""
    return bool(_talk_noun_phrase().fullmatch(title.strip()))


SPEAKER_LABELS = ("speaker", "lead")  # who gives a talk, or leads a session ('Lead:', 'Topic Facilitator(s):')


def labelled_speakers(blocks: list[Block]) -> list[PersonMention]:
    """'讲师：姓名 单位职位', 'Speakers: A (Org), B (Org)', 'Lead: Name', and the people a people
    label lists ('Note takers: A, B', 'Volunteers: …') anywhere in the text."""
    found = []
    for block in blocks:
        kind, value = _label_and_value(block.text)
        if value and kind in SPEAKER_LABELS:
            found += _labelled_people(value, block.span)
        elif value and kind == "people":
            found += _named_list(value, block.span)
    return found


def _labelled_people(value: str, span: Span) -> list[PersonMention]:
    """The people of a speaker label's value, which may hold another label ('Moderator: A (Org).
    Panelists: B (Org), C (Org)')."""
    return [person for part in _next_label().split(value)
            for person in _named_list(part, span) or parse_people(part.strip(" .;；"), span)]


HANDLE_NOTE = re.compile(r"\s*[(\[]@?(?=[\w.-]*[\d_]|[a-z])[\w.-]+[)\]]|\s+/\s+@?[a-z\d_][\w.-]*|\s*[(\[]?@[\w-]+[)\]]?"
                         r"|(?<![\w.])[\w.-]+@(?![\w.])")


def _named_list(value: str, span: Span) -> list[PersonMention]:
    """A label's value that is only names, apart by commas or 'and' ('Jane Doe, Wei Chen';
    'Priya, Omar, Craig'), each perhaps with its handle ('Jane Doe (jdoe)', 'Jane Doe / jdoe',
    'jdoe@'): the label vouches for them. Full names and first names are not mixed, and of two
    the second must read as a person's (in 'Jane Doe, Contoso Research' it is her organization)."""
    parts = [part.strip(" .*_") for part in re.split(r"\s*(?:[,;；]|&|\band\b)\s*", HANDLE_NOTE.sub("", value))]
    parts = [part for part in parts if part]
    if not parts or len(parts) > 30:
        return []
    full = [person_name(part) for part in parts]
    doubted = sum(not probably_a_person(name) for name in full if name)  # a name probablepeople does not know
    if all(full) and not any(is_org(name) for name in full) and (doubted == 0 or len(full) != 2 and doubted <= 1):
        return [PersonMention(name, span) for name in full]
    alone = [first_name(part) for part in parts]
    return [PersonMention(name, span) for name in alone] if all(alone) else []


@cache
def _next_label() -> re.Pattern:
    return re.compile(rf"[.;；]\s*(?:{alternation(labels('speaker'))})\s*[:：]", re.IGNORECASE)


def bio_people(blocks: list[Block]) -> list[PersonMention]:
    """The paragraphs under a 嘉宾介绍 / 个人简介 / 'Speaker Bios' label each start with a person's name."""
    found = []
    bio_words = {w.casefold() for w in labels("bio")}
    under_bio = False
    for block in blocks:
        if block.text.strip(" *:：").casefold() in bio_words:
            under_bio = True
            continue
        if under_bio and block.kind in ("paragraph", "item", "bold"):
            person = _bio_person(block.text, block.span)
            if person:
                found.append(person)
        elif block.is_title:
            under_bio = False
    return found


PEOPLE_HEADINGS = ("speaker", "lead", "people", "organizer", "host", "bio")
HANDLE = re.compile(r"\s*[(\[]?@[\w-]+[)\]]?")


@cache
def _people_words() -> re.Pattern:
    """The label words that name people ('speakers', 'organizers', 'team', '嘉宾'), in a sentence
    ('lead' there is mostly a verb or an adjective)."""
    entries = [word for kind in PEOPLE_HEADINGS if kind != "lead" for word in labels(kind) if len(word) > 2 or CJK.search(word)]
    return re.compile(rf"(?:{alternation(entries)})s?", re.IGNORECASE)


def listed_people(blocks: list[Block]) -> list[PersonMention]:
    """The items (or lines) under a heading or an item that names people ('Organizers', 'Speakers',
    '评委', '- Note takers:'), under the headings of a roster, or after a sentence that introduces
    them ('… and to our guest speakers, including:'), that are each a person: 'Jane Doe', 'Jane
    Doe (@jdoe)', 'Jane Doe, Acme'."""
    found = []
    under = in_roster = False
    roster = _roster_headings(blocks)
    for index, block in enumerate(blocks):
        if block.is_title:
            in_roster = index in roster
            under = _label(block.text.strip(" *:：")) in PEOPLE_HEADINGS or in_roster
            continue
        if block.kind == "paragraph" and block.text.rstrip().endswith((":", "：")):
            under = bool(_people_words().search(block.text))  # '… and to our guest speakers, including:'
            continue
        kind, value = _label_and_value(block.text) if block.kind == "item" else (None, "")
        if kind and not value:  # '- Note takers:' over the items that name them
            under = kind in PEOPLE_HEADINGS
            continue
        if kind:  # '- Venue: …' ends a list of people; '- Lead: Name' is read by labelled_speakers
            under = under and kind in PEOPLE_HEADINGS
            continue
        if under and block.kind in ("item", "paragraph") and len(block.text) <= 120:
            text = HANDLE.sub("", block.text).strip()
            cue = not in_roster or block.kind == "item"  # a paragraph in a roster may give a reason ('Conformance Work')
            person = parse_person(text, block.span, cue=cue) if person_name(re.split(r"\s*[,，(（|]", text)[0]) \
                else _vouched_nickname(text, block.span)
            if person:
                found.append(person)
            elif found and found[-1].span.last < block.number and CJK.search(text):
                _affiliation_below(found[-1], text)
    return found


def _affiliation_below(person: PersonMention, text: str) -> None:
    """'- 周明（花名：南桥）' then '- 云帆数据开发工程师': the next item of a people list gives the
    affiliation of a person listed alone."""
    org, title = split_affiliation(text)
    if not person.organization and not person.title and title and len(text) <= 40:
        person.organization, person.title = ZH_NAME_START.sub("", org or "") or None, title  # '负责星河科技…'


def labelled_talks(blocks: list[Block]) -> list[SessionMention]:
    """'议题：Title' whose speaker line comes just before it (since the previous talk) or just after.
    A page that writes its first talk label before its first speaker label ('议题：…' then '讲师：…')
    keeps that order throughout: a speaker line is then never looked for before a talk."""
    found = []
    pattern = label_pattern("talk")
    previous_end = 0
    speaker_first = _speaker_label_first(blocks)
    for index, block in enumerate(blocks):
        match = pattern.match(block.text)
        value = (match.group("value") or "").strip() if match else ""
        if not value or len(value) > MAX_TITLE:
            continue
        speakers: list[PersonMention] = []
        same_line = label_anywhere("speaker").search(value)  # '议题：Title 讲师：Name Org Title'
        if same_line:
            value, speakers = value[:same_line.start()].strip(), _labelled_people(same_line.group("value"), block.span)
        for earlier in reversed(blocks[max(previous_end, index - SPEAKER_WINDOW):index] if speaker_first and not same_line else []):
            if earlier.kind not in ("bold", "heading", "item", "paragraph") or len(earlier.text) > 80:
                continue
            labelled = label_pattern("speaker").match(earlier.text)
            if labelled and (labelled.group("value") or "").strip():  # '主讲人：李文博 | 北辰网络 高级工程师'
                speakers = parse_people(labelled.group("value").strip(), earlier.span)
            elif not _label(earlier.text):
                speakers = [p for p in parse_people(earlier.text, earlier.span) if p.organization or p.title]
            if speakers:
                break
        speakers = speakers or ([] if same_line else _speakers_after(blocks, index))
        just_before = label_pattern("speaker").match(blocks[index - 1].text) if index and not speakers else None
        if just_before and (just_before.group("value") or "").strip():  # '讲师：…' then '议题：…', once in a page of the other order
            speakers = _labelled_people(just_before.group("value"), blocks[index - 1].span)
        found.append(SessionMention(_clean_title(value), block.span, speakers=speakers))
        previous_end = index + 1
    return found


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
    abstract label, and the links listed under a slides or recordings label ('资料下载', 'Slides', '视频回顾')."""
    found = []
    under_materials = False
    for block, following in zip(blocks, blocks[1:] + [Block("paragraph", "", 0)]):
        label = _label(block.text)
        if label == "materials" or block.is_title and label is None:
            under_materials = label == "materials"
        quoted = QUOTED_TITLE.fullmatch(block.text.strip())
        if block.text.startswith("《") and quoted:
            found.append(SessionMention(quoted.group("title").strip(), block.span))
        elif _label(following.text) == "abstract" and EN_QUOTED_LINE.fullmatch(block.text.strip()):
            found.append(SessionMention(block.text.strip()[1:-1].strip(), block.span))  # '"Title"' over 'Abstract:'
        elif under_materials and block.kind == "link" and 4 <= len(block.text) <= MAX_TITLE:
            found.append(SessionMention(_clean_title(block.text), block.span))
    return found


EN_QUOTED_LINE = re.compile(r"[\"“][^\"“”]{4,150}[\"”]")
ZH_VERBS = "|".join(re.escape(w) for w in words("speech_verbs") if not w.isascii())
ZH_SPEAKS = re.compile(rf"(?P<name>[\u4e00-\u9fff]{{2,3}}?)(?:老师|博士)?\s*(?:为大家)?(?:{ZH_VERBS}|以)"
                       r"(?:主题为|题为|名为|一场|了)?\s*$")
QUOTED = re.compile(r"《(?P<title>[^》]{2,120})》")
ZH_BROUGHT_BY = re.compile(rf"\s*(?:的分享|主题分享|演讲)?\s*[，,]?\s*由(?P<who>[^，。；《》]{{2,40}}?)\s*(?:为大家)?(?:{ZH_VERBS}|主讲)")
ZH_SPEECH_VERB = re.compile(rf"(?:为大家)?(?:{ZH_VERBS}|以)(?:主题为|题为|名为|一场|了)?\s*$")
MAX_ADVERBIAL = 6  # characters between a speaker's name and the verb of speaking ('在大会上', '随后也')


def _speaker_before_adverbial(clause: str) -> tuple[str | None, int | None]:
    """The name that ends just before the adverbial words that precede the clause's verb of
    speaking, and where it ends."""
    verb = ZH_SPEECH_VERB.search(clause)
    if not verb:
        return None, None
    before = clause[:verb.start()]
    for gap in range(1, MAX_ADVERBIAL + 1):
        name_end = len(before) - gap
        if name_end < 2 or not adverbial(before[name_end:]):
            continue
        for size in (3, 2):
            name = person_name(before[max(0, name_end - size):name_end])
            if name:
                return name, name_end
    return None, None
EN_QUOTED_BY = re.compile(r"[\"“](?P<title>[^\"”]{6,150})[\"”],?\s+(?:by|from|presented by)\s+(?P<who>(?:[A-Z][\w'’.-]*\s?){2,4})")


@cache
def _announced_talk() -> re.Pattern:
    """'Contoso Chairman Jane Doe's opening keynote "Title"', 'a keynote by Priya Raman, Vice
    President at Fabrikam, "Title"': a talk noun (data/talk_nouns.txt) with its speaker and its
    quoted title."""
    nouns = alternation(words("talk_nouns"))
    return re.compile(
        rf"(?P<owner>(?:[A-Z][\w&.'’-]*\s+){{1,8}}?[A-Z][\w'’-]+)['’]s\s+(?:[a-z-]+\s+){{0,2}}(?i:{nouns})s?\b"
        rf"[^“\"]{{0,30}}?[“\"](?P<title>[^”\"]{{4,150}})[”\"]"
        rf"|(?i:{nouns})s?\s+(?:by|from)\s+(?P<by>[^“\"]{{4,120}}?)[,:]?\s*[“\"](?P<by_title>[^”\"]{{4,150}})[”\"]")


def _owner(text: str, span: Span) -> PersonMention | None:
    """'Contoso Chairman Jane Doe' -> Jane Doe, of Contoso, Chairman: the name is the last words,
    a job title (a role word on) and the organization before it."""
    tokens = text.split()
    for size in (2, 3):
        name = person_name(" ".join(tokens[-size:])) if len(tokens) >= size else None
        if not name:
            continue
        head = " ".join(tokens[:-size])
        role = pattern("roles").search(head)
        org = (head[:role.start()] if role else head).strip(" ,") or None
        return PersonMention(name, span, org, head[role.start():].strip() if role else None)
    return None


def announced_talks(blocks: list[Block]) -> list[SessionMention]:
    """Talks a sentence or bullet announces with their speaker and quoted title (keynotes in a
    press release)."""
    found = []
    for block in blocks:
        if block.kind not in ("paragraph", "item", "field") or not re.search(r"[“\"]", block.text):
            continue
        for match in _announced_talk().finditer(block.text):
            if match.group("owner"):
                speaker = _owner(match.group("owner"), block.span)
                title = match.group("title")
            else:
                speaker = parse_person(match.group("by").strip(" ,"), block.span, cue=True)
                title = match.group("by_title")
            if speaker:
                found.append(SessionMention(title.strip(" ,."), block.span, speakers=[speaker]))
    return found


def quoted_in_prose(blocks: list[Block]) -> list[SessionMention]:
    """A talk named in a sentence with its speaker: '云帆数据技术专家张三带来了《题目》',
    'the talk "Title" by Jane Doe'."""
    found = []
    for block in blocks:
        if block.kind not in ("paragraph", "item", "field"):
            continue
        for quoted in QUOTED.finditer(block.text) if "《" in block.text else ():
            clause = re.split(r"[，。；！？]", block.text[:quoted.start()])[-1][-60:]
            match = ZH_SPEAKS.search(clause)
            speaker = person_name(match.group("name")) if match else None
            name_end = match.end("name") if speaker else None
            if not speaker:  # '周明远在会上分享了《…》', '孙志强则带来了题为《…》'
                speaker, name_end = _speaker_before_adverbial(clause)
            if speaker:
                person = parse_person(clause[:name_end], block.span)
                if person is None or person.name != speaker:
                    person = PersonMention(speaker, block.span)
                found.append(SessionMention(quoted.group("title").strip(), block.span, speakers=[person]))
                continue
            after = ZH_BROUGHT_BY.match(block.text, quoted.end())  # '《…》由北辰科技首席架构师韩磊带来'
            person = parse_person(after.group("who"), block.span) if after else None
            if person and CJK.search(person.name):
                found.append(SessionMention(quoted.group("title").strip(), block.span, speakers=[person]))
        for match in EN_QUOTED_BY.finditer(block.text):
            speaker = person_name(match.group("who").strip())
            if speaker:
                found.append(SessionMention(match.group("title").strip(" ,."), block.span,
                                            speakers=[PersonMention(speaker, block.span)]))
    return found


def program_list(blocks: list[Block]) -> list[SessionMention]:
    """The list items under a heading that names the program ('## Sessions', '## 议程'): one talk
    an item, with its speakers where the item gives them."""
    found = []
    under_program = False
    for block in blocks:
        if block.kind == "heading":  # a bold line inside the program (a talk's title) does not end it
            under_program = _label(block.text) == "agenda"
            continue
        if block.kind == "bold" and _label(block.text) == "abstract":  # '**本期分享大纲：**': a talk's outline follows
            under_program = False
            continue
        if under_program and block.kind == "item" and 3 <= len(block.text) <= MAX_TITLE:
            title, speakers = split_title_and_speakers(block.text, block.span)
            if title:
                found.append(SessionMention(title, block.span, speakers=speakers))
    return found


SERIES_EPISODE = re.compile(r"^[A-Za-z][\w .&+-]*#\s?\d+\s*")
STATION = "站"  # '…上海站': the city an event of a series came to


def city_station(part: str) -> str | None:
    """'星河 Meetup 苏州站' up to its station, where the two or three characters before 站 are a
    city ('一站式' is 'one-stop')."""
    for at in (match.start() for match in re.finditer(STATION, part)):
        if any(places.city(part[max(0, at - size):at]) for size in (2, 3) if at >= size):
            return part[:at + 1]
    return None


TRANSCRIPT_WINDOW = 8  # blocks from the top in which a write-up says which talk it was written from
WRITTEN_UP = "整理"  # '…的分享整理': the sentence says the text was written up from a talk
ZH_DAY_LEAD = re.compile(r"^.*?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:晚|上午|下午|晚上)?\s*[，,]?\s*")
ZH_SPEAKER_END = re.compile(r"\s*(?:在|于|的(?:主题)?(?:分享|演讲)|(?:主题|现场|线上)?分享)")
TOPIC_AFTER = re.compile(r"主题[:：]\s*(?P<title>[^。]{4,80})")


@cache
def _transcript_lead() -> re.Pattern:
    return re.compile(rf"^\s*(?:{alternation(labels('transcript'))})\s*")


def transcript_talk(blocks: list[Block], title_talk: str | None) -> list[SessionMention]:
    """A Chinese write-up of one talk says so near its top: '本文根据 5 月 13 日星河 Meetup 云帆数据
    高级工程师林澈的主题分享《Title》整理', '本文整理自星河科技技术专家郑伟在 Meetup 杭州站的分享'. The
    talk is the 《title》 there, else the one after '主题：', else `title_talk` (the page's); its speakers
    are the people named before 在/于/的分享."""
    for block in blocks[:TRANSCRIPT_WINDOW]:
        sentence = written_up_from(block.text)
        if not sentence:
            continue
        rest = _transcript_lead().sub("", sentence)
        quoted = QUOTED.search(rest)
        topic = TOPIC_AFTER.search(block.text)
        talk = quoted.group("title") if quoted else topic.group("title") if topic else title_talk
        who = ZH_DAY_LEAD.sub("", ZH_SPEAKER_END.split(rest[:quoted.start()] if quoted else rest, maxsplit=1)[0])
        who = who[len(city_station(who) or ""):]  # '星河 Meetup 杭州站云帆数据高级工程师林澈': after the event
        speakers = next((found for clause in re.split(r"[，,]", who)  # '…Webinar#1 星河科技工程师郑伟，线上主题分享'
                         for found in [_transcript_speakers(clause.strip(), block.span)] if found), []) \
            or _self_introduced(blocks)
        return [SessionMention(_clean_title(talk), block.span, speakers=speakers)] if talk else []
    return []


SELF_INTRO_WINDOW = 12  # blocks from the top in which the speaker of a written-up talk introduces themself
ZH_SELF_INTRO = re.compile(r"我是(?P<who>[^，。,;；（(]{2,40})")


@cache
def _zh_role_end() -> re.Pattern:
    return re.compile(rf"(?:{alternation(words('roles'))})\s*$", re.IGNORECASE)  # '…Contoso Committer 北岩'


def written_up_from(text: str) -> str | None:
    """The sentence that says which talk a write-up was written from ('本文根据…的分享整理'), if
    the text starts with it."""
    sentence = re.split(r"。", text)[0]
    return sentence if _transcript_lead().match(text) and WRITTEN_UP in sentence else None


def _self_introduced(blocks: list[Block]) -> list[PersonMention]:
    """'大家好，我是来自星河科技的郑伟', '我是今天的讲师北岩', '我是云帆数据缓存平台核心成员北岩': the
    speaker of a written-up talk introduces themself; the name ends the phrase, after 的, a
    speaker label or a job title."""
    for block in blocks[:SELF_INTRO_WINDOW]:
        match = ZH_SELF_INTRO.search(block.text)
        if not match:
            continue
        who, org = match.group("who").strip(), None
        came = re.match(r"^来自(?P<org>.+)的(?P<rest>[^的]+)$", who)
        if came:
            org, who = organization_of_unit(came.group("org").strip()), came.group("rest")
        who = re.split(rf"的|{alternation(w for w in labels('speaker') if CJK.search(w))}", who)[-1].strip()
        name = who if re.fullmatch(r"[\u4e00-\u9fff]{2,3}", who) else _name_after_role(who)
        if name and re.fullmatch(r"[\u4e00-\u9fff]{2,3}", name) and not common_word(name) and not is_role(name):
            return [PersonMention(name, block.span, org or None)]
        return []
    return []


def _name_after_role(text: str) -> str | None:
    """'…开源核心成员北岩': where the layout vouches that a name ends the phrase, the two or three
    characters after a job title."""
    return next((text[-size:] for size in (3, 2)
                 if re.fullmatch(r"[\u4e00-\u9fff]+", text[-size:]) and _zh_role_end().search(text[:-size])), None)


def _transcript_speakers(text: str, span: Span) -> list[PersonMention]:
    """'云帆数据高级工程师林澈', '郑伟和冯雪': one caption, or names joined by 和/、."""
    if not text or len(text) > 40:
        return []
    names = [part for part in re.split(r"和|、|与", text) if part]
    if len(names) > 1 and all(person_name(name) for name in names):
        return [PersonMention(person_name(name), span) for name in names]
    text = re.sub(r"\s*[(（][^)）]*[)）]", "", text)  # '黄家琦（嘉祁）': the nickname goes
    text = text[SERIES_EPISODE.match(text).end():] if SERIES_EPISODE.match(text) else text  # 'Contoso Live#7 星河科技…'
    name = _name_after_role(text)  # '星河科技技术专家北岩': the name after the job title, a nickname too
    if name and CJK.fullmatch(name[:1]) and not common_word(name):
        org, title = split_affiliation(text[:-len(name)])
        return [PersonMention(name, span, org, title)]
    person = parse_person(text, span)
    return [person] if person and (person.organization or person.title) else []


def talk_page(blocks: list[Block], title: str | None, people: list[PersonMention]) -> SessionMention | None:
    """A page about one talk (its sections say Abstract, Objective, Bio): the talk is the page's
    title, its speakers the people the speaker labels and biographies name, the organization an
    'Organization' label gives theirs when they have none."""
    if not title or not any(block.is_title and _label(block.text) in ("abstract", "talk-page") for block in blocks):
        return None
    named = {p.name for p in labelled_speakers(blocks) + bio_people(blocks)}
    speakers = [person for person in people if person.name in named]
    if not speakers:
        return None
    affiliation = next((match.group("value").strip() for block in blocks
                        for match in [label_pattern("affiliation").match(block.text)] if match and match.group("value")), None)
    for person in speakers:
        person.organization = person.organization or affiliation
    for person in speakers:  # 'How Linux Runs on Open Racks Jane Doe (Contoso)': the speaker closes the title
        title = re.sub(rf"\s+{re.escape(person.name)}\s*(?:[(（][^)）]*[)）])?\s*$", "", title)
    return SessionMention(_clean_title(title), speakers[0].span, speakers=speakers)


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
    if _section_heading().match(title) or _label(title) is not None or SENTENCE_VERB.search(title):
        return None
    return title


def sessions_by_heading(blocks: list[Block]) -> list[SessionMention]:
    """A heading the text goes on to call a session ('### Compiler and runtime' followed by 'The
    compiler and runtime session started…', see `_called_a_session`), or one that says it is one
    ('### Breakout sessions', '## 101 Newcomer Track')."""
    found = []
    for index, block in enumerate(blocks):
        title = _named_heading(block)
        if title is None or CJK.search(title):
            continue
        following = " ".join(b.text for b in blocks[index + 1:index + 3] if b.kind == "paragraph")
        if _called_a_session(title, following) or SESSION_WORDS.search(title.split()[-1]):
            found.append(SessionMention(_clean_title(title), block.span))
    return found


def recorded_talks(blocks: list[Block]) -> list[SessionMention]:
    """A heading over the embedded recording of what it names ('## Writing Web Apps' then a few
    lines and the video): a talk, when the heading is no part of the page ('## Introduction'),
    no label and no sentence."""
    found = []
    for index, block in enumerate(blocks):
        title = _named_heading(block)
        if title is None:
            continue
        section = itertools.takewhile(lambda b: b.kind != "heading", blocks[index + 1:index + 1 + SECTION_WINDOW])
        if any(b.kind == "video" for b in section):
            found.append(SessionMention(_clean_title(title), block.span))
    return found
