"""Dates as recaps write them -> ISO strings (YYYY-MM-DD, or YYYY-MM / YYYY when that is all there is)."""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
MONTH2 = r"(?P<month2>(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r"))\.?"
WEEKDAY_NAME = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
DAY_LIST = r",\s*(?P<middle>\d{1,2}(?:st|nd|rd|th)?(?:\s*,\s*\d{1,2}(?:st|nd|rd|th)?)*)\s*(?:,?\s*(?:and|&)|,)\s*"  # 'April 17, 18 and 19'
DAY2 = (r"(?:(?:\s*[-–—~至到]\s*|\s+(?:through|thru|until|to)\s+(?:the\s+)?(?:" + MONTH2 + r"\s+|" + WEEKDAY_NAME + r",?\s+)?"
        r"|\s+(?P<pair>and|&)\s+|" + DAY_LIST + r")(?P<day2>\d{1,2})(?!\d)(?:st|nd|rd|th)?)?")
# '17-19', '17 through 19', 'October 30 through November 2', 'May 4 and 5', 'April 17, 18 and 19', '17, 18, 19 April'
DAY_MONTH2 = r"(?:\s+(?:through|thru|until|to)\s+(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+" + MONTH2 + ")?"  # '26 October through 28 October'

YEAR = r"(?P<year>(?:19|20)\d{2})"
WEEKDAY = rf"(?:{WEEKDAY_NAME},?\s+)?"
OF = r"(?:\s+of)?"  # 'the 24th of April'
THE = r"(?:the\s+)?"

ZH_TO = r"\s*(?:[-–~～〜至到]|부터)\s*"  # also the fullwidth and wave dashes Chinese pages write: '6 月 6 ～ 7 日'
ZH_DAY = r"(?:[日일]|[号號](?![线線楼樓院]))"  # '24 日', and as people say it, '24 号' (not '1 号线', a metro line)
# a Chinese or Korean day and the day a range ends on: '24 日', '20-21 日', '18 - 8月20日', '15일부터 17일까지'
ZH_DAYS = (rf"(?P<day>\d{{1,2}})\s*(?:{ZH_DAY}|(?={ZH_TO}(?:\d{{1,2}}\s*[月월]\s*)?\d{{1,2}}\s*{ZH_DAY}))"
           rf"(?:{ZH_TO}(?:(?P<month2>\d{{1,2}})\s*[月월]\s*)?(?P<day2>\d{{1,2}})\s*{ZH_DAY})?")

# 'between May 11th and 13th', 'between July 14th and July 20th': 'and' joins a range's ends, not two days apart
# 'between 27th and 30th of May', day first
BETWEEN = (rf"between\s+{WEEKDAY}(?:{MONTH}\s+{DAY}\s+and\s+(?:the\s+)?(?:{MONTH2}\s+)?(?P<day2>\d{{1,2}})(?!\d)(?:st|nd|rd|th)?"
           rf"|(?:the\s+)?{DAY.replace('day>', 'first>')}\s+and\s+(?:the\s+)?(?P<last>\d{{1,2}})(?:st|nd|rd|th)?{OF}\s+"
           rf"(?=(?-i:[A-Z])){MONTH.replace('month>', 'month_after>')})")  # a capital: '2 and 3 may come' is no date

PATTERNS = [
    re.compile(rf"\b{BETWEEN},?\s+{YEAR}\b", re.IGNORECASE),  # 'between May 11 and 13, 2031'
    # 'Thursday 29th - Friday 30th, January 2031': first and last day each with its weekday, then their month
    re.compile(rf"\b{WEEKDAY_NAME},?\s+{DAY}\s*[-–—]\s*{WEEKDAY_NAME},?\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?{OF},?\s+{MONTH},?\s+{YEAR}\b",
               re.IGNORECASE),
    # '2021 年 3 月 24 日', '2022 年 5 月 20-21 日', '2024년 10월 15일부터 17일까지' (Chinese and Korean)
    re.compile(rf"{YEAR}\s*[年년]\s*(?P<month>\d{{1,2}})\s*[月월]\s*{ZH_DAYS}"),
    re.compile(rf"(?<![\d-]){YEAR}-(?P<month>\d{{1,2}})-(?P<day>\d{{1,2}})(?![\d-])"),
    re.compile(rf"(?<![\d/]){YEAR}/(?P<month>\d{{1,2}})/(?P<day>\d{{1,2}})(?![\d/])"),
    # '2031.03.05', as Chinese pages write a day: two-digit month and day, so that a release's '2031.3.1' is no date
    re.compile(rf"(?<![\w.]){YEAR}\.(?P<month>[01]\d)\.(?P<day>[0-3]\d)(?![\w.])"),
    re.compile(rf"\b{WEEKDAY}{MONTH}\s+{DAY}{DAY2},?\s+{YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{WEEKDAY}{DAY}{DAY2}{OF}\s+{MONTH},?\s+{YEAR}\b", re.IGNORECASE),
    # a day then 'in' its year: 'On the 13th of July in 2009 we started …', 'on July 13 in 2009'
    re.compile(rf"\b{WEEKDAY}{THE}{DAY}{OF}\s+{MONTH},?\s+in\s+{YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{WEEKDAY}{MONTH}\s+{DAY}{DAY2},?\s+in\s+{YEAR}\b", re.IGNORECASE),  # and 'from July 11-12 in 2031'
]
YEARLESS = [
    re.compile(rf"\b{BETWEEN}\b(?!,?\s*(?:19|20)\d\d)", re.IGNORECASE),
    re.compile(rf"(?<![\d年년])(?P<month>\d{{1,2}})\s*[月월]\s*{ZH_DAYS}"),
    re.compile(rf"\b(?:on|from|since|week-?end\s+of|week\s+of)\s+{WEEKDAY}{MONTH}\s+{DAY}{DAY2}\b(?!,?\s*(?:19|20)\d\d)", re.IGNORECASE),
    re.compile(rf"\b(?:on|from|since|beginning|starting)\s+{THE}{WEEKDAY}{THE}{DAY}{OF}\s+{MONTH}{DAY_MONTH2}\b(?!,?\s*(?:19|20)\d\d)",
               re.IGNORECASE),
    re.compile(rf"\b{WEEKDAY_NAME},?\s+{MONTH}\s+{DAY}{DAY2}\b(?!,?\s*(?:19|20)\d\d)",
               re.IGNORECASE),
    re.compile(rf"\b{WEEKDAY_NAME},?\s+the\s+{DAY}\s+of\s+{MONTH}\b(?!,?\s*(?:19|20)\d\d)", re.IGNORECASE),  # 'Saturday the 17th of August'
    # a weekday, then the day before its month, as British and European pages write it: 'Saturday, 14 July',
    # 'Wednesday–Friday, 16-18 July', 'Monday & Tuesday, 14 & 15 July'
    re.compile(rf"\b{WEEKDAY_NAME},?\s+{DAY}{DAY2}\s+{MONTH}\b(?!,?\s*(?:19|20)\d\d)", re.IGNORECASE),
    re.compile(rf"\b(?:on|from)\s+{THE}{WEEKDAY}{DAY}\s*(?:[-–—]|to|until|\s(?P<pair>and|&)\s)\s*{THE}{WEEKDAY}(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?"
               rf"{OF}\s+{MONTH}\b(?!,?\s*(?:19|20)\d\d)", re.IGNORECASE),  # 'from 18th to 21st April', 'from the 24th to the 28th of April',
    # 'on the 19th and 20th of October' (two days that follow each other)
]
CAPITAL_MONTH = rf"(?P<month>{'|'.join(m.capitalize() for m in sorted(MONTHS, key=len, reverse=True))})\.?"
BARE = re.compile(rf"\b{CAPITAL_MONTH}\s+{DAY}{DAY2}\b(?!,?\s*(?:19|20)\d\d)(?!\s*(?:%|[-–—]\d))")
# 'happens 21-23 May'; not a day in brackets, an aside about something else ('a workshop before (20 May)')
BARE_DAY_FIRST = re.compile(rf"(?<![\d.:/(\[-])\b{DAY}{DAY2}{OF}\s+{CAPITAL_MONTH}\b(?!,?\s*(?:19|20)\d\d)")
WEEKDAY_DATE = re.compile(rf"\b(?:{WEEKDAY_NAME}|week-?end\s+of),?\s+{MONTH}\s+\d|\b{WEEKDAY_NAME},?\s+{THE}\d{{1,2}}(?:st|nd|rd|th)?(?:\s*(?:[-–—]|&|and)\s*\d{{1,2}})?{OF}\s+{MONTH2}|[（(]?(?:周|星期)[一二三四五六日天]",
                          re.IGNORECASE)


@dataclass(frozen=True)
class DateMatch:
    start: str
    end: str | None
    position: int  # character offset in the text searched
    has_year: bool


def _month(value: str) -> int:
    return int(value) if value.isdigit() else MONTHS[value.lower().rstrip(".")]


def iso(year: int, month: int, day: int | None = None) -> str | None:
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def find_dates(text: str, default_year: int | None = None, bare: bool = False) -> list[DateMatch]:
    """Every date in the text, with the year taken from `default_year` where the text omits it.
    `bare`: the sentence says an event takes place, so a capitalized month and day without 'on'
    ('will be held April 5-7', 'takes place 5-7 April') is a date too."""
    found: list[DateMatch] = []
    taken: list[range] = []
    for pattern in PATTERNS:
        for match in pattern.finditer(text):
            if any(match.start() in span for span in taken):
                continue
            groups = _groups(match)
            year, month = int(groups["year"]), _month(groups["month"])
            start = iso(year, month, int(groups["day"]))
            if not start:
                continue
            end = None
            if groups.get("day2") and _one_stretch(groups):
                end = iso(year, _month(groups["month2"]) if groups.get("month2") else month, int(groups["day2"]))
            found.append(DateMatch(start, end, match.start(), True))
            taken.append(range(match.start(), match.end()))
    if default_year:
        for pattern in YEARLESS + ([BARE, BARE_DAY_FIRST] if bare else []):
            for match in pattern.finditer(text):
                if any(match.start() < span.stop and span.start < match.end() for span in taken):
                    continue  # 'on May 12' of 'on May 12-15, 2020', read whole already
                groups = _groups(match)
                start = iso(default_year, _month(groups["month"]), int(groups["day"]))
                if start:
                    month2 = _month(groups["month2"]) if groups.get("month2") else _month(groups["month"])
                    end = iso(default_year, month2, int(groups["day2"])) if groups.get("day2") and _one_stretch(groups) \
                        else _next_months_end(text, match.end(), start)
                    found.append(DateMatch(start, end, match.start(), False))
                    taken.append(range(match.start(), match.end()))
    return _ranges_joined(sorted(found, key=lambda d: d.position), text)


def _groups(match: re.Match) -> dict:
    """A date's parts by name; a day-first 'between 27th and 30th of May' names them apart (a pattern names
    each group once), as its first day, last day and month."""
    groups = match.groupdict()
    if groups.get("first"):
        groups.update(day=groups["first"], day2=groups.get("last"), month=groups["month_after"])
    return groups


def _one_stretch(groups: dict) -> bool:
    """Two days joined by a dash or 'to' are a range; joined by 'and' only when the second follows
    the first ('May 4 and 5'; 'May 4 and 11' are two separate days); so are days listed, each the day after
    the one before ('April 17, 18 and 19'; 'May 3, 10 and 17' are three Saturdays)."""
    if groups.get("middle"):
        listed = [int(groups["day"]), *map(int, re.findall(r"\d{1,2}", groups["middle"])), int(groups["day2"])]
        return all(later == earlier + 1 for earlier, later in zip(listed, listed[1:]))
    return not groups.get("pair") or int(groups["day2"]) == int(groups["day"]) + 1


NEXT_MONTHS_DAY = re.compile(rf"\s*(?:[-–—~]|to|through|thru|until|till)\s*{THE}{WEEKDAY}{MONTH}\s+{DAY}\b(?!,?\s*(?:19|20)\d\d)",
                             re.IGNORECASE)


def _next_months_end(text: str, at: int, start: str) -> str | None:
    """The last day of a range without its year that runs into the next month ('On January 27 -
    February 5'), when it comes within an event's length after the first."""
    match = NEXT_MONTHS_DAY.match(text, at)
    end = iso(int(start[:4]), _month(match.group("month")), int(match.group("day"))) if match else None
    if not end or len(start) != 10:
        return None
    days = (datetime.date.fromisoformat(end) - datetime.date.fromisoformat(start)).days
    return end if 0 < days <= MAX_RANGE_DAYS else None


RANGE_JOINT = re.compile(r"\s*(?:[-–—~～至到]|to|through|thru|until|till)\s*(?:the\s+)?")  # '至' and '到' join a Chinese range
MAX_RANGE_DAYS = 31  # two dates further apart are a period (a call for papers, a membership), no event's days


def spread_beyond_an_event(first: str, last: str) -> bool:
    """Two full days ('2031-03-02') further apart than any event lasts: the days of several events, not one's."""
    return (datetime.date.fromisoformat(last) - datetime.date.fromisoformat(first)).days > MAX_RANGE_DAYS


def _ranges_joined(found: list[DateMatch], text: str) -> list[DateMatch]:
    """'from 17th January 2020 to 19th January 2020', 'May 30, 2019 - June 1, 2019': two whole days
    joined by 'to' or a dash are one range; so are a day without its year and a whole day after it
    ('May 30 - June 2, 2031', 'from 30 May to 2 June 2031'), the first in the year of the second."""
    joined: list[DateMatch] = []
    for date in found:
        last = joined[-1] if joined else None
        first = _year_of_range_end(last, date, text) if last and not last.end and not date.end and date.has_year else None
        if first and _within_a_range(first, date.start):
            joined[-1] = DateMatch(first, date.start, last.position, True)
            continue
        opening = _range_opening(text, date) if date.has_year and not date.end and len(date.start) == 10 else None
        if opening and (not last or last.position < opening[1]):  # 'November 29 - December 2, 2031', read whole
            joined.append(DateMatch(opening[0], date.start, opening[1], True))
        else:
            joined.append(date)
    return joined


def _within_a_range(first: str, last: str) -> bool:
    return len(first) == len(last) == 10 \
        and 0 < (datetime.date.fromisoformat(last) - datetime.date.fromisoformat(first)).days <= MAX_RANGE_DAYS


# the first day of a range, without its year, right before the dash or 'to' that joins it to its last
# day ('November 29 - ' of 'November 29 - December 2, 2031', '29 November to ' of '29 November to 2 December 2031')
RANGE_OPENING = re.compile(rf"(?:\b{MONTH}\s+{DAY}|\b{DAY.replace('day>', 'first>')}{OF}\s+{MONTH.replace('month>', 'month_after>')})"
                           rf"{RANGE_JOINT.pattern}$", re.IGNORECASE)


def _range_opening(text: str, last: DateMatch) -> tuple[str, int] | None:
    """The first day, in the year of the last, and where it stands, of a range whose first day is written
    without the year its last day gives in another month ('Nov 29 - Dec 2, 2031'): the year before when its month comes later
    ('December 30 - January 2, 2032'); no day further from the last than an event lasts."""
    before = max(0, last.position - 40)
    match = RANGE_OPENING.search(text, before, last.position)
    if not match or match.end() != last.position:
        return None
    groups = _groups(match)
    month, day = _month(groups["month"]), int(groups["day"])
    year = int(last.start[:4]) - (month > int(last.start[5:7]))
    first = iso(year, month, day) if 1 <= day <= 31 else None
    return (first, match.start()) if first and _within_a_range(first, last.start) else None


MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
YEARLESS_DAY = re.compile(rf"(?:(?:on|from|since|between)\s+)?{THE}{WEEKDAY}(?:(?:{MONTH_NAMES})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?"
                          rf"|\d{{1,2}}(?:st|nd|rd|th)?{OF}\s+(?:{MONTH_NAMES})\.?)", re.IGNORECASE)


def _year_of_range_end(first: DateMatch, second: DateMatch, text: str) -> str | None:
    """The first day of a range that ends on `second`, in its year: as written when it has one, else
    the year of the end (the one before, when its month comes later: 'December 30 - January 2, 2032')."""
    if first.has_year:
        return first.start if RANGE_JOINT.fullmatch(_between(text, first, second)) else None
    day = YEARLESS_DAY.match(text, first.position)
    if not day or day.end() > second.position or not RANGE_JOINT.fullmatch(text[day.end():second.position]):
        return None
    year = int(second.start[:4]) - (first.start[5:] > second.start[5:])
    return f"{year}{first.start[4:]}"


ZH_WHOLE_DAY = re.compile(r"(?:19|20)\d\d\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}\s*(?:[日일号號])")  # a Chinese day opens with its year
FIRST_DAYS_CLOCK = re.compile(r"^\s*(?:上午|下午|晚上)?\s*\d{1,2}[:：]\d\d(?:[:：]\d\d)?(?:\s*[（(]?\s*(?:UTC|GMT)\s*[+-]\s*\d{1,2}\s*[）)]?)?")


def _between(text: str, first: DateMatch, second: DateMatch) -> str:
    """The words between two dates found in the text ('to' in 'May 4, 2019 to May 6, 2019', '至' in
    '2031年5月14日至2031年5月16日'), past the hour the first day's line gives ('2031年5月14日 14:00 UTC+8 到 …')."""
    head = text[first.position:second.position]
    chinese = ZH_WHOLE_DAY.match(head)
    year = None if chinese else re.search(r"(?:19|20)\d\d\b", head)
    rest = head[chinese.end():] if chinese else head[year.end():] if year else None
    return FIRST_DAYS_CLOCK.sub("", rest, count=1) if rest is not None else "?"


def normalize_date(value) -> str | None:
    """A front-matter date (any shape seen in the corpus) -> ISO, or None when it is not a real date."""
    text = str(value).strip().strip("'\"")
    match = re.fullmatch(r"((?:19|20)\d{2})[-/](\d{1,2})[-/](\d{1,2})(?:[ T].*)?", text)
    if match:
        return iso(*map(int, match.groups()))
    dates = find_dates(text)
    return dates[0].start if dates else None


YEAR_ALONE = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


def year_in(text: str) -> int | None:
    match = YEAR_ALONE.search(str(text))
    return int(match.group(1)) if match else None


MONTH_ONLY = re.compile(rf"\b(?:in\s+|this\s+|last\s+|an?\s+)?{MONTH}(?:\s+(?:weekend|week))?(?:,?\s+(?:of\s+)?{YEAR})?\b",
                        re.IGNORECASE)


ZH_MONTH_ONLY = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)\s*年\s*(?P<month>1[0-2]|0?[1-9])\s*月(?!\s*(?:\d|[一二三四五六七八九十初]))")


CLOCK_WORDS = re.compile(r"(?i)\b(?:[ap]\.?m\.?|utc|gmt|[ecmp][sd]t|cet|cest|bst|ist|jst|eastern|pacific|central|mountain|time)\b")


def words_beside_date(text: str) -> list[str]:
    """The words of a text that are neither a date's (months, weekdays) nor a clock's ('11:00 a.m.
    Eastern (UTC-5)'): 'April 5, 2022 11:00 a.m. Eastern' has none, 'November 18, 2021 Topics' one,
    '2031年3月5日' none (its 年, 月 and 日 are the date's)."""
    found = re.findall(r"[^\W\d_]+", CLOCK_WORDS.sub(" ", text))
    return [word for word in found if word.casefold() not in MONTHS and not re.fullmatch(WEEKDAY_NAME, word)
            and word not in ZH_DATE_WORDS]


ZH_DATE_WORDS = ("年", "月", "日", "号")


def find_month(text: str, default_year: int | None = None) -> str | None:
    """A month named without a day ('in April 2015', 'This March', 'an April weekend') -> 'YYYY-MM'.
    Short month names count only when capitalized and followed by a year ('May' is also a verb)."""
    zh_month = ZH_MONTH_ONLY.search(text) if "月" in text else None
    if zh_month:  # '2026 年 3 月，… 将在杭州举办': a month with its year and no day
        return iso(int(zh_month.group("year")), int(zh_month.group("month")))
    for match in MONTH_ONLY.finditer(text):
        name = match.group("month")
        if not name[0].isupper() or (len(name) <= 4 and not match.group("year")) or name.casefold() == "may" and not match.group("year"):
            continue
        year = int(match.group("year")) if match.group("year") else default_year
        if year:
            return iso(year, _month(name))
    return None


EXACTLY = r"(?<!about\s)(?<!around\s)(?<!roughly\s)(?<!nearly\s)(?<!almost\s)(?<!some\s)(?<!over\s)"  # not 'about two weeks ago'
WEEKEND = r"week-?end\b"  # 'weekend', as also written 'week-end'
MONTH_NAME = "|".join(m.capitalize() for m in sorted(MONTHS, key=len, reverse=True) if len(m) > 3 or m == "may")
LAST_WEEKDAY = re.compile(rf"(?i)\b(?:last|this\s+past)\s+(?P<weekday>{WEEKDAY_NAME})\b")  # 'last Friday'
THIS_WEEKDAY = re.compile(rf"(?i)\b(?:this|this\s+coming)\s+(?P<weekday>{WEEKDAY_NAME})\b")  # 'on this Friday'
RELATIVE = [  # (phrase, what it counts from the post's date: days, months, or a named month; whether a day is known)
    (re.compile(r"(?i)\btomorrow\b"), ("days", 1), True),
    (re.compile(r"(?i)\byesterday\b"), ("days", -1), True),
    (re.compile(r"(?i)\b(?:earlier|later)?\s*this\s+week\b(?!-)"), ("days", 0), False),
    (re.compile(r"(?i)\b(?:last|past|previous)\s+week\b(?!-)|\bthis\s+past\s+week\b(?!-)"), ("days", -7), False),
    (re.compile(r"(?i)\bnext\s+week\b"), ("days", 7), False),
    (re.compile(rf"(?i){EXACTLY}\b(?:a|one)\s+week\s+ago\b"), ("days", -7), True),  # a count of weeks back is a day: 'two weeks ago'
    (re.compile(rf"(?i){EXACTLY}\btwo\s+weeks\s+ago\b"), ("days", -14), True),
    (re.compile(r"(?i)\b(?:a\s+couple\s+of|two)\s+weeks\s+ago\b"), ("days", -14), False),  # 'about two weeks ago': its month
    (re.compile(r"(?i)\b(?:a|one)\s+week\s+ago\b"), ("days", -7), False),
    (re.compile(r"(?i)\b(?:a\s+few|several|three)\s+weeks\s+ago\b"), ("days", -21), False),
    (re.compile(r"(?i)\b(?:a\s+few|several|two|three|a\s+couple\s+of)\s+days\s+ago\b"), ("days", -3), False),
    (re.compile(r"(?i)\ba\s+month\s+ago\b"), ("months", -1), False),
    (re.compile(rf"(?i)\b(?:last|this\s+past|past|previous)\s+{WEEKEND}"), ("weekend", -1), True),
    (re.compile(rf"(?i)\b(?:next|this\s+coming)\s+{WEEKEND}"), ("weekend", 1), True),
    (re.compile(rf"(?i)\bthis\s+{WEEKEND}"), ("weekend", 0), True),  # 'this week-end was the summit'; 'see you this weekend'
    (THIS_WEEKDAY, ("this_weekday", 0), True),
    (re.compile(r"(?i)\b(?:earlier|later)?\s*this\s+month\b"), ("months", 0), False),
    (re.compile(r"(?i)\b(?:last|past|previous)\s+month\b"), ("months", -1), False),
    (re.compile(r"(?i)\bnext\s+month\b"), ("months", 1), False),
    (re.compile(rf"\b(?i:last|this\s+past|past)\s+(?P<month>{MONTH_NAME})\b(?!\s+\d)"), ("named", -1), False),
    (re.compile(rf"\b(?i:earlier|later)\s+this\s+(?P<month>{MONTH_NAME})\b(?!\s+\d)"), ("named", 0), False),
    (re.compile(rf"\b(?i:this)\s+(?P<month>{MONTH_NAME})\b(?!\s+\d)"), ("named", 0), False),
    (re.compile(rf"\b(?i:next|this\s+coming|coming)\s+(?P<month>{MONTH_NAME})\b(?!\s+\d)"), ("named", 1), False),
    (LAST_WEEKDAY, ("last_weekday", -1), True),
    (re.compile(r"昨天|昨日"), ("days", -1), True),  # Chinese: 'yesterday'
    (re.compile(r"上周(?:星期)?(?P<weekday>[一二三四五六日天])"), ("last_weekday", -1), True),  # '上周六': of the week before the post's
    (re.compile(r"上周末"), ("weekend", -1), False),
    (re.compile(r"(?:本|这)周末"), ("weekend", 0), True),  # '就在本周末': the post's own weekend
    (re.compile(r"下周末"), ("weekend", 1), True),
]
SATURDAY = 5  # datetime's weekday() of a Saturday
ZH_WEEKDAYS = "一二三四五六日"  # Monday first, as datetime counts; 天 is 日
EN_WEEKDAYS = [name.lower() for name in calendar.day_name]
ENDED = re.compile(r"(?i)\b(?:finished|ended|concluded|came\s+to\s+a\s+close|wrapped\s+up)\b")  # the last day, not the first


def relative_date(text: str, post: str) -> tuple[str, str] | None:
    """A date a post gives relative to its own date ('last week', 'last November', 'tomorrow'),
    as ISO (a day when the phrase gives one, else the month) and the phrase itself."""
    try:
        posted = datetime.date.fromisoformat(post)
    except ValueError:
        return None
    for phrase, (unit, amount), has_day in RELATIVE:
        match = phrase.search(text)
        if not match:
            continue
        if unit == "days":
            day = posted + datetime.timedelta(days=amount)
        elif unit == "weekend":
            day = _saturday_of(posted, amount, text)
        elif unit == "this_weekday":
            day = _this_weekday(posted, match.group("weekday"), text)
        elif unit == "last_weekday" and match.group("weekday").lower() in EN_WEEKDAYS:
            if ENDED.search(text):
                continue  # 'X came to a close last Sunday': the day it ended (ended_day)
            day = _weekday_before(posted, match.group("weekday"))
        elif unit == "last_weekday":
            weekday = ZH_WEEKDAYS.index(match.group("weekday").replace("天", "日"))
            day = posted - datetime.timedelta(days=posted.weekday() + 7 - weekday)
        elif unit == "months":
            index = posted.year * 12 + posted.month - 1 + amount
            day = datetime.date(index // 12, index % 12 + 1, 1)
        else:
            month = _month(match.group("month"))
            year = posted.year
            if amount < 0 and month >= posted.month:
                year -= 1
            elif amount > 0 and month < posted.month:
                year += 1
            day = datetime.date(year, month, 1)
        if unit == "weekend" and amount < 0 and posted.weekday() >= SATURDAY:
            has_day = False  # 'last weekend' written on a weekend: this one or the one before; its month only
        value = day.isoformat() if has_day else day.isoformat()[:7]
        return value, match.group(0).strip()
    return None


PAST_TENSE = re.compile(r"(?i)\b(?:was|were|had|did|took|went|came|met|gathered|attended|held|spent|enjoyed)\b")


def _saturday_of(posted: datetime.date, amount: int, text: str) -> datetime.date:
    """The Saturday of the weekend a phrase names: 'last weekend' is the one before the post's own (on a
    Sunday, the weekend before yesterday's, though the writer may mean the one ending: `relative_date` keeps
    its month only), 'next weekend' the one after; 'this weekend' is the post's own
    weekend in a sentence about the past ('this week-end was the summit'), else the one to come."""
    back = (posted.weekday() - SATURDAY) % 7  # days since the latest Saturday (0 on a Saturday, 1 on a Sunday)
    if amount < 0:
        return posted - datetime.timedelta(days=back + 7 if back < 2 else back)
    if amount > 0:
        return posted + datetime.timedelta(days=7 - back if back >= 2 else 14 - back)
    if PAST_TENSE.search(text):
        return posted - datetime.timedelta(days=back)
    return posted + datetime.timedelta(days=(SATURDAY - posted.weekday()) % 7) if back >= 2 else posted - datetime.timedelta(days=back)


def _this_weekday(posted: datetime.date, weekday_name: str, text: str) -> datetime.date:
    """'on this Friday': the Friday of the post's own week, the latest one on or before the post in a
    sentence about the past, else the next one on or after it."""
    weekday = EN_WEEKDAYS.index(weekday_name.lower())
    if PAST_TENSE.search(text):
        return posted - datetime.timedelta(days=(posted.weekday() - weekday) % 7)
    return posted + datetime.timedelta(days=(weekday - posted.weekday()) % 7)


RANGE_WORD = r"\s*(?:and|to|through|thru|until|till|[-–—])\s*"
RELATIVE_RANGES = [  # (phrase, the week its days are of: the post's own (the latest such days) or the one before)
    (re.compile(rf"(?i)\b(?:last|this\s+past)\s+(?P<first>{WEEKDAY_NAME}){RANGE_WORD}(?P<last>{WEEKDAY_NAME})\b"), "latest"),
    (re.compile(rf"(?i)\b(?:last|previous)\s+week\b[,\s]+(?:from\s+)?(?P<first>{WEEKDAY_NAME}){RANGE_WORD}(?P<last>{WEEKDAY_NAME})\b"),
     "week_before"),
]


def relative_range(text: str, post: str) -> tuple[str, str, str] | None:
    """'This past Friday and Saturday', 'last week, from Tuesday to Sunday': the first and last day a post
    gives by their weekdays, counted from its own date (ISO), and the phrase."""
    try:
        posted = datetime.date.fromisoformat(post)
    except ValueError:
        return None
    for phrase, week in RELATIVE_RANGES:
        match = phrase.search(text)
        if not match:
            continue
        first, last = (EN_WEEKDAYS.index(match.group(key).lower()) for key in ("first", "last"))
        if week == "latest":
            start = _weekday_before(posted, match.group("first"))
        else:
            start = posted - datetime.timedelta(days=posted.weekday() + 7 - first)
        return start.isoformat(), (start + datetime.timedelta(days=(last - first) % 7)).isoformat(), match.group(0)
    return None


def ended_day(text: str, post: str) -> tuple[str, str] | None:
    """'Contoso Summit came to a close last Sunday', 'This past Friday concluded the summit': the
    day the event ended, the latest such weekday before the post's date (ISO), and the phrase."""
    match = LAST_WEEKDAY.search(text) if ENDED.search(text) else None
    if not match:
        return None
    try:
        posted = datetime.date.fromisoformat(post)
    except ValueError:
        return None
    return _weekday_before(posted, match.group("weekday")).isoformat(), match.group(0)


def _weekday_before(posted, weekday_name: str):
    """'last Friday': the latest Friday before the post (a week back when the post is a Friday)."""
    weekday = EN_WEEKDAYS.index(weekday_name.lower())
    return posted - datetime.timedelta(days=(posted.weekday() - weekday - 1) % 7 + 1)


ZH_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def zh_count(text: str) -> int | None:
    """A small count written in digits or as one Chinese numeral ('2', '两', '三'), else None."""
    return int(text) if text.isdigit() else ZH_DIGITS.get(text)
