"""Part of stage 2b, recognize layouts: the people layouts, blocks -> people. Speaker labels
('讲师：姓名 单位职位', 'Speakers: A (Org), B (Org)') and the affiliation labels under them;
biographies under a 嘉宾介绍 / 'Speaker Bios' label and the person each opens with; people sections
and their name headings ('## 主讲嘉宾介绍' over '### 姜宁'); speakers pages (a name heading over a
job title line); the headings, labels and sentences that introduce a list of people, and lines of
names alone; a meeting's attendance roll ('Attendees: …') and the agenda items its attendees
present by first name. layouts.py and titled_talks.py read talks with them; people_lists.py reads
the people listed under a heading or a roster (`listed_people`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from functools import cache

from rapidfuzz.distance import OSA

from ..writing import CJK
from .classify import (
    career_step,
    ends_in_a_degree,
    first_name,
    has_function_character,
    is_org,
    is_role,
    parse_people,
    parse_person,
    person_name,
    plain_words,
    probably_a_person,
    split_affiliation,
    well_known,
    zh_org_heads,
)
from .model import PersonMention, Span
from .organizations import biography
from .segment import Block
from .talk_lines import MAX_TITLE, labelled_people, line_label, line_label_and_value, named_list, presenters_at_end
from .wordlists import alternation, label_pattern, labels


def reads_as_person(text: str) -> bool:
    name = person_name(text)
    return name == text and not is_org(text) and probably_a_person(name)


EMAIL_IN_BRACKETS = re.compile(r"\s*[(（\[]\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[)）\]]")
SENTENCE_END = re.compile(r"(?<=[a-z0-9)]{2}[.;])\s+(?=[A-Z])")  # not after an initial ('Jeffrey D. Brown')
NAME_BEFORE_VERB = re.compile(r"^((?:[A-Z][\w'’-]+\.?\s+){1,3}[A-Z][\w'’-]+)\s+[a-z]")


def bio_person(text: str, span: Span) -> PersonMention | None:
    """The person a biography paragraph opens with: 'Speaker Name: Jane Doe (jane@contoso.com),
    Contoso Labs …', 'Jane Doe, Contoso Labs. Jane is …', or a name and then a verb ('Jane Doe
    graduated from …', 'Jane Doe is the …')."""
    label = label_pattern("speaker").match(text)
    text = EMAIL_IN_BRACKETS.sub("", label.group("value") if label and label.group("value") else text)
    named = re.match(r"[^,，(（]{3,40}", text)
    again = text.find(named.group(0).strip(), named.end()) if named else -1
    text = text[:again] if again > 0 else text  # 'Jane Doe, Contoso Labs Jane Doe is …': the biography starts again
    person = parse_person(first_clause(SENTENCE_END.split(text)[0]), span)
    opening = NAME_BEFORE_VERB.match(text)
    person = person or (parse_person(opening.group(1), span) if opening else None)
    if person and person.organization and (biography().search(person.organization) or career_step().match(person.organization)):
        person.organization = None  # '张三，毕业于…', '李四，2015年加入…': a career, not where they work
    return person


def first_clause(text: str) -> str:
    """A bio's opening: '陈静，Fabrikam 团队负责人，主要负责…' -> '陈静，Fabrikam 团队负责人'."""
    parts = re.split(r"(?<=[，,])", text, maxsplit=2)
    return "".join(parts[:2]).rstrip("，,") if len(parts) > 1 else re.split(r"[。.;；]", text)[0]


SPEAKER_LABELS = ("speaker", "lead")  # who gives a talk, or leads a session ('Lead:', 'Topic Facilitator(s):')


def labelled_speakers(blocks: list[Block]) -> list[PersonMention]:
    """'讲师：姓名 单位职位', 'Speakers: A (Org), B (Org)', 'Lead: Name', and the people a people
    label lists ('Note takers: A, B', 'Volunteers: …') anywhere in the text."""
    found = []
    for index, block in enumerate(blocks):
        kind, value = line_label_and_value(block.text)
        if value and kind in SPEAKER_LABELS:
            people = labelled_people(value, block.span)
            if len(people) == 1 and not people[0].organization:
                _affiliation_from_labels_below(people[0], blocks[index + 1:index + 1 + AFFILIATION_WINDOW])
            found += people
        elif value and kind == "people":
            found += named_list(value, block.span)
    return found


AFFILIATION_WINDOW = 3  # blocks after a speaker label in which the labels that give the speaker's affiliation stand


def _affiliation_from_labels_below(person: PersonMention, following: list[Block]) -> None:
    """'讲师：林澈' then '公司：云帆数据' or '个人介绍：云帆数据高级工程师，…' (perhaps opening with
    the name again): the labels under a speaker label give the speaker's organization and title."""
    for block in following:
        kind, value = line_label_and_value(block.text)
        if block.is_title or kind in SPEAKER_LABELS or kind == "talk":
            return
        if kind == "affiliation" and value and not person.organization:
            person.organization = value.strip()
        elif kind == "bio" and value:
            own = re.sub(rf"^\s*{re.escape(person.name)}\s*(?:[，,:：|]|[-–—]\s)?\s*", "", value)
            described = _biography_of(person.name, own, block.span)
            if described:
                person.organization = person.organization or described.organization
                person.title = person.title or (described.title if described.title and is_role(described.title) else None)
            return


def _biography_of(name: str, text: str, span: Span) -> PersonMention | None:
    """A biography read as `name`'s ('（花名：北岩），云帆数据高级工程师，…' under '### 林澈'): the person it
    describes, with organization and job title, when that person is `name`."""
    opening = text if not CJK.search(name) else f"{name}，{INTRO_ASIDE.sub('', text)}"  # 'Jane Doe is a … at …' names them itself
    described = bio_person(opening, span)
    return described if described and described.name == name else None


def bio_people(blocks: list[Block]) -> list[PersonMention]:
    """The paragraphs under a 嘉宾介绍 / 个人简介 / 'Speaker Bios' label (or a heading that ends in
    one: '主讲嘉宾介绍') each start with a person's name; and a people section's name headings
    (see `_named_titles`)."""
    found = []
    bio_words = {w.casefold() for w in labels("bio")}
    under_bio = None  # the level of the heading over the biographies (0: a label line)
    for index, block in enumerate(blocks):
        if block.kind == "heading" and people_section(block.text, ("bio",)):
            under_bio = block.level
            continue
        if block.text.strip(" *:：").casefold() in bio_words or block.kind == "bold" and people_section(block.text, ("bio",)):
            under_bio = 0  # a label, or a bold line that ends in one ('**嘉宾及讲师介绍**')
            continue
        if under_bio is not None and block.kind in ("paragraph", "item", "bold"):
            person = _name_over_bio(block, blocks[index + 1:index + 2]) or bio_person(block.text, block.span)
            if person:
                found.append(person)
        elif block.is_title and not _within_section(block, under_bio):
            under_bio = None
    return found + [person for _, person in headed_speakers(blocks)] + _named_titles(blocks)


COUNTED = re.compile(r"[一二三四五六七八九十两几多]+[个名位家]")  # '一个 Rust 初学者': a count opens a description


def _name_over_bio(block: Block, following: list[Block]) -> PersonMention | None:
    """'张晓辉：' alone over the paragraph of his biography, under a label of biographies: the person,
    with the organization and job title the biography opens with (an opening with a function word,
    a count, '一个 Rust 初学者', or a function word, '铜锁项目核心成员之一', describes them and names no organization)."""
    if not block.text.rstrip().endswith((":", "：")) or not CJK.search(block.text):
        return None
    names = names_alone_in_title(block.text)
    if len(names) != 1:
        return None
    person = PersonMention(names[0], block.span)
    bio = following[0] if following and following[0].kind == "paragraph" else None
    described = _biography_of(person.name, bio.text, bio.span) if bio else None
    if described and not has_function_character(described.organization or "") and not COUNTED.match(described.organization or ""):
        person.organization, person.title = described.organization, described.title
    return person


def _within_section(block: Block, level: int | None) -> bool:
    """A title that goes on a section of people headed at this level: a name alone, a number
    ('### 2'), or a heading below the section's."""
    return level is not None and (bool(names_alone_in_title(block.text)) or bool(SECTION_NUMBER.fullmatch(block.text))
                                  or block.kind == "heading" and 0 < level < block.level)


PEOPLE_SECTIONS = ("speaker", "bio", "people")  # label classes whose word ends a heading over a section of people
SECTION_NUMBER = re.compile(r"\s*\d{1,2}\s*")  # '### 2': a numbered part of a section
TITLE_NAMES_BREAK = re.compile(r"\s*[/／、&]\s*")  # '杨帆/周岚': two people under one heading


@cache
def _people_section_end(kinds: tuple[str, ...]) -> re.Pattern:
    entries = [word for kind in kinds for word in labels(kind)]
    return re.compile(rf"(?:{alternation(entries)})s?\s*\d{{0,2}}\s*[:：]?$", re.IGNORECASE)


def people_section(text: str, kinds: tuple[str, ...] = PEOPLE_SECTIONS) -> bool:
    """A heading that names a section of people by its last word: '主讲嘉宾介绍', '暖场嘉宾',
    '圆桌嘉宾', '主题分享嘉宾1', 'Keynote Speakers'."""
    text = text.strip(" *#")
    return len(text) <= MAX_SECTION_HEADING and _people_section_end(kinds).search(text) is not None


MAX_SECTION_HEADING = 30


def names_alone_in_title(text: str, vouched: Callable[[str], bool] = probably_a_person) -> list[str]:
    """'姜宁', '**周岚**：', '杨帆/周岚', 'Jane Doe': a title that is only the names of people (a Latin
    one whole, no word of it naming an organization, each name vouched for: by probablepeople, or
    by the biography under it)."""
    parts = TITLE_NAMES_BREAK.split(text.strip(" *#:："))
    names = [person_name(part) for part in parts]
    if not all(names):
        return []
    return names if CJK.search(text) or all(name == part.strip() and not is_org(part) and vouched(name)
                                             for name, part in zip(names, parts)) else []


BIO_WINDOW = 3  # blocks under a name heading in which the biography that opens with the name starts


def _named_titles(blocks: list[Block]) -> list[PersonMention]:
    """In a section headed by a word for people ('## 主讲嘉宾介绍', '## 暖场嘉宾'), each heading or
    bold line that is a name alone ('### 姜宁', '**周岚**：') is a person; the paragraph under it is
    their biography, whose opening gives their organization and job title. A title that is no name
    ends the section, unless it is a number ('### 2') or a heading below the section's ('### 羡辙')."""
    found = []
    section = None  # the level of the people section's heading
    for index, block in enumerate(blocks):
        if block.kind == "heading" and (section is None or block.level <= section) and people_section(block.text):
            section = block.level
            continue
        if section is None or not block.is_title:
            continue
        if block.kind == "bold" and found and found[-1].span.first == blocks[index - 1].number:
            if is_role(block.text):  # '### Jane Doe' over '**Staff Engineer**': her job
                found[-1].title = found[-1].title or block.text.strip()
            continue
        if not _within_section(block, section):
            section = None
            continue
        bio = next((b for b in blocks[index + 1:index + 3] if not b.is_title), None)
        opening = next((b for b in itertools.takewhile(lambda b: b.kind != "heading", blocks[index + 1:index + 1 + BIO_WINDOW])
                        if b.kind == "paragraph" and b.text.startswith(f"{block.text.strip()} ")), None)
        bio = opening or bio  # 'Jane Doe is …' under her name, perhaps below a line with her job
        names = names_alone_in_title(block.text, lambda name: probably_a_person(name) or opening is not None)
        for name in names:
            person = PersonMention(name, block.span)
            if len(names) == 1 and bio is not None and bio.kind == "paragraph":
                described = _biography_of(name, bio.text, bio.span)
                if described:
                    person.organization, person.title = described.organization, described.title
            found.append(person)
    return found


HEADED_SPEAKERS = 3  # headings over a job title line from which a page is read as its speakers' biographies
MAX_AFFILIATION_LINE = 120
AFFILIATION_DASH = re.compile(r"\s+[-–—|]+\s+")


def headed_speakers(blocks: list[Block]) -> list[tuple[int, PersonMention]]:
    """A speakers page: each heading a person's name over a line that gives their job title and
    organization ('### Jane Doe' then '_Principal Engineer - Contoso_'); three or more on a page.
    (index of the heading, person)."""
    found = []
    for index, block in enumerate(blocks[:-1]):
        following = blocks[index + 1]
        name = person_name(block.text.strip()) if block.kind == "heading" and not is_org(block.text) else None
        if not name or following.kind != "paragraph" or len(following.text) > MAX_AFFILIATION_LINE \
                or following.text.endswith("."):
            continue
        line = following.text.split(" / ")[0].strip(" _*")  # 'Founder - Contoso / Professor - …': the first
        parts = AFFILIATION_DASH.split(line)
        org, title = (parts[1], parts[0]) if len(parts) == 2 and not is_role(parts[1]) else split_affiliation(line)
        if title or org:
            found.append((index, PersonMention(name, block.span, org, title)))
    return found if len(found) >= HEADED_SPEAKERS else []


PEOPLE_HEADINGS = ("speaker", "lead", "people", "organizer", "host", "bio", "attendance")


@cache
def people_words() -> re.Pattern:
    """The label words that name people ('speakers', 'organizers', 'team', '嘉宾'), in a sentence
    ('lead' there is mostly a verb or an adjective)."""
    entries = [word for kind in PEOPLE_HEADINGS if kind not in ("lead", "attendance")  # 'present', 'attending'
               for word in labels(kind) if len(word) > 2 or CJK.search(word)]
    return re.compile(rf"(?:{alternation(entries)})s?", re.IGNORECASE)


@cache
def _group_tail() -> re.Pattern:
    """The end of a heading that names a group of people after whose it is ('Contoso Summit 2025
    Organizing Committee', 'PyDay Organizers'): a people label of two words or more, or an organizers' one."""
    entries = [word for kind in ("people", "organizer") for word in labels(kind)
               if not CJK.search(word) and (" " in word or kind == "organizer")]
    return re.compile(rf"(?i)\S\s+(?:{alternation(entries)})\s*[:：]?\s*$")


def introduces_people(text: str) -> bool:
    """A line that ends with a colon after a word for people ('… our guest speakers, including:', '特邀讲师：')."""
    return text.rstrip(" *").endswith((":", "：")) and bool(people_words().search(text))


def names_a_group(text: str) -> bool:
    """'PyDay Organizers', '展台团队', '3. 志愿者团队': a group of people, no talk (a longer Chinese heading
    that ends so, '如何打造高效研发团队', is a title)."""
    short_zh = CJK.search(text) and len(NUMBERING.sub("", text.strip(" *"))) <= MAX_ZH_GROUP
    return len(text) <= MAX_TITLE and (_group_tail().search(text.strip(" *")) is not None
                                       or bool(short_zh and people_section(NUMBERING.sub("", text), ("people",))))


MAX_ZH_GROUP = 6  # characters of a Chinese heading that names a group ('志愿者团队')
NUMBERING = re.compile(r"^\s*\d{1,2}[.、)]\s*")


MAX_NAMES_LINE = 300  # characters of a line under a people heading that lists names alone


def names_alone(text: str, span: Span) -> list[PersonMention]:
    """'Jane Doe, Wei Chen, Omar Haddad': a line that lists several people and nothing else."""
    people = parse_people(text, span) if "," in text and len(text) <= MAX_NAMES_LINE else []
    return people if len(people) > 2 and not any(person.organization or person.title for person in people) else []


MIN_ROLL = 3  # names in a paragraph under an attendance heading from which it is the roll
MAX_ROLL_LINE = 2000  # characters of a roll written as one paragraph ('Attendees (35 total)')


def roll_names(text: str, span: Span) -> list[PersonMention]:
    """The paragraph under a meeting's attendance heading that lists who came, apart by commas
    ('Tom Berg, Ana Ruiz, Wei Chen, fberg, Kim Lee.'): every part that is a person's name, when
    most of them are (a handle or a first name alone among them is no person of its own)."""
    if len(text) > MAX_ROLL_LINE or text.count(",") + text.count("，") + text.count("、") < MIN_ROLL - 1:
        return []
    parts = [part.strip(" .。") for part in re.split(r"[,，、;；]", text) if part.strip(" .。")]
    full = [part for part in parts if " " in part or CJK.search(part)]  # a handle or a first name alone is judged by none
    names = [name for name in (person_name(part) for part in full if not is_org(part)) if name]
    if len(names) < MIN_ROLL or len(names) * 3 < len(full) * 2:
        return []
    return one_per_person([PersonMention(name, span) for name in dict.fromkeys(names)])


TYPO_TWIN_LETTERS = 8  # a name this long written with one letter wrong, left out, added or swapped is the same name


def typo_twins(first: str, second: str) -> bool:
    """'Jon Smith' / 'Jon Smtih', 'kate Lee' / 'Kate Lee', 'Dana Whitfeld' / 'Dana Whitfield': the same name
    but for its case or one edit (of a name of eight letters or more)."""
    a, b = first.casefold(), second.casefold()
    return a == b or sum(c.isalpha() for c in a) >= TYPO_TWIN_LETTERS and OSA.distance(a, b) == 1


def one_per_person(roll: list[PersonMention]) -> list[PersonMention]:
    """The people of a meeting's roll, each once: of two entries that are one name written twice by a typo
    or in another case, with the same organization or none, the one written with more capitals stays
    ('Kate Lee' over 'kate Lee'), else the first."""
    kept: list[PersonMention] = []
    for person in roll:
        twin = next((i for i, other in enumerate(kept) if typo_twins(other.name, person.name)
                     and (not other.organization or not person.organization or other.organization == person.organization)), None)
        if twin is None:
            kept.append(person)
        elif sum(map(str.isupper, person.name)) > sum(map(str.isupper, kept[twin].name)):
            kept[twin] = person
    return kept


def labelled_roll(block: Block) -> list[PersonMention]:
    """'Attendees: Tom Berg, Ana Ruiz, Wei Chen': the roll on the line of its label."""
    if block.kind not in ("item", "paragraph") or not re.search(r"[:：]", block.text[:MAX_LABEL_AT]):
        return []
    kind, value = line_label_and_value(block.text)
    return roll_names(value, block.span) if kind == "attendance" and value else []


MAX_LABEL_AT = 40  # characters before the colon of a labelled roll


def first_name_presenters(text: str, span: Span, given: dict[str, str]) -> tuple[str, list[PersonMention]] | None:
    """An item of a meeting's agenda that ends with who presents it, by first names ('Data Sheets
    (Gopi)'); each is the attendee of that first name when the roll names one alone."""
    found = presenters_at_end(text)
    if not found or not all(first_name(name) or reads_as_person(name) and not plain_words(name) for name in found[1]):
        return None
    title, names = found
    return title, [PersonMention(given.get(name, name), span) for name in names]


def keeps_a_roll(blocks: list[Block]) -> bool:
    """The notes of a meeting: a heading or a line that takes the roll ('## Attendees', 'Present: …')
    over three names or more (an event page's '#### Attendees:' over what to expect is none)."""
    for index, block in enumerate(blocks):
        if block.kind not in ("heading", "bold", "item", "paragraph") or line_label(block.text.strip(" *:：")) != "attendance":
            continue
        value = line_label_and_value(block.text)[1]
        below = [] if value else itertools.takewhile(lambda b: not b.is_title, blocks[index + 1:index + 1 + ROLL_WINDOW])
        names = len(roll_names(value, block.span)) if value else \
            sum(len(roll_names(b.text, b.span)) if b.kind == "paragraph" else bool(person_name(b.text.split(",")[0]))
                for b in below)
        if names >= MIN_ROLL:
            return True
    return False


ROLL_WINDOW = 40  # blocks under an attendance heading in which its names stand


INTRO_ASIDE = re.compile(r"^\s*(?:[(（][^)）]{0,40}[)）]\s*)?(?:[，,]\s*花名[^，。,]{0,40})?")  # '（花名：北岩）', '，花名北岩'


ZH_BIO_LABEL = "简介"  # '**简介：** 郁彬，…': the word that labels a biography (beside data/labels.txt's bio labels)
ZH_BIO_OPENING = re.compile(rf"^(?:\**(?:{alternation((ZH_BIO_LABEL, *(w for w in labels('bio') if CJK.search(w))))})\s*[:：]\s*\**\s*)?"
                            r"\**(?P<name>[\u4e00-\u9fff]{2,4}?)\**(?:先生|女士|老师|教授|博士|同学|(?=是|现任|现为|目前|[，,]))")
ZH_CURRENT_POST = re.compile(r"^(?:现任职?于?|现为|现担任|目前担任|目前任职?于?|目前是|现就职于)")
ZH_POST_AT = re.compile(r"^(?:目前|现)?[在于](?P<org>[^，,。；]{2,30}?)(?:担任|任职|出任|工作，?任)(?P<title>[^，,。；]{2,20})")


def bio_affiliations(blocks: list[Block], found: list[PersonMention]) -> None:
    """'李英浩先生是美国某大学应用经济学硕士，现任融360首席风险官。', '周旷是西北工业大学理学院的助理
    教授。', '**陈再毅**，…目前在菜鸟网络担任高级算法专家。': a paragraph that opens with the name of a
    person found without an organization is their biography; its current post ('现任…', '目前在 X 担任
    Y'), else the first clause after 是 that holds a job title (not a degree: that says where they
    studied), gives their organization and job title."""
    waiting = {person.name: person for person in found if not person.organization and CJK.match(person.name[:1])}
    for block in blocks if waiting else ():
        opening = ZH_BIO_OPENING.match(block.text) if block.kind == "paragraph" else None
        person = waiting.get(opening.group("name")) if opening else None
        post = _post_in_biography(block.text[opening.end():]) if person else None
        if post:
            person.organization, person.title = post[0], person.title or post[1]
            del waiting[person.name]


def _post_in_biography(text: str) -> tuple[str, str | None] | None:
    """The organization and job title of a biography's first sentences: the post it says is current
    ('现任…', '目前在 X 担任 Y') before the first clause that holds one."""
    clauses = [clause.strip() for sentence in re.split(r"[。；;]", text)[:3] for clause in re.split(r"[，,]", sentence)]
    current = [_post_of(ZH_CURRENT_POST.sub("", clause), said_current=True) for clause in clauses if ZH_CURRENT_POST.match(clause)]
    at = [(match.group("org"), match.group("title")) for clause in clauses for match in [ZH_POST_AT.match(clause)] if match]
    first = next((post for clause in clauses[:3] for post in [_post_of(re.sub(r"^是", "", clause))] if post), None)
    return next((post for post in current + at if post), None) or first


def _post_of(clause: str, said_current: bool = False) -> tuple[str, str] | None:
    """'西北工业大学理学院应用数学系的助理教授', '科大讯飞大数据研究院副院长' -> (organization, job title);
    None for a degree ('…应用经济学硕士'), a career step or words that name no organization (unless
    the biography says it is the current post: '现任融360首席风险官')."""
    org, _, title = clause.partition("的") if "的" in clause else ("", "", "")
    if not (org and title and is_role(title)):
        org, title = split_affiliation(clause)
    if not (org and title and is_role(title)) or ends_in_a_degree(title) or career_step().match(clause) or len(org) > 30:
        return None
    if not (said_current or _holds_an_org_head(org) or org in well_known() or not CJK.search(org)):
        return None
    return org.strip(), title.strip()


def _holds_an_org_head(org: str) -> bool:
    """'安徽建筑大学', '西北工业大学理学院应用数学系': an organization's head word (data/org_heads.txt)
    stands in the words; an industry word alone ('Erda 数据' of 'Erda 数据团队负责人') makes no employer."""
    return bool(re.search(zh_org_heads(), org))
