"""Part of stage 2, extract: when and where the event took place. Dates and place are read from
the most explicit statement to the least: front matter, labelled lines (`活动时间：`, `Venue:`), the
date right after the event's name, a 'held on' sentence, a dateline, then the file name or the post's
own date; a value only a weak cue gave carries a doubt for the review note.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import NamedTuple

from ..writing import CJK
from . import clock, dates, places
from .classify import common_given_name, dictionary_word, is_role, person_name, probably_a_person, zh_job_title
from .event_name import (CJK_HELD, HELD, NAME_WINDOW, PLACE_KEYS, ZH_LEAD_BLOCKS, cjk_held_forms, event_page_days, event_phrase,
                         event_phrase_pattern)
from .talk_lines import PAGE_STAMPS, presenters_at_end
from .talk_pages import TRANSCRIPT_WINDOW, written_up_from
from .model import Extraction, Found, Span
from .organizations import biography
from .people import CREDITED_BEFORE
from .read import Source
from .segment import Block, label_row_text
from .wordlists import alternation, label_pattern, labels, pattern, words

# A page filed under an events folder ('content/events/x.md', or flattened 'content__events__x.md') is an
# event's own page: its front-matter date is the event's day when nothing else dates it.
EVENTS_FOLDER = re.compile(r"(?:^|[/\\]|__)events(?:[/\\]|__)", re.IGNORECASE)
TIMESTAMP = re.compile(r"(?<!\d)(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}[ T]+\d{1,2}:\d\d:(?!00)\d\d(?!\d)")
# '来源：X 2023-06-28 00:37:48': a moment read to the second (not a scheduled ':00') is a machine's record of when
# a news item was posted, no event's day ('分享时间 2031-03-21 21:00:00' is a talk's time)
POSTS_FOLDER = re.compile(r"(?:^|[/\\]|__)_posts(?:[/\\]|__)")  # Jekyll names a post '_posts/2024-05-09-slug.md' by the day it was published
POST_LAYOUT = re.compile(r"(?i)(?:blog[-_]?)?post|blog")  # 'layout: post': a site generator's blog post, its file named by the day it came out
FILE_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_]?(0[1-9]|1[0-2])[-_]?(0[1-9]|[12]\d|3[01])(?!\d)")


class DateCandidate(NamedTuple):
    """One statement of the event's days: where it stands (no block: the front matter or the file), its first
    and last day, the doubt the review note gives when it is taken, and what kind of weak statement it is
    (FILE_NAME, MONTH_ONLY, FIRST_IN_TEXT; '' for the others)."""
    block: Block | None
    start: str
    end: str | None
    doubt: str
    kind: str = ""


FILE_NAME, MONTH_ONLY, FIRST_IN_TEXT = "file name", "month only", "first in text"


def fill_dates(result: Extraction, source: Source, blocks: list[Block], year: int | None) -> None:
    """The event's dates, from the most explicit statement to the least; a year the text leaves
    out comes from the event's name ('2016 Contoso Summit … April 5-7'), else the context."""
    matter = source.front_matter
    post = _post_date(source) or _stamped_post_date(blocks)
    matter_post = dates.normalize_date(str(matter.get("date") or ""))
    named_year = dates.year_in(result.name.value) if result.name else None
    named_years = _years_named(result.name.value, named_year) if result.name else None
    year = named_year or year or (int(post[:4]) if post else None)  # a post dated by its address or folders only
    candidates: list[DateCandidate] = []

    def add(block: Block | None, found: dates.DateMatch, sentence: str = "") -> None:
        start, end = _upcoming(found, post, sentence)
        if not found.has_year and not named_year and post and CJK.search(sentence or (block.text if block else "")):
            nearest = _nearest_to_post(start, post)
            shift = int(nearest[:4]) - int(start[:4])
            start, end = nearest, f"{int(end[:4]) + shift}{end[4:]}" if end else None
        doubt = "" if found.has_year else f"the year ({start[:4]}) is taken from the document's context"
        candidates.append(DateCandidate(block, start, end, doubt))

    written_up = next((sentence for block in blocks[:TRANSCRIPT_WINDOW] for sentence in [written_up_from(block.text)]
                       if sentence and dates.find_dates(sentence, year)), None)
    if written_up:  # '本文根据 5 月 13 日星河 Meetup 上…的分享整理': the day the talk was given
        add(next(block for block in blocks if written_up in block.text), dates.find_dates(written_up, year)[0], written_up)
    labelled = label_pattern("date")
    for block in blocks:
        match = labelled.match(label_row_text(block, "date"))  # also a table's row '| When | May 16-20 |'
        found = dates.find_dates(match.group("value") or "", year, bare=True) if match else []  # 'When: May 16-20'
        if found:
            add(block, found[0])
            break
    page_days = event_page_days(matter)
    if page_days:
        candidates.append(DateCandidate(None, *page_days[1:]))
    dated = _dated_heading(blocks)
    if dated:
        add(*dated)
    placed_title = _date_after_title_place(blocks, _front_matter_title(matter), year)
    if placed_title:
        add(*placed_title)
    named = _date_after_name(blocks, result.name.value if result.name else None, year)
    if named:
        add(*named)
    held = next(((block, sentence, _held_date(sentence, found)) for block in blocks
                 if HELD_ON.search(block.text) or ON_DATE.search(block.text)
                 for sentence in _sentences(block.text) if (HELD_ON.search(sentence) or ON_DATE.match(sentence))
                 and not _news_of_no_event(sentence, "news_verbs")
                 for found in [[day for day in dates.find_dates(sentence, year, bare=bool(HELD_ON.search(sentence)))
                                if not _another_years_day(day, named_years, post)]] if found), None)
    placed = _date_beside_place(blocks, year, result.name.value if result.name else None)
    if placed:
        add(*placed)
    if held:
        add(held[0], held[2], held[1])
    marked = _calendar_day(blocks, year)
    if marked:
        add(*marked)
    relative = _relative_date(blocks, post, result.name.value if result.name else None)
    if relative and _republished(relative[1], named_year or dates.year_in(_title(matter, blocks))):
        result.doubts.append(f"'{relative[3]}' counts from the post's date ({post}), a later year than the event's "
                             "title states: the post came out again later, the day it counts to is not taken")
        relative = None
    if relative:
        block, value, last, phrase, ended = relative
        doubt = f"the date is worked out from the post's date ({post}: '{phrase}')" if phrase \
            else f"the year ({value[:4]}) is taken from the document's context"  # the days written beside the phrase
        candidates.append(DateCandidate(block, value, value if ended else last,
                           doubt + (", the day the event ended; its first day is not stated" if ended else "")))
    for block in blocks[:40]:  # a date given with its weekday ('Sunday, March 29th', '6 月 12 日（周六）') is an event's
        found = [day for day in dates.find_dates(block.text, year) if not _a_deadline(_sentence_at(block.text, day.position))] \
            if dates.WEEKDAY_DATE.search(block.text) else []  # not the day to sign up by ('please register by Friday, May 3')
        if found:
            add(block, _days_spanned(found), block.text)
            break
    lead = _zh_lead_day(blocks, year)
    if lead:
        block, found, sentence = lead
        add(block, found, sentence)
        candidates[-1] = candidates[-1]._replace(doubt="the date is the day the recap's opening sentence gives")
    time = _matter_time(matter)
    if time:
        candidates.append(DateCandidate(None, time, None, ""))
    elif matter_post and _hours_alone(matter.get("time")):
        candidates.append(DateCandidate(None, matter_post, None, "the date is the page's own date, whose front matter gives "
                                        f"the event's hours ('time: {matter['time']}')"))
    file_date = FILE_DATE.search(Path(source.path).stem)
    file_day = dates.iso(*map(int, file_date.groups())) if file_date else None
    filed_as = source.origin or str(source.path)  # where the file sits: a blog's posts folder, an events folder
    posted_day = matter_post or (file_day if POSTS_FOLDER.search(filed_as) or POST_LAYOUT.fullmatch(str(matter.get("layout", ""))) else None)
    title = _front_matter_title(matter)
    if file_day and _reports_its_part(title, result.name):
        result.doubts.append(f"The post reports its writers' part in an event and states none of its days: "
                             f"the file's date ({file_day}) is the post's, not taken as the event's")
        file_day = None
    if file_day and file_day != posted_day and _named_as_looking_back(Path(source.path).stem):
        result.doubts.append(f"The file's name says the post looks back on an event: its date ({file_day}) is the post's, "
                             "not taken as the event's")
        file_day = None
    if file_day and not matter_post and _a_posts_slug(Path(source.path).stem, result.name) and not _day_written(file_day, blocks):
        result.doubts.append(f"The file is named by a day and words, as a blog names a post by the day it was published, "
                             f"the page states no other date of its own and the text never writes that day: "
                             f"its date ({file_day}) is not taken as the event's")
        file_day = None
    if file_day and file_day != posted_day:
        candidates.append(DateCandidate(None, file_day, None, "the date is taken from the file name", FILE_NAME))
    titled = dates.find_dates(title, year, bare=True)
    if titled:  # 'Contoso Meetup, March 5' in the front matter, before the first date of the text ('scheduled for Aug 16')
        add(None, titled[0], title)
    counted = _titled_relative_day(title, post, result.name.value if result.name else None) if not titled else None
    if counted:  # 'Contoso Meetup this Thursday', 'Contoso Summit Tomorrow!': the day the title counts to from the post's
        candidates.append(DateCandidate(None, counted[0], None, f"the date is worked out from the post's date ({post}: '{counted[1]}')"))
    for at, block in enumerate(blocks[:15]):
        found = _first_dates(block)
        found = found[1:] if found and _a_datelines_day(found[0], block) else found
        if found and not _an_entry_of_a_dated_log(found[0], block, blocks[at + 1:at + 2]) and not _a_page_stamp(found[0], block):
            candidates.append(DateCandidate(block, found[0].start, found[0].end, "the date is the first one in the text", FIRST_IN_TEXT))
        if found:
            break
    if matter_post and EVENTS_FOLDER.search(filed_as):
        candidates.append(DateCandidate(None, matter_post, None, "the date is the page's own date, and the page is in an events folder"))
    titled_month = dates.find_month(title, year)
    if titled_month and not titled and not RELATIVE_CUE.search(title):  # 'Contoso Meetup - March 2024', not 'last March'
        candidates.append(DateCandidate(None, titled_month, None, ONLY_THE_MONTH, MONTH_ONLY))
    reported_day = _day_reported(title, post)
    if reported_day:
        candidates.append(DateCandidate(None, reported_day[0], None, f"the date is worked out from the post's date ({post}), "
                           f"taken as the day its title reports ('{reported_day[1]}')"))
    opening = _opening_month(blocks, year, result.name.value if result.name else None)
    if opening:  # 'In May I attended Contoso Con 2031 in Lyon', 'In February 2031 we had our first maintainers' meeting'
        candidates.append(DateCandidate(opening[0], opening[1], None, ONLY_THE_MONTH, MONTH_ONLY))
    for block in blocks[:40]:
        if HELD.search(block.text) or block.is_title:
            month = dates.find_month(block.text, year)
            if month:
                candidates.append(DateCandidate(block, month, None, ONLY_THE_MONTH, MONTH_ONLY))
                break
    if file_day and file_day == posted_day and not candidates:  # a blog engine names a post by the day it was published
        looks = "announces an event to come" if _announces(matter, blocks) else "reports an event"
        result.doubts.append(f"The post {looks} and states none of its days: its own date ({file_day}) is not taken as the event's")
    if not candidates:
        return
    block, start, end, doubt, _ = _text_over_file_day(candidates)
    if not end:  # 'start_date: 2023-10-23' and the text's '23–24 October 2023': the same first day, and its last
        end = next((later.end for later in candidates[1:] if later.start == start and later.end), None)
    if not end:
        start, end = _widened_to_session_days(start, blocks, year)
    if end and block and block.kind == "item":
        end = _days_listed_on(end, blocks[blocks.index(block) + 1:], year)
    if not end and len(start) == 10:
        start, end = _range_holding(start, blocks, year) or _candidate_range_holding(start, candidates[1:]) \
            or _days_lasted(start, block) or (start, end)
    page_key = page_days[0] if page_days and not block and start == page_days[1] else "eventdates"
    number = block.number if block else source.front_matter_lines.get(page_key, source.front_matter_lines.get("time", 1))
    result.start_date = Found(start, Span(number, number), doubt)
    if end:
        result.end_date = Found(end, Span(number, number))


ONLY_THE_MONTH = "only the month is stated"


def _text_over_file_day(candidates: list[DateCandidate]) -> DateCandidate:
    """'# Contoso Summit - January 2031' in a file named '2031-02-05-…', 'The meetup will be on Thursday
    2031-06-21' in one named '2031-06-18-june-meetup': the first day the text itself writes in full, or the
    month it states, outranks the day a file is named by when that day is another (the day the post came out)."""
    first = candidates[0]
    if first.kind != FILE_NAME:
        return first
    stated = next((later for later in candidates[1:] if later.kind in (MONTH_ONLY, FIRST_IN_TEXT)), None)
    return stated if stated and stated.start != first.start[:len(stated.start)] else first


def _first_dates(block: Block) -> list[dates.DateMatch]:
    """The days with their year a block gives, not a deadline's, a piece of news's nor a machine's timestamp."""
    return [d for d in dates.find_dates(TIMESTAMP.sub(" ", block.text)) if d.has_year
            for sentence in [_sentence_at(block.text, d.position)]
            if not _a_deadline(sentence) and not _news_of_no_event(sentence, "news_verbs")]


def _a_datelines_day(day: dates.DateMatch, block: Block) -> bool:
    """'**SAN FRANCISCO, June 29, 2031** – … announced the program of Contoso Con, September 15-16, 2031':
    a press release's dateline gives the day the news was told; the days its paragraph goes on to give
    are the event's (when it gives none, the news was told at the event: 'Berlin, June 4, 2031: At the …')."""
    head = places.dateline(block.text) or ""
    place = block.text[:day.position].strip(" ,*_")  # the dateline's head holds its day, or stops before it
    return bool(place) and (head.startswith(place) or place.endswith(head)) and bool(head) \
        and any(later.position > day.position for later in _first_dates(block))


def _opens(day: dates.DateMatch, block: Block) -> bool:
    """A full day that opens its block: no word before it ('【2031/11/23 Update】', '| 2031/11/24 |'), not a
    label's value ('Start Date: Oct 1st, 2031')."""
    return len(day.start) == 10 and not re.search(r"[^\W_]", block.text[:day.position])


@cache
def _page_date_label(*kinds: str) -> re.Pattern:
    """A label of the day the page was posted, or updated or written up, right before a date (data/labels.txt,
    'posted-date', 'updated-date')."""
    return re.compile(rf"^[\W_]*(?:{alternation(word for kind in kinds for word in labels(kind))})[\s:：*`_()（）\[\]【】-]*$",
                      re.IGNORECASE)


def _a_page_stamp(day: dates.DateMatch, block: Block, kinds: tuple[str, ...] = PAGE_STAMPS) -> bool:
    """'News: 2031/12/11: …', 'Update 2031-10-13: …', '提炼日期：2031-10-02': the text's first date is the day the
    page itself was posted, updated or written up, as its label says, not an event's."""
    return bool(_page_date_label(*kinds).match(block.text[:day.position]))


def _stamped_post_date(blocks: list[Block]) -> str | None:
    """The day a page's text says it was posted ('发布时间：2031-11-22' over '今天，…在星河会议中心举行'), for a
    page whose front matter and path give none: the day its 'today' and 'last week' count from."""
    for block in blocks[:15]:
        found = _first_dates(block)
        if found:
            return found[0].start if len(found[0].start) == 10 and _a_page_stamp(found[0], block, ("posted-date",)) else None
    return None


LOG_GAP_DAYS = 7  # a later entry dated more than a week after the first is another occasion, not the event's next day


def _an_entry_of_a_dated_log(first: dates.DateMatch, block: Block, following: list[Block]) -> bool:
    """'| 2031/11/24 | Dana Whitfield | Paper: … |' over '| 2031/12/21 | …', '【2031/11/23 Update】…' over
    '【2031/11/17 Update】…': the first date of the text opens one entry of a log (no word before it) or a series' table, whose next
    entry (a block of the same kind) is dated earlier (newest first) or weeks later; no one event's day
    (an agenda's 'Day 1: May 5, 2031' over 'Day 2: May 6, 2031' is)."""
    after = next((_first_dates(other) for other in following if other.kind == block.kind), [])
    if not after or not _opens(first, block) or not _opens(after[0], following[0]):
        return False
    gap = (date.fromisoformat(after[0].start) - date.fromisoformat(first.start)).days
    return gap < 0 or gap > LOG_GAP_DAYS


OPENING_BLOCKS = 3  # the title and the first paragraphs say whether a post looks ahead or back
DATED_HEADING_BLOCKS = 3  # the title and the headings right under it, where a meeting's notes give its day
MAX_WORDS_BESIDE_DATE = 2  # words other than the date's and the clock's in a heading that is a date ('Topics')


OPENING_MONTH = re.compile(rf"^\W*(?:(?:Back|Earlier)\s+in|In)\s+(?P<month>{dates.MONTH_NAME})(?:\s+(?:of\s+)?(?P<year>(?:19|20)\d\d))?\b(?!\s*\d)")


def _opening_month(blocks: list[Block], year: int | None, name: str | None) -> tuple[Block, str] | None:
    """'In May I attended Contoso Con 2031', 'In February 2031 we had our first in-person meeting at …': the month
    the page's opening sentence begins with, when that sentence names the event or an event word, or says the
    writer took part or an event was held, and tells no news ('In May 2031 Contoso announced …'), is the month the
    event was held ('May' alone only after 'In', where it is no verb; the year that of the event's name or the context)."""
    for block in blocks[:OPENING_BLOCKS]:
        if block.kind not in ("paragraph", "field"):
            continue
        sentence = _sentences(block.text)[0] if block.text.strip() else ""
        match = OPENING_MONTH.match(sentence)
        month_year = int(match.group("year")) if match and match.group("year") else year
        if match and month_year and _of_an_event(sentence, name) and not pattern("news_verbs").search(sentence):
            return block, dates.iso(month_year, dates.MONTHS[match.group("month").lower()])
        if block.kind == "paragraph":
            break
    return None


def _of_an_event(sentence: str, name: str | None) -> bool:
    """The sentence names the event or an event word (data/event_words.txt), says an event was held or the writer took part."""
    return _names_event(sentence, name) or bool(pattern("event_words").search(sentence) or HELD.search(sentence)
                                                 or WRITER_TOOK_PART.search(sentence))


def _front_matter_title(matter: dict) -> str:
    return str(matter.get("title") or "")


def _date_after_title_place(blocks: list[Block], title: str, year: int | None) -> tuple | None:
    """'# Contoso Hackathon 2031 (c2k31), Calgary, May 9-20', 'Fabrikam Days, Lyon, France, 4-6 June': a
    title line whose comma-separated parts name a city (perhaps with its country) and then the days, also
    without their year (that of the event's name, else the post's)."""
    lines = [(None, title)] + [(block, block.text) for block in blocks[:DATED_HEADING_BLOCKS] if block.is_title]
    for block, text in lines:
        parts = text.split(",") if "," in text else ()
        for index, part in enumerate(parts[:-1]):
            if not places.city(part.strip()):
                continue
            rest = parts[index + 1:]
            if len(rest) > 1 and places.country_code(rest[0].strip()):
                rest = rest[1:]
            tail = ",".join(rest)
            found = dates.find_dates(tail, year, bare=True)
            if found and not tail[:found[0].position].strip():
                return block, found[0], text
    return None


def _dated_heading(blocks: list[Block]) -> tuple[Block, dates.DateMatch] | None:
    """'## April 5, 2022 11:00 a.m. Eastern (UTC-5)' right under a meeting's title: a heading (or
    the title) that is a date with its year, perhaps with the hour, names the day the notes are of;
    a later 'Next Meeting: Tuesday June 7' is another meeting's."""
    for block in blocks[:DATED_HEADING_BLOCKS]:
        found = [day for day in dates.find_dates(block.text) if day.has_year] if block.is_title else []
        if found and len(dates.words_beside_date(block.text)) <= MAX_WORDS_BESIDE_DATE:
            return block, found[0]
    return None


def _named_as_looking_back(stem: str) -> bool:
    """'2031-06-12-contoso-summit-recap', '2031-11-19-thank-you': a file named by a day and by words that look back
    on an event (data/labels.txt, 'looking-back') is a post written after it, dated as a post."""
    return bool(_looking_back_words().search(re.sub(r"[-_]+", " ", stem)))


def _a_posts_slug(stem: str, name: Found | None) -> bool:
    """'2031-03-05-contoso-back-home', 'cn_2031-03-05_contoso-meetup-post': a file named by a day and then by
    English words (a slug) is a post named by the day it was published (when the page gives no date of its
    own; a front-matter date beside another day in the file name makes that day the event's). One named by
    its day alone or with a code ('20310305', '20310305_CM01', 'minutes-2031-03-05') is the notes of what met
    that day, and one named by its day and the event's name ('2031-03-05-contoso-summit') is that event's page."""
    day = FILE_DATE.search(stem)
    slug = SLUG_WORD.findall(stem[day.end():]) if day else []
    named = {word.casefold() for word in SLUG_WORD.findall(name.value)} if name else set()
    return any(dictionary_word(word) for word in slug) and not {word.casefold() for word in slug} <= named


SLUG_WORD = re.compile(r"[^\W\d_]{3,}")  # a slug's words; 'cn', 'en' and 'zh' mark a language, no word


def _day_written(day: str, blocks: list[Block]) -> bool:
    """Whether a block of the text writes the day ('on March 5', '3 月 5 日'), in its year."""
    return any(found.start <= day <= (found.end or found.start)
               for block in blocks for found in dates.find_dates(block.text, int(day[:4])))


@cache
def _looking_back_words() -> re.Pattern:
    return re.compile(rf"(?i)(?:^|[\W_])(?:{alternation(labels('looking-back'))})")


def _reports_its_part(title: str, name: Found | None) -> bool:
    """'Contoso at Fabrikam Summit 2031', 'Join the Contoso Team at Fabrikam Summit 2031 in Lyon!': a title
    in which a project or team says it goes to an event is a post about its part there, dated as a post."""
    return bool(name) and re.search(rf"\w\s+(?:at|in)\s+(?:the\s+)?{re.escape(name.value)}", title) is not None


def _announces(matter: dict, blocks: list[Block]) -> bool:
    """A post that opens on an event still to come ('the upcoming Contoso Summit', 'Jane Doe to
    keynote Fabrikam Con') and not on one held ('… recap', 'took place'): an announcement."""
    opening = " ".join([_front_matter_title(matter)] + [block.text for block in blocks[:OPENING_BLOCKS]])
    return bool(pattern("announcing_phrases").search(opening)) and not pattern("recap_phrases").search(opening)


DAY_NUMBERS = {"1": 1, "2": 2, "3": 3, "4": 4, "5": 5, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
               "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5}
DAY_REPORT = re.compile(r"(?i)\bday\s*(?P<after>[1-5]|one|two|three|four|five)(?![\d\w])"
                        r"|\b(?P<before>first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+day\b")


def _day_reported(title: str, post: str | None) -> tuple[str, str] | None:
    """A post whose title reports one day of an event ('Day 2 of the Contoso Conference',
    'Contoso Summit: First day in Springfield') was written on that day: the event began the
    post's date less the days before it. The doubt says so (a report may come out a day later)."""
    found = DAY_REPORT.search(title) if post else None
    if not found:
        return None
    number = DAY_NUMBERS[(found.group("after") or found.group("before")).lower()]
    return (date.fromisoformat(post) - timedelta(days=number - 1)).isoformat(), found.group(0)


def _matter_time(matter: dict) -> str | None:
    """The day a front-matter 'time' key gives, also one set in a section of the front matter
    ('section1: {time: 2024-05-25 14:00-18:00}', the way page templates group a page's fields)."""
    sections = [matter] + [value for value in matter.values() if isinstance(value, dict)]
    return next((day for section in sections for day in [dates.normalize_date(section.get("time") or "")] if day), None)


def _hours_alone(value) -> bool:
    """'time: 9:00-17:00' beside 'date: 2031-09-17' (and often 'location:'): a front matter that gives an
    event's hours and no day of its own is the event's page, its `date` the day those hours are on."""
    found = clock.slot(value) if isinstance(value, str) else None
    return bool(found) and not found.rest


DAYS_OF_ONE_EVENT = 7
DATE_AFTER_NAME = re.compile(r"^[\s*_]*[,(]\s*(?P<cue>(?:beginning|starting|from|on)\s+)?")  # 'Contoso Summit, May 22-25', 'Contoso Summit (25th-28th October)'


def _date_after_name(blocks: list[Block], name: str | None, year: int | None) -> tuple | None:
    """'… at the upcoming Contoso Summit, May 22-25, at the Lakeside Hotel', 'the Contoso European
    Summit, beginning 26 October through 28 October', 'Contoso Summit (25th-28th October) is …': the reported event's name (or a form of it
    with the same first word) with its dates set after it."""
    if not name:
        return None
    first_word = name.split()[0].casefold()
    for block in blocks[:NAME_WINDOW]:
        if first_word not in block.text.casefold():
            continue
        for sentence in _sentences(block.text):
            for rest in _after_forms_of_the_name(sentence, name, first_word):
                lead = DATE_AFTER_NAME.match(rest)
                cue = lead.start("cue") if lead and lead.group("cue") else lead.end() if lead else 0
                found = dates.find_dates(rest[cue:][:80], year, bare=True) if lead else []  # read from past the comma or bracket
                if found and found[0].position <= lead.end() - cue + 1:
                    return block, found[0], sentence
    return None


def _after_forms_of_the_name(sentence: str, name: str, first_word: str) -> list[str]:
    """What follows each form of the event's name in a sentence: a phrase with an event word and the name's first
    word ('the upcoming Contoso Summit'), or the name itself, also one without an event word ('Contoso Go! 2031')."""
    rests = []
    for match in event_phrase_pattern().finditer(sentence):
        phrase = event_phrase(match.group(0))
        if phrase and phrase.split()[0].casefold() == first_word:
            rests.append(sentence[match.end():] if match.group(0).endswith(phrase) else sentence[sentence.find(phrase) + len(phrase):])
    return rests + [sentence[match.end():] for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", sentence)]


CITY_IN = re.compile(r"\bin\s+(?P<city>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})")
DATE_AFTER_CITY = re.compile(r"^[\s,]*(?:(?:this|last|next)\s+year\s+)?(?:spanning\s+)?(?:from|on|(?=between\s))\s*"
                             r"|^,\s*(?P<bare>(?=[A-Z][a-z]+\.?\s+\d))")  # 'in Lyon this year from May 4-6', 'in Lyon, May 4-6'
COUNTRY_AFTER_CITY = re.compile(r"^,\s*(?P<country>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})")
DATE_BEFORE_CITY = re.compile(r"\b(?:from|on)\s+[^,.;]{3,40}?\s*$")


def _date_beside_place(blocks: list[Block], year: int | None, name: str | None = None) -> tuple | None:
    """'… join us in Lyon from March 19 - 22, 2024', 'we met from 18th to 21st April in Lyon': the
    days set right after (also after the city's country: 'in Lyon, France, on May 4') or right before
    the city the text says the event is in, in its opening lines; 'at the upcoming Contoso Summit in Lyon,
    May 4-6': the days after a comma, when the sentence names the event before its city."""
    for block in blocks[:NAME_WINDOW]:
        for sentence in _sentences(block.text) if CITY_IN.search(block.text) else ():
            for place in CITY_IN.finditer(sentence):
                words_found = place.group("city").split()
                if not any(places.city(" ".join(words_found[:size])) for size in (3, 2, 1)):
                    continue
                after = sentence[place.end():]
                country = COUNTRY_AFTER_CITY.match(after)
                after = after[country.end():] if country and places.country_code(country.group("country")) else after
                lead = DATE_AFTER_CITY.match(after)
                if lead and lead.group("bare") is not None and not _names_the_event_before(sentence[:place.start()], name):
                    lead = None
                found = dates.find_dates(after[:80], year, bare=True) if lead else []
                if found and found[0].position <= lead.end() + 1:
                    return block, found[0], sentence
                before = DATE_BEFORE_CITY.search(sentence[:place.start()])
                found = dates.find_dates(before.group(0), year) if before else []
                if found and found[0].position == 0:
                    return block, found[0], sentence
    return None


def _names_the_event_before(text: str, name: str | None) -> bool:
    """The words before a city name the event: its name, or a phrase with an event word that begins as
    its name does ('the upcoming Contoso Summit' of 'Contoso Summit Lyon')."""
    return bool(name) and bool(_after_forms_of_the_name(text, name, name.split()[0].casefold()))


ZH_LEAD_DAY_AT = 40  # characters into that sentence within which its day must stand
ZH_SENTENCE = re.compile(r"[。！？!?]")


def _zh_lead_day(blocks: list[Block], year: int | None) -> tuple | None:
    """'12 月 27 日，星河 Meetup 北京站圆满落幕', '50 多位朋友在 4 月 24 号的下午共同…': a Chinese
    recap opens with the day it reports, without a year (it takes the post's)."""
    paragraphs = [block for block in blocks if block.kind == "paragraph" and not block.is_title][:ZH_LEAD_BLOCKS]
    for block in paragraphs:
        sentence = ZH_SENTENCE.split(block.text, maxsplit=1)[0]
        if not CJK.search(sentence):
            continue
        found = dates.find_dates(sentence, year) if year else []
        if found and not found[0].has_year and found[0].position <= ZH_LEAD_DAY_AT and not _news_of_no_event(sentence):
            return block, found[0], sentence
        return None
    return None


def _news_of_no_event(sentence: str, verbs: str = "news_verbs_zh") -> bool:
    """'3 月 5 日，星河科技宣布 Contoso 正式开源', 'On March 5, 2031, Contoso was open-sourced' (verbs="news_verbs"): a
    sentence that says what a company or project announced, released or launched that day (data/news_verbs_zh.txt,
    news_verbs.txt) and names no event (no event word, not '发布会') dates a piece of news."""
    return bool(pattern(verbs).search(sentence)) and not pattern("event_words").search(sentence) \
        and not pattern("event_kinds_zh").search(sentence)


def _days_spanned(found: list[dates.DateMatch]) -> dates.DateMatch:
    """'an evening social on Sunday, May 19th and the main event on Monday, May 20th': days named
    one after another within a week are one event's days, first to last."""
    from datetime import date

    days = [d.start for d in found if len(d.start) == 10 and d.end is None]
    if len(days) < 2 or len(days) != len(found) or days != sorted(days) \
            or (date.fromisoformat(days[-1]) - date.fromisoformat(days[0])).days > DAYS_OF_ONE_EVENT:
        return found[0]
    return dates.DateMatch(days[0], days[-1], found[0].position, found[0].has_year)


def _widened_to_session_days(start: str, blocks: list[Block], year: int | None) -> tuple[str, str | None]:
    """A post that lists its sessions by weekday ('Office hours: Monday, August 17', 'Talk:
    Thursday, August 20') gives the event's days first to last: a single day or month found
    otherwise that falls within those days widens to them."""
    session_days = [found for block in blocks if dates.WEEKDAY_DATE.search(block.text)
                    for found in dates.find_dates(block.text, year) if len(found.start) == 10 and not found.end]
    days = sorted({found.start for found in session_days})
    if len(days) < 2 or (date.fromisoformat(days[-1]) - date.fromisoformat(days[0])).days > DAYS_OF_ONE_EVENT:
        return start, None
    if days[0][:len(start)] <= start <= days[-1][:len(start)]:
        return days[0], days[-1]
    return start, None


def _days_listed_on(end: str, following: list[Block], year: int | None) -> str:
    """'- Monday & Tuesday, 14 & 15 July: Tutorials' over '- Wednesday–Friday, 16-18 July: Talks' and
    '- Saturday & Sunday, 19 & 20 July: Sprints': a program that lists its days item by item, each item's days
    (with their weekday) beginning the day after the last item's end, lasts to the last item's end."""
    for item in following:
        found = dates.find_dates(item.text, year) if item.kind == "item" and dates.WEEKDAY_DATE.search(item.text) else []
        if not found or len(found[0].start) != 10 or date.fromisoformat(found[0].start) != date.fromisoformat(end) + timedelta(days=1):
            break
        end = found[0].end or found[0].start
    return end


def _range_holding(day: str, blocks: list[Block], year: int | None) -> tuple[str, str] | None:
    """'6 月 7 日，X 圆满落幕' then '本届 X 在 6 月 6 ～ 7 日举办': a single day found first that falls
    within a range of days a sentence saying the event is held gives (a week at most) is one of them."""
    for block in blocks:
        if not HELD_ON.search(block.text):
            continue
        for found in dates.find_dates(block.text, year):
            if found.end and len(found.start) == len(found.end) == 10 and found.start <= day <= found.end \
                    and (date.fromisoformat(found.end) - date.fromisoformat(found.start)).days <= DAYS_OF_ONE_EVENT:
                return found.start, found.end
    return None


def _candidate_range_holding(day: str, others: list[DateCandidate]) -> tuple[str, str] | None:
    """'At the Contoso Gathering on Tuesday, October 25, 2031, we host a lunch' and 'Are you heading to
    Fabrikam Con October 24, 2031 - October 28, 2031?': a single day taken first that falls within the
    days (a week at most) another statement gives is one of them."""
    return next(((other.start, other.end) for other in others if other.end and len(other.start) == len(other.end) == 10
                 and other.start <= day <= other.end
                 and (date.fromisoformat(other.end) - date.fromisoformat(other.start)).days <= DAYS_OF_ONE_EVENT), None)


def _days_lasted(day: str, block: Block | None) -> tuple[str, str] | None:
    """'10 月 27 日，为期两天的 Hackathon 落下帷幕': the day a sentence says the event ended on, and
    how many days it lasted, give its first day."""
    if not block or not ZH_ENDED.search(block.text):
        return None
    sentence = next((part for part in ZH_SENTENCE.split(block.text) if ZH_ENDED.search(part) and ZH_LASTED.search(part)), None)
    if not sentence:
        return None
    if not any(found.start == day for found in dates.find_dates(sentence, int(day[:4]))):
        return None  # the sentence that ended the event is about another day
    lasted = ZH_LASTED.search(sentence)
    count = dates.zh_count(lasted.group("count"))
    if not count or not 1 < count <= DAYS_OF_ONE_EVENT:
        return None
    return (date.fromisoformat(day) - timedelta(days=count - 1)).isoformat(), day


ZH_ENDED = re.compile(r"落幕|落下帷幕|闭幕|收官|结束")  # words that say an event ended (on the day the sentence gives)
ZH_LASTED = re.compile(r"(?:为期|历时)\s*(?P<count>\d{1,2}|[两二三四五六七])\s*天")  # '为期两天', '历时 2 天'


def _another_years_day(day: dates.DateMatch, named_years: tuple[int, int] | None, post: str | None) -> bool:
    """'On the 13th of July in 2009 we started the project' in a recap of Contoso Summit 2031: a day
    whose year is not one the event's name gives (nor, when the name gives none, the post's or the
    year before it) is a day of the community's history, not the event's."""
    if not day.has_year:
        return False
    year = int(day.start[:4])
    if named_years:
        return not named_years[0] <= year <= named_years[1]
    return bool(post) and year < int(post[:4]) - 1


YEAR_SPAN = re.compile(r"(?<!\d)(?P<first>(?:19|20)\d\d)\s*[-–—/~～至到]\s*(?P<last>(?:19|20)?\d\d)(?![\d年月/.-])")


def _years_named(name: str, named_year: int | None) -> tuple[int, int] | None:
    """The years an event's name gives: its year, or the two a school year or a season spans ('2030 - 2031
    学年度…表彰大会', 'Contoso League 2030/31'), when the event may fall in either."""
    if not named_year:
        return None
    span = YEAR_SPAN.search(name)
    last = int(span.group("last")) + (int(span.group("first")) // 100 * 100 if len(span.group("last")) == 2 else 0) \
        if span and int(span.group("first")) == named_year else named_year
    return (named_year, last) if last - named_year == 1 else (named_year, named_year)


def _held_date(sentence: str, found: list[dates.DateMatch]) -> dates.DateMatch:
    """The date of 'X, which will be held March 17-19, 2015' in a sentence that opens with its
    dateline ('SAN JOSE, Calif., Feb. 3, 2021 -- …'): the first date after the verb that says the
    event is held, else the first date; days named with their weekdays, first to last."""
    verb = HELD_ON.search(sentence)
    after = [d for d in found if verb and d.position > verb.start()] or found
    return _days_spanned(after) if dates.WEEKDAY_DATE.search(sentence) else after[0]


# 'The Contoso Summit will happen on 22-28 September', 'is happening 16-20 May', 'Contoso Summit returns May 23-27': an event
# to come, its days
HELD_ON = re.compile(HELD.pattern + r"|\b(?:will|is|are)\s+(?:be\s+)?happen(?:s|ing)?\b|\b(?:is|are)\s+coming\s+up\s+on\b"
                     r"|\b(?:returns|is\s+back)\s+(?:on\s+)?(?=[A-Z][a-z]+\.?\s+\d|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+)", re.IGNORECASE)
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


CALENDAR_CUE = re.compile(r"(?i)\bmark\s+your\s+calendars?\b|\bsave\s+the\s+date\b")


def _calendar_day(blocks: list[Block], year: int | None) -> tuple[Block, dates.DateMatch, str] | None:
    """'Mark your calendars for August 26th, see you there!': the one day a paragraph asks its
    readers to keep is the event's (a paragraph that lists several days, the kiosk's and a
    workshop's, asks them to keep one of its parts)."""
    for block in blocks:
        found = dates.find_dates(block.text, year, bare=True) if CALENDAR_CUE.search(block.text) else []
        if len(found) == 1:
            return block, found[0], block.text
    return None


def _a_deadline(sentence: str) -> bool:
    """'Submit until our CFP closes on April 30, 2031': the day something is due before the event."""
    return bool(pattern("deadline_words").search(sentence))


def _sentences(text: str) -> list[str]:
    return SENTENCE_END.split(text)


def _sentence_at(text: str, offset: int) -> str:
    """The sentence of `text` that holds the character at `offset`."""
    starts = [0] + [match.end() for match in SENTENCE_END.finditer(text) if match.end() <= offset]
    end = SENTENCE_END.search(text, offset)
    return text[starts[-1]:end.start() if end else len(text)]


POST_PATH_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?!\d)")


def _post_date(source: Source) -> str | None:
    """A blog post's own date (front-matter 'date', else the date in its path or address:
    'blog/2024/05/09/…', or in the folders of the file it was read from), from which 'last week' counts."""
    for key in ("date", "published"):
        value = source.front_matter.get(key)
        if value and dates.normalize_date(value):
            return dates.normalize_date(value)
    folders = "/".join(Path(source.origin).parts[-PATH_PARTS:]) if source.origin else ""
    for value in [source.front_matter.get(key) for key in ("path", "url", "permalink", "slug", "aliases")] + [folders]:
        found = POST_PATH_DATE.search(str(value or ""))
        if found:
            return dates.iso(*map(int, found.groups()))
    return None


PATH_PARTS = 5  # the folders nearest a post's file that may date it ('2021/08/24/slug/index.md'); those above are the curator's


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
                          r"|\b[Tt]his\s+[A-Z][a-z]+|上周|本周|这周|下周|昨天|昨日|今天|今日")
ZH_OPENED_TODAY = re.compile(r"(?:今天|今日)\s*(?:正式)?(?:开启|开幕|开赛|开营|举行|举办|召开)|^\s*(?:今天|今日)\s*[,，](?=[^。！？]*?(?:开幕|举行|举办|召开))"
                             rf"|(?:今天|今日)\s*(?:去|{alternation(words('attending_verbs'))})了?(?=.*?(?:举办|组织|主办))")
# '…今天正式开启', '今天，星河论坛在…举行' (a news lead), not '今天给大家介绍'; '今天去星河科技组织的 Contoso Meetup': the writer went to an event held that day
ZH_JOINING = re.compile(r"报名|参加|参与|相约|见面")  # '就在本周末，欢迎大家报名参加！': a sentence inviting people to the event, or meeting them there


WRITER_TOOK_PART = re.compile(r"(?i)\b(?:I|we)\s+(?:had\s+the\s+(?:pleasure|chance|opportunity)\s+(?:of|to)\s+)?"
                              r"(?:attend(?:ed|ing)?|present(?:ed|ing)?|spoke|speak(?:ing)?|gave\s+a\s+talk)\b"
                              r"|\b(?:contributors|developers|members|team|we|I)\s+(?:were|was)\s+at\b")
"""'Last week I had the pleasure of presenting X at …', 'we attended', 'Some Contoso contributors were at X this past
December': the writer, or the writer's project, was at an event then."""


def _relative_date(blocks: list[Block], post: str | None, name: str | None) -> tuple[Block, str, str | None, str, bool] | None:
    """'Last November … developers got together', 'It was great to attend X earlier this month':
    a date relative to the post's own date, in a sentence about the event (its name, an event
    word or an event verb; 'today' only with 'at'), its last day when the phrase gives one ('This past Friday
    and Saturday'); True last when the sentence says the event ended then ('came to a close last Sunday'):
    that day is its last."""
    if not post:
        return None
    for block in blocks[:40]:
        if not RELATIVE_CUE.search(block.text):
            continue
        for sentence in _sentences(block.text):
            about_event = _names_event(sentence, name) or HELD.search(sentence) or pattern("event_words").search(sentence) \
                or WRITER_TOOK_PART.search(sentence) or ZH_JOINING.search(sentence)
            if not about_event:
                continue
            if re.search(r"(?i)\btoday\b", sentence) and re.search(r"(?i)\bat\b", sentence) and (
                    name and name in sentence or HELD.search(sentence)):
                return block, post, None, "today", False
            opened_today = ZH_OPENED_TODAY.search(sentence)
            if opened_today:  # '星河挑战赛第二季今天正式开启': the post's own day
                return block, post, None, opened_today.group(0), False
            ended = dates.ended_day(sentence, post)
            if ended:  # 'Contoso Summit came to a close last Sunday': its last day; the first is not stated
                return block, ended[0], None, ended[1], True
            days = dates.relative_range(sentence, post)
            if days:  # 'This past Friday and Saturday the Contoso Summit …'
                return block, days[0], days[1], days[2], False
            found = dates.relative_date(sentence, post)
            month = ZH_MONTH_ALONE.search(sentence)
            if found and month and int(month.group(1)) != int(found[0][5:7]):
                continue  # '11 月的沙龙昨天刚刚结束' in a post of December 3: the post came out later than it says
            if found:
                glossed = _days_glossed(sentence, found[0])
                if glossed:  # 'next weekend (July 8-9)': the days the phrase is written out as
                    return block, glossed.start, glossed.end, "", False
                return block, found[0], None, found[1], False
    return None


def _title(matter: dict, blocks: list[Block]) -> str:
    """The page's title: its front matter's, else its title block's."""
    return _front_matter_title(matter) or next((block.text for block in blocks if block.is_title), "")


def _titled_relative_day(title: str, post: str | None, name: str | None) -> tuple[str, str] | None:
    """'Contoso Meetup this Thursday', 'Contoso Summit Tomorrow!', 'See you next week at Contoso Day': a title
    that names the event, or an event word, with a day counted from the post's own date (a day, not a month)."""
    if not post or not title or not (_names_event(title, name) or pattern("event_words").search(title)):
        return None
    counted = dates.relative_date(title, post)
    return counted if counted and len(counted[0]) == 10 else None


def _republished(counted: str, titled_year: int | None) -> bool:
    """'Last Friday' in '[Recap] Contoso Day: Fall 2030' posted in 2031: a day counted from the post's own date
    that falls in a later year than the title gives is the day of a copy posted again later, not the event's."""
    return bool(titled_year) and int(counted[:4]) > titled_year


MAX_GLOSS_DAYS = 7  # a day written beside 'next weekend' that far from the day it counts to is another day


def _names_event(sentence: str, name: str | None) -> bool:
    """The sentence names the event, also without the year its name ends in ('Last weekend was
    Contoso Conf' of 'Contoso Conf 2031')."""
    if not name:
        return False
    return name in sentence or bool(dates.year_in(name)) and re.sub(r"\s*(?:19|20)\d\d$", "", name) in sentence  # also 'DevCon2031'


def _days_glossed(sentence: str, counted: str) -> dates.DateMatch | None:
    """The days a relative phrase is written out as in the same sentence ('next weekend (July 8-9)'),
    when they fall within a week of the day the phrase counts to."""
    if len(counted) != 10:
        return None
    day = date.fromisoformat(counted)
    return next((found for found in dates.find_dates(sentence, day.year, bare=True) if len(found.start) == 10
                 and abs((date.fromisoformat(found.start) - day).days) <= MAX_GLOSS_DAYS), None)


ZH_MONTH_ALONE = re.compile(r"(?<!\d)(\d{1,2})\s*月(?!\s*\d)")  # '11 月的…', not '11 月 5 日'


OFFLINE = re.compile(r"(?i)线下|现场|\b(?:offline|in[- ]person|hybrid)\b")


def online_only(blocks: list[Block]) -> Block | None:
    """The line that labels the event's format as online only ('活动形式：线上直播', 'Format: virtual')."""
    for block in blocks:
        match = label_pattern("format").match(block.text)
        value = (match.group("value") or "") if match else ""
        if value.strip():
            return block if places.VIRTUAL.search(value) and not OFFLINE.search(value) else None
    return None


def _zh_this_edition_online(blocks: list[Block]) -> Block | None:
    """'本届大会采取线上直播的形式', '本届 X 在 6 月 6 ～ 7 日举办，以线上直播的方式…', 'X 第 5 期在线上举行': a
    sentence saying this edition was held online, whatever city the series is usually held in ('每年在北京举办')."""
    for block in blocks:
        if "线上" not in block.text:
            continue
        for sentence in ZH_SENTENCE.split(block.text):
            if ZH_EDITION_ONLINE.search(sentence) and not OFFLINE.search(sentence) \
                    and (CJK_HELD.search(sentence) or pattern("event_words").search(sentence)):
                return block
    return None


ZH_EDITION_ONLINE = re.compile(r"(?:本届|本次|此次|今年)[^，。；！？]{0,30}[，,]?\s*[^，。；！？]{0,12}?(?:采取|采用|以|改为)\s*(?:纯|全)?线上(?:直播)?的?(?:形式|方式)"
                               r"|(?:在|于)\s*线上\s*(?:举行|举办|召开|进行|开展)")  # '…第 5 期于 6 月 15 日在线上举行'



YEAR_AND_CITY_IN_PATH = re.compile(r"(?:^|[/\\_-])(?P<year>(?:19|20)\d\d)[-_](?P<city>[a-z]+(?:[-_][a-z]+)?)(?=[-_./\\]|$)")
PATH_CITY = "the city is only in the page's path (a year and a city: '2016-berlin'), the text names none"


def _city_of_path(path: str, start: Found | None) -> tuple[str, str] | None:
    """'promcon/2016-berlin/schedule.md', 'x-2017-munich-schedule.md': a city the page's path joins to
    the event's year (the year of its start, when known), as a site files one edition's pages."""
    for match in YEAR_AND_CITY_IN_PATH.finditer(path):
        if start and not str(start.value).startswith(match.group("year")):
            continue
        words = re.split(r"[-_]", match.group("city"))
        for size in (2, 1):
            found = places.city(" ".join(words[:size]).title()) if len(words) >= size else None
            if found:
                return found
    return None


def fill_place(result: Extraction, source: Source, blocks: list[Block]) -> None:
    candidates: list[tuple[dict, int]] = []
    labelled = label_pattern("place")
    for block in blocks:
        match = labelled.match(label_row_text(block, "place"))  # also a table's row '| Where | Detroit, MI |', when it names a place
        place = _place_value(match.group("value")) if match and (match.group("value") or "").strip() else None
        if place is not None and (block.kind != "row" or place.get("city") or place.get("country")):
            candidates.append((place, block.number))
            break
    online = (online_only(blocks) or _zh_this_edition_online(blocks)) if not candidates else None
    if online:  # '活动形式：线上直播': no city, though the name says '成都站'
        result.virtual = Found(True, online.span)
        return
    held = _held_in_city(blocks, result)
    if not candidates and result.name and ONLINE_NAME.search(result.name.value) and not held:  # 'Contoso 2.0 线上发布会': a
        result.virtual = Found(True, result.name.span)  # customer's plant named in a talk is no place of the event
        return
    for key in PLACE_KEYS:  # 'address': an event template's street address
        value = source.front_matter.get(key)
        if isinstance(value, str) and value.strip():
            candidates.append((_place_value(value), source.front_matter_lines.get(key, 1)))
    title = _front_matter_title(source.front_matter)
    station = re.search(r"([\u4e00-\u9fff]{2,3})站", title)
    if station and places.city(station.group(1)):
        name, country = places.city(station.group(1))
        candidates.append(({"city": name, "country": country}, source.front_matter_lines.get("title", 1)))
    titled = places.find_cities(title) if CJK.search(title) and result.name and result.name.value in title else ()
    if titled:  # '广州 iOS 专场开始报名', '青禾沙龙深圳 7 月专题-总结': the title that names the event says where
        candidates.append(({"city": titled[0][1], "country": titled[0][2]}, source.front_matter_lines.get("title", 1)))
    titled = _title_city(title, result.name) if not CJK.search(title) else None
    if titled:
        candidates.append(({"city": titled[0], "country": titled[1]}, source.front_matter_lines.get("title", 1)))
    named = _name_city(result.name)
    if named:
        candidates.append(({"city": named[0], "country": named[1]}, result.name.span.first))
    if held:  # the sentence that says where the event is held ('will take place … in Amsterdam')
        candidates.append(({"city": held[1][1], "country": held[1][2]}, held[0].number))
    for block in blocks[:15]:  # the event's date and place on one line: 'October 17-19, 2023 | Venue, San Jose, CA'
        place = _date_and_place(block.text)
        if place:
            candidates.append((place, block.number))
            break
    after_days = _city_after_its_days(blocks, result)
    if after_days:  # '… the program of Contoso Con, September 15-16, 2031, in Lyon': over the dateline's city
        candidates.append(({"city": after_days[1][1], "country": after_days[1][2]}, after_days[0].number))
    for block in blocks[:40]:  # a line that is only a place ('Shanghai, China'), or a dateline ('San Jose, CA – …')
        head = places.dateline(block.text)
        if head and block.kind != "row" and not _person_then_affiliation(head) and not COMPANY_SEAT.search(head):
            place = places.parse_place(head)
            if place.get("city") and not _a_persons_name(place["city"], blocks) \
                    and not _an_earlier_occasions_city(head, place["city"]):  # '… (if Alexios, Gary, Art)'
                candidates.append((place, block.number))
                break
    for block in blocks[:80]:
        if (HELD.search(block.text) or block.is_title or pattern("event_words").search(block.text)) \
                and not biography().search(block.text) and not _another_day(block.text, result):  # a speaker's career names the places of other events
            found = [city for city in _cities_of_this_event(block.text, result.name) if not _a_persons_name(city[1], blocks)
                     and not _another_year(_sentence_at(block.text, city[0]), result)]
            if block.is_title:  # 'Contoso Contributor Summit Shanghai', '… Summit San Jose'
                trailing = _trailing_city(block.text)
                if trailing and not _only_a_persons_name(block.text) and not _presenters_at_end(block.text) \
                        and not _a_word_ending_a_talks_heading(block.text, trailing[0]) and not _a_credit_at_end(block.text):
                    found.append((0, *trailing))
            if found:
                candidates.append(({"city": found[0][1], "country": found[0][2]}, block.number))
                break
    for block in blocks[:80]:  # a postal address: '120 Collins St, Melbourne VIC 3000'
        address = places.address_city(block.text) if block.kind != "row" else None
        if address:
            candidates.append(({"city": address[0], "country": address[1]}, block.number))
            break
    said_online = _said_virtual(blocks, result.name) if not candidates else None  # 'This is an online meeting':
    for block in blocks[:30] if (result.name or result.start_date) and not said_online else ():  # weakest: the first 'in City' of the opening lines
        found = _cities_of_this_event(block.text, result.name) \
            if not biography().search(block.text) and not _another_day(block.text, result) else []
        found = [city for city in found if not _a_persons_name(city[1], blocks)
                 and not _another_year(_sentence_at(block.text, city[0]), result)]
        if found and not CJK.search(block.text):
            candidates.append(({"city": found[0][1], "country": found[0][2], "doubt": WEAK_CITY}, block.number))
            break
    filed = _city_of_path(source.origin or str(source.path), result.start_date) if not candidates else None
    if filed:  # '…/2016-berlin/schedule.md': the text names no city, the page's folder does
        candidates.append(({"city": filed[0], "country": filed[1], "doubt": PATH_CITY}, 1))
    for place, number in candidates:
        span = Span(number, number)
        place = _with_venue_named(place)
        for key in ("city", "country", "venue", "virtual"):
            if key in place and getattr(result, key) is None:
                value = places.ascii_spelling(place[key]) if key == "city" and place[key] else place[key]
                setattr(result, key, Found(value, span, place.get("doubt", "") if key == "city" else ""))
        if result.city:
            break
    online = next((block for block in blocks[:40] if ONLINE.search(block.text)), None) if not result.city else None
    if online and result.virtual is None:  # 'took place online on May 12-15'
        result.virtual = Found(True, online.span)
    online = _said_virtual(blocks, result.name) if not result.city and result.virtual is None else None
    if online:
        result.virtual = Found(True, online)
    country = _country_held_in(blocks) if not result.city and not result.country and result.virtual is None else None
    if country:  # 'Contoso Conf is coming to Portugal, again!': a country, and no city, is all the page says
        result.country = Found(country[1], country[0].span)
    named = _name_country(result.name) if not result.city and not result.country and result.virtual is None else None
    if named:  # 'Contoso France 2031': the country the series' edition is named after
        result.country = Found(named, result.name.span)


YEAR_THEN_IN = re.compile(r"(?:19|20)\d\d,?\s+in\s+[A-Z]")
DAYS_THEN_IN = re.compile(r"^[^.;:!?()]{0,40}?(?:19|20)\d\d,?\s+in\s+$")  # 'September 15-16, 2031, in ': the days, their year, then 'in'


def _city_after_its_days(blocks: list[Block], result: Extraction) -> tuple[Block, tuple] | None:
    """'Contoso Con, September 15-16, 2031, in Lyon, France', 'Event December 8-9, 2031, in Lyon': the city
    set right after the event's days (their year and 'in' between), in the opening lines; a press release's
    dateline before them is where the news was told."""
    start = result.start_date.value if result.start_date else None
    for block in blocks[:NAME_WINDOW] if start and len(start) == 10 else ():
        for day in dates.find_dates(block.text) if YEAR_THEN_IN.search(block.text) else ():
            if day.start != start:
                continue
            cities = [city for city in places.find_cities(block.text) if city[0] > day.position
                      and DAYS_THEN_IN.match(block.text[day.position:city[0]])]
            if cities:
                return block, cities[0]
    return None


COUNTRY_OF_EVENT = re.compile(r"\b(?:held|takes?\s+place|taking\s+place|(?:is|are)\s+coming|comes|returns?|(?:is|are)\s+back)"
                              r"\s+(?:in|to)\s+(?P<country>[A-Z][^\W\d_]+(?:\s[A-Z][^\W\d_]+){0,2})")


def _name_country(name: Found | None) -> str | None:
    """'Contoso France 2031', 'Contoso Summit Japan', 'FabrikamConnect South Africa 2031': the country whose English
    name ends the event's name, before its year or edition number, after the series' words (not a short form:
    'Contoso US' may name a region of the series as much as a country)."""
    if not name or CJK.search(name.value):
        return None
    stem = NAME_EDITION.sub("", name.value).split()
    tail = next((" ".join(stem[-size:]) for size in (3, 2, 1) if len(stem) > size and places.a_country_name(" ".join(stem[-size:]))), None)
    return places.country_code(tail) if tail else None


def _country_held_in(blocks: list[Block]) -> tuple[Block, str] | None:
    """'Contoso Conf is coming to Portugal, again!', 'will be held in Norway': the country a
    sentence says the event comes to or is held in, when it names a country and not a city."""
    for block in blocks[:NAME_WINDOW]:
        for match in COUNTRY_OF_EVENT.finditer(block.text):
            name = match.group("country")
            code = places.country_code(name) if not places.city(name) else None
            if code:
                return block, code
    return None


def _held_in_city(blocks: list[Block], result: Extraction) -> tuple[Block, tuple] | None:
    """The sentence that says where the event is held ('will take place … in Amsterdam', 'a Hackfest
    underway in Lyon') and the city it names; this outweighs a name that says 'Virtual', which may be
    the event's subject ('Contoso Virtual Machines Hackfest')."""
    return next(((block, found[0]) for block in blocks[:80] if HELD.search(block.text)
                 for sentence in _sentences(block.text) if HELD.search(sentence) and not _another_day(sentence, result)
                 and not _another_year(sentence, result)
                 for found in [[c for c in places.find_cities(sentence) if not _came_from(sentence, c[0])
                                and not _earlier_occasion(sentence, c[0])]
                               or places.unlisted_cities(sentence)] if found), None)


def _another_day(text: str, result: Extraction) -> bool:
    """'DevDay is happening on August 14-16, 2024 in Boston' in the notes of a meeting dated April 2:
    a line that gives a day, none of them the event's, is about another event and its place is no
    place of this one; not a line that names the event itself ('Contoso Summit 2031, May 3-5, in Lyon'),
    whose days outweigh a day taken elsewhere."""
    if not result.start_date or not re.search(r"\d", text) or _names_the_event(text, result):
        return False
    start = result.start_date.value
    days = dates.find_dates(text, int(start[:4]))
    return bool(days) and all(start not in (day.start, day.end) and not _one_of_its_days(day.start, result) for day in days)


def _names_the_event(text: str, result: Extraction) -> bool:
    """The line writes the event's whole English name, one of two words or more ('Contoso Summit 2031')."""
    name = result.name.value if result.name else ""
    return len(name.split()) >= 2 and not CJK.search(name) and name in text


def _one_of_its_days(day: str, result: Extraction) -> bool:
    """A day within the event's days, first to last ('10 月 27 日' of a hackathon held on the 26th and 27th),
    of an event of a week at most (the days of a months-long program are many other events' too)."""
    start, end = result.start_date.value, result.end_date.value if result.end_date else None
    return bool(end) and len(day) == len(start) == len(end) == 10 and start <= day <= end \
        and (date.fromisoformat(end) - date.fromisoformat(start)).days <= DAYS_OF_ONE_EVENT


def _another_year(sentence: str, result: Extraction) -> bool:
    """'The last one was Contoso 2019, which was held in Riga' in a post about its 2031 edition: a held
    sentence whose years are all other than the event's is about another edition or another event."""
    ours = result.start_date.value[:4] if result.start_date else \
        next(iter(re.findall(r"(?:19|20)\d\d", result.name.value)), None) if result.name else None
    years = [match.group(0) for match in re.finditer(r"(?<!\d)(?:19|20)\d\d(?!\d)", sentence)
             if not PLANNED_FOR.search(sentence, 0, match.start())]
    return bool(ours and years) and ours not in years


PLANNED_FOR = re.compile(r"(?i)\b(?:for|by|until|till|towards?|through)\s+$")  # 'to discuss the direction for 2032': a plan's year


VIRTUAL_FORMAT = re.compile(r"(?i)\b(?:is|was|will\s+be|going\s+to\s+be|it's)\s+(?:in\s+)?(?:an?\s+)?[\"“_*]?"
                            r"(?:virtual\b|online(?:-only|\s+only)?\s+(?:event|meeting|meetup)\b)")  # 'is an online event', not 'is online now'
VIRTUAL_NAME = re.compile(r"\b(?:Virtual|Online)\b")
ONLINE_NAME = re.compile(r"\b(?:Virtual|Online)\b|线上|在线|云上|云端")  # an event's name that says it is held online


def _said_virtual(blocks: list[Block], name: Found | None) -> Span | None:
    """An event held on the internet: its name says so ('Virtual ContosoCon 2020', 'ContosoCon
    NA Virtual 2020', in the title or as the text writes the name) or a sentence does ('This
    year's event was in a virtual format', 'it will be "virtual"', 'is an online event'; 'online' alone
    there would also be a recording put online)."""
    if name and VIRTUAL_NAME.search(name.value):
        return name.span
    first_word = name.value.split()[0] if name else None
    for block in blocks[:NAME_WINDOW]:
        if first_word and first_word in block.text and VIRTUAL_NAME.search(block.text) and any(
                VIRTUAL_NAME.search(phrase) and phrase.split()[0] == first_word
                for match in event_phrase_pattern().finditer(block.text) for phrase in [event_phrase(match.group(0)) or ""]):
            return block.span
        if VIRTUAL_FORMAT.search(block.text):
            return block.span
    return None


def _a_persons_name(city: str, blocks: list[Block]) -> bool:
    """'Lorca' in a text that also names 'Lorca Fenwick': a one-word city that is a common given name
    and that the text writes as a person's given name, so its mention ('at Lorca's request') is that
    person's, not the event's place."""
    if " " in city or not common_given_name(city):
        return False
    full_name = re.compile(rf"\b{re.escape(city)}\s+(?P<surname>[A-Z](?:['’][A-Z])?[a-z]+)\b")  # 'Gary O'Neall' too
    return any(not dictionary_word(match.group("surname")) and person_name(match.group(0)) and probably_a_person(match.group(0))
               for block in blocks if city in block.text for match in full_name.finditer(block.text))


def _title_city(title: str, name: Found | None) -> tuple[str, str] | None:
    """'Contoso Summit 2031 in Lyon', 'Contoso Conference 2031 Lyon, France': a title that names an
    event says where it is held ('in City', or a city of that country that ends it, before the
    country), or the title is the name and then its place ('Contoso 2031, Springfield, Ohio, USA');
    a title with an event word but no name the rules found says it only by 'in City' ('Workshop in
    Lyon, 2-3 May 2031')."""
    after_name = title.partition(name.value)[2] if name and name.value in title else ""
    if re.match(r"\s*,", after_name):
        place = places.parse_place(after_name.strip(" ,"))
        if place.get("city"):
            return place["city"], place["country"]
    if not pattern("event_words").search(title) and not (name and name.value in title):
        return None  # 'Contoso in Lyon for KubeCon + CloudNativeCon Europe 2031': a title that holds the name names its event too
    said = [city[1:] for city in _cities_of_this_event(title, name)]
    if said or not name:  # 'Contoso Workshop in Lyon, 2-3 May 2031' names no event the text does
        return said[0] if said else None
    country = re.search(r",\s*([A-Z][\w ]+)$", title)
    if country and places.country_code(country.group(1)):
        trailing = _trailing_city(title[:country.start()])  # '… at the University of Canterbury, New Zealand' is no English city
        return trailing if trailing and trailing[1] == places.country_code(country.group(1)) else None
    trailing = _trailing_city(title)  # without its country, a small city's name may be a release's or a person's
    return trailing if trailing and places.population(trailing[0]) >= TITLE_CITY_POPULATION else None


TITLE_CITY_POPULATION = 200_000


NAME_EDITION = re.compile(r"\s+(?:(?:19|20)\d\d|#\s?\d{1,3})$")


def _name_city(name: Found | None) -> tuple[str, str] | None:
    """'Contoso Lisbon', 'ContosoCon Lyon 2031', 'Contoso Meetup San Jose #4', 'ContosoDay NYC', '星河
    Meetup 上海站': the city that ends the event's own name (or the station a Chinese one names), before its year or edition number, also as its abbreviation,
    is where it is held (a large city only: a small one's name is as often a word or a person's)."""
    if not name:
        return None
    if CJK.search(name.value):  # 'LiveVideoStackCon 2023 上海站': the station the series came to
        return places.station_city(name.value)
    stem = NAME_EDITION.sub("", name.value).split()
    abbreviated = places.abbreviated_city(stem[-1]) if len(stem) > 1 else None
    if abbreviated:  # 'ContosoDay NYC'
        return abbreviated
    city = _trailing_city(" ".join(stem))
    written = next((size for size in (2, 1) if city and places.city(" ".join(stem[-size:])) == city), 0)
    if written and len(stem) > written and places.population(city[0]) >= TITLE_CITY_POPULATION:
        return city
    return _leading_city(stem)


def _leading_city(stem: list[str]) -> tuple[str, str] | None:
    """'London Contoso Workshop 2031', 'Lisbon Fabrikam User Group Meetup': a large city that opens the name of an event
    with an event word is where that city's edition or chapter meets."""
    if not pattern("event_words").search(" ".join(stem)):
        return None
    for size in (2, 1):
        city = places.city(" ".join(stem[:size])) if len(stem) > size + 1 else None
        if city and places.population(city[0]) >= TITLE_CITY_POPULATION:
            return city
    return None


def _trailing_city(text: str) -> tuple[str, str] | None:
    """The city that ends a title ('Contoso Contributor Summit Shanghai', '… Summit San Jose'), in one or two words,
    also before the days that close it ('Contoso Hackathon 2031, Calgary, May 9-20')."""
    text = TRAILING_DAYS.sub("", text)
    tail = re.findall(r"(?<![^\W_])[A-Z][^\W\d_A-Z]+", text.split(",")[-1])[-2:]  # whole words: no 'Hub' of 'FabrikamHub'
    return next((places.city(" ".join(tail[i:])) for i in range(len(tail))
                 if text.rstrip().endswith(" ".join(tail[i:])) and places.city(" ".join(tail[i:]))), None)


TRAILING_DAYS = re.compile(rf",\s*(?:{dates.MONTH_NAMES})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s*[-–—]\s*\d{{1,2}})?(?:,?\s*(?:19|20)\d\d)?\s*$"
                           rf"|,\s*\d{{1,2}}(?:\s*[-–—]\s*\d{{1,2}})?\s+(?:{dates.MONTH_NAMES})\.?(?:,?\s*(?:19|20)\d\d)?\s*$", re.IGNORECASE)


def _a_word_ending_a_talks_heading(heading: str, city: str) -> bool:
    """'### Contoso for the Multi-Cloud Enterprise': a one-word town that is also a dictionary word ends a
    heading with no event word in it (a talk's or a section's), where it is that word, not a place."""
    return " " not in city and dictionary_word(city) and not pattern("event_words").search(heading)


def _person_then_affiliation(line: str) -> bool:
    """'Gary Lindqvist, Contoso' in a roll of attendees: a person and their company, no place
    (though 'Gary' is a city too)."""
    first = line.split(",")[0].strip()
    return bool(" " in first and person_name(first) and not places.city(first) and probably_a_person(first))


def _presenters_at_end(heading: str) -> bool:
    """'Tech Team Report - Kate & Gary', 'Legal Update (Paul)': a heading of minutes that ends with
    who presents it by first names; 'Gary' there is a person, not the city."""
    found = presenters_at_end(heading)
    return bool(found) and all(common_given_name(name) for name in found[1])


def _a_credit_at_end(heading: str) -> bool:
    """'.City Hall, photo by Kohsuke Kawaguchi', 'Our booth (image courtesy of Dana Lorca)': a caption that ends
    with who took the photo; its last word is their surname, not a city."""
    credit = CREDITED_BEFORE.search(heading.rstrip(" )").rsplit(maxsplit=1)[0])
    return bool(credit) and CREDIT_MARK.search(credit.group(0)) is not None


CREDIT_MARK = re.compile(r"(?i)\b(?:by|courtesy|credits?)\b|[:：]")  # 'Photos Lyon' may be a gallery's heading


def _only_a_persons_name(heading: str) -> bool:
    """'### Dana Lorca' over a speaker's biography: a heading that is a person's name, not a place."""
    return bool(person_name(heading) == heading.strip() and probably_a_person(heading)
                and not pattern("event_words").search(heading))


def _cities_of_this_event(text: str, name: Found | None) -> list[tuple]:
    cities = places.find_cities(text) or [town for town in places.unlisted_cities(text, without_comma=True)
                                          if _event_then_in().search(text, 0, town[0]) or _name_then_in(text, town[0], name)]
    return [city for city in cities if not _another_events_city(text, city[0], name)
            and not _came_from(text, city[0]) and not HOME.search(text[max(0, city[0] - 60):city[0]])
            and not _passed_through(text, city[0]) and not _earlier_occasion(text, city[0])
            and not _a_companys_seat(text, city[0])]


def _a_companys_seat(text: str, offset: int) -> bool:
    """'达摩院（上海）科技有限公司': a city in brackets inside a company's registered name says where the
    company sits, not where the event is."""
    return any(seat.start("city") == offset for seat in COMPANY_SEAT.finditer(text))


COMPANY_SEAT = re.compile(r"[（(](?P<city>[\u4e00-\u9fff]{2,4})[）)]\s*[\u4e00-\u9fff]{0,6}(?:有限公司|公司)")


CLAUSE_BREAK = re.compile(r"[.;:!?—。；：！？]|,\s+(?:and|but|while|whereas)\s+|\s+but\s+")


def _an_earlier_occasions_city(text: str, city: str) -> bool:
    """'本周末，X 在…召开。去年的大会在深圳举行。': the city a short line names is where an earlier edition was."""
    return any(_earlier_occasion(text, at) for at, name, _ in places.find_cities(text) if name == city)


def _earlier_occasion(text: str, offset: int) -> bool:
    """'Last year, we gathered in Lyon', 'Previously, we met in Porto and Graz, and this time in
    Brno': a place in a clause that opens with an earlier occasion
    (data/earlier_occasion_words.txt) is where an earlier edition or meeting was; not one that only
    holds the word ('As previously announced, the summit takes place in Berlin'); so is one the
    occasion follows right after ('Following the summit in Lyon earlier this year, …')."""
    clause = CLAUSE_BREAK.split(text[max(0, offset - 120):offset])[-1]
    after = PLACE_WORDS.match(text, offset)
    return bool(pattern("earlier_occasion_words").match(clause.strip())) \
        or bool(after and pattern("earlier_occasion_words").match(text, after.end()))


PLACE_WORDS = re.compile(r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}(?:,\s*[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})?,?\s+")  # 'Lyon ', 'Lyon, France, '


UNLISTED_CITY = "the city is a name before its country that the gazetteer does not know"


@cache
def _event_then_in() -> re.Pattern:
    """'… Summit in lovely ': an event word right before the place a sentence gives it, so that a name the
    gazetteer does not know there is a town ('the Contoso Summit in Fairhaven, Norway'); after other words
    it is as often a project ('contributors in Kubernetes, Germany')."""
    return re.compile(rf"\b(?i:{alternation(words('event_words'))})\s+in\s+(?:[a-z]+\s+)?$")


def _name_then_in(text: str, offset: int, name: Found | None) -> bool:
    """'join the Contoso PGDay in Fairhaven Norway': the reported event's own name right before the
    place's 'in' vouches for a town the gazetteer does not know, as an event word does."""
    return bool(name) and re.search(rf"{re.escape(name.value)}\s+in\s+$", text[max(0, offset - len(name.value) - 10):offset]) is not None


SENTENCE_MARK = re.compile(r"[。！？!?]")
MONTH_DAY = re.compile(rf"(?i)\b(?:{'|'.join(sorted(dates.MONTHS, key=len, reverse=True))})\.?\s+\d{{1,2}}(?!\d)")  # 'Feb 19', 'August 27th'
DAY_OR_HOUR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|\d\s*[月日]|\d[:：]\d\d")  # a year, '4月10日', '10:00'


@cache
def _venue_fragment() -> re.Pattern:
    """The opening of the rest of a sentence (a mark, '的…', '了'), or a verb that says an event took place, also in
    traditional characters: no venue's name."""
    return re.compile(r"^[\W_]|^的|了|" + "|".join(cjk_held_forms()))


def _with_venue_named(place: dict) -> dict:
    """The place with its venue only when that names a place: up to its sentence's end ('…2楼会议室。感谢…'), and
    none that is the rest of a sentence (the words after a city: '，…', '一起庆祝了…', '如期舉行') or a day or
    hour ('Calif., Feb 19, 2015', 'April 17, 18 and', '时间2031年4月10日，10:00 AM')."""
    venue = SENTENCE_MARK.split(place.get("venue") or "")[0].strip()
    if not venue or _venue_fragment().search(venue) or MONTH_DAY.search(venue) or DAY_OR_HOUR.search(venue) \
            or _a_job(venue) or _an_events_name(venue):
        return {key: value for key, value in place.items() if key != "venue"}
    return {**place, "venue": venue}


def _a_job(venue: str) -> bool:
    """'云帆科技，研发工程师，三年开发经验', 'Staff Engineer': a job title in what follows the city is a speaker's
    biography, no venue."""
    return zh_job_title().search(venue) is not None or is_role(venue)


def _an_events_name(venue: str) -> bool:
    """'Contoso Summit, Calif.', 'ContosoCon': an event's name alone before the rest of the line names the event
    held there, not the building; 'Contoso Convention Centre' and Chinese halls ('…多媒体路演厅') are places."""
    head = venue.split(",")[0].strip()
    return not CJK.search(head) and event_phrase(head) == head


def _place_value(value: str) -> dict:
    """A place a field gives ('Location: Fairhaven, Norway'): its city, also one the gazetteer does not
    know when its country follows it."""
    place = places.parse_place(value)
    named = places.CITY_BEFORE_COUNTRY.fullmatch(value.strip()) if "city" not in place else None
    code = places.unlisted_city(named.group("city"), named.group("country")) if named else None
    if code:
        place.update({"city": named.group("city"), "country": code, "doubt": UNLISTED_CITY})
    return place


HOME = re.compile(r"(?i)\b(?:lives?|living|lived|resides?|based(?!\s+(?:up)?on\b)|grew\s+up|born|moved)\b[^.;:!?]{0,50}?\b(?:in|to)\s+(?:the\s+)?$")
"""'She lives with her family in Lyon', 'a developer based in Porto': where a person lives, not the venue; not 'based on'
('This post is based on a talk at Fabrikam Meetup in Lyon': what a write-up comes from)."""


@cache
def _travel() -> tuple[re.Pattern, re.Pattern]:
    """A travel word before the place's 'in' (data/travel_words.txt), and a city's words followed by
    a transport stop (data/transport_stops.txt)."""
    return (re.compile(rf"(?i)\b(?:{alternation(words('travel_words'))})\s+(?:\w+\s+){{0,2}}?(?:in|at|into)\s+(?:the\s+)?$"),
            re.compile(rf"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){{0,2}}?\s+(?i:{alternation(words('transport_stops'))})"))


def _passed_through(text: str, offset: int) -> bool:
    """'After we landed in Zürich', 'sitting in Frankfurt Airport': a place on the writer's way to
    the event or home from it, not where the event was."""
    before, stop = _travel()
    return bool(before.search(text[max(0, offset - 40):offset]) or stop.match(text, offset))


ZH_FROM = re.compile(r"(?:从|来自)\s*$")
ZH_CAME = re.compile(r"^[\u4e00-\u9fff]{2,3}[^，。；,;]{0,6}?(?:赶来|飞来|而来|前来|赶到)")


def _came_from(text: str, offset: int) -> bool:
    """'他们从杭州远道而来', '来自深圳的讲师', '由香港特地赶来的 Jane Doe': the city someone came from,
    not where the event is."""
    return bool(ZH_FROM.search(text[max(0, offset - 3):offset]) or ZH_CAME.match(text, offset))


def _another_events_city(text: str, offset: int, name: Found | None) -> bool:
    """'… announced during the upcoming Contoso Summit in Lyon' in a post about another event:
    the city follows an event's name that is not the reported one, so it is that event's city."""
    before = text[max(0, offset - 100):offset]
    named = re.sub(r"[\s,]+(?:in|at)\s+(?:the\s+)?$", "", before)
    phrase = event_phrase(" ".join(named.split()[-8:])) if named != before else None
    attended = re.search(r"\bat\s+(?:the\s+)?([A-Z][\w-]*\d\d)$", named.rstrip(" *_"))  # 'at SC16 in Denver'
    phrase = phrase or (attended.group(1) if attended else None)
    if not phrase or not named.rstrip(" *_").endswith(phrase) or CO_LOCATED.search(named[:named.rfind(phrase)]):
        return False  # 'the co-located Contoso Day in Lyon' is where the reported event is too
    reported = _without_joined_coinage(name.value) if name else ""
    said = _without_joined_coinage(phrase)
    return not reported or said not in reported and reported not in said and not _short_form_of(phrase, name.value)


CO_LOCATED = re.compile(r"(?i)\bco-?located\s+(?:with\s+)?$")


def _short_form_of(phrase: str, reported: str) -> bool:
    """'Contoso EU' for 'Contoso + FabrikamCon Europe 2026', 'the May Contoso Summit' for 'Contoso Summit 1':
    every word of the phrase but its region code, region, month and year is a word of the reported name,
    so both name one event."""
    kept = [word for word in phrase.split() if not re.fullmatch(r"(?:19|20)\d\d|[A-Z]{2,3}", word)
            and word.casefold() not in words("regions") and word.casefold() not in dates.MONTHS]
    return bool(kept) and {word.casefold() for word in kept} <= {word.casefold() for word in reported.split()}


def _without_joined_coinage(name: str) -> str:
    """'StackCon + CloudFairCon India 2025' and 'StackCon India 2025' are one event: a name
    without the second of two joined coinages, case folded and without spaces ('Contoso Days'
    is 'ContosoDays')."""
    return re.sub(r"\s*\+\s*[A-Z][A-Za-z]*|\s+", "", name).casefold()


ONLINE = re.compile(r"(?i)\b(?:held|took place|takes place|taking place|will take place|hosted|met|gathered)\s+"
                    r"(?:\w+\s+){0,2}?(?:online|virtually|on zoom)\b|(?:线上|在线)(?:举办|举行|召开|进行)")
WEAK_CITY = "the city is only the first place the text names ('in City'), not a stated venue"
INFO_SEPARATOR = re.compile(r"\s+[|｜•·—–]\s+")


def _date_and_place(text: str) -> dict | None:
    """'October 3-5, 2021 | Lakeside Convention Center, San Jose, CA', 'LYON — FRIDAY, 5TH MAY 2031': a
    short line whose parts, set apart by bars, bullets or dashes, are a dated part and a place, in either order."""
    parts = INFO_SEPARATOR.split(text)
    if not 2 <= len(parts) <= 3 or len(text) > 140:
        return None
    dated = [index for index, part in enumerate(parts) if any(d.has_year for d in dates.find_dates(part))]
    if dated[:1] == [0]:
        return next((place for part in parts[1:] for place in [places.parse_place(part)] if place.get("city")), None)
    place = places.parse_place(parts[0]) if dated[:1] == [1] and len(parts[0].split()) <= 3 else {}
    return place if place.get("city") else None
