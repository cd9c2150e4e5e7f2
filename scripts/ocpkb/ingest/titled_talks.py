"""Part of stage 2b, recognize layouts: a talk's title set apart, then its speakers, blocks -> talks.
The title is a heading or a bold line ('### Title' over '- Jane Doe, Contoso', '讲师：姓名 单位职位', or
an abstract whose opening sentence names its speaker), a line of its own over a 'Name, Org' line,
or a list item or link over a speaker line ('- **Title**' over 'Speakers: A (Org)'). What sets a
title apart from a part of the page ('Speaker Bios', '议程'), a credit or an opening sentence is
here too, and the roster headings (short headings over names alone) that people_lists.py reads.
layouts.py runs these recognizers beside the others.
"""

from __future__ import annotations

import itertools
import re
from functools import cache, lru_cache

from ..writing import CJK
from . import clock, dates
from .agenda_tables import vouched_nickname
from .classify import (
    POSSESSIVE,
    common_given_name,
    dictionary_word,
    is_org,
    is_role,
    line_of_work,
    names_a_known_organizations_thing,
    names_a_web_place,
    opens_with_a_participle,
    parse_people,
    plain_words,
    parse_person,
    person_name,
    probably_a_person,
    split_affiliation,
)
from .event_name import SECTION_NUMBER, event_phrase
from .lexicon import normalize
from .model import PersonMention, SessionMention, Span
from .organizations import organization_mentions, sponsor_heading
from .people_layouts import (
    PEOPLE_HEADINGS,
    SPEAKER_LABELS,
    bio_person,
    first_clause,
    headed_speakers,
    introduces_people,
    names_a_group,
    names_alone,
    names_alone_in_title,
    people_section,
    people_words,
)
from .places import city_station
from .segment import Block
from .talk_lines import (
    HANDLE_NOTE,
    MAX_TITLE,
    clean_title,
    labelled_people,
    line_label,
    line_label_and_value,
    names_materials,
    split_title_and_speakers,
    talk_nouns,
)
from .wordlists import alternation, english_plurals, labels, pattern, words
from .zh_prose import zh_opening_speakers


SPEAKER_WINDOW = 6  # blocks after a title in which its speaker lines must start


TALK_SECTIONS = ("abstract", "talk-page")  # labels of a talk's own sub-headings ('议题简介', 'Objective')


BY = re.compile(r"(?i)^(?:presented\s+)?by\s")


SECTION_NAME_BEFORE = 6  # characters before '…介绍' in a section's heading ('活动介绍'); 'Contoso 可观测性介绍' is a talk


@cache
def section_heading() -> re.Pattern:
    """A heading that names a part of the page ('Speaker Bios', '议程', '关于…'), from data/section_headings.txt."""
    parts = []
    for entry in words("section_headings"):
        escaped = re.escape(entry.strip("…")).replace(r"\ ", r"\s+")
        parts.append(f"{escaped}.*" if entry.endswith("…") else f"\\S{{0,{SECTION_NAME_BEFORE}}}{escaped}" if entry.startswith("…")
                     else escaped)
    return re.compile(rf"(?i)^{SECTION_NUMBER}{SECTION_ARTICLE}(?:{'|'.join(parts)}|{_talks_and_speakers()})$")


def _talks_and_speakers() -> str:
    """'话题与讲师', '分享嘉宾与主题', 'Talks & Speakers': a word for the talks (data/talk_nouns.txt, the
    numbered-part and theme words of data/labels.txt) and a word for who gives them (the speaker words),
    in either order, joined by a conjunction or a slash: the heading of the program, no talk."""
    talks = words("talk_nouns") + labels("numbered-part") + labels("theme")
    talk = alternation(talks + english_plurals(talks))
    speaker = alternation(labels("speaker"))
    joined = r"\s*(?:与|和|及|以及|&|＆|/|、|\band\b)\s*"
    return rf"(?:(?:{talk}){joined}(?:{speaker})|(?:{speaker}){joined}(?:{talk}))"


@cache
def _talks_and_speakers_heading() -> re.Pattern:
    return re.compile(rf"(?i)^{SECTION_NUMBER}{_talks_and_speakers()}$")


def talks_and_speakers_heading(text: str) -> bool:
    """A heading that pairs the talks with their speakers ('话题与讲师'): its items name the speakers."""
    return _talks_and_speakers_heading().match(text.strip(" *_:：")) is not None


SECTION_ARTICLE = r"(?:(?:the|our)\s+)?"  # 'The speakers', 'Our sponsors': the section named with its article


@cache
def photo_credit() -> re.Pattern:
    """'Photos by Name', and a caption's credit after what the photo shows ('Jane Doe photo by Name')."""
    credit = alternation(labels('credit'))
    return re.compile(rf"^(?:{credit})\b|\b(?:{credit})$", re.IGNORECASE)


@cache
def sentence_opener() -> re.Pattern:
    """A sentence's first word ('As', 'It', 'We'), which no talk title starts with."""
    return re.compile(rf"^(?:{alternation(words('sentence_openers'))})\s", re.IGNORECASE)


MONTH_WORD = r"(?:" + "|".join(sorted(dates.MONTHS, key=len, reverse=True)) + r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?"


DAY_HEADING = re.compile(rf"(?i)^(?=.*(?:\bday\s*\d|{dates.WEEKDAY_NAME}|\d))(?:day\s*\d{{1,2}}\s*[-–—:,]?\s*)?"
                         rf"(?:{dates.WEEKDAY_NAME},?\s*)?(?:{MONTH_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_WORD})?"
                         r"(?:,?\s*(?:19|20)\d\d)?[\s:.]*$")
"""'March 29', 'Monday, June 24', 'Day 2 - Thursday, 12 September 2024': a schedule's heading over one day's talks."""


SECTION_OF_TALKS_WORDS = 3  # words from which a heading naming talks in the plural is a section ('Lightning Talks' is a session)


def _title_candidate(block: Block) -> bool:
    text = block.text.strip()
    if not block.is_title or not 4 <= len(text) <= MAX_TITLE or section_heading().match(text.strip(" *_:：")) \
            or names_materials(text) or sponsor_heading(block) or DAY_HEADING.match(text):
        return False  # 'Gold Sponsors:' over its sponsors' names, '## Conference Slides' over the talks' slides
    if block.kind == "bold" and not CJK.search(text) and _job_line(text):
        return False  # '**Senior Data Scientist**' under a speaker's name is their job, no talk
    if len(text.split()) > SECTION_OF_TALKS_WORDS and plural_talk_nouns().search(text):
        return False  # '## Other talks which are relevant to Contoso': a section over several talks, none of them
    if line_label(text) is not None or organization_mentions(text) == [text] or names_a_group(text) \
            or introduces_people(text):
        return False  # a label ('演讲主题：…' is read by labelled_talks), an organization's name, a committee, '特邀讲师：'
    person = parse_person(text, block.span)  # 'Name, Managing Director, Org' is a person
    if person and (person.organization or person.title) and probably_a_person(person.name):
        return False
    return not _an_events_name_alone(text)


@lru_cache(maxsize=4096)
def _an_events_name_alone(text: str) -> bool:
    """'### Contoso Summit Europe' over what was given there: a heading that is only an event's name says where
    the talks under it were, and is none of them; a session's kind in it ('Virtual Office Hours') may be one."""
    return not CJK.search(text) and event_phrase(text) == text.strip(" *_:：") and not _session_kind().search(text)


def _job_line(text: str) -> bool:
    """'Staff Engineer', 'Senior Data Scientist at Contoso': a job title alone (only the words of one),
    perhaps at an organization; a title with a role word in it ('A Maintainer's Guide to X') is none."""
    title = re.split(r"\s+(?:at|@)\s+|\s*,\s*", text.strip(" *:："), maxsplit=1)[0]
    return is_role(title) and line_of_work(title)


def titled_talks(blocks: list[Block]) -> list[SessionMention]:
    """A title set apart, then its speaker lines; a title may carry its day and time ('Keeping
    Racks Cool: Wed, April 29, 15:55 - 16:15'). The headings of a roster are no talks."""
    found = []
    roster = roster_headings(blocks) | {index for index, _ in headed_speakers(blocks)}
    page_title = next((i for i, block in enumerate(blocks) if block.kind == "heading"), None)
    for index, block in enumerate(blocks):
        if not (_title_candidate(block) or _link_over_timed_speakers(blocks, index)) or index in roster:
            continue
        if index == page_title and block.level == 1 and (not _labelled_speaker_below(blocks, index) or city_station(block.text)):
            continue  # the page's own title ('<h1>' over the text) is a talk only on a session's page ('Lead: …'),
            # never the title of a meetup's city station ('星河 Meetup 第 3 期杭州站' over its host, '主持人：…')
        speakers = speakers_after(blocks, index)
        if speakers:
            timed = clock.find_slot(block.text)
            title = clean_title(timed.rest if timed and timed.rest else block.text)
            if any(normalize(person.name) == normalize(title) or _caption_of(title, person.name) for person in speakers):
                continue  # '## Jane Doe' over 'Jane Doe is a … at …': her biography, no talk; '**林澈——云帆数据 工程师**' neither
            found.append(SessionMention(title, block.span, timed.start if timed else None, timed.end if timed else None,
                                        speakers=speakers))
    return found


NAME_THEN_DASH = re.compile(r"^\s*(?P<name>\S.{0,30}?)\s*(?:——|—|–)\s*(?P<rest>\S.*)$")


def _caption_of(title: str, name: str) -> bool:
    """'王正涵——山石网科通信技术股份有限公司 安全研究员': a line that is a speaker's name, a dash and their
    job title (after any organization) captions them, it names no talk."""
    dashed = NAME_THEN_DASH.match(title)
    return bool(dashed) and normalize(dashed.group("name")) == normalize(name) and split_affiliation(dashed.group("rest"))[1] is not None


SAYING_END = re.compile(r"[。！？!?…”\"]\s*$")


def _attributes_a_saying(blocks: list[Block], at: int, title_at: int) -> bool:
    """A line that opens with a dash right under a sentence below the title (not the title itself):
    it says who said that sentence."""
    return at > title_at + 1 and blocks[at].text.lstrip(" *_>").startswith(("——", "—")) \
        and blocks[at - 1].kind == "paragraph" and bool(SAYING_END.search(blocks[at - 1].text))


def _link_over_timed_speakers(blocks: list[Block], index: int) -> bool:
    """'[Title](…)' alone on its line, right over 'Jane Doe, Wei Chen – 3pm': a program's talk, its title linked."""
    block = blocks[index]
    return block.kind == "link" and 4 <= len(block.text) <= MAX_TITLE and index + 1 < len(blocks) \
        and blocks[index + 1].number == block.number + 1 and bool(_speakers_at_a_time(blocks[index + 1].text, block.span))


def _labelled_speaker_below(blocks: list[Block], index: int) -> bool:
    return any(line_label(block.text) in SPEAKER_LABELS for block in blocks[index + 1:index + 1 + SPEAKER_WINDOW])


ROSTER_SECTIONS = 3  # short headings over names alone from which a page is a roster


MAX_GROUP_WORDS = 3


MAX_NAME_LINE = 120  # characters of the line under a roster heading: a name, perhaps with a handle and a reason


def roster_headings(blocks: list[Block]) -> set[int]:
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
        if nouns.search(blocks[index].text) or line_label(blocks[index].text):
            continue
        speakers = speakers_after(blocks, index)
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
            person = speaker_line(following) if following.number == line + 1 else None
            if person is None:
                break
            speakers.append(person)
            line = following.number
        if speakers:
            found.append(SessionMention(clean_title(block.text), block.span, speakers=speakers))
    return found


def _name_then_organization(text: str) -> bool:
    name, _, rest = text.partition(",")
    return " " in name.strip() and person_name(name.strip()) is not None and is_org(rest)


def _plain_title(text: str) -> bool:
    return 4 <= len(text) <= MAX_TITLE and len(text.split()) <= 14 and not re.search(r"[.。!！?？;；]$", text) \
        and (text[:1].isupper() or bool(CJK.match(text))) and line_label(text) is None \
        and not section_heading().match(text) and speaker_line(Block("paragraph", text, 0)) is None


def speaker_line(block: Block) -> PersonMention | None:
    """A line that is one person and their affiliation, nothing more."""
    if block.kind not in ("paragraph", "item") or len(block.text) > 100 or not re.search(r"[,，(（]", block.text):
        return None
    person = parse_person(block.text, block.span)
    if person is None or not (person.organization or person.title) or not probably_a_person(person.name):
        return None
    told = TOLD_AFTER_BRACKET.search(block.text)  # 'Jane Doe (Contoso) - Gear Trains in Practice': her talk follows
    return None if told and not (is_role(told.group("rest")) or is_org(told.group("rest"))) else person


TOLD_AFTER_BRACKET = re.compile(r"[)）]\s*[-–—|｜]\s*(?P<rest>\S+(?:\s+\S+)+)$")  # two or more words after the dash


def speakers_after(blocks: list[Block], index: int) -> list[PersonMention]:
    """Speaker lines under a title: they start within a few blocks, before the next title."""
    speakers: list[PersonMention] = []
    in_abstract = under_bio = False
    for at, block in enumerate(blocks[index + 1:index + 1 + SPEAKER_WINDOW], start=index + 1):
        if block.kind == "heading" and not speakers and line_label(block.text) in TALK_SECTIONS:
            in_abstract = True  # '### 议题简介' under the title: the talk's abstract, then its speaker
            continue
        names = _name_subheading(blocks[index], block) if at == index + 1 else []
        if names:  # '### Title' over '#### Jane Doe'
            speakers += [PersonMention(name, block.span) for name in names]
            continue
        bold_speaker = block.kind == "bold" and _caption_alone(block.text)
        if block.is_title and not bold_speaker \
                and (line_label(block.text) not in ("speaker", "bio") or not re.search(r"[:：]", block.text)):
            break  # a title of its own, or a section of people ('## 嘉宾'); not '**Jane Doe, Title, Org**
        if in_abstract and line_label(block.text) not in SPEAKER_LABELS + ("bio",):
            continue
        if speakers and line_label(block.text) == "speaker" and at + 1 < len(blocks) and line_label(blocks[at + 1].text) == "talk":
            break  # '讲师：…' just before '议题：…' is that talk's speaker
        if block.kind == "row" or at + 1 < len(blocks) and item_speakers(blocks, at):
            break  # a table, or a list item that is a talk of its own over its speaker line
        if block.kind == "paragraph" and has_time_range(block.text) and not speakers:
            break  # '## Tuesday' over '9:45 - 10:15 Title' over its speakers: they are the time slot's
        if _attributes_a_saying(blocks, at, index):
            return []  # '**Slogan**' over '“Saying.”' over '——云帆数据 研究员' over '林澈': a quotation and who said it, no talk
        if _repeats_title(blocks[index].text, block):  # '[Title: Subtitle - Jane Doe & Wei Chen](video)': the talk again
            speakers += split_title_and_speakers(block.text, block.span)[1]
            continue
        kind = line_label(block.text)
        text = block.text
        if kind in SPEAKER_LABELS + ("bio",):
            text = re.split(r"[:：]", text, maxsplit=1)[-1] if re.search(r"[:：]", text) else ""
            if not text.strip():
                under_bio = kind == "bio"  # '##### Bio:' alone: the abstract has ended, the paragraph below opens
                in_abstract = in_abstract and not under_bio  # with the speaker's name
                continue
            if kind in SPEAKER_LABELS:
                speakers += labelled_people(text, block.span)
                continue
        elif kind in PEOPLE_HEADINGS + ("talk",):  # a new talk, or the organizers' or team's list, begins
            break
        elif kind is not None:
            continue
        described = bio_person(text, block.span) if under_bio and block.kind == "paragraph" and kind is None else None
        if described and probably_a_person(described.name):
            speakers.append(described)  # 'Jane Doe is a security researcher at Contoso …' under 'Bio:'
            under_bio = False
            continue
        if block.kind == "paragraph" and kind is None:
            text = _talk_opener().sub("", text, count=1)  # 'In this talk, Jane Doe (Contoso) showed …'
        opening = zh_opening_speakers(text, block.span) if at == index + 1 and block.kind == "paragraph" and kind is None else []
        opening = opening or (_opening_speakers(text, block.span) if at == index + 1 and block.kind == "paragraph"
                              and kind is None and not speakers else [])
        if opening:  # the paragraph right under the title reports its talk: the rest of it is the talk's content
            return opening
        if block.kind == "paragraph" and len(text) > 80 and kind is None:
            quoted = re.search(r"[“\"]", text)  # 'Name, Title of Org explains, “…”' quotes someone, it is no bio
            listed = NAMES_BEFORE_VERB.match(text)  # 'Jane Doe, Wei Chen, and Omar Haddad gave …': names, no organization
            people = names_alone(listed.group("names"), block.span) if listed else []
            people = people or [p for p in [parse_person(first_clause(text), block.span)] if p and not quoted]
            people = people or _announced_speaker(text, block.span)
        else:
            people = _speakers_at_a_time(text, block.span)
            people = people or (parse_people(text, block.span) if len(text) <= 300 else [])
            nickname = vouched_nickname(text, block.span) if not people and not speakers else None
            people = [nickname] if nickname else people
        people = [p for p in people if (p.title or kind or BY.match(text)
                                        or not (plain_words(p.name) or opens_with_a_participle(p.name)))  # 'Following Jane, …'
                  and not names_a_web_place(p.name) and not names_a_known_organizations_thing(p.name)]
        people = _not_by_nickname(people, speakers, blocks[index + 1:at]) if speakers else people
        if people:
            speakers += people
        elif speakers:
            break
    return speakers


TRAILING_TIME = re.compile(rf"\s+[-–—]\s+(?:(?i:{dates.WEEKDAY_NAME}),?\s+)?\d{{1,2}}(?:[.:]\d{{2}})?\s*(?i:[ap]\.?m\.?)$")


def _speakers_at_a_time(text: str, span: Span) -> list[PersonMention]:
    """'Jane Doe, Wei Chen – 3pm', 'Jane Doe - Wednesday 12.45pm' under a talk's title: its speakers'
    names, apart by commas or 'and', then the time they speak (no organization)."""
    timed = TRAILING_TIME.search(text) if len(text) <= MAX_TITLE else None
    parts = re.split(r"\s*(?:,|\band\b|&)\s*", text[:timed.start()]) if timed else []
    names = [person_name(part) for part in parts]
    if not parts or not all(name == part and len(part.split()) >= 2 and not is_org(part) for name, part in zip(names, parts)):
        return []
    return [PersonMention(name, span) for name in names]


OPENING_NAME = r"[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|da|van|von|der|le|la)){1,3}"


NAME_PARTICLES = frozenset("de da van von der le la De Da Van Von Le La".split())


GAELIC_PREFIX = re.compile(r"(?:Mc|Mac)(?=[A-Z][a-z])")  # 'McTavish', 'MacLeod': the surname's own capital follows


def _name_word(token: str) -> bool:
    """A word shaped as part of a name: a capital, then lower-case letters of any alphabet, perhaps joined by a
    hyphen or apostrophe ('Jirénius', "O'Brien") or after a Gaelic 'Mc'/'Mac' ('McTavish'), or a particle
    ('van'); not 'WebSphere' or 'IBM'."""
    parts = re.split(r"[-'’]", GAELIC_PREFIX.sub("", token, count=1))
    return token in NAME_PARTICLES or parts[0][:1].isupper() and all(
        part.isalpha() and (part[1:].islower() or len(part) == 1 and len(parts) > 1) for part in parts)


MAX_OPENING_WORDS = 8  # words before the speaker's name in the sentence that opens a talk's abstract


OPENING_NAMES = rf"(?P<names>{OPENING_NAME}(?:\s*(?:,|\band\b|&)\s*{OPENING_NAME})*)(?:\s*\((?P<caption>[^()]{{1,120}})\))?,?\s+"
# 'Jane Doe (Architect at Contoso) ', 'Jane Doe and Wei Chen ': the names that open a sentence, perhaps a caption in brackets


def _speech_verb() -> str:
    verbs = alternation(w for w in words("speech_verbs") if w.isascii() and w not in words("quoting_verbs"))
    return rf"will\s+[a-z]{{3,}}|(?:{verbs})\b"


@cache
def _opening_speaker_sentence() -> re.Pattern:
    """'Java champion Jane Doe leads…', 'Jane Doe (Architect at Contoso) offers…', 'Jane Doe and Wei Chen
    will cover…': names, perhaps a caption in brackets, then a speech verb (data/speech_verbs.txt)."""
    return re.compile(rf"{OPENING_NAMES}(?:{_speech_verb()})")


@cache
def _told_subject_sentence() -> re.Pattern:
    """What a recap's sentence under a talk's title tells of its speakers: names, perhaps after 'This demo
    from' or 'The talk by' (data/talk_nouns.txt), then a speech verb or any verb in the past tense ('Jane Doe
    (Contoso) provided an overview of…', 'This demo from Jane Doe shows…')."""
    return re.compile(rf"(?:(?i:this|the)\s+(?i:{talk_nouns()})\s+(?:from|by)\s+)?{OPENING_NAMES}(?:{_speech_verb()}|[a-z]{{2,}}ed\b)")


OPENING_SENTENCES = 3  # sentences of the paragraph under a talk's title in which its speaker may be the subject


LATER_OPENING_WORDS = 1  # words before the speaker's name in a later sentence ('Then Jane Doe walks us through…')


CLAUSE_START = re.compile(r"[,;]\s+|\s+(?:and|but|while)\s+")


def _opening_speakers(text: str, span: Span) -> list[PersonMention]:
    """The speakers the first sentence of the abstract right under a talk's title names as the
    subject of its clause, perhaps after a few words that describe them ('Jakarta guru Jane Doe
    teaches…', 'IBMers Jane Doe and Wei Chen explain…', 'Contoso has long been a favourite and Jane
    Doe gave an inspiring talk…'), else a later sentence that opens with them ('… Jane Doe walks us
    through…'); a word before a name that is no given name ('Contoso Jane Doe') is left out when the
    rest reads as a name."""
    for position, sentence in enumerate(re.split(r"(?<=[.!?])\s+", text)[:OPENING_SENTENCES]):
        people = subject_speakers(sentence, span, MAX_OPENING_WORDS if position == 0 else LATER_OPENING_WORDS,
                                   in_clause=position == 0)
        if people:
            return people
    return _pronoun_speaker(text, span)


@cache
def _pronoun_speech() -> re.Pattern:
    """'He discusses…', 'She will show…': a sentence that opens with a singular personal pronoun and a speech
    verb ('They will demo…' is left out: it follows two speakers as often as one)."""
    verbs = alternation(w for w in words("speech_verbs") if w.isascii() and w not in words("quoting_verbs"))
    return re.compile(rf"^(?:He|She)\s+(?:will\s+[a-z]{{3,}}|(?:{verbs})\b)")


def _pronoun_speaker(text: str, span: Span) -> list[PersonMention]:
    """'Jane Doe is always pushing the boundaries! She discusses the project…': a sentence of the
    opening ones that starts with He or She and a speech verb speaks of the one full name the
    sentences before it hold (none if they hold two or more)."""
    sentences = re.split(r"(?<=[.!?])\s+", text)[:OPENING_SENTENCES]
    at = next((i for i, sentence in enumerate(sentences) if _pronoun_speech().match(sentence)), None)
    if not at:
        return []
    names = {name for phrase in re.findall(OPENING_NAME, " ".join(sentences[:at])) for name in [_name_among(phrase)] if name}
    return [PersonMention(names.pop(), span)] if len(names) == 1 else []


def subject_speakers(sentence: str, span: Span, words_before: int, in_clause: bool, told: bool = False) -> list[PersonMention]:
    """The people a sentence names as the subject of a speech verb, at most `words_before` words after
    the start of the sentence, or of their clause (`in_clause`); `told`: a recap's sentence under the
    talk's title, whose subject may be any verb's in the past tense or come after 'This demo from'."""
    match = (_told_subject_sentence() if told else _opening_speaker_sentence()).search(sentence)
    before = sentence[:match.start()] if match else ""
    if not match or len((CLAUSE_START.split(before)[-1] if in_clause else before).split()) > words_before:
        return []
    phrases = re.split(r"\s*(?:,|\band\b|&)\s*", match.group("names"))
    vouched = len(phrases) == 1 and _caption_vouches(phrases[0], match.group("caption"), span)
    names = [_name_among(words_, vouched) for words_ in phrases]
    if not names or not all(names):
        return []
    people = [PersonMention(name, span) for name in names]
    caption = parse_person(f"{names[0]}, {match.group('caption')}", span) if match.group("caption") and len(names) == 1 else None
    return [caption] if caption and caption.name == names[0] else people


def _name_among(phrase: str, vouched: bool = False) -> str | None:
    """'Jane Doe', or the name that ends 'Contoso Java Jane Doe': from the first common given name on.
    `vouched`: an affiliation in brackets follows the phrase ('Zed Curtis (Contoso)'); a name of two
    words whose given name is uncommon and whose surname is also a given name is then read whole,
    not cut to its last word."""
    tokens = phrase.split()
    last = len(tokens) - 1 if vouched and len(tokens) == 2 else len(tokens)
    start = next((i for i, token in enumerate(tokens[:last]) if common_given_name(token)), 0)
    name = " ".join(tokens[start:])
    shaped = all(_name_word(token) for token in name.split())  # 'Ivar Grimstad', not 'WebSphere Liberty'
    return name if len(name.split()) >= 2 and shaped and person_name(name) and not plain_words(name) \
        and not is_org(name) else None


def _caption_vouches(phrase: str, caption: str | None, span: Span) -> bool:
    """'Zed Curtis (Contoso)', 'Zed Curtis (Engineer at Contoso)': the caption in brackets after a
    speaker's name gives an organization or a job title, so the words before it are a person's."""
    person = parse_person(f"{phrase}, {caption}", span) if caption else None
    return bool(person and person.name == phrase and (person.organization or person.title))


@cache
def _talk_opener() -> re.Pattern:
    """'In this talk, ', 'During her 30-minute keynote, ', 'In the session that followed, ': a
    sentence's opening that speaks of the talk under the heading before its speaker, the subject."""
    return re.compile(rf"^(?i:in|during|throughout)\s+(?i:this|the|his|her|their)\s+(?:[\w-]+\s+){{0,2}}"
                      rf"(?i:{talk_nouns()})\b[^,.;“\"]{{0,60}},\s*(?=[A-Z])")


def _not_by_nickname(people: list[PersonMention], speakers: list[PersonMention], above: list[Block]) -> list[PersonMention]:
    """'讲师：赵新（于雨）' over '个人介绍：于雨，Contoso 工程师…': a biography under the nickname a speaker
    line gave in brackets is that speaker's, who takes its affiliation; it names no one else."""
    new = []
    for person in people:
        named = next((speaker for speaker in speakers for block in above
                      if re.search(rf"{re.escape(speaker.name)}\s*[(（]\s*{re.escape(person.name)}\s*[)）]", block.text)), None)
        if named is None:
            new.append(person)
        elif not (named.organization or named.title):
            named.organization, named.title = person.organization, person.title
    return new


MIN_REPEATED_TITLE = 8  # characters of a talk's title that, found again in a line under it, make that line the talk's own


def _repeats_title(title: str, block: Block) -> bool:
    """A link alone under a talk's title that names the talk again, whole or as the end of a longer
    title (its recording, 'Fileless Attack - Detecting the Undetectable' under '### Detecting the
    Undetectable'): the talk's own line, never a line of its speaker and organization."""
    key = normalize(clean_title(title))
    return block.kind == "link" and len(key) >= MIN_REPEATED_TITLE and len(block.text) <= MAX_TITLE * 2 \
        and (key in normalize(block.text) or _words_in_order(title, split_title_and_speakers(block.text, block.span)[0]))


def _words_in_order(title: str, longer: str) -> bool:
    """'Contoso Project Updates' in 'Security With Contoso: Overview And Project Updates': a heading
    of two or more words whose words the recording's longer title holds, in the same order."""
    wanted, held = re.findall(r"\w+", title.casefold()), iter(re.findall(r"\w+", longer.casefold()))
    return len(wanted) >= 2 and all(word in held for word in wanted)


def recorded_speakers(title: str, blocks: list[Block]) -> list[PersonMention]:
    """The speakers a line of the section under a talk's heading gives after the talk's title
    ('[The Eye of Contoso: Subtitle - Wei Chen & Ana Ruiz](video)' under '### The Eye of Contoso')."""
    for block in blocks:
        if _repeats_title(title, block):
            speakers = split_title_and_speakers(block.text, block.span)[1]
            if speakers:
                return speakers
    return []


def _name_subheading(title: Block, block: Block) -> list[str]:
    """The names a heading right under a talk's heading, one level down, is made of ('### Title' over
    '#### Jane Doe', '#### Jane Doe & Wei Chen'): the layout vouches for a name probablepeople does
    not know, not for a phrase of dictionary words ('#### Short Summary')."""
    if title.kind != "heading" or block.kind != "heading" or block.level <= title.level \
            or people_section(title.text) or people_words().search(title.text):
        return []  # '## 暖场嘉宾' over '### 周岚', '## Speaker Bios' over '### Jane Doe': a section of people, no talk
    if POSSESSIVE.search(block.text):  # '## Tech News' over '### Contoso’s Latest Releases': a news item
        return []
    return names_alone_in_title(block.text, lambda name: probably_a_person(name)
                                 or not any(dictionary_word(word) for word in name.split()))


def _caption_alone(text: str) -> bool:
    """'**Jane Doe，Contoso 开发者倡导者**' under a title: a line that is a speaker's caption and nothing
    more ('**林澈（云帆数据，架构师），Title**' is a talk line of its own)."""
    person = speaker_line(Block("paragraph", text, 0))
    said = sum(len(re.sub(r"\W", "", part or "")) for part in (person.name, person.organization, person.title)) if person else 0
    return said >= CAPTION_SHARE * len(re.sub(r"\W", "", text))


CAPTION_SHARE = 0.5  # of a line's letters that its person's name, organization and job title account for


NAMES_BEFORE_VERB = re.compile(r"^(?P<names>[A-Z][^,]{2,40}(?:,\s+[A-Z][^,]{2,40}?){1,8},?\s+(?:and|&)\s+[A-Z][\w'’.-]*"
                               r"(?:\s+[A-Z][\w'’.-]*){1,3})\s+[a-z]")


@cache
def _talk_from() -> re.Pattern:
    """'a presentation from Jane Doe, Security Advocate at Contoso, where…', 'a talk given by Jane Doe':
    a talk noun, then by or from and a name, perhaps with its caption set off by commas."""
    return re.compile(rf"\b(?i:{talk_nouns()})\s+(?:(?:presented|given|delivered)\s+)?(?:by|from)\s+"
                      r"(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})(?P<caption>,\s*[^,.;]{3,80}(?=,))?")


def _announced_speaker(text: str, span: Span) -> list[PersonMention]:
    """The speaker a paragraph under a talk's heading announces: 'a presentation from Jane Doe,
    Security Advocate at Contoso, where she showed…'."""
    match = _talk_from().search(text) if " by " in text or " from " in text else None
    if not match or not probably_a_person(match.group("who")):
        return []
    person = parse_person(match.group("who") + (match.group("caption") or ""), span)
    return [person if person and person.name == match.group("who") else PersonMention(match.group("who"), span)]


@cache
def _session_kind() -> re.Pattern:
    """A word for one program item, not a whole gathering: a talk noun ('Workshop', 'Tutorial') or an event
    word of two words ('Office Hours', 'Community Call'); a heading with one may be a session's title."""
    kinds = tuple(words("talk_nouns")) + tuple(word for word in words("event_words") if " " in word)
    return re.compile(rf"(?i)\b(?:{alternation(kinds)})\b")


@cache
def plural_talk_nouns() -> re.Pattern:
    """A talk noun in the plural ('talks', 'sessions'): a sentence that announces several."""
    return re.compile(rf"(?i)\b(?:{alternation(tuple(f'{noun}s' for noun in words('talk_nouns')))})\b")


SPEAKERS_DASHED = re.compile(r"^[-–—]{1,2}\s+(?P<who>\S.*)$")  # '– Jane Doe & Wei Chen, Contoso'


def items_over_speakers(blocks: list[Block]) -> list[SessionMention]:
    """A list item or a line that is only a link, holding a title, with its speakers on the next
    line: '- **Title**' over 'Speakers: A (Org), B (Org)', or '[Title](url)' over '– A & B, Org'.
    A time-only item just before ('- 4:45-5:20pm:') gives the talk its time."""
    found = []
    for index, block in enumerate(blocks[:-1]):
        speakers = item_speakers(blocks, index)
        if not speakers:
            continue
        before = blocks[index - 1] if index else None
        slot = clock.slot(before.text) if before and before.number >= block.number - 2 else None
        timed = slot if slot and slot.end and not slot.rest.strip(" :") else None
        found.append(SessionMention(_quotes_kept(clean_title(block.text), block.text), block.span, timed.start if timed else None,
                                    timed.end if timed else None, speakers=speakers))
    return found


def _quotes_kept(title: str, text: str) -> str:
    """A title that opens with a quoted phrase keeps its quote marks ('"Hey Robot": Making X Safe')."""
    return f'"{title}' if title.count('"') % 2 and text.lstrip(" *_").startswith('"') else title


def item_speakers(blocks: list[Block], index: int) -> list[PersonMention]:
    """The speakers on the line under a list item or link line that is a title alone (no label, no
    sentence, no speakers of its own), or none."""
    block, below = blocks[index], blocks[index + 1]
    if block.kind not in ("item", "link") or below.kind not in ("paragraph", "item") or below.number > block.number + 2:
        return []
    kind, value = line_label_and_value(below.text)
    dashed = SPEAKERS_DASHED.match(below.text) if kind is None else None
    if not (kind in SPEAKER_LABELS and value or dashed) or not _title_alone(block.text, block.span):
        return []
    if below.kind == "item" and FIELD_ITEM.match(block.text):  # '- Topic: X' over '- Speaker: Y': fields of one list
        return []
    if _ends_a_plain_list(blocks, index):  # '本次分享的主要内容：1. … 4. 未来展望' over '分享嘉宾：…': the label is the whole page's
        return []
    return labelled_people(value, below.span) if value else parse_people(HANDLE_NOTE.sub("", dashed.group("who")), below.span)


FIELD_ITEM = re.compile(r"^[^:：]{1,40}[:：]\s")


PLAIN_LIST_ITEMS = 2  # items with no speaker line between them before the one over the label: an outline


def _ends_a_plain_list(blocks: list[Block], index: int) -> bool:
    """The item closes a list of items that stand one under the other with no speaker line
    between them (the outline of one talk, its parts): a label under the last one is not its own."""
    run = blocks[max(0, index - PLAIN_LIST_ITEMS):index]
    return len(run) == PLAIN_LIST_ITEMS and all(item.kind == "item" and line_label(item.text) is None for item in run) \
        and blocks[index].kind == "item"


def _title_alone(text: str, span: Span) -> bool:
    text = text.strip()
    return 4 <= len(text) <= MAX_TITLE and not re.search(r"[.。!！?？;；:：]$", text) and line_label(text) is None \
        and not has_time_range(text) and not section_heading().match(text) \
        and not split_title_and_speakers(text, span)[1]


def has_time_range(text: str) -> bool:
    found = clock.slot(text)
    return bool(found and found.end)


@cache
def _profile_link_words() -> frozenset[str]:
    """'github', 'twitter', 'website': the link texts of a person's profiles (data/platforms.txt, data/platform_words.txt)."""
    return frozenset(word.casefold() for word in words("platforms") + words("platform_words"))


def talks_over_presenter_headings(blocks: list[Block]) -> list[SessionMention]:
    """'# Title' over the talk's account, then '## Jane Doe' over her profile links ('- github',
    '- twitter'): the heading is a talk and the one sub-heading below it that is a name alone, with
    a profile link under it, its presenter."""
    found = []
    for index, block in enumerate(blocks):
        if block.kind != "heading" or not _talk_heading_above_presenter(block):
            continue
        section = list(itertools.takewhile(lambda b: b.kind != "heading" or b.level > block.level, blocks[index + 1:]))
        headings = [(at, b) for at, b in enumerate(section) if b.kind == "heading"]
        if len(headings) != 1 or headings[0][1].level != block.level + 1:
            continue
        at, presenter = headings[0]
        name = person_name(presenter.text.strip())
        linked = any(b.kind in ("item", "link") and b.text.strip().casefold() in _profile_link_words() for b in section[at + 1:at + 5])
        if name == presenter.text.strip() and len(name.split()) >= 2 and probably_a_person(name) and linked \
                and any(b.kind == "paragraph" for b in section[:at]):
            found.append(SessionMention(clean_title(block.text), block.span, speakers=[PersonMention(name, presenter.span)]))
    return found


def _talk_heading_above_presenter(block: Block) -> bool:
    text = block.text.strip(" *_:：")
    return 4 <= len(text) <= MAX_TITLE and not section_heading().match(text) and line_label(text) is None \
        and not DAY_HEADING.match(text) and not sponsor_heading(block)
