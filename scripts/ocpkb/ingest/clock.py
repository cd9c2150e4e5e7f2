"""Clock times as agendas write them -> 24-hour 'HH:MM': '13:30-14:10', '9:00am - 9:15am',
'10.50 AM – 10.55 AM', 'Tue, October 17, 9:00am - 9:15am', 'Wed, April 29, 15:55 - 16:15', and
afternoon times written without am/pm ('1:00 – 6:00' after the morning's '11:30 am'); a program of
several days may write the day first in figures ('11/2 18:00', '12月16日 14:00')."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .dates import MONTH

CLOCK = r"(?P<hour{n}>\d{{1,2}})(?:(?P<colon{n}>[:：])(?P<minute{n}>\d{{2}})|\.(?P<dotted{n}>\d{{2}}){glued})?\s*(?P<half{n}>[ap]\.?\s?m\.?(?![a-z]))?"
GLUED = r"|(?<=\d\d)(?P<glued{n}>[0-5]\d)(?!\d)"  # '1400': a four-digit clock time, read only at a line's start (see `_glued_slot`)
DAY_PREFIX = (rf"(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
              rf"(?:{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+(?:19|20)\d\d)?(?:,?\s+|\s*[•·]\s*))?")
# 'Monday, November 6 • 10:25am': a bullet may set the day apart from its time (Sched's listings)
NUMERIC_DAY = (r"(?:(?:(?:19|20)\d\d/)?\d{1,2}/\d{1,2}\s+|(?:(?:19|20)\d\d\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号號]\s*)"
               r"(?:[(（][^()（）\d]{1,3}[)）]\s*)?")  # '11/2 18:00', '12月16日（六）14:00': a day of a program of several days
SLOT = re.compile(rf"^\s*(?:{DAY_PREFIX}|(?P<day>{NUMERIC_DAY}))?{CLOCK.format(n=1, glued=GLUED.format(n=1))}"
                  rf"(?:\s*(?:[-–~～〜—至到]|to)\s*(?:{NUMERIC_DAY})?{CLOCK.format(n=2, glued=GLUED.format(n=2))}|\s*[~～〜](?=\s))?"
                  r"(?P<rest>(?:\s*[-–—|｜:：,]\s*|\s+).*)?$", re.IGNORECASE)
# a range's end may carry its own day ('11/2 18:00~11/3 16:00'); '18:00~ Title' is a slot open at its end
ANYWHERE = re.compile(rf"(?:{DAY_PREFIX}){CLOCK.format(n=1, glued='')}\s*(?:[-–~～〜—至到]|to)\s*{CLOCK.format(n=2, glued='')}",
                      re.IGNORECASE)
REST_LEAD = re.compile(r"^[\s\-–—|｜:：,]+")
HALF_DAY = 12 * 60
LONGEST_GLUED_SLOT = 4 * 60  # minutes; a longer four-digit range is more likely two numbers than a talk's slot
MORNING_END = 13 * 60  # a slot before this, then an earlier time: the afternoon has begun


@dataclass(frozen=True)
class Slot:
    start: str  # 'HH:MM'
    end: str | None
    rest: str  # what follows the times on the line (a title, speakers)
    marked: bool  # am/pm written: the hour is certain
    day: tuple[int, int] | None = None  # (month, day) written before the time ('11/2 18:00'), in a program of several days


def _group(match: re.Match, name: str) -> str | None:
    return match.groupdict().get(name)


def _minutes(match: re.Match, n: int, dotted_clock: bool = False) -> tuple[int, int | None] | None:
    """(hour, minute) as written, or None when it is no clock time ('17' alone, '2.10' without am/pm
    before other words, which is as often a version or an amount)."""
    hour, half = int(match.group(f"hour{n}")), match.group(f"half{n}")
    minute = match.group(f"minute{n}") or match.group(f"dotted{n}") or _group(match, f"glued{n}")
    if match.group(f"dotted{n}") and not half and not dotted_clock:
        return None
    if minute is None and not half or hour > 23 or minute and int(minute) > 59:
        return None
    return hour, int(minute or 0)


def _apply_half(hour: int, half: str | None) -> int:
    if not half:
        return hour
    pm = half.casefold().startswith("p")
    return (hour % 12) + (12 if pm else 0)


def _clock(minutes: int) -> str:
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"


def slot(text: str) -> Slot | None:
    """The time (or time range) a line starts with, and the rest of the line; a range's start
    without am/pm takes its end's ('1:00 - 2:30pm'), an end earlier than its start is in the
    afternoon ('11:30 - 1:00')."""
    match = SLOT.match(text)
    if not match:
        return None
    found = _slot_of(match, match.group("rest") or "")
    return replace(found, day=_month_and_day(match.group("day"))) if found and match.group("day") else found


def _month_and_day(written: str) -> tuple[int, int]:
    """'11/2 ', '2024/11/2 ', '12月16日（六）' -> (month, day)."""
    month, day = re.findall(r"\d+", re.sub(r"^(?:19|20)\d\d\s*[/年]", "", written))[:2]
    return int(month), int(day)


def find_slot(text: str) -> Slot | None:
    """A time range anywhere in the line ('Title: Wed, April 29, 15:55 - 16:15')."""
    match = ANYWHERE.search(text)
    if not match:
        return None
    found = _slot_of(match, "")
    return found and replace(found, rest=text[:match.start()].strip(" -–—|｜:：,"))


def _slot_of(match: re.Match, rest: str) -> Slot | None:
    dotted_clock = _dotted_clock(match, rest)
    first = _minutes(match, 1, dotted_clock)
    if first is None:
        return None
    second = _minutes(match, 2, dotted_clock) if match.group("hour2") else None
    if match.group("hour2") and second is None or not _glued_slot(match, first, second):
        return None
    half1, half2 = match.group("half1"), match.group("half2") if second else None
    start_hour = _apply_half(first[0], half1 or (half2 if second and _same_half(first[0], second[0]) else None))
    start = start_hour * 60 + first[1]
    end = None
    if second:
        end = _apply_half(second[0], half2) * 60 + second[1]
        if end < start and not half2 and end + HALF_DAY > start and not _twenty_four_hours(match):
            end += HALF_DAY  # '11:30 - 1:00'
    return Slot(_clock(start), _clock(end) if end is not None else None, REST_LEAD.sub("", rest).strip(),
                _twenty_four_hours(match) or bool(half1 or half2))


def _dotted_clock(match: re.Match, rest: str) -> bool:
    """'09.00' alone (a program's time cell) or '09.00 - 09.30': times with a dot, as European
    programs write them; '2.10 release notes' is no time."""
    return bool(match.group("dotted1") and match.group("dotted2")) or not match.group("hour2") and not rest.strip()


def _glued_slot(match: re.Match, first: tuple[int, int], second: tuple[int, int] | None) -> bool:
    """A four-digit clock time ('1400-1425: Title', '14:30-1455') is one only in a range that ends
    later the same day, within a few hours, and that is no span of years ('2019-2020')."""
    glued = [_group(match, f"glued{n}") for n in (1, 2)]
    if not any(glued):
        return True
    years = all(glued) and all(match.group(f"hour{n}") in ("19", "20") for n in (1, 2))
    return second is not None and not years and 0 < (second[0] - first[0]) * 60 + second[1] - first[1] <= LONGEST_GLUED_SLOT


def _twenty_four_hours(match: re.Match) -> bool:
    """'15:55', '09:00': an hour past twelve, or written with a leading zero, is on a 24-hour clock."""
    hours = [match.group(n) for n in ("hour1", "hour2") if match.group(n)]
    return any(int(hour) > 12 or len(hour) == 2 and hour.startswith("0") for hour in hours)


def _same_half(start_hour: int, end_hour: int) -> bool:
    """'1:00 - 2:30pm': the start is in the end's half of the day, unless it would come after the
    end ('11:00 - 12:30pm' starts in the morning)."""
    return start_hour % 12 <= end_hour % 12


def in_day_order(slots: list[Slot | None]) -> list[Slot | None]:
    """A day's slots in the order written: a time without am/pm that would come before the
    morning slot above it starts the afternoon, and the times after it stay there ('8:00 am …,
    11:30 am …, 1:00 – 6:00'), until a time says am or pm again."""
    fixed: list[Slot | None] = []
    latest, afternoon = None, False
    for found in slots:
        if found is not None and found.marked:
            afternoon = _to_minutes(found.start) >= HALF_DAY
        elif found is not None and _to_minutes(found.start) < HALF_DAY:
            start = _to_minutes(found.start)
            afternoon = afternoon or latest is not None and start < latest <= MORNING_END
            if afternoon:
                end = found.end and _to_minutes(found.end)
                found = replace(found, start=_clock(start + HALF_DAY),
                                end=_clock(end + HALF_DAY) if end is not None and end < HALF_DAY else found.end)
        if found is not None:
            latest = _to_minutes(found.start)
        fixed.append(found)
    return fixed


def _to_minutes(clock: str) -> int:
    hours, minutes = clock.split(":")
    return int(hours) * 60 + int(minutes)
