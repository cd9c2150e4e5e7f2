"""Stage 2c, pages that are one talk: a Chinese write-up that says which talk it was written up
from ('本文根据…的分享整理'), one that reports a talk with its speaker's caption set apart by spaces,
a talk's own page (a title over the speaker's biography or self-introduction), a talk page whose
front matter lists its presenters, and a page that speaks of itself as one talk ('In this talk, Jane
Doe introduces …'). Each returns the talk with its speakers; the layouts of pages
that list many talks are in layouts.py.
"""

from __future__ import annotations

import itertools
import re
from functools import cache

from ..writing import CJK
from .classify import (common_word, is_org, is_role, organization_of_unit, parse_people, parse_person, person_name,
                       split_affiliation)
from .event_name import episode_title, event_phrase
from .model import PersonMention, SessionMention, Span
from .organizations import ZH_NAME_START, biography
from .people_layouts import INTRO_ASIDE, bio_people, labelled_speakers
from .segment import Block
from .places import city_station
from .talk_lines import clean_title, line_label, line_label_and_value, talk_nouns
from .wordlists import alternation, label_pattern, labels, words
from .zh_prose import ZH_SENTENCE_END, zh_role_end, zh_speech_verb

SERIES_EPISODE = re.compile(r"^[A-Za-z][\w .&+-]*#\s?\d+\s*")  # 'Contoso Live#7 ': a series and its episode, before a caption
QUOTED = re.compile(r"《(?P<title>[^》]{2,120})》")
TRANSCRIPT_WINDOW = 8  # blocks from the top in which a write-up says which talk it was written from
WRITTEN_UP = "整理"  # '…的分享整理': the sentence says the text was written up from a talk
ZH_DAY_LEAD = re.compile(r"^.*?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:晚|上午|下午|晚上)?\s*[，,]?\s*")
ZH_SPEAKER_END = re.compile(r"\s*(?:在|于|的(?:主题)?(?:分享|演讲)|(?:主题|现场|线上)?分享)")
TOPIC_AFTER = re.compile(r"主题[:：]\s*(?P<title>[^。]{4,80})")


@cache
def _transcript_lead() -> re.Pattern:
    """The opening of a write-up, also after a preface label ('摘要：本文整理自…')."""
    return re.compile(rf"^\s*(?:(?:{alternation(labels('preface'))})\s*[:：]\s*)?(?:{alternation(labels('transcript'))})\s*")


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
        return [SessionMention(clean_title(talk), block.span, speakers=speakers)] if talk else []
    return []


ZH_CLAUSE_START = re.compile(r"(?:^|[，,；;：:>])\s*")


@cache
def _zh_spaced_caption() -> re.Pattern:
    """'星河科技高级工程师 林澈 详细介绍了…', '来自星河科技的高级工程师 林澈，将为我们分享…' at
    the start of a clause: an organization and a job title, then a name set apart by a space
    (what a bold `**单位职位 姓名**` leaves in a sentence), then a space or the clause's end."""
    roles = alternation(w for w in words("roles") if CJK.search(w))
    return re.compile(rf"(?P<who>[^，,。；;：:\s][^，,。；;：:]{{1,30}}?(?:{roles})\s+(?P<name>[\u4e00-\u9fff]{{2,3}}))(?:\s+(?=\S)|\s*(?=[，,]))")


def reported_talk(blocks: list[Block], title_talk: str | None) -> list[SessionMention]:
    """A write-up that reports one talk instead of saying what it was written up from: near its
    top, a clause opens with the speaker's caption set apart by spaces ('…的 Meetup 上，星河科技
    高级工程师 林澈 详细介绍了…'), and the opening speaks of the talk with a speech verb (分享,
    介绍). The talk is the page's title (`title_talk`), the captioned person its speaker."""
    window = blocks[:TRANSCRIPT_WINDOW]
    if not title_talk or not any(zh_speech_verb().search(block.text) for block in window):
        return []
    for block in window:
        speaker = spaced_caption_speaker(block)
        if speaker:
            return [SessionMention(clean_title(title_talk), block.span, speakers=[speaker])]
    return []


def greeted_talk(blocks: list[Block], title_talk: str | None) -> list[SessionMention]:
    """A talk's transcript that opens with its speaker's greeting and introduction, with no line
    saying it was written up ('大家好，我是星河科技架构师林澈，很荣幸能在 X 跟大家分享…'): the talk
    is the page's title (`title_talk`), else the title line right above the greeting; the one
    introduced is its speaker."""
    for at, block in enumerate(blocks[:TRANSCRIPT_WINDOW]):
        if _greeting().match(block.text) and zh_speech_verb().search(block.text):
            talk = title_talk or (_title_line(blocks[at - 1]) if at else None)
            speakers = _self_introduced(blocks[at:at + 1]) if talk else []
            return [SessionMention(clean_title(talk), block.span, speakers=speakers)] if speakers else []
    return []


LABELLED_TALK_SPEAKERS = 3  # a write-up of one talk labels its speaker or two near its top; more make a program


def labelled_speaker_talk(blocks: list[Block], title_talk: str | None) -> list[SessionMention]:
    """A Chinese write-up of one talk that labels its speaker near its top instead of saying what it
    was written from ('分享嘉宾｜林澈 云帆数据 联合创始人' over '编辑整理｜…', '演讲嘉宾简介：' over a
    biography): the talk is the page's title (`title_talk`, which names no event), the labelled
    people its speakers."""
    a_title = title_talk and len(title_talk) <= TITLE_LINE_LENGTH and not ZH_SENTENCE_END.search(title_talk)
    window = blocks[:TRANSCRIPT_WINDOW + 4]
    speakers = list({person.name: person for person in labelled_speakers(window) + bio_people(window)}.values()) \
        if a_title else []
    if not speakers or len(speakers) > LABELLED_TALK_SPEAKERS:
        return []
    return [SessionMention(clean_title(title_talk), speakers[0].span, speakers=speakers)]


TITLE_LINE_LENGTH = 60  # a line up to this long with no sentence's end may be a plain-text page's title


def _title_line(block: Block) -> str | None:
    """A heading, or a short line with no sentence's end: a title in plain text."""
    text = block.text.strip()
    short = len(text) <= TITLE_LINE_LENGTH and not ZH_SENTENCE_END.search(text)
    return text if CJK.search(text) and (block.kind == "heading" or short) else None


def spaced_caption_speaker(block: Block) -> PersonMention | None:
    """The person of the first clause of `block` that opens with a spaced caption (see
    `reported_talk`), when it reads as one name with an organization and a job title."""
    for sentence in ZH_SENTENCE_END.split(block.text) if CJK.search(block.text) else ():
        for start in ZH_CLAUSE_START.finditer(sentence):
            match = _zh_spaced_caption().match(sentence, start.end())
            found = parse_people(match.group("who"), block.span) if match else []
            person = found[0] if len(found) == 1 else None
            if person and person.name == match.group("name") and person.organization and person.title:
                return person
    return None


SELF_INTRO_WINDOW = 12  # blocks from the top in which the speaker of a written-up talk introduces themself
ZH_SELF_INTRO = re.compile(r"我是(?P<who>[^，。,;；（(]{2,40})")


def written_up_from(text: str) -> str | None:
    """The sentence that says which talk a write-up was written from ('本文根据…的分享整理'), if
    the text starts with it, or if it opens a later sentence of a preface ('导读：…。本文整理自…')."""
    sentences = [sentence.strip() for sentence in text.split("。")]
    candidates = sentences if _preface().match(text) else sentences[:1]
    return next((sentence for sentence in candidates if _transcript_lead().match(sentence) and WRITTEN_UP in sentence), None)


@cache
def _preface() -> re.Pattern:
    return re.compile(rf"^\s*(?:{alternation(labels('preface'))})\s*[:：]")


def talk_body_start(blocks: list[Block]) -> int:
    """Where the talk itself begins in a Chinese write-up of one talk (see `transcript_talk`): the
    first heading after the sentence that says what was written up, or the block after the
    speaker's greeting ('大家好，我是…'). What the talk names from there on is its subject ('Contoso
    开源的 X', '像 Fabrikam 那样'), not who took part. -> len(blocks) when the text is no write-up."""
    lead = next((at for at, block in enumerate(blocks[:TRANSCRIPT_WINDOW]) if written_up_from(block.text)), None)
    if lead is None:  # a reported talk: its speaker's caption opens a clause
        lead = next((at for at, block in enumerate(blocks[:TRANSCRIPT_WINDOW]) if spaced_caption_speaker(block)), None)
    if lead is None:
        return len(blocks)
    for at in range(lead + 1, len(blocks)):
        if blocks[at].kind == "heading" and not biography().search(blocks[at].text):  # not "## 讲师介绍"
            return at
        if _greeting().match(blocks[at].text):
            return at + 1
    return len(blocks)


@cache
def _greeting() -> re.Pattern:
    return re.compile(rf"^\s*(?:{alternation(labels('greeting'))})")


@cache
def _after_of_or_speaker_label() -> re.Pattern:
    """Where a self-introduction's name starts: after 的 or a Chinese speaker label ('我是今天的讲师北岩')."""
    return re.compile(rf"的|{alternation(w for w in labels('speaker') if CJK.search(w))}")


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
        who = _after_of_or_speaker_label().split(who)[-1].strip()
        name = who if re.fullmatch(r"[\u4e00-\u9fff]{2,3}", who) else _name_after_role(who)
        if name and re.fullmatch(r"[\u4e00-\u9fff]{2,3}", name) and not common_word(name) and not is_role(name):
            title = None
            if not org:
                org, title = introduced_affiliation(block.text[match.end():])
            return [PersonMention(name, block.span, org or None, title)]
        return []
    return []


INTRO_CLAUSE = re.compile(r"^[，,]\s*(?:目前|现在|现)?(?:是|为|任)?\s*(?P<clause>[^，。,;；、]{2,40})")


def introduced_affiliation(rest: str) -> tuple[str | None, str | None]:
    """The clause after a speaker's name in their own introduction: '…，来自星河科技，…' gives the
    organization, '…（花名：北岩），云帆数据技术专家，…' or '…，是云帆数据的架构师' the organization
    and the job title. Anything else ('，目前负责…的工作') gives nothing. -> (organization, job title)."""
    clause = INTRO_CLAUSE.match(rest[INTRO_ASIDE.match(rest).end():])
    if not clause:
        return None, None
    text = clause.group("clause").strip()
    if text.startswith("来自"):
        came = re.sub(r"的.*$", "", text[2:]).strip()
        return (organization_of_unit(came) or None, None) if len(came) >= 2 else (None, None)
    org, title = split_affiliation(text)
    if not (org and title and is_role(title)) or person_name(org) or ZH_NAME_START.match(org):
        return None, None
    return organization_of_unit(org), title


def _name_after_role(text: str) -> str | None:
    """'…开源核心成员北岩': where the layout vouches that a name ends the phrase, the two or three
    characters after a job title."""
    return next((text[-size:] for size in (3, 2)
                 if re.fullmatch(r"[\u4e00-\u9fff]+", text[-size:]) and zh_role_end().search(text[:-size])), None)


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
    if not title or not any(block.is_title and line_label(block.text) in ("abstract", "talk-page") for block in blocks):
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
    return SessionMention(clean_title(title), speakers[0].span, speakers=speakers)


def front_matter_talk(matter: dict, lines: dict[str, int]) -> SessionMention | None:
    """A talk's own page whose front matter lists its speakers beside its `title` (a conference
    site's `presenters:` or `speakers:`, each a name with its company, or names alone): the title
    is the talk."""
    title = matter.get("title")
    if not isinstance(title, str) or not title.strip():
        return None
    for key, value in matter.items():
        if str(key).replace("_", " ").casefold() not in _key_words("speaker"):
            continue
        value = _names_in_one_string(value)
        if not isinstance(value, list):
            continue
        span = Span(lines.get(key, 1), lines.get(key, 1))
        speakers = [person for person in map(lambda entry: _front_matter_person(entry, span), value) if person]
        if speakers:
            line = lines.get("title", 1)
            return SessionMention(clean_title(title), Span(line, line), speakers=speakers)
    return None


NAME_SEPARATORS = re.compile(r"\s*[,，、;；]\s*")


def _names_in_one_string(value):
    """`presenters: "林澈, Jane Doe"`: the names a value lists in one string, apart by commas, as a list
    of them; any other value as it is."""
    return [name for name in NAME_SEPARATORS.split(value) if name] if isinstance(value, str) else value


def front_matter_program(matter: dict, lines: dict[str, int]) -> list[SessionMention]:
    """A meetup's page whose front matter lists its program: under `speakers:` (or `talks:`,
    `sessions:`) entries that each hold a talk's own `title` beside its speaker's `name`: each
    entry is a talk by that speaker, not the page's title."""
    for key, value in matter.items():
        if not isinstance(value, list) or _front_matter_word(key) not in _key_words("speaker") | _key_words("talk"):
            continue
        span = Span(lines.get(key, 1), lines.get(key, 1))
        program = [talk for talk in (_front_matter_entry_talk(entry, span) for entry in value) if talk]
        if program and len(program) == len(value):
            return program
    return []


def _front_matter_word(key) -> str:
    """'Speakers', 'talks', 'session_list' -> the label word the key says ('speakers', 'talk', 'session list')."""
    word = str(key).replace("_", " ").casefold()
    return word if word in _key_words("speaker") else re.sub(r"s$", "", word)


def _front_matter_entry_talk(entry, span: Span) -> SessionMention | None:
    """`{title: Title, name: Jane Doe}`: a talk with its speaker (names joined by '&' or 'and' are each one); a
    `title` that reads as a job title beside the speaker's company (`{name: Jane Doe, title: Site Reliability
    Engineer, company: Contoso}`) is hers, no talk."""
    if not isinstance(entry, dict):
        return None
    fields = {_front_matter_word(key): value for key, value in entry.items()}
    title = next((str(value).strip() for key, value in fields.items() if key in _key_words("talk") and value), "")
    employed = any(key in _key_words("affiliation") and value for key, value in fields.items())
    if not title or employed and is_role(title):
        return None
    names = re.split(r"\s*(?:&|\band\b)\s*", str(fields.get("name") or "").strip())
    speakers = [person for person in (_front_matter_person({**entry, "name": name}, span) for name in names if name) if person]
    return SessionMention(clean_title(title), span, speakers=speakers)


@cache
def _key_words(kind: str) -> frozenset[str]:
    return frozenset(word.casefold() for word in labels(kind))


def _front_matter_person(entry, span: Span) -> PersonMention | None:
    """`- Jane Doe`, or `- {name: Jane Doe, company: Contoso https://contoso.example}`: the company
    without its address, and only when it has letters ('1990' names no one's employer)."""
    fields = {str(key).replace("_", " ").casefold(): value for key, value in entry.items()} if isinstance(entry, dict) else {"name": entry}
    name = person_name(str(fields.get("name") or "").strip())
    if not name:
        return None
    org = next((str(value) for key, value in fields.items() if key in _key_words("affiliation") and value), "")
    org = re.sub(r"\s*(?:https?://|www\.)\S*", "", org).strip(" ,;|-")
    return PersonMention(name, span, org if re.search(r"[^\W\d_]", org) else None)


EPISODE_SPEAKER_CLAUSES = 5  # clauses of a speaker section's first line that may each be a name ('Go 夜读小组，曹春晖，John')
LATIN_GIVEN_NAME = re.compile(r"[A-Z][a-z]{2,15}(?: [A-Z][a-z]{1,15})?")


def episode_talk(blocks: list[Block], title: str | None, author: str | None) -> SessionMention | None:
    """A page of one episode of a Chinese talk series ('第 55 期 Go&WebAssembly 简介', '【Contoso
    夜读】#75 Title'), a live stream's or a reading group's: the title after the episode's number is
    its one talk; its speakers are named by the section a speaker heading opens ('## 分享者自我介绍'
    over '林澈, Contoso' or a list of '[林澈](…)：本期主讲…'), else by the page's author, when the page
    speaks of the talk (分享, 介绍). Neither the series nor the talk may be an event ('Meetup 第 3 期
    杭州站' is a meetup, no talk)."""
    episode = episode_of(title)
    if not episode:
        return None
    speakers = _episode_section_speakers(blocks)
    author = person_name(author.split("@")[0].strip()) if author else None  # '郝以奋@Contoso': the name before its employer
    if not speakers and author and any(zh_speech_verb().search(block.text) for block in blocks):
        speakers = [PersonMention(author, blocks[0].span if blocks else Span(1, 1))]
    if not speakers:
        return None
    return SessionMention(clean_title(episode.group("talk")), speakers[0].span, speakers=speakers)


def episode_of(title: str | None) -> re.Match | None:
    """The title of one episode of a Chinese talk series or lesson of a course ('第 55 期 Title', 'EP42 —
    Title', '第 5 课 Title'), whose number sets off its one talk; neither the series nor the talk may be an event
    ('Meetup 第 3 期 杭州站' is a meetup, no talk)."""
    episode = episode_title(lessons=True).match(title or "")
    if not episode or not CJK.search(title or "") or event_phrase(episode.group("series") or "") \
            or event_phrase(episode.group("talk")) or city_station(episode.group("talk")):
        return None
    return episode


def _episode_section_speakers(blocks: list[Block]) -> list[PersonMention]:
    """The people the first section under a speaker heading ('分享者自我介绍', '讲师介绍') names: in a
    list, each item's leading name, only those the item says lead the talk when one does ('本期主讲');
    in a paragraph, the names among its first clauses (the layout vouches for a nickname: '老貘，…')."""
    start = next((at for at, block in enumerate(blocks) if line_label(block.text) in ("bio", "speaker")), None)
    if start is None:
        return []
    label, value = line_label_and_value(blocks[start].text)
    if blocks[start].kind != "heading":  # '分享嘉宾：郝以奋，yifhao, 腾讯…': the names follow the label
        return _leading_names(value, blocks[start].span) if label == "speaker" else []
    section = list(itertools.takewhile(lambda block: block.kind != "heading", blocks[start + 1:]))
    items = [block for block in section if block.kind == "item"]
    if items:
        named = [(block, _vouched_name(re.split(r"[:：,，(（]", block.text, maxsplit=1)[0].strip("[]* "))) for block in items]
        leading = [(block, name) for block, name in named if name and _leads_the_talk(block.text)]
        return [PersonMention(name, block.span) for block, name in (leading or named) if name]
    first = next((block for block in section if block.kind == "paragraph"), None)
    return _leading_names(first.text, first.span) if first else []


def _leading_names(text: str, span: Span) -> list[PersonMention]:
    """The names among the first clauses of a speaker's line ('杨文, POP', '老貘，《Go 101》一书作者'), a
    caption set off after the name by a bar or a bracket ('林澈|Fabrikam 社区贡献者', '周岚（Contoso 核心开发者）')."""
    clauses = re.split(r"[，,、|｜(（]", ZH_SENTENCE_END.split(text, maxsplit=1)[0])[:EPISODE_SPEAKER_CLAUSES]
    return [PersonMention(name, span) for name in map(_vouched_name, clauses) if name]


def _leads_the_talk(text: str) -> bool:
    return bool(re.search(r"主讲|(?i:\bspeaker\b)", text))


def _vouched_name(text: str) -> str | None:
    """A name where the layout says one stands: a name the classifier knows, two to three Chinese
    characters that are no common word, role or organization (a nickname: '老貘'), or a Latin given
    name ('John')."""
    text = re.sub(r"\]\(.*$", "", text).strip(" []*_")
    if not text:
        return None
    if person_name(text):
        return person_name(text)
    if re.fullmatch(r"[\u4e00-\u9fff]{2,3}", text) and not common_word(text) and not is_role(text) and not is_org(text):
        return text
    return text if LATIN_GIVEN_NAME.fullmatch(text) else None


INTRODUCED_WINDOW = 12  # blocks from the top in which a page that is one talk says so


@cache
def _this_talk() -> re.Pattern:
    """'In this 45-minute talk presented at X, Contoso co-founder, Jane Doe, introduces …', 'In this
    session, Jane Doe demonstrates …': the page speaks of itself as one talk (a talk noun after
    'this'), then names its speaker, perhaps after a caption set apart by commas, before a speech verb."""
    verbs = alternation(w for w in words("speech_verbs") if w.isascii() and w not in words("quoting_verbs"))
    return re.compile(rf"^(?i:in|during)\s+this\s+(?:[\w'’-]+\s+){{0,2}}(?i:{talk_nouns()})\b[^.;]{{0,120}}?,\s+"
                      rf"(?:(?P<caption>[^,.;]{{2,60}}),\s+)?(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,3}}),?\s+"
                      rf"(?:will\s+)?(?:{verbs})\b")


def introduced_talk(blocks: list[Block], title: str | None) -> SessionMention | None:
    """A page about one talk that says so in a sentence near its top: the talk is the page's title,
    the person the sentence names its speaker (with the caption before the name as the job title
    when it reads as one)."""
    if not title or not title.strip():
        return None
    for block in blocks[:INTRODUCED_WINDOW]:
        match = _this_talk().match(block.text) if block.kind in ("paragraph", "field") else None
        name = person_name(match.group("who")) if match else None
        if name and not common_word(name.split()[0]):
            caption = (match.group("caption") or "").strip()
            speaker = PersonMention(name, block.span, title=caption if caption and is_role(caption) else None)
            return SessionMention(clean_title(title), block.span, speakers=[speaker])
    return None


@cache
def _title_of_one_talk() -> re.Pattern:
    """'Talk: Title (ContosoCon)', 'Webinar: Title', 'ContosoFest 2031 Talk: Title': a page's title that labels
    the page as one talk (a talk noun and a colon, perhaps after the event's name), the talk's title after it."""
    return re.compile(rf"^(?:(?P<event>[^:]{{2,60}}?)\s+)?(?i:{talk_nouns()})\s*:\s*(?P<talk>\S.{{3,}})$")


FIRST_PERSON_TALK = re.compile(r"\b(?:I|[Ww]e)\s+(?:also\s+|just\s+)?(?:gave|presented|delivered|held)\s+(?:a|an|the|my|our)\b")
# 'At the beginning of April I gave a talk …', 'we also gave a quick talk on …': the page's author gave it
EVENT_IN_BRACKETS = re.compile(r"\s*\((?P<event>[^()]{3,60})\)\s*$")  # 'Title (ContosoCon)': where the talk was given


def titled_one_talk(blocks: list[Block], title: str | None, author: str | None) -> SessionMention | None:
    """A page whose title labels it as one talk ('Talk: Title (Event)', 'Webinar: Title'): the talk is the title
    after the label, without the event in brackets after it; its speakers are the people a speaker label names
    ('**Speaker**: Jane Doe, Principal Engineer, Contoso'), else the page's author when the page tells in the
    first person that they gave it ('I gave a talk …')."""
    match = _title_of_one_talk().match((title or "").strip())
    if not match or CJK.search(match.group("talk")):
        return None
    talk = match.group("talk")
    bracketed = EVENT_IN_BRACKETS.search(talk)
    if bracketed and event_phrase(bracketed.group("event")):
        talk = talk[:bracketed.start()]
    speakers = labelled_speakers(blocks)
    author = person_name(author) if author else None
    if not speakers and author and any(FIRST_PERSON_TALK.search(block.text) for block in blocks if block.kind == "paragraph"):
        speakers = [PersonMention(author, blocks[0].span if blocks else Span(1, 1))]
    return SessionMention(clean_title(talk), speakers[0].span, speakers=speakers) if speakers else None
