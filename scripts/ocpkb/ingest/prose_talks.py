"""Stage 2b, recognize layouts: talks told in sentences rather than set out as lists or tables.

- English reports: 'Next up was Title by Jane Doe', 'Jane Doe (Contoso) gave a talk on Title',
  'In her keynote, "Title", …', '"Title" by Jane Doe and Wei Chen';
- announcements: 'Jane Doe's keynote "Title"', 'a talk titled "Title", presented by …';
- Chinese prose: '《Title》 … 姓名', '姓名 带来了题为「Title」的分享', items whose lead is a talk and
  whose sentence names who presented it ('- **Title：** Contoso 的产品经理周明远，介绍了…').
layouts.py runs these recognizers beside the others; who a Chinese sentence says gives a talk is
read by zh_prose.py.
"""

from __future__ import annotations

import re
from functools import cache

from ..writing import CJK
from . import places
from .classify import (
    given_name_anywhere,
    is_org,
    organization_of_unit,
    parse_people,
    parse_person,
    person_name,
    plain_words,
    split_affiliation,
)
from .model import PersonMention, SessionMention, Span
from .segment import Block
from .talk_lines import clean_title, line_label, named_list, talk_nouns
from .wordlists import alternation, pattern, words
from .zh_prose import (
    ZH_BROUGHT_BY,
    ZH_HANDLE,
    ZH_THEME_AFTER,
    ZH_THEIR_TALK,
    ZH_TITLE,
    ZH_TITLE_MARKS,
    ZH_TITLED,
    ZH_VERB_CLAUSE,
    ZH_VERBS,
    speaker_in_next_clause,
    zh_fellow_speakers,
    zh_quoted_title,
    zh_said_title,
    zh_speaker_before,
    zh_title,
)

BRACKETED_AFFILIATION = r"\s*\([^()\"“”]{2,60}\)"  # 'Jane Doe (Contoso) gave …': her organization in brackets


@cache
def _talk_noun_phrase() -> re.Pattern:
    return re.compile(rf"(?i)(?:(?:a|an|the|his|her|their|our|its|this|one)\s+(?:[a-z-]+\s+)?)?(?:{talk_nouns()})")




def talk_noun_only(title: str) -> bool:
    """'A keynote', 'the opening talk', 'Talks' (by A and B): words that announce a talk, not its title.
    Also a note whose last clause is one word and a talk noun in lower case ('Update, May 2: Added talk'
    by A)."""
    return bool(_talk_noun_phrase().fullmatch(title.strip())) or bool(_note_of_a_talk().search(title))


@cache
def _note_of_a_talk() -> re.Pattern:
    return re.compile(rf"[:：]\s*[A-Za-z]+\s+(?:{talk_nouns()})\s*$")


@cache
def reported_lead_in() -> re.Pattern:
    """'One of the talks I attended on Day 2 was ', 'Another fun session was ', 'A personal
    highlight was ': a sentence that names a talk noun (or a highlight noun, data/highlight_nouns.txt)
    and then says which talk it was; what follows 'was' is the talk's title. Also a sentence's
    lead-in that moves to the next talk or points to one ('Next up was ', 'You can watch ',
    data/talk_lead_ins.txt), or a talk noun before a colon ('… including this keynote: ')."""
    highlights = words("highlight_nouns")
    nouns = f"{talk_nouns()}|{alternation(highlights + tuple(f'{noun}s' for noun in highlights))}"
    return re.compile(rf"(?:^|(?<=[.!?]\s))(?:[A-Z][^.!?]{{0,60}}?\b(?i:{nouns})\b[^.!?\"“]{{0,50}}?\s(?:was|were)\s+"
                      rf"|(?i:{alternation(words('talk_lead_ins'))}),?\s+(?:the\s+(?:recording|video)\s+of\s+)?)"
                      rf"|\b(?:this|that|the|a|an|her|his|their)\s+(?i:{talk_nouns()}):\s+")


REPORTED_TITLE = re.compile(r"(?P<title>[A-Z\"“](?:[^.!?]|[.!?](?!\s)){3,150}?[?!]?)\s+by\s+"
                            r"(?P<who>[^.;()]{4,80}?)(?=\s*[.;(]|,\s+[a-z]|\s*$)")
DESCRIBED = re.compile(r"^(?:[a-z][\w-]*\s+){1,5}(?=[A-Z])")  # 'by our core team member Jane Doe': words before the name
SUBJECT = r"(?<![\w'’-])(?P<who>(?:[A-Z]\.|[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+){1,3})"  # a sentence's subject, perhaps after 'Then'
SUBJECT_AFFILIATION = rf"(?P<affiliation>\s+(?:of|from)\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,2}}|{BRACKETED_AFFILIATION})?"
TITLE_CASE_SHARE = 0.6  # of a title's longer words that start with a capital, when no quotes set it apart


@cache
def _owned_unquoted_title() -> re.Pattern:
    """'the recording of Jane Doe's talk Scaling Widgets in Practice is online': a person's talk
    noun, then a title in capitals with no quotes, up to the verb that ends it."""
    return re.compile(rf"(?P<owner>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,2}})['’]s\s+(?:[a-z-]+\s+)?(?i:{talk_nouns()})\s+"
                      rf"(?P<title>[A-Z][\w'’-]*(?:[ :,-]+[\w'’-]+){{1,15}}?)\s+(?:is|was|are|were|has|have|can|will)\b")


@cache
def _talk_presented_by() -> re.Pattern:
    """'the workshop Best of Both Worlds presented by core team members Jane Doe and Wei Chen of
    Contoso', 'Their session, “Title”, was presented by Jane Doe': a talk noun, its title in
    capitals, then who presented it."""
    return re.compile(rf"\b(?i:the|a|an|this|her|his|their)\s+(?:[a-z-]+\s+){{0,2}}(?i:{talk_nouns()})[:,]?\s+"
                      rf"[“\"]?(?P<title>[A-Z](?:[^.!?]|[.!?](?!\s)){{3,150}}?)[”\"]?,?\s+(?:(?:was|were)\s+)?(?:presented|given|delivered|led|run)\s+by\s+"
                      rf"(?P<who>[^.;()]{{4,100}}?)(?=\s*[.;(]|,\s+[a-z]|\s*$)")


@cache
def _subject_then_own_talk() -> re.Pattern:
    """'Jane Doe from Contoso featured the project in her keynote talk: Title.': the subject speaks of
    a talk noun of hers, its title after the colon, to the sentence's end."""
    return re.compile(rf"{SUBJECT}{SUBJECT_AFFILIATION},?\s+[^.!?:“\"]{{0,80}}?\b(?i:her|his|their)\s+(?:[a-z-]+\s+){{0,2}}"
                      rf"(?i:{talk_nouns()}):\s+(?P<title>[A-Z][^.!]{{3,150}}?)(?=[.!](?:\s|$)|$)")


@cache
def _subject_gave_titled_talk() -> re.Pattern:
    """'Then Jane Doe (Contoso) gave a truly memorable presentation Scaling Widgets in Practice that
    …': the subject gives a talk noun, its title in capitals right after it; also 'on' it ('Jane Doe on our
    team gave a talk on Writing Widget Clients in Rust, using …', 'Jane Doe talked about Widget Observability at
    Scale in the main track'), up to where it was given ('at the …', 'in the …')."""
    return re.compile(rf"{SUBJECT}{SUBJECT_AFFILIATION}{TEAM_AFTER_NAME},?\s+(?:also\s+)?(?:(?:gave|delivered|presented|held)\s+"
                      rf"(?:a|an|the|her|his|their)\s+(?:[a-z-]+\s+){{0,3}}(?i:{talk_nouns()})\s+|(?:talked|spoke)\s+(?=(?:about|on)\s))"
                      rf"(?P<on>(?:on|about)\s+)?(?P<title>[A-Z][\w'’:&.-]*(?:\s+[\w'’:&.-]+){{1,15}}?)"
                      rf"(?=\s+(?:that|which|where|who)\s|(?(on)\s+(?:at|during|in)\s+the\s|[.,;!])|[.,;!]|$)")


SENTENCE_BREAK = re.compile(r"[.!?]\s")  # 'Contoso Sketch. Unfortunately': a title runs to no next sentence
TEAM_AFTER_NAME = r"(?:\s+(?:on|from|of)\s+(?:our|the)\s+(?:[a-z]+\s+)?team)?"  # 'Jane Doe on our team gave …'
ON_TITLE_WORDS = 3  # words of a title given after 'a talk on', all of whose longer words start with a capital


def _title_cased(title: str, share: float = TITLE_CASE_SHARE) -> bool:
    """A title with no quotes shows itself by its capitals: most of its longer words start with one."""
    longer = [word for word in title.split() if len(word) > 3]
    return bool(longer) and sum(word[:1].isupper() for word in longer) >= share * len(longer)


def _subject_name(who: str) -> str | None:
    """The person a sentence's subject names: 'Jane Doe', also after an opening word ('Then Jane Doe')."""
    tokens = who.split()
    for start in range(max(1, len(tokens) - 1)):
        name = person_name(" ".join(tokens[start:]))
        if name and not plain_words(name):
            return name
    return None


def _subject_affiliation(text: str | None) -> str | None:
    """' of Contoso', ' (Contoso)' after a sentence's subject: the organization, not a place."""
    org = re.sub(r"^\s*(?:(?:of|from)\s+|\()|\)$", "", text or "").strip()
    return org if org and not places.city(org) and not places.country_code(org) and not person_name(org) else None


SUBJECT_CUES = (("her ", "his ", "their "), ("gave ", "delivered ", "presented ", "held ", "talked ", "spoke "))  # words each reading needs


def _talk_by_subject(block: Block) -> list[SessionMention]:
    found = []
    readings = [reading for reading, cues in zip((_subject_then_own_talk(), _subject_gave_titled_talk()), SUBJECT_CUES)
                if any(cue in block.text for cue in cues)]
    for pattern_ in readings:
        for match in pattern_.finditer(block.text):
            name = _subject_name(match.group("who"))
            title = match.group("title")
            on_topic = pattern_ is _subject_gave_titled_talk() and match.group("on")  # 'a talk on Title', not 'on scaling'
            if on_topic and not (len(title.split()) >= ON_TITLE_WORDS and _title_cased(title, share=1)
                                 and not SENTENCE_BREAK.search(title)):
                continue
            if name and (pattern_ is _subject_then_own_talk() or _title_cased(title)) and not talk_noun_only(title):
                speaker = PersonMention(name, block.span, _subject_affiliation(match.group("affiliation")))
                found.append(SessionMention(clean_title(title), block.span, speakers=[speaker]))
    return found


def _owned_talks(block: Block) -> list[SessionMention]:
    found = []
    for match in _owned_unquoted_title().finditer(block.text) if "'s " in block.text or "’s " in block.text else ():
        name = person_name(match.group("owner"))
        if name and not plain_words(name) and not talk_noun_only(match.group("title")):
            found.append(SessionMention(clean_title(match.group("title")), block.span, speakers=[PersonMention(name, block.span)]))
    return found


def _presenters(who: str, span: Span) -> list[PersonMention]:
    """The people after a reported title's 'by', without the words that describe them ('our core
    team member Jane Doe')."""
    who = _without_event_after(who.strip(" ,"))
    return parse_people(who, span, cue=True) or parse_people(DESCRIBED.sub("", who), span, cue=True) \
        or _names_of_one_organization(DESCRIBED.sub("", who), span)


@cache
def _event_after() -> re.Pattern:
    """' at Contoso Days UK 2031', ' during Contoso Summit': where the talk was given, after its speaker
    (an event word or a year ends the phrase), no employer."""
    return re.compile(rf"\s+(?:at|during)\s+(?:the\s+)?[A-Z][^,;]*?(?:\b(?i:{alternation(words('event_words'))})|\b(?:19|20)\d\d)\s*$")


def _without_event_after(who: str) -> str:
    return _event_after().sub("", who)


SHARED_ORGANIZATION = re.compile(r"^(?P<names>.+?)\s+(?:of|from)\s+(?P<org>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})$")


def _names_of_one_organization(who: str, span: Span) -> list[PersonMention]:
    """'Jane Doe and Wei Chen of Contoso': names joined by 'and', '&' or commas, all of the
    organization after 'of' or 'from' (each must read as a name)."""
    shared = SHARED_ORGANIZATION.match(who)
    names = [person_name(part) for part in re.split(r"\s*(?:,|&|\band\b)\s*", shared.group("names") if shared else who) if part]
    if len(names) < 2 or not all(names) or any(is_org(name) or plain_words(name) for name in names):
        return []
    return [PersonMention(name, span, shared.group("org") if shared else None) for name in names]


def reported_talks(blocks: list[Block]) -> list[SessionMention]:
    """A recap's sentence that reports a talk it heard: 'The first talk I went to was Scaling Widgets
    in Practice by Jane Doe.' Markup is gone, so the title is what lies between 'was' and 'by Name';
    a talk 'about' something ('The first talk was about scaling') or a bare talk noun ('was the
    keynote by Name') states no title. Also a person's talk named after its noun, unquoted ('Jane
    Doe's talk Scaling Widgets is online', 'the workshop Title presented by Jane Doe'), and the talk
    a sentence's subject gives ('Jane Doe … in her keynote: Title.', 'Jane Doe gave a talk Title that …')."""
    found = []
    for block in blocks:
        if block.kind not in ("paragraph", "item"):
            continue
        for lead_in in reported_lead_in().finditer(block.text):
            match = REPORTED_TITLE.match(block.text, lead_in.end())
            if not match or talk_noun_only(match.group("title")):
                continue
            people = _presenters(match.group("who"), block.span)
            if people:
                found.append(SessionMention(clean_title(match.group("title")), block.span, speakers=people))
        for match in _talk_presented_by().finditer(block.text) if " by " in block.text else ():
            people = _presenters(match.group("who"), block.span)
            if people and not talk_noun_only(match.group("title")):
                found.append(SessionMention(clean_title(match.group("title")), block.span, speakers=people))
        found += _owned_talks(block) + _talk_by_subject(block)
        found += _captioned_given_name_talk(block) if any(cue in block.text for cue in SUBJECT_CUES[1]) else []
    return found


@cache
def _role_then_given_name_gave() -> re.Pattern:
    """'Contoso project maintainer Lena gave the first presentation, Title.': a job title right before
    one given name, who gives a talk noun whose title follows after a comma, to the sentence's end."""
    roles = alternation(w for w in words("roles") if not CJK.search(w))
    return re.compile(rf"\b(?i:{roles})\s+(?P<who>[A-Z][a-z\u00e0-\u00ff]+)\s+(?:gave|delivered|presented|held)\s+"
                      rf"(?:a|an|the|her|his|their)\s+(?:[a-z-]+\s+){{0,3}}(?i:{talk_nouns()}),\s+"
                      rf"(?P<title>[A-Z][^.!?]{{3,120}}?)(?=[.!?](?:\s|$)|$)")


def _captioned_given_name_talk(block: Block) -> list[SessionMention]:
    """A speaker named by a given name alone, which the job title before it vouches for (a first name
    the name dictionary knows): 'Fabrikam lead developer Omar gave a talk, Title.'"""
    found = []
    for match in _role_then_given_name_gave().finditer(block.text):
        name, title = match.group("who"), match.group("title")
        if given_name_anywhere(name) and _title_cased(title) and not talk_noun_only(title):
            found.append(SessionMention(clean_title(title), block.span, speakers=[PersonMention(name, block.span)]))
    return found


EN_QUOTED_LINE = re.compile(r"[\"“][^\"“”]{4,150}[\"”]")


EN_NAME = r"(?:[A-Z][\w'’.-]*\s?){2,4}"
EN_QUOTED_BY = re.compile(r"[\"“](?P<title>[^\"”]{6,150})[\"”],?\s+(?:(?:(?:which|that)\s+)?(?:was|were)\s+)?"
                          r"(?:by|from|(?:presented|given|delivered)\s+by)\s+"
                          rf"(?P<who>{EN_NAME}(?:\s*(?:,|&|\band\b)\s*{EN_NAME})*)")
# '"Title" by Jane Doe', 'a talk titled “Title”, which was presented by Jane Doe and Wei Chen at …'

NICKNAMED = r"[A-Z][\w’-]+(?:\s+'[\w-]+')?(?:\s+[A-Z][\w’-]+){1,2}"  # "Jane 'jd' Doe"


@cache
def _speaker_then_quoted_title() -> re.Pattern:
    """'Jane Doe of Contoso will present "Title"', 'Jane Doe (Contoso) gave a talk on "Title"',
    "Jane 'jd' Doe presented on tracing: “Title”",
    'Jane Doe gave an introduction through her talk "Title"', 'a talk presented by Jane Doe on X:
    “Title”': a person who speaks (a speech verb, not a quoting one such as 'said') or a talk noun's
    'by Name', then a quoted title later in the same sentence."""
    verbs = alternation(w for w in words("speech_verbs") if w.isascii() and w not in words("quoting_verbs"))
    return re.compile(
        rf"(?:\b(?i:{talk_nouns()})\s+(?:(?:presented|given|delivered)\s+)?by\s+(?P<by>{NICKNAMED})"
        rf"|(?P<who>{NICKNAMED})(?:\s+(?:of|from)\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,2}}|{BRACKETED_AFFILIATION})?,?\s+"
        rf"(?:also\s+|will\s+(?:also\s+)?(?:be\s+)?)?(?:{verbs}))\b"
        rf"[^“\"„.!?]{{0,100}}?[“\"„](?P<title>[A-Z][^”\"“]{{5,150}}?)[”\"“]")  # „…“: quoted the German way


def _speaker_and_quoted_titles(block: Block) -> list[SessionMention]:
    found = []
    openers = words("common_words") + words("sentence_openers")  # 'While Jane Doe gave …': no part of the name
    for match in _speaker_then_quoted_title().finditer(block.text):
        tokens = re.sub(r"\s+'[\w-]+'", "", match.group("by") or match.group("who")).split()
        while len(tokens) > 2 and tokens[0].casefold() in openers:
            tokens.pop(0)
        name = person_name(" ".join(tokens))
        before = re.search(r"([A-Z][\w’-]*)\s$", block.text[:match.start()]) if match.group("who") else None
        capitalized_before = before and before.group(1).casefold() not in openers
        if name and not plain_words(name) and not capitalized_before:
            found.append(SessionMention(match.group("title").strip(" ,."), block.span,
                                        speakers=[PersonMention(name, block.span)]))
    return found


@cache
def _own_talk_then_speaker() -> re.Pattern:
    """'In her keynote, “Title”, Jane Doe of Contoso explained …', 'During their talk "Title",
    Jane Doe (Contoso) showed …': a talk noun owned by 'his', 'her' or 'their', its quoted title,
    then the person who speaks of it (a speech verb after the name)."""
    verbs = alternation(w for w in words("speech_verbs") if w.isascii())
    return re.compile(
        rf"\b(?i:in|during|with|for)\s+(?:his|her|their)\s+(?:[a-z-]+\s+){{0,2}}(?i:{talk_nouns()})\s*[,:]?\s*"
        rf"[“\"](?P<title>[A-Z][^”\"“]{{3,150}}?)[,.]?[”\"],?\s+(?P<who>{NICKNAMED})"
        rf"(?:\s+(?:of|from)\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,2}}|{BRACKETED_AFFILIATION})?,?\s+(?:also\s+)?(?:{verbs})\b")


def _quoted_talks_of_named(reading: re.Pattern, block: Block, name_group: str) -> list[SessionMention]:
    """The quoted titles a reading finds in the block, each a talk by the person its name group names
    (a name of plain words, 'Deep Learning', is no person)."""
    found = []
    for match in reading.finditer(block.text):
        name = person_name(match.group(name_group))
        if name and not plain_words(name):
            found.append(SessionMention(match.group("title").strip(" ,."), block.span, speakers=[PersonMention(name, block.span)]))
    return found


@cache
def _announced_talk() -> re.Pattern:
    """'Contoso Chairman Jane Doe's opening keynote "Title"', 'a keynote by Priya Raman, Vice
    President at Fabrikam, "Title"': a talk noun (data/talk_nouns.txt) with its speaker and its
    quoted title; after the owner's talk noun also in single quotes ('Jane Doe's keynote 'Title'')."""
    nouns = alternation(words("talk_nouns"))
    return re.compile(
        rf"(?P<owner>(?:[A-Z][\w&.'’-]*\s+){{1,8}}?[A-Z][\w'’-]+)['’]s\s+(?:[a-z-]+\s+){{0,2}}(?i:{nouns})s?\b"
        rf"(?:[^“\"]{{0,30}}?[“\"](?P<title>[^”\"]{{4,150}})[”\"]|\s+['‘](?P<single>[A-Z][^'‘’\"“”]{{3,150}}?)['’](?=[\s,.;:)]|$))"
        rf"|(?i:{nouns})s?\s+(?:by|from)\s+(?P<by>[^“\"]{{4,120}}?)[,:]?\s*[“\"](?P<by_title>[^”\"]{{4,150}})[”\"]")


def _owner(text: str, span: Span) -> PersonMention | None:
    """'Contoso Chairman Jane Doe' -> Jane Doe, of Contoso, Chairman: the name is the last words,
    a job title (a role word on) and the organization before it."""
    tokens = text.split()
    for size in (2, 3):
        name = person_name(" ".join(tokens[-size:])) if len(tokens) >= size else None
        if not name:
            continue
        head = " ".join(tokens[:-size])
        role = pattern("roles").search(head)
        org = (head[:role.start()] if role else head).strip(" ,") or None
        return PersonMention(name, span, org, head[role.start():].strip() if role else None)
    return None


def announced_talks(blocks: list[Block]) -> list[SessionMention]:
    """Talks a sentence or bullet announces with their speaker and quoted title (keynotes in a
    press release)."""
    found = []
    for block in blocks:
        if block.kind not in ("paragraph", "item", "field") or not re.search(r"[“\"'‘]", block.text):
            continue
        for match in _announced_talk().finditer(block.text):
            if match.group("owner"):
                speaker = _owner(match.group("owner"), block.span)
                title = match.group("title") or match.group("single")
            else:
                speaker = parse_person(match.group("by").strip(" ,"), block.span, cue=True)
                title = match.group("by_title")
            if speaker:
                found.append(SessionMention(title.strip(" ,."), block.span, speakers=[speaker]))
        if "'s " in block.text or "’s " in block.text:
            found += _quoted_talks_of_named(_owned_title_before_owned_talk(), block, "owner")
    return found


@cache
def _owned_title_before_owned_talk() -> re.Pattern:
    """"Jane Doe's 'Title' and Omar Haddad's keynote 'Other' were …": a person's quoted title with no
    talk noun, joined by 'and' to another person's talk noun in the same sentence, which says
    what both are."""
    nouns = alternation(words("talk_nouns"))
    return re.compile(rf"(?<![\w'’-])(?P<owner>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,2}})['’]s\s+"
                      rf"['‘“\"](?P<title>[A-Z][^'‘’\"“”]{{3,150}}?)['’”\"](?=\s+and\s[^.!?]{{0,120}}?['’]s\s+(?:[a-z-]+\s+){{0,2}}(?i:{nouns})\b)")


LECTURES = "主讲"
LECTURED_ITEM = re.compile(rf"^(?P<title>[^，,。；]{{4,60}})[，,]\s*(?P<who>[^，,。；]{{2,30}}?{LECTURES})(?:[。.；]|$)")


def _lectured_item(block: Block) -> list[SessionMention]:
    """'- 网络内容挖掘，星河咨询林澈主讲。…': a program item's title, then who gives it, with the
    organization glued to the name, before 主讲."""
    match = LECTURED_ITEM.match(block.text)
    who = match.group("who")[:-len(LECTURES)].strip() if match else ""
    speaker = zh_speaker_before(match.group("who"), block.span) if match else None
    if not speaker or not who.endswith(speaker.name) or is_org(who):  # '东道主华大基因主讲': an organization gives it
        return []
    if not speaker.organization:  # '星河咨询林澈': the organization glued to the name
        org, speaker.title = split_affiliation(who[:-len(speaker.name)])
        speaker.organization = organization_of_unit(org) if org and not speaker.title else org  # '腾讯妹子': a word after it
    return [SessionMention(match.group("title").strip(), block.span, speakers=[speaker])]


ZH_CLAUSE_BREAK = re.compile(r"[，。；！？]|[,;!?](?=\s*[\u4e00-\u9fff])")  # half-width marks too, before Chinese words


ZH_TITLED_CLAUSE = re.compile(rf"\s*{ZH_TITLED}\s*")  # a clause that only says the title follows ('题为')


def quoted_in_prose(blocks: list[Block]) -> list[SessionMention]:
    """A talk named in a sentence with its speaker: '云帆数据技术专家张三带来了《题目》',
    'the talk "Title" by Jane Doe'."""
    found = []
    for block in blocks:
        if block.kind not in ("paragraph", "item", "field"):
            continue
        for quoted in ZH_TITLE.finditer(block.text) if ZH_TITLE_MARKS.search(block.text) else ():
            clauses = ZH_CLAUSE_BREAK.split(block.text[:quoted.start()])
            if zh_quoted_title(quoted) and not zh_said_title(clauses[-1], block.text[quoted.end():]):
                continue
            if ZH_THEME_AFTER.match(block.text, quoted.end()):
                continue  # '本期沙龙以《…》为主题': the event's theme
            if (ZH_TITLED_CLAUSE.fullmatch(clauses[-1]) or ZH_THEIR_TALK.fullmatch(clauses[-1])) and len(clauses) > 1:
                clauses.pop()  # '第一个演讲由林澈带来，题为“…”', '…由林澈带来，他的演讲主题是《…》': the speaker is in the clause before
            elif ZH_VERB_CLAUSE.fullmatch(clauses[-1]) and len(clauses) > 1:
                clauses[-2:] = [clauses[-2] + clauses[-1]]  # '…负责人周岚，跟大家分享了《…》': the name ends the clause before
            clause = ZH_HANDLE.sub("", clauses[-1][-60:])
            person = zh_speaker_before(clause, block.span)
            if person:
                speakers = zh_fellow_speakers(clause, person, block.span) + [person]
                found.append(SessionMention(zh_title(quoted), block.span, speakers=speakers))
                continue
            after = ZH_BROUGHT_BY.match(block.text, quoted.end()) if quoted.group("title") else None  # '《…》由北辰科技首席架构师韩磊带来'
            person = parse_person(after.group("who"), block.span) if after \
                else speaker_in_next_clause(block.text[quoted.end():], block.span) if quoted.group("title") else None
            if person and (CJK.search(person.name) or not after):  # a Latin name only from a caption before a verb
                found.append(SessionMention(zh_title(quoted), block.span, speakers=[person]))
        if re.search(r"[“\"]", block.text):
            found += _speaker_and_quoted_titles(block) + _quoted_talks_of_named(_own_talk_then_speaker(), block, "who")
        found += _lectured_item(block) if block.kind == "item" and LECTURES in block.text else []
        for match in EN_QUOTED_BY.finditer(block.text):
            speakers = quoted_by_speakers(match.group("who"), block.span)
            if speakers:
                found.append(SessionMention(match.group("title").strip(" ,."), block.span, speakers=speakers))
    return found


ZH_ITEM_LEAD = re.compile(r"^(?P<title>[^：:。]{4,60})[：:]\s*(?P<rest>.+)$")
MIN_PRESENTED_ITEMS = 2  # a list of such items, not one remark


def presented_items(blocks: list[Block]) -> list[SessionMention]:
    """'- **全新控制台，一站式管理：** Contoso 的产品经理周明远，介绍了…': a list of Chinese items, each a
    lead before its colon and then a sentence whose subject, captioned, presents it (a verb of
    speaking): each lead is a talk, that person its speaker. Two such items at least."""
    found = []
    for block in blocks:
        lead = ZH_ITEM_LEAD.match(block.text) if block.kind == "item" and CJK.search(block.text) else None
        verb = re.search(ZH_VERBS, lead.group("rest")[:80]) if lead and line_label(block.text) is None else None
        if not verb:
            continue
        clause = re.sub(r"[，,]\s*$", "", lead.group("rest")[:verb.start()]) + verb.group()  # '周明远，介绍了'
        person = zh_speaker_before(clause, block.span) if not re.search(r"[，,。；]", clause) else None
        if person:
            found.append(SessionMention(clean_title(lead.group("title")), block.span, speakers=[person]))
    return found if len(found) >= MIN_PRESENTED_ITEMS else []


def quoted_by_speakers(who: str, span: Span) -> list[PersonMention]:
    """The people after a quoted title's 'by': one name, or names apart by commas, '&' or 'and'
    ('Jane Doe and Wei Chen'), each read as a person's. Names joined by 'and' or '&' are all
    speakers, also one probablepeople does not know ('Jane Doe, Contoso Research' is not)."""
    speaker = person_name(who.strip())
    if speaker:
        return [PersonMention(speaker, span)]
    names = [person_name(part) for part in re.split(r"\s*(?:,|&|\band\b)\s*", who.strip())]
    if re.search(r"&|\band\b", who) and all(names) and not any(is_org(name) for name in names):
        return [PersonMention(name, span) for name in names]
    return named_list(who, span)


TITLED = r"(?:,|:|\s+(?:titled|called|entitled|named))?\s+"  # 'a keynote, *Title*', 'a talk titled *Title*'
MIN_TITLE_WORDS = 2  # an italic word alone ('the *first* talk') stresses it, no title


def italic_talks(blocks: list[Block]) -> list[SessionMention]:
    """'Jane Doe's keynote, *The Quiet Cluster*, set the tone', 'a talk titled _Scaling Widgets_', 'the
    *Ledger Lessons* session': a title in italics right after a talk noun in the singular (data/talk_nouns.txt)
    or right before one after 'the'; a person's name in italics there is who gives it, no title."""
    found = []
    for block in blocks:
        for italic in block.italics if block.kind in ("paragraph", "item") else ():
            if _named_as_a_talk(block.text, italic):
                found.append(SessionMention(clean_title(italic), block.span))
    return found


def _named_as_a_talk(text: str, italic: str) -> bool:
    if not italic[:1].isupper() or len(italic.split()) < MIN_TITLE_WORDS or person_name(italic) == italic:
        return False
    return any(_talk_noun_before().search(text, 0, at) or THE_BEFORE.search(text, 0, at) and _talk_noun_after().match(text, at + len(italic))
               for at in _places_of(italic, text))


def _places_of(part: str, text: str):
    at = text.find(part)
    while at >= 0:
        yield at
        at = text.find(part, at + 1)


THE_BEFORE = re.compile(r"\b(?i:the)\s+\Z")


@cache
def _one_talk_noun() -> str:
    """A talk noun in the singular: one talk's title follows it ('Presentations, *A, B and C*' lists what a program holds)."""
    return alternation(words("talk_nouns"))


@cache
def _talk_noun_before() -> re.Pattern:
    """'a keynote, ', 'a talk titled ': a talk noun that a title follows, where the text is cut before the title."""
    return re.compile(rf"\b(?i:{_one_talk_noun()}){TITLED}\Z")


@cache
def _talk_noun_after() -> re.Pattern:
    return re.compile(rf"\s+(?i:{_one_talk_noun()})\b")


@cache
def _quoted_after_talk_noun() -> re.Pattern:
    return re.compile(rf"\b(?i:{_one_talk_noun()}){TITLED}[“\"](?P<title>[A-Z][^”\"“]{{5,150}}?)[,.]?[”\"]")


def quoted_after_talk_noun(blocks: list[Block]) -> list[SessionMention]:
    """'the session “Title” drew a full room', 'a talk titled "Title"', 'her keynote, “Title.”': a quoted
    title right after a talk noun in the singular is a talk, also where the sentence names no speaker."""
    return [SessionMention(clean_title(match.group("title")), block.span)
            for block in blocks if block.kind in ("paragraph", "item")
            for match in _quoted_after_talk_noun().finditer(block.text) if person_name(match.group("title")) != match.group("title")]
