"""Part of stage 2b, recognize layouts: the Chinese prose talk rules, a sentence -> the speaker
it names. A paragraph under a talk's heading that opens with its captioned speaker and a verb of
speaking ('星河科技高级工程师林澈分享了…'); an organization, 的 and a name before such a verb
('星河钢铁集团云杉科技的周明远分享了…'); the speaker whose name, perhaps captioned, ends the clause
before a talk's 《title》 or quoted title ('由林澈先生带来的《…》', '周岚老师为我们讲述《…》'), or
who follows it ('《…》由北辰科技首席架构师韩磊带来'), and the patterns these sentences are read with
(verbs of speaking from data/speech_verbs.txt, honorifics, talk nouns); a name set apart before
a form of address said after it in a sentence that says it speaks, hosts or addresses ('最后，林澈博士致辞');
and a Chinese name in brackets after a Latin handle ('lc（林澈）'). layouts.py's recognizers
(`quoted_in_prose`, `presented_items`, the speaker lines under a title) and people.py use them.
"""

from __future__ import annotations

import re
from functools import cache

from ..writing import CJK
from .classify import (
    adverbial,
    after_prepositions,
    common_word,
    dictionary_words,
    is_org,
    jieba_tags,
    parse_person,
    person_name,
    probably_a_person,
    split_affiliation,
    zh_org_heads,
)
from .model import PersonMention, Span
from .wordlists import alternation, pattern, surnames, words, zh_words


ZH_OPENING_CAPTION = 40  # characters of the caption before the verb that opens a talk's paragraph
ZH_CLAUSE_END = re.compile(r"[，,。；;：:！？!?]")


ZH_PHRASE_BREAK = re.compile(r"[，,。；;！？!?、：:《“]")
ORG_OF_NAME = re.compile(r"的(?=[\u4e00-\u9fff]{2,3})")


@cache
def zh_speech_verbs() -> tuple[str, ...]:
    """The Chinese verbs of speaking of speech_verbs.txt (分享, 介绍, 带来…), in the file's order."""
    return tuple(w for w in words("speech_verbs") if CJK.search(w))


def zh_org_of_speaker(text: str, span: Span) -> list[PersonMention]:
    """'发布会上，星河钢铁集团云杉科技的周明远分享了…': an organization, 的, then a name of two or three
    characters that a verb of speaking follows; the organization is the phrase's words before 的
    (after any preposition), and must read as one."""
    found = []
    for mark in ORG_OF_NAME.finditer(text):
        name = next((text[mark.end():mark.end() + size] for size in (3, 2)
                     if text.startswith(zh_speech_verbs(), mark.end() + size)
                     and person_name(text[mark.end():mark.end() + size])), None)
        org = after_prepositions(ZH_PHRASE_BREAK.split(text[:mark.start()])[-1].strip()) if name else ""
        if name and org and is_org(org):
            found.append(PersonMention(name, span, org))
    return found


def zh_opening_speakers(text: str, span: Span) -> list[PersonMention]:
    """'星河科技高级工程师林澈分享了…', '云帆数据架构师 周岚 介绍了…': a Chinese paragraph right under a
    talk's heading that opens with its speaker, captioned by an organization or a job title, and a
    verb of speaking (data/speech_verbs.txt); also after a lead-in ('最后，', '开场演讲的'), with a
    Latin name in brackets or a comma before the verb ('…负责人李晓蕾（Jane Li），介绍了'), a dash before
    the name ('…项目负责人——林澈分享了'), words between the name and the verb ('林澈以一个案例介绍了'),
    or two captioned speakers ('星河科技专家林澈和云帆数据工程师周岚共同带来了'); or, in its first
    sentence, an organization, 的 and the name ('发布会上，青禾钢铁的周岚分享了…' under a customer
    case's heading)."""
    opening = _zh_opening(text)
    clause = ZH_CLAUSE_END.split(opening, maxsplit=1)[0]
    verb = zh_speech_verb().search(clause)
    if not verb or verb.start() > ZH_OPENING_CAPTION:
        return _zh_opening_org_of_speaker(text, span)
    who = _to_us_after_name().sub("", clause[:verb.start()]).strip()  # '…工程师许捷先生向大家展示了'
    for end in [len(who)] + [len(who) - gap for gap in range(1, ZH_OPENING_ASIDE + 1) if gap < len(who) and adverbial(who[-gap:])]:
        people = [_zh_captioned(part.strip(), span, end == len(who)) for part in re.split(r"和|与", who[:end])]
        if people and all(people):
            return people
    return _zh_opening_org_of_speaker(text, span)


ZH_LATIN_ASIDE = re.compile(r"\s*[(（][A-Za-z][^)）]{0,30}[)）]")  # '李晓蕾（Jane Li）': the name in Latin letters beside it
ZH_LEAD_IN = 4  # characters of an adverbial clause that may open the paragraph ('最后，', '紧接着，')
ZH_OPENING_ASIDE = 10  # characters between the opening speaker's name and the verb ('以一个交付案例', '共同')


def _zh_opening(text: str) -> str:
    """The paragraph's opening with what may stand around its speaker's caption taken out: a short
    adverbial clause or a talk noun and 的 before it, a Latin name in brackets and a comma after the
    name, a dash between the caption and the name."""
    lead = re.match(r"^(?P<words>[^，,。]{1,%d})[，,]\s*" % ZH_LEAD_IN, text)
    text = text[lead.end():] if lead and adverbial(lead.group("words")) else text
    text = ZH_TALK_NOUN_OF.sub("", text)  # '开场演讲的星河科技…'
    text = ZH_LATIN_ASIDE.sub("", text, count=1)
    text = ZH_COMMA_BEFORE_VERB.sub("", text, count=1)
    return re.sub(r"\s*[—–]{1,2}\s*(?=[\u4e00-\u9fff]{2,3})", "", text, count=1)


def _zh_captioned(who: str, span: Span, next_to_verb: bool) -> PersonMention | None:
    """A Chinese name that ends `who` after its caption: an organization or a job title the parser
    reads, or, right before the verb, a role word ending a longer caption without quotes
    ('…项目发起人及负责人林澈')."""
    person = parse_person(who, span) if CJK.search(who) else None
    if person and CJK.search(person.name) and who.endswith(person.name):
        caption = who[:-len(person.name)].strip()  # 'Contoso 核心 Maintainer 林澈': a project role captions too
        return person if person.organization or person.title or zh_role_end().search(caption) \
            or pattern("project_roles").search(caption) else None
    after_role = _zh_name_after_role().search(who) if next_to_verb and not re.search(r"[“”\"《》]", who) else None
    # the role word vouches for a name the parser does not know
    name = after_role.group("name") if after_role and not common_word(after_role.group("name")) else None
    if not name:
        return None
    org, title = split_affiliation(re.split(r"[、，,]", who[:-len(name)])[0].strip())
    return PersonMention(name, span, org, title)


@cache
def _zh_name_after_role() -> re.Pattern:
    return re.compile(rf"(?:{alternation(words('roles'))})\s*(?P<name>[\u4e00-\u9fff]{{2,3}})$", re.IGNORECASE)


@cache
def _to_us_after_name() -> re.Pattern:
    """The words between a speaker's name and the verb: an honorific or a doctor's title, then
    '向大家' ('姚凯老师向大家介绍'); the name ends where they begin."""
    return re.compile(rf"(?:{ZH_HONORIFICS}|博士)?\s*{ZH_TO_US}?\s*$")


def _zh_opening_org_of_speaker(text: str, span: Span) -> list[PersonMention]:
    sentence = ZH_SENTENCE_END.split(text, maxsplit=1)[0]
    found = zh_org_of_speaker(sentence, span) if "的" in sentence else []
    return found[:1] if found and sentence.find(found[0].name) <= ZH_OPENING_CAPTION else []


ZH_SENTENCE_END = re.compile(r"[。！？!?]")


ZH_VERBS = "|".join(re.escape(w) for w in zh_speech_verbs())
ZH_HONORIFICS = "|".join(re.escape(w) for w in words("honorifics") if not w.isascii())
ZH_TALK_NOUNS = "|".join(re.escape(w) for w in words("talk_nouns") if not w.isascii())
ZH_TALK_NOUN_STARTS = tuple(w for w in words("talk_nouns") if not w.isascii())
ZH_TALK_NOUN_OF = re.compile(rf"^[\u4e00-\u9fff]{{0,4}}(?:{ZH_TALK_NOUNS})的")
ZH_TALK_NOUN_AFTER = re.compile(rf"\s*的?(?:{ZH_TALK_NOUNS})")  # '“…”的演讲'
ZH_COMMA_BEFORE_VERB = re.compile(rf"[，,]\s*(?=(?:{ZH_VERBS}))")
ZH_TO_US = (rf"(?:{zh_words('为', '给', '向', '跟', '和')}(?:广大|廣大|现场|現場)?"  # 广 is written so in traditional text too
            rf"{zh_words('大家', '我们', '您', '观众', '听众', '与会者', '开发者')})")  # '为您分享「…」' in an announcement
# '林澈为大家带来', '周岚老师向大家做了', '林澈跟大家分享了', '林澈为广大观众解析了'
ZH_TITLED = zh_words("主题为", "题目为", "题为", "名为")  # '题为《…》': words that say a title follows
ZH_THEIR_TALK = re.compile(rf"\s*{zh_words('他', '她', '其')}的?(?:{ZH_TALK_NOUNS})?{zh_words('主题', '题目')}?"
                           rf"{zh_words('是', '为')}\s*")  # '…梁永生带来，他的演讲主题是《…》': the speaker is in the clause before
ZH_SPEAKS = re.compile(rf"(?:(?:{ZH_HONORIFICS}|博士)?\s*{ZH_TO_US}?(?:{ZH_VERBS}|以)"
                       rf"(?:{ZH_TALK_NOUNS})?(?:{ZH_TITLED}|一场|了|的)?|(?:{ZH_HONORIFICS})的|的(?:{ZH_TALK_NOUNS})"
                       rf"|(?:{ZH_HONORIFICS}|博士)?\s*(?:的(?:{ZH_TALK_NOUNS})?)?(?:{ZH_TITLED}))\s*$")
# '由林澈先生带来的《…》', '周岚老师为我们讲述《…》', '林澈同学为大家带来演讲《…》', '林澈同学的《…》', '林澈在大会上的演讲《…》',
# and the title said right after the name, with no verb: '林澈同学题为《…》的报告', '周岚老师的演讲题目为“…”'
ZH_TITLE = re.compile(r"《(?P<title>[^》]{2,120})》|“(?P<quoted>[^”\"“]{2,120})[”\"]"  # 《…》, or “…” said to be a title,
                      r"|「(?P<cornered>[^「」]{2,120})」|『(?P<white_cornered>[^『』]{2,120})』")  # also 「…」, 『…』 (quotes in traditional text)
ZH_TITLE_MARKS = re.compile(r"[《“「『]")


def zh_quoted_title(found: re.Match) -> str | None:
    """The title a ZH_TITLE match quotes ('“…”', '「…」' or '『…』'), None for a 《title》."""
    return found.group("quoted") or found.group("cornered") or found.group("white_cornered")


ZH_TITLE_SAID = re.compile(rf"(?:{ZH_TITLED}|{zh_words('带来')}[了的]?|的(?:{ZH_TALK_NOUNS}))\s*$")
# '题为“…”', '带来的“…”', '许坤在大会上的分享“…”'
ZH_AT_EVENT_OF = re.compile(r"\s*[在於于][^，,。；;《“]{2,40}?[上中]?的?\s*$")  # '许坤在 QCon 2024 北京的(分享)': where the talk was given
ZH_HANDLE = re.compile(r"\s*[(（][\w.@-]{2,30}[)）]\s*")  # '王康 (scateu) 带来': a nickname after the name
ZH_BROUGHT_BY = re.compile(rf"\s*{zh_words('的分享', '主题分享', '演讲')}?\s*[，,]?\s*由(?P<who>[^，。；《》]{{2,40}}?)\s*{zh_words('为大家')}?(?:{ZH_VERBS}|{zh_words('主讲')})")
ZH_VERB_CLAUSE = re.compile(rf"\s*{ZH_TO_US}?(?:{ZH_VERBS})了?\s*")  # '…周岚，跟大家分享了《…》': a clause that is only the verb
ZH_THEME_AFTER = re.compile(r"\s*(?:为|為|作为|作為)主[题題]")  # '沙龙以《…》为主题': the event's theme, no talk
ZH_SPEECH_VERB = re.compile(rf"{ZH_TO_US}?(?:{ZH_VERBS}|以)(?:{ZH_TALK_NOUNS})?(?:{ZH_TITLED}|一场|了)?\s*$")
MAX_ADVERBIAL = 6  # characters between a speaker's name and the verb of speaking ('在大会上', '随后也')


def _speaker_before_adverbial(clause: str) -> tuple[str | None, int | None]:
    """The name that ends just before the adverbial words that precede the clause's verb of
    speaking, and where it ends."""
    verb = ZH_SPEECH_VERB.search(clause)
    if not verb:
        return None, None
    before = clause[:verb.start()]
    for gap in range(1, MAX_ADVERBIAL + 1):
        name_end = len(before) - gap
        if name_end < 2 or not adverbial(before[name_end:]) or common_word(before[name_end - 1:name_end + 1]):
            continue  # '韩磊共同带来': 同 alone is no adverbial, the word 共同 is
        for size in (3, 2):
            name = person_name(before[max(0, name_end - size):name_end])
            if name:
                return name, name_end
    return None, None


def zh_speaker_before(clause: str, span: Span) -> PersonMention | None:
    """The speaker whose name ends the clause before a talk's title, just before the verb of
    speaking ('由林澈先生带来的', '主席林澈为大家带来演讲', '林澈同学的'), with the organization and
    job title the clause gives before the name."""
    tail = ZH_SPEAKS.search(clause)
    if not tail:
        return None
    name, name_end = _speaker_before_adverbial(clause)  # '孙志强则带来了', '林澈就为大家带来'
    before = clause[:name_end] if name else clause[:tail.start()]
    before = before[before.rfind("由") + 1:]  # '第一个演讲由 Contoso 主席林澈带来': the caption starts after 'by'
    before = _after_the_previous_speaker(before)
    if not name and tail.group().lstrip("的").startswith(ZH_TALK_NOUN_STARTS) and ZH_AT_EVENT_OF.search(before):
        before = ZH_AT_EVENT_OF.sub("", before)  # '技术专家许坤在 QCon 2024 北京的分享“…”': the talk given at an event
    latin = _latin_speaker(before, span)
    if latin:
        return latin
    captioned = parse_person(before, span)
    if captioned and captioned.title and before.endswith(captioned.title + captioned.name):
        return captioned  # '主席林澈': the role word ends before the name
    if not name:
        after_role = _zh_name_after_role().search(before)  # '…技术专家许坤': a role word ends the caption
        name = (after_role and person_name(after_role.group("name"))) or _zh_name_ending(before)
    elif captioned and captioned.name != name:
        captioned = None
    return captioned or (PersonMention(name, span) if name else None)


def _after_the_previous_speaker(caption: str) -> str:
    """'云帆科技产品经理林澈、云帆科技工程师周岚': two captioned speakers joined by 、; the caption of the one
    before the verb starts after the name that closes the other's; '研究员林澈、周岚' share one caption, and
    '云帆科技、星河数据专家周岚' joins two employers."""
    joined = caption.rfind("、")
    own = caption[joined + 1:]
    return own if joined > 0 and _zh_name_ending(caption[:joined].rstrip()) and not person_name(own) else caption


ZH_JOINERS = ("和", "与", "及", "、")  # words that join two names ('林澈和周岚')


def _zh_name_ending(text: str) -> str | None:
    """The Chinese name that ends the text, three characters or two, within its last word set apart
    by spaces ('工程师 赵' ends with no name, not 师赵); not a joiner glued to the name after it ('林澈和周岚'
    ends with 周岚, not 和周岚, though 和 is also a surname)."""
    text = text.split()[-1] if text.strip() else text
    three = person_name(text[-3:]) if len(text) >= 3 else None
    if three and three[0] in ZH_JOINERS and any(person_name(text[-3 - size:-3]) for size in (3, 2) if len(text) >= 3 + size):
        three = None
    return three or person_name(text[-2:])


ZH_NAME_BEFORE_JOINER = re.compile(r"(?P<piece>[^\s、，,。；;：:]{2,12})\s*[、和与]\s*$")  # '研究员 蒋浩天、': a name, then the word that joins the next


def zh_fellow_speakers(clause: str, speaker: PersonMention, span: Span) -> list[PersonMention]:
    """'…高级安全研究员 蒋浩天、王昊宇将带来议题《…》': the names joined by 、, 和 or 与 to the speaker's
    name that ends the clause before a talk's title, nearest last; they give it with the speaker,
    under the same caption. A fellow with a caption of their own ('产品经理林澈、高级工程师周岚为您分享')
    is read with it."""
    before = clause[:clause.rfind(speaker.name)]
    captioned = _captioned_fellow(before, speaker, span)
    if captioned:
        return [captioned]
    fellows = []
    while (joined := ZH_NAME_BEFORE_JOINER.search(before)):
        piece = joined.group("piece")
        name = person_name(piece) or next((person_name(piece[-size:]) for size in (3, 2)
                                           if len(piece) > size and person_name(piece[-size:])), None)
        if not name or not piece.endswith(name):
            break
        fellows.insert(0, PersonMention(name, span, speaker.organization, speaker.title))
        before = before[:joined.start("piece") + len(piece) - len(name)]
    return fellows


def _captioned_fellow(before: str, speaker: PersonMention, span: Span) -> PersonMention | None:
    """'Contoso 产品经理林澈、' before the speaker's own caption ('Contoso 高级工程师周岚'): the person
    whose caption and name come before the 、 that opens the speaker's caption."""
    joined = before.rfind("、")
    own = before[joined + 1:]
    if joined <= 0 or not (speaker.organization or speaker.title) or not own.strip() or person_name(own):
        return None
    previous = without_existential_lead_in(re.split(r"[，,。；;：:]", before[:joined])[-1])
    name = _zh_name_ending(previous.rstrip())
    fellow = parse_person(previous.strip(), span) if name else None
    return fellow if fellow and fellow.name == name and (fellow.organization or fellow.title) else None


def without_existential_lead_in(caption: str) -> str:
    """'届时将有星河科技产品经理林澈' -> '星河科技产品经理林澈': adverbs or times, then 有 ('there will be'),
    open the sentence before the caption; 有 alone first may begin a name ('有赞')."""
    pieces = dictionary_words(caption) if caption.strip() and CJK.match(caption.strip()) else []
    tags = [jieba_tags().get(piece, "x") for piece in pieces]
    lead = next((i for i, tag in enumerate(tags) if tag[:1] not in ("d", "t")), 0)
    return "".join(pieces[lead + 1:]) if lead and pieces[lead] in ("有", "还有") else caption


LATIN_NAME_ENDS = re.compile(r"(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})\s*$")


def _latin_speaker(caption: str, span: Span) -> PersonMention | None:
    """'Contoso 软件工程师 Jane Doe' before a Chinese verb of speaking: a name in Latin letters that
    ends the caption, the organization and job title the Chinese caption before it gives."""
    latin = LATIN_NAME_ENDS.search(caption)
    name = person_name(latin.group("name")) if latin else None
    if not name or not probably_a_person(name) or not CJK.search(caption):
        return None
    org, title = split_affiliation(caption[:latin.start()].strip()) if caption[:latin.start()].strip() else (None, None)
    return PersonMention(name, span, org, title)


@cache
def _talk_noun_then_clause() -> re.Pattern:
    return re.compile(rf"\s*的?\s*(?i:{alternation(words('talk_nouns'))})\s*[，,]\s*(?P<clause>[^，。；《“]{{2,60}})")


def speaker_in_next_clause(after: str, span: Span) -> PersonMention | None:
    """'《Title》的 Webinar，Contoso 售前工程师 Jane Doe 分享了…': a title a talk noun follows, then in
    the next clause its speaker before a verb of speaking."""
    named = _talk_noun_then_clause().match(after)
    verb = re.search(ZH_VERBS, named.group("clause")) if named else None
    return zh_speaker_before(named.group("clause")[:verb.end()], span) if verb else None


def zh_said_title(clause: str, after: str) -> bool:
    """A title in “” quotes in a Chinese sentence: said to be one ('题为“…”', '“…”的演讲'), brought
    as one ('带来的“…”') or spoken right after a verb of speaking when the quote closes the clause
    ('林澈，分享“…”；'; '介绍了“…”的概念' quotes a term); other quotes are themes, slogans and sayings."""
    return bool(ZH_TITLE_SAID.search(clause) or ZH_TALK_NOUN_AFTER.match(after) or ZH_SPOKEN_TO_US.search(clause)
                or ZH_SPOKEN_RIGHT_BEFORE.search(clause) and ZH_CLAUSE_CLOSES.match(after))


ZH_SPOKEN_RIGHT_BEFORE = re.compile(rf"(?:{ZH_VERBS})了?\s*$")  # '分享“…”', '分享了“…”'
ZH_CLAUSE_CLOSES = re.compile(r"\s*(?:$|[，,。；;！？!?])")


ZH_SPOKEN_TO_US = re.compile(rf"{ZH_TO_US}(?:{ZH_VERBS})了?\s*$")
"""'…周岚为您分享「…」', '林澈为大家讲解“…”': a quote that someone speaks to the audience about is the talk's title."""


def zh_title(quoted: re.Match) -> str:
    return (quoted.group("title") or zh_quoted_title(quoted)).strip()


@cache
def zh_speech_verb() -> re.Pattern:
    """A Chinese verb of speaking (see `zh_speech_verbs`)."""
    return re.compile(alternation(zh_speech_verbs()))


@cache
def zh_role_end() -> re.Pattern:
    """A role word ending the text, before a name ('…Contoso Committer 北岩')."""
    return re.compile(rf"(?:{alternation(words('roles'))})\s*$", re.IGNORECASE)


ZH_NAME_BOUNDARY = "的由是和与及、，,。；;：:！？!?（(）)“”\"《》—–-*_[] \t"  # what may stand right before a name


@cache
def _honored_name() -> re.Pattern:
    """Two to four Chinese characters, then a form of address, an academic rank or a doctor's
    degree said after a name ('林澈老师', '周岚副教授', '何平博士')."""
    said_after = [w for w in words("honorifics") + words("academic_ranks") + words("degrees") if CJK.search(w)]
    return re.compile(rf"(?P<run>[\u4e00-\u9fff]{{2,4}}?)(?:副|助理)?(?:{alternation(said_after)})(?!们)")


@cache
def _taking_part() -> re.Pattern:
    """A verb or noun of speaking, hosting, addressing or judging (data/speech_verbs.txt,
    talk_nouns.txt, part_taking_verbs_zh.txt)."""
    return re.compile(alternation(list(zh_speech_verbs()) + [w for w in words("talk_nouns") if CJK.search(w)]
                                  + list(words("part_taking_verbs_zh"))))


def _name_ending_at_boundary(text: str, end: int) -> str | None:
    """The name of three or two characters that ends at `end` and starts where a mark, a space, a
    joiner or 的/由/是 stands, or an organization's head word ends ('星河大学林澈老师'), or the text
    starts: '，林澈博士', '的周岚先生', not '最后龙老师'."""
    for size in (3, 2):
        start = end - size
        if start < 0 or start > 0 and text[start - 1] not in ZH_NAME_BOUNDARY and not _org_head_end().search(text, 0, start):
            continue
        name = text[start:end]
        if re.fullmatch(r"[\u4e00-\u9fff]+", name) and person_name(name) == name and not common_word(name):
            return name
    return None


@cache
def _org_head_end() -> re.Pattern:
    """An organization's head word ending the text ('…大学', '…研究院'; data/org_heads.txt)."""
    return re.compile(rf"(?:{zh_org_heads()})$")


def _organization_before(text: str, start: int) -> str | None:
    """'由星河大学林澈老师': the organization whose head word ends right before the name, after any
    preposition, when it reads as one; none when a joiner was cut from it."""
    if not _org_head_end().search(text, 0, start):
        return None
    phrase = ZH_PHRASE_BREAK.split(text[:start])[-1].strip(" *_-")
    org = after_prepositions(phrase)
    if org != phrase and phrase[:len(phrase) - len(org)].endswith(ZH_JOINERS):
        return None  # '计算机科学与技术学院': 与 joins a school's subjects, where the name begins is unsure
    return org if org and is_org(org) else None


def zh_honored_participants(text: str, span: Span) -> list[PersonMention]:
    """'最后，林澈博士代表星河社区致辞', '——周岚老师浅谈了…', '韩磊、何平老师贺信致辞': a name set
    apart before a form of address, rank or degree said after it (data/honorifics.txt,
    academic_ranks.txt, degrees.txt), with the names joined to it by 、 or 和, in a sentence whose
    words after the name say it speaks, hosts, addresses or judges; not after a thank-you ('感谢…').
    The name must start at a mark, a joiner or 的/由/是, so no word's tail reads as one."""
    found = []
    if not _honored_name().search(text):
        return found
    for sentence in re.split(r"[。！？!?；;\n]", text):
        for match in _honored_name().finditer(sentence):
            if not _taking_part().search(sentence, match.end()) or _thanked_before(sentence, match.start()):
                continue
            name = _name_ending_at_boundary(sentence, match.end("run"))
            at = match.end("run") - len(name) if name else 0
            while name:
                found.append(PersonMention(name, span, _organization_before(sentence, at)))
                if at < 3 or sentence[at - 1] not in "、和与":
                    break
                name = _name_ending_at_boundary(sentence, at - 1)
                at = at - 1 - len(name) if name else 0
    return found


def _thanked_before(sentence: str, at: int) -> bool:
    """'感谢星河大学周岚教授对会议的支持': a word of thanks (data/thanking_words_zh.txt) before the name."""
    return any(word in sentence[:at] for word in words("thanking_words_zh"))


@cache
def _told_verbs() -> tuple[str, ...]:
    """The verbs of speaking said as done, with 了 after a stem of two characters that is itself one
    ('分享了', '介绍了', '讲解了'; not '做了', whose stem does anything)."""
    return tuple(verb for verb in zh_speech_verbs()
                 if verb.endswith("了") and len(verb) >= 3 and verb[:-1] in zh_speech_verbs())


@cache
def _clause_start_speaker() -> re.Pattern:
    return re.compile(rf"(?:^|(?<=[，。；：,;:\s—》）)]))(?P<name>[\u4e00-\u9fff]{{2,3}}?)(?={alternation(_told_verbs())})")


def _plain_given_name(name: str) -> bool:
    """'许南星', '林澈': what follows the surname is no dictionary word of another class ('向大家',
    '从家里', '后训练') nor a lone function character."""
    given = name[2:] if name[:2] in surnames() else name[1:]
    tag = jieba_tags().get(given)
    return tag is None or tag[:2] == "nr" if len(given) > 1 else (tag or "x")[:1] not in "prcudmq"


def zh_clause_speakers(text: str, span: Span) -> list[PersonMention]:
    """'…，许南星分享了…实践,林澈介绍了…': a name that opens a clause (after a mark, a space or at the
    start) right before a verb of speaking said as done (`_told_verbs`), anywhere in a paragraph."""
    return [PersonMention(match.group("name"), span) for match in _clause_start_speaker().finditer(text)
            if person_name(match.group("name")) == match.group("name") and not common_word(match.group("name"))
            and _plain_given_name(match.group("name"))]


ZH_NAME_AFTER_HANDLE = re.compile(r"(?<![A-Za-z0-9_.@-])(?<![A-Za-z0-9] )[A-Za-z][A-Za-z0-9_.-]{1,20}\s?[(（](?P<name>[\u4e00-\u9fff]{2,3})[)）]")


def zh_names_after_handles(text: str, span: Span) -> list[PersonMention]:
    """'主讲人有来自星河开源社区的lc（林澈）、zl（周岚）', '主持人jht（蒋浩天）宣布…': a Latin handle, then a
    Chinese name in brackets. A community's recap calls its people by the names they go by online and
    gives their own names beside them, so the bracket names a person (one the surname list reads,
    no dictionary word); not in a sentence that only thanks them ('感谢…'), nor after the last of
    several Latin words ('AI Tower（东塔）' is a building's name in both scripts)."""
    found = []
    for sentence in re.split(r"[。！？!?；;\n]", text) if "（" in text or "(" in text else ():
        for match in ZH_NAME_AFTER_HANDLE.finditer(sentence):
            name = match.group("name")
            if person_name(name) == name and not common_word(name) and not _thanked_before(sentence, match.start()):
                found.append(PersonMention(name, span))
    return found
