"""Part of stage 2b, recognize layouts: one line that holds a talk. Its label ('议题：', 'Speaker:'),
its title without numbering, quotes, a talk label or a note on slides, and its title and speakers
together: 'Title - Name (Org)', 'Title | 单位职位 姓名', '"Title" by Name', 'Title (Name, Org)',
'Title 讲师：姓名'. The layout recognizers of layouts.py and agenda_tables.py share them.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..writing import CJK
from . import clock, dates
from .classify import (
    a_phrase_for_a_name,
    first_name,
    is_org,
    is_role,
    parse_people,
    parse_person,
    person_name,
    probably_a_person,
    split_affiliation,
    strip_honorifics,
)
from .lexicon import normalize
from .model import PersonMention, Span
from .read import CELL_LINE
from .wordlists import alternation, english_plurals, label_anywhere, label_class, label_pattern, labels, words

QUOTED_TITLE = re.compile(r"[《“\"](?P<title>[^》”\"]{4,150})[》”\"]")
MAX_TITLE = 160
MAX_CAPTION = 40  # 'Jane Doe: Staff Engineer, Contoso': after a name and a colon, a caption, not a talk's title
LABEL_NOTE = re.compile(r"\s*[(（](?:s|es|[^()（）]{2,40})[)）]|[*_]+")  # 'Note-taker(s) (on this doc)', '**Lead**'
MAX_LABEL = 20
LABEL_FIRST = re.compile(r"^\s*([^:：]{1,60}?)\s*[:：]\s*(.*)$")
LINE_ONLY = re.compile(r"^\s*(.{1,40}?)\s*()$")
LABEL_BAR = re.compile(r"^\s*([^|｜:：]{1,20}?)\s*[|｜]\s*(\S.*)$")  # '分享嘉宾｜林澈 云帆数据 工程师': a stroke sets a Chinese label off


SPEAKER_THEN_TALK = re.compile(r"^(?P<who>[^\s:：]{2,12})\s*[:：]\s*(?P<talk>\S.{3,150})$")  # '姓名：Title'


MIN_SPEAKER_THEN_TALK = 2  # bold 'Name：X' lines whose X is a talk found elsewhere that make the page's others talks too


def speaker_then_talk_lines(blocks, sessions) -> dict[int, tuple[str, str]]:
    """The bold '**姓名：Title**' lines over abstracts and biographies, by line, with their speaker and title: what
    follows the name is a talk, no organization. A page whose bold lines of that shape name talks found
    elsewhere (its agenda) at least twice reads every bold line of the shape so, even one whose talk the
    agenda missed."""
    titles = {normalize(clean_title(session.title)) for session in sessions}
    shaped = {block.number: match for block in blocks if block.kind == "bold"
              for match in [SPEAKER_THEN_TALK.match(block.text.strip(" *_"))]
              if match and CJK.search(match.group("who")) and person_name(match.group("who"))}
    known = sum(normalize(clean_title(match.group("talk"))) in titles for match in shaped.values())
    return {number: (person_name(match.group("who")), clean_title(match.group("talk"))) for number, match in shaped.items()} \
        if known >= MIN_SPEAKER_THEN_TALK else {}


def line_label(text: str) -> str | None:
    return line_label_and_value(text)[0]


@lru_cache(maxsize=16384)
def line_label_and_value(text: str) -> tuple[str | None, str]:
    """The class of a line's label and what follows it; the label may carry a plural '(s)', a
    note in brackets and emphasis: 'Topic Facilitator(s) (see below): Jane Doe'. Kept for the
    lines seen last: the layouts ask about each line several times."""
    match = LABEL_FIRST.match(text) if ":" in text[:62] or "：" in text[:62] else None
    match = match or (LABEL_BAR.match(text) if ("|" in text[:22] or "｜" in text[:22]) and CJK.match(text.lstrip(" *_")) else None)
    match = match if match and (match.re is not LABEL_BAR or _label_class_of(match.group(1))) else None
    match = match or LINE_ONLY.match(text)
    if not match:
        return None, ""
    label = match.group(1)
    label = LABEL_NOTE.sub("", label).strip() if re.search(r"[(（*_]", label) else label.strip()
    kind, value = (label_class().get(label.casefold()) if len(label) <= MAX_LABEL else None), match.group(2).strip(" *_")
    return (None if kind in PAGE_STAMPS and not dates.find_dates(value) else kind), value


PAGE_STAMPS = ("posted-date", "updated-date")  # labels of the page's own day: without a date no field ('News: Jane Doe')


def _label_class_of(label: str) -> str | None:
    return label_class().get(LABEL_NOTE.sub("", label).strip().casefold())


DAY_PREFIX = re.compile(rf"^\s*(?:{dates.WEEKDAY_NAME}|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?),?\s+\d{{1,2}}(?:st|nd|rd|th)?\s*:\s+(?=\S)")


TIME_PLACEHOLDER = re.compile(r"^\s*(?:时间待定|待定|上午|中午|下午|晚上|TBD|TBA)\s*[:：]\s*(?=\S)")
"""'时间待定：', '下午：' before an agenda item's title: the time it is given, still to be fixed or only a part of the day."""


TITLE_AFTER_FIELDS = re.compile(r"^[^《》]*[，,、：:|｜]\s*《(?P<title>[^《》]{2,})》?\s*$")


DETERMINER = r"(?:a|an|the|his|her|their|our|its|this)"  # 'the webinar …', 'his talk …'


@cache
def _clipped_prose() -> re.Pattern:
    """A title's lower-case opening that belongs to a sentence: a preposition or a conjunction
    (data/clause_openers.txt: 'about …', 'for using …', 'along with …', 'during the …'), a determiner
    before a talk noun ('the webinar …', 'a talk on …'), or a speech verb before one of those or a
    comma ('talk about his …', 'talks, workshops and more'; a lower-case 'panel on …' may be an agenda's)."""
    openers = alternation(words("clause_openers"))
    verbs = alternation(w for w in words("speech_verbs") if w.isascii())
    return re.compile(rf"(?:{openers})\b|{DETERMINER}\s+(?:{talk_nouns()})\b"
                      rf"|(?:{verbs})(?:\s*,|\s+(?:{openers})\b)")


def clipped_prose(title: str) -> bool:
    """'about Contoso's roadmap', 'talk about his Fabrikam bot': a piece of a sentence, opening in lower
    case with a word that joins it to what came before, where a layout looked for a talk's title."""
    return bool(title[:1].islower() and title[:1].isascii() and _clipped_prose().match(title))


@cache
def _topic_after_preposition() -> re.Pattern:
    prepositions = alternation(words("topic_prepositions"))
    return re.compile(rf"(?:{DETERMINER}\s+(?:{talk_nouns()})\s+(?:(?:{prepositions})\s+)?"
                      rf"|(?:{prepositions})\s+)(?P<topic>(?:[A-Z]|[a-z]+ing\s).+)")


TRAILING_LINK = re.compile(r"\s*[(（]\s*(?:https?://|www\.)[^\s()（）]+\s*[)）]\s*$")  # 'Title (https://…)': where it is, no part of it
SESSION_CODE = re.compile(r"\s*\[[A-Z]{2,6}-?\d{2,6}\](?P<rest>.*)$")  # 'Title [DEV1234] …': a catalogue's code


@cache
def _room_tail() -> re.Pattern:
    """' in Contoso Centre - Room 12', ' - Room: B2', ' in Hall West': where the talk takes place, after its
    title; a room word of data/room_words.txt names it."""
    rooms = alternation(word for word in words("room_words") if word.isascii())
    return re.compile(rf"(?:\s+in\s+|\s*[-–—|,]\s*)(?:[\w'’.&]+\s+){{0,3}}(?i:{rooms})\b[^()]*?(?:\([^()]*\))?\s*$")


def without_place_notes(title: str) -> str:
    """'Title (https://example.org/slides)', 'Title [DEV1234] in Contoso Centre - Room 12', 'Title - Room:
    B2': the title without the link, the catalogue code and the place after it, the numbered room."""
    title = TRAILING_LINK.sub("", title)
    code = SESSION_CODE.search(title)
    if code and re.fullmatch(r"\s*(?:(?:in|at|@|[-–—|])\s.*)?", code.group("rest")):  # '… [DEV1234] in Contoso Centre
        title = title[:code.start()]
    room = _room_tail().search(title)
    return title[:room.start()] if room and room.start() > 0 and re.search(r"\d|:", room.group()) else title


def unclipped_title(title: str) -> str | None:
    """A title that is no piece of a sentence, as it is; one whose lower-case opening is a topic
    preposition (data/topic_prepositions.txt) or a talk noun after a determiner, before a capital or
    an -ing form ('about Contoso Core 2.0', 'for using Contoso in Litware', 'the webinar Teaching with
    Contoso') without it; none for another piece of a sentence."""
    if not clipped_prose(title):
        return title
    topic = _topic_after_preposition().fullmatch(title)
    return topic.group("topic") if topic else None


def clean_title(text: str) -> str:
    timed = clock.slot(text)
    if timed and timed.rest:
        text = timed.rest
    text = re.sub(r"^\s*(?:\d{1,2}[.)、]|#\d{1,3}\s*[-–—:.]|[一二三四五六七八九十]+[、.])\s*", "", text)  # '3.', '#12 - '
    text = _numbered_part().sub("", text)  # 'Topic 1：Title', 'Part2: Title'
    text = DAY_PREFIX.sub("", text)  # 'Wed 18: Title', 'Thursday 19: Title': the day the talk is on
    text = TIME_PLACEHOLDER.sub("", text)  # '时间待定： Title', '下午： Title': when the talk is, not yet a time
    text = _co_located_event().sub("", text)  # 'ContosoCon: Title', 'Fabrikam Days: Title': the event it is part of
    quoted = QUOTED_TITLE.fullmatch(text.strip())
    if quoted:
        text = quoted.group("title")
    labelled = label_pattern("talk").match(text)
    if labelled and (labelled.group("value") or "").strip():  # '演讲主题：Title', '议题：Title'
        text = labelled.group("value")
    text = _materials_note().sub("", text)  # 'Title (slides and video)'
    text = _language_note().sub("", text)  # 'Title（中文）', 'Title (English)'
    text = _without_when_note(text)  # 'Title（6 月 8 日 09:30-10:10）'
    text = HANDLE_NOTE.sub("", text) if "@" in text else text  # 'Title - Jane Doe (@jdoe)': an account is no part of a title
    fields = TITLE_AFTER_FIELDS.match(text)
    text = fields.group("title") if fields else text  # '2031，杭州，星河大会，《Title》': the title in its book marks
    title = text.strip(" 《》“”\"*_:：|｜,，").strip()
    if title.count("》") > title.count("《") and text.lstrip(" *_").startswith("《") and re.search(r"》\s*[-–—:：]", title):
        title = title.replace("》", "", 1)  # '《Title》- subtitle': the book marks close the head of a longer title
    if title.count("“") > title.count("”") and text.rstrip(" *_:：|｜,，").endswith("”"):
        title += "”"  # '华为云赋能“新云原生企业”': the quote closes a phrase the title opened
    if title.count("”") > title.count("“") and text.lstrip(" *_:：|｜,，").startswith("“"):
        title = "“" + title  # '“云”端的知识库': the quote opens a word of the title
    if title.count('"') % 2 and text.strip(" *_:：|｜,，").startswith('"'):
        title = '"' + title  # '"Keyless" Signing': a straight quote opens a word of the title
    elif title.count('"') % 2 and text.strip(" *_:：|｜,，").endswith('"'):
        title += '"'  # 'Debugging With "trace"': a straight quote closes its last word
    return title


BRACKET_NOTE = re.compile(r"\s*[(（](?P<note>[^()（）]{1,80})[)）]\s*$")
WHEN_MARKS = re.compile(r"(?i)[\d\s年月日号號:：.,，、;；/~～-]|[–—]|上午|下午|晚上|(?<![a-z])[ap]\.?m\.?(?![a-z])")
WHEN_SHAPE = re.compile(r"\d\s*[:：/月日号號]")  # a time or a day, not a year alone ('Title (2023)')


def _without_when_note(text: str) -> str:
    """'Title（6 月 8 日 09:30-10:10，6 月 9 日 13:00-13:40）', 'Title (14:00-15:30)': a bracket that closes
    the line and holds only days and times says when the item is, no part of its title."""
    note = BRACKET_NOTE.search(text)
    if not note or not WHEN_SHAPE.search(note.group("note")) or WHEN_MARKS.sub("", note.group("note")):
        return text
    return text[:note.start()] if note.start() >= 2 else text


def _without_numbered_part(text: str) -> str:
    """'14:00-14:40 分享 1: 《Title》 …' -> '《Title》 …': a numbered talk's label before the book marks of
    its title, with the slot's time before it; any other line as it is."""
    unnumbered = _numbered_part().sub("", _without_start_time(text), count=1)
    return unnumbered if unnumbered.startswith("《") and unnumbered != text else text


@cache
def _numbered_part() -> re.Pattern:
    return re.compile(rf"^\s*(?:{alternation(labels('numbered-part'))})\s*(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*[:：]\s*(?=\S)",
                      re.IGNORECASE)


@cache
def _co_located_event() -> re.Pattern:
    """A co-located event's name before a talk's title ('GitOpsCon: Title', 'Contoso Days: Title'): a '-Con'
    coinage, or capitalized words that end in an event word; a talk kind alone ('Keynote:', 'Tutorial:') stays."""
    kinds = {word for word in words("event_words") if " " not in word} - set(words("talk_nouns"))
    event_word = rf"(?i:{alternation(kinds)})"  # a gathering ('Days', 'Summit'), no session ('Office Hours', 'Call')
    return re.compile(rf"^\s*(?:[A-Z][\w.+-]*[a-z]Con|[A-Z][\w.+-]*(?:\s+[A-Z][\w.+-]*){{0,2}}\s+(?=[A-Z]){event_word})"
                      rf"\s*:\s+(?=\S+\s+\S)")


@cache
def _talk_kind() -> re.Pattern:
    """A program item's kind before its title, one talk noun or two joined by 'or' or a slash ('Workshop: ',
    'Talk/demo: ', 'Talk or demo: '), when a title follows. Dropped only where the line then sets its
    speaker apart ('Demo: Title | Jane Doe'); a title line 'Keynote: Title' keeps it."""
    nouns = alternation(words("talk_nouns"))
    return re.compile(rf"^\s*(?i:{nouns})(?:\s*(?:/|\bor\b)\s*(?i:{nouns}))?\s*:\s+(?=\S.{{2}})")


@cache
def _talk_of_a_speaker() -> re.Pattern:
    """'Keynote address of Jane Doe, Ambassador of Contoso', 'Welcome speech of Mayor Jane Doe': a talk
    noun (data/talk_nouns.txt) after at most two words, then 'of' and who gives it."""
    nouns = alternation(w for w in words("talk_nouns") if not CJK.search(w))
    return re.compile(rf"^(?P<title>(?:[A-Z][\w-]*\s+){{0,2}}(?i:{nouns}))\s+of\s+(?P<who>[A-Z].{{3,200}})$")


def _talk_of_officials(text: str, span: Span) -> tuple[str, list[PersonMention]] | None:
    """A short talk's name, then 'of' and people: the people give it when each holds a job title (data/roles.txt);
    'Demonstration of Contoso Cloud', 'Keynote of the Year' name what the talk is about."""
    match = _talk_of_a_speaker().match(text.strip())
    people = parse_people(match.group("who"), span, cue=True) if match else []
    if people and all(person.title and is_role(person.title) and not a_phrase_for_a_name(person) for person in people):
        return clean_title(match.group("title")), people
    return None


@cache
def _material_cells() -> re.Pattern:
    """'| Review Slides | Watch Video' after a talk's line: cells that only point to its slides or recording, a word or
    two before a material word (data/labels.txt, material-word), name no speaker."""
    return re.compile(rf"(?:\s*[|｜]\s*(?:[A-Za-z]+\s+){{0,2}}(?:{alternation(labels('material-word'))})\s*)+$", re.IGNORECASE)


@cache
def _materials_note() -> re.Pattern:
    return re.compile(rf"[\s,，]*[(（][^)）]*(?:{alternation(labels('material-word'))})[^)）]*[)）][\s,，.。]*$", re.IGNORECASE)


def without_language_note(text: str) -> str:
    """'Title by Jane Doe (English: Translated title)', 'Title (English)': the line without the language note
    at its end, which is no affiliation of the speaker before it."""
    return _language_note().sub("", text)


@cache
def _language_note() -> re.Pattern:
    return re.compile(rf"\s*[(（\[【]\s*(?:{alternation(labels('talk-language'))})\s*(?:[:：][^()（）\[\]【】]*)?[)）\]】]\s*(?=[*_]*$)",
                      re.IGNORECASE)  # also with its translation: 'Title by Name (English: Translated title)'


BRACKETED_SPEAKERS = re.compile(r"^(?P<title>.{4,}?)\s*[(（](?P<who>[^()（）]{4,}[,，;；][^()（）]+"
                                r"|[\u4e00-\u9fff]{2,3}\s*(?:[,，;；]|\s[-–—]\s)[^()（）]+)[)）]\s*$")
"""'Title (Jane Doe, Contoso)', 'Title（林澈，云帆数据高级工程师）', 'Title（林澈 - 云帆数据 工程师）': the speakers and their
affiliation in a bracket closing the line, a Chinese name of two or three characters set apart by a comma or a dash."""
SPEAKERS_AT_ORG = re.compile(r"^(?P<title>.{4,}?)\s*[(（](?P<who>[^()（）@]{3,}?\s+@\s+[^()（）@]{2,})[)）]\s*$")
NAMES_AT_ORG = re.compile(r"^(?P<names>[^@]{3,}?)[\s,]+@\s+(?P<org>[^@]{2,})$")
TITLE_THEN_SPEAKER = re.compile(r"^(?P<before>.{6,}?)\s*[(（](?P<org>[^)）]+)[)）]$")
SPEAKER_SET_APART = re.compile(r"\s[|｜]\s|\s(?:presented\s+)?by\s", re.IGNORECASE)  # after a title: who gives it
SPEAKER_SEPARATORS = re.compile(r"\s*[|｜]\s*|\s+[-–—]+\s+(?:(?:presented|led|lead)\s+by\s+)?|\s*——\s*|\s+(?:presented\s+|hosted\s+|led\s+|lead\s+)?by\s+|\s*[:：]\s*(?=[^:：]+$)", re.IGNORECASE)
# 'Title - presented by Jane Doe', 'Workshop - lead by Jane Doe' (a spelling of 'led' recaps often use)


BRACKET_AT_END = re.compile(r"^(?P<title>\S.{1,150}?)\s*[(（]+\s*(?P<note>[^()（）]{2,80}?)\s*[)）]+$")


def _bracketed_speaker_label(text: str, span: Span) -> tuple[str, list[PersonMention]] | None:
    """'Title（演讲者：林澈）', 'Title (Speaker: Jane Doe)': a bracket closing the line that holds a
    speaker label and the names: the title before it, those people its speakers (none where the
    name reads as no person's, a nickname: the bracket is still no part of the title)."""
    match = BRACKET_AT_END.match(text.strip()) if ":" in text or "：" in text else None
    label, value = line_label_and_value(match.group("note")) if match else (None, "")
    return (clean_title(match.group("title")), labelled_people(value, span)) if label == "speaker" and value else None


BRACKETED_BY = re.compile(r"(?i)^(?:presented\s+|given\s+)?by\s+(?P<who>\S.*)$")


def _bracketed_by(text: str, span: Span) -> tuple[str, list[PersonMention]] | None:
    """'Title (by Jane Doe, Contoso)': a bracket closing the line that opens with 'by' holds its speakers, when
    the names read as people's; the title is before it."""
    match = BRACKET_AT_END.match(text.strip())
    by = BRACKETED_BY.match(match.group("note").strip()) if match else None
    people = parse_people(by.group("who"), span, cue=True) if by else []
    return (clean_title(match.group("title")), people) if people else None


LEAD_SKIPPED = re.compile(r"^[\s\-*+•·>|｜:：–—]*")  # a bullet, a cell's bar or a slot's dash before what the line opens with


def bold_lead(text: str, bold: tuple[str, ...]) -> str | None:
    """The span set in bold that opens the line and that more text follows ('**Ledger Lessons** in
    practice (Jane Doe, Contoso)', '10:00 -- **Ledger Lessons**, see below'): where the writer ended the
    title. Not a label or a talk's kind ('**Time**: 2 pm', '**Keynote:** Title', '**Live demo** of X'), a time or
    a day, or one word stressed ('**Docker** in production'): at least two words, or four Chinese characters."""
    if not bold:
        return None
    slot = clock.slot(text)
    opening = slot.rest if slot and slot.rest and slot.rest in text else text
    opening = opening[LEAD_SKIPPED.match(opening).end():]
    lead = next((span for span in bold if opening.startswith(span)), None)
    rest = opening[len(lead):] if lead is not None else ""
    if not rest.strip(" *_:：") or rest.lstrip(" ").startswith(CELL_LINE):  # a cell's line ends at its break, not its title
        return None
    title = re.sub(r"(?<!\.)\.$", "", lead.rstrip(" :："))  # '**Open topics.** We can …': the sentence's stop is no part of it
    if len(title.split()) < 2 and len(CJK.findall(title)) < 4 or clock.slot(title) or dates.find_dates(title) \
            or line_label(lead) or _talk_kind().match(lead) or line_label(f"{title}:") or _kind_of_talk_only()(title):
        return None
    return title


@cache
def _kind_of_talk_only() -> re.Pattern:
    """'Live demo', 'Lightning talks': a talk noun (data/talk_nouns.txt) after one word at most names the
    kind of an item, not its title."""
    return re.compile(rf"(?i)(?:[\w-]+\s+)?(?:{talk_nouns()})").fullmatch


def split_title_and_speakers(text: str, span: Span, timed: bool = False, vouched: bool = False,
                             bold: tuple[str, ...] = ()) -> tuple[str, list[PersonMention]]:
    """'Title | role 姓名', 'Title - Name (Org)', '"Title" by Name', 'Title 单位职位 姓名' ->
    title, speakers. A tail that does not read as people stays part of the title. `timed`: the
    line is an agenda's time slot, where 'Title, Dr. Name' ends with its speakers; `vouched`: a
    talk label opened the line, which vouches for the name set apart after its title; `bold`: the
    spans the line sets in bold, of which one that opens it is all its title (`bold_lead`)."""
    title, speakers = _title_and_speakers(text, span, timed, vouched)
    lead = bold_lead(text, bold)
    if lead is None:
        return title, speakers
    lead_title = clean_title(lead)
    if len(lead_title) < 4 or not title.startswith(lead_title):  # 'Jane Doe: **Title**', or the title split off before
        return title, speakers
    if not speakers:  # '**Title** by Contoso 市场总监 林澈': who the tail after 'by' names
        by = BOLD_TAIL_BY.match(text[text.index(lead) + len(lead):])
        speakers = parse_people(by.group("who"), span, cue=True) if by else []
    return lead_title, speakers


BOLD_TAIL_BY = re.compile(r"(?i)^[\s*_:：]*(?:[-–—,]\s*)?(?:presented\s+|given\s+)?by\s+(?P<who>\S.{1,80})$")


def _title_and_speakers(text: str, span: Span, timed: bool = False, vouched: bool = False) -> tuple[str, list[PersonMention]]:
    text = _material_cells().sub("", text) if "|" in text else text  # 'Title by Jane Doe | Review Slides | Watch Video'
    kind = _talk_kind().match(text)  # 'Demo: Title | Jane Doe'
    if kind or line_label(text) == "talk":  # 'Talk: Title | Jane Doe': the speaker set apart after the title
        value = text[kind.end():] if kind else line_label_and_value(text)[1]
        title, people = split_title_and_speakers(value, span, timed, vouched=True) \
            if SPEAKER_SET_APART.search(value) else ("", [])
        if people:
            return title, people
        if not kind:  # '议题题目：Title' is all title (labelled_talks finds its speakers)
            return clean_title(text), []
    bracketed_label = _bracketed_speaker_label(text, span) or _bracketed_by(text, span) \
        or _talk_of_officials(text, span)  # 'Title (Speaker: Jane Doe)', 'Title (by Jane Doe)', 'Keynote address of Jane Doe, CTO'
    if bracketed_label:
        return bracketed_label
    labelled = label_anywhere("speaker").search(text)
    if labelled and labelled.start() > 0 and CJK.search(labelled.group("label")):  # 'Title 讲师：姓名'
        people = labelled_people(labelled.group("value"), span)
        if people:
            return clean_title(text[:labelled.start()]), people
    at_org = SPEAKERS_AT_ORG.match(text)  # 'Secure Boot in Practice (Kim Lee & Ana Ruiz @ Tailspin Labs)'
    people = people_at_organization(at_org.group("who"), span) if at_org else []
    if people:
        return clean_title(at_org.group("title")), people
    bracketed = BRACKETED_SPEAKERS.match(text)  # 'Secure Boot in Practice (Kim Lee, Tailspin Labs)'
    if bracketed and not _a_break(bracketed.group("title")):  # 'Lunch (Grilled Fish, Spinach Salad)': what it serves
        people = [p for p in parse_people(bracketed.group("who"), span) if p.organization or p.title]
        for person in people:  # 'Title（林澈，主持人）': the role the program gives, no organization
            person.organization = None if label_class().get((person.organization or "").casefold()) == "speaker" \
                else person.organization
        if people:
            return clean_title(bracketed.group("title")), people
    if timed:
        speakers = _speakers_after_comma(text, span)
        if speakers:
            return speakers
    captioned = _zh_caption_after_comma(text, span)  # 'Title，来自云帆数据的林澈。', 'Title，讲师：云帆数据 林澈'
    if captioned:
        return captioned
    text = _without_numbered_part(text)  # '分享 1: 《Title》 林澈 Contoso CTO': the talk's number is no part of it
    quoted = QUOTED_TITLE.search(text)
    if quoted and quoted.start() <= 2 and not _quote_opens_the_title(text, quoted, span):
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
                return (clean_title(" ".join(words[:-size])),
                        [PersonMention(first, span, org, role)] + [parse_person(part, span) for part in bars[1:]])
    text = _without_start_time(text)  # '14:00 林澈 - Title': the slot's time is no part of its speaker
    named = NAMES_BEFORE_COLON.match(text)
    speakers = _chinese_names_before_colon(named.group("head"), named.group("title"), span) if named else []
    if speakers:  # '林澈：Contoso VM：从何处来': the first colon sets the speaker off, the rest is all title
        return clean_title(named.group("title")), speakers
    handled = _handle_first(text, span) if HANDLE.match(text.lstrip()) else None
    if handled:
        return handled
    for match in reversed(list(SPEAKER_SEPARATORS.finditer(text))):
        head, tail = text[:match.start()].strip(), text[match.end():].strip()
        if re.fullmatch(r"\s*[:：]\s*", match.group(0)) and len(head.split()) == 1 and len(tail) > len(head) * 2:
            continue  # 'GitOpsCon: Toward Full Adoption of …': one word before a colon is the track or kind, no title
        if head and tail:
            presented = "presented" in match.group(0).casefold()
            by = "by" in match.group(0).casefold()
            tail = AT_HANDLE.sub("", tail)  # 'Kim Lee (@kimlee) & Ana Ruiz, Contoso': the handle names no employer
            people = parse_people(f"Presented by {tail}" if presented else tail, span, cue=by or vouched)
            if people and not any(a_phrase_for_a_name(person) for person in people):  # 'Title: Scaling Observability, …'
                return clean_title(head), people
            first = parse_person(head, span) if not by and len(clean_title(tail)) >= 4 and not SPEAKER_SEPARATORS.search(head) else None
            if first and (first.organization or CJK.search(first.name)) and not a_phrase_for_a_name(first):  # 'Name（Org）——Title'
                # the speaker before the line's first mark: 'Name (Org) - Title: 1.5 Years of …' is not split at the colon
                return clean_title(tail), [first]
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
            return clean_title(head), [person]
    by_a_group = BY_A_GROUP.match(text)  # 'Coffee break by the coffee committee': who runs it is no part of it
    return clean_title(by_a_group.group("title") if by_a_group else text), []


def _quote_opens_the_title(text: str, quoted: re.Match, span: Span) -> bool:
    """'"Keyless" Signing Without a Key Server': a quoted word that the title's next words follow after a
    space alone (no 'by', dash, bar or comma, and no one's name) opens the title, which is the whole line."""
    rest = text[quoted.end():]
    return bool(re.match(r" [A-Za-z]", rest)) and not re.match(r"(?i) (?:presented\s+)?by\b", rest) \
        and not parse_people(rest.strip(), span)


BY_A_GROUP = re.compile(r"^(?P<title>\S.{1,300}?)\s+by\s+the\s+(?:[\w-]+\s+){0,3}[\w-]+\s*[.!]?$")
# 'Lunch by the lunch committee', 'Dinner by the local team': what 'the' opens is a group, never a person's name


def _without_start_time(text: str) -> str:
    """'14:00 林澈 - Title' -> '林澈 - Title': an agenda item's time, when it opens the line."""
    timed = clock.slot(text)
    return timed.rest if timed and timed.rest else text


NAMES_BEFORE_COLON = re.compile(r"^\s*(?P<head>[^\s:：]{2,14})\s*[:：]\s*(?P<title>\S.*)$")


def _chinese_names_before_colon(head: str, tail: str, span: Span) -> list[PersonMention]:
    """'林澈： 分布式存储的故障演练', '林澈、周岚： …' in a program: Chinese people's names alone before the
    colon give the talk after it (a word that is a track or a kind, 'Keynote: …', is no name)."""
    names = re.split(r"[、和与]", head) if CJK.match(head) and len(clean_title(tail)) >= 4 else []
    if not names or any(person_name(name) != name for name in names):
        return []
    return [PersonMention(name, span) for name in names]


HANDLE = re.compile(r"[A-Za-z][a-z]+[A-Z][A-Za-z]*")  # 'DevOwl': a Latin nickname with a capital inside a word


HANDLE_FIRST = re.compile(r"^\s*(?P<head>[A-Za-z]+)\s*(?P<mark>：|:|\s[-–—]\s)\s*(?P<title>\S.*)$")


def _handle_first(text: str, span: Span) -> tuple[str, list[PersonMention]] | None:
    """'DevOwl： Faster incremental builds', 'DevOwl - 调试器的新功能' in a Chinese program: a nickname in
    Latin letters, one word with a capital inside it, set off by a full-width colon or before a Chinese
    title, is the speaker; a track or a co-located event ('GitOpsCon: …', 'Keynote: …') is none."""
    match = HANDLE_FIRST.match(text)
    head, title = (match.group("head"), match.group("title")) if match else ("", "")
    chinese = match and (match.group("mark") == "：" or CJK.search(title))
    if not chinese or not HANDLE.fullmatch(head) or len(clean_title(title)) < 4 or _co_located_event().match(f"{head}: x y") \
            or line_label(f"{head}:") is not None or _talk_kind().match(f"{head}: ") or is_org(head) \
            or head in title:  # 'WidgetDB: Faster Builds | WidgetDB：…': a bilingual title's subject, named again
        return None
    return clean_title(title), [PersonMention(head, span)]


ZH_CAME_FROM_ORG = re.compile(r"^(?:来自)?\s*(?P<org>[^的]{2,40}?)\s*的\s*(?P<name>[\u4e00-\u9fff]{2,3}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)$")


ZH_COMMA_TAIL = re.compile(r"^(?P<title>.{4,}?)\s*，\s*(?P<who>[^，。|｜]{3,60}?)\s*[。.]?\s*$")


def _zh_caption_after_comma(text: str, span: Span) -> tuple[str, list[PersonMention]] | None:
    """'Title，来自云帆数据的林澈。', 'Title，云帆数据高级工程师 林澈', 'Title，讲师：北岩科技的周岚': a Chinese title, then
    after the last fullwidth comma its speaker, from an organization ('来自X的', or 'X的' after a speaker label) or
    captioned with a job title (an organization alone may be the title's second clause: 'Title，共建X生态 姓名')."""
    match = ZH_COMMA_TAIL.match(text) if "，" in text and CJK.search(text) else None
    if not match or _open_bracket(match.group("title")) is not None:
        return None
    label, value = line_label_and_value(match.group("who"))
    who = value if label == "speaker" and value else match.group("who")
    came = ZH_CAME_FROM_ORG.match(who) if label == "speaker" or who.startswith("来自") else None
    name = person_name(came.group("name")) if came else None
    person = PersonMention(name, span, came.group("org").strip()) if name else parse_person(who, span)
    if person and (person.title or came) and (CJK.search(person.name) or came):
        return clean_title(match.group("title")), [person]
    return None


SLOT_SPEAKER_COMMA = re.compile(r"[,;]\s+")


def _speakers_after_comma(text: str, span: Span) -> tuple[str, list[PersonMention]] | None:
    """'Rack Telemetry, Dr. Jane Doe' / 'Rack Telemetry, Jane Doe and Omar Haddad': a time slot's
    title, then after a comma people whose names are vouched for by an honorific or read as names.
    A semicolon sets them apart as a comma does ('Keynote: Past, Present and Future; Jane Doe'), where
    the title's own commas list its parts."""
    for match in reversed(list(SLOT_SPEAKER_COMMA.finditer(text))):
        head, tail = text[:match.start()].strip(), text[match.end():].strip(" .")
        if len(head) < 4:
            break
        opened = _open_bracket(head)
        if opened is not None:  # 'Title (WP5, Jane Doe, Contoso)': the bracket the comma stands in holds the speakers
            head, tail = head[:opened].strip(), tail.removesuffix(")").strip()
            if len(head) < 4 or _a_break(head):
                continue  # 'Lunch (Soup, Spinach Salad)': what a break serves
        honoured = strip_honorifics(tail) != tail
        people = parse_people(tail, span, cue=honoured)
        if people and all(p.name for p in people) and (honoured or all(probably_a_person(p.name) for p in people)):
            return clean_title(head), people
    return None


def _a_break(title: str) -> bool:
    """'Lunch', 'Coffee break', '茶歇': a program's item that no one gives (labels.txt, non-talk)."""
    return label_class().get(clean_title(title).casefold()) == "non-talk"


def _open_bracket(text: str) -> int | None:
    """Where the bracket still open at the end of the text opens ('Title (Tag' -> 6), if one is."""
    opened: list[int] = []
    for index, char in enumerate(text):
        if char == "(":
            opened.append(index)
        elif char == ")" and opened:
            opened.pop()
    return opened[0] if opened else None


def labelled_people(value: str, span: Span) -> list[PersonMention]:
    """The people of a speaker label's value, which may hold another label ('Moderator: A (Org).
    Panelists: B (Org), C (Org)')."""
    return [person for part in _next_label().split(value)
            for person in people_at_organization(part.strip(" .;；"), span) or named_list(part, span)
            or names_with_organizations(part, span) or parse_people(part.strip(" .;；"), span)
            or _affiliation_then_name(part.strip(" .;；"), span) or _name_then_caption(part.strip(" .;；"), span)]


NAME_THEN_CAPTION = re.compile(r"^(?P<name>[A-Z][A-Za-z'-]+(?: [A-Z][A-Za-z'-]+){0,2}|[\u4e00-\u9fff]{2,4})\s*[:：]\s*"
                               r"(?P<caption>[^,，;；]{2,60})(?:[,，;；].*)?$")


def _name_then_caption(text: str, span: Span) -> list[PersonMention]:
    """'演讲嘉宾：Yuichiro: Contoso 工程师, 开发者大使': a speaker label's value that gives the name, a colon
    and the Chinese caption, whose first clause holds the job title and the organization; the label
    vouches for a Latin given name alone ('Yuichiro')."""
    match = NAME_THEN_CAPTION.match(text)
    if not match or not CJK.search(match.group("caption")):
        return []
    name = match.group("name")
    name = person_name(name) or (name if re.fullmatch(r"[A-Z][a-z]{2,15}", name) else None)  # a Chinese name the parser knows
    organization, title = split_affiliation(match.group("caption").strip())
    return [PersonMention(name, span, organization, title)] if name and title and is_role(title) else []


AFFILIATION_THEN_NAME = re.compile(r"^(?P<affiliation>.{2,80}?)\s*[,，、]\s*(?P<name>[\u4e00-\u9fff]{2,4})$")


def _affiliation_then_name(text: str, span: Span) -> list[PersonMention]:
    """'讲师：星河科技，林澈', '分享讲师：Contoso 前端工程师, 周岚': a speaker label's value that gives the
    affiliation first and the Chinese name last, after a comma."""
    match = AFFILIATION_THEN_NAME.match(text)
    name = person_name(match.group("name")) if match else None
    if not name or person_name(match.group("affiliation")):
        return []
    organization, title = split_affiliation(match.group("affiliation"))
    return [PersonMention(name, span, organization, title)]


def people_at_organization(text: str, span: Span) -> list[PersonMention]:
    """'Kim Lee & Ana Ruiz @ Tailspin Labs', 'Kim Lee, @ Tailspin Labs': names, then after an
    at sign set apart by spaces the organization they all work for (not an e-mail address)."""
    match = NAMES_AT_ORG.match(text.strip(" *_"))
    if not match or is_org(match.group("names")):
        return []
    organization = match.group("org").strip(" .*_")
    return [PersonMention(person.name, span, organization) for person in named_list(match.group("names"), span)]


AT_HANDLE = re.compile(r"\s*[(\[]@[\w.-]+[)\]]")
HANDLE_NOTE = re.compile(r"\s*[(\[]@?(?=[\w.-]*[\d_]|[a-z])[\w.-]+[)\]]|\s+/\s+@?[a-z\d_][\w.-]*|\s*[(\[]?@[\w-]+[)\]]?"
                         r"|(?<![\w.])[\w.-]+@(?![\w.])")


def named_list(value: str, span: Span) -> list[PersonMention]:
    """A label's value that is only names, apart by commas or 'and' ('Jane Doe, Wei Chen';
    'Priya, Omar, Craig'), each perhaps with its handle ('Jane Doe (jdoe)', 'Jane Doe / jdoe',
    'jdoe@'): the label vouches for them. Full names and first names are not mixed, and of two
    the second must read as a person's (in 'Jane Doe, Contoso Research' it is her organization)."""
    parts = [part.strip(" .*_") for part in re.split(r"\s*(?:[,;；，、]|&|\band\b)\s*", HANDLE_NOTE.sub("", value))]
    parts = [name for part in parts for name in _apart_by_spaces(part) if name]
    if not parts or len(parts) > 30:
        return []
    full = [person_name(part) for part in parts]
    doubted = sum(not probably_a_person(name) for name in full if name)  # a name probablepeople does not know
    if all(full) and not any(_org_not_name(name) for name in full) and (doubted == 0 or len(full) != 2 and doubted <= 1):
        return [PersonMention(name, span) for name in full]
    alone = [first_name(part) for part in parts]
    return [PersonMention(name, span) for name in alone] if all(alone) else []


def _org_not_name(name: str) -> bool:
    """An organization word in the words, but not the one character a Chinese given name may end in
    as a company's name does ('魏太云', '云')."""
    return is_org(name) and not re.fullmatch(r"[\u4e00-\u9fff]{2,3}", name)


def _apart_by_spaces(part: str) -> list[str]:
    """'张心雨 魏太云': Chinese names set apart by spaces are that many names."""
    pieces = part.split()
    return pieces if len(pieces) > 1 and all(re.fullmatch(r"[\u4e00-\u9fff]{2,4}", piece) for piece in pieces) else [part]


NAME_MAYBE_BRACKETED = re.compile(r"^(?P<name>[^()（）]+?)\s*(?:[(（](?P<org>[^()（）]+)[)）])?$")


def names_with_organizations(value: str, span: Span) -> list[PersonMention]:
    """A label's value listing names, some followed by their organization in brackets ('Jane Doe,
    Wei Chen (Contoso)', 'Jane Doe (Contoso), Wei Chen (Fabrikam Labs)'): the label vouches for
    the names; a name without brackets has no organization stated."""
    parts = [part.strip(" .*_") for part in re.split(r"\s*(?:[,;；]|&|\band\b)\s*(?![^()（）]*[)）])", HANDLE_NOTE.sub("", value))]
    matches = [NAME_MAYBE_BRACKETED.match(part) for part in parts if part]
    if len(matches) < 2 or not all(matches) or not any(match.group("org") for match in matches):
        return []
    people = []
    for match in matches:
        name = person_name(match.group("name"))
        if not name or is_org(name):
            return []
        org, role = split_affiliation(match.group("org")) if match.group("org") else (None, None)
        people.append(PersonMention(name, span, org, role))
    return people


@cache
def _next_label() -> re.Pattern:
    return re.compile(rf"[.;；]\s*(?:{alternation(labels('speaker'))})\s*[:：]", re.IGNORECASE)


PRESENTER_TAIL = re.compile(r"^(?P<title>.{3,}?)(?:\s+[-–—]{1,2}\s+|\s*[(（])(?P<who>[^()（）–—-]{2,60}?)[)）]?\s*$")


def presenters_at_end(text: str) -> tuple[str, list[str]] | None:
    """'Summit Update - Kate', 'Prompt fields -- Elyas and Gopi', 'Data Sheets (Gopi)': a title that
    ends with who presents it, split into the title and the names as written (callers judge whether
    they are names)."""
    match = PRESENTER_TAIL.match(text.strip(" *"))
    if not match:
        return None
    names = [name for name in re.split(r"\s*(?:&|\band\b|,|/)\s*", match.group("who").strip()) if name]
    return (match.group("title").strip(), names) if names else None


@cache
def talk_nouns() -> str:
    """A talk noun (data/talk_nouns.txt), singular or plural, as a regex alternation."""
    nouns = words("talk_nouns")
    return alternation(nouns + english_plurals(nouns))


@cache
def _material_words() -> frozenset[str]:
    return frozenset(word.casefold() for word in labels("material-word"))


def material_word(word: str) -> bool:
    """'Slides', 'Videos', '视频': a word for what a talk leaves (data/labels.txt, material-word), singular or plural."""
    word = word.casefold()
    return word in _material_words() or word.endswith("s") and word[:-1] in _material_words()


def names_materials(text: str) -> bool:
    """'Conference Slides', 'Keynotes & Slides', 'Recordings of the Keynotes': a heading named for
    slides or recordings (its last word a material word, or its first before 'of'), which heads what
    was presented and is no talk itself."""
    words_of = [word for word in re.split(r"[\s/&]+", text.strip(" *_:：")) if word]
    return bool(words_of) and (material_word(words_of[-1]) or len(words_of) > 2 and words_of[1].casefold() == "of"
                               and material_word(words_of[0]))
