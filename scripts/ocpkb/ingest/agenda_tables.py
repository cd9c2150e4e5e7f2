"""Part of stage 2b, recognize layouts: agenda tables (Markdown, HTML or tab-separated) whose
header, or else whose cells, say which column is the time, the talk, the speaker, the job title and
the organization; parallel tracks in one row, rooms, multi-line cells ('Title<br>Speaker'), and the
nicknames a speaker column vouches for.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..writing import CJK
from . import clock
from .classify import (QUOTED_NICKNAME, common_word, is_org, is_role, parse_people, person_name, probably_a_person, split_affiliation,
                       strip_honorifics)
from .dates import find_dates, spread_beyond_an_event
from .lexicon import normalize
from .model import PersonMention, SessionMention, Span
from .people_layouts import reads_as_person
from .read import CELL_LINE
from .segment import Block
from .talk_lines import MAX_TITLE, QUOTED_TITLE, bold_lead, clean_title, split_title_and_speakers
from .wordlists import casefolded, label_class, labels, words

COLUMN_LABELS = {"date": "time", "talk": "title", "theme": "title", "speaker": "speaker", "bio": "speaker"}


def agenda_table(blocks: list[Block]) -> list[SessionMention]:
    """Rows of a table: the header names the columns, or the cells show them (a time, a 《title》,
    a room, a cell that reads as a speaker)."""
    found: list[SessionMention] = []
    for rows in _tables(blocks):
        columns = _header(rows[0].cells)
        body = rows[1:] if columns else rows
        columns = _organization_column(body, columns) if columns else _headerless_columns(body)
        if "speaker" not in columns and _a_calendar(body):
            continue  # '2031-03-02 | Spring hike', '2031-10-12 | Open day': a list of events, no program
        named_first = [] if columns else _speaker_then_title_rows(body)
        if named_first:  # '林澈<TAB>Title' rows: no time, each talk's speaker in the first cell
            found += named_first
            continue
        paired = _paired_columns(body, columns)
        sessions = [(block, _table_row(block, columns, paired)) for block in body]
        timed = clock.in_day_order([slot for _, (_, slot) in sessions])
        for (block, (session, _)), slot in zip(sessions, timed):
            in_title = bool(session and not session.speakers and "speaker" not in columns)
            if in_title:  # '10:00 | Title - Jane Doe (Contoso)', '10:00 | Title, Jane Doe, Contoso'
                session.title, session.speakers = split_title_and_speakers(session.title, session.span, timed=bool(slot), bold=block.bold)
            if session:
                session.start, session.end = (slot.start, slot.end) if slot else (None, None)
                found.append(session)
                others = _other_tracks(block, columns, replace(session, speakers=[]) if in_title else session)
                for other in others if in_title else ():  # each track's cell ends in its own speakers
                    other.title, other.speakers = split_title_and_speakers(other.title, other.span, timed=bool(slot), bold=block.bold)
                found += others
    return found if len(found) >= 2 else []


def _a_calendar(rows: list[Block]) -> bool:
    """Rows dated on days further apart than any event lasts: each row is an event of its own."""
    days = sorted({found[0].start for row in rows if row.cells and (found := find_dates(" ".join(row.cells)))})
    return len(days) >= 2 and len(days[0]) == len(days[-1]) == 10 and spread_beyond_an_event(days[0], days[-1])


def _speaker_then_title_rows(rows: list[Block]) -> list[SessionMention]:
    """Rows of two cells, a Chinese person's name and then a title ('林澈<TAB>边缘节点上的轻量调度'), in a
    schedule that gives its times in headings ('### 上午 （09:00 开始）'): every row is a talk by that person."""
    if len(rows) < SPEAKER_ROWS or any(len(row.cells) != 2 or not CJK.match(row.cells[0]) or person_name(row.cells[0]) != row.cells[0]
                                       or len(clean_title(row.cells[1])) < 4 for row in rows):
        return []
    return [SessionMention(clean_title(row.cells[1]), row.span, speakers=[PersonMention(row.cells[0], row.span)]) for row in rows]


NO_ONE = ("all", "全体", "所有人", "tbd", "待定")  # a speaker cell that names everyone, or no one yet
SPEAKER_ROWS = 2  # rows of names before titles from which a headerless table is a list of talks


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


def _room(text: str) -> bool:
    """'Room 210', 'Parkway Level', '3号会议室': a cell that names a part of a venue."""
    tokens = re.findall(r"[A-Za-z]+", text.casefold())
    return any(token in casefolded("room_words") for token in tokens) \
        or any(word in text for word in casefolded("room_words") if CJK.search(word))


def _other_tracks(block: Block, columns: dict[str, int], first: SessionMention) -> list[SessionMention]:
    """'9:15AM | Drafting a Proposal | Storage Working Group Meeting': with no header that names a
    speaker column, each further cell of a timed row that names no one is the talk of another
    track at the same time."""
    if "speaker" in columns or first.speakers or not first.start:
        return []
    found = []
    for cell in block.cells:
        title = _title_cell(cell, block.span)[0]
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
        if kind is None and text and (_room(text) or label_class().get(text) == "place"):
            kind = "room"  # 'Track', 'Room', 'Venue', '地点': where the talk runs, no speaker's organization
        if text in _column_words("role-column") or CJK.search(text) and _in_header(text, "role-column"):
            kind = "role"  # '职位', '公司及职位', '单位/职务': a job title, perhaps after the organization
        elif kind is None and CJK.search(text) and _in_header(text, "affiliation"):
            kind = "org"  # '所在单位', '公司名称'
        if kind and kind not in columns:
            columns[kind] = index
    return columns if len(columns) >= 2 and ("title" in columns or "speaker" in columns) else {}


def _in_header(text: str, kind: str) -> bool:
    """A program's Chinese header cell that holds a column word of this kind ('公司及职位' holds 职位); a longer
    cell is a sentence, not a column's name."""
    return len(text) <= 8 and _holds_column_word(text, kind)


def _holds_column_word(text: str, kind: str) -> bool:
    """Any header cell that holds a Chinese column word of this kind ('嘉宾公司名称及职位名称' holds 职位)."""
    return any(word in text for word in _column_words(kind) if CJK.search(word))


@cache
def _column_words(kind: str) -> frozenset[str]:
    return frozenset(word.casefold() for word in labels(kind))


def _cell(cells: tuple[str, ...], index: int | None) -> str:
    return cells[index].strip() if index is not None and index < len(cells) else ""


def _table_row(block: Block, columns: dict[str, int], paired: frozenset[int] = frozenset()) \
        -> tuple[SessionMention | None, clock.Slot | None]:
    cells = block.cells
    time_at = columns.get("time", next((i for i, c in enumerate(cells) if clock.slot(c)), None))
    slot = clock.slot(_cell(cells, time_at)) if time_at is not None else None
    if not set(columns) - {"room"} and not slot:
        return None, None
    taken = {time_at, columns.get("room"), columns.get("materials")}
    title_at = columns.get("title")
    if title_at is None:
        rest = [i for i in range(len(cells)) if i not in taken and i not in paired and cells[i]]  # no speaker cell
        title_at = next((i for i in rest if QUOTED_TITLE.search(cells[i])), rest[0] if rest else None)
    title, under_title = _title_cell(_cell(cells, title_at), block.span)
    lead = bold_lead(_cell(cells, title_at), block.bold)  # '**Title**, see below': the title the writer set in bold
    title = clean_title(lead) if lead and title.startswith(clean_title(lead)) else title or (slot.rest if slot else "")
    if not title or len(title) > MAX_TITLE:
        return None, None
    session = SessionMention(title, block.span, speakers=under_title)
    speaker_at = columns.get("speaker")
    vouched = speaker_at is not None  # a speaker column: its names are people, a bracket after one their affiliation
    candidates = [speaker_at] if speaker_at is not None else [i for i in range(len(cells)) if i not in taken | {title_at}]
    for index in candidates if not under_title else ():
        pairs = [(text, affiliation) for text, affiliation in _speaker_cell(_cell(cells, index), index in paired)
                 if text and text.casefold() not in NO_ONE]
        if pairs:
            people = []
            for text, affiliation in pairs:
                named = [PersonMention(_as_named(text), block.span)] if affiliation and index in paired else \
                    parse_people(text, block.span, cue=vouched) or ([PersonMention(text, block.span)] if (vouched or index in paired)
                                                       and person_name(text) else [])  # the column vouches for a name
                for person in named if affiliation else ():
                    person.organization = person.organization or affiliation
                people += named
            if not people and speaker_at is not None and CJK.search(text):
                people = _nicknamed_speakers(text, block.span)
            org, role = _row_affiliation(cells, columns)
            for person in people:
                person.organization = person.organization or org
                person.title = person.title or role
            session.speakers += people
            if people:
                break
    return session, slot


NO_VALUE = re.compile(r"^[-–—/／无無]?$")  # '-': none given
JOINED_ORGANIZATIONS = re.compile(r"\s+[&＆]\s+")


def _row_affiliation(cells: tuple[str, ...], columns: dict[str, int]) -> tuple[str | None, str | None]:
    """The organization and job title a row's columns give; a job-title column's '星河科技 首席架构师' is both,
    and so is '星河科技, CTO' (under '公司及职位'), the title after its first comma."""
    org = _cell(cells, columns.get("org")) or None
    role = _cell(cells, columns.get("role")) or None
    if role and not org and CJK.search(role):
        head, comma, tail = role.replace("，", ",").partition(",")
        org, role = (head, tail) if comma else split_affiliation(role)
    return tuple(None if value is None or NO_VALUE.match(value.strip()) else value.strip() for value in (org, role))


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
        return clean_title(text.replace(CELL_LINE, " ")), []
    speakers = parse_people(lines[-1], span) or _vouched_name(lines[-1], span)
    if speakers and all(person_name(person.name) for person in speakers):  # 'Title<br>Subtitle<br>Jane Doe'
        return _title_cell(CELL_LINE.join(lines[:-1]), span)[0], speakers
    if any(len(line) > MAX_SUBTITLE or SENTENCE_STOP.search(line) for line in lines[1:]):
        return clean_title(lines[0]), []
    return clean_title(" ".join(lines)), []


def _vouched_name(text: str, span: Span) -> list[PersonMention]:
    """A line the layout sets where a speaker's name goes: a name by its shape alone."""
    name = person_name(text)
    return [PersonMention(name, span)] if name and not is_org(text) else []


def _speaker_cell(text: str, paired: bool = False) -> list[tuple[str, str | None]]:
    """A speaker cell of several lines: the names over their organization ('Jane Doe<br><i>Contoso</i>');
    in a column whose cells set each name over its organization, every pair of lines is a speaker and
    their organization ('A<br>Contoso<br>B<br>Fabrikam'), and names over one last line share it
    ('A<br>B<br>Contoso')."""
    lines = _cell_lines(text)
    if len(lines) == 2 and _an_affiliation(lines[1]) and (paired or not person_name(lines[1])):
        return [(lines[0], lines[1])]
    if len(lines) >= 2 and all(reads_as_person(line) for line in lines):  # 'Jane Doe<br>Wei Chen'
        return [(line, None) for line in lines]
    if paired and len(lines) > 2:
        return _name_organization_pairs(lines) or _names_sharing_last(lines) or [(text.replace(CELL_LINE, " ").strip(), None)]
    return [(text.replace(CELL_LINE, " ").strip(), None)]


def _an_affiliation(line: str) -> bool:
    return len(line) <= MAX_AFFILIATION and not is_role(line) and not clock.slot(line)


NAME_ASIDE = re.compile(r"(?<=\w)\s+(?:[\"“'‘][^\"“”'‘’]{1,20}[\"”'’]|\([^()]{1,20}\))\s+(?=[A-Z])")  # a nickname, another given name


def _as_named(line: str) -> str:
    """The name as a person is listed: without a nickname in quotes ('Jane "JD" Doe' -> 'Jane Doe')."""
    return QUOTED_NICKNAME.sub(" ", line).strip()


def _a_name(line: str) -> bool:
    """A line a speaker cell sets as a name: 'Jane "JD" Doe' and 'Emma (Wei) Lin' too."""
    return bool(person_name(NAME_ASIDE.sub(" ", line))) and not is_org(line)


def _name_organization_pairs(lines: list[str]) -> list[tuple[str, str | None]]:
    names, affiliations = lines[0::2], lines[1::2]
    if len(lines) % 2 or not all(_a_name(name) for name in names) or not all(_an_affiliation(line) for line in affiliations):
        return []
    return list(zip(names, affiliations))


def _names_sharing_last(lines: list[str]) -> list[tuple[str, str | None]]:
    *names, last = lines
    if reads_as_person(last) or not _an_affiliation(last) or not all(_a_name(name) for name in names):
        return []
    return [(name, last) for name in names]


PAIRED_CELLS = 2  # cells of a name over a clear organization from which a column pairs its lines


def _paired_columns(rows: list[Block], columns: dict[str, int]) -> frozenset[int]:
    """The columns whose cells set a name over its organization ('Jane Doe<br>Contoso'): two or more
    cells whose second line reads as no name, and most of that column's cells of two lines or more
    start with a name. Their cells' lines then pair up, also where an organization's name has a
    person's shape ('Jane Doe<br>Fabrikam Works')."""
    if "org" in columns:
        return frozenset()
    paired = set()
    width = max((len(row.cells) for row in rows), default=0)
    for index in range(width):
        multi = [_cell_lines(row.cells[index]) for row in rows if index < len(row.cells) and CELL_LINE in row.cells[index]]
        multi = [lines for lines in multi if len(lines) >= 2]
        starting = [lines for lines in multi if _a_name(lines[0])]
        clear = [lines for lines in starting if _an_affiliation(lines[1]) and (is_org(lines[1]) or not person_name(lines[1]))]
        if len(clear) >= PAIRED_CELLS and len(starting) * 2 > len(multi):
            paired.add(index)
    return frozenset(paired)


NAMES_IN_CELL = re.compile(r"\s*(?:\u2028|[、,，;；/／&]|\s+and\s+|\s和\s?)\s*")  # 'A、B', 'A & B', 'A<br>B'
CELL_ASIDE = re.compile(r"\s*(?:[(（][^()（）]{1,20}[)）]|【[^【】]{1,20}】)")  # '林澈（小林）', '周岚【组长】': a nickname or an aside
LATIN_NAME_SHAPE = re.compile(r"[A-Z][\w'’-]*\.?(?:\s+[A-Z][\w'’-]*\.?){0,3}")  # 'Jane Doe', 'Wei CHEN', 'Okonkwo'
ZH_NAME_SHAPE = re.compile(r"[\u4e00-\u9fff]{2,4}")
MIN_NAMED_ROWS = 2  # rows of a person column that must each name someone


def column_people(blocks: list[Block]) -> list[PersonMention]:
    """'| 序号 | 讲师姓名 | 单位 |', '| Date | Speaker | Video |': a table whose header names a column of
    people (a speaker label or a name word, data/labels.txt) vouches for the names in that column, also those
    that no name list knows ('林澈', '周岚（阿岚）', 'Wei CHEN', 'Okonkwo'), when at least two of its rows and
    three in four of its cells name people; a cell that reads as a phrase, an organization or a common word
    names no one. The organization and job-title columns the header names give their affiliation."""
    found: list[PersonMention] = []
    for rows in _tables(blocks):
        at = _person_column(rows[0].cells)
        if at is None:
            continue
        columns = _header(rows[0].cells) or _affiliation_columns(rows[0].cells)
        listed = [(row, _column_names(_cell(row.cells, at))) for row in rows[1:] if _cell(row.cells, at)]
        named = [(row, names) for row, names in listed if names]
        if len(named) < MIN_NAMED_ROWS or len(named) * 4 < len(listed) * 3:
            continue
        for row, names in named:
            org, role = _row_affiliation(row.cells, columns)
            first, *others = JOINED_ORGANIZATIONS.split(org) if org else [None]  # '星河科技 ＆ 云帆智能': two employers
            found += [PersonMention(name, row.span, first, role, other_organizations=tuple(others)) for name in names]
    return found


def header_row(cells: tuple[str, ...]) -> bool:
    """'| 时间 | 主讲人 | 主题 |', '| 序号 | 嘉宾姓名 | 嘉宾单位 |': a row whose cells name the table's columns."""
    return bool(_header(cells)) or _person_column(cells) is not None and bool(_affiliation_columns(cells))


def _person_column(header: tuple[str, ...]) -> int | None:
    """The first header cell that names people: a speaker label ('Speaker', '主讲人') or a name word ('姓名')."""
    for index, cell in enumerate(header):
        text = cell.strip(" *").casefold()
        if label_class().get(text) == "speaker" or text in _column_words("speaker-column") | _column_words("name-column"):
            return index
    return None


def _affiliation_columns(header: tuple[str, ...]) -> dict[str, int]:
    """The organization and job-title columns of a table of people ('单位', '公司名称', '职位', 'Company'); a
    Chinese header that holds a job-title word ('嘉宾公司名称及职位名称') is the job-title column."""
    columns: dict[str, int] = {}
    for index, cell in enumerate(header):
        text = cell.strip(" *").casefold()
        if text in _column_words("role-column") or CJK.search(text) and _holds_column_word(text, "role-column"):
            columns.setdefault("role", index)
        elif text in _column_words("affiliation") or CJK.search(text) and _holds_column_word(text, "affiliation"):
            columns.setdefault("org", index)
    return columns


def _column_names(cell: str) -> list[str] | None:
    """The names a person column's cell lists (none for 'TBD' or 'All'; '林澈等' is 林澈 and others), or None
    when a part of it reads as no name: a phrase, a role, an organization, a common word."""
    names = []
    for part in NAMES_IN_CELL.split(CELL_ASIDE.sub("", cell)):
        part = _without_degree(strip_honorifics(part.strip(" *_.。")))
        part = part[:-1] if CJK.match(part) and part.endswith("等") else part
        if not part or part.casefold() in NO_ONE + ("-", "—"):
            continue
        name = person_name(part) or _name_by_shape(part)
        if not name:
            return None
        names.append(name)
    return names


def _without_degree(name: str) -> str:
    """'周岚博士' -> '周岚': a Chinese degree word (data/degrees.txt) said after a name is no part of it."""
    degree = next((word for word in words("degrees") if CJK.match(word) and name.endswith(word)), "")
    return name[:-len(degree)] if degree and len(name) - len(degree) >= 2 else name


def _name_by_shape(text: str) -> str | None:
    """A name a person column vouches for by its shape alone: two to four Chinese characters, or one to four
    capitalized words (an upper-case surname too) that probablepeople reads as a person; no role, organization,
    common word or phrase."""
    if is_role(text) or is_org(text):
        return None
    if ZH_NAME_SHAPE.fullmatch(text):
        return None if common_word(text) else text
    return text if LATIN_NAME_SHAPE.fullmatch(text) and probably_a_person(text) else None


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


AT_CAPTION = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,3}|[A-Z][a-z]{2,}(?:\s[A-Z][a-z]+)?)\s*[@＠]\s*(?P<rest>[^@＠\s][^@＠]{1,40})$")


def at_caption_person(text: str, span: Span) -> PersonMention | None:
    """'林澈@云帆数据创始人', 'Jane @Contoso 亚太区负责人': a table cell or a line that is only a name, '@', then
    an employer with a job title, whatever the column or section (a grid of a community's members, a
    judge's caption); the job title vouches for the name, as in a speaker column."""
    return _nickname_person(AT_CAPTION.match(text.strip(" *_")), span)


ZH_NICKNAME_SPACED = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,3})\s+(?P<rest>[^\s，,。].{3,60})$")


def vouched_nickname(text: str, span: Span) -> PersonMention | None:
    """'北岩 云帆数据缓存平台核心研发' under a people heading or a talk's title: a nickname (花名)
    with no surname, then a space and the affiliation."""
    return _nickname_person(ZH_NICKNAME_SPACED.match(text.strip()), span)
