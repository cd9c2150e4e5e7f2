"""Stage 2, extract: a Source -> an Extraction of every field the recap states, each with its lines.

The text is first segmented into blocks (segment.py: headings, bold lines, list items, table
rows, paragraphs); talks and speakers come from layout recognizers (layouts.py), names are told
from organizations and job titles by classify.py, and every word a rule looks for comes from a
data file (wordlists.py). Event facts are read from the most explicit statement to the least:
front matter, labelled lines (`活动时间：`, `Venue:`), the title, then sentences. A value that
only a weak cue gave carries a doubt that ends up in the draft's review note, and so does every
field that was looked for and not found.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from pathlib import Path

from ..writing import CJK, HANGUL, KANA, LATIN
from . import dates, places
from .classify import (
    after_function_words,
    clean_organization,
    is_role,
    name_then_affiliation,
    parse_people,
    person_name,
    plain_words,
    probably_a_person,
    verb_follows,
    well_known,
)
from .layouts import (
    TRANSCRIPT_WINDOW,
    bio_people,
    city_station,
    labelled_speakers,
    listed_people,
    talk_page,
    talks,
    transcript_talk,
    written_up_from,
)
from .lexicon import Lexicon
from .model import Extraction, Found, PersonMention, SessionMention, Span
from .organizations import ZH_NAME_START, abbreviations, biography, organization_mentions, organizations, partial_names
from .read import Source
from .segment import Block, segment
from .wordlists import alternation, glued_pattern, label_anywhere, label_pattern, labels, pattern, words

ORGANIZER_ROLES = ("host", "organizer", "co-organizer", "supporter", "media-partner")
ORGANIZER_PHRASES = [
    (re.compile(r"\bco-?(?:hosted|organi[sz]ed) by ((?:[A-Z0-9][\w&.-]*\s?){1,5})"), "co-organizer"),
    (re.compile(r"(?<!co-)\bhosted by ((?:[A-Z0-9][\w&.-]*\s?){1,5})"), "host"),
    (re.compile(r"(?<!co-)\borgani[sz]ed by ((?:[A-Z0-9][\w&.-]*\s?){1,5})"), "organizer"),
    (re.compile(r"\bsponsored by ((?:[A-Z0-9][\w&.-]*\s?){1,5})"), "sponsor"),
]
EN_HOST_SUBJECT = re.compile(r"(?:^|[,.;:]\s+|\bthe\s+)(?P<org>(?:[A-Z][\w&.'’-]*\s+){0,4}(?:[A-Z][\w&.'’-]*|team|community))"
                             r"\s+(?:also\s+)?(?P<verb>held|hosted|organi[sz]ed|co-hosted|co-organi[sz]ed|ran|put on)\s+"
                             r"(?P<object>[^.;]{0,80})")
EN_HOST_ROLES = {"orga": "organizer", "co-h": "co-organizer", "co-o": "co-organizer"}
ZH_ORGANIZING = re.compile(r"(?P<names>[^，。；、|｜:：]{2,40}?(?:[、和与][^，。；、|｜]{2,20}?)*)\s*(?:联合|共同)?"
                           r"(?P<verb>主办|承办|协办|合办)(?!方|单位|[:：])")
ZH_ORGANIZING_VERB = re.compile(r"主办|承办|协办|合办")
ZH_ORGANIZING_ROLES = {"主办": "host", "承办": "organizer", "协办": "co-organizer", "合办": "co-organizer"}
CJK_HELD = re.compile(r"举行|举办|召开|落幕|开幕|收官|圆满|열렸|열린다|개최")
HELD = re.compile(r"(?i)\b(held|took place|takes? place|taking place|hosted|organi[sz]ed|kicked off|gathered|"
                  r"came together|got together|met|convened)\b|" + CJK_HELD.pattern)
SPLIT_NAMES = re.compile(r"\s*(?:[、,，;；/及]|\band\b|\s和|和\s)\s*")  # '社区和 Fabrikam', not the 和 of '云和数科'
FIGURE = re.compile(r"(?P<more>more than |over |超过|逾)?(?P<value>\d[\d,.]*)\s*(?P<unit>%|Gbps|GB|TB|W|kW|MW|people|"
                    r"attendees|participants|members|companies|students|人|家企业|家)\b", re.IGNORECASE)
ATTENDANCE = [
    (re.compile(r"(?i)(?:onsite|on-site|offline)\s*(?:sign-?in)?\s*(\d+)\s*(?:people|attendees|participants)"), "onsite"),
    (re.compile(r"(?i)(\d+)\s*(?:people|attendees|participants)\s*(?:attended|were present)? ?(?:on ?site|in person)"), "onsite"),
    (re.compile(r"(?i)(?:gathered|welcomed|attracted|drew)\s+(?:more than |over |about |nearly )?(\d+)\s+(?:people|attendees|participants|students|developers)"), "onsite"),
    (re.compile(r"(?i)(\d+)\s*(?:people|attendees|participants)\s*(?:participate|participated|joined|watched)?\s*online"), "online"),
    (re.compile(r"(?i)(\d+)\s*companies\s*(?:were invited|participated|took part|attended)"), "companies"),
    (re.compile(r"现场(?:参会|签到)?\s*(\d+)\s*人"), "onsite"),
    (re.compile(r"线上(?:参会|观看)?\s*(\d+)\s*人"), "online"),
]


def extract(source: Source, lexicon: Lexicon) -> Extraction:
    blocks = [block for block in segment(source) if block.kind != "byline"]
    result = Extraction(source.path, language_of(source.text or str(source.front_matter.get("title", ""))))
    result.page = published_page(source)
    result.language = result.page.pop("language", result.language)
    year = _context_year(source)
    result.name = event_name(source, blocks)
    result.title = document_title(source, blocks)
    _dates(result, source, blocks, year)
    _place(result, source, blocks)
    if lists_several_events(blocks):
        result.name = result.start_date = result.end_date = result.city = result.country = result.venue = None
        result.doubts.append("The page lists several events, each under its own dated heading: no single event "
                             "was taken from it; draft each event from its own page.")
    result.theme = _labelled(blocks, "theme")
    result.organizers = organizers(blocks)
    result.attendance = attendance(blocks)
    result.sessions = talks(blocks)
    written_up = transcript_talk(blocks, _talk_of_title(result.title.value if result.title else "")) \
        if CJK.search(source.text or "") else []
    for talk in written_up:  # a write-up of one talk: its other 'talks' are its sections
        talk.speakers = talk.speakers or next((s.speakers for s in result.sessions if s.title == talk.title), [])
    result.sessions = written_up or result.sessions
    result.people = people(blocks, result.sessions, lexicon)
    page_talk = talk_page(blocks, result.title.value if result.title else None, result.people) if not result.sessions else None
    if page_talk:
        result.sessions = [page_talk]
    result.sessions = result.sessions or _live_stream_talk(result, blocks)
    result.abbreviations = abbreviations(blocks)
    result.organizations = organizations(blocks, result, lexicon)
    result.abbreviations = partial_names([found.value for found in result.organizations]) | result.abbreviations
    result.topics = [Found(topic_id, _span(block)) for block in blocks
                     for _, topic_id, _ in lexicon.find("topics", block.text)]
    result.figures = figures(blocks)
    result.images = [Found({"src": image.src, "caption": image.caption}, Span(image.line, image.line))
                     for image in source.images]
    result.doubts += not_found(result)
    return result


def published_page(source: Source) -> dict[str, str]:
    """Where the recap was published, as its front matter or a curator's header block says: the
    page's address (only a full one: a blog's 'url: /2024/05/x/' is no address), its publisher,
    date of publication and language."""
    matter = source.front_matter
    url = str(matter.get("url") or "").strip()
    if not re.match(r"https?://\S+$", url):
        return {}
    page = {"url": url}
    if str(matter.get("publisher") or "").strip():
        page["publisher"] = str(matter["publisher"]).strip()
    published = dates.normalize_date(matter["published"]) if matter.get("published") else None
    if published:
        page["published"] = published
    if re.fullmatch(r"[a-z]{2}(?:-[A-Za-z]{2,4})?", str(matter.get("language") or matter.get("lang") or "")):
        page["language"] = str(matter.get("language") or matter.get("lang"))
    return page


def not_found(result: Extraction) -> list[str]:
    """What was looked for and not found, so a curator knows what to add by hand."""
    missing = []
    if result.name is None:
        missing.append("No event name found (looked in the front matter, the title and the first lines).")
    if result.start_date is None:
        missing.append("No event date found (looked for date labels, front-matter event dates, 'held on' "
                       "sentences and a date in the file name).")
    if result.city is None and not result.virtual:
        missing.append("No city found (looked for place labels, front-matter places, 'X站' titles and 'in City').")
    if not result.sessions:
        missing.append("No talks found (looked for agenda tables, time-slot lines, titles followed by speaker "
                       "lines and one-line talks).")
    elif not any(session.speakers for session in result.sessions):
        missing.append("Talks were found but no speaker for any of them.")
    if not result.people:
        missing.append("No people found.")
    return missing


def language_of(text: str) -> str:
    """The language most of the text is written in, by its script: Hangul is Korean, kana beside
    Chinese characters Japanese, Chinese characters alone Chinese, else English. A character of
    these scripts carries about as much as a short Latin word."""
    cjk, latin, hangul, kana = (len(script.findall(text)) for script in (CJK, LATIN, HANGUL, KANA))
    if hangul and hangul * 2 >= latin and hangul >= cjk:
        return "ko"
    if kana and kana * 4 >= cjk and (kana + cjk) * 2 >= latin:
        return "ja"
    return "zh" if cjk and cjk * 2 >= latin else "en"


def _context_year(source: Source) -> int | None:
    matter = source.front_matter
    for key in ("eventdates", "time", "date", "title", "path"):
        value = matter.get(key)
        if isinstance(value, dict):
            value = value.get("from")
        if value and dates.year_in(str(value)):
            return dates.year_in(str(value))
    return next((dates.year_in(line.text) for line in source.lines[:40] if dates.year_in(line.text)), None)


def _span(block: Block) -> Span:
    return Span(block.number, block.number)


def _labelled(blocks: list[Block], kind: str) -> Found | None:
    pattern = label_pattern(kind)
    for block in blocks:
        match = pattern.match(block.text)
        if match and (match.group("value") or "").strip():
            return Found(match.group("value").strip(" 。.\"”"), _span(block))
    return None


# --- name ----------------------------------------------------------------------------------------------


@cache
def _event_phrase_pattern() -> re.Pattern:
    latin = alternation(w for w in words("event_words") if not CJK.search(w))
    return re.compile(
        rf"(?:(?:19|20)\d\d\s+)?(?:(?:[A-Z][\w&+'/.#-]*|(?:19|20)\d\d|\d+(?:st|nd|rd|th)|and|of|the|for|on|&|x)\s+){{0,7}}"
        rf"(?:(?i:{latin})(?:\s*#\d+)?|[A-Z][A-Za-z]*(?:Con|Conf|Meetup|Summit|Day)\b(?:\s*#\d+)?)"
        rf"(?P<tail>(?:\s+(?:(?:on|for|of)\s+)?[A-Z0-9#][\w.#-]*){{0,4}})")


@cache
def _recap_words() -> re.Pattern:
    return re.compile(rf"^\s*(?:{alternation(labels('recap'))})\s*[:：]?\s*|\s*[:：-]?\s*(?:{alternation(labels('recap'))})\s*$",
                      re.IGNORECASE)


@cache
def _name_breaks() -> re.Pattern:
    """Words a name does not hold before its event word: prepositions and headline verbs
    ('Fabrikam Announces … at Contoso Summit Europe' -> 'Contoso Summit Europe'), a host event's
    'Co-Located Event', and 'the', after which the name starts ('the 2016 Contoso Summit')."""
    return re.compile(rf"(?<!\S)(?:during|at|in|on|with|to|from|into|about|through|by|via|the|"
                      rf"{alternation(words('headline_verbs') + labels('host-event'))})\s+", re.IGNORECASE)


TITLE_SEPARATORS = re.compile(r"\s*(?:——|--|—|\||｜|：|:|，|,|\s-\s|！|!|？|\?)\s*")
SERIES_EDITION = re.compile(r"(?<![\w#])[\u4e00-\u9fff]{0,4}[A-Za-z][A-Za-z0-9&+.-]*(?:\s[A-Za-z][A-Za-z0-9&+.-]*){0,3}"
                            r"\s?#\s?\d+(?![\w#])")  # 'Contoso Live#7', '星河Live#7'
NAME_OPENERS = ("a", "an", "our", "its", "their", "this", "these", "that", "those", "and", "of", "for", "&", "x")


def event_name(source: Source, blocks: list[Block]) -> Found | None:
    title = str(source.front_matter.get("title") or "").strip()
    title_line = source.front_matter_lines.get("title", 1)
    event_page = bool(source.front_matter.get("eventdates"))
    if title and event_page:  # an event's own page: its title (or the part naming an event) is the name
        parts = [part for part in TITLE_SEPARATORS.split(_recap_words().sub("", title)) if part.strip()]
        named = next((part for part in parts if _event_phrase(part)), parts[0] if parts else title)
        return Found(named.strip(), Span(title_line, title_line))
    if title:
        phrase = _event_phrase(title)
        if phrase:
            return Found(_longest_form(phrase, blocks), Span(title_line, title_line))
    theme = _labelled(blocks, "theme")
    if theme and _event_phrase(theme.value):
        return Found(_event_phrase(theme.value), theme.span)
    opening = None if title else next((block for block in blocks if block.kind != "field"), None)
    opening = opening if opening and len(opening.text.split()) <= 12 and not opening.text.endswith(".") else None
    for block in sorted(blocks[:NAME_WINDOW], key=lambda b: not b.is_title):
        phrase = _event_phrase(block.text)
        if phrase and (block.is_title or block is opening or _in_event_context(phrase, block.text)
                       or _placed(phrase, block.text) or _said_held(phrase, block.text)
                       or _called_this(phrase, block.text)):
            return Found(_longest_form(phrase, blocks), _span(block), "the event name is taken from the text, not from a title")
    return _title_part_said_to_take_place(title, title_line, blocks)


def _talk_of_title(title: str) -> str | None:
    """'Title | Meetup#3 回顾': the Chinese part of a write-up's title that names no event."""
    parts = [part.strip() for part in TITLE_SEPARATORS.split(title) if len(part.strip()) >= 4]
    talk = next((part for part in parts if not _event_phrase(part)), None)
    return talk if talk and CJK.search(talk) else None


LIVE_STREAM_SPEAKERS = 3  # an online talk of a series has one speaker, or a few


def _live_stream_talk(result: Extraction, blocks: list[Block]) -> list[SessionMention]:
    """An online episode of a series ('活动主题：Contoso Live#7：Title', '活动形式：线上直播') with no
    program: its theme after the episode's name is its one talk, given by the people the page
    lists."""
    theme = result.theme.value if result.theme else ""
    series = SERIES_EDITION.match(theme.strip())
    if not series or not CJK.search(theme) or not _online_only(blocks):
        return []
    talk = re.sub(r"^[\s:：|｜—-]+", "", theme.strip()[series.end():]).strip()
    quoted = re.search(r"《(?P<title>[^》]{4,})》", talk)  # '《Title》——Contoso 社区'
    talk = quoted.group("title") if quoted else talk
    speakers = result.people if 1 <= len(result.people) <= LIVE_STREAM_SPEAKERS else []
    return [SessionMention(talk, result.theme.span, speakers=list(speakers))] if len(talk) >= 4 else []


def _title_part_said_to_take_place(title: str, line: int, blocks: list[Block]) -> Found | None:
    """'FC21: Contoso and the State of Storage' and 'Last week, FC21 brought together…':
    a part of the title with no event word that the text says took place names the event."""
    for part in TITLE_SEPARATORS.split(title):
        part = part.strip()
        if not re.fullmatch(r"[A-Z][\w&+.-]*(?:\s+[A-Z0-9][\w&+.-]*){0,3}", part) or plain_words(part) or person_name(part):
            continue
        if any(EVENT_CONTEXT_AFTER.match(block.text[block.text.find(part) + len(part):])
               for block in blocks[:NAME_WINDOW] if part in block.text and block.kind != "field"):
            return Found(part, Span(line, line), "the event name is a part of the title the text says took place")
    return None


EVENT_CONTEXT_BEFORE = re.compile(r"(?i)(?:\bat|\battend(?:ed|ing)?|\bhosted(?:\s+its)?|\bheld|\bduring|\bjoin(?:ed)?\s+us\s+at|"
                                  r"\borgani[sz]ed|\bof|\bfrom|\d(?:st|nd|rd|th)?,)\s+(?:the\s+)?(?:(?:first|second|third|"
                                  r"\d+(?:st|nd|rd|th)|inaugural|annual)\s+)?\W*$")
EVENT_CONTEXT_AFTER = re.compile(r"(?i)^[^.!?]{0,120}?\b(?:took place|was held|will be held|takes place|will take place|"
                                 r"kicked off|is taking place|brought together|gathered|was a success|starts|begins)\b")


def _in_event_context(phrase: str, text: str) -> bool:
    """A name the sentence says took place or was attended ('at the X', 'X took place'), not one
    only mentioned."""
    at = text.find(phrase)
    return at >= 0 and bool(EVENT_CONTEXT_BEFORE.search(text[max(0, at - 40):at])
                            or EVENT_CONTEXT_AFTER.match(text[at + len(phrase):]))


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
    head = _dateline(text[:at].rstrip(" *_–—-")) if at > 0 else None
    return bool(head and places.parse_place(head).get("city"))


def _said_held(phrase: str, text: str) -> bool:
    """'第三届星河日在北京举行', '콘토소 서밋 2024가 … 열렸다': a Chinese or Korean sentence that
    says the named event was held."""
    rest = text[text.find(phrase) + len(phrase):]
    return bool(CJK_HELD.search(re.split(r"[。！？.!?]", rest)[0]))


ZH_THIS_WORDS = r"(?:本次|此次|这次|本届|本期|这场)"
ZH_THIS_IS = re.compile(rf"{ZH_THIS_WORDS}(?:活动)?(?:为|是)\s*$")
ZH_SPOKEN_AT = re.compile(r"^\s*(?:现场|上)?的?(?:主题)?(?:分享|演讲)")


def _called_this(phrase: str, text: str) -> bool:
    """A Chinese sentence that says the post reports the named event: this edition is it
    ('本期为星河 Meetup#2'), the talk written up was given there ('…于星河 Meetup#9 上的分享整理'),
    or the name carries its city's station ('星河 Meetup 杭州站')."""
    at = text.find(phrase)
    return at >= 0 and bool(city_station(phrase) or (at > 0 and ZH_THIS_IS.search(text[:at]))
                            or ZH_SPOKEN_AT.match(text[at + len(phrase):]))


NAME_WINDOW = 60  # blocks from the top in which a name stated only in the text is looked for


def _event_phrase(text: str) -> str | None:
    """The event's name in a title or sentence: what a recap word announces ('ContosoConf Trip
    Report', 'Reporting from X 2015, …'), the part of a Chinese title that names the event, else
    an English phrase ending in an event word, with the region, year or subject that follows it
    ('Contoso Summit Europe 2019', 'Workshop on Open Racks for HPC')."""
    cleaned = re.sub(r"^【[^】]*】|^\[[^\]]*\]\s*", "", text.strip()).strip("《》")  # '【活动回顾】《Name》'
    recap = _recap_words().search(cleaned)
    cleaned = _recap_words().sub("", cleaned).strip()
    if recap and not CJK.search(cleaned):
        named = TITLE_SEPARATORS.split(cleaned)[0].strip()
        if 1 <= len(named.split()) <= 6 and re.match(r"[A-Z0-9]", named) and not _event_phrase_pattern().search(named):
            return named
    if CJK.search(cleaned):
        for part in TITLE_SEPARATORS.split(cleaned):
            phrase = _zh_event_phrase(_recap_words().sub("", part).strip())
            if phrase:
                return phrase
    if HANGUL.search(cleaned):
        phrase = _ko_event_phrase(cleaned)
        if phrase:
            return phrase
    cleaned = re.sub(r"[（(][^)）]*[)）]", " ", cleaned)
    for match in _event_phrase_pattern().finditer(cleaned):
        phrase = _trimmed_name(match.group(0)[:match.start("tail") - match.start()], match.group("tail"))
        if phrase and not _host_event().match(cleaned, cleaned.find(phrase) + len(phrase)):
            return phrase
    return None


@cache
def _host_event() -> re.Pattern:
    """'FabrikamCon 2019 Co-Located Event', 'X satellite event': the event the reported one is held
    beside, not the reported one."""
    return re.compile(rf"\s*[-–:]?\s*(?i:{alternation(labels('host-event'))})\b")


def _trimmed_name(head: str, tail: str) -> str | None:
    """The words of a name: those after the last break before the event word, none of them only
    an opener ('our', 'these'), and of the words after it those that extend a name (a year, a
    region, 'on Subject'). One event word alone ('the Summit') names nothing."""
    head = _name_breaks().split(head.strip())[-1].strip()
    words_before = head.split()
    while len(words_before) > 1 and words_before[0].casefold() in NAME_OPENERS:
        words_before.pop(0)
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
        if not _name_extension(word, tail_words[at + 1] if at + 1 < len(tail_words) else ""):
            break
        kept.append(word)
        at += 1
    phrase = " ".join(words_before + kept).strip(" .,")
    if len(phrase.split()) >= 2 or re.search(r"\d{4}|[a-z]Con", phrase):
        return phrase
    return None


def _name_extension(word: str, following: str) -> bool:
    """A word after an event word that is still its name: a year, an edition, a short region
    code, a region, a city or a country ('Europe', 'NA', 'Shanghai', '2019', '#3')."""
    plain = word.strip(".,")
    return bool(re.fullmatch(r"(?:19|20)\d\d|#\d+|[A-Z]{2,3}", plain)) or plain.casefold() in words("regions") \
        or f"{plain} {following}".casefold() in words("regions") or bool(places.city(plain)) \
        or bool(places.country_code(plain)) and plain[:1].isupper() and len(plain) > 3


def _longest_form(phrase: str, blocks: list[Block]) -> str:
    """'Summit 2016' in a title, 'Contoso Summit 2016' in the text: the text's longer form of
    the same name (capitalized words before it, or its year after it), when the title gave a
    shortened one."""
    if CJK.search(phrase):
        return phrase
    longer = re.compile(rf"((?:[A-Z][\w&+'/.-]*\s+){{0,4}}){re.escape(phrase)}(\s+(?:19|20)\d\d)?\b")
    for block in blocks[:NAME_WINDOW]:
        for match in longer.finditer(block.text):
            head = _name_breaks().split(match.group(1))[-1].strip() if match.group(1) else ""
            if head and head.split()[0].casefold() in NAME_OPENERS:
                head = ""
            year = match.group(2) if match.group(2) and not re.search(r"(?:19|20)\d\d", phrase) else ""
            if head or year:  # 'Contoso Summit 2016' for 'Summit 2016', 'Contoso Conference 2025' for '… Conference'
                return f"{head} {phrase}{year}".strip()
    dated = re.fullmatch(r"(?P<stem>.+?)(?P<year>\s+(?:19|20)\d\d)", phrase)  # 'Summit 2016', 'our second Contoso Summit'
    longer = _longest_form(dated.group("stem"), blocks) if dated else phrase
    return longer + dated.group("year") if dated and longer != dated.group("stem") and not re.search(r"\d$", longer) else phrase


ZH_EDITION = re.compile(r"(?:第[一二三四五六七八九十百零\d]+届|首届)\s*[^，。；！？、：:“”《》()（）]{2,30}?"
                        r"(?=在|于|将|正式|圆满|举行|召开|开幕|落幕|隆重|成功|，|。|；|！|\s*$)")
ZH_HELD_AT = re.compile(r"(?:在|于)[^，。；]{1,12}?(?:举行|召开|举办|开幕|落幕|成功举办|隆重举行).*$")
ZH_NAME_BOUNDARY = re.compile(r".*[，。；、！？的了由在和与将]")
ZH_THIS = re.compile(rf"^(?:.*?{ZH_THIS_WORDS}(?:为|是)?|该|此)")  # '期待此次论坛' names nothing either
ZH_IN_A_SENTENCE = re.compile(r"[，。；！？]|在|于")  # words before a name that make its line a sentence
ZH_TITLE_LENGTH = 25  # a title part up to this long is a name; a longer one is a sentence to find the name in


def _zh_event_phrase(part: str) -> str | None:
    """The event's name in a Chinese title part or sentence: an edition ('第三届开放计算中国日'), a
    city station ('…上海站'), else the words up to an event word ('星河开源数据库 Meetup'), without
    where it was held ('…在北京举行') or 'this' ('本次大会' names nothing)."""
    edition = ZH_EDITION.search(part)
    if edition:
        return ZH_HELD_AT.sub("", edition.group(0)).strip()
    part = ZH_HELD_AT.sub("", part).strip()
    station = city_station(part)
    if station and ZH_IN_A_SENTENCE.search(station):  # '本文整理自…在星河 Meetup 杭州站…'
        station = _zh_name_start(station)
    if station and len(station) <= ZH_TITLE_LENGTH * 2:
        return station.strip()
    words_found = list(glued_pattern("event_words").finditer(part))
    if not words_found:
        series = SERIES_EDITION.search(part)  # 'Contoso Live#7：Title': a series' name and its edition number
        return series.group(0) if series else None
    if len(part) <= ZH_TITLE_LENGTH and not ZH_THIS.match(part):
        return part
    end = words_found[-1].end()
    end += len(ZH_NUMBERED.match(part, end).group(0))  # '本期为星河 Meetup#1，…'
    phrase = _zh_name_start(part[:end])
    return phrase if len(phrase) - len(words_found[-1].group(0)) >= 2 else None


ZH_NUMBERED = re.compile(r"(?:\s?#\s?\d+)?")
ZH_DAY_FIRST = re.compile(r"^\d{1,2}\s*月\s*\d{1,2}\s*日\s*")


def _zh_name_start(text: str) -> str:
    """Where a name starts in a sentence: after its last break (，的在…), 'this' (本期为), a tag
    ('【南京】') or a day ('12 月 28 日星河 Meetup')."""
    phrase = ZH_THIS.sub("", ZH_NAME_BOUNDARY.sub("", text)).strip()
    phrase = re.sub(r"^【[^】]*】\s*", "", phrase)  # '【南京】星河数据库 Meetup': a tag before the name
    phrase = re.sub(r"^.*(?:[)）]|(?<!基)于)", "", phrase)  # '…郑伟（北岩）于 Contoso Meetup#9 杭州站'
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
    for block in blocks:
        if len(re.findall(r"[A-Za-z]{2,}", block.text)) >= 4 and not block.text.endswith("."):
            return Found(block.text.strip("[]"), _span(block))
    return None


DATED_HEADING = re.compile(rf"^(?:(?:{'|'.join(m.capitalize() for m in dates.MONTHS)})\.?(?:\s*\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?)?"
                           rf"|\d{{1,2}}\s*月\s*\d{{1,2}}\s*日)\s*[:：,-]\s*\S")
NAME_THEN_DATE_HEADING = re.compile(rf"^\S.*?\s(?P<date>(?:{'|'.join(m.capitalize() for m in dates.MONTHS)})\.?\s+\d{{1,2}}"
                                    rf"(?:st|nd|rd|th)?(?:\s*[-–]\s*(?:[A-Z][a-z]+\.?\s+)?\d{{1,2}}(?:st|nd|rd|th)?)?,?\s+(?:19|20)\d\d)$")
SEVERAL_EVENTS = 3


def lists_several_events(blocks: list[Block]) -> bool:
    """A lineup or calendar: three or more headings that each start with a date and go on with
    a name ('### May 26-27: RackFest Paris'), or give a name and then a date, with different dates."""
    dated = {DATED_HEADING.match(b.text).group(0) for b in blocks if b.is_title and DATED_HEADING.match(b.text)}
    named = {NAME_THEN_DATE_HEADING.match(b.text).group("date") for b in blocks
             if b.kind == "heading" and NAME_THEN_DATE_HEADING.match(b.text)}  # '## Fabrikamfest<br>July 17th-20th, 2021'
    return max(len(dated), len(named)) >= SEVERAL_EVENTS


# --- dates and place ------------------------------------------------------------------------------------

FILE_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_]?(0[1-9]|1[0-2])[-_]?(0[1-9]|[12]\d|3[01])(?!\d)")


def _dates(result: Extraction, source: Source, blocks: list[Block], year: int | None) -> None:
    """The event's dates, from the most explicit statement to the least; a year the text leaves
    out comes from the event's name ('2016 Contoso Summit … April 5-7'), else the context."""
    matter = source.front_matter
    event_dates = matter.get("eventdates") if isinstance(matter.get("eventdates"), dict) else {}
    post = _post_date(source)
    named_year = dates.year_in(result.name.value) if result.name else None
    year = named_year or year
    candidates: list[tuple[Block | None, str, str | None, str]] = []

    def add(block: Block | None, found: dates.DateMatch, sentence: str = "") -> None:
        start, end = _upcoming(found, post, sentence)
        if not found.has_year and not named_year and post and CJK.search(sentence or (block.text if block else "")):
            nearest = _nearest_to_post(start, post)
            shift = int(nearest[:4]) - int(start[:4])
            start, end = nearest, f"{int(end[:4]) + shift}{end[4:]}" if end else None
        doubt = "" if found.has_year else f"the year ({start[:4]}) is taken from the document's context"
        candidates.append((block, start, end, doubt))

    written_up = next((sentence for block in blocks[:TRANSCRIPT_WINDOW] for sentence in [written_up_from(block.text)]
                       if sentence and dates.find_dates(sentence, year)), None)
    if written_up:  # '本文根据 5 月 13 日星河 Meetup 上…的分享整理': the day the talk was given
        add(next(block for block in blocks if written_up in block.text), dates.find_dates(written_up, year)[0], written_up)
    labelled = label_pattern("date")
    for block in blocks:
        match = labelled.match(block.text)
        found = dates.find_dates(match.group("value") or "", year) if match else []
        if found:
            add(block, found[0])
            break
    if event_dates.get("from") and dates.normalize_date(event_dates["from"]):
        till = dates.normalize_date(event_dates.get("till")) if event_dates.get("till") else None
        candidates.append((None, dates.normalize_date(event_dates["from"]), till, ""))
    named = _date_after_name(blocks, result.name.value if result.name else None, year)
    if named:
        add(*named)
    held = next(((block, sentence, _held_date(sentence, found)) for block in blocks
                 if HELD.search(block.text) or ON_DATE.search(block.text)
                 for sentence in _sentences(block.text) if HELD.search(sentence) or ON_DATE.match(sentence)
                 for found in [dates.find_dates(sentence, year, bare=bool(HELD.search(sentence)))] if found), None)
    if held:
        add(held[0], held[2], held[1])
    relative = _relative_date(blocks, post, result.name.value if result.name else None)
    if relative:
        block, value, phrase = relative
        candidates.append((block, value, None, f"the date is worked out from the post's date ({post}: '{phrase}')"))
    for block in blocks[:40]:  # a date given with its weekday ('Sunday, March 29th', '6 月 12 日（周六）') is an event's
        found = dates.find_dates(block.text, year) if dates.WEEKDAY_DATE.search(block.text) else []
        if found:
            add(block, _days_spanned(found), block.text)
            break
    if matter.get("time") and dates.normalize_date(matter["time"]):
        candidates.append((None, dates.normalize_date(matter["time"]), None, ""))
    file_date = FILE_DATE.search(Path(source.path).stem)
    if file_date:
        day = dates.iso(*map(int, file_date.groups()))
        if day:
            candidates.append((None, day, None, "the date is taken from the file name"))
    for block in blocks[:15]:
        found = [d for d in dates.find_dates(block.text) if d.has_year]
        if found:
            candidates.append((block, found[0].start, found[0].end, "the date is the first one in the text"))
            break
    for block in blocks[:40]:
        if HELD.search(block.text) or block.is_title:
            month = dates.find_month(block.text, year)
            if month:
                candidates.append((block, month, None, "only the month is stated"))
                break
    if not candidates:
        return
    block, start, end, doubt = candidates[0]
    number = block.number if block else source.front_matter_lines.get("eventdates", source.front_matter_lines.get("time", 1))
    result.start_date = Found(start, Span(number, number), doubt)
    if end:
        result.end_date = Found(end, Span(number, number))


DAYS_OF_ONE_EVENT = 7
DATE_AFTER_NAME = re.compile(r"^[\s*_]*,\s*(?:(?:beginning|starting|from|on)\s+)?")


def _date_after_name(blocks: list[Block], name: str | None, year: int | None) -> tuple | None:
    """'… at the upcoming Contoso Summit, May 22-25, at the Lakeside Hotel', 'the Contoso European
    Summit, beginning 26 October through 28 October': the reported event's name (or a form of it
    with the same first word) with its dates set after it."""
    if not name:
        return None
    first_word = name.split()[0].casefold()
    for block in blocks[:NAME_WINDOW]:
        if first_word not in block.text.casefold():
            continue
        for sentence in _sentences(block.text):
            for match in _event_phrase_pattern().finditer(sentence):
                phrase = _event_phrase(match.group(0))
                if not phrase or phrase.split()[0].casefold() != first_word:
                    continue
                rest = sentence[match.end():] if match.group(0).endswith(phrase) else sentence[sentence.find(phrase) + len(phrase):]
                lead = DATE_AFTER_NAME.match(rest)
                found = dates.find_dates(rest[:80], year, bare=True) if lead else []
                if found and found[0].position <= lead.end() + 1:
                    return block, found[0], sentence
    return None


def _days_spanned(found: list[dates.DateMatch]) -> dates.DateMatch:
    """'an evening social on Sunday, May 19th and the main event on Monday, May 20th': days named
    one after another within a week are one event's days, first to last."""
    from datetime import date

    days = [d.start for d in found if len(d.start) == 10 and d.end is None]
    if len(days) < 2 or len(days) != len(found) or days != sorted(days) \
            or (date.fromisoformat(days[-1]) - date.fromisoformat(days[0])).days > DAYS_OF_ONE_EVENT:
        return found[0]
    return dates.DateMatch(days[0], days[-1], found[0].position, found[0].has_year)


def _held_date(sentence: str, found: list[dates.DateMatch]) -> dates.DateMatch:
    """The date of 'X, which will be held March 17-19, 2015' in a sentence that opens with its
    dateline ('SAN JOSE, Calif., Feb. 3, 2021 -- …'): the first date after the verb that says the
    event is held, else the first date; days named with their weekdays, first to last."""
    verb = HELD.search(sentence)
    after = [d for d in found if verb and d.position > verb.start()] or found
    return _days_spanned(after) if dates.WEEKDAY_DATE.search(sentence) else after[0]


ON_DATE = re.compile(r"(?i)(?:^|(?<=[.!?]\s))on\s+\w+\s+\d")
SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+(?=[A-Z\u4e00-\u9fff\"“])")


def _nearest_to_post(day: str, post: str) -> str:
    """'1 月 9 日' on a page posted 2019-12-31 is 2020-01-09, '12 月 28 日' in a recap posted
    2020-01-15 is 2019-12-28: a Chinese day and month without a year fall in the year that puts
    them nearest to the post."""
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", day) or not re.fullmatch(r"\d{4}-\d\d-\d\d", post or ""):
        return day
    posted = date.fromisoformat(post)
    options = [f"{int(post[:4]) + shift}{day[4:]}" for shift in (-1, 0, 1)]
    valid = [option for option in options if dates.iso(*map(int, option.split("-")))]
    return min(valid, key=lambda option: abs((date.fromisoformat(option) - posted).days), default=day)


FUTURE = re.compile(r"(?i)\b(?:will|upcoming|coming|next|register|registration)\b")


def _sentences(text: str) -> list[str]:
    return SENTENCE_END.split(text)


POST_PATH_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?!\d)")


def _post_date(source: Source) -> str | None:
    """A blog post's own date (front-matter 'date', else the date in its path or address:
    'blog/2024/05/09/…'), from which 'last week' counts."""
    for key in ("date", "published"):
        value = source.front_matter.get(key)
        if value and dates.normalize_date(value):
            return dates.normalize_date(value)
    for key in ("path", "url", "permalink", "slug", "aliases"):
        found = POST_PATH_DATE.search(str(source.front_matter.get(key) or ""))
        if found:
            return dates.iso(*map(int, found.groups()))
    return None


PAST = re.compile(r"(?i)\b(?:was|were|had|took place|gathered|attended|met|came|went)\b")


def _recalled(found: dates.DateMatch, post: str | None, sentence: str) -> bool:
    """'we were already gathered on November 12th' in a recap posted in January: a yearless day
    in a later month than the post's, in a sentence about the past, is last year's."""
    return bool(not found.has_year and post and PAST.search(sentence) and not FUTURE.search(sentence)
                and found.start[:7] > post[:7])


def _upcoming(found: dates.DateMatch, post: str | None, sentence: str) -> tuple[str, str | None]:
    """A date without its year in an announcement ('will be held April 5-7', posted in
    December) falls in the year after the post; one in a recap, in the year before (`_recalled`)."""
    if _recalled(found, post, sentence):
        return tuple(f"{int(value[:4]) - 1}{value[4:]}" if value else None for value in (found.start, found.end))
    if found.has_year or not post or not FUTURE.search(sentence) or found.start >= post:
        return found.start, found.end
    later = [f"{int(value[:4]) + 1}{value[4:]}" if value else None for value in (found.start, found.end)]
    return later[0], later[1]


RELATIVE_CUE = re.compile(r"(?i)\b(?:today|tomorrow|yesterday|weeks?|weekend|months?|days|last|past|next|coming|earlier|later)\b"
                          r"|\b[Tt]his\s+[A-Z][a-z]+")


def _relative_date(blocks: list[Block], post: str | None, name: str | None) -> tuple[Block, str, str] | None:
    """'Last November … developers got together', 'It was great to attend X earlier this month':
    a date relative to the post's own date, in a sentence about the event (its name, an event
    word or an event verb; 'today' only with 'at')."""
    if not post:
        return None
    for block in blocks[:40]:
        if not RELATIVE_CUE.search(block.text):
            continue
        for sentence in _sentences(block.text):
            about_event = (name and name in sentence) or HELD.search(sentence) or pattern("event_words").search(sentence)
            if not about_event:
                continue
            if re.search(r"(?i)\btoday\b", sentence) and re.search(r"(?i)\bat\b", sentence) and (
                    name and name in sentence or HELD.search(sentence)):
                return block, post, "today"
            found = dates.relative_date(sentence, post)
            if found:
                return block, found[0], found[1]
    return None


OFFLINE = re.compile(r"(?i)线下|现场|\b(?:offline|in[- ]person|hybrid)\b")


def _online_only(blocks: list[Block]) -> Block | None:
    """The line that labels the event's format as online only ('活动形式：线上直播', 'Format: virtual')."""
    for block in blocks:
        match = label_pattern("format").match(block.text)
        value = (match.group("value") or "") if match else ""
        if value.strip():
            return block if places.VIRTUAL.search(value) and not OFFLINE.search(value) else None
    return None


def _place(result: Extraction, source: Source, blocks: list[Block]) -> None:
    candidates: list[tuple[dict, int]] = []
    labelled = label_pattern("place")
    for block in blocks:
        match = labelled.match(block.text)
        if match and (match.group("value") or "").strip():
            candidates.append((places.parse_place(match.group("value")), block.number))
            break
    online = _online_only(blocks) if not candidates else None
    if online:  # '活动形式：线上直播': no city, though the name says '成都站'
        result.virtual = Found(True, _span(online))
        return
    for key in ("eventplace", "location", "place", "city"):
        value = source.front_matter.get(key)
        if isinstance(value, str) and value.strip():
            candidates.append((places.parse_place(value), source.front_matter_lines.get(key, 1)))
    title = str(source.front_matter.get("title") or "")
    station = re.search(r"([\u4e00-\u9fff]{2,3})站", title)
    if station and places.city(station.group(1)):
        name, country = places.city(station.group(1))
        candidates.append(({"city": name, "country": country}, source.front_matter_lines.get("title", 1)))
    held = next(((block, found[0]) for block in blocks[:80] if HELD.search(block.text)
                 for sentence in _sentences(block.text) if HELD.search(sentence)
                 for found in [places.find_cities(sentence)] if found), None)
    if held:  # the sentence that says where the event is held ('will take place … in Amsterdam')
        candidates.append(({"city": held[1][1], "country": held[1][2]}, held[0].number))
    for block in blocks[:15]:  # the event's date and place on one line: 'October 17-19, 2023 | Venue, San Jose, CA'
        place = _date_and_place(block.text)
        if place:
            candidates.append((place, block.number))
            break
    for block in blocks[:40]:  # a line that is only a place ('Shanghai, China'), or a dateline ('San Jose, CA – …')
        head = _dateline(block.text)
        if head and block.kind != "row":
            place = places.parse_place(head)
            if place.get("city"):
                candidates.append((place, block.number))
                break
    for block in blocks[:80]:
        if HELD.search(block.text) or block.is_title or pattern("event_words").search(block.text):
            found = _cities_of_this_event(block.text, result.name)
            if block.is_title:  # 'Contoso Contributor Summit Shanghai', '… Summit San Jose'
                tail = re.findall(r"[A-Z][a-z]+", block.text.split(",")[-1])[-2:]
                trailing = next((places.city(" ".join(tail[i:])) for i in range(len(tail))
                                 if block.text.rstrip().endswith(" ".join(tail[i:])) and places.city(" ".join(tail[i:]))), None)
                if trailing:
                    found.append((0, *trailing))
            if found:
                candidates.append(({"city": found[0][1], "country": found[0][2]}, block.number))
                break
    for block in blocks[:30] if result.name or result.start_date else ():  # weakest: the first 'in City' of the opening lines
        found = _cities_of_this_event(block.text, result.name) if not biography().search(block.text) else []
        if found and not CJK.search(block.text):
            candidates.append(({"city": found[0][1], "country": found[0][2], "doubt": WEAK_CITY}, block.number))
            break
    for place, number in candidates:
        span = Span(number, number)
        for key in ("city", "country", "venue", "virtual"):
            if key in place and getattr(result, key) is None:
                setattr(result, key, Found(place[key], span, place.get("doubt", "") if key == "city" else ""))
        if result.city:
            break
    online = next((block for block in blocks[:40] if ONLINE.search(block.text)), None) if not result.city else None
    if online and result.virtual is None:  # 'took place online on May 12-15'
        result.virtual = Found(True, _span(online))


def _cities_of_this_event(text: str, name: Found | None) -> list[tuple]:
    return [city for city in places.find_cities(text) if not _another_events_city(text, city[0], name)]


def _another_events_city(text: str, offset: int, name: Found | None) -> bool:
    """'… announced during the upcoming Contoso Summit in Lyon' in a post about another event:
    the city follows an event's name that is not the reported one, so it is that event's city."""
    before = text[max(0, offset - 100):offset]
    named = re.sub(r"[\s,]+(?:in|at)\s+(?:the\s+)?$", "", before)
    phrase = _event_phrase(" ".join(named.split()[-8:])) if named != before else None
    attended = re.search(r"\bat\s+(?:the\s+)?([A-Z][\w-]*\d\d)$", named.rstrip(" *_"))  # 'at SC16 in Denver'
    phrase = phrase or (attended.group(1) if attended else None)
    if not phrase or not named.rstrip(" *_").endswith(phrase):
        return False
    reported = name.value.casefold() if name else ""
    return not reported or phrase.casefold() not in reported and reported not in phrase.casefold()


ONLINE = re.compile(r"(?i)\b(?:held|took place|takes place|taking place|will take place|hosted|met|gathered)\s+"
                    r"(?:\w+\s+){0,2}?(?:online|virtually|on zoom)\b|(?:线上|在线)(?:举办|举行|召开|进行)")
WEAK_CITY = "the city is only the first place the text names ('in City'), not a stated venue"
INFO_SEPARATOR = re.compile(r"\s+[|｜•·]\s+")


def _date_and_place(text: str) -> dict | None:
    """'October 3-5, 2021 | Lakeside Convention Center, San Jose, CA': a short line whose parts,
    set apart by bars or bullets, are a dated part and a place."""
    parts = INFO_SEPARATOR.split(text)
    if not 2 <= len(parts) <= 3 or len(text) > 140 or not any(d.has_year for d in dates.find_dates(parts[0])):
        return None
    return next((place for part in parts[1:] for place in [places.parse_place(part)] if place.get("city")), None)
DATELINE_BREAK = re.compile(r"\s*(?:--|–|—|\(|/|\s-\s)")


def _dateline(text: str) -> str | None:
    """The place of a line that is only a place ('Shanghai, China'), or of a dateline: 'San Jose,
    CA – …', 'SAN JOSE, Calif., Dec. 1, 2021 /PRNewswire/ --', 'Barcelona, Spain, October 4, 2021:'."""
    head = re.split(r"\s[–—-]\s", text)[0]
    if len(head) <= 40 and re.search(r"[,，]", head):
        return head
    if "," not in text[:80] or not re.search(r"(?:19|20)\d\d", text[:120]):
        return None
    found = [d for d in dates.find_dates(text[:120]) if d.has_year]
    if found and found[0].position <= 80:
        head = DATELINE_BREAK.split(text[:found[0].position])[0].strip(" ,*_")
        if "," in head and len(head) <= 60:
            return head
    return None


# --- organizers, attendance, figures --------------------------------------------------------------------


def split_names(text: str) -> list[str]:
    text = re.split(r"[。；;]|\s{2,}", text)[0]
    return [name.strip(" .") for name in SPLIT_NAMES.split(text) if 1 < len(name.strip(" .")) <= 60]


def split_zh_names(text: str) -> list[str]:
    """'开放计算社区与星河科技', 'A、B及C', 'Contoso 社区和 Fabrikam' -> the names; a 和 or 与 inside a
    name ('云和数科') stays, as its sides would be single characters."""
    pieces = [piece.strip() for piece in re.split(r"[、,，;；/]|以及|及|与|和", text)]
    names: list[str] = []
    for piece in pieces:
        if names and (len(piece) < 2 or len(names[-1]) < 2):
            joint = text[text.find(names[-1]) + len(names[-1]):text.find(piece, text.find(names[-1]) + len(names[-1]))]
            names[-1] = f"{names[-1]}{joint}{piece}"
        elif piece:
            names.append(piece)
    return [name.strip(" .") for name in names if 1 < len(name.strip(" .")) <= 60]


def organizers(blocks: list[Block]) -> list[Found]:
    found: list[Found] = []
    for line in blocks:
        for role in ORGANIZER_ROLES:
            match = label_pattern(role).match(line.text) or label_anywhere(role).search(line.text)
            if match and (match.group("value") or "").strip():
                found += [Found((name, role), _span(line)) for name in split_names(match.group("value"))
                          if CJK.search(name) or not person_name(re.sub(r"\s*[(\[]?@[\w-]+[)\]]?", "", name))]
                # an organizer with a person's Latin name is a person ('星河科技' is not)
        for clause in re.split(r"[，。；,;]", line.text) if ZH_ORGANIZING_VERB.search(line.text) else []:
            for match in ZH_ORGANIZING.finditer(clause):
                names = [n for n in re.split(r"和|与|及|、|/", ZH_NAME_START.sub("", match.group("names").strip())) if n.strip()]
                if names and all(2 <= len(n.strip()) <= 20 for n in names):
                    found += [Found((n.strip(), ZH_ORGANIZING_ROLES[match.group("verb")]), _span(line)) for n in names]
        jointly = re.search(r"(?:^|[，。,;；:：\s]|期|次|将|并)联合\s*([^，。,]+?)\s*(?:共同)?(?:举办|主办|发起)", line.text)
        if jointly:  # '联合 Fabrikam、星河科技及云帆数据共同举办'
            found += [Found((name, "co-organizer"), _span(line)) for name in split_names(jointly.group(1))]
        for match in EN_HOST_SUBJECT.finditer(line.text) if HELD.search(line.text) else ():  # 'the Contoso team held two workshops'
            name = match.group("org").strip()
            singular = re.sub(r"(?<=[a-z])s\b", "", match.group("object"))  # 'two workshops'
            if pattern("event_words").search(singular) and not person_name(name) \
                    and name.split()[0].casefold() not in words("sentence_openers"):
                found.append(Found((name, EN_HOST_ROLES.get(match.group("verb").casefold()[:4], "host")), _span(line)))
        hosted = re.search(r"由\s*([^，。,]+?)\s*(?:联合|共同)?(?:主办|举办|发起)", line.text)
        if hosted:
            found += [Found((name, "host"), _span(line)) for name in split_zh_names(hosted.group(1))]
            co = re.search(r"主办[，,]\s*([^。]+?)\s*(?:联合举办|联合主办|协办|承办|共同举办|合办)", line.text)
            if co:
                found += [Found((name, "co-organizer"), _span(line)) for name in split_names(co.group(1))]
        for phrase, role in ORGANIZER_PHRASES:
            for match in phrase.finditer(line.text):
                name = re.split(r",|\.\s|\band\b|\bwith\b", match.group(1))[0].strip(" .")
                if name:
                    found.append(Found((name, role), _span(line)))
    unique: dict[str, Found] = {}
    for item in found:
        unique.setdefault(item.value[0].casefold(), item)
    return list(unique.values())


def attendance(blocks: list[Block]) -> dict[str, Found]:
    found: dict[str, Found] = {}
    for line in blocks:
        for stated, key in ATTENDANCE:
            match = stated.search(line.text)
            if match and key not in found:
                found[key] = Found(int(match.group(1)), _span(line))
    return found


def figures(blocks: list[Block]) -> list[Found]:
    found = []
    for line in blocks:
        for match in FIGURE.finditer(line.text):
            number = match.group("value").replace(",", "").rstrip(".")
            try:
                value = float(number) if "." in number else int(number)
            except ValueError:
                continue
            sentence = re.split(r"(?<=[.。;；!?])\s*", line.text[max(0, match.start() - 120):match.end() + 120])
            measures = next((s for s in sentence if match.group(0) in s), line.text)[:200]
            note = "the source says 'more than'" if match.group("more") else ""
            found.append(Found({"value": value, "unit": match.group("unit"), "measures": measures.strip(), "note": note},
                               _span(line)))
    return found


# --- people -------------------------------------------------------------------------------------------

SPEECH_VERBS = "|".join(w for w in words("speech_verbs") if w.isascii())
SPEAKER_IN_PROSE = re.compile(rf"(?P<who>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{1,2}})\s+(?:also\s+)?(?:{SPEECH_VERBS})\s")
RELATIVE_CLAUSE = re.compile(rf",?\s+(?:who|which)\s+|,\s+(?:is|are|was|were|will|has|had|have)\s+|\s+(?:{SPEECH_VERBS})\s+")
LATIN_ROLES = "|".join(re.escape(w) for w in words("roles") if w.isascii() and w.isalpha() and len(w) > 2)
CAPTION_PERSON = [
    # "Jane Doe, President of the Contoso Foundation" / "Wei Chen, senior product manager of Fabrikam"
    re.compile(r"(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'’-]+){1,2}),\s*(?P<rest>[A-Za-z][\w &.-]{2,60}?\s+"
               r"(?:of|at)\s+(?:the\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,5})(?:['’]s\s+[\w &-]+?)?"
               r"(?=[,.;]|\s+and\b|\s+(?:said|says)\b|$)"),
    # "- Omar Haddad, Open Racks Lisbon spoke about …": a name and an organization before a speech verb
    re.compile(r"^(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}),\s*(?P<rest>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,5})"
               rf"(?=\s+(?:{SPEECH_VERBS})\b)"),
    # "Mateo Ruiz, TSL Director, opened the day": a name, then a job title set off by commas
    re.compile(rf"(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'’-]+){{1,2}}),\s*(?!who\b|which\b)(?P<rest>[^,;.()]{{0,40}}?"
               rf"\b(?i:{LATIN_ROLES})"
               rf"\b[^,;.()]{{0,40}}),\s+(?=[a-z])"),
    # "Jane Doe, Contoso team manager said, …": a name, then a job title before a speech verb
    re.compile(rf"(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'’-]+){{1,2}}),\s*(?P<rest>[^,;.()]{{0,40}}?"
               rf"\b(?i:{LATIN_ROLES}))"
               rf",?\s+(?:{SPEECH_VERBS})\b"),
    # "Name from Org" / "Name of Org"
    re.compile(r"(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s+(?:from|of)\s+(?P<rest>(?:[Tt]he\s+)?[A-Z][\w&.-]*"
               r"(?:\s+(?:(?:of|for|de)\s+)?[A-Z][\w&.-]*){0,4})"),
]
def _inside_an_organization(words_found: str, text: str) -> bool:
    """'Management Pune' of '… University of Science and Management Pune delivered …'."""
    return any(words_found in name and words_found != name for name in organization_mentions(text))


BRACKETED_LINE = re.compile(r"^\[([^\[\]]+)\]$")
HANDLE_PERSON = re.compile(r"(?P<name>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){0,2})\s*[(\[]*@[A-Za-z0-9][\w-]*")
ZH_CAME_FROM = re.compile(r"来自((?:[^，。；、]{2,16}?的[\u4e00-\u9fff]{2,3}[、和与]?)+)")
ZH_ORG_OF_NAME = re.compile(r"[和与及]?(?P<org>[^，。；、的]{2,16}?)的(?P<name>[\u4e00-\u9fff]{2,3}?)(?=[、和与也都还亦均]|$)")
ZH_CAPTION = re.compile(r"(?:^|[，。；、\s])(?P<who>来自[^，。；]{2,40}?的[^，。；]{0,20}?[\u4e00-\u9fff]{2,3})(?=[，。；、\s]|$)")


def _title_after_name(text: str) -> str | None:
    """'何平教授作了总结' -> '教授': a job title (or honorific) right after a two-character name,
    when the name's two characters and the title's first would also read as a name."""
    role = _zh_role_start().match(text, 2)
    return role.group() if role and person_name(text[:2]) else None


@cache
def _zh_role_start() -> re.Pattern:
    return re.compile(alternation(w for w in words("roles") + words("honorifics") if CJK.search(w)))


def people(blocks: list[Block], found_sessions, lexicon: Lexicon) -> list[PersonMention]:
    found: list[PersonMention] = [speaker for session in found_sessions for speaker in session.speakers]
    found += labelled_speakers(blocks) + bio_people(blocks) + listed_people(blocks)
    for block in blocks:
        text = block.text
        # '- Name, Title, who presented …': what follows the name and affiliation names no one
        line = RELATIVE_CLAUSE.split(text)[0] if block.kind == "item" else text
        if block.kind != "item":
            line = text = BRACKETED_LINE.sub(r"\1", text)  # '[Jane Doe, Engineer, Contoso]' under a slide's title
        speaker_line = block.kind == "item" and len(line) <= 200 and re.search(r"[,(（]", line)
        caption_line = block.kind in ("paragraph", "bold", "heading") and len(line) <= 60 and CJK.search(line) \
            and not label_pattern("talk").match(line)  # '议题题目：星河数据库性能调优' names no one
        if speaker_line or caption_line:
            found += [p for p in parse_people(line, _span(block)) if _vouched(p)]
        elif block.kind in ("paragraph", "bold") and len(text) <= 120 and text.count(",") >= 2 and not text.endswith(".") \
                and is_role(text):
            found += [p for p in parse_people(text, _span(block)) if p.title and p.organization]  # 'Name, Title, Org' alone
        elif block.kind in ("paragraph", "bold") and LATIN.match(text):
            captioned = name_then_affiliation(text, _span(block))  # 'Jane Doe Deputy General Manager of Contoso.'
            found += [captioned] if captioned else []
        for caption in CAPTION_PERSON if "," in text or " of " in text or " from " in text else ():
            weak = caption is CAPTION_PERSON[-1]  # 'Name of Org' also reads 'Widespread Adoption of X'
            for match in caption.finditer(text):
                found += [p for p in parse_people(f"{match.group('who')}, {match.group('rest')}", _span(block))
                          if (p.organization or p.title) and (not weak or probably_a_person(p.name))]
        if RUN_TOGETHER.search(text):
            for org_text in sorted({w for _, _, w in lexicon.find("organizations", text)} | set(organization_mentions(text)),
                                   key=len, reverse=True):
                found += _run_together(text, org_text, _span(block))
        for match in SPEAKER_IN_PROSE.finditer(text):  # 'Maria Lopez Diaz also discussed …'
            name = person_name(match.group("who"))
            if name and probably_a_person(name) and not _inside_an_organization(match.group("who"), text):
                found.append(PersonMention(name, _span(block)))
        for match in HANDLE_PERSON.finditer(text):  # 'Jane Doe (@handle)', 'Omar (@handle)', not 'on Twitter @handle'
            name = match.group("name").strip()
            platform = re.search(r"(?i)\b(?:on|via|at|follow(?:\s+us)?(?:\s+on)?)\s*$", text[:match.start()])
            if not platform and name.split()[0].casefold() not in words("common_words") and (person_name(name) or " " not in name):
                found.append(PersonMention(name, _span(block)))
        for match in ZH_CAPTION.finditer(text):
            found += parse_people(match.group("who"), _span(block))
        found += _korean_captions(text, _span(block)) if HANGUL.search(text) else []
        found += _zh_role_name_list(text, _span(block)) if CJK.search(text) else []
        for listed in ZH_CAME_FROM.finditer(text):  # '来自星河科技的张三、云帆数据的李四'
            for item in ZH_ORG_OF_NAME.finditer(listed.group(1)):
                after = text[listed.start(1) + item.start("name"):]
                title = _title_after_name(after)  # '来自蓝海大学的何平教授': 何平, 教授
                name = person_name(after[:2] if title or verb_follows(after, 2) else item.group("name"))
                if name:
                    found.append(PersonMention(name, _span(block), item.group("org"), title))
        for _, _, written in lexicon.find("people", text):
            found.append(PersonMention(written, _span(block)))
    for person in found:
        person.organization = clean_organization(person.organization)
    return _merge_people([p for p in found if not is_role(p.name) and p.name not in well_known()])


ZH_LIST_ITEM = re.compile(r"[；;、]")
ZH_LIST_LEAD = re.compile(r"^.*[:：]")  # '出席本次活动的嘉宾有：' before the first item
ZH_CLAUSE = re.compile(r"[，,。]")


def _zh_role_name_list(text: str, span: Span) -> list[PersonMention]:
    """'嘉宾有：云帆数据首席架构师李晓明；蓝海大学教授赵丽华；…', '感谢星河科技郑伟、云帆数据冯雪的分享': items
    apart by semicolons or 、 within one clause, each an organization or job title that ends in a
    name. Two such items make the list."""
    found = []
    for clause in ZH_CLAUSE.split(text):
        items = ZH_LIST_ITEM.split(clause)
        if len(items) < 2:
            continue
        items[0] = ZH_NAME_START.sub("", ZH_LIST_LEAD.sub("", items[0]))  # '感谢星河科技郑伟、…'
        items[-1] = re.sub(r"等[^、；;]*$", "", items[-1])  # '…、云帆数据冯雪等多位伙伴'
        people = [_listed_person(item, span) for item in items]
        if not people[0]:  # '到场的还有星河科技郑伟': the sentence's words before the organization go
            people[0] = _listed_person(after_function_words(items[0]), span)
        listed = [p for one in people if len(one) == 1 for p in one if p.title or p.organization]
        found += listed if len(listed) >= 2 else []
    for person in found:  # what is left of the sentence before an organization goes
        person.organization = after_function_words(person.organization) if person.organization else None
    return found


def _listed_person(item: str, span: Span) -> list[PersonMention]:
    return parse_people(item.strip(" 。.，,"), span) if 0 < len(item.strip()) <= 60 else []


@cache
def _korean_caption() -> re.Pattern:
    """'노스윈드 시스템즈 김민준 부사장은 …': an organization, a Korean name and a job title, in a sentence."""
    roles = alternation(w for w in words("roles") if HANGUL.search(w))
    return re.compile(rf"(?P<org>(?:[\w&.+-]+\s+){{1,3}}?)(?P<name>[\uac00-\ud7af]{{3,4}})\s+"
                      rf"(?P<title>(?:{roles})(?:\s+(?:{roles}))*)(?:께서|은|는|이|가|의|도|과|와)?(?=[\s,.]|$)")


def _korean_captions(text: str, span: Span) -> list[PersonMention]:
    found = []
    for match in _korean_caption().finditer(text):
        name = person_name(match.group("name"))
        org_words = match.group("org").split()
        while org_words and any(KO_OBJECT.search(word) for word in org_words):  # '행사에서 노스윈드' -> '노스윈드'
            org_words.pop(0)
        if name and org_words:
            found.append(PersonMention(name, span, " ".join(org_words), match.group("title")))
    return found


def _vouched(person: PersonMention) -> bool:
    """A speaker line's person stands with an affiliation that reads as a name or a job title;
    'Deep Learning, Machine Learning and AI through GPUs' is a list of topics."""
    if clean_organization(person.organization) is None and not person.title:
        return False
    return bool(person.title) or not plain_words(person.name)


RUN_TOGETHER = re.compile(r"[a-z][A-Z][a-z]")


@cache
def _run_together_title() -> re.Pattern:
    roles = "|".join(re.escape(w) for w in sorted(words("roles"), key=len, reverse=True) if not CJK.search(w))
    return re.compile(rf"\s*(?P<title>[A-Za-z&][A-Za-z& ]{{0,60}}?(?i:{roles}))(?P<name>[A-Z][a-z]+\s[A-Z][a-z]+)")  # glued: 'ManagerWei Chen'


def _run_together(text: str, org_text: str, span: Span) -> list[PersonMention]:
    """Text extracted without spaces: 'Contoso InformationserverProduct Line General ManagerWei Chen'
    -> the name after the job title that follows an organization."""
    found = []
    for at in [m.start() for m in re.finditer(re.escape(org_text), text)]:
        match = _run_together_title().match(text, at + len(org_text))
        if match and person_name(match.group("name")):
            title = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", match.group("title")).strip()
            found.append(PersonMention(match.group("name"), span, org_text, title))
    return found


def _merge_people(found: list[PersonMention]) -> list[PersonMention]:
    """One mention per person (a middle initial or not), keeping the most complete organization
    and title seen."""
    merged: dict[str, PersonMention] = {}
    for person in found:
        key = re.sub(r"\s+", " ", re.sub(r"(?<=\s)[A-Z]\.\s", "", person.name)).casefold()  # 'Jane Q. Doe' is 'Jane Doe'
        if key not in merged:
            merged[key] = PersonMention(person.name, person.span, person.organization, person.title)
        else:
            known = merged[key]
            known.organization = known.organization or person.organization
            known.title = known.title or person.title
    return list(merged.values())
