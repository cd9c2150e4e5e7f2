"""Part of stage 2, extract: what the event is called. A name is read from the most explicit
statement to the least: an event page's title, an event phrase in the title ('Contoso Summit 2024'),
a theme label, then a phrase in the first lines that the text says is this event (held there, taking
place, placed in a city, called 'this edition'). Also: the document's own title, and whether the page
lists several events rather than reporting one.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from pathlib import Path

from ..writing import CJK, HANGUL
from . import dates, places
from .classify import dictionary_word, person_name, plain_words, probably_a_person, well_known
from .people_layouts import keeps_a_roll
from .model import Found, Span
from .read import Source
from .segment import Block, labelled
from .wordlists import alternation, english_plurals, glued_pattern, label_pattern, labels, pattern, traditional_forms, words

CJK_HELD = re.compile(r"举行|举办|召开|落幕|落下帷幕|开幕|收官|圆满|열렸|열린다|개최")
HELD = re.compile(r"(?i)\b(held|took place|takes? place|taking place|happens|hosted|organi[sz]ed|kicked off|gathered|"
                  r"came together|got together|met|convened|under\s?way(?=\s+in\b))\b|" + CJK_HELD.pattern)  # words that say an event took place


GLUED_EDITION = r"[A-Z][A-Za-z]*[a-z](?:Con|Conf|Fest|Camp)\d{2,4}\b"  # 'FabrikamConf17', 'ContosoFest2015'
ONE_WORD_NAME = re.compile(rf"\d{{4}}|[a-z](?:Con|Fest)|{GLUED_EDITION}|Conf?\.[A-Za-z]{{2,3}}$")  # 'ContosoCon', 'Fabrikam 2031': a name of one word
DOMAIN_TAIL = r"(?:\.[A-Za-z]{2,3}(?![\w.]))?"  # 'ContosoConf.EU', 'FabrikamCon.dev': a coinage written as its web address
JOINED_COINAGE = r"(?:[A-Z][A-Za-z]*[Cc]on\s*\+\s*)?"  # 'Fabricon + CloudConf': two events held as one, one name
YEAR_OR_QUARTER = r"(?:19|20)\d\d(?:[QH][1-4](?![\w&+'/.#-]))?"  # '2031', '2031Q2', '2031H1': a quarter or half glued to its year
NAME_WORD = r"(?<![^\W\d_])(?:[A-Z]|[a-z]{1,8}[A-Z])[\w&+'/.#-]*"  # a capitalized word, or a brand's lowercase prefix: 'eContoso', 'contosoD', never a word's end


@cache
def event_phrase_pattern() -> re.Pattern:
    latin = alternation(w for w in words("event_words") if not CJK.search(w))
    titled = alternation(w.capitalize() for w in words("titled_event_words"))
    return re.compile(
        rf"(?:{YEAR_OR_QUARTER}\s+)?(?:(?:{NAME_WORD}|{YEAR_OR_QUARTER}|\d+(?:st|nd|rd|th)|and|of|the|for|on|&|\+|x)\s+){{0,7}}"
        rf"(?:(?i:{latin})(?:\s*#\d+)?|(?<=[\w'’]\s)(?:{titled})\b|{JOINED_COINAGE}[A-Z][A-Za-z]*(?:Con|Conf|Meetup|Summit|Days?|Fest|Camp)\b{DOMAIN_TAIL}(?:\s*#\d+)?"
        rf"|[A-Z][a-z]{{1,}}con(?=\s+(?:19|20)\d\d\b|\s+[A-Z]{{2}}\b)"  # a '-con' coinage with its year or region: 'Fabricon 2024', 'Fycon EU'
        rf"|{GLUED_EDITION})"
        rf"(?P<tail>(?:\s+(?:(?:on|for|of)\s+)?[A-Z0-9#][\w.#-]*){{0,4}})")


@cache
def _recap_words() -> re.Pattern:
    return re.compile(rf"^\s*(?:{alternation(labels('recap'))})\s*[:：]?\s*|\s*[:：-]?\s*(?:{alternation(labels('recap'))})\s*$",
                      re.IGNORECASE)


@cache
def _meeting_notes() -> re.Pattern:
    """'Notes' that end a title after a body that meets ('Contoso Community Cabal Notes';
    data/meeting_bodies.txt): the notes of its meeting, not 'Release Notes'."""
    return re.compile(rf"(?i)(?P<body>{alternation(words('meeting_bodies'))})\s+notes\s*$")


@cache
def _name_breaks() -> re.Pattern:
    """Words a name does not hold before its event word: prepositions and headline verbs
    ('Fabrikam Announces … at Contoso Summit Europe' -> 'Contoso Summit Europe'), a host event's
    'Co-Located Event', and 'the', after which the name starts ('the 2016 Contoso Summit'), unless
    'of' comes before it: 'State of the Art Summit' keeps its words."""
    return re.compile(rf"(?<!\S)(?:during|at|in|on|with|to|from|into|about|through|by|via|(?<!\bof\s)the|(?<=\bof\s)the(?=\s+(?-i:[a-z]))|"
                      rf"{alternation(words('headline_verbs') + labels('host-event'))})\s+", re.IGNORECASE)


TITLE_SEPARATORS = re.compile(r"\s*(?:——|--|—|\||｜|丨|：|:|，|,|\s-\s|！|!(?!\s*(?:19|20)\d\d\b)|？|\?)\s*")
# '丨', a stroke Chinese titles set between parts; an exclamation mark before a year ends a name's word ('Contoso Go! 2031'), no part
SERIES_EDITION = re.compile(r"(?<![\w#])[\u4e00-\u9fff]{0,4}[A-Za-z][A-Za-z0-9&+.-]*(?:\s[A-Za-z][A-Za-z0-9&+.-]*){0,3}"
                            r"\s?#\s?\d+(?![\w#])")  # 'Contoso Live#7', '星河Live#7'
DAY_OF_EVENT = re.compile(r"(?<=\S)\s*[,:–—-]?\s+Day\s*(?:[1-9]|one|two|three|four|five)\s*$", re.IGNORECASE)
"""'Contoso Summit Day 1', 'Fabrikam Conference Day 2': a title that reports one day of an event."""
POSSESSIVES = ("my", "your", "our", "their")
ORDINALS = ("first", "second", "third", "fourth", "fifth", "last", "next")
NAME_OPENERS = ("a", "an", "my", "your", "our", "its", "their", "this", "these", "that", "those", "and", "of", "for", "&", "+", "x")


def event_page_days(matter: dict) -> tuple[str, str, str | None, str] | None:
    """The days an event's own page gives in its front matter, as (key, start, end, doubt):
    `eventdates: {from, till}`, or a start key beside an end key (`date:` with `end:`);
    a `date` alone is the day a post was written, no event's, and so is a `date` beside a `start:`
    ('date: 2031-03-02', the day the announcement was posted, over 'start: 2031-03-15')."""
    event_dates = matter.get("eventdates") if isinstance(matter.get("eventdates"), dict) else {}
    if event_dates.get("from") and dates.normalize_date(event_dates["from"]):
        till = event_dates.get("till")
        return "eventdates", dates.normalize_date(event_dates["from"]), dates.normalize_date(till) if till else None, ""
    for section in [matter] + [value for value in matter.values() if isinstance(value, dict)]:
        days = _start_and_end_keys(section)
        if days:  # '[event]' over 'start = …' and 'end = …': a page template's section for the event's own fields
            return days
    return None


def _start_and_end_keys(matter: dict) -> tuple[str, str, str | None, str] | None:
    """A start key beside an end key at most a month later, or a start key alone that is no post's 'date'."""
    start = next((key for key in _spelled_in(matter, _post_date_last(labels("event-start-key"))) if _matter_day(matter.get(key))), None)
    end = next((key for key in _spelled_in(matter, labels("event-end-key")) if _matter_day(matter.get(key))), None)
    first, last = (_matter_day(matter.get(key)) if key else None for key in (start, end))
    last, doubt = _end_in_the_start_year(first, last) if first and last and len(first) == len(last) == 10 else (last, "")
    if first and last and len(first) == len(last) == 10 and \
            0 <= (date.fromisoformat(last) - date.fromisoformat(first)).days <= dates.MAX_RANGE_DAYS:
        return start, first, last, doubt
    if first and not end and _key_form(start) != "date":  # 'starts: 2024-05-02' alone: a one-day event ('date' alone is a post's)
        return start, first, None, ""
    return None


def _key_form(key: str) -> str:
    """A front-matter key as its words, however a site generator joins and cases them: 'startDate', 'start_date',
    'start-date' and 'StartDate' are all 'startdate'."""
    return re.sub(r"[\W_]", "", key).casefold()


def _spelled_in(matter: dict, keys) -> list[str]:
    """The page's own keys that are `keys` (data/labels.txt) in any spelling, in the order of `keys`."""
    spelled = {_key_form(str(name)): str(name) for name in matter}
    return [spelled[_key_form(key)] for key in keys if _key_form(key) in spelled]


def _end_in_the_start_year(first: str, last: str) -> tuple[str, str]:
    """An end a whole year or more before its start ('date: 2025-06-14', 'date_end: 2024-06-14') is
    the start's year mistyped: the same day and month in the start's year, with a note to check it."""
    if last >= first or last[4:] < first[4:]:
        return last, ""
    return first[:4] + last[4:], f"the end date's year ({last[:4]}) is before the start's in the front matter; taken as {first[:4]}"


def _post_date_last(keys: tuple[str, ...]) -> list[str]:
    """The start keys with 'date', a post's own day on most pages, read last: a start key that names
    the event's first day ('start', 'starts', 'start_date') comes first when a page holds both."""
    return sorted(keys, key=lambda key: key == "date")


def _matter_day(value) -> str | None:
    """A front-matter date, also one a key holds in a mapping of its parts
    ('starts: {yyyy_mm_dd: 2024-05-02, utc_hh_mm: 09:00}', the way event calendars store a moment)."""
    if isinstance(value, dict):
        return next((day for part in value.values() for day in [dates.normalize_date(part)] if day), None)
    return dates.normalize_date(value) if value else None


def _event_page_title(matter: dict) -> str | None:
    """The front-matter key that names an event's own page: its 'title', else its 'name'."""
    return next((key for key in labels("event-name-key") if str(matter.get(key) or "").strip()), None)


PLACE_IN_BRACKETS = re.compile(r"\s*\((?P<place>[^()]*)\)\s*$")


def _without_place_in_brackets(title: str) -> str:
    """'Contoso 2031 (Springfield, IL)': the city an event page's title adds in brackets at its end is no
    part of the name (a code, 'Short Course (SC 4.14)', is)."""
    bracket = PLACE_IN_BRACKETS.search(title)
    city = bracket.group("place").split(",")[0].strip() if bracket else ""
    return title[:bracket.start()] if city and places.city(city) and bracket.start() else title


def event_name(source: Source, blocks: list[Block]) -> Found | None:
    """The event's name (see `_named_event`), without the day a sentence that names it opens with."""
    found = _named_event(source, blocks) or _placed_page_title(source)
    rest = LEADING_ZH_DAY.sub("", found.value) if found and LEADING_ZH_DAY.match(found.value) else None
    return Found(rest, found.span, found.doubt) if rest and len(rest) >= 2 else found


PLACE_KEYS = ("eventplace", "location", "place", "city", "venue", "address")  # front-matter keys an event's page gives its place in


def _placed_page_title(source: Source) -> Found | None:
    """'title: Contoso Lyon' over 'location: Fabrikam Hall, Lyon' (also in a section of the front matter, '[extra]'):
    a page whose front matter gives a place is an event's own page, and when nothing else names the event its
    title does (without a tag in brackets or a recap word, the part naming an event when one does)."""
    matter = source.front_matter
    title = str(matter.get("title") or "").strip()
    sections = [matter] + [value for value in matter.values() if isinstance(value, dict)]
    if not title or not any(isinstance(section.get(key), str) and section[key].strip() for section in sections for key in PLACE_KEYS):
        return None
    parts = [part for part in TITLE_SEPARATORS.split(_recap_words().sub("", _without_title_tag(title))) if part.strip()]
    named = next((part for part in parts if event_phrase(part)), parts[0] if parts else title)
    line = source.front_matter_lines.get("title", 1)
    return Found(_without_trailing_day(named.strip()), Span(line, line), "the event name is the title of a page whose front matter gives a place")


LEADING_ZH_DAY = re.compile(r"^\s*(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:[上下]午|晚上?)?\s*[,，、]\s*")
# '2031年2月24日,第四届星河开发者大会': the day the sentence opened with is no part of the name


def _named_event(source: Source, blocks: list[Block]) -> Found | None:
    named = labelled(blocks, "event-name")
    if named and not _several_names_labelled(blocks):  # '活动名称：Contoso 2031 开源年会', 'Event name: …': the page says what the event is called
        return Found(TITLE_SEPARATORS.split(named.value)[0].strip() or named.value, named.span)
    title = str(source.front_matter.get("title") or "").strip()
    title_line = source.front_matter_lines.get("title", 1)
    event_page = bool(source.front_matter.get("eventdates") or event_page_days(source.front_matter))
    page_title = _event_page_title(source.front_matter) if event_page else None
    if page_title and not title:  # 'name: Contoso Hack Day' over 'starttime:' and 'endtime:'
        title, title_line = str(source.front_matter[page_title]).strip(), source.front_matter_lines.get(page_title, 1)
    if title and event_page:  # an event's own page: its title (or the part naming an event) is the name
        title = _without_place_in_brackets(title)
        parts = [part for part in TITLE_SEPARATORS.split(_recap_words().sub("", _without_title_tag(title))) if part.strip()]
        named = next((part for part in parts if event_phrase(part)), parts[0] if parts else title)
        return Found(_without_trailing_day(named.strip()), Span(title_line, title_line))  # '… 自习室 2031年3月5日'
    numbered = _numbered_event_title(title, title_line) if title else \
        next((_numbered_event_title(block.text, block.number) for block in blocks[:1] if block.is_title), None)
    if numbered:
        return numbered
    framed = _framed_title_name(title, title_line, blocks) if title else None
    if framed:
        return framed
    if title:
        phrase = event_phrase(title)
        hosting = _hosting_event(phrase, blocks) if phrase else None
        if hosting:
            return hosting
        if phrase:
            return Found(_longest_form(phrase, blocks), Span(title_line, title_line))
    talk_of = _talk_of_event_title(title, title_line) if title else \
        next((_talk_of_event_title(block.text, block.number) for block in blocks[:1] if block.is_title), None)
    if talk_of:  # 'XCon2031议题：Title': a page about one talk of the event the title opens with
        return talk_of
    recapped = _framed_title_name(title, title_line, blocks, recap_last=True) if title else None
    if recapped:
        return recapped
    theme = labelled(blocks, "theme")
    if theme and event_phrase(theme.value):
        return Found(event_phrase(theme.value), theme.span)
    series = _episode_series(title, title_line, blocks) if title else None
    if series:
        return series
    opening = None if title else next((block for block in blocks if block.kind != "field"), None)
    opening = opening if opening and len(opening.text.split()) <= 12 and not opening.text.endswith(".") else None
    yearly = _title_name_with_year(title, title_line, blocks) or _title_at_name_with_year(title, title_line, blocks) \
        or _heading_at_name_with_year(title, blocks) or _opening_name_with_year(opening, blocks)
    if yearly:
        return yearly
    heading = next((block.text for block in blocks if block.is_title), "")
    lead = None if not title and event_phrase(heading) else _zh_lead_held_name(blocks) or _zh_lead_holds_name(blocks)
    if lead:  # before the headings below the title: '女性论坛' names one of the event's forums
        return lead
    for block in sorted(blocks[:NAME_WINDOW], key=lambda b: not b.is_title):
        if block.kind == "row":  # a table row's sentence names what its row is about (a winner's deeds), not the page's event
            continue
        phrase = event_phrase(block.text)
        if phrase and (_one_of_the_events_linked(phrase, block) or _a_section_question(block, blocks)):
            continue
        if phrase and (block.is_title or block is opening or _in_event_context(phrase, block.text)
                       or _placed(phrase, block.text) or _said_held(phrase, block.text)
                       or _called_this(phrase, block.text) or _subject_of_first_paragraph(phrase, block, blocks)
                       or _registration_for(phrase, block.text) or _prize_or_talk_there(phrase, block.text)):
            return Found(_longest_form(phrase, blocks), block.span, "the event name is taken from the text, not from a title")
    title_or_opening = (title, title_line) if title else (opening.text, opening.number) if opening else ("", title_line)
    return _title_part_said_to_take_place(title, title_line, blocks) or _name_in_city_with_year(title, title_line, blocks) \
        or _lowercase_coinage(*title_or_opening, blocks) or _name_with_year_said_to_happen(blocks) \
        or (None if title else _heading_over_facts(blocks) or _minutes_series(source, blocks)) \
        or _numbered_zh_title(title, title_line, blocks) or _acronym_with_year(title, title_line, blocks)


def _several_names_labelled(blocks: list[Block]) -> bool:
    """'会议名称：Contoso 开源大会' and '会议名称：Fabrikam 峰会' on one page: the events of a list (notes that
    report the events members went to), no one event of the page."""
    name_label = label_pattern("event-name")
    values = {match.group("value").strip() for match in map(name_label.match, (block.text for block in blocks))
              if match and (match.group("value") or "").strip()}
    return len(values) > 1


ACRONYM_YEAR = re.compile(r"(?<![\w&.-])(?P<acronym>[A-Z]{2,6})\s+(?P<year>(?:19|20)\d\d)(?![\w-])")


def _acronym_with_year(title: str, line: int, blocks: list[Block]) -> Found | None:
    """'FCS 2031 Call for Papers', 'My FCS 2031 Notes': a short name in capitals and a year in the title (or, without one,
    in the page's first heading) is the event's, when nothing else names it: a gathering's initials, neither a
    word ('ONE'), a known organization's name nor a place's ('USA')."""
    heading = None if title else next((block for block in blocks if block.is_title), None)
    text, line = (title, line) if title else (heading.text, heading.number) if heading else ("", line)
    for match in ACRONYM_YEAR.finditer(text):
        acronym = match.group("acronym")
        if dictionary_word(acronym) or acronym in well_known() or places.country_code(acronym) or places.city(acronym):
            continue
        return Found(match.group(0), Span(line, line), "the event name is a short name in capitals and its year in the title")
    return None


REGISTRATION_FOR = re.compile(r"(?i)\b(?:registration|tickets?)\s+for\s+(?:the\s+)?(?:first(?:-ever)?\s+|\d+(?:st|nd|rd|th)\s+)?\W*$")


NOW_OPEN = re.compile(r"(?i)^\s+(?:is|are)\s+(?:now\s+)?(?:open|available|on\s+sale)\b")


def _registration_for(phrase: str, text: str) -> bool:
    """'Early Bird Registration for the first-ever Contoso Conference is now open!': the event a
    ticket post sells seats for is the post's ('tickets for the Fabrikam conference will open
    soon' in a recap points to the community's next event)."""
    at = text.find(phrase)
    return at >= 0 and bool(REGISTRATION_FOR.search(text[max(0, at - 60):at]) and NOW_OPEN.match(text[at + len(phrase):]))


SUBJECT_OPENING = re.compile(r"^\s*(?:The\s+)?")


def _subject_of_first_paragraph(phrase: str, block: Block, blocks: list[Block]) -> bool:
    """'The Contoso Conference needs speakers!' under a title that names no event ('Call for
    Speakers'): the event the post's first paragraph opens with, as its subject, is the post's.
    (A Chinese opening names its subject only after '今年有幸…作为': not read so.)"""
    first = next((b for b in blocks if b.kind == "paragraph"), None)
    return block is first and not CJK.search(phrase) and block.text.startswith(phrase, SUBJECT_OPENING.match(block.text).end())


def _a_question_heading(block: Block) -> bool:
    return block.is_title and block.text.rstrip(" *_").endswith(("?", "？"))


def _a_section_question(block: Block, blocks: list[Block]) -> bool:
    """'## Who should speak at the Contoso Conference?': a section of a call for papers asks about
    the event in its readers' words; the sentences say what it is called. (The page's own title
    may ask too, 'Contoso 2031 怎么样?', and still name it.)"""
    return block is not blocks[0] and _a_question_heading(block)


FACTS_WINDOW = 4  # blocks under a page's top heading in which the list of its facts ('Date: …', 'Location: …') stands
CAPITAL = re.compile(r"[A-Z\u4e00-\u9fff]")


def _heading_over_facts(blocks: list[Block]) -> Found | None:
    """'# Contoso Night' over '- Date: May 30, 2031' and '- Location: Fabrikam Hall, Berlin': the
    heading over a list of the event's day and place names that event (not a file's slug such as
    'contoso2031-special', which has no capital)."""
    top = blocks[0] if blocks and blocks[0].is_title else None
    if not top or not CAPITAL.search(top.text) or _a_question_heading(top):
        return None
    under = blocks[1:1 + FACTS_WINDOW]
    if labelled(under, "date") and labelled(under, "place"):
        return Found(top.text.strip(), top.span, "the event name is the heading over the page's day and place")
    return None


def _one_of_the_events_linked(phrase: str, block: Block) -> bool:
    """'Don't forget our [Contoso conference](…) in August and our [Fabrikam conference](…) in
    September': a name in the text that stands in one of two or more links each naming another
    event points to the community's other events, not to the one the page reports."""
    linked = {event_phrase(text) for text in block.links} - {None}
    return len(linked) >= 2 and any(phrase in text or text in phrase for text in block.links)


@cache
def _recap_frame() -> re.Pattern:
    """'A short report of X', 'Mini report and pictures from X', 'Back from X', 'We were at X' (data/recap_frames.txt):
    a title's frame and, after it, what the report looks back on (the name is read from `rest`)."""
    entries = words("recap_frames")
    leads = [entry.partition(":")[2].strip() for entry in entries if entry.startswith("lead:")]
    nouns = alternation(entry for entry in entries if not entry.startswith("lead:"))
    return re.compile(rf"(?i)^(?:(?:\w+\s+){{0,2}}?(?:{nouns})(?:\s+and\s+(?:{nouns}))?\s+(?:from|of|on|at)"
                      rf"|(?:{alternation(leads)}))\s+(?:the\s+)?(?P<rest>\S.*)$")


FRAMED_NAME = re.compile(r"[A-Z0-9][\w&+.'/#-]*(?:\s+(?:[A-Z0-9#][\w&+.'/#-]*|[a-z]+(?=(?:\s+[a-z]+)*\s*$)))*")
"""The name after a recap frame: capitalized words, years and editions ('ContosoFest 031', 'Fabrikam 6x'), up to a
lowercase word that starts the rest of the sentence ('… in Hamburg'), unless lowercase words end it
('GSoC mentor summit'), which then must end in an event word."""
EDITION_GLUED = re.compile(r"(?<=[A-Za-z])\d+[a-z]?$")
POSSESSIVE_OPENING = re.compile(r"(?i)^\s*(?:my|our)\s+")


def _before_recap_word(part: str) -> str:
    """'My Contoso 2031 Recap', 'Contoso14x Wrap Up' (a part of a longer title): what the recap word that ends
    the part looks back on, without the writer's 'my'."""
    recap = _recap_words().search(part)
    return POSSESSIVE_OPENING.sub("", part[:recap.start()]).strip() if recap and recap.start() and recap.end() == len(part) else ""


FRAMED_NAME_END = re.compile(r"\s*$|\s*[^\w\s]|\s+(?:in|at|on|with|during|and|by|for|this|last)\b")
"""What may follow that name: the end, a mark, or a word that starts what is said of it ('… in Lyon'); not a word
that goes on the phrase ('A recap of the Contoso sponsored Fabrikam workshops')."""
FRAMED_WORDS = 6  # words at most of a name after a frame; a longer run is a sentence


def _framed_title_name(title: str, line: int, blocks: list[Block], recap_last: bool = False) -> Found | None:
    """'Report of Contoso 031 in Lyon', 'Back from Contoso 2031!', 'Impressions of the Contoso Open Source
    Forum Conference: Day 1': the name a title part's recap frame leads to, when the text names it too
    (not 'Back from vacation', nor 'Notes from a Tuesday'); with `recap_last`, what a recap word ending a
    part looks back on ('… - My Contoso 2031 Recap'), for a title in which no other rule found a name."""
    if CJK.search(title):
        return None
    for part in TITLE_SEPARATORS.split(_without_title_tag(title)):
        framed = None if recap_last else _recap_frame().match(part.strip())
        rest = framed.group("rest") if framed else _before_recap_word(part) if recap_last else ""
        named = FRAMED_NAME.match(rest) if rest else None
        name = named.group(0).strip() if named and FRAMED_NAME_END.match(rest, named.end()) else ""
        if not name or len(name.split()) > FRAMED_WORDS or plain_words(name) or person_name(name) and probably_a_person(name):
            continue
        if name[-1:].islower() and name.split()[-1].casefold() not in _kinds_of_event() and not _every_word_capitalized(name):
            continue
        first = EDITION_GLUED.sub("", name.split()[0])  # 'Contoso14x' is written 'Contoso' in the text too
        if places.city(name) or places.country_code(name) or first.casefold() in dates.MONTHS:
            continue
        if any(first in block.text for block in blocks[:NAME_WINDOW] if block.number != line and block.kind != "field"):
            return Found(name, Span(line, line), "the event name is what the title's report frame looks back on")
    return None


TALK_OF_EVENT_TITLE = re.compile(r"^\s*(?P<event>[^|｜丨:：]{1,30}?(?:19|20)\d{2})\s*(?:议题|議題|演讲|演講)\s*[|｜丨:：]+\s*\S")


def _talk_of_event_title(title: str, line: int) -> Found | None:
    """'XCon2031议题：Title', 'ContosoConf 2031 演讲 | Title': a title that opens with an event's name
    and year, then the word for one of its talks: that event is the page's."""
    match = TALK_OF_EVENT_TITLE.match(title)
    return Found(match.group("event").strip(), Span(line, line)) if match else None


HOSTED_WITHIN = 2  # last words of a title's event ('… Community Summit') that the text says is held at a bigger one


def _hosting_event(phrase: str, blocks: list[Block]) -> Found | None:
    """'Upcoming Contoso Community Summit' over '… our first Contoso Community Summit at the FabrikamCon 2031
    Conference': a gathering held at a bigger event with its year is part of it, and the bigger one is the event."""
    tail = " ".join(phrase.split()[-HOSTED_WITHIN:])
    held_at = re.compile(rf"{re.escape(tail)}\s+at\s+(?:the\s+)?(?P<rest>[^.!?]{{4,120}})")
    for block in blocks[:NAME_WINDOW]:
        match = held_at.search(block.text)
        bigger = event_phrase(match.group("rest")) if match else None
        if bigger and tail not in bigger and re.search(r"(?:19|20)\d\d", bigger):
            return Found(bigger, block.span, "the event is the bigger one the title's gathering is held at")
    return None


FILE_DAY = re.compile(r"(?<!\d)(?:19|20)\d\d[-_]?(?:0[1-9]|1[0-2])[-_]?(?:0[1-9]|[12]\d|3[01])(?!\d)")
PATH_WORD = re.compile(r"[^\W\d_]+")
INITIALISM = re.compile(r"(?i)[b-df-hj-np-tv-xz]{2,5}")  # 'spdx', 'cncf': no vowel, so letters said one by one
MINUTES_OF = "Meeting"  # what minutes that take a roll are the notes of, when the series' words name no event


def _minutes_series(source: Source, blocks: list[Block]) -> Found | None:
    """Minutes with no title that take a roll, filed by their series and day ('contoso-legal-2031-05-06.md',
    or 'legal/2031-05-06.md'): the words of the file's name before its day, else of its folder, name the
    meeting ('Contoso Legal Meeting'), each word as the text writes it ('CONTOSO'), else capitalized, or in
    capitals when it has no vowel ('nwtd' -> 'NWTD')."""
    path = Path(source.origin or source.path.partition("#")[0])
    day = FILE_DAY.search(path.stem)
    if not day or not keeps_a_roll(blocks):
        return None
    series = [word for word in PATH_WORD.findall(path.stem[:day.start()]) or PATH_WORD.findall(path.parent.name)
              if not _recap_words().fullmatch(word)]  # a 'minutes' or 'notes' folder names no series
    if not series:
        return None
    text = source.text or ""
    written = [next((m.group(0) for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, re.IGNORECASE)
                     if not m.group(0).islower()), word.upper() if INITIALISM.fullmatch(word) else word.capitalize())
               for word in series]
    name = " ".join(written)
    if not event_phrase(name):
        name = f"{name} {MINUTES_OF}"
    return Found(name, Span(1, 1), "the event name is taken from the file's name: the minutes have no title")


@cache
def _numbered_event() -> re.Pattern:
    """'讲座03：', '活动 05 - ': a kind of event and its number opening a page's title (data/labels.txt,
    'numbered-event'), then a colon or a spaced dash."""
    return re.compile(rf"^\s*(?:{alternation(labels('numbered-event'))})\s*\d{{1,3}}\s*(?:[：:]|\s[-–—]\s)\s*(?P<name>\S.*)$")


def _numbered_event_title(text: str, line: int) -> Found | None:
    """'讲座03：数据库与开源精神', '活动05：Install Party - GNU & Linux 安装与经验分享': a club's page titled by
    the number of its talk or activity names that event by the first part after the number."""
    numbered = _numbered_event().match(text)
    name = TITLE_SEPARATORS.split(numbered.group("name"))[0].strip() if numbered else ""
    return Found(name, Span(line, line), "the event name is what the title calls its numbered event") if name else None


@cache
def episode_title(lessons: bool = False) -> re.Pattern:
    """'第 55 期 Title', 'Contoso 夜读第 7 期：Title', '【Contoso 夜读】#75 Title', 'EP42 — Title': the
    title of one numbered episode of a talk series, the series before its number and the talk after it;
    with `lessons`, also of one lesson of a course ('Contoso2 Lesson 3 - Title', '第 5 课 Title')."""
    kinds = ("episode", "lesson") if lessons else ("episode",)
    latin = alternation(word for kind in kinds for word in labels(kind))
    chinese = alternation(word for kind in kinds for word in labels(f"{kind}-zh"))
    return re.compile(rf"^\s*(?:【(?P<bracketed>[^】]{{1,20}})】)?(?P<series>[^#第【]{{0,16}}?)\s*"
                      rf"(?:第\s*[\d一二三四五六七八九十百]+\s*(?:{chinese})|#\s?\d+|(?<![A-Za-z])(?i:{latin})\s?\d{{1,3}}(?!\d))"
                      r"\s*[:：|｜—–-]?\s*(?P<talk>\S.{3,})$")


EPISODE_NUMBER = re.compile(r"[\d一二三四五六七八九十百]+")


def _episode_series(title: str, line: int, blocks: list[Block]) -> Found | None:
    """A Chinese page of one numbered episode of a talk series ('第 55 期 Title') is an event of that
    series: its name is the series the title names ('Contoso 夜读第 7 期：Title'), else the one a
    heading of the same episode names ('## 【Contoso 夜读】#55 Title'), never a tag ('【活动回顾】'). A series that is itself an event
    ('Contoso Meetup 第 3 期') is left to the rules for event phrases."""
    episode = episode_title().match(title)
    if not episode or not CJK.search(title):
        return None
    number = _episode_number(episode)
    for match, where in [(episode, line)] + [(episode_title().match(block.text), block.number) for block in blocks[:NAME_WINDOW]
                                              if block.is_title]:
        series = (match.group("series").strip(" 　:：|｜-") or match.group("bracketed") or "") if match else ""
        if series and not _recap_words().fullmatch(series) and _episode_number(match) == number:  # not '【活动回顾】'
            return None if event_phrase(series) else Found(series, Span(where, where), "the event is the series of the episode the title numbers")
    return None


def _episode_number(episode: re.Match) -> str | None:
    """The number of an episode ('55' of '第 55 期', of '#55')."""
    number = EPISODE_NUMBER.search(episode.string, episode.end("series"), episode.start("talk"))
    return number.group(0) if number else None


@cache
def _series_number() -> re.Pattern:
    """'第 5 期', '第5课', '#01', 'EP12', 'Lesson 5', 'Vol.5': the number of one episode, lesson or issue of a
    series (data/labels.txt, 'episode', 'lesson', 'volume')."""
    kinds = ("episode", "lesson", "volume")
    latin = alternation(word for kind in kinds for word in labels(kind))
    chinese = alternation(word for kind in kinds for word in labels(f"{kind}-zh"))
    return re.compile(rf"第\s*[\d一二三四五六七八九十百]+\s*(?:{chinese})|(?<![\w#])#\s?\d{{1,3}}(?!\d)"
                      rf"|(?<![A-Za-z])(?i:{latin})\.?\s?\d{{1,3}}(?!\d)")


NOT_A_NAME_MARK = re.compile(r"[^\w\s\u3000-\u303f\uff00-\uffef&+#.·•'’!?—–:|/()-]")  # emoji and pictographs
SECTION_NUMBER = r"(?:\d{1,2}\s*[.、)]\s*|[一二三四五六七八九十]{1,3}\s*[、.]\s*)?"  # '1. 精彩瞬间', '二、活动回顾'
SECTION_OPENING = re.compile(rf"(?:{NOT_A_NAME_MARK.pattern}|\s)*{SECTION_NUMBER}")


def _section_opening(part: str) -> int:
    """Where a heading's words begin after the number of its section and the marks it is decorated with
    ('二、', '3.', '⭐️'): what the page's sections are numbered or marked with is no word of a name."""
    return SECTION_OPENING.match(part).end()


def _numbered_zh_title(title: str, line: int, blocks: list[Block]) -> Found | None:
    """A Chinese page titled by one numbered episode, lesson or issue of a series ('Contoso 夜话 Vol.5',
    'EP12 — Title', '第 3 课 Title', '开源行 · #02 星河大学'), where no rule above found a name, names that
    gathering by its whole title: the series and its number say which one it was. The page's title, else its first heading."""
    if not title:
        first = next((block for block in blocks[:1] if block.is_title), None)
        title, line = (first.text, first.number) if first else ("", line)
    name = " ".join(NOT_A_NAME_MARK.sub(" ", _recap_words().sub("", _without_title_tag(title))).split())
    if not CJK.search(name) or not _series_number().search(name):
        return None
    return Found(name, Span(line, line), "the event name is the title of one numbered episode of a series")


TITLE_TAG = re.compile(r"^\s*【(?P<tag>[^】]+)】\s*(?P<rest>.*)$")


def _without_title_tag(title: str) -> str:
    """'【工作坊】Contoso 入门实战', '【2031 青禾开发者大会】讲师来袭', '【青禾社区技术分享活动】': a tag in 【】
    opening a Chinese title files the post ('工作坊', '直播', a host's name) and is no part of the name,
    unless it is the name itself: it names an event, or it is the whole title."""
    tagged = TITLE_TAG.match(title)
    if not tagged:
        return title
    tag, rest = tagged.group("tag").strip(), tagged.group("rest").strip(" ！!")
    return tag if not rest or event_phrase(tag) else rest


def _title_part_said_to_take_place(title: str, line: int, blocks: list[Block]) -> Found | None:
    """'FC21: Contoso and the State of Storage' and 'Last week, FC21 brought together…':
    a part of the title with no event word that the text says took place names the event."""
    for part in TITLE_SEPARATORS.split(title):
        part = part.strip()
        if not re.fullmatch(r"[A-Z][\w&+.-]*(?:\s+[A-Z0-9][\w&+.-]*){0,3}", part) or plain_words(part) or person_name(part):
            continue
        if any(event_context_after().match(block.text[block.text.find(part) + len(part):])
               for block in blocks[:NAME_WINDOW] if part in block.text and block.kind != "field"):
            return Found(part, Span(line, line), "the event name is a part of the title the text says took place")
    return None


TITLE_NAME_YEAR = re.compile(r"(?P<name>[A-Z][\w&+.'-]*(?:\s+[A-Z][\w&+.'!-]*){0,2})\s+(?:19|20)\d\d")
YEARLY_NOTES = re.compile(rf"(?P<body>{TITLE_NAME_YEAR.pattern})\s*(?:[-–—:]\s*)?(?i:notes)\s*$")
"""'Contoso 2031 - Notes', 'Contoso 2031 Notes': notes that end a title after a name and its year are the notes
of that year's meeting (not 'Release Notes', nor 'Notes from a Tuesday')."""
BARE_NAME_HELD = re.compile(r"(?i)^\s+(?:was\s+|is\s+)?(?:held|hosted|organi[sz]ed)\s+(?:in|at)\b")


def _title_name_with_year(title: str, line: int, blocks: list[Block]) -> Found | None:
    """'Contoso 2019 - Lyon, France' over 'Contoso was held in Lyon', 'an event of Contoso held in…' or
    'attending Contoso': a title part that is a name and its year, with no event word, whose name the
    text says took place or was attended, names the event (a yearly meeting called only by its name).
    A title that is only the name and its year (and its place: 'Contoso 2019, Lyon, France') names it
    when the text names it at all ('Contoso 2019 was my first Contoso')."""
    parts = [_without_headline_verb(part.strip()) for part in TITLE_SEPARATORS.split(title) if part.strip()]
    for part in parts:
        named = TITLE_NAME_YEAR.fullmatch(part)
        leading = None if named else TITLE_NAME_YEAR_THEN_CJK.match(part)
        inside = None if named or leading else _name_with_year_inside(part, blocks)
        if inside:  # 'Contoso 2031 Dates Announced', 'Join us for Contoso Go! 2031' over '… see you at Contoso Go! 2031.'
            return Found(inside, Span(line, line), "the event name is a name and its year in the title that the text says takes place")
        name = (named or leading).group("name") if named or leading else ""
        if not name or plain_words(name) or person_name(name) and not _brand_and_city(name):
            continue
        if leading:  # 'Contoso Forward Asia 2031 议题征集令' over '…Contoso Forward Asia 2031 倾情来袭…将于…举办'
            if _named_again_and_held(name, blocks):
                return Found(leading.group(0), Span(line, line), "the event name is the Latin name and year opening the title")
            continue
        whole_title = all(other == part or _only_a_place(other) for other in parts)
        for block in blocks[:NAME_WINDOW]:
            if whole_title and re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", block.text) and block.kind != "field":
                return Found(part, Span(line, line), "the event name is the title, a name and its year, that the text names")
            at = block.text.find(name) if block.kind != "field" else -1
            rest = block.text[at + len(name):] if at >= 0 else ""
            if at >= 0 and not re.match(r"[\w.-]", rest) and (EVENT_CONTEXT_BEFORE.search(block.text[max(0, at - 40):at])
                                                           or event_context_after().match(rest) or BARE_NAME_HELD.match(rest)):
                return Found(part.strip(), Span(line, line), "the event name is a part of the title the text says took place")
    return None


HAPPENED_AFTER = re.compile(r"^\s+(?:(?:has|have)\s+)?(?:happened|took place|was held|kicked off|wrapped up)\b"
                            r"|^\s+(?:will\s+(?:be\s+held|take\s+place|happen|kick\s+off|be\s+back|return)|takes\s+place|is\s+(?:taking\s+place|being\s+held))\b")
AT_OPENING = re.compile(r"(?:^|[.!?]\s+)[*_]*At\s+(?:the\s+)?$")  # 'At Contoso Lyon 2031, Jane Doe presented …'


def _name_with_year_said_to_happen(blocks: list[Block]) -> Found | None:
    """'Well, Contoso 2031 happened and …', 'Last week Contoso 2031 took place': a name and its year (no event
    word, no plain words, no person, month or place) that a sentence of the text says happened (or will take place,
    'Contoso 2031 will be back in Lyon!') right after it,
    or that a sentence opens with as where something happened ('At Contoso Lyon 2031, Jane Doe presented …'),
    names the event of a page whose title names none ('Thank you for a great 2031!')."""
    for block in blocks[:NAME_WINDOW]:
        for match in TITLE_NAME_YEAR.finditer(block.text) if block.kind != "field" else ():
            name = _without_leading_words(match.group("name"))
            at_opening = block.text[match.end():].startswith(",") and AT_OPENING.search(block.text[:match.end("name") - len(name)])
            if plain_words(name) or _a_person_month_or_place(name) and not (at_opening and _brand_and_country(name)):
                continue  # 'At Contoso France 2031, …': a brand and a country is an event series held there
            if HAPPENED_AFTER.match(block.text[match.end():]) or at_opening:
                return Found(f"{name} {match.group(0)[len(match.group('name')):].strip()}", block.span,
                             "the event name is a name and its year the text says happened")
    return None


def _without_leading_words(name: str) -> str:
    """'Last Contoso', 'In October Contoso': the words of the sentence before a name are dictionary words."""
    tokens = name.split()
    while len(tokens) > 1 and dictionary_word(tokens[0]):
        tokens = tokens[1:]
    return " ".join(tokens)


def _a_person_month_or_place(name: str) -> bool:
    """What a name written before a year may be other than an event's: a person's ('Jane Doe 2031'), a month
    ('October 2031') or a place ('Europe 2031')."""
    return bool(person_name(name) and probably_a_person(name) or name.split()[0].casefold() in dates.MONTHS
                or _only_a_place(name))


LONGER_NAME_BEFORE = re.compile(r"[A-Z][\w&+.'!-]*\s+$")  # 'ContosoCon ' before 'Europe 2031': that is a longer name's end


def _name_with_year_inside(part: str, blocks: list[Block]) -> str | None:
    """A name and its year among other words of a title part ('Contoso 2031 Dates Announced', 'The Call for
    Papers for Contoso Go! 2031 is open') that the text writes again, year and all, where it takes place
    ('see you at Contoso Go! 2031', 'for Contoso 2031! The conference will be held …', also when that
    sentence starts the next line): the event's name, even in plain words ('All Hands 2031'), as the year
    and the context vouch for it; not a person's nor a place's ('Europe 2031'), and not written as the end of a
    longer name ('… ContosoCon Europe 2031 took place')."""
    texts = [block.text for block in blocks[:NAME_WINDOW] if block.kind != "field"]
    for match in TITLE_NAME_YEAR.finditer(part):
        name, named = match.group("name"), match.group(0)
        if _a_person_month_or_place(name):
            continue
        for text, following in zip(texts, texts[1:] + [""]):
            for at in (found.start() for found in re.finditer(rf"(?<![\w-]){re.escape(named)}(?![\w-])", text)
                       if not LONGER_NAME_BEFORE.search(text[:found.start()])):
                after = text[at + len(named):]
                after = f"{after} {following}" if not after.strip(" .!*_") else after  # the name ends its line
                if EVENT_CONTEXT_BEFORE.search(text[max(0, at - 40):at]) or event_context_after().match(after):
                    return named
    return None


@cache
def _headline_verb_opening() -> re.Pattern:
    return re.compile(rf"(?i)^(?:{alternation(words('headline_verbs'))})\s+(?=[A-Z0-9])")


def _without_headline_verb(part: str) -> str:
    """'Announcing Contoso 2031' -> 'Contoso 2031': a title part that opens with a headline verb
    (data/headline_verbs.txt) names the event after it."""
    return _headline_verb_opening().sub("", part, count=1)


def _brand_and_city(name: str) -> bool:
    """'ContosoJS Lyon': a coined word (a capital inside it after two lower-case letters: 'ContosoJS',
    'FabrikamLive'; not 'DeShawn', 'McKay') and then a city is an event series in that city, not a person
    ('Dana Lyon')."""
    first, _, rest = name.partition(" ")
    return bool(re.search(r"[a-z]{2}[A-Z]", first)) and places.city(rest) is not None


NAME_IN_CITY_YEAR = re.compile(r"(?<![\w.])(?P<name>[A-Z][\w&+.'-]*(?:\s+[A-Z][\w&+.'-]*){0,2})\s+in\s+"
                               r"(?P<city>[A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+)?)\s+(?P<year>(?:19|20)\d\d)\b")
TITLE_LINE_WORDS = 12  # a line this short that ends without a full stop reads as a title
GERUND = re.compile(r"[A-Z][a-z]+ing\b")  # 'Scaling Contoso in Lyon 2031' is a talk's title, not an event's name


def _name_in_city_with_year(title: str, line: int, blocks: list[Block]) -> Found | None:
    """'Revisiting the FabrikamLive in Lyon 2031': a name, 'in' a known city and a year, in the title or
    a title-like line of the first ones (short, no full stop), names the event as 'FabrikamLive Lyon 2031'
    (neither the name nor the city plain words, the name no person's)."""
    lines = [(title, line)] + [(block.text, block.number) for block in blocks[:NAME_WINDOW]
                               if block.kind != "field" and len(block.text.split()) <= TITLE_LINE_WORDS
                               and not block.text.rstrip(" *_").endswith(".")]
    for text, number in lines:
        for match in NAME_IN_CITY_YEAR.finditer(text):
            name, city, year = match.group("name", "city", "year")
            if GERUND.match(name) or plain_words(name) or person_name(name) and probably_a_person(name) or not places.city(city):
                continue
            return Found(f"{name} {city} {year}", Span(number, number), "the event name is a name, 'in' its city and its year")
    return None


LOWERCASE_COINAGE = re.compile(r"(?<![\w./@#-])[a-z]{2,}(?:con|conf)(?![\w./-])")


def _lowercase_coinage(title: str, line: int, blocks: list[Block]) -> Found | None:
    """'fabricon is done' over '… the rest of fabricon that ended two days ago': a '-con' coinage written in
    lower case (no English word: 'falcon', 'icon') in the title, that the text names again, is the event."""
    for match in LOWERCASE_COINAGE.finditer(title):
        word = match.group(0)
        if not dictionary_word(word) and any(re.search(rf"(?<![\w./-]){word}(?![\w./-])", block.text, re.IGNORECASE)
                                             for block in blocks[:NAME_WINDOW] if block.number != line and block.kind != "field"):
            return Found(word, Span(line, line), "the event name is a '-con' coinage the title writes in lower case")
    return None


def _opening_name_with_year(opening: Block | None, blocks: list[Block]) -> Found | None:
    """A page without a front-matter title opens with its title line: 'Contoso Lyon 2031' there, a name
    and its year, names the event as such a title does when the rest of the text names it too (a line with
    an event word is read for it as any opening line is), and 'Fabrikam at Contoso Lyon' as a title says what happened at."""
    if opening is None or CJK.search(opening.text) or event_phrase(opening.text):
        return None
    rest = [block for block in blocks if block is not opening]
    return _title_name_with_year(opening.text, opening.number, rest) or _title_at_name_with_year(opening.text, opening.number, rest)


TITLE_NAME_YEAR_THEN_CJK = re.compile(rf"{TITLE_NAME_YEAR.pattern}(?=\s*[\u4e00-\u9fff])(?!\s*年)")  # not '2031 年度总结'


def _named_again_and_held(name: str, blocks: list[Block]) -> bool:
    """A Chinese post that writes the name again in its text and says an event is held ('将于…举办')."""
    texts = [block.text for block in blocks[:NAME_WINDOW] if block.kind != "field"]
    return any(name in text for text in texts) and any(CJK_HELD.search(text) for text in texts)


def _only_a_place(text: str) -> bool:
    """'Lyon, France', 'Springfield, Illinois, USA': a title part that is a place and nothing more."""
    place = places.parse_place(text)
    return bool(place.get("city") or place.get("country")) and len(text.split()) <= 4


TITLE_AT_NAME_YEAR = re.compile(r"(?:\bat|(?<!\S)@)\s+(?:the\s+)?(?P<name>(?:[A-Z]|\d+[A-Za-z])[\w&+./'-]*(?:\s+[A-Z][\w&+./'-]*){0,2})"
                                r"(?:\s+(?P<year>(?:19|20)\d\d)\b|\s*$)")


def _title_at_name_with_year(title: str, line: int, blocks: list[Block]) -> Found | None:
    """'Fabrikam at Contoso I/O 2031: videos', 'Our talks at Northwind Loop 2029': a name and its year
    that the title says something happened at name the event, with no event word (neither a place,
    a month nor one dictionary word: 'at Lyon 2030', 'at Scale 2030'). A title ending 'at' the name
    alone ('Fabrikam at Contoso Lyon') takes the year the text writes after the name ('during the
    recent Contoso Lyon 2031')."""
    for match in TITLE_AT_NAME_YEAR.finditer(title):
        name = match.group("name")
        if len(name.split()) == 1 and plain_words(name) or person_name(name) and probably_a_person(name) \
                and not _brand_and_country(name) or places.city(name) or places.country_code(name) \
                or name.split()[0].casefold() in dates.MONTHS:
            continue
        year = match.group("year") or _year_written_after(name, line, blocks)
        if year:
            return Found(f"{name} {year}", Span(line, line), "the event name is what the title says happened at")
        if _coined_token(name) and _said_to_be_at(name, line, blocks):
            return Found(name, Span(line, line), "the event name is what the title and the text say someone is at, without its year")
    return None


def _coined_token(name: str) -> bool:
    """'CONTOSOCON', 'FCON', '31c3': one word in capitals or of letters and digits, no dictionary word, no well-known
    organization ('at IBM' is a workplace) and no place: the short name of a gathering."""
    return " " not in name and bool(re.fullmatch(r"[A-Z]{3,}|(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z\d]{3,}", name)) \
        and not dictionary_word(name) and name not in well_known() and not places.city(name) and not places.country_code(name)


AT_BEFORE = re.compile(r"(?i)\b(?:at|attend(?:ed|ing)?|during)\s+(?:the\s+)?\W*$")  # '… at ', not '… of ' ('of Contoso property')


def _said_to_be_at(name: str, line: int, blocks: list[Block]) -> bool:
    """The text, outside the title's line, says someone is, was or will be at the name ('present at CONTOSOCON in the coming
    days', 'contributors were at 31c3 this past December')."""
    at = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
    return any(AT_BEFORE.search(block.text[max(0, found.start() - 40):found.start()])
               for block in blocks[:NAME_WINDOW] if block.number != line and block.kind != "field"
               for found in at.finditer(block.text))


def _heading_at_name_with_year(title: str, blocks: list[Block]) -> Found | None:
    """A page whose front matter has a title and whose text opens with its own heading ('Contoso, and
    Northwind Loop 2029' over '= Contoso and Fabrikam at Northwind Loop 2029'): that heading is a title too."""
    heading = blocks[0] if title and blocks and blocks[0].is_title else None
    return _title_at_name_with_year(heading.text, heading.number, blocks) if heading else None


def _year_written_after(name: str, line: int, blocks: list[Block]) -> str | None:
    """The year the text first writes right after a name ('… at the recent Contoso Lyon 2031.'), outside the title's line."""
    after = re.compile(rf"(?<![\w-]){re.escape(name)}\s+((?:19|20)\d\d)(?![\w-])")
    found = (after.search(block.text) for block in blocks[:NAME_WINDOW] if block.number != line)
    return next((match.group(1) for match in found if match), None)


def _brand_and_country(name: str) -> bool:
    """'Contoso Belgium': a name and then a country is an event series held there, not a person."""
    head, _, country = name.rpartition(" ")
    return bool(head) and places.country_code(country) is not None


EVENT_CONTEXT_BEFORE = re.compile(r"(?i)(?:\bat|\battend(?:ed|ing)?|\bhosted(?:\s+its)?|\bheld|\bduring|\bjoin(?:ed|ing)?(?:\s+us\s+at)?|\bwelcome\s+to|"
                                  r"\borgani[sz]ed|\bof|\bfrom|\d(?:st|nd|rd|th)?,)\s+(?:the\s+)?(?:(?:first|second|third|"
                                  r"\d+(?:st|nd|rd|th)|inaugural|annual)\s+)?\W*$")
@cache
def event_context_after() -> re.Pattern:
    """'Contoso 2031 took place in Lyon', and in the next sentence, 'Contoso 2031. It was held in Lyon' or
    'for Contoso 2031! The conference will be held on …' (the event called by its kind, data/event_words.txt);
    'Contoso 2031 will be the tenth conference…' (an edition of a series); 'open for Contoso 2031 (Sept.
    28th-30th)': the days it is held, in brackets right after its name."""
    kind = alternation(words("event_words"))
    return re.compile(rf"(?i)^(?:[^.!?]{{0,120}}?|[.!]\s+(?:It|(?:The|This)\s+(?:{kind}))\s+)\b(?:took place|was held|will be held|"
                      r"takes place|will take place|kicked off|is taking place|brought together|gathered|was a success|starts|begins|"
                      r"(?:will be|is|was)\s+(?:the|our)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|"
                      r"ninth|tenth|\d+(?:st|nd|rd|th)|inaugural|annual)\b)"
                      rf"|^\s*\(\s*(?:{dates.MONTH_NAME})\.?\s+\d")


def _in_event_context(phrase: str, text: str) -> bool:
    """A name the sentence says took place or was attended ('at the X', 'X took place'), not one
    only mentioned."""
    at = text.find(phrase)
    return at >= 0 and bool(EVENT_CONTEXT_BEFORE.search(text[max(0, at - 40):at])
                            or event_context_after().match(text[at + len(phrase):]))


def _placed(phrase: str, text: str) -> bool:
    """A name the text gives with its place: 'the Contoso Summit in Lyon this past May', a
    dateline 'CONTOSO SUMMIT, Lyon, France – May 4, 2021' or 'Lyon, France – Contoso Summit –
    4 May 2021'. A name only mentioned ('a product shown at Contoso Summit'; 'the Titan and
    Summit systems') names no event the text reports."""
    at = text.find(phrase)
    after = text[at + len(phrase):].lstrip(" *_")
    placed_after = re.match(r"(?:,\s*|in\s+(?:the\s+)?)((?:[A-Z][A-Za-z]+\s?){1,3})", after)
    if placed_after and any(places.city(" ".join(placed_after.group(1).split()[:size])) for size in (3, 2, 1)):
        return True
    if any(offset <= len("in the ") for offset, _, _ in places.unlisted_cities(after[:80])):
        return True  # 'the Contoso Summit in Fairhaven, Norway': a town the gazetteer does not know
    head = places.dateline(text[:at].rstrip(" *_–—-")) if at > 0 else None
    return bool(head and places.parse_place(head).get("city"))


def _said_held(phrase: str, text: str) -> bool:
    """'第三届星河日在北京举行', '콘토소 서밋 2024가 … 열렸다': a Chinese or Korean sentence that
    says the named event was held."""
    rest = text[text.find(phrase) + len(phrase):]
    return bool(CJK_HELD.search(re.split(r"[。！？.!?]", rest)[0]))


ZH_THIS_WORDS = r"(?:本次|此次|这次|本届|本期|这场)"
ZH_THIS_IS = re.compile(rf"{ZH_THIS_WORDS}(?:(?:活动)?(?:为|是))?\s*$")  # '本期为星河 Meetup#2', '本届星河挑战赛的报名'
ZH_SPOKEN_AT = re.compile(r"^\s*(?:现场|上)?的?(?:主题)?(?:分享|演讲)")


def _called_this(phrase: str, text: str) -> bool:
    """A Chinese sentence that says the post reports the named event: this edition is it
    ('本期为星河 Meetup#2', '本届星河挑战赛的报名…': the event named right after 'this'), the talk written up was given there ('…于星河 Meetup#9 上的分享整理'),
    or the name carries its city's station ('星河 Meetup 杭州站')."""
    at = text.find(phrase)
    return at >= 0 and bool(places.city_station(phrase) or (at > 0 and ZH_THIS_IS.search(text[:at]))
                            or ZH_SPOKEN_AT.match(text[at + len(phrase):]))


def _prize_or_talk_there(phrase: str, text: str) -> bool:
    """A Chinese sentence that says the writers won a prize at the named event ('最终获得了星河 Hackathon 2031
    的二等奖', '在星河 Hackathon 2031 中获得了一等奖') or that the talk written up was given there ('在星河 DevCon
    2031 上，周岚分享了…'): the post reports that event."""
    at = text.find(phrase)
    return at >= 0 and CJK.search(text) is not None and bool(ZH_PRIZE_OR_TALK_AT.match(text[at + len(phrase):]))


ZH_PRIZE_OR_TALK_AT = re.compile(r"\s*(?:(?:中|上)?\s*(?:的|获得了?|荣获|斩获)\s*(?:[一二三]等奖|特等奖|冠军|亚军|季军|优胜奖|最佳)"
                                 r"|上\s*[，,][^。！？]{0,30}?(?:分享|演讲|发表|介绍)了?)")


NAME_WINDOW = 60  # blocks from the top in which a name stated only in the text is looked for


def _without_trailing_day(text: str) -> str:
    """'Contoso SBOM team minutes, May 25, 2022', 'Contoso Tech Team Meeting 2024-05-07': the day
    that ends a meeting's title (perhaps with its hour) is when it met, no part of its name."""
    found = [day for day in dates.find_dates(text) if day.has_year]
    if not found or dates.words_beside_date(text[found[-1].position:]):
        return text
    return text[:found[-1].position].rstrip(" ,;:|–—-") or text


def _event_words_only(text: str) -> bool:
    """'Conference', 'Summit Day', 'Talk', 'Keynote': words that say what kind of event or program item,
    naming none (data/event_words.txt, data/talk_nouns.txt)."""
    return all(word.casefold() in _kinds_of_event() | _talk_words() for word in text.split())


@cache
def _talk_words() -> frozenset[str]:
    """The talk nouns (data/talk_nouns.txt) and their plurals, for looking one word up."""
    nouns = words("talk_nouns")
    return frozenset(nouns + english_plurals(nouns))


@cache
def _kinds_of_event() -> frozenset[str]:
    """The event words (data/event_words.txt), for looking one word up."""
    return frozenset(words("event_words"))


@cache
def _event_kind_pattern() -> re.Pattern:
    nouns = words("event_words") + words("event_nouns") + words("talk_nouns")
    return re.compile(alternation(nouns + english_plurals(nouns) + words("event_kinds_zh")), re.IGNORECASE)


def names_an_event_kind(text: str) -> bool:
    """'Join us at the Contoso meetup', '星河社区活动报名', 'A talk at Fabrikam': the text holds an event word
    (data/event_words.txt, a Latin one as a whole word), a general noun for an event (data/event_kinds_zh.txt,
    data/event_nouns.txt) or for a talk, which is given at one (data/talk_nouns.txt), also in the plural ('meetings', 'talks')."""
    return bool(text) and _event_kind_pattern().search(text) is not None


@cache
def cjk_held_forms() -> tuple[str, ...]:
    """CJK_HELD's verbs, each also in traditional characters ('舉行', '舉辦')."""
    return tuple(form for verb in CJK_HELD.pattern.split("|") for form in (verb, *traditional_forms(verb)))


@cache
def _held_pattern() -> re.Pattern:
    """HELD, its Chinese verbs also in traditional characters."""
    return re.compile(HELD.pattern + "|" + "|".join(cjk_held_forms()))


def says_held(text: str) -> bool:
    """'Contoso 2031 took place in Lyon', '星河大会在杭州举行', '…在西安如期舉行': the text says an event took place."""
    return _held_pattern().search(text) is not None


SMALL_WORD = 3  # letters at most of the small words inside a name ('Festival of the Arts', 'Camp on Contoso')


def _every_word_capitalized(text: str) -> bool:
    """'ContosoConf 2031', 'Festival of the Arts', 'Party @Contoso', 'Contoso SBOM team': a name; 'Code
    of Conduct transparency' (a section before 'report') is a phrase: a longer lowercase word that
    is no body that meets (data/meeting_bodies.txt)."""
    return all(not word[:1].islower() or len(word) <= SMALL_WORD or word in words("meeting_bodies") for word in text.split())


def event_phrase(text: str) -> str | None:
    """The event's name in a title or sentence: what a recap word announces ('ContosoConf Trip
    Report', 'Reporting from X 2015, …'), the part of a Chinese title that names the event, else
    an English phrase ending in an event word, with the region, year or subject that follows it
    ('Contoso Summit Europe 2019', 'Workshop on Open Racks for HPC')."""
    cleaned = re.sub(r"^\[[^\]]*\]\s*", "", _without_title_tag(text.strip())).strip("《》")  # '【活动回顾】《Name》'
    cleaned = HOST_AFTER_AT.sub("", cleaned)
    cleaned = _without_trailing_day(cleaned) if re.search(r"\d\W*$", cleaned) and not ZH_DAY_IN_BRACKETS.search(cleaned) else cleaned
    recap = _recap_words().search(cleaned) or _meeting_notes().search(cleaned) or YEARLY_NOTES.search(cleaned)
    cleaned = YEARLY_NOTES.sub(r"\g<body>", _meeting_notes().sub(r"\g<body>", _recap_words().sub("", cleaned))).strip()
    if recap and not CJK.search(cleaned):
        named = TITLE_SEPARATORS.split(cleaned)[0].strip()
        bigger = AT_THE_BIGGER_EVENT.match(named)
        named = named[bigger.end():] if bigger and not plain_words(named[bigger.end():]) else named
        if 1 <= len(named.split()) <= 6 and re.match(r"[A-Z0-9]", named) and not _phrase_with_event_word(named) \
                and not _event_words_only(named) and _every_word_capitalized(named):
            return named  # 'ContosoConf Trip Report', 'Contoso.EU 2031 Review': what the recap looks back on; 'Conference Recap' names none
    if CJK.search(cleaned):
        for part in TITLE_SEPARATORS.split(cleaned):
            phrase = _zh_event_phrase(_recap_words().sub("", ZH_DAY_IN_BRACKETS.sub("", part)).strip())
            if phrase:
                return phrase
    if HANGUL.search(cleaned):
        phrase = _ko_event_phrase(cleaned)
        if phrase:
            return phrase
    cleaned = _sub_up_to_last(BRACKETED, ")）", " ", cleaned)
    one_day = DAY_OF_EVENT.search(cleaned)
    if one_day and event_phrase(cleaned[:one_day.start()]):  # the event's name, not the day's
        return event_phrase(cleaned[:one_day.start()])
    return _phrase_with_event_word(cleaned)


AT_THE_BIGGER_EVENT = re.compile(r"^[A-Z][\w.&+-]*(?:\s+[A-Z][\w.&+-]*)?\s+at\s+(?:the\s+)?(?=[A-Z0-9])")
"""'Fabrikam at Contoso 2031: the Report': a project's booth or talk at a bigger event; the report is of that event."""


HOST_AFTER_AT = re.compile(r"(?<=\S)\s+@[A-Z][\w.&-]*\s*$")
"""'… Birthday Party @Contoso' at the end of a title: the company that hosts the event, no part of its name
('Contoso @ FabrikamCon', with a space after '@', is a project at another event)."""


ZH_DAY_IN_BRACKETS = re.compile(r"\s*[（(]\s*(?:19|20)\d\d\s*[/.年-]\s*\d{1,2}[^（）()]*[)）]\s*$")
"""The day of a meeting in brackets at the end of its notes' title ('星河社区双周会纪要（2031/03/12）'):
no part of the name, and the notes word before it ('纪要') goes too."""


def _phrase_with_event_word(text: str) -> str | None:
    """The first phrase of `text` that ends in an event word and is a name, with what extends it;
    not one day of an event ('Day Two at the Contoso Conference' is the Contoso Conference's)."""
    for match in event_phrase_pattern().finditer(text):
        if _a_day_of_the_event(match) or _a_time_called_by_a_titled_word(match):
            continue
        phrase = _trimmed_name(match.group(0)[:match.start("tail") - match.start()], match.group("tail"),
                               text[match.end():])
        stop = SENTENCE_END_IN_MATCH.search(match.group(0)) if not phrase else None
        if stop:  # 'I am back from ContosoDay NYC. The conference was…': the name ends its sentence
            phrase = _phrase_with_event_word(text[match.start():match.start() + stop.end()])
            if phrase:
                return phrase
        if phrase and not _host_event().match(text, text.find(phrase) + len(phrase)):
            return _without_kind_after_year(phrase) + _region_after_dash(text[text.find(phrase) + len(phrase):])
    return None


REGION_AFTER_DASH = re.compile(r"^\s+[-–—]\s+(?P<region>[A-Za-z][A-Za-z ]{1,20}?)\s*$")


def _region_after_dash(rest: str) -> str:
    """' - ASIA' alone after a meeting's name at the end of its title ('Contoso Tech Team Meeting -
    ASIA'): the region of that meeting's series (data/regions.txt), part of its name."""
    region = REGION_AFTER_DASH.match(rest)
    return f" - {region.group('region')}" if region and region.group("region").casefold() in words("regions") else ""


SENTENCE_END_IN_MATCH = re.compile(r"(?<=\w)[.!?](?=\s+[A-Z])")


KIND_AFTER_YEAR = re.compile(r"(?P<name>\S.*\s(?:19|20)\d\d)\s+(?P<kind>[a-z][a-z-]*)")


def _without_kind_after_year(phrase: str) -> str:
    """'the Contoso 2031 conference': a name that ends in its year, then the kind of event in lower case,
    a common noun that is no part of the name ('Contoso 2031')."""
    named = KIND_AFTER_YEAR.fullmatch(phrase)
    return named.group("name") if named and named.group("kind") in _kinds_of_event() else phrase


def _a_time_called_by_a_titled_word(match: re.Match) -> bool:
    """'This Week', 'Last Night': a titled event word (data/titled_event_words.txt) after common words only,
    which says when, naming no event ('This Week in Contoso' is a newsletter)."""
    head = match.group(0)[:match.start("tail") - match.start()].split()
    titled = [i for i, word in enumerate(head) if word.casefold() in words("titled_event_words")]
    return bool(titled) and all(word.casefold() in _common_words() for word in head[:titled[-1]])


@cache
def _common_words() -> frozenset[str]:
    return frozenset(words("common_words"))


DAY_COUNTED = re.compile(r"(?i)\s+(?:\d{1,2}|one|two|three|four|five)\b")


def _a_day_of_the_event(match: re.Match) -> bool:
    """'Day 2', 'DAY TWO': the event word 'day' with the count of a day, which names a day of an event, no event."""
    head = match.group(0)[:match.start("tail") - match.start()]
    return bool(re.search(r"(?i)\bday$", head.rstrip())) and bool(DAY_COUNTED.match(match.group("tail")))


BRACKETED = re.compile(r"[（(][^)）]*[)）]")  # '(…)', '（…）'


def _sub_up_to_last(pattern: re.Pattern, last_characters: str, replacement: str, text: str) -> str:
    """`pattern.sub(replacement, text)` for a pattern whose every match ends in one of `last_characters`:
    what follows the last of them holds no match and is not searched, so a line of a thousand unclosed
    '(' or Chinese words with no break is read in linear time, not quadratic."""
    end = max(text.rfind(character) for character in last_characters) + 1
    return pattern.sub(replacement, text[:end]) + text[end:]


@cache
def _host_event() -> re.Pattern:
    """'FabrikamCon 2019 Co-Located Event', 'X satellite event': the event the reported one is held
    beside, not the reported one."""
    return re.compile(rf"\s*[-–:]?\s*(?i:{alternation(labels('host-event'))})\b")


def _trimmed_name(head: str, tail: str, after: str = "") -> str | None:
    """The words of a name: those after the last break before the event word, none of them only
    an opener ('our', 'these'), and of the words after it those that extend a name (a year, a
    region, 'on Subject'). One event word alone ('the Summit') names nothing, nor does one that a
    building's head follows ('the Lyon Congress Centre', data/building_heads.txt): a venue's name."""
    if next(iter((tail or after).split()), "").casefold() in words("building_heads"):
        return None
    head = _name_breaks().split(head.strip())[-1].strip()
    words_before = head.split()
    if len(words_before) > 2 and words_before[1] == "of" and words_before[0].casefold() in words("section_headings"):
        words_before = words_before[2:]  # 'Schedule of the Contoso Devroom': a part of the page, then the name
    words_before = _without_city_for(words_before)
    possessive = bool(words_before) and words_before[0].casefold() in POSSESSIVES
    while len(words_before) > 1 and (words_before[0].casefold() in NAME_OPENERS or words_before[0] == "the"):
        words_before.pop(0)  # 'of the Contoso Summit' (after a word no name holds) is 'Contoso Summit'
    if possessive and words_before[0].casefold() in ORDINALS:
        return None  # 'My First Big Tech Conference': which of the writer's conferences, no name
    kept = []
    tail_words = tail.split()
    at = 0
    while at < len(tail_words):
        word = tail_words[at]
        if word in ("on", "for", "of"):
            subject = []
            for following in tail_words[at + 1:]:
                if following[:1].isupper() and following.casefold().strip(".,") not in dates.MONTHS:
                    subject.append(following)
                else:
                    break
            if not subject:
                break
            kept += [word, *subject]
            at += 1 + len(subject)
            continue
        following = tail_words[at + 1] if at + 1 < len(tail_words) else next(iter(after.split()), "")
        if not _name_extension(word, following):
            break
        two_words = f"{word} {following.strip('.,')}"
        two_word_place = two_words.casefold() in words("regions") or bool(following[:1].isupper() and places.city(two_words))
        kept += [word, following] if two_word_place else [word]  # 'North America', 'San Jose', not 'North', 'San'
        at += 2 if two_word_place else 1
    phrase = " ".join(words_before + kept).strip(" .,")
    named = [word for word in words_before + kept if not re.fullmatch(r"\d{1,2}[.,]?", word)]  # 'Day 2' is no name
    if _only_event_words(named) or _a_platform_call(named):  # 'Webinar & Conference', 'Meetups and Hackathons': a newsletter's section
        return None
    if len(named) >= 2 or ONE_WORD_NAME.search(phrase):
        return phrase
    return None


def _without_city_for(words_before: list[str]) -> list[str]:
    """'(Contoso in) Lyon for Fabrikam Summit 2031', '(heading to) San Jose for …': the city the
    team goes to and the 'for' before the event's name are no part of it."""
    at = words_before.index("for") if "for" in words_before[1:4] else 0
    return words_before[at + 1:] if at and places.city(" ".join(words_before[:at])) else words_before


def _a_platform_call(named: list[str]) -> bool:
    """'Zoom Meeting', 'Discord Meetup': a meeting service (data/platforms.txt) before the event word says where
    a call is held (an invitation's 'Join the Zoom Meeting'), naming no event."""
    return len(named) >= 2 and " ".join(named[:-1]).casefold() in {name.casefold() for name in words("platforms")}


def _only_event_words(named: list[str]) -> bool:
    """Kinds of events joined, no name among them ('Webinar & Conference', 'Workshops and Meetups')."""
    kinds = _kinds_of_event()
    return len(named) >= 2 and all(word.casefold() in ("&", "and", "+", "/") or word.casefold() in kinds
                                   or word.casefold().removesuffix("s") in kinds for word in named)


def _name_extension(word: str, following: str) -> bool:
    """A word after an event word that is still its name: a year, an edition ('#3', and a number
    that is no day of a month and counts nothing: 'ContosoConf 10', not 'Summit 24 May' or
    'Summit 2 days'), a short region code, a region, a city or a country ('Europe', 'NA', 'Shanghai',
    'New York' with the word after it)."""
    plain = word.strip(".,")
    return bool(re.fullmatch(r"(?:19|20)\d\d|#\d+|[A-Z]{2,3}", plain)) or _edition_number(plain, following) or plain.casefold() in words("regions") \
        or f"{plain} {following}".casefold() in words("regions") or bool(places.city(plain)) \
        or bool(following[:1].isupper() and places.city(f"{plain} {following.strip('.,')}")) \
        or bool(places.country_code(plain)) and plain[:1].isupper() and len(plain) > 3


def _edition_number(word: str, following: str) -> bool:
    following = following.strip(".,;:!?")
    return bool(re.fullmatch(r"\d{1,2}", word)) and following.casefold() not in dates.MONTHS \
        and not (re.fullmatch(r"[a-z]+s", following) and following not in ("was", "is", "has", "does"))


def _longest_form(phrase: str, blocks: list[Block]) -> str:
    """'Summit 2016' in a title, 'Contoso Summit 2016' in the text: the text's longer form of
    the same name (capitalized words before it, or its year after it), when the title gave a
    shortened one."""
    if CJK.search(phrase):
        return phrase
    longer = re.compile(rf"((?:{NAME_WORD}\s+){{0,4}}){re.escape(phrase)}(\s+(?:19|20)\d\d(?![-/.]\d))?\b")  # no '2024-05-07' 
    for block in blocks[:NAME_WINDOW]:
        for match in longer.finditer(block.text):
            head = _without_sentence_opener(_name_breaks().split(match.group(1))[-1].strip() if match.group(1) else "")
            if head and (head.split()[0].casefold() in NAME_OPENERS or _a_verb_in_ing(head.split()[0])):
                head = ""  # 'Streaming Contoso Summit' heads a section on how to watch it, no longer name
            year = match.group(2) if match.group(2) and not re.search(r"(?:19|20)\d\d", phrase) else ""
            if head or year:  # 'Contoso Summit 2016' for 'Summit 2016', 'Contoso Conference 2025' for '… Conference'
                return f"{head} {phrase}{year}".strip()
    dated = re.fullmatch(r"(?P<stem>.+?)(?P<year>\s+(?:19|20)\d\d)", phrase)  # 'Summit 2016', 'our second Contoso Summit'
    longer = _longest_form(dated.group("stem"), blocks) if dated else phrase
    return longer + dated.group("year") if dated and longer != dated.group("stem") and not re.search(r"\d$", longer) else phrase


def _a_verb_in_ing(word: str) -> bool:
    """'Streaming', 'Attending': a dictionary verb with '-ing', what is done with the event; not 'Spring' or
    'Beijing', whose stems are no words."""
    stem = word.removesuffix("ing")
    return stem != word and len(stem) >= 3 and stem.isalpha() and dictionary_word(stem)


def _without_sentence_opener(head: str) -> str:
    """'If Contoso' before 'Summit 2016' in 'If Contoso Summit 2016 went well…': a conjunction or pronoun
    that opens the sentence is no word of the name (data/sentence_openers.txt)."""
    tokens = head.split()
    while tokens and tokens[0].casefold() in words("sentence_openers"):
        tokens.pop(0)
    return " ".join(tokens)


ZH_EDITION = re.compile(r"(?:第[一二三四五六七八九十百零\d]+届|首届)\s*[^，。；！？、：:“”《》()（）]{2,30}?"
                        r"(?=在|于|将|正式|圆满|举行|召开|开幕|落幕|隆重|成功|，|。|；|！|\s*$)")
ZH_HELD_AT = re.compile(r"(?:即?将\s*)?(?:在|于)[^，。；]{1,12}?(?:举行|召开|举办|开幕|落幕|成功举办|隆重举行).*$")  # and '将于周六举行': what is announced
def _without_opening_or_closing_verb(part: str) -> str:
    """'星河挑战赛开启', '星河挑战赛完结撒花', '星河黑客松正式开赛': a contest's name, without the verb a
    headline says it began or ended with (only right after an event word)."""
    verb = ZH_BEGUN_OR_DONE.search(part)
    if not verb or not any(found.end() == verb.start() for found in glued_pattern("event_words").finditer(part)):
        return part
    return part[:verb.start()]


ZH_BEGUN_OR_DONE = re.compile(r"\s*(?:正式)?(?:开启|开赛|开营|完结(?:撒花)?|结赛|结营)[!！~～]*$")
ZH_CLOSED = re.compile(r"(?<=\S)\s*(?:圆满|成功|顺利|隆重|盛大)(?:收官|落幕|闭幕|结束|举办|举行|召开)[!！]*$")
ZH_BREAKS = "，。；、！？的了由在和与将"
ZH_NAME_BOUNDARY = re.compile(rf".*[{ZH_BREAKS}]")
ZH_THIS = re.compile(rf"^(?:.*?{ZH_THIS_WORDS}(?:为|是)?|该|此)")  # '期待此次论坛' names nothing either
ZH_IN_A_SENTENCE = re.compile(r"[，。；！？]|在|于|出征|征战|参战|做客")  # words before a name that make its line a sentence
ZH_SET_OUT_FOR = re.compile(r"^.*(?:出征|征战|参战|做客)")  # 'FDU 社团组队出征星河挑战赛': a team goes to the event the name is
ZH_TITLE_LENGTH = 25  # a title part up to this long is a name; a longer one is a sentence to find the name in


ZH_LEAD_BLOCKS = 3  # paragraphs from the top of a Chinese recap in which its opening sentence stands
ZH_LEAD_HELD = re.compile(r"^(?P<name>[^。！？!?]{2,80}?)\s*(?:将|已|即将)?(?:于|在)[^。！？!?，]{0,40}?"
                          r"(?:圆满|成功|顺利|隆重|盛大)?(?:举行|举办|召开|开幕|落幕|闭幕|收官)")


def _zh_lead_held_name(blocks: list[Block]) -> Found | None:
    """'由星河社主办的 2020 星河开源年会于 5 月 9 日在成都圆满收官。': a Chinese recap's opening
    sentence says which event was held; its name is the words before 于/在, from the last break."""
    paragraphs = [block for block in blocks if block.kind == "paragraph" and not block.is_title][:ZH_LEAD_BLOCKS]
    for block in paragraphs:
        held = ZH_LEAD_HELD.match(block.text)
        name = _zh_name_start(held.group("name")).strip("「」《》“”") if held else ""
        if _ends_a_name(name) and not ZH_THIS.match(name):
            return Found(name, block.span, "the event name is taken from the recap's opening sentence")
        quoted = ZH_QUOTED_NAME_LAST.search(held.group("name").strip()) if held else None
        if quoted:  # '第三期《开源之夜》在成都举行': the marks set the name apart, with no event word in it
            return Found(quoted.group("name"), block.span, "the event name is the quoted name the opening sentence says was held")
    return None


ZH_HOLDS = re.compile(r"(?:举办|举行|召开)了?\s*(?P<name>[^，。；！？,;!?]{2,40}?)\s*(?=[，。；！？,;!?]|$)")
# '我们将在星河大学举办 Contoso 用户组线下沙龙，…': the event a sentence says someone holds, as its object


def _zh_lead_holds_name(blocks: list[Block]) -> Found | None:
    """'2031年5月24日，我们将在星河大学举办 Contoso（杭州用户组）线下沙龙，欢迎…': a Chinese post's opening
    sentence says which event its writers hold; its name is what follows the verb, up to the break, when
    it ends in an event word (data/event_words.txt) after words of its own ('一场沙龙' names nothing)."""
    paragraphs = [block for block in blocks if block.kind == "paragraph" and not block.is_title][:ZH_LEAD_BLOCKS]
    for block in paragraphs:
        for held in ZH_HOLDS.finditer(block.text):
            name = _without_kind_before(held.group("name").strip("「」《》“”"))
            opening = glued_pattern("event_words").search(name)
            if _ends_a_name(name) and opening and opening.start() > 0 and not ZH_THIS.match(name) \
                    and not ZH_COUNTED.match(name) and "的" not in name:  # not 'Contoso 主题的交流会', a description
                return Found(name, block.span, "the event name is what the opening sentence says is held")
    return None


def _without_kind_before(name: str) -> str:
    """'年度技术盛会 Contoso Tech Day 2031': the kind of event set before the name it is ('年度技术盛会') is no part of it."""
    kind = ZH_KIND_BEFORE_NAME.match(name)
    return kind.group("rest") if kind and event_phrase(kind.group("rest")) == kind.group("rest") else name


ZH_KIND_BEFORE_NAME = re.compile(r"^[\u4e00-\u9fff]{2,12}\s+(?P<rest>[A-Za-z0-9].*\S)\s*$")


ZH_COUNTED = re.compile(r"^(?:[一两几数首]|多)\s*[场次届期个]")  # '一场线下沙龙', '首场沙龙': a count, no name


ZH_QUOTED_NAME_LAST = re.compile(r"[《「](?P<name>[^《》「」。，]{2,30})[》」]$")


ZH_NAME_TAIL = re.compile(r"(?:[A-Za-z0-9'’)）#.+-]|站|场)$")  # a name ends with its year, edition, Latin word or city


def _ends_a_name(name: str) -> bool:
    """'星河开源年会', '星河 Meetup 北京站', '2020 星河年会-Fabricon’20': an event word in it, and
    nothing after the name's tail ('Hackathon 这个词诞生' is a sentence about a word)."""
    found = list(glued_pattern("event_words").finditer(name))
    return bool(found) and (found[-1].end() == len(name) or bool(ZH_NAME_TAIL.search(name)))


def _zh_event_phrase(part: str) -> str | None:
    """The event's name in a Chinese title part or sentence: an edition ('第三届开放计算中国日'), a
    city station ('…上海站'), else the words up to an event word ('星河开源数据库 Meetup'), without
    where it was held ('…在北京举行') or 'this' ('本次大会' names nothing)."""
    edition = ZH_EDITION.search(part)
    if edition:
        return _without_word_cut_at_yu(ZH_HELD_AT.sub("", edition.group(0)).strip(), part[edition.end():])
    part = ZH_HELD_AT.sub("", part).strip()
    part = DAY_OF_EVENT.sub("", ZH_CLOSED.sub("", part)).strip()  # '星河大会圆满落幕', '星河大会 Day 2': the event's name
    part = _without_opening_or_closing_verb(part)
    station = places.city_station(part)
    if station and ZH_IN_A_SENTENCE.search(station):  # '本文整理自…在星河 Meetup 杭州站…'
        station = _zh_name_start(station)
    if station and len(station) <= ZH_TITLE_LENGTH * 2:
        return station.strip()
    words_found = list(glued_pattern("event_words").finditer(part))
    opening = _section_opening(part)
    if words_found and words_found[0].start() == opening and CJK.match(part, opening):
        return None  # '大会盛况', '论坛主题', '二、竞赛平台': 'the conference's highlights', a section of the page, no name
    if not words_found:
        day = ZH_NAMED_DAY.search(part)  # '2031 自由软件日青禾站': a named day and its year
        series = SERIES_EDITION.search(part)  # 'Contoso Live#7：Title': a series' name and its edition number
        return day.group(0).strip() if day else series.group(0) if series else None
    latin_name_then_zh = not CJK.search(words_found[-1].group(0)) and CJK.search(part, words_found[-1].end())
    if len(part) <= ZH_TITLE_LENGTH and not ZH_THIS.match(part) and not latin_name_then_zh:  # '星河社区在云帆开发者大会' names the 大会
        part = _without_its_agenda(part, words_found[-1].end())
        part = _without_clause_after(part, words_found[-1].end())
        return _zh_name_start(part) if ZH_IN_A_SENTENCE.search(part, 1, words_found[-1].start()) else part
    end = words_found[-1].end()
    end += len(ZH_NUMBERED.match(part, end).group(0))  # '本期为星河 Meetup#1，…'
    word = NEXT_WORD.match(part, end)
    while word:  # 'Contoso Summit ASIA 2025 重磅来袭': its region and year
        pair = NEXT_WORD.match(part, word.end())
        if pair and places.city(f"{word.group(1)} {pair.group(1)}"):  # a city of two words: 'San Francisco'
            word = pair
        elif not _name_extension(word.group(1), ""):
            break
        end = word.end()
        word = None if re.fullmatch(r"(?:19|20)\d\d", word.group(1)) else NEXT_WORD.match(part, end)  # a year ends it ('… 2020 CFP')
    phrase = _zh_name_start(part[:end])
    return phrase if len(phrase) - len(words_found[-1].group(0)) >= 2 else None


ZH_NUMBERED = re.compile(r"(?:\s?#\s?\d+)?")
ZH_EDITION_AFTER = re.compile(r"\s*(?:第\s*[\d一二三四五六七八九十百]+\s*[届期季站场次轮]|#\s?\d+)?")


def _without_clause_after(part: str, end: int) -> str:
    """'星河迎新会等待你的到来', '星河沙龙报名开启': Chinese words glued to a title's last event word (past an edition
    it numbers, '第三期') say what happens with the event; the name ends at the event word."""
    end = ZH_EDITION_AFTER.match(part, end).end()
    return part[:end].rstrip() if CJK.match(part, end) else part


def _without_its_agenda(part: str, end: int) -> str:
    """'南京线下聚会议程更新', '星河大会议题征集': a title that goes on past its event word with the
    program's word (议程, 议题: data/labels.txt, class agenda) announces the program; the name ends
    at the event word."""
    return part[:end].rstrip() if _agenda_word_first().match(part, end) else part


@cache
def _agenda_word_first() -> re.Pattern:
    return re.compile(rf"\s*(?:{alternation(w for w in labels('agenda') if CJK.match(w))})")


LAST_CHINESE_CHARACTER = re.compile(r"[\u4e00-\u9fff](?=\s*$)")
YU_WORD_HEADS = "终关对由至基属等位鉴处"  # 终于 'at last', 关于 'about', 位于 'located at' …: 于 ends a word, it says no 'at'


def _without_word_cut_at_yu(name: str, after: str) -> str:
    """'首届中国 Rust 语言大会终于来了': an edition's name is read up to 于 ('held at'); when 于 ends a word
    there (终于 'at last'), that word's first character is no part of the name."""
    last = LAST_CHINESE_CHARACTER.search(name)
    return name[:last.start()].rstrip() if last and last.group(0) in YU_WORD_HEADS and after.startswith("于") else name
ZH_NAMED_DAY = re.compile(r"(?:19|20)\d\d\s*(?:年\s*)?(?:“[^“”]{1,12}”)?[\u4e00-\u9fff]{2,8}?日(?:[\u4e00-\u9fff]{2,4}站|(?![\u4e00-\u9fff]))")
"""A day named after what it celebrates, with its year ('2031 自由软件日', '2031 网络安全科普日') and
the place it is kept ('…青禾站', a school as often as a city), with the year's theme in quotation marks before it
('2031年“开源点亮未来”科普日'); not a date ('2031 年 9 月 20 日')."""
NEXT_WORD = re.compile(r"\s+(\S+)")
ZH_DAY_FIRST = re.compile(r"^\d{1,2}\s*月\s*\d{1,2}\s*日\s*")
ZH_WRITER_SAYS = re.compile(r"^(?:我们|我|笔者|小编)[\u4e00-\u9fff]*?\s*(?=第[一二三四五六七八九十百零\d]+届|首届|(?:19|20)\d\d|[A-Za-z])")


def _zh_name_start(text: str) -> str:
    """Where a name starts in a sentence: after its last break (，的在…), 'this' (本期为), the
    writer's own words ('我们宣布'), a tag ('【南京】') or a day ('12 月 28 日星河 Meetup')."""
    phrase = ZH_THIS.sub("", _sub_up_to_last(ZH_NAME_BOUNDARY, ZH_BREAKS, "", text)).strip()
    phrase = ZH_WRITER_SAYS.sub("", phrase)  # '我们很高兴地宣布首届星河 Summit': the writer's words before it
    phrase = re.sub(r"^【[^】]*】\s*", "", phrase)  # '【南京】星河数据库 Meetup': a tag before the name
    phrase = ZH_SET_OUT_FOR.sub("", phrase)
    phrase = re.sub(r"^.*(?:[)）](?!$)|(?<!基)于)", "", phrase)  # '…郑伟（北岩）于 Contoso Meetup#9 杭州站', not '…（杭州站）'
    return ZH_DAY_FIRST.sub("", phrase).strip()


KO_PARTICLE = re.compile(r"(?<=[\uac00-\ud7af])(?:에서|으로|이|가|은|는|을|를|의|에|와|과|도|로)$")
KO_OBJECT = re.compile(r"(?<=[\uac00-\ud7af])(?:에서|으로|은|는|을|를|의|에|와|과|도|로)$")  # not 이/가: nouns end so


@cache
def _ko_event_words() -> tuple[str, ...]:
    return tuple(word for word in words("event_words") if HANGUL.search(word))


def _ko_event_phrase(text: str) -> str | None:
    """'콘토소 글로벌 서밋 2024가 … 열렸다' -> '콘토소 글로벌 서밋 2024': the words before a Korean
    event word, up to one that ends in a particle, and a year after it; particles dropped."""
    tokens = text.split()
    for index, token in enumerate(tokens):
        if not KO_PARTICLE.sub("", token).endswith(_ko_event_words()):
            continue
        start = index
        while start > 0 and index - start < 4 and not KO_OBJECT.search(tokens[start - 1]) \
                and not re.search(r"[.,!?·:]$", tokens[start - 1]):
            start -= 1
        kept = tokens[start:index] + [KO_PARTICLE.sub("", token)]
        following = KO_PARTICLE.sub("", tokens[index + 1]) if index + 1 < len(tokens) else ""
        if re.fullmatch(r"(?:19|20)\d\d", following) and not KO_PARTICLE.search(token):
            kept.append(following)
        if len(kept) >= 2:
            return " ".join(kept)
    return None


def document_title(source: Source, blocks: list[Block]) -> Found | None:
    """The front-matter title, else the first line that reads like a title (a slide deck's, say)."""
    title = str(source.front_matter.get("title") or "").strip()
    if title:
        number = source.front_matter_lines.get("title", 1)
        return Found(title, Span(number, number))
    if blocks and blocks[0].kind == "heading" and CJK.search(blocks[0].text):  # a Chinese page's opening heading
        return Found(blocks[0].text.strip("[]"), blocks[0].span)
    if blocks and _plain_title_line(blocks[0]):  # a plain-text Chinese page's short first line
        return Found(SITE_AFTER_DOT.sub("", blocks[0].text.strip()), blocks[0].span)
    for block in blocks:
        if len(re.findall(r"[A-Za-z]{2,}", block.text)) >= 4 and not block.text.endswith("."):
            return Found(block.text.strip("[]"), block.span)
    return None


SITE_AFTER_DOT = re.compile(r"\s+·\s+[^·]{1,12}$")  # '标题 · 语雀': the site a saved page's title names last
PLAIN_TITLE_LENGTH = 60  # a first line up to this long with no sentence's end may be a plain-text page's title
PLAIN_TITLE_SHORTEST = 8  # a shorter first line is the site's name or a section's ('AI知识库', '导读')


def _plain_title_line(block: Block) -> bool:
    """A plain text's first line that is a Chinese title: a short line standing alone (not as short as
    a site's name), with no sentence's end, no link and no date in it."""
    text = block.text.strip()
    return block.kind == "paragraph" and CJK.search(text) is not None and PLAIN_TITLE_SHORTEST <= len(text) <= PLAIN_TITLE_LENGTH \
        and not re.search(r"[。！？!?；;]|https?://|\d{4}\s*[年/.-]", text)


DATED_HEADING = re.compile(rf"^(?:(?:{'|'.join(m.capitalize() for m in dates.MONTHS)})\.?(?:\s*\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?)?"
                           rf"|\d{{1,2}}\s*月\s*\d{{1,2}}\s*日)\s*[:：,-]\s*\S")
NAME_THEN_DATE_HEADING = re.compile(rf"^\S.*?\s(?P<date>(?:{'|'.join(m.capitalize() for m in dates.MONTHS)})\.?\s+\d{{1,2}}"
                                    rf"(?:st|nd|rd|th)?(?:\s*[-–]\s*(?:[A-Z][a-z]+\.?\s+)?\d{{1,2}}(?:st|nd|rd|th)?)?,?\s+(?:19|20)\d\d)$")
NAME_THEN_DAY_MONTH_HEADING = re.compile(
    rf"^\S.*?(?:,|\s\(|\s[-–])\s*(?P<date>\d{{1,2}}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{{1,2}}(?:st|nd|rd|th)?)?\s+"
    rf"(?:{'|'.join(m.capitalize() for m in dates.MONTHS)})\.?(?:\s+(?:19|20)\d\d)?)\)?(?:,\s*[A-Z][\w .'-]{{1,30}})?$")
# '## FabrikamConf 2031, 30-31 January, Lyon', '### Contoso @ Northwind Porto (13th July 2031)'
SEVERAL_EVENTS = 3


def lists_several_events(blocks: list[Block]) -> bool:
    """A lineup or calendar: three or more headings that each start with a date and go on with
    a name ('### May 26-27: RackFest Paris'), or give a name and then a date (also the day first,
    with the city after it), with different dates; or such list items or table rows."""
    dated = {DATED_HEADING.match(b.text).group(0) for b in blocks if b.is_title and DATED_HEADING.match(b.text)}
    named = {match.group("date") for b in blocks if b.kind == "heading"
             for match in [NAME_THEN_DATE_HEADING.match(b.text) or NAME_THEN_DAY_MONTH_HEADING.match(b.text)] if match}
    # '## Fabrikamfest<br>July 17th-20th, 2021', '## ContosoCon, 1-2 February, Ghent'
    return max(len(dated), len(named)) >= SEVERAL_EVENTS or _lists_events_in_items(blocks) or _lists_events_in_rows(blocks)


def _lists_events_in_items(blocks: list[Block]) -> bool:
    """'Where to find us': three or more list items that each link to where something happens and
    give its day and city ('On May 3rd, Jane will be at [ContosoConf](…) in Lyon'), with different
    days in different cities: a calendar of several events (one event's program keeps its city)."""
    days, cities = set(), set()
    for block in blocks:
        if block.kind != "item" or not block.links:
            continue
        found, city = dates.find_dates(block.text, 2000), places.find_cities(block.text)
        if found and city:
            days.add(found[0].start[5:])
            cities.add(city[0][1])
    return min(len(days), len(cities)) >= SEVERAL_EVENTS


def _lists_events_in_rows(blocks: list[Block]) -> bool:
    """A table of gatherings, one a row ('| 2031-05-14 | Room 205 | Contoso Meetup |' over '| 2031-03-02 | … |'):
    three or more rows each dated a different full day, spread over more than an event's longest span
    (`dates.spread_beyond_an_event`): a calendar or a series' record, not one event's program, whose days follow each other."""
    days = {found[0].start for block in blocks if block.kind == "row"
            for found in [dates.find_dates(block.text, 2000)] if found and len(found[0].start) == 10}
    return len(days) >= SEVERAL_EVENTS and dates.spread_beyond_an_event(min(days), max(days))


def names_events_of_several_years(title: str, name: str | None, blocks: list[Block]) -> bool:
    """'MatterCon 2031' over 'MatterCon 2030' and 'MatterCon 2029', or 'ContosoConf 2031', 'Fabrikam Summit 2030'
    and 'Northwind Days 2029' in a list of talks: a text that names events of three or more different years
    (each an event phrase with its year), when the title names none of them, is the record of a series or of
    someone's part in many events, no report of one (an event's own page that recalls its past editions
    names itself in its title)."""
    if not name or name in title:
        return False
    years = set()
    for block in blocks:
        phrase = event_phrase(block.text) if block.kind not in ("field", "byline") and dates.year_in(block.text) else None
        year = dates.year_in(phrase) if phrase else None
        if year:
            years.add(year)
            if len(years) >= SEVERAL_EVENTS:
                return True
    return False


def reports_a_periodical_issue(source: Source, title: str) -> bool:
    """An issue of a newsletter or news column ('This Week in Contoso #12', 'Fabrikam 周报 第 3 期'):
    its title, or its address (a front-matter slug or permalink, the file's name), names a periodical
    (`periodical_words.txt`), and the title names no event ('星河社区月报：Contoso 开发者大会回顾' is an
    issue given to one event). It reports a community's news item by item, an event among them,
    and no event as its own."""
    if event_phrase(title):
        return False
    matter = source.front_matter
    names = (title, *(str(matter.get(key) or "") for key in ("slug", "permalink")), Path(source.origin or source.path).stem)
    return any(pattern("periodical_words").search(re.sub(r"[-_/]+", " ", name)) for name in names if name)


TWO_NAMES_ONE_YEAR = re.compile(r"(?<![\w.])(?P<first>[A-Z][\w.+-]*(?:\s+[A-Z][\w.+-]*){0,2})\s+(?:and|&)\s+"
                                r"(?P<second>[A-Z][\w.+-]*(?:\s+[A-Z][\w.+-]*){0,2})\s+(?P<year>(?:19|20)\d\d)\b")


TWO_NAMES_PLURAL_KIND = re.compile(r"(?<![\w.])(?P<first>[A-Z][\w.+-]*(?:\s+[A-Z][\w.+-]*){0,2})\s+(?:and|&)\s+"
                                   r"(?P<second>[A-Z][\w.+-]*(?:\s+[A-Z][\w.+-]*){0,2}?)\s+(?P<kinds>[A-Za-z]+s)\b")


def reports_two_events(title: str, name: str | None, blocks: list[Block]) -> bool:
    """'Presentations from ContosoConf and FabrikamDays 2031': a title that joins two names before one
    year, the event found being one of them and the text naming each with that year as well, or the
    event found being the joined phrase and the text naming each apart from it, reports two events
    equally; so does 'Fabrikam at ContosoConf and Northwind Days Conferences', two names before a kind
    of event in the plural, the event found being one of them or both joined."""
    for match in TWO_NAMES_ONE_YEAR.finditer(title) if name else ():
        first, second, year = match.group("first", "second", "year")
        if _one_event_of_two_subjects(first, second):
            continue
        if name == match.group(0) and all(_named_apart(each.split()[-1], match.group(0), blocks) for each in (first, second)):
            return True
        if re.sub(rf"\s+{year}$", "", name) in (first, second) or name == match.group(0):
            if all(any(f"{each} {year}" in block.text for block in blocks) for each in (first, second)):
                return True
    if name and _zh_two_events_joined(name, blocks):
        return True
    for match in TWO_NAMES_PLURAL_KIND.finditer(title) if name else ():
        joined = title[match.start():match.start("kinds")].strip()
        if match.group("kinds")[:-1].casefold() in _kinds_of_event() and name in (*match.group("first", "second"), joined):
            return True
    return False


def _zh_two_events_joined(name: str, blocks: list[Block]) -> bool:
    """'星河挑战赛 & 北辰竞赛 完结' over '两场比赛均于 5 月 30 日结赛': a Chinese name found that is two names,
    each ending in an event word, joined by '&', '和', '与' or '及', in a text that counts two events, reports
    them equally ('星河Meetup&北辰开放日' alone is one event held under two names)."""
    joint = ZH_EVENTS_JOINT.search(name)
    if not joint or not CJK.search(name):
        return False
    ends = [found.end() for found in glued_pattern("event_words").finditer(name)]
    return joint.start() in ends and len(name) in ends and any(ZH_TWO_EVENTS.search(block.text) for block in blocks)


ZH_EVENTS_JOINT = re.compile(r"\s*(?:&|＆|和|与|及)\s*")
ZH_TWO_EVENTS = re.compile(r"两(?:场|项|个)(?:比赛|赛事|活动|大会|会议)")


def _one_event_of_two_subjects(first: str, second: str) -> bool:
    """'London Perl & Contoso Workshop 2031': only the second name has an event word, and the first is no event's
    name alone (no coinage such as 'ContosoConf'): one event about two subjects, not two events."""
    return second.split()[-1].casefold() in _kinds_of_event() and event_phrase(first) is None \
        and not re.search(r"[a-z][A-Z]", first)


def _named_apart(word: str, joined: str, blocks: list[Block]) -> bool:
    """A name's last word ('ContosoConf', 'Days') written in the text outside the title's joined phrase."""
    return any(re.search(rf"(?<![\w-]){re.escape(word)}", block.text) and joined not in block.text for block in blocks)
