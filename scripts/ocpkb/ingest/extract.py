"""Stage 2, extract: a Source -> an Extraction of every field the recap states, each with its lines.

Rules, not guesses: each field has a short list of the ways recaps state it (front
matter, labelled lines such as `主办方：` or `Date:`, agenda tables, caption lines),
tried from the most explicit to the least. Where only a weak rule fires, the value
carries a doubt that ends up in the draft's review note.
"""

from __future__ import annotations

import re

from . import dates, places
from .lexicon import Lexicon
from .model import Extraction, Found, PersonMention, SessionMention, Span
from .read import Line, Source

CJK = re.compile(r"[\u4e00-\u9fff]")
LATIN = re.compile(r"[A-Za-z]")
EVENT_WORDS = (r"Summit|China Day|Day|Workshop|Salon|Conference|Hackathon|Meetup|Meet-up|Forum|Webinar|Symposium|"
               r"Challenge|Contest|Expo|Mini-Summit|TechXchange|FOSDEM|Tutorial|Bootcamp|DevRoom|Devroom")
EVENT_WORDS_ZH = r"峰会|沙龙|大会|论坛|研讨会|Meetup|meetup|技术日|开发者日|黑客松"
EVENT_PHRASE = re.compile(
    rf"(?:(?:19|20)\d\d\s+)?(?:(?:[A-Z][\w&+'/.-]*|(?:19|20)\d\d|and|of|the|for|on|&)\s+){{0,7}}(?:{EVENT_WORDS})\b(?:\s+(?:(?:19|20)\d\d|NA|EU|Europe|China|North America|Asia)\b)*")
ORGANIZER_LABELS = [
    (re.compile(r"(?:主办方|主办单位|主办|Hosts?|Host(?:ed)? by|Organi[sz]ers?)\s*[:：|]\s*(.+)", re.IGNORECASE), "host"),
    (re.compile(r"(?:承办方|承办单位|承办)\s*[:：|]\s*(.+)"), "organizer"),
    (re.compile(r"(?:合办方|协办方|协办单位|联合主办|合办|Co-?organi[sz]ers?)\s*[:：|]\s*(.+)", re.IGNORECASE), "co-organizer"),
    (re.compile(r"(?:支持方|支持单位|指导单位|Sponsors?)\s*[:：|]\s*(.+)", re.IGNORECASE), "supporter"),
    (re.compile(r"(?:合作宣传|合作媒体|媒体支持|Media partners?)\s*[:：|]\s*(.+)", re.IGNORECASE), "media-partner"),
]
ORGANIZER_PHRASES = [
    (re.compile(r"\bco-?(?:hosted|organi[sz]ed) by ((?:[A-Z0-9][\w&.-]*\s?){1,5})"), "co-organizer"),
    (re.compile(r"(?<!co-)\bhosted by ((?:[A-Z0-9][\w&.-]*\s?){1,5})"), "host"),
    (re.compile(r"(?<!co-)\borgani[sz]ed by ((?:[A-Z0-9][\w&.-]*\s?){1,5})"), "organizer"),
    (re.compile(r"\bsponsored by ((?:[A-Z0-9][\w&.-]*\s?){1,5})"), "sponsor"),
]
DATE_LABEL = re.compile(r"^(?:时间|日期|活动时间|会议时间|Date|Dates|When|Time)\s*[:：]", re.IGNORECASE)
PLACE_LABEL = re.compile(r"^(?:地点|活动地点|会议地点|地址|Venue|Location|Where|Place)\s*[:：]\s*(.+)", re.IGNORECASE)
THEME = [re.compile(r"(?:^|\s)(?:主题|大会主题|Theme)\s*[:：]\s*(.+)", re.IGNORECASE),
         re.compile(r"with the theme (?:of\s+)?[\"“](.+?)[\"”]", re.IGNORECASE)]
TIME_SLOT = re.compile(r"^(\d{1,2}[:：]\d{2})\s*[-–~—至]\s*(\d{1,2}[:：]\d{2})\s*(.*)$")
SPLIT_NAMES = re.compile(r"\s*(?:[、,，;；/]|\band\b)\s*")
SURNAMES = set("阙奎旷堵穆熊詹田林罗黄章时余邓董胡朱蔡刘石周薛王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文庞樊兰殷施陶洪翟安颜倪严牛温芦季俞章鲁葛伍韦申尤毕聂丛焦向柳邢路岳齐沿梅莫庄辛管祝左涂谷祁时舒耿牟卜詹关苗凌费纪靳盛童欧甄项曲成游阳裴席卫查屈鲍位覃霍翁隋植甘景薄单包司柏宁柯阮桂闵欧阳解强柴华车冉房边辜吉饶刁瞿戚丘古米池滕晋苑邬臧畅宫来缪苟全褚廉简娄盖符奚木穆党燕郎邸冀谈姬屠连郜晏栾郁商蒙计喻揭窦迟宇敖糜鄢冷卓花仇艾蓝都巩稽井练仲乐虞卞封竺冼原官衣楚佟栗匡宗应台巫鞠僧桑荆谌银扬明沙薄伏岑习胥保和蔺")
JOB_TITLES = (r"president|director|manager|engineer|architect|researcher|ceo|cto|cio|vp|vice president|"
              r"chair(?:man|woman|person)?|founder|head|lead(?:er)?|professor|scientist|principal|fellow|"
              r"specialist|analyst|consultant|evangelist|officer|executive|developer|member|advisor|student")
JOB_WORDS = re.compile(rf"(?i)\b(?:{JOB_TITLES})\b|总监|经理|工程师|架构师|负责人|专家|主任|总裁|董事|总经理|研究员|教授|委员|成员|创始人|主席|布道师|博士")
NAME_WORD = r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?"
EN_NAME = rf"(?:Dr\.\s+|Prof\.\s+)?{NAME_WORD}(?:\s+[A-Z]\.)?(?:\s+{NAME_WORD}){{1,2}}"
NOT_NAME_WORDS = {"open", "compute", "foundation", "summit", "power", "openpower", "the", "this", "day", "china",
                  "project", "community", "workshop", "technology", "information", "systems", "group", "cloud",
                  "data", "center", "university", "institute", "our", "we", "event", "keynote", "opening",
                  "break", "dinner", "lunch", "welcome", "news", "agenda", "summary", "hot", "topics", "speaker",
                  "speakers", "and", "for", "with", "from", "thank", "you", "source", "program", "ai", "in", "of",
                  "on", "at", "by", "after", "before", "during", "since", "today", "yesterday"} | {
                  m.lower() for m in ("January February March April May June July August September October November "
                                      "December Monday Tuesday Wednesday Thursday Friday Saturday Sunday").split()}
NON_TALKS = re.compile(r"(?i)^(break|tea break|coffee break|lunch|dinner|registration|check-?in|networking|"
                       r"签到|现场签到|茶歇|午餐|晚餐|合影|抽奖|自由交流)")
FIGURE = re.compile(r"(?P<more>more than |over |超过|逾)?(?P<value>\d[\d,.]*)\s*(?P<unit>%|Gbps|GB|TB|W|kW|MW|people|"
                    r"attendees|participants|members|companies|students|人|家企业|家)\b", re.IGNORECASE)
ATTENDANCE = [
    (re.compile(r"(?i)(?:onsite|on-site|offline)\s*(?:sign-?in)?\s*(\d+)\s*(?:people|attendees|participants)"), "onsite"),
    (re.compile(r"(?i)(\d+)\s*(?:people|attendees|participants)\s*(?:attended|were present)? ?(?:on ?site|in person)"), "onsite"),
    (re.compile(r"(?i)gathered\s+(\d+)\s+(?:people|attendees|participants|students)"), "onsite"),
    (re.compile(r"(?i)(\d+)\s*(?:people|attendees|participants)\s*(?:participate|participated|joined|watched)?\s*online"), "online"),
    (re.compile(r"(?i)(\d+)\s*companies\s*(?:were invited|participated|took part|attended)"), "companies"),
    (re.compile(r"现场(?:参会|签到)?\s*(\d+)\s*人"), "onsite"),
    (re.compile(r"线上(?:参会|观看)?\s*(\d+)\s*人"), "online"),
]


LABEL_ONLY = re.compile(r"^(时间|日期|地点|活动地点|主办方|主办单位|承办方|承办单位|合办方|协办单位|支持方|支持单位|合作宣传|合作媒体|"
                        r"主题|Date|Dates|Time|Location|Venue|Hosts?|Organi[sz]ers?|Theme)\s*[:：]?$", re.IGNORECASE)


def _join_labels(lines: list[Line]) -> list[Line]:
    """'### 时间' followed by '2020-12-19 14:00' reads as '时间：2020-12-19 14:00'."""
    joined: list[Line] = []
    for line in lines:
        if joined and LABEL_ONLY.match(joined[-1].text):
            label = LABEL_ONLY.match(joined[-1].text).group(1)
            joined[-1] = Line(line.number, f"{label}：{line.text}")
        else:
            joined.append(line)
    return joined


def extract(source: Source, lexicon: Lexicon) -> Extraction:
    lines = _join_labels([line for line in source.lines if line.text])
    result = Extraction(source.path, language_of(source.text))
    year = _context_year(source)
    result.name = event_name(source, lines)
    result.title = document_title(source, lines)
    _dates(result, source, lines, year)
    _place(result, source, lines)
    result.theme = _first(lines, THEME)
    result.organizers = organizers(lines)
    result.attendance = attendance(lines)
    result.sessions = sessions(lines)
    result.people = people(lines, result.sessions, lexicon)
    result.organizations = organizations(lines, result, lexicon)
    result.topics = [Found(topic_id, Span(line.number, line.number)) for line in lines
                     for _, topic_id, _ in lexicon.find("topics", line.text)]
    result.figures = figures(lines)
    result.images = [Found({"src": image.src, "caption": image.caption}, Span(image.line, image.line))
                     for image in source.images]
    return result


def language_of(text: str) -> str:
    cjk, latin = len(CJK.findall(text)), len(LATIN.findall(text))
    return "zh" if cjk * 2 >= latin else "en"  # a Chinese character carries about as much as a short word


def _context_year(source: Source) -> int | None:
    matter = source.front_matter
    for key in ("eventdates", "time", "date", "title"):
        value = matter.get(key)
        if isinstance(value, dict):
            value = value.get("from")
        if value and dates.year_in(str(value)):
            return dates.year_in(str(value))
    return next((dates.year_in(line.text) for line in source.lines[:40] if dates.year_in(line.text)), None)


def _span(line: Line) -> Span:
    return Span(line.number, line.number)


def _first(lines: list[Line], patterns) -> Found | None:
    for line in lines:
        for pattern in patterns:
            match = pattern.search(line.text)
            if match:
                return Found(match.group(1).strip(" 。.\"”"), _span(line))
    return None


# --- name ----------------------------------------------------------------------------------------------


def event_name(source: Source, lines: list[Line]) -> Found | None:
    title = str(source.front_matter.get("title") or "").strip()
    title_line = source.front_matter_lines.get("title", 1)
    if title:
        phrase = _event_phrase(title)
        if phrase:
            return Found(phrase, Span(title_line, title_line))
    for line in lines:
        match = re.search(r"(?i)\bagenda of (?:the )?(.+)$", line.text)
        if match:
            return Found(match.group(1).strip(), _span(line))
    for line in lines[:60]:
        phrase = _event_phrase(line.text)
        if phrase:
            return Found(phrase, _span(line))
    if title and source.front_matter.get("eventdates"):
        return Found(title, Span(title_line, title_line))
    return None


HEADLINE_BREAKS = re.compile(r"\s+(?:During|At|In|From|With|To|Shares?|Shared|Announces?|Introduces?|Revolutionizes|"
                             r"Joins?|Hosts?|Recap:?|Brings?)\s+")


def document_title(source: Source, lines: list[Line]) -> Found | None:
    """The front-matter title, else the first line that reads like a title (a slide deck's, say)."""
    title = str(source.front_matter.get("title") or "").strip()
    if title:
        number = source.front_matter_lines.get("title", 1)
        return Found(title, Span(number, number))
    for line in lines:
        if len(re.findall(r"[A-Za-z]{2,}", line.text)) >= 4 and not line.text.endswith("."):
            return Found(line.text.strip("[]"), _span(line))
    return None


def _event_phrase(text: str) -> str | None:
    """The event's name in a title or sentence: an English phrase ending in an event word, else a Chinese one."""
    cleaned = re.sub(r"^【[^】]*】|[（(][^)）]*[)）]|\|.*$", " ", text).replace("？", " ").replace("?", " ").strip()
    for match in EVENT_PHRASE.finditer(cleaned):
        phrase = HEADLINE_BREAKS.split(match.group(0).strip())[-1]
        phrase = re.sub(r"^(?:the|and|of|for|on|in|&)\s+", "", phrase, flags=re.IGNORECASE)
        if len(phrase.split()) >= 2 or re.search(r"\d{4}", phrase):
            return phrase.strip(" .,")
    if CJK.search(cleaned):
        match = re.search(rf"((?:[A-Za-z][\w-]*\s*)?[\u4e00-\u9fff]{{0,6}}?)\s*({EVENT_WORDS_ZH})", cleaned)
        if match and len(match.group(1).strip()) >= 2:
            separator = " " if re.match(r"[A-Za-z]", match.group(2)) else ""
            return f"{match.group(1).strip()}{separator}{match.group(2)}"
    return None


# --- dates and place ------------------------------------------------------------------------------------


def _dates(result: Extraction, source: Source, lines: list[Line], year: int | None) -> None:
    matter = source.front_matter
    event_dates = matter.get("eventdates") if isinstance(matter.get("eventdates"), dict) else {}
    labelled = [line for line in lines if DATE_LABEL.search(line.text)]
    candidates: list[tuple[Line | None, str, str | None, str]] = []
    for line in labelled:
        found = dates.find_dates(line.text, year)
        if found:
            candidates.append((line, found[0].start, found[0].end, ""))
    if event_dates.get("from") and dates.normalize_date(event_dates["from"]):
        till = dates.normalize_date(event_dates.get("till")) if event_dates.get("till") else None
        candidates.append((None, dates.normalize_date(event_dates["from"]), till, ""))
    for line in lines:
        if re.search(r"(?i)\b(held|took place|hosted|organi[sz]ed|kicked off|gathered)\b|举行|举办|召开|落幕|开幕", line.text) \
                or re.match(r"(?i)on\s+\w+\s+\d", line.text):
            found = dates.find_dates(line.text, year)
            if found:
                doubt = "" if found[0].has_year else f"the year ({year}) is taken from the document's context"
                candidates.append((line, found[0].start, found[0].end, doubt))
                break
    if matter.get("time") and dates.normalize_date(matter["time"]):
        candidates.append((None, dates.normalize_date(matter["time"]), None, ""))
    for line in lines[:15]:
        found = [d for d in dates.find_dates(line.text) if d.has_year]
        if found:
            candidates.append((line, found[0].start, found[0].end, "the date is the first one in the text"))
            break
    if not candidates:
        return
    line, start, end, doubt = candidates[0]
    number = line.number if line else source.front_matter_lines.get("eventdates", source.front_matter_lines.get("time", 1))
    result.start_date = Found(start, Span(number, number), doubt)
    if end:
        result.end_date = Found(end, Span(number, number))


def _place(result: Extraction, source: Source, lines: list[Line]) -> None:
    candidates: list[tuple[dict, int]] = []
    for line in lines:
        match = PLACE_LABEL.search(line.text)
        if match:
            candidates.append((places.parse_place(match.group(1)), line.number))
            break
    for key in ("eventplace", "location", "place", "city"):
        value = source.front_matter.get(key)
        if isinstance(value, str) and value.strip():
            candidates.append((places.parse_place(value), source.front_matter_lines.get(key, 1)))
    for line in lines[:80]:
        if re.search(r"(?i)\b(held|took place|hosted|gathered|attend\w*|summit|workshop|meetup|conference)\b|举行|举办|召开|"
                     r"\|\s*[A-Z][a-z]+", line.text):
            for _, city, country in places.find_cities(line.text):
                candidates.append(({"city": city, "country": country}, line.number))
                break
            if re.search(r"\|\s*([A-Z][a-z]+)", line.text):
                place = places.parse_place(line.text.split("|", 1)[1].split()[0])
                if place.get("city"):
                    candidates.append((place, line.number))
    for place, number in candidates:
        span = Span(number, number)
        for key in ("city", "country", "venue", "virtual"):
            if key in place and getattr(result, key) is None:
                setattr(result, key, Found(place[key], span))
        if result.city:
            break


# --- organizers, attendance, figures --------------------------------------------------------------------


def split_names(text: str) -> list[str]:
    text = re.split(r"[。；;]|\s{2,}", text)[0]
    return [name.strip(" .") for name in SPLIT_NAMES.split(text) if 1 < len(name.strip(" .")) <= 60]


def organizers(lines: list[Line]) -> list[Found]:
    found: list[Found] = []
    for line in lines:
        for pattern, role in ORGANIZER_LABELS:
            match = pattern.search(line.text)
            if match:
                found += [Found((name, role), _span(line)) for name in split_names(match.group(1))]
        hosted = re.search(r"由\s*([^，。,]+?)\s*主办", line.text)
        if hosted:
            found += [Found((name, "host"), _span(line)) for name in split_names(hosted.group(1))]
            co = re.search(r"主办[，,]\s*([^。]+?)\s*(?:联合举办|联合主办|协办|承办|共同举办|合办)", line.text)
            if co:
                found += [Found((name, "co-organizer"), _span(line)) for name in split_names(co.group(1))]
        for pattern, role in ORGANIZER_PHRASES:
            for match in pattern.finditer(line.text):
                name = re.split(r",|\.\s|\band\b|\bwith\b", match.group(1))[0].strip(" .")
                if name:
                    found.append(Found((name, role), _span(line)))
    unique: dict[str, Found] = {}
    for item in found:
        unique.setdefault(item.value[0].casefold(), item)
    return list(unique.values())


def attendance(lines: list[Line]) -> dict[str, Found]:
    found: dict[str, Found] = {}
    for line in lines:
        for pattern, key in ATTENDANCE:
            match = pattern.search(line.text)
            if match and key not in found:
                found[key] = Found(int(match.group(1)), _span(line))
    return found


def figures(lines: list[Line]) -> list[Found]:
    found = []
    for line in lines:
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


# --- sessions and people --------------------------------------------------------------------------------


def sessions(lines: list[Line]) -> list[SessionMention]:
    return _agenda_table(lines) or _time_slots(lines) or _titled_talks(lines)


TALK_LABEL = re.compile(r"^(?:议题题目|演讲题目|议题|题目|演讲主题|Talk|Topic|Title)\s*[:：]\s*(?P<title>.+)$", re.IGNORECASE)
TITLE_BAR_SPEAKER = re.compile(r"^(?P<title>[^|｜]{2,80}?)\s*[|｜]\s*(?P<role>[^|｜]*?)\s*(?P<name>[\u4e00-\u9fff]{2,3})\s*$")


def _titled_talks(lines: list[Line]) -> list[SessionMention]:
    """Talks given one per line: 'Title | role name', a quoted title, or '议题题目：Title' under a speaker line."""
    found: list[SessionMention] = []
    last_speaker: PersonMention | None = None
    for line in lines:
        text = line.text
        bar = TITLE_BAR_SPEAKER.match(text)
        if bar and bar.group("name")[0] in SURNAMES and not TALK_LABEL.match(text):
            speaker = PersonMention(bar.group("name"), _span(line), None, bar.group("role").strip() or None)
            found.append(SessionMention(bar.group("title").strip(), _span(line), speakers=[speaker]))
            continue
        person = ZH_PERSON.match(text)
        if person and person.group("name")[0] in SURNAMES and JOB_WORDS.search(person.group("title")):
            last_speaker = PersonMention(person.group("name"), _span(line), None, person.group("title").strip())
            continue
        label = TALK_LABEL.match(text)
        if label:
            speakers = [last_speaker] if last_speaker else []
            found.append(SessionMention(label.group("title").strip(), _span(line), speakers=speakers))
            last_speaker = None
            continue
        quoted = re.fullmatch(r"[\"“](?P<title>[^\"”]{8,120})[\"”]", text)
        if quoted:
            found.append(SessionMention(quoted.group("title"), _span(line)))
    return found


def _agenda_table(lines: list[Line]) -> list[SessionMention]:
    """Tab-separated agenda (as PDF-to-text keeps it): a header row naming the columns, then one row a slot."""
    header_at = next((i for i, line in enumerate(lines) if "\t" in line.text
                      and re.search(r"(?i)\btime\b|时间", line.text) and re.search(r"(?i)topic|title|议题|speaker|嘉宾", line.text)), None)
    if header_at is None:
        return []
    columns = [c.strip().casefold() for c in lines[header_at].text.split("\t")]

    def column(*names):
        return next((i for i, c in enumerate(columns) if c in names), None)

    topic_col = column("topic", "议题", "session", "title")
    speaker_col, entity_col = column("speaker", "speakers", "嘉宾", "分享人", "演讲人"), column("entity", "company", "organization", "单位", "公司")
    title_col = column("title", "职位") if topic_col != column("title") else None
    found = []
    for line in lines[header_at + 1:]:
        cells = [c.strip() for c in line.text.split("\t")]
        slot = TIME_SLOT.match(cells[0]) if cells else None
        if not slot:
            if found and not line.text.strip():
                continue
            if found:
                break
            continue
        title = _cell(cells, topic_col) or slot.group(3)
        session = SessionMention(title, _span(line), _clock(slot.group(1)), _clock(slot.group(2)))
        speaker = _cell(cells, speaker_col)
        if speaker and speaker.casefold() not in ("all", "全体", "所有人", "tbd"):
            for name in split_names(speaker):
                session.speakers.append(PersonMention(name, _span(line), _cell(cells, entity_col), _cell(cells, title_col)))
        found.append(session)
    return found


def _cell(cells: list[str], index: int | None) -> str | None:
    return cells[index] if index is not None and index < len(cells) and cells[index] else None


def _clock(text: str) -> str:
    hours, minutes = re.split(r"[:：]", text)
    return f"{int(hours):02d}:{minutes}"


def _time_slots(lines: list[Line]) -> list[SessionMention]:
    """Agenda as lines: '14:20-14:50 Title Speaker' (the speaker is recognised by name where possible)."""
    found = []
    for line in lines:
        slot = TIME_SLOT.match(line.text)
        if not slot or not slot.group(3):
            continue
        text = slot.group(3).strip()
        session = SessionMention(text, _span(line), _clock(slot.group(1)), _clock(slot.group(2)))
        if not NON_TALKS.match(text):
            session.title, speaker = _split_speaker(text, _span(line))
            if speaker:
                session.speakers.append(speaker)
        found.append(session)
    return found if len(found) >= 2 else []


def _split_speaker(text: str, span: Span) -> tuple[str, PersonMention | None]:
    """'openGauss 多核优化技术内幕 openGauss 技术委员会周平高' -> title, speaker (with the words between as title)."""
    zh = re.search(r"(?:^|[\s|｜:：])(?P<role>[^\s|｜]*?)(?P<name>[\u4e00-\u9fff]{2,3})$", text)
    if zh and zh.group("name")[0] in SURNAMES and CJK.search(text[:zh.start("name")]):
        before = text[:zh.start("name")].rstrip(" |｜:：")
        role = zh.group("role")
        if re.search(r"[|｜]", before):
            title, _, role_text = re.split(r"\s*([|｜])\s*", before, maxsplit=1)
            return title.strip(), PersonMention(zh.group("name"), span, None, (role_text + role).strip() or None)
        parts = before.rsplit(" ", 1)
        if len(parts) == 2 and (JOB_WORDS.search(parts[1]) or not CJK.search(parts[1]) and len(parts[1]) < 20):
            title, role_text = parts[0], (parts[1] + (role if role not in parts[1] else "")).strip()
        else:
            title, role_text = before, role
        return title.strip(), PersonMention(zh.group("name"), span, None, role_text or None)
    en = re.search(rf"\s[-–—|]\s*(?P<name>{EN_NAME})(?:\s*[,(（]\s*(?P<org>[^)）]+)[)）]?)?$", text)
    if en and _looks_like_name(en.group("name")):
        return text[:en.start()].strip(), PersonMention(en.group("name"), span, en.group("org"), None)
    return text, None


def _looks_like_name(name: str) -> bool:
    words = re.sub(r"^(Dr|Prof)\.\s+", "", name).split()
    return 2 <= len(words) <= 3 and not any(w.casefold().strip(".") in NOT_NAME_WORDS for w in words)


CAPTION_PERSON = [
    # "Meow Yee, President of the OpenPOWER Foundation" / "By John Zannos, Chairman, OpenPOWER Foundation"
    re.compile(rf"^(?:By\s+)?(?P<name>{EN_NAME}),\s*(?P<title>[^,]{{2,80}}?)(?:,\s*|\s+(?:of|at)\s+(?:the\s+)?)(?P<org>[A-Z][^,.;]{{1,80}}?)\.?$"),
    # "Yang Xu Deputy General Manager of Inspur Power Commercial Systems."
    re.compile(rf"^(?P<name>{NAME_WORD}\s+{NAME_WORD})\s+(?P<title>(?:[A-Z][a-z]+\s+){{0,3}}(?i:{JOB_TITLES})(?:\s+[A-Za-z]+)*?)\s+of\s+(?:the\s+)?(?P<org>[A-Z][^,;]{{1,80}}?)\.?$"),
    # "- Wilson Josup, Open Computing Singapore spoke about ..."
    re.compile(rf"^[-*•]\s*(?P<name>{EN_NAME}),\s*(?P<org>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){{0,5}})\s+(?:shared|spoke|gave|delivered|presented|talked|discussed|introduced|showed|demonstrated|explained)\b"),
    # "Zhang Zheng, senior product manager of Inspur Information's AI & HPC product line"
    re.compile(rf"(?P<name>{EN_NAME}),\s*(?P<title>[A-Za-z][\w &-]{{2,60}}?)\s+of\s+(?P<org>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){{0,4}})(?:'s\s+(?P<unit>[\w &-]+?))?(?=[,.;]|\s+and\b|$)"),
]
GROUP_BYLINE = re.compile(rf"^\[?(?P<names>{EN_NAME}(?:\s*(?:&|\band\b|,)\s*{EN_NAME})+),\s*(?P<title>[^,\]]+),\s*(?P<org>[^,\]]+)\]?$")
ROLE_THEN_NAME = re.compile(r"^(?P<role>[^\s。，,]{2,40}?)(?P<name>[\u4e00-\u9fff]{2,3})$")  # '海量数据内核开发工程师余鹏'
ZH_PERSON = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,3})\s*[|｜:：,，\s]\s*(?P<title>[^\s].{1,60})$")
SPEAKER_LABEL = re.compile(r"(?:分享人|讲师|嘉宾|演讲人|主讲人|Speakers?)\s*[:：]\s*(?P<names>[^|｜]+)(?:[|｜]\s*(?P<org>.+))?", re.IGNORECASE)


def people(lines: list[Line], found_sessions: list[SessionMention], lexicon: Lexicon) -> list[PersonMention]:
    found: list[PersonMention] = [speaker for session in found_sessions for speaker in session.speakers]
    for line in lines:
        text = line.text
        for pattern in CAPTION_PERSON:
            for match in pattern.finditer(text):
                if _looks_like_name(match.group("name")):
                    groups = match.groupdict()
                    title = groups.get("title")
                    if groups.get("unit") and title:
                        title = f"{title}, {groups['unit']}"
                    found.append(PersonMention(re.sub(r"^(Dr|Prof)\.\s+", "", match.group("name")), _span(line),
                                               (groups.get("org") or "").strip() or None, title))
            if found and found[-1].span.first == line.number:
                break
        named = re.match(rf"(?P<name>{NAME_WORD}\s+{NAME_WORD})\s+(?P<rest>.{{3,100}})$", text)
        known_orgs = lexicon.find("organizations", text)
        if named and known_orgs and _looks_like_name(named.group("name")) and len(text) <= 120 \
                and not lexicon.find("organizations", named.group("name")) \
                and not any(p.span.first == line.number for p in found):
            org_text = known_orgs[0][2]
            title = named.group("rest").replace(org_text, "").strip(" ,.") or None
            found.append(PersonMention(named.group("name"), _span(line), org_text, title))
        group = GROUP_BYLINE.match(text)
        if group:
            for name in re.split(r"\s*(?:&|\band\b|,)\s*", group.group("names")):
                found.append(PersonMention(name, _span(line), group.group("org").strip(), group.group("title").strip()))
        for org_id_offset, _, org_text in known_orgs:
            run_together = re.match(rf"\s*(?P<title>(?:[A-Za-z&]+\s*){{1,6}}?(?i:{JOB_TITLES}))\s*(?P<name>{NAME_WORD}\s{NAME_WORD})",
                                    text[org_id_offset + len(org_text):])
            if run_together and _looks_like_name(run_together.group("name")):
                found.append(PersonMention(run_together.group("name"), _span(line), org_text,
                                           re.sub(r"(?<=[a-z])(?=[A-Z])", " ", run_together.group("title")).strip()))
        for match in re.finditer(rf"(?P<name>{NAME_WORD}\s+{NAME_WORD})\s+from\s+(?P<org>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,4}})", text):
            if _looks_like_name(match.group("name")):
                found.append(PersonMention(match.group("name"), _span(line), match.group("org"), None))
        caption = ROLE_THEN_NAME.match(text)
        if caption and caption.group("name")[0] in SURNAMES and JOB_WORDS.search(caption.group("role")[-6:]):
            found.append(PersonMention(caption.group("name"), _span(line), None, caption.group("role").strip()))
        zh = ZH_PERSON.match(text)
        if zh and zh.group("name")[0] in SURNAMES and len(text) <= 60 and JOB_WORDS.search(zh.group("title")):
            found.append(PersonMention(zh.group("name"), _span(line), None, zh.group("title").strip()))
        label = SPEAKER_LABEL.search(text)
        if label:
            for name in split_names(label.group("names")):
                if 2 <= len(name) <= 30:
                    found.append(PersonMention(name, _span(line), (label.group("org") or "").strip() or None, None))
        for _, _, written in lexicon.find("people", text):
            found.append(PersonMention(written, _span(line)))
    return _merge_people(found)


def _merge_people(found: list[PersonMention]) -> list[PersonMention]:
    """One mention per person, keeping the most complete organization and title seen."""
    merged: dict[str, PersonMention] = {}
    for person in found:
        key = re.sub(r"\s+", " ", person.name).casefold()
        if key not in merged:
            merged[key] = PersonMention(person.name, person.span, person.organization, person.title)
        else:
            known = merged[key]
            known.organization = known.organization or person.organization
            known.title = known.title or person.title
    return list(merged.values())


BIOGRAPHY = re.compile(r"^(?:个人简介|讲师简介|个人介绍|演讲简介|议题简介|简介)|\d+\s*年.{0,12}经验|毕业于|曾任|曾就读|"
                       r"(?i:\b(?:years? of experience|graduated|previously worked|prior to|before joining)\b)")


def organizations(lines: list[Line], result: Extraction, lexicon: Lexicon) -> list[Found]:
    """Organizations that took part: registry names found in the text, organizers, speakers' affiliations,
    and bold logo lines ('**Alibaba Group** 阿里巴巴集团')."""
    found: dict[str, Found] = {}

    def add(name: str, span: Span):
        name = name.strip(" *.,:;")
        if name and len(name) <= 80:
            found.setdefault(name.casefold(), Found(name, span))

    for line in lines:
        if BIOGRAPHY.search(line.text):
            continue
        for offset, _, written in lexicon.find("organizations", line.text):
            # 'OCP China' in 'OCP China Day', 'OCP' in 'OCP Regional Summit' name events, not organizations
            if not re.match(rf"\s+(?:[A-Z][a-z]+\s+){{0,2}}(?:{EVENT_WORDS})\b", line.text[offset + len(written):]):
                add(written, _span(line))
        logo = re.fullmatch(r"\*\*([^*]{2,40})\*\*(?:\s+[\u4e00-\u9fff]+)?", line.text)
        if logo:
            add(logo.group(1), _span(line))
    for organizer in result.organizers:
        add(organizer.value[0], organizer.span)
    for person in result.people:
        if person.organization:
            add(person.organization, person.span)
    return list(found.values())
