"""Stage 2, extract (organizations): which organizations a recap names as taking part.

Registry names found in the text; phrases that end in an organization head ('… University',
'…社区'); well-known organizations; names described as one ('Contoso, a cloud storage provider');
the other names of an enumeration of organizations; logo walls; organizers and speakers'
affiliations. Not counted: venues named after their city, former employers in a biography,
units of an organization already named, descriptions ('不同公司').
"""

from __future__ import annotations

import itertools
import re
import sys
from functools import cache, lru_cache

from anyascii import anyascii

from ..slug import slugify
from ..writing import CJK, LATIN
from . import places
from .classify import (
    POSSESSIVE_END,
    after_function_words,
    clean_organization,
    common_given_name,
    common_noun_alone,
    common_word,
    describes,
    dictionary_word,
    dictionary_words,
    given_name_anywhere,
    has_function_character,
    head_alone,
    is_org,
    is_role,
    jieba_tags,
    latin_org_heads,
    person_name,
    plain_words,
    probably_a_person,
    starts_with_surname,
    well_known,
    widely_given_name,
    word_starts,
)
from .dates import MONTHS
from .lexicon import Lexicon
from .model import Extraction, Found, Span
from .read import CELL_LINE
from .segment import Block
from .talk_lines import talk_nouns
from .wordlists import alternation, casefolded, label_pattern, labels, pattern, words


@cache
def biography() -> re.Pattern:
    """A block that introduces a speaker or a talk: it opens with an introduction label, or tells a
    career ('毕业于', '10 年…经验', 'before joining')."""
    career = words("career_words")
    chinese = "|".join(re.escape(word) for word in career if CJK.search(word))
    latin = "|".join(re.escape(word) for word in career if not CJK.search(word))
    return re.compile(rf"^(?:{'|'.join(map(re.escape, words('introductions')))})|\d+\s*年.{{0,12}}经验|{chinese}|"
                      rf"(?i:\b(?:{latin})\b)")


@cache
def _event_after() -> re.Pattern:
    """'Contoso China' in 'Contoso China Day', 'Contoso' in 'Contoso Regional Summit' name events, not organizations."""
    return re.compile(rf"\s+(?:(?-i:[A-Z][A-Za-z]+)\s+){{0,2}}(?:{alternation(words('event_words'))})", re.IGNORECASE)  # not '… and conference


def organizations(blocks: list[Block], result: Extraction, lexicon: Lexicon) -> list[Found]:
    """Organizations that took part: registry names found in the text, phrases that end in an
    organization head ('… University', '…社区') or name a well-known organization, organizers, and
    speakers' affiliations. Not what a line only mentions in passing (see `taking_part`)."""
    found: dict[str, Found] = {}
    people = tuple(f"{person.name} " for person in result.people if LATIN.match(person.name))
    named_people = {person.name for person in result.people if not plain_words(person.name)}  # not a person 'Red Hat'

    def add(name: str, span: Span, registered: bool = False):
        for each in affiliated_organizations(name):
            add_one(each, span, registered)

    def add_one(name: str, span: Span, registered: bool):
        name = clean_organization(name)
        if name in named_people or not registered and common_noun_alone(name):  # a person the page names; '客户端': a line of work
            return
        if name and name.startswith(people):  # a caption's 'Jane Doe Contoso Systems': the person, then the name
            name = name[next(len(p) for p in people if name.startswith(p)):]
        if name and len(name) <= 80 and not venue_by_kind(name):
            found.setdefault(name.casefold(), Found(name, span))

    titles = _titles_by_line(result)
    texts = [taking_part(block.text, titles.get(block.number, ())) for block in blocks]
    for line, whole in zip(blocks, texts):
        if biography().search(whole) or _column_labels(line) or _place_line(whole):
            continue
        for text in CELL_BREAK.split(whole):  # a name never runs on from one table cell, or a cell's line, into the next
            for offset, _, written in lexicon.find("organizations", text):
                if not only_named(text, offset, offset + len(written)) and not former_employer(text, offset):
                    add(written, line.span, registered=True)
            for name in organization_mentions(text):
                add(name, line.span)
    for block, text in zip(blocks, texts):
        enumerated = (enumerated_organizations(text) if "等" in text else []) + (speakers_from(text) if "来自" in text else []) \
            + (organizations_included(text) if "的" in text else []) + (acting_teams(text) if "团队" in text else []) \
            + (latin_origins(text) if "来自" in text else []) + (own_events_zh(text, texts) if CJK.search(text) else []) \
            + (thanked_supporters_zh(text) if "谢" in text else [])
        for name in described_organizations(text) + list_mates(text, set(found)) + enumerated:
            add(name, block.span)
        for name in people_from(block.text):
            add(name, block.span)
    for block, names in sponsor_items(blocks):
        for name in names:
            add(name, block.span)
    for logo in sponsor_logos(blocks, result.images):
        add(logo.value, logo.span)
    for block in logo_wall(blocks):
        add(re.sub(r"\s+[\u4e00-\u9fff]+$", "", block.text) if LATIN.search(block.text) else block.text, block.span)
    for organizer in result.organizers:
        add(organizer.value[0], organizer.span)
    lines = {block.number: block.text for block in blocks}
    for person in [*result.people, *(speaker for session in result.sessions for speaker in session.speakers)]:
        # '北岩软件技术专家' read as 北岩 where the recap names 北岩软件股份有限公司
        person.organization = longer_name_written(person.organization, [f.value for f in found.values()],
                                                  lines.get(person.span.first, ""))
    for person in result.people:
        for organization in filter(None, (person.organization, *person.other_organizations)):
            add(organization, person.span)
    written_alone = names_after_clause_words([f.value for f in found.values()], texts)
    for person in result.people:  # '特邀星策社区发起人谭中意': the affiliation is the name written alone
        person.organization = written_alone.get(person.organization, person.organization)
    own_teams = _own_teams([f.value for f in found.values()], result)
    common = _common_noun_phrases([f.value for f in found.values()], texts)
    event = _event_name(result)
    kept = [f for f in found.values() if f.value not in written_alone and f.value not in own_teams and f.value not in common
            and not names_the_event(f.value, event)]
    return _one_legal_form(_without_short_forms(_without_units(kept), texts))


def longer_name_written(organization: str | None, names: list[str], line: str) -> str | None:
    """'北岩软件' for '北岩' of '林澈，北岩软件技术专家', where the recap names '北岩软件股份有限公司' (or
    '腾讯蓝鲸' for '腾讯' where it lists '腾讯蓝鲸'): a Chinese affiliation cut short of a longer name the
    recap writes elsewhere (without its legal form), which its caption line goes on to write whole
    there, is that longer name; the words cut were no line of work or unit."""
    if not organization or not CJK.match(organization) or organization not in line:
        return organization
    at = line.find(organization)
    longer = [brand for brand in {_without_legal_form(name) for name in names}
              if brand.startswith(organization) and len(brand) > len(organization) and CJK.match(brand[-1])
              and line.startswith(brand, at)]
    return max(longer, key=len, default=organization)


def _one_legal_form(found: list[Found]) -> list[Found]:
    """'云帆数据有限责任公司' and, further on, '云帆数据有限公司': one company's registered name written
    with two legal forms (data/legal_forms_zh.txt) is one organization, as first written."""
    seen: set[str] = set()
    kept = []
    for each in found:
        registered = _registered(each.value)
        key = _without_legal_form(each.value) if registered else None
        if key in seen:
            continue
        if registered:
            seen.add(key)
        kept.append(each)
    return kept


def _without_legal_form(name: str) -> str:
    return _legal_form_at_end().sub("", name).strip()


@cache
def _legal_form_at_end() -> re.Pattern:
    return re.compile(rf"(?:{alternation(words('legal_forms_zh'))})$")


def _place_line(text: str) -> bool:
    """'地点：杭州市星河大学图书馆', 'Venue: Contoso Hall': a labelled line that says where the event is held
    names its venue, however the building is named (a school, a company's office), no organization that took part."""
    place = label_pattern("place").match(text)
    return bool(place and place.group("value"))


JOINT_AFFILIATIONS = re.compile(r"\s+[/／]\s+")  # 'Fabrikam Research / Northwind University': two organizations
JOINED_NAMES = re.compile(r"\s+(?:and|&)\s+")  # 'Contoso Labs and Tailspin University', 'Rohde & Schwarz'
ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,7}")  # 'ORNL', 'CERN'


def joint_organizations(name: str) -> list[str]:
    """The organizations a name joins: 'Fabrikam Research / Northwind University' two, and so are
    'Contoso Labs and Tailspin University', 'NWU & Fabrikam Foundation' when each side is a name of its
    own; 'Rohde & Schwarz', 'Ada and Grace Foundation', 'Research and Development Council' stay one."""
    parts = JOINT_AFFILIATIONS.split(name)
    return [each for part in parts for each in _joined_at_and(part)]


def _said_once(name: str) -> str:
    """'Contoso University Contoso University' -> 'Contoso University': a name written twice over (a caption
    that repeats the organization under its logo)."""
    tokens = name.split()
    half = len(tokens) // 2
    return " ".join(tokens[:half]) if len(tokens) >= 2 and len(tokens) % 2 == 0 and tokens[:half] == tokens[half:] else name


PLACE_POSSESSIVE = re.compile(r"^(?P<place>[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?)['’]s\s+(?=[A-Z])")


def _without_place_before(name: str) -> str:
    """'Norway’s Fabrikam Research Centre' -> 'Fabrikam Research Centre': a country's or a city's
    possessive says where the organization is, no part of its name ('Contoso's Research Lab' stays: a unit)."""
    place = PLACE_POSSESSIVE.match(name)
    return name[place.end():] if place and _a_place(place.group("place")) else name


def affiliated_organizations(name: str) -> list[str]:
    """The organizations an affiliation as written names: a name written twice over said once, a place's
    possessive before it cut ('Norway’s Fabrikam Centre'), the names it joins (`joint_organizations`), a
    person's name before one cut ('Jane Doe Contoso Labs', a caption's contact line), and none that reads
    as a person's name, a job title, a headline or a phrase ('Wei Chen', 'Research Engineer', 'Contoso
    demos on small boards')."""
    return [organization for each in joint_organizations(_without_place_before(_said_once(name)))
            for organization in [_without_person_before(each)]
            if organization and not _no_organization(organization)]


def _no_organization(name: str) -> bool:
    tokens = name.split()
    if not tokens or CJK.search(name):
        return False
    if name.casefold() in words("no_affiliation_words") or _a_job_title(tokens) or _holds_a_headline_verb(tokens):
        return True
    return not is_org(name) and (_reads_as_a_person(tokens) or _holds_a_common_lowercase_word(tokens))


def _holds_a_headline_verb(tokens: list[str]) -> bool:
    """'Contoso Expands Its Steering Committee': a headline verb in its third person or past
    (data/headline_verbs.txt) after the first word makes a headline of it, no name."""
    return any(token.casefold() in words("headline_verbs") and token.endswith(("s", "ed")) for token in tokens[1:])


def _a_job_title(tokens: list[str]) -> bool:
    """'Research Engineer', 'Community Manager & Docs Maintainer': a role word (data/roles.txt) last,
    every word before it a role word, a role's modifier or a team's function (data/role_modifiers.txt,
    data/team_functions.txt); not 'Contoso Assistant', nor a plural, which names a group ('Contoso maintainers')."""
    last = tokens[-1]
    return is_role(last) and not last.endswith("s") and all(
        token in ("&", "and") or is_role(token) or token.casefold() in _title_words() for token in tokens[:-1])


@cache
def _title_words() -> frozenset[str]:
    return frozenset(word.casefold() for name in ("role_modifiers", "team_functions") for word in words(name) if not CJK.search(word))


def _reads_as_a_person(tokens: list[str]) -> bool:
    """'Wei Okafor', 'Jan Novak': two or three words, the first a given name (gender-guesser's
    dictionary), the last a surname that is no English word; not a well-known organization."""
    if not 2 <= len(tokens) <= 3 or " ".join(tokens).casefold().replace(" ", "") in _well_known_folded():
        return False
    first, last = anyascii(tokens[0]), tokens[-1]
    return widely_given_name(first) and re.fullmatch(r"[A-Z][a-z][\w'’-]*", last) is not None and not dictionary_word(last)


NAME_JOINTS = frozenset({"and", "of", "for", "the", "de", "du", "der", "des", "la", "le", "von", "van", "at", "in", "und", "y", "e"})


def _holds_a_common_lowercase_word(tokens: list[str]) -> bool:
    """'Contoso demos on small boards', 'Litware and others': a lower-case English word after the first
    word that neither joins a name ('of', 'and') nor is an organization word ('team', 'community')."""
    return any(token.isalpha() and token.islower() and token not in NAME_JOINTS and dictionary_word(token)
               and not is_org(token) and token not in _group_nouns() for token in tokens[1:])


@cache
def _group_nouns() -> frozenset[str]:
    """'team', 'maintainers', 'working group': the lower-case words that end a group's name (data/host_group_nouns.txt,
    data/project_bodies.txt)."""
    return frozenset(word for name in ("host_group_nouns", "project_bodies") for entry in words(name) for word in entry.split())


def _without_person_before(name: str) -> str | None:
    """'Jane Okafor Contoso Labs' -> 'Contoso Labs': a person's name, then the organization's (a contact
    line, a caption without its comma). Not a name after a person, 'Ada Okafor Research Institute': what
    follows the person is then only English words."""
    tokens = name.split()
    for size in (2, 3):
        rest = tokens[size:]
        if rest and rest[0][:1].isupper() and _reads_as_a_person(tokens[:size]) and not plain_words(" ".join(rest)):
            return " ".join(rest)
    return name


def _joined_at_and(name: str) -> list[str]:
    sides = JOINED_NAMES.split(name)
    return sides if len(sides) > 1 and all(_a_name_of_its_own(side) for side in sides) else [name]


def _a_name_of_its_own(side: str) -> bool:
    """A side of a joint name that names an organization alone: a well-known one, an acronym, or a
    capitalized name that ends in an organization head ('Tailspin University') or opens with one
    ('University of Northwind'; data/org_heads.txt)."""
    tokens = side.split()
    if not tokens or not tokens[0][:1].isupper():
        return False
    if side.casefold().replace(" ", "") in _well_known_folded() or ACRONYM.fullmatch(side):
        return True
    heads = latin_org_heads()
    return len(tokens) >= 2 and (tokens[-1] in heads or tokens[0] in heads and tokens[1] == "of")


@cache
def _well_known_folded() -> frozenset[str]:
    return frozenset(name.casefold().replace(" ", "") for name in well_known() if not CJK.search(name))



def _column_labels(block: Block) -> bool:
    """A table's header row ('| 嘉宾姓名 | 嘉宾公司名称 |') names its columns, no organization."""
    from .agenda_tables import header_row

    return block.kind == "row" and header_row(block.cells)


OWN_TEAM = re.compile(r"(?:[Tt]he\s+)?(?P<of>.+?)\s+(?:team|maintainers)")


LEADING_ARTICLE = re.compile(r"^the\s+", re.IGNORECASE)
GLUED_EVENT_WORD = re.compile(r"[a-z](?:Con|Conf|Fest)$")  # 'ContosoCon', 'FabrikamConf'


def names_the_event(name: str, event: str) -> bool:
    """'The Contoso Summit' on the page of the Contoso Summit 2024, 'Developer Congress' on that of the Fabrikam
    Developer Congress, 'ContosoCon' on that of ContosoCon 2025: the event's own name, or its last words,
    when they end in an event word (data/event_words.txt), is no organization that took part."""
    name = LEADING_ARTICLE.sub("", name)
    if not name or not event or CJK.search(name) or not (name.split()[-1].casefold() in _event_words() or GLUED_EVENT_WORD.search(name)):
        return False  # 'Contoso Team' is the team, also where it names its meeting
    name, event = name.casefold(), event.casefold()
    return event == name or event.startswith(name + " ") and not re.search(r"[a-z]", event[len(name):]) or event.endswith(" " + name)


def _event_name(result: Extraction) -> str:
    """The name of the event the page reports, '' when none was found."""
    return result.name.value if result.name and isinstance(result.name.value, str) else ""


def organizers_but_the_event(result: Extraction) -> list[Found]:
    """The organizers less the event itself ('The Contoso Summit is sponsored by Fabrikam' under a sponsors
    heading names Fabrikam, not the summit)."""
    event = _event_name(result)
    return [found for found in result.organizers if not names_the_event(found.value[0], event)]


@cache
def _event_words() -> frozenset[str]:
    return frozenset(word.casefold() for word in words("event_words") if not CJK.search(word))


def _common_noun_phrases(names: list[str], texts: list[str]) -> set[str]:
    """'Data Center' of a heading 'Rethink the Data Center' where the page also writes 'data center': English
    words only, written in lower case elsewhere on the page, name a thing, no organization."""
    phrases = [name for name in names if " " in name and plain_words(name)]
    if not phrases:
        return set()
    text = "\n".join(texts)
    return {name for name in phrases if re.search(rf"(?<![\w-]){re.escape(name.lower())}(?![\w-])", text)}


def _own_teams(names: list[str], result: Extraction) -> set[str]:
    """'Fluentd team', 'the Contoso maintainers', 'Contoso QE and Contoso team': the team of the
    project or event the recap is about (its first word is a word of the document's title or of
    the event's name) is the publisher's own group, no organization that took part; not when the
    team organizes the event or is someone's affiliation, nor a name with an organization head
    ('Contoso Labs team')."""
    subject = {word.casefold() for found in (result.title, result.name) if found and isinstance(found.value, str)
               for word in re.findall(r"[A-Za-z][\w-]*", found.value) if word[0].isupper()}
    if not subject:
        return set()
    kept = {organizer.value[0] for organizer in result.organizers} \
        | {person.organization for person in result.people if person.organization}
    found = set()
    for name in names:
        team = OWN_TEAM.fullmatch(name)
        if team and name not in kept and team.group("of").split()[0].casefold() in subject and not is_org(team.group("of")):
            found.add(name)
    return found


def _kind_only(name: str) -> bool:
    """'中心', '软件集团': a head word, alone or after common words (no place, no proper name)."""
    pieces = dictionary_words(_zh_head_at_end().sub("", name).strip() or "")
    return not pieces or len(pieces) == 1 and common_word(pieces[0]) \
        or not any(_place_word(piece) for piece in pieces) and _kind_words_only(pieces)


def names_after_clause_words(names: list[str], texts: list[str]) -> dict[str, str]:
    """'来到云原生社区', '特邀星策社区', '代表中国信通院' read as names: a Chinese name that is
    another name of the recap with words before it, where the recap also writes that shorter name
    alone, is the shorter name; the words before it open the clause ('来到', '特邀', '代表'). Not
    when those words are a place or an organization of their own ('杭州思科', '新浪微博'), are
    apart from it ('平安云 GitHub'), or the shorter name is only ever written inside the longer one
    ('开放原子开源基金会' and '原子开源基金会'), or names no one ('中心', '软件集团'). -> longer: shorter."""
    text = "\n".join(texts)
    found = {}
    for name in names:
        shorter = max((other for other in names if name.endswith(other) and len(other) < len(name)
                       and CJK.search(other[0])), key=len, default=None)
        words_before = name[:len(name) - len(shorter)] if shorter else ""
        if not words_before or not CJK.search(words_before[-1]) or _place_prefix(words_before) \
                or words_before in names or words_before in well_known() or _kind_only(shorter):
            continue
        if text.count(shorter) > text.count(name):
            found[name] = shorter
    return found


COMMUNITY = re.compile(r"\s*(?:开源)?社区$|\s+[Cc]ommunity$")


@cache
def _own_head() -> re.Pattern:
    """A name that ends in the head of an organization standing on its own (data/own_heads.txt)."""
    heads = words("own_heads")
    chinese = "|".join(re.escape(head) for head in heads if CJK.search(head))
    latin = "|".join(re.escape(head) for head in heads if not CJK.search(head))
    return re.compile(rf"(?:{chinese})$|(?i:\b(?:{latin})$)")


def community_projects(names: list[str]) -> dict[str, str]:
    """'Contoso 社区' beside 'Contoso', 'Contoso 数据库' or 'Contoso 技术委员会': a one-word Latin
    name the text also gives a community of its own ('X 社区', 'X community') is that community's
    project, and so are its product and committee, not more organizations (a name with a company
    or institution head of its own, 'Contoso Technologies', stays; '星河科技' beside '星河开源社区'
    too). -> each such name and its community."""
    stems = {COMMUNITY.sub("", name): name for name in names
             if COMMUNITY.search(name) and re.fullmatch(r"[A-Za-z][\w.+-]+", COMMUNITY.sub("", name))}
    found = {}
    for name in names:
        if COMMUNITY.search(name) or _own_head().search(name):
            continue
        community = next((community for stem, community in stems.items() if name == stem or name.startswith(stem + " ")), None)
        if community:
            found[name] = community
    return found


def fold_community_projects(result: Extraction) -> None:
    """A community's project named as an organization (see `community_projects`): it leaves the
    organizations, an affiliation to it becomes part of the job title ('Contoso 项目总监'), and an
    organizer named by it is the community."""
    projects = community_projects([found.value for found in result.organizations])
    if not projects:
        return
    result.organizations = [found for found in result.organizations if found.value not in projects]
    for person in result.people + [speaker for session in result.sessions for speaker in session.speakers]:
        if person.organization in projects:
            joint = "" if CJK.match(person.title or "") and CJK.match(person.organization[-1]) else " "
            person.title = joint.join(part for part in (person.organization, person.title) if part)
            person.organization = None
    organizers: dict[str, Found] = {}
    for found in result.organizers:
        name, role = found.value
        organizers.setdefault(projects.get(name, name).casefold(), Found((projects.get(name, name), role), found.span))
    result.organizers = list(organizers.values())


def partial_names(names: list[str]) -> dict[str, str]:
    """'University of Science' -> 'University of Science and Management Pune' (a name
    cut at its 'and'), 'CIT Pune' -> 'Contoso Institute of Technology Pune' (the initials of its
    words, then the same words), 'Contoso' -> 'Contoso Technologies' (the brand, without the
    company suffixes), 'Standards Institute' -> 'Contoso Standards Institute' (its last words),
    '星河社区' -> '星河开源社区' (without a filler word): names of one organization, each mapped to its full name."""
    found = {}
    for name in names:
        full = next((other for other in names if _cut_at_and(name, other) or _initials_of(name, other)
                     or _brand_of(name, other) or _tail_of(name, other) or _without_fillers(name, other)), None)
        if full:
            found[name] = full
    return found


def _cut_at_and(short: str, full: str) -> bool:
    """'University of Science' of 'University of Science and Management Pune': the name
    goes on after its 'and' with no organization head of its own ('Contoso Foundation and
    Fabrikam Consortium' names two)."""
    for joint in (" and ", " & "):
        if full.startswith(short + joint):
            return not _latin_head().search(full[len(short) + len(joint):])
    return False


@cache
def _latin_head() -> re.Pattern:
    return re.compile(rf"\b(?:{alternation(h for h in words('org_heads') if not CJK.search(h))})\b")


def _without_fillers(short: str, full: str) -> bool:
    """'星河社区' is '星河开源社区', 'Contoso Foundation' is 'Contoso Software Foundation', 'Contoso基金会' is
    'Contoso 基金会': the same name once its filler words (data/name_fillers.txt), spaces and case are set
    aside, the longer way of writing it being the full name."""
    return len(short) < len(full) and _filler_key(short) == _filler_key(full)


@cache
def _fillers() -> re.Pattern:
    latin = alternation(w for w in words("name_fillers") if not CJK.search(w))
    chinese = alternation(w for w in words("name_fillers") if CJK.search(w))
    return re.compile(rf"(?i:\b(?:{latin})\b)|(?:{chinese})(?=.)")


@lru_cache(maxsize=4096)
def _filler_key(name: str) -> str:
    return re.sub(r"[\s-]+", "", _fillers().sub("", name)).casefold()


def _tail_of(short: str, full: str) -> bool:
    """'Storage Standards Institute' read off 'Fabrikam Storage Standards
    Institute': the last words of a longer name, two at least (Latin script)."""
    return LATIN.match(short) is not None and len(short.split()) >= 2 and full.endswith(" " + short)


def _brand_of(short: str, full: str) -> bool:
    """'Contoso' is the brand of 'Contoso Technologies Inc.': only company suffixes follow it."""
    rest = full[len(short):].replace(",", " ").split() if full.startswith(short + " ") else []
    return bool(rest) and all(word.casefold() in words("company_suffixes") for word in rest)


def _initials_of(short: str, full: str) -> bool:
    """'CIT Pune' is the initials of 'Contoso Institute of Technology' and then 'Pune'."""
    head, _, rest = short.partition(" ")
    if not re.fullmatch(r"[A-Z]{2,6}", head) or not full.endswith(rest) or rest == full:
        return False
    spelled = [w for w in full[:len(full) - len(rest)].split() if w[:1].isupper()]
    return "".join(w[0] for w in spelled) == head


def _without_short_forms(found: list[Found], texts: list[str]) -> list[Found]:
    """'Samsung' where the text only ever writes 'Samsung Electronics', 'GitLab' where it only
    writes '极狐 GitLab': a well-known name found inside a longer name of the same recap, at its
    start or at its end, is that organization, unless it also stands alone."""
    names = [f.value for f in found]

    def short_form(name: str) -> bool:
        if name not in well_known() or CJK.search(name):
            return False
        longer = [other for other in names if other != name and _holds_at_an_end(other, name)]
        alone = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
        return bool(longer) and not any(_outside(match, text, longer) for text in texts for match in alone.finditer(text))

    return [f for f in found if not short_form(f.value) and not _chinese_tail_only(f.value, names, texts)
            and not _located_name(f.value, names)]


ADMINISTRATIVE_PLACE = re.compile(r"^[\u4e00-\u9fff]{2,4}?[省市]")  # '杭州市', '浙江省': a place written with its level


def _located_name(name: str, names: list[str]) -> bool:
    """'杭州市星河大学' where the recap also names '星河大学': a city or province written with its
    administrative level (市, 省) before an organization the recap names says where it stands, the
    organization is the name after it."""
    place = ADMINISTRATIVE_PLACE.match(name)
    return bool(place) and name[place.end():].strip() in names and _place_prefix(place.group())


def _chinese_tail_only(name: str, names: list[str], texts: list[str]) -> bool:
    """'星河财经大学' written, '财经大学' read off its end; '云帆数据产业创新联盟' written, '产业创新联盟' read:
    a Chinese reading that ends a longer name found in the same recap, and that the recap never writes
    but inside that longer name, is a cut of it, no organization of its own. Not when a conjunction
    (jieba's tag c: 和, 及) joins another name before it ('星河学会和云帆研究中心' names two)."""
    if not CJK.search(name[-1:]):
        return False
    longer = [other for other in names if len(other) > len(name) and other.endswith(name) and CJK.match(name)
              and not _conjunction_in(other[:-len(name)])]
    return bool(longer) and not any(_outside(match, text, longer)
                                    for text in texts for match in re.finditer(re.escape(name), text))


def _conjunction_in(text: str) -> bool:
    """'星河学会和': a conjunction of one character (jieba's tag c) among the text's dictionary words."""
    return any(len(word) == 1 and jieba_tags().get(word) == "c" for word in dictionary_words(text))


def _holds_at_an_end(longer: str, name: str) -> bool:
    """'Samsung Electronics' and '极狐 GitLab', '极狐GitLab' hold 'Samsung' and 'GitLab' as a word at one end."""
    return longer.startswith(name + " ") or longer.endswith(" " + name) \
        or longer.endswith(name) and bool(CJK.match(longer[-len(name) - 1]))


def _outside(match: re.Match, text: str, longer: list[str]) -> bool:
    """The name written here is none of the longer names it is part of."""
    return not any(text.startswith(other, match.start()) or text.endswith(other, 0, match.end()) for other in longer)


def _titles_by_line(result: Extraction) -> dict[int, tuple[str, ...]]:
    """The job titles of the people found with an organization of their own (the title holds
    none then: 'Director of Data Center Standards, Northwind Electric'), by their line."""
    titles: dict[int, list[str]] = {}
    for person in result.people + [speaker for session in result.sessions for speaker in session.speakers]:
        if person.title and person.organization:
            titles.setdefault(person.span.first, []).append(person.title)
    return {line: tuple(found) for line, found in titles.items()}


def taking_part(text: str, titles: tuple[str, ...] = ()) -> str:
    """The line with what it only mentions in passing blanked out (offsets kept): a line that
    offers to share the page ('Share this: LinkedIn Twitter'), the names of an enumeration of
    examples ('hyperscalers such as X', 'members include X, Y and Z', 'X and Y are among its users',
    '像 A、B 等'), the publisher
    a credit names ('This article first appeared on X'), a prize ('一等奖：星河运动手表'), a
    《title》 (its topic), and job titles ('Director of Data Center Standards & Alliances')."""
    if _share_line().match(text):
        return " " * len(text)
    examples = _examples().finditer(text) if _holds_a_first_word(text, "examples") else ()
    spans = [_examples_only(text, match) for match in examples
             if not (match.group("noun") and match.group("noun").casefold() in _participant_nouns()
                     or HEARD_FROM.search(text[max(0, match.start() - 40):match.start()])
                     or match.group("names") and INFINITIVE.match(match.group("names")))]
    of_members = _holds_a_first_word(text, "membership")
    spans += [match.span("names" if match.group("names") else "names_zh") for match in _member_list().finditer(text)] \
        if of_members else []
    spans += [match.span("names") for match in _listed_as_members().finditer(text)] if of_members else []
    spans += [match.span("names") for match in _published_in().finditer(text)]
    spans += [match.span("names") for match in _prize().finditer(text)]
    spans += [match.span("title") for match in BOOK_TITLE.finditer(text)]
    spans += [(at, at + len(title)) for title in titles for at in [text.find(title)] if at >= 0]
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _examples_only(text: str, match: re.Match) -> tuple[int, int]:
    """The names of an enumeration of examples, up to a clause that says who gave, hosted or sponsored
    them ('tools such as X and Y presented by Contoso and Fabrikam': Contoso and Fabrikam took part)."""
    if not match.group("names"):
        return match.span("zh")
    start, end = match.span("names")
    acting = _acting_by().search(text, start, end)
    return start, acting.start() if acting else end


@cache
def _acting_by() -> re.Pattern:
    """'presented by', 'hosted by', 'sponsored by': a verb that has the names after it take part."""
    verbs = [w for w in (*words("speech_verbs"), *words("headline_host_verbs"), *words("sponsor_words"))
             if not CJK.search(w) and " " not in w]
    return re.compile(rf"(?i)\b(?:{alternation(verbs)})\s+by\b")


@cache
def _share_line() -> re.Pattern:
    return re.compile(rf"^\W*(?:{alternation(labels('share'))})\b\s*[:：]?", re.IGNORECASE)


CELL_BREAK = re.compile(f"[\t{CELL_LINE}]")  # between the cells of a table row, and between the lines of a cell
HEARD_FROM = re.compile(r"(?i)\b(?:hear|heard|hearing|talks?|presentations?|sessions?|keynotes?|speakers?|demos?)\s+"
                        r"(?:from|by)\s+(?:\w+\s+){0,3}$")  # 'You'll hear from members such as X': they present
NAMES_EN = r"(?P<names>[^.;:!?()]{2,240})"
INFINITIVE = re.compile(r"(?i)to\s")  # 'we would like to thank X': the verb 'like', no list of examples


@cache
def _examples() -> re.Pattern:
    """'hyperscalers such as X and Y', 'companies like X', '像 A、B 等' (an enumeration in Chinese)."""
    latin = alternation(w for w in labels("examples") if not CJK.search(w))
    chinese = alternation(w for w in labels("examples") if CJK.search(w))
    return re.compile(rf"(?:(?<![\w'’-])(?P<noun>[A-Za-z][\w'’-]*?))?(?:['’]s)?,?\s+(?i:{latin}),?\s+{NAMES_EN}"
                      rf"|(?:{chinese})(?P<zh>[^，。；！？]{{2,80}}?、[^，。；！？]{{1,80}}?)等")


def _holds_a_first_word(text: str, kind: str) -> bool:
    """A cheap first look before a pattern built on the labels of this kind (`_examples` tries its
    optional leading noun at every position): the line holds, in any case, the first word of one
    of them."""
    folded = text.casefold()
    return any(word in folded for word in _first_words(kind))


@cache
def _first_words(kind: str) -> frozenset[str]:
    return frozenset(label.split()[0].casefold() for label in labels(kind))


@cache
def _participant_nouns() -> frozenset[str]:
    kinds = ("participants", "speaker", "host", "organizer", "co-organizer", "supporter", "media-partner")
    return frozenset(word.casefold() for kind in kinds for word in labels(kind))


@cache
def _listed_as_members() -> re.Pattern:
    """'Contoso, Fabrikam and Tailspin are a few of its known users': names a sentence then says
    are its members, users or customers, mentioned in passing."""
    return re.compile(rf"(?P<names>[A-Z][^.;:!?()]{{1,200}}?)\s+(?:are|were)\s+(?:[\w'’-]+\s+){{0,6}}?"
                      rf"(?i:{alternation(labels('membership'))})\b")


@cache
def _member_list() -> re.Pattern:
    """'The community's members include X, Y and Z', '其会员包括 A、B、C 等' (to the end of the sentence or
    the list's closing 等 or 在内)."""
    membership, listing = labels("membership"), labels("listing")
    latin = rf"(?i:\b(?:{alternation(w for w in membership if not CJK.search(w))}))\s+" \
            rf"(?i:{alternation(w for w in listing if not CJK.search(w))}),?:?\s+{NAMES_EN}"
    chinese = rf"(?:{alternation(w for w in membership if CJK.search(w))})(?:{alternation(w for w in listing if CJK.search(w))})" \
              r"[：:]?\s*(?P<names_zh>[^。；;！？!?]{2,240}?)(?=等|在内|[。；;！？!?]|$)"
    return re.compile(f"{latin}|{chinese}")


BOOK_TITLE = re.compile(r"《(?P<title>[^》]{2,150})》")  # a talk's or a book's title: what it names is its topic


@cache
def _prize() -> re.Pattern:
    """'一等奖星河运动手表', 'First prize: a Contoso tablet': the product given away (not '奖品由 X 提供')."""
    return re.compile(rf"(?i:{alternation(labels('prize'))})\s*[:：为是]?\s*(?!由|by\b)(?P<names>[^，。；,;.!?！？]{{2,60}})")


@cache
def _published_in() -> re.Pattern:
    """'This article first appeared on X', '本文来自 X'."""
    return re.compile(rf"(?i:{alternation(labels('published-in'))})\s*[:：]?\s*(?P<names>[^.。;；!?！？]{{2,80}})")


NAMED_TEAM = re.compile(r"(?P<of>[A-Z][\w.+-]*)\s+[Tt]eam")  # 'Contoso team', 'ContosoDB Team'


def named_teams(result: Extraction) -> dict[str, str]:
    """'Contoso team' -> 'Contoso': a team named by one proper name (no dictionary word, place,
    team function or word of the event's name: 'Release Team', 'Lyon team', 'FabCon team' stay) is
    that organization's or project's group, the team one more way of writing its name; not when the
    team organizes the event or is someone's affiliation, as written there. -> each such team and its name."""
    event = _event_name(result)
    event_words = {word.casefold() for word in re.findall(r"[A-Za-z][\w+-]*", event)}
    kept = {organizer.value[0].casefold() for organizer in result.organizers} \
        | {person.organization.casefold() for person in result.people if person.organization}
    found = {}
    for name in (each.value for each in result.organizations):
        team = NAMED_TEAM.fullmatch(name)
        of = team.group("of") if team and name.casefold() not in kept else ""  # whatever the case of 'Team'
        if of and not dictionary_word(of) and of.casefold() not in event_words | casefolded("team_functions") and not _a_place(of):
            found[name] = of
    return found


UNIT = re.compile(r"(?:事业部|事业群|部门|团队|部|组|(?i:\s+(?:team|department|division|group|labs?)))$")


def _without_units(found: list[Found]) -> list[Found]:
    """'飞鱼基础保障部' beside '飞鱼', 'Acme Research Lab' beside 'Acme': a unit of an organization
    already named is that organization, and so is '云帆数据公司' beside '云帆数据' (not '云帆数据美国公司')."""
    names = [f.value for f in found]
    return [f for f in found if not ((UNIT.search(f.value) or f.value.endswith("公司")) and any(
        other != f.value and f.value.startswith(other) and len(other) >= 2 and not _subsidiary(f.value, other)
        for other in names))]


def _subsidiary(name: str, other: str) -> bool:
    """'星河科技美国公司' beside '星河科技': a company named by the place it serves is a subsidiary of its own."""
    return name.endswith("公司") and _place_word(name[len(other):-2].strip())


LEGAL_FORM = re.compile(r"(?:公司|集团)$")


def same_company(one: str, other: str) -> bool:
    """'北辰国际' and '北辰国际有限公司', '云帆数据' and '北京云帆数据技术股份有限公司': a Chinese
    company's registered name is its short name, perhaps after a place and before organization
    words (技术, 信息, 股份...), then a legal form; 'The Contoso Foundation' and 'Contoso Foundation'."""
    short, full = sorted((one.strip(), other.strip()), key=len)
    if short != full and LEADING_ARTICLE.sub("", full) == short:
        return True
    if short == full or not CJK.match(short) or len(short) < 2 or not LEGAL_FORM.search(full):
        return False
    at = full.find(short)
    if at < 0 or at and not _place_prefix(full[:at]):
        return False
    rest = full[at + len(short):]
    tails = sorted((w for w in words("org_words") + words("org_name_tails") if CJK.search(w)), key=len, reverse=True)
    while rest:
        tail = next((w for w in tails if rest.startswith(w)), None)
        if tail is None:
            return False
        rest = rest[len(tail):]
    return True


def _place_prefix(text: str) -> bool:
    """'北京', '江苏省', '深圳市': a place written before a company's name."""
    return bool(places.city(text) or places.city(text.rstrip("省市")) or _place_word(text))


ZH_NAME_START = re.compile(r"^(?:由|和|与|及|以及|在|是|为|的|来自|联合|携手|感谢|包括|主办|承办|协办|支持|并|将|于|等|"
                           r"了解|分享|介绍|作为|参与|加入|代表|帮助|助力|赋能|欢迎|走进|访问|邀请|负责|让|赴)+")


ZH_NAME_WORDS = r"[^\W\d_A-Za-z等和与及的两几多个家、]{1,8}"  # the Chinese words of a name before its head: no count, list or 的


HEAD_OF = r"(?:of|for(?!\s+[A-Z][a-z]+ing\b))(?:\s+(?:and\s+)?[A-Z][\w.-]*){1,5}"  # '… Institute for Computation'


@cache
def _organization_mention() -> re.Pattern:
    heads = words("org_heads")
    latin = alternation(h for h in heads if not CJK.search(h))
    chinese = alternation(h for h in heads if CJK.search(h))
    known = alternation(words("organizations_known"))
    legal = alternation(words("legal_forms_zh"))
    return re.compile(
        rf"(?P<known>{known})(?![\u4e00-\u9fff]{{0,8}}(?:{chinese}))"  # not the 'K' of 'K技术有限公司'
        rf"(?!\s{ZH_NAME_WORDS}(?:{chinese}))"  # nor of 'K 中文社区', 'K 中国研究院' (but 'K 公司', 'K 等公司' keep K)
        # 'Contoso eScience Institute for Computation': a word like 'eScience' inside a name, never opening it
        rf"|(?P<en>(?:(?:[A-Z][\w&.'’-]*|[a-z][A-Z][\w-]*|Co\.,)\s+(?:(?:for|and|&|de)\s+)?){{1,6}}(?:{latin})"
        rf"(?:\s+{HEAD_OF})?)"
        rf"|(?P<of>(?:{latin})\s+{HEAD_OF})"
        rf"|(?P<zh>[\u4e00-\u9fff]{{2,{REGISTERED_NAME_LENGTH}}}(?:{legal})"  # a registered name, whole
        rf"|(?:{LATIN_RUN}\s?[\u4e00-\u9fff]{{0,6}}|[\u4e00-\u9fff]{{2,10}}){REGISTERED_PLACE}?(?:{chinese}))")


REGISTERED_NAME_LENGTH = 16  # characters at most before a legal form: '星河市云帆数据信息技术股份' (place, brand, business)


# '云帆智能科技（杭州）股份有限公司', '星河生活（中国）网络科技有限公司': a company's registered name holds its
# place in brackets, then its line of business and its legal form
PLACE_BRACKET = re.compile(r"[（(][\u4e00-\u9fff]{2,4}[）)]")
REGISTERED_PLACE = r"(?:[（(](?=[\u4e00-\u9fff]{2,4}[）)][\u4e00-\u9fff]{0,8}?(?:公司|集团))[\u4e00-\u9fff]{2,4}[）)][\u4e00-\u9fff]{0,8}?)"


# The Latin words of a name before a Chinese head: capitalized words, also joined by '&', and a last
# word that holds a letter ('LF AI & Data 基金会', 'Open 3D 基金会'; not the count in '82 家社区'), whole
# when a dot joins a part that opens with a letter ('Contoso.org 社区', 'Fabrikam.js 社区', not 'org 社区'; not a
# version, 'v4.3.12 社区')
LATIN_RUN = r"(?:[A-Z][A-Za-z0-9+-]*\s(?:&\s)?){0,3}(?=[A-Za-z0-9+-]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9+-]*(?:\.[A-Za-z][A-Za-z0-9+-]*)*"


@cache
def _organization_cue() -> re.Pattern:
    """A cheap first look: does the line hold a head word or a well-known name at all?"""
    return re.compile("|".join(re.escape(w) for w in words("org_heads") + words("organizations_known")))


def organization_mentions(text: str) -> list[str]:
    """Organizations named in a line by the shape of their name, or well known."""
    return list(_organization_mentions(text))


@lru_cache(maxsize=16384)
def _organization_mentions(text: str) -> tuple[str, ...]:
    """Kept for the lines seen last: people, talks and organizations ask about the same lines."""
    found: list[str] = []
    windows: list[list[int]] = []
    for cue in _organization_cue().finditer(text):  # the full pattern runs only around a cue
        start, end = max(0, cue.start() - 90), cue.end() + 60
        if windows and start <= windows[-1][1]:
            windows[-1][1] = end
        else:
            windows.append([start, end])
    for start, end in windows:
        found += _mentions_in(text[start:end])
    return tuple(dict.fromkeys(found))


REGION_UNIT = re.compile(r"([\u4e00-\u9fff]{2,3}?)区")


def _region_unit(text: str, end: int) -> str:
    """'亚太区' after 'Contoso 基金会': the organization's unit for a region, part of its name; a region
    is a place or one of data/regions.txt ('亚太', '大中华')."""
    unit = REGION_UNIT.match(text, end)
    return unit.group(0) if unit and (unit.group(1) in words("regions") or _place_word(unit.group(1))) else ""


# After a school's name: '学生', then the club's own words (a Latin run, a few Chinese words) and its head
STUDENT_GROUP_WORDS = rf"(?P<own>\s?(?:学生)?\s?(?:{LATIN_RUN}\s?)?[^\W\d_A-Za-z等和与及的、]{{0,4}}?)"


@cache
def _student_group() -> re.Pattern:
    return re.compile(rf"{STUDENT_GROUP_WORDS}(?:{alternation(words('student_group_heads_zh'))})")


def _student_group_after(text: str, name: str, start: int) -> str:
    """' Linux 用户协会' after '星河大学': a club of the school's students (data/student_group_heads_zh.txt),
    named with its school; the whole is the organization that acts, not the school."""
    if not _school_head_at_end().search(name):
        return ""
    group = _student_group().match(text, text.find(name, start) + len(name))
    return group.group(0) if group and _a_club_name(group) else ""


def _a_club_name(group: re.Match) -> bool:
    """The club's own words, a Latin name or Chinese words that hold no function word ('学生 Linux 俱乐部',
    '开源协会'); not the students' societies of a school in general ('学生社团', '对于社团')."""
    own = group.group("own").replace("学生", "", 1).strip()
    return bool(own) and not (CJK.match(own) and has_function_character(own))


def _with_student_group(text: str, name: str, start: int, club_end: int, unit: str = "") -> tuple[str, int]:
    """The name with the region unit or the students' club written after it, and where a club ends."""
    if unit:
        return name + unit, club_end
    club = _student_group_after(text, name, start)
    return (name + club, text.find(name, start) + len(name) + len(club)) if club else (name, club_end)


WORD_CHARACTER = re.compile(r"[A-Za-z0-9]")  # before a match, says it starts inside a word ('xContoso Team')


def _mentions_in(text: str) -> list[str]:
    found = []
    zh_end = -1  # where the last Chinese name found ends
    club_end = -1  # where the last school's student club found ends: its own head is no name of its own
    for match in _organization_mention().finditer(text):
        if match.start() < club_end:
            continue
        name = next(value for value in match.groupdict().values() if value)
        if match.group("zh"):
            found += _joined_before(text, match)
            name = _zh_mention(text, match)
            name = name and _from_word_start(text, name, text.find(name, match.start()))
            if not name or _street().match(text, match.end()) or _award_after().match(text, match.end()) \
                    or _degree_after().match(text, match.end()) or origin_before(text, text.find(name, match.start())) \
                    or _opens_with_former(name) or _business_cut_from_a_name(text, name, text.find(name, match.start())):
                continue  # '学院路 77 号' is an address, '云帆云公司最有价值专家' an award, '星河大学硕士' a school,
                # '脱胎于星河社区的夏令营' a project's origin, '前星河科技公司工程师' a past employer
            if _head_inside_a_word(text, name, text.find(name, match.start()) + len(name)):
                continue  # '青山区大学生创业园': the 大学 of 大学生 (students) heads no school
            name, club_end = _with_student_group(text, name, match.start(), club_end, _region_unit(text, match.end()))
            ends_here = text.endswith(name, 0, match.end("zh"))
            joined = ends_here and text.startswith(name, match.start("zh")) and match.start("zh") == zh_end
            zh_end = match.end("zh") if ends_here else -1
            if joined:
                found[-1] += name  # '星河师范大学' + '数据学院': a school of the university just named
                continue
        elif match.group("en") or match.group("of"):
            name, end = _to_sentence_end(name, match.start())
            if not _latin_head().search(name):
                continue  # 'across Saturday and Sunday. The team had …': the head was the next sentence's
            city = _college_city(text, name, end)
            name, end = (f"{name} {city.group(1)}", city.end()) if city else (name, end)
            name = _organization_of_unit(_before_role(_trimmed_mention(name)))
            if JOB_TITLE_BEFORE.search(text[:match.start()]):  # 'Director, Business Development Contoso Foundation'
                name = _without_department(name)
            if len(name.split()) < 2 or _venue(name) or _function_team(name) or _common_body(name) or _unnamed_group(name) \
                    or _site_team(name) or PRONOUN.search(name) \
                    or WORD_CHARACTER.match(text[match.start() - 1:match.start()]) or name[:1].islower() \
                    or only_named(text, match.start(), end) or _unit_of_known(text, match.start()) \
                    or _a_kind_of_group(text, name, match.start()):
                continue
        elif former_employer(text, match.start()):
            continue  # a former employer in a biography
        elif only_named(text, match.start(), match.end()):
            continue
        else:
            name, club_end = _with_student_group(text, name, match.start(), club_end)
        found += _two_names(name.strip()) if match.group("en") else [name.strip()]
    return found


ZH_JOINED = re.compile(r"(?:和|与|及|以及|、)$")


def _joined_before(text: str, match: re.Match) -> list[str]:
    """'星河大学' of '星河大学和云帆大学', '星河科技公司与云帆数据公司': a Chinese reading that runs over two names
    joined by a conjunction ends at the last one's head; the first, with a head of its own right before the
    conjunction, is read on its own, in the text up to the conjunction."""
    whole = match.group("zh")
    for head in _zh_head().finditer(whole):
        joint = ZH_JOINED.match(whole[head.end():head.end() + 2]) or ZH_JOINED.match(whole[head.end():head.end() + 1])
        if joint and head.end() + len(joint.group(0)) < len(whole):
            return _mentions_in(text[:match.start("zh") + head.end()])[-1:]
    return []


@cache
def _street() -> re.Pattern:
    return re.compile(rf"(?:{alternation(words('street_words'))})\s*[\d一二三四五六七八九十]")


def _two_names(name: str) -> list[str]:
    """'Contoso Foundation and Fabrikam Consortium': two names joined, each with its own head (the
    first one's may stand before its last words: 'Contoso University Libraries and Fabrikam
    University', 'Contoso College London and Fabrikam University')."""
    parts = re.split(r"\s+(?:and|&)\s+", name, maxsplit=1)
    first = parts[0].split()
    heads = [i for i, word in enumerate(first) if i and _latin_head().fullmatch(word)]
    # not 'Contoso Institute of Water and Air': after 'of' the 'and' is inside the name
    own_head = bool(heads) and not {"of", "for", "de"} & set(first[heads[-1]:])
    if len(parts) == 2 and len(first) >= 2 and own_head and len(parts[1].split()) >= 2:
        return parts
    return [name]


NAME_SENTENCE_END = re.compile(r"(?:(?<=[a-z])|(?<=[A-Z]{2}))\.\s+(?=[A-Z])")


def _to_sentence_end(name: str, start: int) -> tuple[str, int]:
    """'Contoso Institute of Technology Delhi. This workshop…' -> the name before the full stop,
    and where it ends (after the stop) in the line."""
    stop = NAME_SENTENCE_END.search(name)
    return (name[:stop.start()], start + stop.start() + 1) if stop else (name, start + len(name))


def _organization_of_unit(name: str) -> str:
    """'Contoso Foundation team' -> 'Contoso Foundation': a unit word after a name that already
    ends in an organization head is a part of that organization."""
    unit = UNIT.search(name)
    before = name[:unit.start()].split() if unit else []
    if len(before) < 2 or CJK.search(name) or not _latin_head().fullmatch(before[-1]):
        return name
    return " ".join(before)


JOB_TITLE_BEFORE = re.compile(r"[A-Za-z]+,\s*$")


def _without_department(name: str) -> str:
    """After a job title and its comma, the words of a line of work ('Business Development', role
    modifiers) that open a name belong to the title: the organization's name starts after them."""
    tokens = name.split()
    while len(tokens) > 2 and tokens[0].casefold() in words("role_modifiers"):
        tokens.pop(0)
    return " ".join(tokens)


PRONOUN = re.compile(r"\b(?:Your|Our|My|Their|His|Her|Its|We|You)\b")
VENUE_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+\s+)?(?:office|offices|campus|headquarters|HQ|building)\b")
PLATFORM_BEFORE = re.compile(r"(?i)\b(?:on|via|install|installing|download|using|use|follow|following)\s+(?:the\s+)?"
                             r"(?:[A-Z][\w.-]*\s*(?:,|\band\b|&|\bor\b)\s*)*$")  # 'on LinkedIn, Facebook and Twitter'


@cache
def _platform_after() -> re.Pattern:
    """A platform word after the name, or after one lowercase word ('Contoso account', 'a Contoso fan page',
    'Contoso 镜像'), also after its short form in brackets, or the short form's bracket, or the other
    names of a list ('Contoso Web Services (CWS) instances', 'the Contoso and Fabrikam lessons'), or a
    colon and an address ('Contoso: https://…', 'Contoso 地址：https://…', 'Contoso: @handle', 'Contoso:
    at @handle'): the name labels a link."""
    latin = alternation(w for w in words("platform_words") if not CJK.search(w))
    chinese = alternation(w for w in words("platform_words") if CJK.search(w))
    return re.compile(rf"(?:\s*\([A-Z][\w.-]*\)|\))?(?:\s*(?:,|\band\b|&|\bor\b)\s*[A-Z][\w.+/-]*)*\s+(?:[a-z]+\s+)?(?i:{latin})\b"
                      rf"|\s*(?:{chinese})|\s*[:：]\s*(?:at\s+)?[\[(<]?(?:https?://|www\.|@\w)")


@cache
def _usage_before() -> re.Pattern:
    """'使用 Contoso 部署', '基于 Fabrikam': a Chinese usage verb right before the name."""
    return re.compile(rf"(?:{alternation(words('usage_verbs'))})\s*$")


PREFIXED = re.compile(r"(?i)\b(?:pre|post|non|anti)-$")  # 'the pre-Contoso days', 'non-Contoso users'
WORDS_BEFORE = re.compile(r"(?:(?P<first>[A-Z][\w'’.-]*)\s)?(?P<word>[A-Z][\w+-]*) $")


def _inside_a_longer_name(text: str, start: int, end: int) -> bool:
    """'the Unix Contoso lesson', 'the Scientific Python Contoso': a one-word organization name right
    after a capitalized word, in the middle of a sentence, is the last word of a longer name (a
    product, a lesson, an account), not the organization. Not after a word that opens the sentence
    or a function word ('At Contoso'), a person's name ('Jane Doe Contoso', a caption), a job title
    or another organization's name ('Fabrikam Contoso')."""
    if " " in text[start:end]:
        return False
    before = WORDS_BEFORE.search(text, max(0, start - 40), start)
    if not before:
        return False
    word, opening = before.group("word"), text[:before.start("word")].rstrip()
    if not opening or opening[-1] in ".!?:;|(\"“*#>" or word.casefold() in words("common_words"):
        return False
    person = f"{before.group('first')} {word}" if before.group("first") else word
    return not (person_name(person) and probably_a_person(person) or _name_word(word))


THING_ITEM_BEFORE = re.compile(r"(?<![\w-])(?P<item>[a-z][a-z-]+s),\s+$")  # 'etherpads, '
LIST_GOES_ON = re.compile(r"\s*(?:,|\band\b)")


def _listed_with_things(text: str, start: int, end: int) -> bool:
    """'used included etherpads, Contoso, Zoom calls and …': a one-word name in the middle of a list
    whose item before it is a plural common noun in lowercase lists the tools or things used, not
    organizations (a list of organizations is of names); not after a word for people or sponsors
    ('engineers, Contoso and …', 'sponsors, Contoso, …') or a function word."""
    before = THING_ITEM_BEFORE.search(text, max(0, start - 30), start) if " " not in text[start:end] else None
    if not before or not LIST_GOES_ON.match(text, end):
        return False
    item = before.group("item")
    return not ({item, item[:-1]} & {*words("common_words"), *words("participant_nouns"), *words("sponsor_words")}
                or is_role(item[:-1]))

WORD_AFTER = re.compile(r" (?P<word>[A-Z][a-z]+)\b(?![ -][A-Z]|['’]s)")


def _product_word_after(text: str, start: int, end: int) -> bool:
    """'learn Contoso Refine', 'a shared Contoso Folder': after a lowercase word of the sentence, a
    one-word organization name before a capitalized dictionary word that ends the run of capitals
    names its product, not the organization. Not before a head, job title, place or other name
    ('Contoso Labs', 'Contoso Lyon'), nor after a word that introduces an employer or in a list
    ('at Contoso Business', 'sponsors, including …, Contoso Azure')."""
    after = WORD_AFTER.match(text, end) if " " not in text[start:end] else None
    return bool(after) and dictionary_word(after.group("word")) and not _name_word(after.group("word")) \
        and after.group("word").casefold() not in words("common_words") \
        and bool(LOWERCASE_BEFORE.search(text[max(0, start - 30):start]))


def _name_word(word: str) -> bool:
    """A capitalized word that names or heads something itself: a job title, an organization word, a
    well-known name, a place."""
    return bool(is_role(word) or is_org(word) or word in well_known() or places.city(word) or places.country_code(word))


@cache
def _platforms() -> frozenset[str]:
    return frozenset(name.casefold() for name in words("platforms"))


PLATFORM_ACTS_BEFORE = re.compile(r"(?i)(?:\b(?:by|from|thanks\s+to)\s+(?:the\s+)?|(?:来自|由)\s*|(?<=[\u4e00-\u9fff])[(（])$")  # "北岩(Contoso)": a Chinese name's other name
OWNED_BEFORE = re.compile(r"(?i)\b(?:its|our|their|your|my|his|her)\s+$")  # 'our Slack', 'its GitHub says'
POSSESSIVE_NAME_AFTER = re.compile(r"['’]s\s+((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)")  # "Contoso's Research Lab"


@cache
def _platform_acts_after() -> re.Pattern:
    """'GitLab announced…', 'Contoso sponsored…', 'Contoso 主办': a verb that has the name act (a speech,
    hosting or sponsoring verb, in lowercase: 'Contoso Sponsors' is a product), or a Chinese host,
    organizer or supporter word right after it."""
    latin = [w for w in (*words("speech_verbs"), *words("headline_host_verbs"), *words("sponsor_words"))
             if not CJK.search(w)]
    chinese = [w for kind in ("host", "organizer", "co-organizer", "supporter") for w in labels(kind) if CJK.search(w)]
    return re.compile(rf"\s+(?:(?:also|has|have|had|will|is|was)\s+)?(?:{alternation(latin)})\b|\s*(?:{alternation(chinese)})")


def _platform_in_passing(text: str, start: int, end: int) -> bool:
    """'on GitHub', 'GitHub issues', 'our Slack', 'PPT：见 Contoso': a platform's name (data/platforms.txt) in
    running text names the service where something happened or a link points, unless the sentence has
    it act ('Contoso announced', 'sponsored by Contoso', 'engineers from Contoso') or own an organization
    ("Contoso's Research Lab"); never after a possessive ('our Contoso', 'its Contoso says'). As a person's
    employer, an organizer or a sponsor it is read from those layouts, not here."""
    if text[start:end].casefold() not in _platforms():
        return False
    if OWNED_BEFORE.search(text, max(0, start - 8), start):
        return True
    owned = POSSESSIVE_NAME_AFTER.match(text, end)
    return not (PLATFORM_ACTS_BEFORE.search(text, max(0, start - 12), start) or _platform_acts_after().match(text, end)
                or owned and is_org(owned.group(1)))


def _opens_a_platform_name(text: str, start: int, end: int) -> bool:
    """'Contoso' of 'Contoso Meet', '星河' of '星河会议': the name is the first part of a platform's name
    (data/platforms.txt) written in full, which names the service, not its maker."""
    name = text[start:end].casefold()
    return any(len(platform) > len(name) and platform.startswith(name)
               and text[start:start + len(platform)].casefold() == platform for platform in _platforms())


WORDS_AFTER = re.compile(r"\s*([A-Za-z]+|[\u4e00-\u9fff]{2,3})(?:\s+([A-Za-z]+))?")


def _product_of_the_same_name(text: str, start: int, end: int) -> bool:
    """'a laptop with Docker, Podman and …', '打包成 Docker 后交付': a company named after its product
    (data/product_named_companies.txt) names the product, unless its people or team come next ('a Docker
    developer advocate', 'Docker engineers', 'Docker 团队')."""
    if text[start:end] not in words("product_named_companies"):
        return False
    after = WORDS_AFTER.match(text, end)
    return not (after and any(_people_word(word) for word in after.groups() if word))


def _people_word(word: str) -> bool:
    """'team', 'maintainers', 'engineers', '团队', '工程师': a group or the people of an organization."""
    return any(form in _people_words() or is_role(form) for form in {word.casefold(), word.casefold().removesuffix("s")}) \
        or word.startswith("团队")


@cache
def _people_words() -> frozenset[str]:
    return frozenset({*words("host_group_nouns"), *words("participant_nouns")})


def only_named(text: str, start: int, end: int) -> bool:
    """An organization's name used for something else: a product or service ('a GitHub account',
    'on Twitter', 'Install Docker', 'the pre-Contoso days', a model 'Contoso K1 Power FP5280G3'), a place ('at the Contoso London office', 'at Contoso Berlin'),
    part of an event's name ('Contoso Storage Roadshow 2018', 'the Future Racks Symposium'), the giver
    of an award title ('Contoso MVP'), the source of advice a note cites ('Contoso recommends updating …'),
    or a technical word in Chinese text (see `_technical_in_chinese`)."""
    return bool(_platform_after().match(text, end) or PLATFORM_BEFORE.search(text[max(0, start - 30):start])
                or _platform_in_passing(text, start, end) or _opens_a_platform_name(text, start, end)
                or _product_of_the_same_name(text, start, end)
                or PREFIXED.search(text, max(0, start - 5), start) or _inside_a_longer_name(text, start, end)
                or _product_word_after(text, start, end) or _listed_with_things(text, start, end)
                or _usage_before().search(text, max(0, start - 4), start)
                or _technical_in_chinese(text, start, end) or _technical_in_english(text, start, end)
                or _common_noun_in_chinese(text, start, end) or _brand_of_product_in_chinese(text, start, end)
                or VENUE_AFTER.match(text, end) or _city_after(text, end) or _product_after(text, end)
                or MODEL_AFTER.match(text, end) or _award_after().match(text, end) or _technology_after(text, start, end)
                or MEASURE.fullmatch(text, start, end) or _common_word_use(text, start, end)
                or _advice_after().match(text, end)
                or text[end - 1:end] not in ".!?" and _event_after().match(text, end))


COMPOUND_OR_LABEL_AFTER = re.compile(r"-[A-Za-z]|\s+[a-z]+\s*:")  # 'Contoso-Aware', 'Contoso audience:'


def _common_word_use(text: str, start: int, end: int) -> bool:
    """'Target-Aware Workflows', 'Target audience: Developer': a one-word name that is a plain English
    word, joined to the next word by a hyphen or opening a label, is that word, no organization."""
    name = text[start:end]
    return " " not in name and plain_words(name) and bool(COMPOUND_OR_LABEL_AFTER.match(text, end))


@cache
def _degree_after() -> re.Pattern:
    """'…双硕士', '与 B 大学计算机博士': a degree later in the clause (data/degrees.txt) makes the
    university a speaker's school."""
    return re.compile(rf"[^，。；,;]{{0,30}}?(?:{alternation(words('degrees'))})")


@cache
def _award_after() -> re.Pattern:
    """'微软最有价值专家', '阿里云 MVP': an award title right after the name (data/award_titles.txt),
    also after one more character that makes it the name of the company's service ('华为' of '华为云MVP')."""
    return re.compile(rf"[\u4e00-\u9fff]?\s*(?:{alternation(words('award_titles'))})")


SHORTEST_NAME_IN_CHINESE = 3  # letters; 'IO 线程', '磁盘 IO', 'AI 芯片' name things, not the two-letter companies
LATIN_WORD_AFTER = re.compile(r"-[A-Za-z]|\s?([A-Za-z][A-Za-z0-9]*)\s?(?P<unit>[\u4e00-\u9fff]{0,8})")


def _technical_in_chinese(text: str, start: int, end: int) -> bool:
    """A Latin name in a Chinese line that Chinese technical writing uses as a word: one of one or
    two letters ('网络 IO 模型'), or one joined to the Latin word after it, which makes both a
    product or a technology ('Contoso Cloud 和…', 'Fabrikam-INF 目录'; not 'Contoso Labs', an
    organization word, nor 'Contoso Tracing 委员会', a unit of the organization). As a speaker's
    affiliation or an organizer it is still read (from those lines)."""
    name = text[start:end]
    if not name.isascii() or not CJK.search(text):
        return False
    if len(name) < SHORTEST_NAME_IN_CHINESE:
        return True
    joined = LATIN_WORD_AFTER.match(text, end)
    if not joined or not joined.group(1):
        return bool(joined)  # 'Fabrikam-INF': one hyphenated word
    word = joined.group(1)
    return not (pattern("org_words").fullmatch(word) or word in ("and", "or") or _zh_head().search(joined.group("unit")))


NOUN_MODIFIER_END = re.compile(r"(?:的|[”\"」])\s*$")
NOUN_PHRASE_END = re.compile(r"\s*(?:$|[^\w\s]|的|以及|和|与|及)")
LOCALIZER_AFTER = re.compile(r"(?:里|中|下|之中)(?![\u4e00-\u9fff]{0,1}(?:国|心|标|文))")


def _common_noun_in_chinese(text: str, start: int, end: int) -> bool:
    """A Chinese organization's name that is also a common noun, used as that noun: after 的 or a
    closing quote ('时代的浪潮', '“数智”浪潮'), before a word of place ('浪潮里', '浪潮下'), or after
    another noun and before 的 ('技术浪潮的支持者'). As a company it stands after a verb, a mark or
    a kind of organization ('来自浪潮的工程师', '感谢浪潮、…', '厂商浪潮的服务器')."""
    name = text[start:end]
    if not CJK.match(name) or jieba_tags().get(name) != "n" or not common_word(name):
        return False
    before = dictionary_words(text[max(0, start - 6):start])
    after_noun = bool(before) and jieba_tags().get(before[-1]) in ("n", "vn") and text.startswith("的", end) \
        and before[-1] not in words("org_kinds") and not is_role(before[-1])  # not '服务器厂商浪潮的产品'

    ends_phrase = NOUN_PHRASE_END.match(text, end)  # not '的网易博学堂': a name before a noun names its owner
    return bool(NOUN_MODIFIER_END.search(text[:start]) and ends_phrase or LOCALIZER_AFTER.match(text, end) or after_noun)


PRODUCT_WORD_AFTER = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?=\s*(?:$|[^\w\s]|以及|和|与|及))")


def _brand_of_product_in_chinese(text: str, start: int, end: int) -> bool:
    """'基于 ARM 架构的华为鲲鹏和…': a Chinese company's name after 的 and right before a word that ends
    the phrase and is no organization word, place or job title names that product by its brand (the
    Chinese counterpart of 'Intel SGX'); '…的龙芯中科' alone, or '…的星河公司', is the company."""
    name = text[start:end]
    product = PRODUCT_WORD_AFTER.match(text, end) if CJK.match(name) and NOUN_MODIFIER_END.search(text[:start]) else None
    if not product:
        return False
    word = product.group(1)
    return not (is_org(word) or _zh_head().search(word) or word in words("org_kinds") or is_role(word) or _place_word(word))


LOWERCASE_BEFORE = re.compile(r"(?<![\w-])(?!(?:by|from|at|of|with|to|for|thanks)\s)[a-z]+\s+$")
LOWERCASE_AFTER = re.compile(r"\s+([a-z]+)\b")


def _technical_in_english(text: str, start: int, end: int) -> bool:
    """A name of one or two letters that an English sentence uses as a technical word: between two
    lowercase words ('a good IO speedup', 'resharding and IO operations'), or joined to a word by a
    hyphen ('ACME-IO-KIT'). Not after a word that introduces an employer ('by IO engineers'), nor
    before a job or organization word ('the IO team')."""
    if len(text[start:end]) >= SHORTEST_NAME_IN_CHINESE or CJK.search(text):
        return False
    if re.match(r"-[A-Za-z]", text[end:end + 2]) or re.fullmatch(r"[A-Za-z]-", text[max(0, start - 2):start]):
        return True
    after = LOWERCASE_AFTER.match(text, end)
    if not after or not LOWERCASE_BEFORE.search(text[max(0, start - 30):start]):
        return False
    word = after.group(1)
    return not (pattern("org_words").fullmatch(word) or word in words("org_heads") or is_role(re.sub(r"s$", "", word)))


CAPITALIZED_AFTER = re.compile(r"\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b(?!\s+[A-Z])")


COLLEGE_HEAD = re.compile(r"\b(?:University|College)$")


def _college_city(text: str, name: str, end: int) -> re.Match | None:
    """'University College Dublin', 'Contoso College London': a city right after a university's or
    a college's head is the end of its name, not a site of it (see `_city_after`)."""
    following = CAPITALIZED_AFTER.match(text, end) if COLLEGE_HEAD.search(name) else None
    return following if following and places.city(following.group(1)) else None


def _city_after(text: str, end: int) -> bool:
    """A city right after the name, ending its run of capitalized words ('at Contoso Berlin', not
    'at Contoso Berlin Lab'): one of its offices or sites, a place."""
    following = CAPITALIZED_AFTER.match(text, end)
    return bool(following) and bool(places.city(following.group(1)))


MEASURE = re.compile(r"\d+[a-z]{1,2}")  # 'Dana (3m)', '15m': a duration or a size in lowercase, no company's name
ACRONYM_AFTER = re.compile(r"(?:®|\([RC]\))?\s+(?P<acronym>[A-Z]{2,5})\b(?![-.&]|\s+[A-Z])")


TERM_LABEL = re.compile(r"\s*[:：]")
ITEM_OPENING = re.compile(r"\s*(?:[-*+•]|\d+[.)])?\s*(?:\*\*)?")  # what may open a line or list item before a term


def _technology_after(text: str, start: int, end: int) -> bool:
    """'the Intel SGX enclaves', 'support for AMD SEV', '- Contoso CCA: …': after a lowercase word of the
    sentence, or opening a line as a term its colon defines, a
    one-word organization name before a technology's acronym names that technology, a topic. Not
    before a company's legal form or a region ('Contoso AG', 'Contoso EU'), a place or another
    organization's name, nor when the acronym opens a longer name ('Contoso DAMO Academy') or a job
    title follows ('my colleague Contoso POWER hardware architect Jane Doe': her employer); an item
    that opens with the name ('**Contoso FPGA accelerator**') may say what the organization showed."""
    after = ACRONYM_AFTER.match(text, end) if " " not in text[start:end] else None
    if after and TERM_LABEL.match(text, after.end()) and ITEM_OPENING.fullmatch(text[:start]):
        return True  # '- Contoso CCA: …': a glossary item defines the technology
    if not after or not LOWERCASE_BEFORE.search(text[max(0, start - 30):start]):
        return False
    acronym = after.group("acronym")
    titled = pattern("roles").search(" ".join(text[after.end():].split()[:3]))
    return not (titled or acronym.casefold() in words("company_suffixes") or acronym in words("regions")
                or _name_word(acronym))


MODEL_AFTER = re.compile(r"\s+(?:[A-Z][\w-]*\s+){0,2}(?!(?:19|20)\d\d\b)[A-Za-z-]*\d[\w-]*")  # 'Contoso K1 Power FP5280G3 server'
POSSESSIVE_NAME = re.compile(r"['’]s\s+\[?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){1,4})")


def _product_after(text: str, end: int) -> bool:
    """'Contoso's Language Server Protocol': a product of the organization, named with its owner;
    not 'Contoso's Jane Doe' (a person) nor 'Contoso's Chief Architect' (a job title)."""
    product = POSSESSIVE_NAME.match(text, end)
    name = product.group(1) if product else ""
    return bool(name) and not (person_name(name) and not plain_words(name)) and not is_role(name) \
        and not pattern("org_words").search(name)


def _unit_of_known(text: str, start: int) -> bool:
    """'Toronto Lab' in 'at Contoso Toronto Lab': a site or unit named after a well-known organization."""
    before = re.search(r"(\S+)\s+$", text[max(0, start - 40):start])
    return bool(before) and before.group(1) in well_known()


def _before_role(name: str) -> str:
    """'Contoso Foundation CEO and Executive Director' -> 'Contoso Foundation': a job title after a name is no part of it."""
    role = pattern("roles").search(name)
    return re.sub(r"\s+(?:and|&|of|for)$", "", name[:role.start()].strip(" ,")) if role and role.start() > 0 else name


MENTION_LEAD = re.compile(r"^(?:(?:The|A|An|Our|This|At|In|From|By|With|And|Hi|Hello|Dear|[A-Z][a-z]+ing)\s+)+")


def _trimmed_mention(name: str) -> str:
    """The name in a run of capitalized words: not the greeting, article, shouted label, sponsor tier or gerund
    before it ('Hi Contoso Foundation', 'SOURCE Contoso Foundation', 'Gold Sponsor Contoso Labs', 'Leveraging Foundation'),
    and the last of two names run together ('Contoso Foundation The Contoso Foundation')."""
    name = _sponsor_label().sub("", MENTION_LEAD.sub("", re.split(r"\s(?:The|A|An)\s", name)[-1]))
    words_in = name.split()
    while len(words_in) > 2 and words_in[0].isupper() and len(words_in[0]) > 3 and dictionary_word(words_in[0]):
        words_in.pop(0)
    return " ".join(words_in)


def without_sponsor_label(name: str) -> str:
    """'Platinum Sponsor Contoso' -> 'Contoso': the name without the sponsor's tier or kind before it (`_sponsor_label`)."""
    return _sponsor_label().sub("", name)


@cache
def _sponsor_label() -> re.Pattern:
    """'Diamond Sponsor', 'Media Partner': a sponsor's tier or kind written before its name
    ('our Diamond Sponsor Contoso Labs'), a label, no part of the name after it (data/sponsor_words.txt)."""
    sponsor = alternation(word.capitalize() for word in words("sponsor_words"))
    return re.compile(rf"^(?:[A-Z][\w-]*\s+){{0,2}}?(?:{sponsor})\s+(?=[A-Z0-9])")


def _function_team(name: str) -> bool:
    """'Release Team', 'Day-of Operations team', 'Training and Outreach Team': a team named only by
    what it does (data/team_functions.txt) is a unit of the organization or event the text is
    about, not an organization ('Contoso Release Team' is one)."""
    head, _, last = name.rpartition(" ")
    functions = [word.casefold() for word in head.split() if word not in ("and", "&")]
    return last.casefold() == "team" and bool(functions) and all(word in casefolded("team_functions") for word in functions)


BODY_JOINTS = {"and", "&", "of", "for", "the"}


def _common_body(name: str) -> bool:
    """'Release Steering Committee', 'Talk Selection Committee', 'Docs and Outreach Working Group': a
    project's or an event's own body (data/project_bodies.txt) named only by common words is part of
    what the text is about, no organization ('Contoso Steering Committee' is Contoso's); so is a name
    whose head needs a proper name before it (data/org_heads_need_name.txt: 'Chess Group', 'Graduate
    School'), while 'Fabrikam User Group' names one."""
    body = _project_body().search(name)
    named = [word for word in name[:body.start()].split() if word.casefold() not in BODY_JOINTS] if body else []
    return bool(named) and plain_words(" ".join(named))


def _unnamed_group(name: str) -> bool:
    """A name whose head needs a proper name (data/org_heads_need_name.txt) and gets none: one that
    opens with another's possessive ('Contoso's Research Support Group', a unit of Contoso), with a
    phrase of common words before 'and' ('Introduction and Contoso User Group', a talk's title), whose
    words before the head are event words alone ('Meetup Group'), or a head followed by whom it is of
    or for whose own words name no one ('Advisory Group of Contoso', 'Business School for Bloggers';
    'School of Medicine', a faculty named by its field, stays)."""
    head = _need_name_head().search(name)
    if not head:
        return False
    before = name[:head.start()].split()
    if any(POSSESSIVE_END.search(word) for word in before):
        return True
    if "and" in before and plain_words(" ".join(before[:before.index("and")])):
        return True
    if before and all(pattern("event_words").fullmatch(word) for word in before):
        return True
    of_whom = name[head.end():].split()[:1]
    if of_whom and not (head.group(1) == "School" and of_whom == ["of"]):
        return _common_body(name[:head.end()]) or not before
    return False


INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s+$")
LOWER_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")


def _a_kind_of_group(text: str, name: str, start: int) -> bool:
    """'a Contoso Discussion Group on …': a name whose head needs a proper name, after an indefinite
    article that is its own (what follows is a clause opener of data/clause_openers.txt, or no word),
    is a kind of gathering, not one group ('a Contoso User Group member' is a member's)."""
    if not _need_name_head().search(name):
        return False
    at = text.find(name, start)
    after = LOWER_WORD_AFTER.match(text, at + len(name))
    return bool(INDEFINITE_BEFORE.search(text[:at])) and (not after or after.group(1) in words("clause_openers"))


@cache
def _need_name_head() -> re.Pattern:
    heads = alternation(head for head in words("org_heads_need_name") if not CJK.search(head))
    return re.compile(rf"\s?\b({heads})\b(?=\s+(?:of|for)\s|$)")


@cache
def _project_body() -> re.Pattern:
    bodies = (*words("project_bodies"), *(head for head in words("org_heads_need_name") if not CJK.search(head)))
    return re.compile(rf"\s(?:{alternation(bodies)})$", re.IGNORECASE)


def _site_team(name: str) -> bool:
    """'the Lyon team', 'Dana Whitfield's team': the people working at one place, or with one person,
    are a group of the event, not an organization ('the Contoso team' is Contoso's)."""
    head, _, last = name.rpartition(" ")
    return last.casefold() == "team" and (head.endswith(("'s", "’s")) or _a_place(head))


def _a_place(name: str) -> bool:
    return bool(places.city(name) or places.country_code(name))


FORMER = re.compile(r"曾|前(?=[\u4e00-\u9fffA-Za-z])|^[，。；,;]?\s*[原前]\s*$|\b(?:formerly|previously|prior to|before joining)\b", re.IGNORECASE)


def former_employer(text: str, start: int) -> bool:
    """The name at `start` opens, or follows in its clause, a word for a past post ('曾任职于…',
    '前 Contoso 工程师', '原星河科技架构师', 'formerly at …') or for where a project came from ('脱胎于 Contoso
    社区的夏令营', 'originally developed at Contoso'; data/origin_words.txt): its past, no part in the event."""
    return bool(FORMER.search(_clause_before(text, start))) or origin_before(text, start)


def _opens_with_former(name: str) -> bool:
    """'前星河科技公司', '原云帆数据公司': a Chinese reading whose first word is 前 or 原 alone names a
    past employer ('前海…', '原子…' open with a word of their own)."""
    return name[:1] in "前原" and dictionary_words(name)[0] == name[0]


def origin_before(text: str, start: int) -> bool:
    """'脱胎于 Contoso 社区的夏令营', 'originally developed at Contoso': the clause before the name tells
    where a project came from (data/origin_words.txt)."""
    return bool(pattern("origin_words").search(_clause_before(text, start)))


def _clause_before(text: str, start: int) -> str:
    return text[max(0, *(text.rfind(mark, 0, start) for mark in "，。；,;")):start]


@cache
def _advice_after() -> re.Pattern:
    """'Contoso recommends updating …': the organization's guidance, cited (data/advice_verbs.txt)."""
    return re.compile(rf"\s+(?:{alternation(words('advice_verbs'))})\b")


VENUE_HEADS = re.compile(r"\b(?:Center|Centre|Hall|Hotel|Arena|Park)$")


def _venue(name: str) -> bool:
    """'Pune Expo Center', 'Lyon Congress Centre', 'Ohio Center': a place named after its city or its
    state is a venue."""
    first = name.split()[0]
    return bool(VENUE_HEADS.search(name)) and bool(places.city(first) or places.us_state(first))


@cache
def _venue_by_kind() -> re.Pattern:
    return re.compile(rf"(?i:\b(?:{alternation(words('venue_kinds'))}))\s+(?:Center|Centre)$")


def venue_by_kind(name: str) -> bool:
    """'Lakeside Convention Center', 'Old Mill Conference Centre': a kind of venue before 'Center'
    (data/venue_kinds.txt) names a place where events are held, not an organization."""
    return bool(_venue_by_kind().search(name))


@cache
def _zh_head_at_end() -> re.Pattern:
    return re.compile(rf"(?:{alternation(h for h in words('org_heads') if CJK.search(h))})$")


def _generic_zh(name: str) -> bool:
    """'开源基金会', '中文社区', '技术委员会': an organization head after a common word names no one."""
    head = _zh_head_at_end().sub("", name).strip()
    if _registered(name):
        return _generic_registered(name)
    needs_name = name.endswith(tuple(words("org_heads_need_name")))
    kind = name.endswith(tuple(w for w in words("org_kinds") if CJK.search(w)))  # '传统软件公司', '目前开源社区'
    common_words_only = kind and CJK.match(head) and _kind_words_only(dictionary_words(head))
    return (not head or needs_name and common_word(head) or common_words_only or has_function_character(head)
            or _too_long_for_a_name(name, head) or describes(head) or _scope_first(head))


MAX_NAME_CHARACTERS = 8  # Chinese characters before a head: more read as a clause run on into it, no name


def _too_long_for_a_name(name: str, head: str) -> bool:
    """More than eight Chinese characters before the head. A school's name (data/school_heads.txt) also
    holds the country it stands in and, before a branch campus, its university ('美国加州大学圣地亚哥分校',
    '澳大利亚新南威尔士大学': a foreign school written in Chinese); they count apart."""
    if len(CJK.findall(head)) <= MAX_NAME_CHARACTERS or not _school_head_at_end().search(name):
        return len(CJK.findall(head)) > MAX_NAME_CHARACTERS
    first = dictionary_words(head)[0]
    own = head[len(first):] if len(first) < len(head) and _place_word(first) else head
    return max(len(CJK.findall(part)) for part in _school_head().split(own)) > MAX_NAME_CHARACTERS


@cache
def _school_head() -> re.Pattern:
    return re.compile(alternation(h for h in words("school_heads") if CJK.search(h)))


@cache
def _school_head_at_end() -> re.Pattern:
    return re.compile(rf"(?:{_school_head().pattern})$")


def _registered(name: str) -> bool:
    """'北辰软件有限公司', '云帆数据信息技术股份有限公司': a Chinese name that ends in a legal form
    (data/legal_forms_zh.txt) is a company's registered name."""
    return CJK.match(name) is not None and name.endswith(words("legal_forms_zh"))


def _business_cut_from_a_name(text: str, name: str, start: int) -> bool:
    """'信息科技有限公司' read out of '星河佰聆信息科技有限公司' (a verb or a particle the reading was cut
    at): a registered name whose words before the legal form all describe a line of business
    ('信息', '科技', '网络', '服务'), and that Chinese characters run on into from before, is the tail
    of a longer name, not one of its own."""
    if not _registered(name) or start <= 0 or not CJK.match(text[start - 1]):
        return False
    return _kind_words_only(dictionary_words(_without_legal_form(name)))


def _generic_registered(name: str) -> bool:
    """A registered name is made of the company's place, brand and line of business, common words
    as often as not ('麒麟软件有限公司'); it names no one only when a line of business stands alone
    before the legal form ('软件有限公司'), or a function word, a count or a describing word, or a
    word of where, says which ones ('一家科技有限公司', '国内外软件有限公司')."""
    head = _without_legal_form(name)
    pieces = dictionary_words(head)
    return (len(pieces) < 2 or has_function_character(head) or len(head) > REGISTERED_NAME_LENGTH
            or describes(head) or _scope_first(head))


def _scope_first(head: str) -> bool:
    """'国内外开源基金会', '海内外华人社区': a word of where (jieba's tag s) before the kind says which ones,
    it names none."""
    pieces = dictionary_words(head) if CJK.match(head) else []
    return len(pieces) >= 2 and jieba_tags().get(pieces[0]) == "s"


def _kind_words_only(pieces: list[str]) -> bool:
    """'互联网安全', '传统技术栈', '四家': words that describe a kind of organization (not after a
    place: '浙江移动公司' is a company); a noun of one character counts after two longer words ('技术栈')."""
    longer = sum(len(piece) >= 2 for piece in pieces)
    return all(_kind_word(piece) or len(piece) == 1 and longer >= 2 and jieba_tags().get(piece) == "n"
               for piece in pieces)


def _kind_word(piece: str) -> bool:
    """A word that describes a kind of organization ('互联网', '传统', '安全', '多家'): a common word of
    two characters or more, no adjective but an adjectival noun ('安全'), or a count of organizations.
    One character alone ('龙', '芯') or an adjective ('平安') is as likely a brand's."""
    tag = jieba_tags().get(piece, "")
    counted = tag == "m" and piece.endswith(("家", "些"))  # '多家', '一些'
    return len(piece) >= 2 and (common_word(piece) and (not tag.startswith("a") or tag == "an") or counted)


def _zh_mention(text: str, match: re.Match) -> str | None:
    """A Chinese organization named by its head word; when the longest reading is no name
    ('Contoso 基金会外联委员会' is a committee of one), the reading that ends at an earlier head
    ('Contoso 基金会')."""
    whole = match.group("zh").strip()
    ends = [head.end() for head in _zh_head().finditer(whole)][::-1]
    for end in ends:
        name = _past_opening_word(_without_clause_before(whole[:end].strip()))
        before = text[:match.start("zh") + whole[:end].rfind(name)] if name else ""
        unbracketed = PLACE_BRACKET.sub("", name)  # the registered name's place says nothing of its kind
        if len(name) >= 3 and not is_role(name) and not _generic_zh(unbracketed) and not _described_kind(before, unbracketed):
            return name
    return None


CLAUSE_MARK = re.compile(r"[^\w\s·&+.'’-]")  # a mark that ends a clause ('，', '：', '（'): no word runs across it
OPENING_WORD_TAGS = ("p", "c", "r", "d", "u", "zg", "vd", "ad")  # jieba's prepositions, conjunctions, pronouns, adverbs
# (and verbs or adjectives used as adverbs: '持续', '积极'), particles
# and lone morphemes ('在', '和', '每', '也'): they open a clause, never a name (a place or time word may: '南方…', '未来…')
WHERE_WHEN_TAGS = ("f", "t")  # jieba's localities and times ('上', '现在')
JOINING_TAGS = ("p", "c", "u")  # '由' of '由星河' (a word the segmenter made of a preposition and an unknown name)


def _from_word_start(text: str, name: str, start: int) -> str | None:
    """A Chinese reading begins where a word of jieba's segmentation of its clause begins: one that
    starts inside a word ('岚科技有限公司' read in '常岚科技有限公司', which the segmenter keeps whole)
    takes the whole word (not a preposition the segmenter glued to it: '由星河…'); an opening function
    word or one-character verb ('每', '在', the '到' of '参与到开源社区') is no part of a name, and what is
    left must still read as one ('开源社区' is a kind of group, no name); a time or locality word before
    an organization head alone ('上大学', '现在银行') names none."""
    if start < 0 or not CJK.match(name):
        return name
    clause_start = max((mark.end() for mark in CLAUSE_MARK.finditer(text, 0, start)), default=0)
    after = CLAUSE_MARK.search(text, start + len(name))
    clause = text[clause_start:after.start() if after else len(text)]
    starts = sorted(word_starts(clause))
    at = start - clause_start
    if at not in starts:
        word_start = max(s for s in starts if s < at)
        while word_start < at and jieba_tags().get(clause[word_start], "x").startswith(JOINING_TAGS):
            word_start += 1
        name, at = clause[word_start:at] + name, word_start
    end, cut = at + len(name), at
    first_end = next((s for s in starts if s > at), end)
    if jieba_tags().get(clause[at:first_end], "x")[:1] in WHERE_WHEN_TAGS and head_alone(clause[first_end:end]):
        return None  # '上大学', '现在银行': a time or place word before a kind alone names none
    for word_end in (s for s in starts if at < s < end):
        word = clause[cut:word_end]
        if not CJK.match(word) or not (jieba_tags().get(word, "x").startswith(OPENING_WORD_TAGS)
                                       or len(word) == 1 and jieba_tags().get(word) == "v"):
            break
        cut = word_end
    cut = _after_a_time_clause(clause, starts, _after_a_conjunction(clause, starts, cut, end), end)
    if cut == at:
        return None if _object_of_a_verb(clause, starts, at, end) else name
    rest = name[cut - at:].strip()
    return rest if _reads_as_a_name(rest) else None


def _after_a_conjunction(clause: str, starts: list[int], cut: int, end: int) -> int:
    """'社区主页和星河开源社区': a conjunction of one character (jieba's tag c: 和, 及, 并) that its clause's
    segmentation sets apart between the words before a head joins two things, and the name begins after
    it; the 与 of '数学与统计学院' (a preposition by jieba's tags) joins the fields a school's name lists."""
    head = _zh_head_at_end().search(clause, cut, end)
    if not head:
        return cut
    return max((word_end for word_start, word_end in zip(starts, starts[1:])
                if cut < word_start and word_end <= head.start() and word_end - word_start == 1
                and jieba_tags().get(clause[word_start]) == "c"), default=cut)


def _after_a_time_clause(clause: str, starts: list[int], cut: int, end: int) -> int:
    """'投票时社区…', '活动结束后星河社区…': a word that ends a clause of time (data/time_clause_ends_zh.txt),
    set apart by the segmentation between the words before a head, ends the clause that tells when; the
    name begins after it."""
    head = _zh_head_at_end().search(clause, cut, end)
    if not head:
        return cut
    ends = words("time_clause_ends_zh")
    return max((word_end for word_start, word_end in zip(starts, starts[1:])
                if cut <= word_start and word_end <= head.start() and clause[word_start:word_end] in ends), default=cut)


CLAUSE_GOES_ON_TAGS = ("v", "d", "r")  # verbs, adverbs, pronouns: the clause is under way before a word


def _object_of_a_verb(clause: str, starts: list[int], at: int, end: int) -> bool:
    """'…表示需问社区', '…不能交給公司', '还没有入职新公司': a reading that follows a verb, an adverb or a
    pronoun of its clause, whose last word before its head (or before an adjective there: 新) is a verb,
    and which holds no proper noun, tells what the clause does with a common noun (the community, a
    company), it names none. A verb inside a name after a preposition ('由开放存储联盟') or at a clause's
    start ('焊接实验室') stays; so does a verb before a noun ('加入统信软件公司'), and one beside a place or a
    proper noun ('数据分析与应用安徽省重点实验室')."""
    head = _zh_head_at_end().search(clause, at, end)
    if not at or not head or not CJK.match(clause[at - 1]):
        return False
    before = clause[max(s for s in starts if s < at):at]
    words_before_head = [clause[s:e] for s, e in zip(starts, starts[1:]) if at <= s and e <= head.start()]
    verb = words_before_head[:-1] if words_before_head and _word_tag(words_before_head[-1]) == "a" else words_before_head
    return _word_tag(before)[:1] in CLAUSE_GOES_ON_TAGS and bool(verb) and _word_tag(verb[-1]) == "v" \
        and all(CJK.match(w) and _word_tag(w)[:2] not in PROPER_TAGS for w in words_before_head)


def _word_tag(word: str) -> str:
    """jieba's tag of a word of its dictionary; of a word its segmenter made up ('需问'), its first character's."""
    return jieba_tags().get(word) or jieba_tags().get(word[:1], "x")


def _reads_as_a_name(name: str) -> bool:
    """A Chinese reading long enough, no job title, and no kind of organization alone ('开源社区')."""
    return len(name) >= 3 and not is_role(name) and not _generic_zh(PLACE_BRACKET.sub("", name))


def _head_inside_a_word(text: str, name: str, end: int) -> bool:
    """'青山区大学生创业园': the head word that ends a reading makes one dictionary word with the character
    after it (the reading and the characters after it cut into words), the reading ends inside a word and
    names no organization; not when the next two characters are a word ('…大学网络…')."""
    if not CJK.match(text[end:end + 1]):
        return False
    if text[end:end + 2] in jieba_tags():
        return False  # '…大学网络空间安全学院': the next characters make a word of their own
    ends = list(itertools.accumulate(len(word) for word in dictionary_words(name + text[end:end + 3])))
    return len(name) + 1 in ends and len(name) not in ends  # one word of the head and the next character


def _without_clause_before(text: str) -> str:
    """'由星河科技', '他代表星河大学', '…要由衷感谢星河大学': the words that open the clause before a name and
    the clause up to its last function word or verb, cut again when the cut left an opening word first."""
    cut = after_function_words(_past_opening_words(text))
    again = _past_opening_words(cut)
    return after_function_words(again) if again != cut else cut


def _past_opening_words(text: str) -> str:
    """'由星河科技' -> '星河科技', '他代表星河大学' -> (after the pronoun) '星河大学': the words that open
    the clause before a name (ZH_NAME_START); the 和 of '和光湾…' opens a proper noun, the name's."""
    opening = ZH_NAME_START.match(text)
    if not opening:
        return text
    first = dictionary_words(text)[0]
    if len(opening.group(0)) == 1 and len(first) > 1 and jieba_tags().get(first, "x")[:2] in PROPER_TAGS:
        return text  # '和光湾…': a one-character opening word that is the first character of a proper noun
    return text[opening.end():].lstrip()


PROPER_TAGS = ("nr", "ns", "nt", "nz")  # jieba's tags of names: people, places, organizations, others
OPENING_TAGS = ("q", "vg")  # jieba's measure words ('家' of '82 家') and verb morphemes ('述' of '讲述')


def _past_opening_word(name: str) -> str:
    """'来到云原生社区' -> '云原生社区', '家开源技术社区' -> '开源技术社区': a measure word or a verb morpheme
    that opens the reading ends the clause before the name, and so does a verb before a word no
    dictionary holds as a common word ('云'). A verb before a common word begins the name ('开放原子开源基金会',
    '开放存储联盟'), unless what follows is a phrase of describing words ('促进优秀开源软件社区': no name)."""
    pieces = dictionary_words(name)
    if len(pieces) < 2 or not CJK.match(pieces[0]):
        return name
    tag, rest = jieba_tags().get(pieces[0], "x"), name[len(pieces[0]):].strip()
    if tag in OPENING_TAGS:
        return rest
    if tag != "v":
        return name
    if _generic_zh(rest):
        return "" if len(pieces) > 3 else name
    return name if common_word(pieces[1]) else rest


@cache
def _zh_head() -> re.Pattern:
    return re.compile(alternation(h for h in words("org_heads") if CJK.search(h)))


def _described_kind(before: str, name: str) -> bool:
    """'…云原生架构的开源数据库社区', '唯一一家…的上海主板上市公司': after 的 (or 一家/一个), common
    words before an organization head describe a kind of organization, they name none; so do two
    or more after a Latin name ('…的 Contoso 城市用户交流社区', not '…的 Fabrikam 社区')."""
    if not before.rstrip().endswith(("的", "一个", "一家", "一所")):
        return False
    latin = LATIN_LEAD.match(name)
    name = name[latin.end():] if latin else name
    head = _zh_head_at_end().sub("", name).strip()
    whole = dictionary_words(name)
    straddles = len(whole[-1]) > len(name) - len(head)  # '上市公司' is one dictionary word: a kind, and the head
    pieces = whole[:-1] if straddles else dictionary_words(head)
    return len(pieces) >= (2 if latin else 1) and all(common_word(piece) or _place_word(piece) for piece in pieces)


def _place_word(word: str) -> bool:
    """A city, a country, or a word jieba tags as a place (ns: also common words such as 城市)."""
    return bool(places.city(word) or places.country_code(word)) or jieba_tags().get(word) == "ns"


LATIN_LEAD = re.compile(r"^[A-Za-z][\w.+-]*(?:\s+[A-Za-z][\w.+-]*)*\s*(?=[\u4e00-\u9fff])")


LOGO_RUN = 3  # a run this long of short bold lines is a list of names (sponsors, partners), not talk titles


def logo_wall(blocks: list[Block]) -> list[Block]:
    """Short bold lines in a run ('**Contoso Group** 星河集团' one under another): organization names."""
    found, run = [], []
    for block in blocks + [Block("paragraph", "", 0)]:
        short = block.kind == "bold" and 2 <= len(block.text) <= 40 and not is_role(block.text) \
            and not person_name(block.text) and not re.search(r"[:：。，,]", block.text)
        if short:
            run.append(block)
            continue
        if run and block.kind == "paragraph" and len(block.text) <= 20 and not re.search(r"[:：。，,.]", block.text):
            continue  # the same name in the other script, under its logo
        if len(run) >= LOGO_RUN:
            found += run
        run = []
    return found


@cache
def _speaker_word() -> re.Pattern:
    return re.compile(alternation(labels("speaker")), re.IGNORECASE)


@cache
def _talk_noun() -> re.Pattern:
    return re.compile(talk_nouns(), re.IGNORECASE)


def sponsor_heading(block: Block) -> bool:
    """'Gold Sponsors:', 'Thank You to Our Partners': a heading over a list of sponsors; not one
    that also names the talks or speakers ('Our speakers and sponsors', 'Talks and Sponsors Announced')."""
    return block.is_title and bool(pattern("sponsor_words").search(block.text)) \
        and not _talk_noun().search(block.text) and not _speaker_word().search(block.text)


SPONSOR_ITEM_BREAK = re.compile(r"\s*[,(（]\s*|\s+[–—-]\s+")  # 'Contoso – Widget team', 'Contoso, Gold Sponsor'
SPONSOR_NAMES_BREAK = re.compile(r"\s*[,、]\s*(?:and\s+)?|\s+(?:and|&)\s+")
SENTENCE_END = re.compile(r"[.!?](?:\s|$)|[。！？；]")  # an item that holds a sentence names no sponsor
SPONSOR_NAME_WORDS = 6
SPONSOR_NAME_LENGTH = 24  # Chinese characters at most: '杭州星河锦程信息技术股份有限公司'


def _chinese_sponsor(name: str) -> bool:
    """'灯塔软件有限公司', '星河科技': a sponsor item's Chinese name, short, no clause of a sentence ('，', '的'),
    no person's name and no job title."""
    return CJK.match(name) is not None and 2 <= len(name) <= SPONSOR_NAME_LENGTH and not re.search(r"[，,的]", name) \
        and not person_name(name) and not is_role(name)


def sponsoring_person(name: str) -> bool:
    """'Jane Doe, Individual Sponsor': a person's name that opens with a common given name; not
    'Tailspin Robotics', nor 'Julius Systems' (an organization word)."""
    return bool(person_name(name)) and common_given_name(name.split()[0]) and not pattern("org_words").search(name)


def _sponsor_sections(blocks: list[Block]) -> list[range]:
    """The lines of each section a sponsor heading opens, up to the next heading that is not one."""
    sections, start, after_sponsors = [], None, False
    for block in blocks + [Block("heading", "", sys.maxsize, 1)]:
        if block.is_title and start is not None:
            sections.append(range(start + 1, block.number))
            start = None
        if block.is_title and sponsor_heading(block) or start is None and block.kind == "paragraph" \
                and label_pattern("supporter", "media-partner").match(block.text) \
                or start is None and after_sponsors and _tier_heading(block):
            start = block.number  # '## Sponsors' joined to the sentence under it ('Sponsors：We thank …')
        if block.is_title or block.kind == "paragraph":
            after_sponsors = start is not None or bool(pattern("sponsor_words").search(block.text))
    return sections + _labelled_item_runs(blocks)


def _tier_heading(block: Block) -> bool:
    """'### Diamond', '<h3>Gold</h3>': a heading (or a paragraph that is only the heading an HTML page
    wrote) that is only a sponsorship tier (data/sponsor_tiers.txt). After a sponsor heading or a
    paragraph that speaks of the sponsors ('Our Diamond and Platinum sponsors deserve a special
    mention') it lists sponsors; after anything else ('Gold' over a list of prizes) none."""
    return block.kind in ("heading", "paragraph") and bool(_tier_only().fullmatch(block.text.strip(" #:：*")))


@cache
def _tier_only() -> re.Pattern:
    return re.compile(rf"(?i:{alternation(words('sponsor_tiers'))})(?:\s+(?i:level|tier))?")


ITEM_LABEL_KINDS = ("host", "organizer", "co-organizer", "supporter", "media-partner", "taking-part")
LABEL_ALONE = re.compile(r"[:：]\s*$")


def _labelled_item_runs(blocks: list[Block]) -> list[range]:
    """'- 赞助者：' over the items '灯塔软件有限公司', '星河科技': a list item that is only the label of an
    organization's part in the event (organizer, sponsor, partner, a party taking part: data/labels.txt), its
    value left to the items under it, and those items, up to the first block that is no item or an item
    with a label of its own ('- 日期和地点：')."""
    runs, start = [], None
    for block in blocks + [Block("paragraph", "", sys.maxsize)]:
        if start is not None and (block.kind != "item" or re.search(r"[:：]", block.text)):
            runs.append(range(start + 1, block.number))
            start = None
        if block.kind == "item" and LABEL_ALONE.search(block.text) \
                and label_pattern(*ITEM_LABEL_KINDS).match(LABEL_ALONE.sub("", block.text)):
            start = block.number
    return runs


def _in_sponsor_section(line: int, sections: list[range]) -> bool:
    return any(line in section for section in sections)


LOGO_WORD = re.compile(r"(?i)[\s_-]*\blogo\b[\s_-]*")
LOGO_NAME = re.compile(r"[A-Z0-9][\w.&'’-]*(?:\s+(?:[A-Z0-9][\w.&'’-]*|of|and|for|de|&))*")  # not 'People at the booth'


LOGO_FILE = re.compile(r"(?i)(?:^|[/_-])(?P<stem>[a-z][a-z0-9]*(?:[_-][a-z0-9]+){0,3}?)[_-]logo(?:[_-]\w+)?\.(?:png|svg|jpe?g|gif|webp)$")


def logo_file_name(src: str) -> str:
    """The sponsor an uncaptioned logo's file name spells ('robust_perception_logo.png' names
    Robust Perception, 'acme-logo.svg' Acme): its words before 'logo', in the case a well-known
    organization (data/organizations_known.txt) writes them ('cncf_logo.png' names CNCF), else
    capitalized. A file name without 'logo' ('IMG_0042.jpg', 'booth.png') names none."""
    match = LOGO_FILE.search(src.rsplit("/", 1)[-1])
    if not match:
        return ""
    spelled = re.split(r"[_-]", match.group("stem"))
    return _known_by_letters().get("".join(spelled).casefold()) or " ".join(word.capitalize() for word in spelled)


@cache
def _known_by_letters() -> dict[str, str]:
    """Each well-known organization by its letters in one case, without spaces ('coreos': CoreOS)."""
    return {entry.casefold().replace(" ", ""): entry for entry in words("organizations_known")}


def sponsor_logos(blocks: list[Block], images: list[Found]) -> list[Found]:
    """The logos in a sponsor section: an image's caption or alternative text names its sponsor
    ('![Contoso](contoso.png)', 'Fabrikam logo', '![星河科技](xinghe.png)'); one that names the sponsors
    together ('Sponsor logos') or describes the picture ('People at the booth') names none."""
    sections = _sponsor_sections(blocks)
    found = []
    for image in images:
        name = LOGO_WORD.sub(" ", image.value["caption"] or "").strip() or logo_file_name(image.value["src"] or "")
        if _in_sponsor_section(image.span.first, sections) and (LOGO_NAME.fullmatch(name) or _chinese_sponsor(name)) \
                and len(name.split()) <= SPONSOR_NAME_WORDS \
                and not pattern("sponsor_words").search(name):
            found.append(Found(name, image.span))
    return found


def sponsor_items(blocks: list[Block]) -> list[tuple[Block, list[str]]]:
    """The list items under a sponsor heading (data/sponsor_words.txt), each with the sponsors it
    names: 'Contoso', 'Contoso – Widget team' and 'Contoso, Gold Sponsor, Sponsored Talk' name
    Contoso; 'Dinner Reception: Contoso' the sponsor after the colon; 'Contoso and Fabrikam: Media
    Partners' the two before it. A sentence or a person's name names no sponsor. The section ends
    at the next heading that is not a sponsor heading."""
    found, sections = [], _sponsor_sections(blocks)
    for block in blocks:
        if block.kind == "item" and _in_sponsor_section(block.number, sections) and not SENTENCE_END.search(block.text):
            label, colon, rest = block.text.partition(":")
            named = (label if pattern("sponsor_words").search(rest) else rest) if colon \
                else SPONSOR_ITEM_BREAK.split(block.text)[0]
            names = [name.strip(" *") for name in SPONSOR_NAMES_BREAK.split(named.strip())]
            names = [name for name in names if (re.search(r"[A-Za-z]", name) or _chinese_sponsor(name))
                     and len(name.split()) <= SPONSOR_NAME_WORDS
                     and not pattern("sponsor_words").search(name)
                     and not sponsoring_person(name)]
            found.append((block, names))
    return found


ABBREVIATION = re.compile(r"(?P<full>(?:[A-Z][\w&'’-]*\s+(?:(?:of|for|and|&|the|de)\s+)?){1,7}[A-Z][\w&'’-]*)\s*[(（]"
                          r"(?P<short>[A-Z][A-Za-z&]{1,7})[)）]")


def abbreviations(blocks: list[Block]) -> dict[str, str]:
    """'Northwind Power Systems (NPS)': a name defined with its initials, whose short form
    the text then uses. The full name is cut to the words the initials stand for."""
    found: dict[str, str] = {}
    for block in blocks:
        for match in ABBREVIATION.finditer(block.text):
            short = match.group("short")
            capitals = [w for w in match.group("full").split() if w[:1].isupper()]
            initials = [w for w in short if w.isupper()]
            if len(initials) >= 2 and len(capitals) >= len(initials):
                words_used = capitals[-len(initials):]
                if "".join(w[0] for w in words_used) == "".join(initials):
                    text = match.group("full")
                    found.setdefault(short, text[text.index(words_used[0]):].strip())
    return found


@cache
def _described() -> re.Pattern:
    kinds = alternation(w for w in words("org_kinds") if not CJK.search(w))
    kinds_zh = alternation(w for w in words("org_kinds") if CJK.search(w))
    return re.compile(rf"(?P<name>[A-Z][\w.+-]*(?:\s+[A-Z0-9][\w.+-]*){{0,2}}),?\s+(?:is\s+)?an?\s+(?:[\w-]+\s+){{0,4}}?"
                      rf"(?i:{kinds})\b"
                      rf"|(?<![A-Za-z0-9])(?P<name_zh>[A-Za-z0-9\u4e00-\u9fff]{{2,16}}?)\s*(?:是|为)(?:一家|一个|国内|全球)[^，。；]{{0,20}}?(?:{kinds_zh})")


def described_organizations(text: str) -> list[str]:
    """'Contoso, a cloud storage provider', 'Acme is a chip maker', '星河科技是一家数据库公司': a name
    described as an organization; a Chinese one begins on a word (never inside a Latin one, nor a word of
    jieba's segmentation)."""
    found = []
    for match in _described().finditer(text):
        if match.group("name_zh"):
            name = after_function_words(match.group("name_zh"))
            name = _from_word_start(text, name, text.find(name, match.start())) or ""
            if len(name) >= 2 and not person_name(name):
                found.append(name)
            continue
        name = NAME_SENTENCE_END.split(match.group("name"))[-1]  # 'with the help of Jane Doe. Contoso is a …'
        if name[:1].isupper() and name.split()[0].casefold() not in words("common_words") and not person_name(name) \
                and not _gerund(name):
            found.append(name)
    return found


ZH_EDITION_OR_FORM = r"(?:第[一二三四五六七八九十百\d]+(?:次|期|届)|新一期|年度|线上|线下)"  # '第六次', '新一期', '线下'


@cache
def _own_event_zh() -> re.Pattern:
    kinds = alternation(w for w in (*words("event_words"), *words("event_kinds_zh")) if CJK.search(w))
    return re.compile(rf"(?<![A-Za-z0-9.-])(?P<name>[A-Za-z][A-Za-z0-9-]{{1,19}})\s*(?:[（(][^（）()]{{1,20}}[）)]\s*)?(?:的\s*)?{ZH_EDITION_OR_FORM}\s*(?:{kinds})")


def own_events_zh(text: str, page: list[str] = ()) -> list[str]:
    """'Contoso 第六次茶话会', 'Fabrikam 新一期沙龙', '是 Contoso 的线上活动之一': a Latin name written right
    before an edition or a form of a Chinese event (ZH_EDITION_OR_FORM) and its kind (data/event_words.txt,
    event_kinds_zh.txt) names the group whose event it is. One word that is no English word and no
    person's name ('Service Mesh 线上分享会' names a topic), nor one the page writes with a year ('FabCon 2031'):
    that names an event."""
    return [match.group("name") for match in _own_event_zh().finditer(text)
            if not dictionary_word(match.group("name")) and not person_name(match.group("name"))
            and not any(_with_a_year(match.group("name"), line) for line in page)]


def _with_a_year(name: str, text: str) -> bool:
    """'FabCon 2031', 'FabCon2031': the name, then a year."""
    return name in text and re.search(rf"(?<![\w.-]){re.escape(name)}\s*(?:19|20)\d\d(?!\d)", text) is not None


def _gerund(name: str) -> bool:
    """'Running a Start-up', 'Building a Company': a verb's -ing form opens a phrase, no name."""
    return " " not in name and name.endswith("ing") and dictionary_word(name)


ZH_CLAUSE_BREAK = re.compile(r"[，,。；;：:！？]")
ZH_ITEM_BREAK = re.compile(r"、|\s*(?:以及|及|和|与)\s*|\s+&\s+")
ZH_LIST_OPENER = re.compile(r"(?:来自|携手|联合|邀请(?:了|到了?)?)\s*")
ZH_TAKING_PART_AFTER = re.compile(r"的?[^，。；\W]{0,6}?(?:专家|工程师|嘉宾|讲师|开发者|研究者|代表|举办|主办|合办|协办|共同|参与|参加|分享|出席)")
ZH_COUNT = r"(?:[多数几十百余]+|[一二三四五六七八九十两\d]+)?(?:家|所|个)"
ZH_DATE = re.compile(r"\d\s*[年月日号]")
BRACKETED = re.compile(r"[（(][^（）()]*[）)]")
CAREER_BEFORE_LIST = re.compile(r"曾|先后")  # '曾任职于 A、B 等公司', '先后于 A、B 等公司任职': former employers


@cache
def _closed_by_kind() -> re.Pattern:
    kinds = alternation(w for w in words("org_kinds") if CJK.search(w))
    return re.compile(rf"等(?:{ZH_COUNT}|众多|诸多)?[^\W\d_对的在和与为是了从向把被]{{0,4}}?(?:{kinds})")


def enumerated_organizations(text: str) -> list[str]:
    """'来自星河科技、云帆数据和蓝海大学等多家企业', '携手 A、B、C 等共建单位', 'A、B 等公司的专家':
    the items of an enumeration that a kind of organization closes (等 + a kind word of
    `org_kinds.txt`) are organizations, also names that read as common words ('小米'), when the list
    says who took part: it opens with '来自', '携手', '联合' or '邀请', or the organizations' people or
    a verb of hosting or taking part follows ('…等公司的工程师', '…等公司举办'); not users or examples
    ('其中包括 A、B 等公司', 'A、B 等社区伙伴关注的功能'). A first item that opens with a verb ('加上星河科技')
    is left out. Not in a biography, nor a career: '曾任职于 A、B 等公司'."""
    if biography().search(text):
        return []
    found = []
    for closing in _closed_by_kind().finditer(text):
        clause = BRACKETED.sub("", ZH_CLAUSE_BREAK.split(text[:closing.start()])[-1]).replace("*", "")
        if CAREER_BEFORE_LIST.search(clause):
            continue
        openers = list(ZH_LIST_OPENER.finditer(clause))
        if not openers and not ZH_TAKING_PART_AFTER.match(text, closing.end()):
            continue  # '其中包括 A、B 等公司': users or examples, not who took part
        items = ZH_ITEM_BREAK.split(clause[openers[-1].end():] if openers else clause)
        if len(items) < 2:
            continue
        if not openers:
            first = after_function_words(items[0])
            items[0] = "" if _opens_with_verb(first) else first
        found += [item.strip() for item in items if 2 <= len(item.strip()) <= 24 and "的" not in item
                  and not ZH_DATE.search(item) and not is_role(item.strip())]
    return found


ZH_SUPPORT = r"(?:大力|鼎力|热情|倾力|全力|无私)?(?:支持|赞助|帮助|协助)"  # '的大力支持': what a thanked organization gave
ZH_THANKED_ITEM_BREAK = re.compile(rf"{ZH_ITEM_BREAK.pattern}|\s*[，,]\s*")  # '感谢A，B，C的支持': commas part the names too


@cache
def _thanked_for_support() -> re.Pattern:
    thanks = alternation(words("thanking_words_zh"))
    return re.compile(rf"(?:{thanks})\s*(?P<items>[^。；;！!？?：:的]{{2,120}}?)\s*(?:对[^，,。；;！!的]{{1,30}}?)?的\s*{ZH_SUPPORT}")


def thanked_supporters_zh(text: str) -> list[str]:
    """'感谢Contoso，星河科技，云帆数据的支持', '感谢 星河科技、云帆数据 对本次活动的大力支持': the names a
    thank-you (data/thanking_words_zh.txt) lists before what they gave the event (support, sponsoring, help)
    supported it. Only when every item reads as an organization (Chinese words with an organization head, see
    `classify.is_org`, or a Latin name that is no person's): people thanked ('感谢李明、王芳的支持'), everyone
    ('感谢大家的支持') or a list to come ('感谢以下单位的大力支持') give none."""
    found = []
    for match in _thanked_for_support().finditer(text):
        items = [item.strip(" *") for item in ZH_THANKED_ITEM_BREAK.split(_after_last_thanks(match.group("items")))]
        if items and all(_thanked_organization(item) for item in items):
            found += items
    return found


def _after_last_thanks(items: str) -> str:
    """'大家，感谢星河科技': the names after the last word of thanks."""
    cut = max((items.rfind(word) + len(word) for word in words("thanking_words_zh") if word in items), default=0)
    return items[cut:]


@cache
def _person_word_at_end() -> re.Pattern:
    """'…学院李明老师', '星河大学同学们', '星河社区志愿者': an honorific, an academic rank or a role
    (data/honorifics.txt, academic_ranks.txt, roles.txt), a label of people or speakers (data/labels.txt),
    or the plural 们, ends a person's or people's mention, no organization."""
    posts = [w for kind in ("honorifics", "academic_ranks", "roles") for w in words(kind)] \
        + [w for kind in ("people", "speaker") for w in labels(kind)]
    return re.compile(rf"(?:{alternation(w for w in posts if CJK.search(w))}|们)$")


def _thanked_organization(item: str) -> bool:
    if not 2 <= len(item) <= 24 or _person_word_at_end().search(item):
        return False
    if CJK.search(item) and not LATIN.match(item):
        return is_org(item)
    first = item.split()[0]  # 'SUSE': capitals alone are no given name
    return bool(LATIN.match(item)) and not _a_person(item) and (first.isupper() or not given_name_anywhere(slugify(first)))


SPEAKERS_LISTED_FROM = 3  # items at least: a list, not one speaker's '来自星河科技的林澈'


@cache
def _speakers_came_from() -> re.Pattern:
    people = alternation(w for kind in ("speaker", "participants") for w in labels(kind) if CJK.search(w))
    return re.compile(rf"(?:{people})们?(?:分别|均|主要)?来自\s*(?P<items>[^，,。；;！？!?（(]+)")


def speakers_from(text: str) -> list[str]:
    """'讲师来自 Flomesh、星河科技、蓝海集团 & 云帆基金会以及青禾 Labs': the organizations a sentence
    says the speakers (or guests) came from, every item of the list to the end of the clause, no
    closing '等…企业' needed; three items at least, none with a 的 ('来自星河科技的林澈' is a caption)."""
    found = []
    for match in _speakers_came_from().finditer(text):
        items = [item.strip(" *") for item in ZH_ITEM_BREAK.split(_closed_by_kind().split(match.group("items"))[0])]
        if len(items) >= SPEAKERS_LISTED_FROM and not any("的" in item for item in items):
            found += [item for item in items if 2 <= len(item) <= 24 and not ZH_DATE.search(item) and not is_role(item)]
    return found


@cache
def _acting_team() -> re.Pattern:
    """A Latin name, then maybe a country ('中国') and the team's line of work (Chinese role modifiers,
    data/role_modifiers.txt: '研发', '技术'), then 团队; no one letter ('A 团队', 'B 团队' of an example)."""
    lines_of_work = alternation(w for w in words("role_modifiers") if CJK.search(w) and w != "团队")
    return re.compile(rf"(?<![A-Za-z0-9])(?P<team>(?P<name>[A-Z0-9][A-Za-z0-9+.-]+(?:\s[A-Z][A-Za-z0-9+.-]*){{0,2}})"
                      rf"(?:\s?中国)?(?:\s?(?:{lines_of_work}))*\s?团队)")


ACTING_TAGS = ("v", "vd", "d", "p")  # jieba's verbs, adverbs and prepositions: '…团队发布了', '…团队还与', '…团队为你呈献'
DISTINGUISHING_TAG = "b"  # '主导' of '…团队主导策划': a word jieba reads as an attribute, before a verb


def acting_teams(text: str) -> list[str]:
    """'Contoso 团队发布了…', 'Fabrikam中国团队为你呈献…', '经过 Contoso 研发团队审核': a team named by a
    Latin name (a company's, a project's) that the sentence has act, a verb (or an adverb or
    preposition before one, in jieba's tags) right after it, is the acting group: the organization of
    that name (its country's team, or its team of a line of work, is the organization at work).
    The team opens its clause, or follows a preposition or conjunction ('由', '与'): not the object of
    a verb ('介绍了 Contoso 团队…'), nor a team only named ('Contoso 团队的成员', 'Contoso 团队负责人',
    '…是 Contoso 团队开发的')."""
    found = []
    for match in _acting_team().finditer(text):
        after = CLAUSE_MARK.split(text[match.end():], 1)[0]
        starts = sorted(word_starts(after)) if after else [0]
        pieces = [after[a:b] for a, b in zip(starts, starts[1:])][:2]
        tags = [jieba_tags().get(piece, "x") for piece in pieces]
        acts = tags and (tags[0] in ACTING_TAGS or tags[0] == DISTINGUISHING_TAG and tags[1:2] == ["v"])
        if acts and _opens_its_clause(text, match.start()) and not after[len(pieces[0]):].lstrip().startswith("的"):
            found.append(match.group("name"))
    return found


def _opens_its_clause(text: str, start: int) -> bool:
    """Nothing but a preposition or conjunction (jieba's p, c: '由', '与', '经过') stands between the
    clause's start and `start`."""
    before = CLAUSE_MARK.split(text[:start])[-1].strip()
    return not before or jieba_tags().get(dictionary_words(before)[-1], "x")[:1] in ("p", "c")


LATIN_ORIGIN = re.compile(r"来自\s?\[?(?P<name>[A-Z][A-Za-z0-9.&-]*(?:\s[A-Z][A-Za-z0-9.&-]*){0,2}(?:公司)?)\]?"
                          r"(?:\([^)]*\))?\s?的\s?(?P<after>[^，,。；;！？!?]{0,16})")
LATIN_PERSON_AFTER = re.compile(r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)?")  # 'Jane', 'Jane Doe'


def latin_origins(text: str) -> list[str]:
    """'来自 Contoso 的 Jane Doe', '来自Fabrikam公司的林澈先生', '来自 Contoso 的全栈工程师': a Latin name that
    the person after it (a Latin name, a Chinese name by its surname, a job title or a word for
    participants) comes from is an organization; not what a thing comes from ('来自 Contoso 的数据')."""
    found = []
    for match in LATIN_ORIGIN.finditer(text):
        after = match.group("after")
        if LATIN_PERSON_AFTER.match(after) or starts_with_surname(after) or is_role(after) \
                or any(noun in after for noun in _participant_nouns() if CJK.search(noun)):
            found.append(match.group("name"))
    return found


ZH_TAKING_PART_VERBS = r"(?:参与|参加|贡献|加入|共建)"  # '参与的组织包括…', '参与贡献的企业和组织有…'
ORGANIZATIONS_LISTED_FROM = 2  # items at least
LIST_CLOSING = re.compile(r"\s*等[^、]{0,6}$")  # '…、蓝海大学等' or '…等多家': what closes a list, no item


@cache
def _organizations_included() -> re.Pattern:
    kinds = alternation(w for w in words("org_kinds") if CJK.search(w))
    return re.compile(rf"{ZH_TAKING_PART_VERBS}[^，,。；;：:]{{0,4}}的(?:{kinds})(?:[和及与](?:{kinds}))?(?:包括|有)[：:]?"
                      rf"\s*(?P<items>[^，,。；;！？!?（(]+)")


def organizations_included(text: str) -> list[str]:
    """'参与的组织包括星河科技、云帆数据和蓝海大学', '参与贡献的企业和组织有：A、B、C': the items of a list
    that a sentence says are the organizations (a kind of org_kinds.txt) that took part, to the end of its
    clause; a closing '等…' is no item."""
    found = []
    for match in _organizations_included().finditer(text):
        items = [item.strip(" *") for item in ZH_ITEM_BREAK.split(LIST_CLOSING.sub("", match.group("items")))]
        if len(items) >= ORGANIZATIONS_LISTED_FROM:
            found += [item for item in items if 2 <= len(item) <= 24 and "的" not in item and not ZH_DATE.search(item)
                      and not is_role(item)]
    return found


NAMED_WORD = r"[\w+&'’-]*(?:\.[\w+&'’-]+)*(?![^\s,.;:!?)\]])"  # a stop only inside a word ('Contoso.io'); no 'Ctrl' of 'Ctrl^H'
NAMED_ITEM = rf"(?:the\s+)?[A-Z]{NAMED_WORD}(?:\s+(?:(?:of|for|de)\s+(?:the\s+)?)?[A-Z0-9]{NAMED_WORD}){{0,3}}"
NAMED_LIST = rf"(?P<names>{NAMED_ITEM}(?:\s*,\s+(?:and\s+)?{NAMED_ITEM})*(?:,?\s+and\s+{NAMED_ITEM})?)"


@cache
def _people_from() -> re.Pattern:
    nouns = alternation(words("affiliated_nouns"))
    kinds = alternation(form for w in words("org_kinds") if not CJK.search(w) for form in (w, f"{w}s"))
    examples = alternation(w for w in labels("examples") if not CJK.search(w))
    return re.compile(rf"\b(?:(?P<noun>(?i:{nouns}))\s+from\s+(?:(?P<kind>(?i:{kinds}))\s+(?i:{examples}|including)\s+)?"
                      rf"|(?P<talks>(?i:{talk_nouns()}))\s+from\s+(?P<talks_kind>(?i:{kinds}))\s+(?i:{examples}|including)\s+)"
                      rf"{NAMED_LIST}")


@cache
def _sponsors_are() -> re.Pattern:
    nouns = alternation(_sponsor_plurals())
    return re.compile(rf"\b(?i:{nouns})\b(?:[^.;:!?()]{{0,40}}?\s+(?:are|were|include[sd]?)\s+|:\s*){NAMED_LIST}")


@cache
def _people_from_cues() -> tuple[str, ...]:
    """The words one of people_from's patterns needs: a cheap test that skips most blocks."""
    return ("from", "thank", *_sponsor_plurals())


@cache
def _sponsor_plurals() -> tuple[str, ...]:
    return tuple(w for w in words("sponsor_words") if w.endswith("s") and " " not in w)


def people_from(text: str) -> list[str]:
    """'engineers from Contoso, Fabrikam and Adatum', 'speakers from organizations such as Contoso
    and Fabrikam', 'case studies from Contoso and Fabrikam' (data/affiliated_nouns.txt), 'talks from
    companies including Contoso and Fabrikam' (a talk noun needs the kind: 'talks from Contoso users' are
    a project's), 'Headline
    sponsors for the summit are Contoso and Fabrikam' (data/sponsor_words.txt): the names a sentence
    says its people, case studies or sponsors came from. Not a person, a place, an event or a date; not in
    a biography ('she worked with engineers from Contoso')."""
    lowered = text.lower()
    if not any(cue in lowered for cue in _people_from_cues()) or biography().search(text):
        return []
    found = []
    text = SHORT_FORM.sub(lambda short: " " * len(short.group(0)), text)  # 'Contoso Foundation (CF), …'
    for match in _people_from().finditer(text):
        if not match.group("names").startswith("the "):  # 'speakers from the Contoso community': a project's people
            names = _named_organizations(match.group("names"), kind_named=bool(match.group("kind") or match.group("talks_kind")))
            found += names if (match.group("noun") or match.group("talks")).endswith("s") else names[:1]  # 'an engineer from Contoso, Jane, …'
    for match in _sponsors_are().finditer(text):
        found += _named_organizations(match.group("names"))
    for match in _thanked_for().finditer(text):  # not 'thanks to Dana for organizing': a given name alone is a person's
        found += [name for name in _named_organizations(match.group("names")) if not given_name_anywhere(slugify(name))]
    return found


@cache
def _thanked_for() -> re.Pattern:
    """'thanks to Contoso and Fabrikam for hosting', 'a big thank you goes to Contoso, who sponsored
    …', 'we thank Contoso, who provided the room': the names thanked for a part in the event
    (data/thanked_for_verbs.txt)."""
    verbs = alternation(words("thanked_for_verbs"))
    return re.compile(rf"(?i:\bthank(?:s|ed)?(?:\s+(?:you|so\s+much|a\s+lot|go(?:es)?(?:\s+out)?))*(?:\s+to)?)\s+{NAMED_LIST}"
                      rf",?\s+(?i:for|who)\s+(?:(?i:generously|kindly|also)\s+)?(?i:{verbs})\b")


def _a_person(name: str) -> bool:
    """'Jane Doe' (a common given name first) or a name probablepeople reads as a person's; not
    'Fabrikam Telekom', which has a person's shape only."""
    return bool(person_name(name)) and not plain_words(name) \
        and (common_given_name(name.split()[0]) or probably_a_person(name))


def _named_organizations(names: str, kind_named: bool = False) -> list[str]:
    """The items of a list of names that read as organizations: no person, place, event or date. After
    a kind of organization ('organizations including …', 'companies such as …': kind_named) a name of a
    person's shape is an organization's too ('Goldman Sachs', 'Morgan Stanley')."""
    items = [re.sub(r"^the\s+", "", item.strip()) for item in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", names)]
    return [item for item in items if item and (kind_named or not _a_person(item))
            and not places.named_place(item) and not places.city(item) and not places.country_code(item)
            and not places.us_state(item) and item.casefold() not in words("regions")
            and item.split()[0].casefold() not in words("common_words")
            and not pattern("roles").fullmatch(item) and not pattern("event_words").search(item)
            and not _date_item(item)]


def _opens_with_verb(text: str) -> bool:
    pieces = dictionary_words(text) if CJK.match(text) else []
    return len(pieces) > 1 and jieba_tags().get(pieces[0]) == "v"


SHORT_FORM = re.compile(r"\s*\([A-Z][A-Za-z&-]{1,11}\)")
ITEM_TEXT = r"(?:[^,;:.()]|(?<=\s)[A-Z][a-z]\.)"  # an item's words, the stop of 'St. Louis' or 'Mt. Hood' included
LIST_RUN = re.compile(rf"(?:[A-Z]{ITEM_TEXT}{{0,40}},\s+){{2,}}(?:and\s+)?[A-Z]{ITEM_TEXT}{{0,40}}")
LIST_ITEM = re.compile(r"[A-Z][\w.+&'’-]*(?:\s+[A-Z0-9][\w.+&'’-]*){0,3}")


def list_mates(text: str, known: set[str]) -> list[str]:
    """'Contoso, Fabrikam Electronics, Adatum, Tailspin and Northwind': in an enumeration where at
    least two items are organizations already found, the other names are organizations too."""
    found = []
    text = SHORT_FORM.sub(lambda short: " " * len(short.group(0)), text)  # 'Open Storage Foundation (OSF), …'
    for run in LIST_RUN.finditer(text):
        items = [item.strip() for item in re.split(r",\s*(?:and\s+)?|\s+and\s+", run.group(0))]  # '…, Contoso and Fabrikam'
        items = [item for item in items if LIST_ITEM.fullmatch(item)]
        if sum(item.casefold() in known for item in items) >= 2:
            found += [item for item in items if item.casefold() not in known  # 'Blue Harbor' reads as words, no name
                      and not (person_name(item) and not plain_words(item))
                      and not pattern("roles").fullmatch(item) and not pattern("event_words").search(item)  # 'President', 'Storage Congress'
                      and not _date_item(item)]
    return found


ORDINAL_OR_YEAR = re.compile(r"\b(?:\d{1,2}(?:st|nd|rd|th)|(?:19|20)\d\d)\b")


def _date_item(item: str) -> bool:
    """'On 1st', 'October 2019': an item of the sentence's date, before the names it lists."""
    return bool(ORDINAL_OR_YEAR.search(item)) or any(word.casefold().rstrip(".") in MONTHS for word in item.split())
