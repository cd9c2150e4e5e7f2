"""Part of stage 2, extract: the people a recap names, with their roles and organizations:
speakers of the talks found by layouts.py, captions ('Name, Title, Org'; `单位职位 姓名`), names in
prose ('A shared ...', `来自X的Y`), biographies and member lists; merged so one person is listed once.
"""

from __future__ import annotations

import itertools
import re
from functools import cache

from anyascii import anyascii

from ..writing import CJK, HANGUL, LATIN
from .classify import (
    ORG_POSSESSIVE,
    WEEKDAY_AFTER,
    _title_tail,
    a_phrase_for_a_name,
    after_prepositions,
    after_function_words,
    clean_organization,
    common_given_name,
    common_noun_alone,
    common_surname,
    common_word,
    degrees_only,
    dictionary_word,
    given_name_anywhere,
    is_org,
    is_role,
    latin_aliases,
    name_end_strength,
    name_then_affiliation,
    nickname,
    parse_people,
    person_name,
    plain_words,
    probably_a_person,
    reads_as_clause,
    split_affiliation,
    verb_follows,
    well_known,
    widely_given_name,
    word_starts,
    zh_job_title,
    zh_name_after_title,
    zh_org_heads,
)
from .agenda_tables import at_caption_person, column_people
from .dates import MONTHS
from .event_name import KO_OBJECT
from .layouts import labelled_section_lines, lines_under, roster_people
from .lexicon import Lexicon
from . import places
from .model import PersonMention, Span
from .organizations import ZH_NAME_START, organization_mentions, sponsor_items
from .people_layouts import bio_people, labelled_speakers, typo_twins
from .people_lists import listed_people
from .segment import Block
from .talk_lines import speaker_then_talk_lines, talk_nouns
from .wordlists import alternation, label_pattern, labels, pattern, surnames, words
from .zh_prose import (
    ZH_PHRASE_BREAK,
    zh_clause_speakers,
    zh_honored_participants,
    zh_names_after_handles,
    zh_org_of_speaker,
    zh_speech_verbs,
)

SPEECH_VERBS = "|".join(w for w in words("speech_verbs") if w.isascii())
PARTICLES = alternation(words("name_particles"))
PARTICLE_INSIDE = re.compile(rf"\s(?:{PARTICLES})\s")  # 'Brian de Hamer'
SPEAKER_IN_PROSE = re.compile(rf"(?P<who>[A-Z][a-z]+(?:\s+(?:(?:{PARTICLES})\s+){{0,2}}[A-Z][a-z]+){{1,2}})\s+"
                              rf"(?:also\s+|will\s+(?:also\s+)?(?:be\s+)?)?"
                              rf"(?:(?:{SPEECH_VERBS})\s|held\s+(?:the|an?|his|her|their)\s+(?:[\w-]+\s+){{0,2}}(?i:{talk_nouns()})\b)")
# 'Jane Doe also discussed …', 'Jane Doe will be keynoting …', 'Ana de la Cruz held the opening keynote'
RELATIVE_CLAUSE = re.compile(rf",?\s+(?:who|which)\s+|,\s+(?:is|are|was|were|will|has|had|have)\s+|\s+(?:{SPEECH_VERBS})\s+")
LATIN_ROLES = "|".join(re.escape(w) for w in words("roles") if w.isascii() and w.isalpha() and len(w) > 2)
PERSON_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’-]+"  # a capitalized word of a name, also one whose capital is accented ('Renata Ávila')
CAPTION_PERSON = [
    # "Jane Doe, President of the Contoso Foundation" / "Wei Chen, senior product manager of Fabrikam"
    re.compile(rf"(?P<who>{PERSON_WORD}(?:\s+[A-Z]\.)?(?:\s+{PERSON_WORD}){{1,2}}),\s*(?P<rest>[A-Za-z][\w &.-]{{2,60}}?\s+"
               r"(?:of|at)\s+(?:the\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,5})(?:['’]s\s+[\w &-]+?)?"
               r"(?=[,.;]|\s+and\b|\s+(?:said|says)\b|$)"),
    # "- Omar Haddad, Open Racks Lisbon spoke about …": a name and an organization before a speech verb
    re.compile(r"^(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}),\s*(?P<rest>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,5})"
               rf"(?=\s+(?:{SPEECH_VERBS})\b)"),
    # "Mateo Ruiz, TSL Director, opened the day": a name, then a job title set off by commas
    re.compile(rf"(?P<who>{PERSON_WORD}(?:\s+[A-Z]\.)?(?:\s+{PERSON_WORD}){{1,2}}),\s*(?!who\b|which\b)(?P<rest>[^,;.()]{{0,40}}?"
               rf"\b(?i:{LATIN_ROLES})"
               rf"\b[^,;.()]{{0,40}}),\s+(?=[a-z])"),
    # "Jane Doe, Contoso team manager said, …": a name, then a job title before a speech verb
    re.compile(rf"(?P<who>{PERSON_WORD}(?:\s+[A-Z]\.)?(?:\s+{PERSON_WORD}){{1,2}}),\s*(?P<rest>[^,;.()]{{0,40}}?"
               rf"\b(?i:{LATIN_ROLES}))"
               rf",?\s+(?:{SPEECH_VERBS})\b"),
    # 'Jane Doe, a Professor of Data Science at Contoso University, gave the first presentation': a job title and its
    # organization set off by commas after an article, before a speech verb
    re.compile(rf"(?P<who>{PERSON_WORD}(?:\s+[A-Z]\.)?(?:\s+{PERSON_WORD}){{1,2}}),\s+(?:a|an|the)\s+"
               rf"(?P<rest>[^,;.()“”\"]{{3,120}}?\s(?:of|at|from)\s[^,;.()“”\"]{{2,80}}),\s+(?:also\s+)?(?:{SPEECH_VERBS})\b"),
    # '“…,” said Jane Doe, Contoso’s chief architect.', 'said Wei Chen, CTO, Fabrikam': a spokesperson quoted in a
    # press release, after a quoting verb (data/quoting_verbs.txt), then the job title and organization to the sentence's end
    re.compile(rf"\b(?:{alternation(w for w in words('quoting_verbs') if w.isascii())})\s+"
               rf"(?P<who>{PERSON_WORD}(?:\s+[A-Z]\.)?(?:\s+{PERSON_WORD}){{1,2}}),\s*"
               r"(?P<rest>[^.;“”\"]{2,100}?)(?=\.(?:\s|$)|[;“”\"]|$)"),
    # "Name from Org" / "Name of Org"
    re.compile(r"(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s+(?:from|of)\s+(?P<rest>(?:[Tt]he\s+)?[A-Z][\w&.-]*"
               r"(?:\s+(?:(?:of|for|de)\s+)?[A-Z][\w&.-]*){0,4}"
               r"(?:\s+&\s+[A-Z][\w.-]*\b(?!\s+[A-Z]))?)"),  # 'Williams & Garcia', a firm of partners' names, not '& Wei Chen'

]
PROSE_NAME = rf"{PERSON_WORD}(?:\s+{PERSON_WORD}){{1,2}}"
PROSE_ORG = r"(?:[Tt]he\s+)?[A-Z][\w&.-]*(?:\s+(?:(?:of|for|de)\s+)?[A-Z][\w&.-]*){0,4}"
NAMES_OF_ORG = re.compile(  # 'Jane Doe and Wei Chen of Contoso', 'Jane Doe of the storage team at Contoso'
    rf"(?P<who>{PROSE_NAME}(?:,\s+{PROSE_NAME})*,?\s+and\s+{PROSE_NAME}|{PROSE_NAME}(?=\s+of\s+the\s+[\w -]{{1,40}}?\s+at\s))"
    rf"\s+(?:from|of)\s+(?:the\s+(?:[\w-]+\s+){{1,4}}?at\s+)?(?P<rest>{PROSE_ORG})")
BARE_POSSESSIVE = re.compile(r"s['’]\s+[A-Z]")  # "Fabrikam Networks' Jane Doe": a plural's possessive before a name
PEOPLE_LIST = rf"{PROSE_NAME}(?:,\s+{PROSE_NAME})*,?\s+(?:and|&)\s+{PROSE_NAME}"
ORG_POSSESSIVE_NAMES = re.compile(  # "Contoso's Jane Doe talked about …", "Fabrikam Networks' Jane Doe and Wei Chen, and …"
    rf"(?P<rest>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,2}}){ORG_POSSESSIVE}\s+"
    rf"(?P<who>{PEOPLE_LIST}(?=\s*[,;.]|\s*$)|(?:{PEOPLE_LIST}|{PROSE_NAME})(?=\s+[a-z]))")  # not "Contoso's Widget Toolkit."
JOB_BEFORE_NAME = re.compile(  # 'The Executive Director of the Contoso Foundation, Jane Doe, gave …', "the Head of Sales at Fabrikam, Wei Chen's keynote"
    rf"\b[Tt]he\s+(?P<title>[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*){{0,3}}?)\s+(?:of|at)\s+(?:the\s+)?(?P<org>{PROSE_ORG}),\s+"
    rf"(?P<who>{PROSE_NAME})(?=,|['’]s\s)")
LIST_BEFORE_VERB = re.compile(rf"(?P<who>{PEOPLE_LIST})\s+(?:also\s+|then\s+|will\s+(?:also\s+)?(?:be\s+)?)?"
                              rf"(?:{SPEECH_VERBS})\b")  # 'Jane Doe, Wei Chen and Omar Haddad led …'
PROGRAM_PERIOD_OF = re.compile(rf"\b(?i:{alternation(words('program_periods'))})\s+(?:from|of)\s+(?:[Tt]he\s+)?$")
AFTER_PREPOSITION = re.compile(r"\b(?:at|of|from|for|in)\s+(?:the\s+)?$")  # '… team at Contoso Labs discussed'
NAME_THEN_BRACKET = re.compile(rf"(?<![A-Z][\w'’-]\s)(?<![A-Z][\w'’-]{{2}}\s)(?P<who>{PROSE_NAME})\s+\((?P<rest>[^()@]{{2,60}})\)")


@cache
def _talks_by() -> re.Pattern:
    """'talks by Jane Doe (Contoso) and Wei Chen covered …', 'keynotes presented by A, B and C':
    the names a talk noun announces, up to the first lowercase word that is not 'and'."""
    return re.compile(rf"(?i:{talk_nouns()})\s+(?:(?:presented|given|delivered)\s+)?by\s+"
                      r"(?P<who>[A-Z][\w'’.-]*(?:\s*(?:[A-Z][\w'’.-]*|\([^()]{1,60}\)|,|and\b|&))*)")


@cache
def _introduced() -> re.Pattern:
    """'Guests Jane Doe, Wei Chen and Omar Haddad came together', 'a keynote from the program chairs,
    Jane Doe and Wei Chen', 'from steering members Jane Doe and Wei Chen': names right after a
    participant noun (data/participant_nouns.txt)."""
    return re.compile(rf"\b(?i:{alternation(words('participant_nouns'))}),?\s+(?P<who>{PEOPLE_LIST}|{PROSE_NAME})")


def _listed_in_prose(text: str, span: Span) -> list[PersonMention]:
    """People a sentence lists without their organizations: after a participant noun, or as the
    subjects of a speech verb; every name must read as a person's, inside no organization's name."""
    found = []
    for prose in (_introduced(), LIST_BEFORE_VERB):
        for match in prose.finditer(text):
            for written in re.split(r",\s+(?:and\s+|&\s+)?|\s+(?:and|&)\s+", match.group("who")):
                name = person_name(written)
                if name and probably_a_person(name) and not _inside_an_organization(written, text) \
                        and not _closed_by_a_quote(written, text):
                    found.append(PersonMention(name, span))
    return found


def _closed_by_a_quote(written: str, text: str) -> bool:
    """"… Brandt's 'Shipping Widgets Weekly' and Omar Haddad's keynote …": words that a quote closes
    are a quoted title, no name."""
    return bool(re.search(re.escape(written.rstrip("'’")) + r"['’”\"]", text))


def _bracketed_in_prose(text: str, span: Span) -> list[PersonMention]:
    """'We welcome Jane Doe (Contoso), Wei Chen (Fabrikam) and …', "Omar Haddad's (Contoso) work
    on …": a name in a sentence, no capitalized word before it, with its organization or job title
    in brackets right after it, her degrees ('Jane Doe (MSc)') or what she is called ('Robert Doe (Bob)': no
    employer). The bracket vouches for the name, unless the name is a phrase of
    dictionary words or the bracket is a place ('Rey Juan Carlos (Spain)') or the name's acronym
    ('Region Vectorizer (RV)')."""
    found = []
    for match in NAME_THEN_BRACKET.finditer(text):
        written = re.sub(r"['’]s$", "", match.group("who"))
        rest = match.group("rest").strip()
        if not person_name(written) or plain_words(written) or places.country_code(rest) or places.city(rest) \
                or places.parse_place(rest).get("city") or _acronym_of(rest, written):  # '(Louisville, KY)': where, not whose
            continue
        found += [p for p in parse_people(f"{written} ({rest})", span)
                  if p.title or clean_organization(p.organization) and probably_a_person(p.name) or degrees_only(rest)
                  or nickname(rest)]
    return found


def _job_before_name(text: str, span: Span) -> list[PersonMention]:
    """'The Executive Director of the Contoso Foundation, Jane Doe, gave …': a job title and its
    organization set before the name, the name set off by commas (or owning what follows)."""
    found = []
    for match in JOB_BEFORE_NAME.finditer(text):
        name, org = person_name(match.group("who")), clean_organization(match.group("org"))
        if name and org and is_role(match.group("title")) and probably_a_person(name):
            found.append(PersonMention(name, span, org, match.group("title")))
    return found


def _acronym_of(short: str, name: str) -> bool:
    """'KFP' of 'Kubeflow Pipelines': capitals that begin with the name's first word and end with its last."""
    initials = "".join(word[0] for word in name.split()).upper()
    return short.isalpha() and short.isupper() and short[0] == initials[0] and short[-1] == initials[-1]


def _people_of_organization(text: str, span: Span, readings: tuple[re.Pattern, ...]) -> list[PersonMention]:
    """People named with their organization in a sentence: 'A and B of Org', 'A of the X team at
    Org', "Org's A (and B)", "Fabrikam Networks' A and B"; every name must read as a person's."""
    found = []
    for prose in readings:
        for match in prose.finditer(text):
            if PROGRAM_PERIOD_OF.search(text[:match.start("rest")]):
                continue
            org = " ".join(_after_function_words_en(match.group("rest")))
            people = parse_people(f"{match.group('who')}, {org}", span) if org else []
            stated = {org, clean_organization(org)}  # 'A, B, and C from Org' is no 'Name, Org' pairs ('A, B')
            if people and all(p.organization in stated and probably_a_person(p.name) for p in people):
                found += people
    return found


def _after_function_words_en(text: str) -> list[str]:
    """'At Contoso Labs' -> ['Contoso', 'Labs']: the words after a sentence's opening function words."""
    tokens = text.split()
    while tokens and tokens[0].casefold() in words("common_words"):
        tokens.pop(0)
    return tokens


def _inside_an_organization(words_found: str, text: str) -> bool:
    """'Management Pune' of '… University of Science and Management Pune delivered …'."""
    return any(words_found in name and words_found != name for name in organization_mentions(text))


LOWER = "[a-zß-öø-ÿ]"  # a lowercase letter, accented ones too ('Sebastián Ramírez')
GIVEN_NAME_FIRST = re.compile(  # 'Jane Okafor', 'Mike McAllister', 'Christine Vasquez-Holt', 'Ana de la Fuente'
    rf"(?<![\w@/#.'’-])(?P<who>[A-Z]{LOWER}+(?:\s+[A-Z]\.)?(?:\s+(?:{PARTICLES})){{0,2}}\s+(?:[A-Z]{LOWER}{{0,2}})?[A-Z]{LOWER}+"
    rf"(?:-[A-Z]{LOWER}+)?)(?![\w@-]|\s+[A-Z][a-z]|(?<=\s[A-Z][a-z])\.\s*[A-Z]|(?<=\s[A-Z][a-z]{{2}})\.\s*[A-Z])")
# no third capitalized word ('Mark Hill Center' is a place's name), no short abbreviation ('Carlos St. Clair'); a capital
# inside the surname only after a short prefix ('McAllister', 'LaPointe', not 'CloudWorks')
CREDITED_BEFORE = re.compile(  # 'Photos by Jane Okafor & Omar Haddad', 'Image courtesy of …': who took a picture took no part,
    r"(?i:\b(?:photos?|photographers?|images?|pictures?|illustrations?|credits?|courtesy(?:\s+of)?|artwork)\s*(?:by|:|：)?"
    r"|\b(?:published|posted|written|authored)\b[^!?\n]{0,60}?\bby)"  # 'Originally published on example.org by Kim Lee': nor who wrote the page
    r"\s*(?:[A-Z][\w'’-]*\s*(?:,|and|&)?\s*)*$")
PROSE_NAME_KINDS = ("paragraph", "item", "bold", "heading", "row")


def _given_name_first(text: str, span: Span, authors: frozenset[str]) -> list[PersonMention]:
    """'Mike McAllister opened the hackathon', '… with talks from Jane Okafor and Wei Okonkwo': a name
    that starts with a common first name in English-speaking countries (gender-guesser's name
    dictionary), or one common elsewhere that is no English word ('Maarten'; not in a longer name or an
    address), and ends with a surname that is no English word, wherever a sentence names it: in a
    recap, the people it names took part. Not the page's authors (a byline or an author's note at
    the end), not who took the photos, not words of an organization's name."""
    found = []
    for match in GIVEN_NAME_FIRST.finditer(text):
        written, tokens = match.group("who"), match.group("who").split()
        before = re.search(r"([A-Z][a-z]+)\s+$", text[:match.start()])
        first = anyascii(tokens[0])  # the name dictionary writes 'Sebastian' for 'Sebastián'
        if before and widely_given_name(first) and given_name_anywhere(before.group(1)):
            written = f"{before.group(1)} {written}"  # 'Luigi Mario Rossetti': the whole name
        if not common_given_name(first) and _part_of_a_longer_name(text, match, before):
            continue
        if not widely_given_name(first) or tokens[0].casefold() in MONTHS or written in authors \
                or not _a_surname(tokens[-1]) \
                or CREDITED_BEFORE.search(text[:match.start()]) or _inside_an_organization(written, text):
            continue
        name = person_name(written)
        found += [PersonMention(name, span)] if name else []
    return found


def _a_surname(token: str) -> bool:
    """'Okafor' (no English word), or 'Stone', 'Rice', 'Smith' (English words among the commonest surnames of
    the US census); not a word that ends a place's name ('Victoria Park', 'Jane Street': data/place_heads.txt)."""
    return not dictionary_word(token) or common_surname(token) and token.casefold() not in words("place_heads")


ARTICLE_BEFORE = re.compile(r"\b(?i:the|a|an)\s+(?:[a-z]+\s+)?$")  # 'at the lovely Contoso Hall'
HOUSE_NUMBER_AFTER = re.compile(r"\s+\d{1,5}[a-z]?\s*,")  # 'Contosostraat 23, 1000 Brussels'


def _part_of_a_longer_name(text: str, match: re.Match, before: re.Match | None) -> bool:
    """A first name common only outside English-speaking countries is no person's when a capitalized
    word that is no given name, English word or job title stands before it ('Tel Aviv Fabrikam' names a
    group; not 'About', 'Coordinator') or a house number follows ('Maarten Contosostraat 23, Brussels'
    is an address) or an article ('the lovely Maarten Hall' is a place)."""
    word = before.group(1) if before else None
    return bool(word and not given_name_anywhere(word) and not dictionary_word(word) and not is_role(word)) \
        or bool(HOUSE_NUMBER_AFTER.match(text, match.end()) or ARTICLE_BEFORE.search(text, 0, match.start()))


def page_authors(front_matter: dict, bylines: list[str]) -> frozenset[str]:
    """The names of a post's authors, from its front matter ('author', 'authors': a name, a list, 'A and
    B') and its byline: a name found in a sentence of the post is no participant when it is theirs."""
    stated = [front_matter.get(key) for key in ("author", "authors")]
    texts = [*bylines, *(item for value in stated for item in (value if isinstance(value, list) else [value])
                         if isinstance(item, str))]
    return frozenset(match.group("who") for text in texts for match in GIVEN_NAME_FIRST.finditer(text))


BYLINE_ALONE = re.compile(r"\s*(?i:by)\s+[^()]{2,40}\(@[\w.-]+\)\s*")  # 'by Jane (@jdoe)' alone: who wrote a section


BRACKETED_LINE = re.compile(r"^\[([^\[\]]+)\]$")
HANDLE_PERSON = re.compile(r"(?P<name>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){0,2})\s*[(\[]*@[A-Za-z0-9][\w-]*")
ZH_CAME_FROM = re.compile(r"来自((?:[^，。；、]{2,16}?的[\u4e00-\u9fff]{2,3}[、和与]?)+)")
ZH_ORG_OF_NAME = re.compile(r"[和与及]?(?P<org>[^，。；、的]{2,16}?)的(?P<name>[\u4e00-\u9fff]{2,3}?)(?=[、和与也都还亦均]|$)")
ZH_CAPTION = re.compile(r"(?:^|[，。；、\s])(?P<who>来自[^，。；]{2,40}?的[^，。；]{0,20}?[\u4e00-\u9fff]{2,3})(?=[，。；、\s]|$)")


def _social_post_word(text: str, match: re.Match, in_row: bool) -> bool:
    """In a social post's text, what stands before a handle is no person: another handle or a
    hashtag ('@Contoso @jdoe', '#Tooling @jdoe'), or one word with the handle not in brackets ('RT
    @jdoe:', 'intro to Widgets @jdoe'). A first name goes with its handle in brackets ('Omar
    (@omar)'), stands alone on its line ('Omar @omar'), or opens a table cell, or follows another's
    handle in it ('| Omar @omar Ana @ana |')."""
    before = text[match.start() - 1:match.start()]
    if before in ("@", "#"):
        return True
    opens_a_cell = in_row and re.search(r"(?:^|[|]|<br\s*/?>|@[\w-]+)\s*$", text[:match.start()]) is not None
    whole_line = not text[:match.start()].strip() and not text[match.end():].strip(" )]")
    return " " not in match.group("name").strip() and not re.search(r"[(\[]", match.group(0)) \
        and not opens_a_cell and not whole_line


def _title_after_name(text: str) -> str | None:
    """'何平教授作了总结' -> '教授': a job title (or honorific) right after a two-character name,
    when the name's two characters and the title's first would also read as a name."""
    role = _zh_role_start().match(text, 2)
    return role.group() if role and person_name(text[:2]) else None


@cache
def _zh_role_start() -> re.Pattern:
    return re.compile(alternation(w for w in words("roles") + words("honorifics") if CJK.search(w)))


def people(blocks: list[Block], found_sessions, lexicon: Lexicon,
           authors: frozenset[str] = frozenset()) -> list[PersonMention]:
    found: list[PersonMention] = [speaker for session in found_sessions for speaker in session.speakers]
    sponsors = {block.number for block, _ in sponsor_items(blocks)}  # 'Contoso, Gold Sponsor' names no person
    laid_out = [p for p in labelled_speakers(blocks) + bio_people(blocks) + listed_people(blocks) + column_people(blocks) + roster_people(blocks)
                if p.span.first not in sponsors]
    found += laid_out
    transcript = lines_under(blocks, "transcript_words")
    speakers_at = {speaker.span.first for session in found_sessions for speaker in session.speakers}
    talk_lines = speaker_then_talk_lines(blocks, found_sessions)  # '**姓名：Title**' names a talk, no organization
    absent = labelled_section_lines(blocks, "absent") | lines_under(blocks, "next_meeting_words")  # no part in this meeting
    for block in blocks:
        if block.number in sponsors or block.number in absent:
            continue
        text = _speaker_label(block.text) if block.number in transcript else block.text
        if not text:
            continue
        # '- Name, Title, who presented …': what follows the name and affiliation names no one
        line = RELATIVE_CLAUSE.split(text)[0] if block.kind == "item" else text
        if block.kind != "item":
            line = text = BRACKETED_LINE.sub(r"\1", text)  # '[Jane Doe, Engineer, Contoso]' under a slide's title
        speaker_line = block.kind == "item" and len(line) <= 200 and re.search(r"[,(（]", line)
        caption_line = block.kind in ("paragraph", "bold", "heading") and len(line) <= 60 and CJK.search(line) \
            and not label_pattern("talk").match(line) and block.number not in talk_lines  # '议题题目：星河数据库性能调优' names no one
        if block.number in talk_lines:
            found.append(PersonMention(talk_lines[block.number][0], block.span))
        elif speaker_line or caption_line:
            from_line = [p for p in parse_people(line, block.span) if _vouched(p) or _nicknamed(p, line)]
            found += from_line
            speaker_line = speaker_line and bool(from_line or block.number in speakers_at)  # '- Title: Jane Doe (Contoso)
            # talked about …' is a sentence when neither the line nor a talk layout reads a speaker in it
        elif block.kind in ("paragraph", "bold") and len(text) <= 120 and text.count(",") >= 2 and not text.endswith(".") \
                and is_role(text):
            found += [p for p in parse_people(text, block.span) if p.title and p.organization]  # 'Name, Title, Org' alone
        elif block.kind in ("paragraph", "bold") and LATIN.match(text):
            captioned = name_then_affiliation(text, block.span)  # 'Jane Doe Deputy General Manager of Contoso.'
            found += [captioned] if captioned else []
        for caption in CAPTION_PERSON if "," in text or " of " in text or " from " in text else ():
            weak = caption is CAPTION_PERSON[-1]  # 'Name of Org' also reads 'Widespread Adoption of X'
            for match in caption.finditer(text):
                if weak and PROGRAM_PERIOD_OF.search(text[:match.start("rest")]):
                    continue  # 'Contoso Summer of Code' is a program, not Contoso Summer of Code
                found += [p for p in parse_people(f"{match.group('who')}, {match.group('rest')}", block.span)
                          if (clean_organization(p.organization) or p.title) and (not weak or probably_a_person(p.name))]
        if RUN_TOGETHER.search(text):
            for org_text in sorted({w for _, _, w in lexicon.find("organizations", text)} | set(organization_mentions(text)),
                                   key=len, reverse=True):
                found += _run_together(text, org_text, block.span)
        of_organization = " of " in text or "'s " in text or "’s " in text \
            or block.kind == "item" and " from " in text and " and " in text  # '- Jane Doe and Wei Chen from Contoso will …'
        readings = (NAMES_OF_ORG, ORG_POSSESSIVE_NAMES) if of_organization else \
            (ORG_POSSESSIVE_NAMES,) if BARE_POSSESSIVE.search(text) else ()  # "Fabrikam Networks' Jane Doe"
        found += _people_of_organization(text, block.span, readings) if readings else []
        found += _job_before_name(text, block.span) if "he " in text and ", " in text else []
        found += _bracketed_in_prose(text, block.span) if not speaker_line and block.kind != "row" and "(" in text else []
        for match in _talks_by().finditer(text) if " by " in text else ():
            found += [p for p in parse_people(match.group("who").strip(" ,"), block.span, cue=True) if probably_a_person(p.name)]
        found += _listed_in_prose(text, block.span) if block.kind in ("paragraph", "item") else []
        for match in SPEAKER_IN_PROSE.finditer(text):  # 'Maria Lopez Diaz also discussed …'
            name = person_name(_without_leading_word(match.group("who")))
            if name and probably_a_person(name) and not _inside_an_organization(match.group("who"), text) \
                    and not AFTER_PREPOSITION.search(text[:match.start()]):
                found.append(PersonMention(name, block.span))
        for match in HANDLE_PERSON.finditer(text):  # 'Jane Doe (@handle)', 'Omar (@handle)', not 'on Twitter @handle'
            name = match.group("name").strip()
            platform = re.search(r"(?i)\b(?:on|via|at|follow(?:\s+us)?(?:\s+on)?)\s*$", text[:match.start()])
            if platform or _social_post_word(text, match, block.kind == "row") or CREDITED_BEFORE.search(text[:match.start()]) \
                    or BYLINE_ALONE.fullmatch(text):
                continue
            if name.split()[0].casefold() not in words("common_words") and (person_name(name) or " " not in name):
                found.append(PersonMention(name, block.span))
        found += _at_captions(text, block) if "@" in text or "＠" in text else []
        for match in ZH_CAPTION.finditer(text):
            found += parse_people(match.group("who"), block.span)
        found += _korean_captions(text, block.span) if HANGUL.search(text) else []
        found += _zh_role_name_list(text, block.span) if CJK.search(text) else []
        found += _zh_names_after_role_word(text, block.span) if "、" in text and CJK.search(text) else []
        found += _zh_title_then_name(text, block.span) if CJK.search(text) and block.kind in ("paragraph", "item", "bold") else []
        found += zh_org_of_speaker(text, block.span) if "的" in text and CJK.search(text) and block.kind == "paragraph" else []
        found += _zh_unit_name_rank(text, block.span) if CJK.search(text) and _zh_rank_word().search(text) else []
        found += _zh_invited_guests(text, block.span) if "邀请" in text else []
        found += zh_honored_participants(text, block.span) if CJK.search(text) and block.kind != "row" else []
        found += zh_clause_speakers(text, block.span) if CJK.search(text) and block.kind in ("paragraph", "item") else []
        found += zh_names_after_handles(text, block.span) if CJK.search(text) and block.kind in ("paragraph", "item") else []
        found += _zh_name_apart_then_speech(text, block.span) if " " in text and CJK.search(text) \
            and block.kind in ("paragraph", "item") else []
        for listed in ZH_CAME_FROM.finditer(text):  # '来自星河科技的张三、云帆数据的李四'
            for item in ZH_ORG_OF_NAME.finditer(listed.group(1)):
                after = text[listed.start(1) + item.start("name"):]
                title = _title_after_name(after)  # '来自蓝海大学的何平教授': 何平, 教授
                name = person_name(after[:2] if title or verb_follows(after, 2) else item.group("name"))
                unit = None if title or name_end_strength(after[len(item.group("name")):]) else _unit_then_name(after)
                if unit:  # '来自石油行业的星河油田王子涵': the unit before the name is the employer
                    found.append(PersonMention(unit[1], block.span, unit[0]))
                elif name:
                    found.append(PersonMention(name, block.span, item.group("org"), title))
        for _, _, written in lexicon.find("people", text):
            found.append(PersonMention(written, block.span))
        found += [p for p in _given_name_first(text, block.span, authors) if not _a_list_names_otherwise(p.name, laid_out)] \
            if block.kind in PROSE_NAME_KINDS and LATIN.search(text) else []
    for person in found:
        person.organization = clean_organization(person.organization)
        person.organization = None if common_noun_alone(person.organization) else person.organization  # '客户端'
        person.title = WEEKDAY_AFTER.sub("", person.title) if person.title else None  # 'Maintainer Tuesday, May 7'
        person.title = None if person.title and person.title.casefold() in words("honorifics") else person.title  # '…的孙健先生'
    found = [p for p in found if not is_role(p.name) and p.name not in well_known() and not a_phrase_for_a_name(p)]
    texts = [block.text for block in blocks]
    found = [p for p in found if not _inside_words_only(p.name, texts)]
    _named_in_characters(found, blocks)
    _affiliate_bracketed_communities(found, blocks)
    return _merge_people(_given_names_in_full(_without_people_as_organizations(found)))


GIVEN_NAME_ALONE = re.compile(r"[A-Z][a-z]+")


def _given_names_in_full(found: list[PersonMention]) -> list[PersonMention]:
    """'Yanina took the wheel …' where the page also names Yanina Bellini: a given name alone that opens
    the whole name of one person the page names is that person (recaps call people by their given name
    once introduced), not another; one that opens several whole names, or none, stays as it is."""
    whole = {}
    for person in found:
        words_of_name = person.name.split()
        if len(words_of_name) > 1 and LATIN.match(person.name):
            whole.setdefault(words_of_name[0], set()).add(person.name)
    kept = []
    for person in found:
        full = whole.get(person.name, set()) if GIVEN_NAME_ALONE.fullmatch(person.name) else set()
        if len(full) != 1:
            kept.append(person)
            continue
        named = next(iter(full))
        kept.append(PersonMention(named, person.span, person.organization, person.title, person.other_organizations))
    return kept


CLAUSE_END = re.compile(r"[^\w]")


def _inside_words_only(name: str, texts: list[str]) -> bool:
    """'后基金' read in '博士后基金', '解各个' in '帮助理解各个…': a Chinese 'name' whose given part is a common word
    of jieba's dictionary ('基金', '各个') and which, wherever the page writes it, begins inside a word of jieba's
    segmentation of its clause ('博士后', '理解') is the end of one word and the next, no person."""
    given = name[2:] if name[:2] in surnames() else name[1:]
    if not CJK.match(name) or len(given) < 2 or not common_word(given):
        return False
    starts = [_starts_a_word(text, match.start()) for text in texts for match in re.finditer(re.escape(name), text)]
    return bool(starts) and not any(starts)


def _starts_a_word(text: str, at: int) -> bool:
    clause_start = max((mark.end() for mark in CLAUSE_END.finditer(text, 0, at)), default=0)
    clause_end = CLAUSE_END.search(text, at)
    return at - clause_start in word_starts(text[clause_start:clause_end.start() if clause_end else len(text)])


def _named_in_characters(found: list[PersonMention], blocks: list[Block]) -> None:
    """'Jane Yu 是…' on a page that writes 'Jane Yu 林澈' elsewhere is 林澈, also as a talk's speaker (the
    same mention)."""
    aliases = latin_aliases(block.text for block in blocks) if any(LATIN.search(p.name) for p in found) else {}
    for person in found:
        person.name = aliases.get(person.name, person.name)


def _at_captions(text: str, block: Block) -> list[PersonMention]:
    """The people of a table's cells, or of a line, that each read 'Name@Employer Title' (`at_caption_person`)."""
    parts = re.split(r"\s*(?:[|｜]|<br\s*/?>)\s*", text) if block.kind == "row" else [text]
    return [person for part in parts if (person := at_caption_person(part, block.span))]


def _a_list_names_otherwise(name: str, listed: list[PersonMention]) -> bool:
    """'Jane Dooe' when a layout's list of people (a meeting's roll keeps one of two names a typo apart)
    kept 'Jane Doe'."""
    return any(person.name != name and typo_twins(person.name, name) for person in listed)


BRACKETED_PROJECT = r"\s*[（(]\s*(?P<word>[A-Za-z][\w.-]{1,30})\s*[)）]"  # '王溢学（deepin）'


def _affiliate_bracketed_communities(found: list[PersonMention], blocks: list[Block]) -> None:
    """'林澈（xinghe）' with no employer, where the recap also names 'xinghe 社区' (or 'xinghe（星河）
    社区'): the project in brackets is the community the person comes from, written as the recap
    names it; a login in brackets ('林澈（linche）') names no community and stays no affiliation."""
    lines = {block.number: block.text for block in blocks}
    for person in found:
        bracket = re.search(re.escape(person.name) + BRACKETED_PROJECT, lines.get(person.span.first, "")) \
            if not person.organization and CJK.search(person.name) else None
        if bracket:
            person.organization = _community_named(bracket.group("word"), blocks) or person.organization


def _community_named(word: str, blocks: list[Block]) -> str | None:
    """'xinghe（星河）社区' for 'xinghe': the community (a head that needs a name, data/org_heads_need_name.txt)
    the recap names after the project's word, with the word's other script in brackets or not."""
    named = re.compile(rf"(?<![\w.-]){re.escape(word)}\s*(?:[（(][^()（）]{{1,12}}[)）])?\s*(?:{_heads_that_need_a_name()})")
    return next((match.group() for block in blocks for match in [named.search(block.text)] if match), None)


@cache
def _heads_that_need_a_name() -> str:
    return alternation(words("org_heads_need_name"))


SPEAKER_LABEL = re.compile(r"^(?P<who>[^:：]{3,60}?)\s*(?:[:：]\s|(?=\d{1,2}:\d\d\s*[AaPp]\.?[Mm]\b))")  # or a chat's 'Name (Org)12:03 PM'



def _speaker_label(text: str) -> str:
    """In a copy of a meeting's transcript only who speaks is named for sure ('Jane Doe (Contoso):
    …', a chat's 'Jane Doe (Contoso)12:03 PM'): the names a machine heard in what was said ('Matt Hinn will be talking') are no people."""
    label = SPEAKER_LABEL.match(text)
    return label.group("who") if label else ""


def _without_people_as_organizations(found: list[PersonMention]) -> list[PersonMention]:
    """'Jane Doe, Wei Chen' or '林澈，周岚' read as 'Name, Organization': an organization that the same
    page names as a person elsewhere, and that starts with a common given name or is a Chinese name
    (a surname, then one or two characters), is that person, not an employer ('Tailspin Toys' read as
    a person from 'Engineer - Tailspin Toys' stays the employer)."""
    names = {person.name for person in found if common_given_name(person.name.split()[0]) or _a_chinese_name(person.name)}
    for person in found:
        if person.organization in names and person.organization != person.name:
            person.organization = None
    return found


def _a_chinese_name(name: str) -> bool:
    return bool(CJK.match(name)) and person_name(name) == name


def _zh_title_then_name(text: str, span: Span) -> list[PersonMention]:
    """'…公司副总裁林澈博士带来了主题演讲', 'PMC 成员宋雨介绍了…', '…学院副教授周可等专家出席': a job
    title, then a name of two or three characters where a verb of speaking, an honorific, 等 or
    another verb or adverb begins (`name_end_strength`); the organization is the phrase's words
    before the title."""
    found = []
    for title in zh_job_title().finditer(text):
        at = title.end() + len(TITLE_NAME_GAP.match(text, title.end()).group())
        joined = None if CJK.search(title.group()) else _joined_to_a_chinese_title(text[:title.start()])
        start = joined.start() if joined else title.start()  # '创始人兼 CEO 李枫': one title
        name = (zh_name_after_title(text, at) or _latin_name_after_title(text, at)) \
            if CJK.search(title.group()) or joined or _acronym_title(text, title) else None
        if not name or text.rfind("《", 0, start) > text.rfind("》", 0, start):
            continue  # inside a 《title》
        phrase = re.split(r"(?<=[\u4e00-\u9fff])\s+", ZH_PHRASE_BREAK.split(text[:start])[-1])[-1]
        phrase = after_prepositions(phrase).lstrip("“”‘’\"'「」『』")  # '…优化实践 数据库内核工程师': a title's words
        # before the job title go, and so does the quotation mark a quoted sentence ends with ('…，”Contoso CTO Jane Doe 说')
        own_org, own_job = split_affiliation(phrase + text[start:title.end()])
        if "，" in text[title.end():at] and not (own_org and is_org(own_org)):
            continue  # '…一位工程师，张伟，他…': only an organization's title sets a name off by commas
        first = first_role(text[:start])
        org, job = first or (own_org, own_job)
        later = (own_org,) if first and own_org and own_org != org and is_org(own_org) else ()  # the role beside the name
        found.append(PersonMention(name, span, org, job, later))
    return found


def _acronym_title(text: str, title: re.Match) -> bool:
    """'星河科技 CTO 林澈表示…', '社区的PMC周岚分享了…': a job title written as a capitalized acronym
    (data/roles.txt), a whole word, stands before a name in Chinese prose as a Chinese one does."""
    written = title.group()
    return written.isascii() and written.isupper() and written in words("roles") \
        and not re.match(r"[A-Za-z]", text[title.start() - 1:title.start()]) and not re.match(r"[A-Za-z]", text[title.end():])


TITLE_NAME_GAP = re.compile(r" ?(?:[-–—]{1,2} |，(?=[\u4e00-\u9fff]{2,3}[，,]))?")
# '解决方案副总裁 - 周明远', '软件主管，王子涵，在…分享了': a dash, or a comma before a name set off by commas


def _joined_to_a_chinese_title(before: str) -> re.Match | None:
    """'创始人兼 CEO', '联合创始人 & CTO': the Chinese title that a Latin one ('CEO') is joined to by
    兼 or &, so the two are one job title."""
    return _title_joined_by().search(before)


@cache
def _title_joined_by() -> re.Pattern:
    return re.compile(rf"(?:{zh_job_title().pattern})\s*(?:兼|&|＆)\s*$", re.IGNORECASE)
LATIN_NAME_IN_ZH = re.compile(r"[A-Z][a-z]+(?:\s[A-Z][a-z]+){1,2}(?=\s*(?:[\u4e00-\u9fff，。；、（(]|$))")


def _latin_name_after_title(text: str, at: int) -> str | None:
    """'Contoso 售前工程师 Jane Doe 分享了…': in Chinese prose a name in Latin letters after a job
    title, ending where Chinese (or a mark) goes on, when it reads as a person's name."""
    match = LATIN_NAME_IN_ZH.match(text, at)
    name = person_name(match.group()) if match else None
    return name if name and probably_a_person(name) else None


def _unit_then_name(text: str) -> tuple[str, str] | None:
    """'星河油田王子涵，…', '北岩科技的林若溪，…': a run of Chinese that goes on past a name's place
    is a unit, then the name at the run's end (where a mark follows), split where the unit ends in
    a dictionary word ('油田') or in 的; the unit and the name."""
    run = re.match(r"[\u4e00-\u9fff]*", text).group()
    if not name_end_strength(text[len(run):]):
        return None
    for size in (3, 2):
        unit, name = run[:-size], run[-size:]
        if len(unit) >= 3 and unit.endswith("的") and person_name(name) == name:
            return unit[:-1], name
        if len(unit) >= 2 and person_name(name) == name and common_word(unit[-2:]):
            return unit, name
    return None


ZH_NAME_APART = re.compile(r"(?:^|(?<=[，。；：,;:\s]))(?P<name>[\u4e00-\u9fff]{2,3})\s+(?=[\u4e00-\u9fff(（\[])(?P<clause>[^。；;！？!?]*)")


def _zh_name_apart_then_speech(text: str, span: Span) -> list[PersonMention]:
    """Meeting notes that set a name apart by a space at the start of a clause whose verb is one of
    speaking: '，林澈 在上周的基础上（issue 见此处）分享了…' (data/speech_verbs.txt); a name by its surname."""
    return [PersonMention(match.group("name"), span) for match in ZH_NAME_APART.finditer(text)
            if person_name(match.group("name")) and any(verb in match.group("clause") for verb in zh_speech_verbs())]


ROLE_BREAK = re.compile(r"[，,、]")
CAPTION_BREAK = re.compile(r"[。；;！？!?：:《“]")


RANK_PREFIX = "(?:副|助理|客座|名誉)?"  # '副教授', '客座研究员'


@cache
def _zh_rank_word() -> re.Pattern:
    """An academic rank said after a name ('孙琦副教授', data/academic_ranks.txt)."""
    return pattern("academic_ranks")


@cache
def _caption_end_after_name() -> re.Pattern:
    """A caption's end that is said after a name: an academic rank, a doctor's degree or a form of
    address ('蓝海大学周岚教授', '…林澈博士', '…周明老师')."""
    said_after = words("academic_ranks") + tuple(w for w in words("degrees") + words("honorifics") if CJK.search(w))
    return re.compile(rf"(?:{alternation(said_after)})$")


@cache
def _unit_name_rank() -> re.Pattern:
    return re.compile(rf"(?P<org>[\u4e00-\u9fff]{{2,40}}?(?:{zh_org_heads()}|系|院|所|中心))的?(?P<name>[\u4e00-\u9fff]{{2,3}}?)"
                      rf"(?P<title>{RANK_PREFIX}(?:{alternation(words('academic_ranks'))}))(?![、，,])")  # a list of captions: `_zh_role_name_list`


MARKUP = re.compile(r"\*\*|__|\[([^\]]*)\]\([^)]*\)")  # bold marks, and a link read as its text


@cache
def _invited_list() -> re.Pattern:
    nouns = alternation(w for w in words("participant_nouns") if CJK.search(w))
    roles = alternation(w for w in words("roles") if CJK.search(w))
    return re.compile(rf"邀请(?:了|到了?)?(?P<names>(?:[\u4e00-\u9fff]{{2,3}}[、和与及]){{1,5}}[\u4e00-\u9fff]{{2,3}})"
                      rf"(?:(?:[两三四五六七八九十]位|等)?(?:{nouns})"
                      rf"|\s*(?:\d{{1,2}}|[两三四五六七八九十])\s*位[^，,。；;]{{0,20}}?(?:{nouns}|{roles}))")
    # '…邀请了林澈、周岚 2 位星河 iOS 客户端工程师': the count, then who they are, also a job title


def _zh_invited_guests(text: str, span: Span) -> list[PersonMention]:
    """'沙龙邀请了**翟祥**和[**刘思喆**](…)两位嘉宾…', '邀请了林澈、周岚 2 位星河客户端工程师': the
    names listed between 邀请 and a word for guests (data/participant_nouns.txt), or their count and a
    job title, bold or linked, are the guests."""
    found = []
    for match in _invited_list().finditer(MARKUP.sub(r"\1", text)):
        names = re.split(r"[、和与及]", match.group("names"))
        if all(person_name(name) == name for name in names):
            found += [PersonMention(name, span) for name in names]
    return found


def _organization_after_prepositions(words_before: str) -> str:
    """The words before a name after any preposition ('由星河大学…'), but a 与 or 和 inside a school's
    name joins its subjects ('计算机科学与技术学院'), no clauses."""
    cut = after_prepositions(words_before)
    return words_before if words_before[:len(words_before) - len(cut)].endswith(("与", "和", "及")) else cut


def _zh_unit_name_rank(text: str, span: Span) -> list[PersonMention]:
    """'上海财经大学商学院市场营销系孙琦副教授选取…', '星河大学数计院的蔡敬衡副教授。': a school or a
    department, perhaps 的, a name, then the academic rank said after it, as the subject of its own
    clause (not an item of a list of captions, '…学院周会群教授、…'); the phrase's words before the
    name (after any preposition) are the organization."""
    found = []
    for match in _unit_name_rank().finditer(text):  # the organization's characters run to no mark
        name, org = person_name(match.group("name")), _organization_after_prepositions(match.group("org"))
        if name == match.group("name") and org and not re.search(r"[的了是]", org):
            found.append(PersonMention(name, span, org, match.group("title")))
    return found


def _holds_a_person(role: str) -> bool:
    """'蓝海大学院长周岚', '蓝海大学周岚教授': a job title then a name, or a name then the title
    said after a name: another person's caption, not a role."""
    role = role.strip()
    after_name = _caption_end_after_name().search(role)
    before = role[:after_name.start()] if after_name else ""
    return any(_name_at(role, title.end()) for title in zh_job_title().finditer(role)) \
        or any(person_name(before[-size:]) for size in (3, 2) if re.fullmatch(r"[\u4e00-\u9fff]+", before[-size:]))


def _name_at(text: str, at: int) -> bool:
    """A name right after a job title, not the start of another title ('及高级经理')."""
    name = zh_name_after_title(text, at)
    return bool(name) and not any(zh_job_title().match(text, at + i) for i in range(len(name)))


def first_role(before: str) -> tuple[str, str | None] | None:
    """'星河科技架构师、Contoso 项目负责人林澈', '星河科技架构师，蓝海基金会理事林澈': in a caption of
    several roles, each an organization's job title, the first names the person's employer (the
    later ones a project, a committee or a community they serve); its organization and title. None
    when the caption has one role (the `before` text is that role's words before its job title), or
    the first names no organization."""
    roles = ROLE_BREAK.split(CAPTION_BREAK.split(before)[-1])  # the last is the name's own role
    if _holds_a_person(roles[-1]):
        return None  # '星河科技总裁林澈与蓝海基金会运营官周岚': another person's caption before the role
    chain = list(itertools.takewhile(lambda role: _title_tail().search(role.strip()) and not _holds_a_person(role),
                                     reversed(roles[:-1])))
    if not chain:
        return None
    org, job = split_affiliation(after_prepositions(ZH_NAME_START.sub("", chain[-1].strip())))  # '登场的是星河科技…'
    return (org, job) if org and not _serves_in(org) else None


def _serves_in(org: str) -> bool:
    """'中国开源推进联盟副秘书长、星河科技首席架构师林澈': a first role in a committee, an alliance or a
    foundation is a body one serves in; the employer is named later."""
    return org.casefold().endswith(tuple(word.casefold() for word in words("association_heads")))


ZH_LIST_ITEM = re.compile(r"[；;、]")
ZH_LIST_LEAD = re.compile(r"^.*[:：]")  # '出席本次活动的嘉宾有：' before the first item
ZH_CLAUSE = re.compile(r"[，,。]")


def _zh_role_name_list(text: str, span: Span) -> list[PersonMention]:
    """'嘉宾有：云帆数据首席架构师李晓明；蓝海大学教授赵丽华；…', '感谢星河科技郑伟、云帆数据冯雪的分享': items
    apart by semicolons or 、 within one clause, each an organization or job title that ends in a
    name. Two such items make the list."""
    found = []
    for clause in ZH_CLAUSE.split(text):
        items = ZH_LIST_ITEM.split(clause)
        if len(items) < 2:
            continue
        items[0] = ZH_NAME_START.sub("", ZH_LIST_LEAD.sub("", items[0]))  # '感谢星河科技郑伟、…'
        items[-1] = re.sub(r"等[^、；;]*$", "", items[-1])  # '…、云帆数据冯雪等多位伙伴'
        people = [_listed_person(item, span) for item in items]
        if not people[0]:  # '到场的还有星河科技郑伟': the sentence's words before the organization go
            people[0] = _listed_person(after_function_words(items[0]), span)
        listed = [p for one in people if len(one) == 1 for p in one if p.title or p.organization]
        found += listed if len(listed) >= 2 else []
    for person in found:  # what is left of the sentence before an organization goes
        person.organization = after_prepositions(person.organization) if person.organization else None
    return found


ZH_PLAIN_NAMES_FROM = 2  # names at least after the role word: a list, not a sentence that goes on
ZH_NAME_JOIN = re.compile(r"、|以及|及|和|与")


@cache
def _zh_role_word_then_names() -> re.Pattern:
    """'嘉宾有林澈、周岚、韩磊', '评委为何平、江映雪', '主讲人有来自云帆开源社的沈一鸣、许南星': a Chinese
    word for speakers or for the people of an event (data/labels.txt, 'speaker' and 'people'), then
    有, 为, 是 or 包括 and the names to the clause's end."""
    roles = alternation(w for w in labels("speaker") + labels("people") if CJK.search(w))
    return re.compile(rf"(?:{roles})们?(?:分别|主要|依次)?(?:有|为|是|包括)[:：]?\s*(?:来自[^，,。；;、]{{2,30}}?的)?"
                      r"(?P<names>[^，,。；;！？!?（(]+)")


def _zh_names_after_role_word(text: str, span: Span) -> list[PersonMention]:
    """Plain Chinese names listed after a role word ('嘉宾有林澈、周岚、韩磊'): the role word vouches for
    names with no caption; every item must read as a name (honorifics dropped), two at least, or the
    clause is something else ('嘉宾有来自高校、企业的专家')."""
    found = []
    for listed in _zh_role_word_then_names().finditer(text):
        items = [item.strip() for item in ZH_NAME_JOIN.split(re.sub(r"等[^、]*$", "", listed.group("names")))]
        names = [person_name(item) if CJK.match(item) else None for item in items]
        if len(names) >= ZH_PLAIN_NAMES_FROM and all(name and CJK.match(name) and not common_word(name) for name in names):
            found += [PersonMention(name, span) for name in names]
    return found


def _listed_person(item: str, span: Span) -> list[PersonMention]:
    return parse_people(item.strip(" 。.，,"), span) if 0 < len(item.strip()) <= 60 else []


@cache
def _korean_caption() -> re.Pattern:
    """'노스윈드 시스템즈 김민준 부사장은 …': an organization, a Korean name and a job title, in a sentence."""
    roles = alternation(w for w in words("roles") if HANGUL.search(w))
    return re.compile(rf"(?P<org>(?:[\w&.+-]+\s+){{1,3}}?)(?P<name>[\uac00-\ud7af]{{3,4}})\s+"
                      rf"(?P<title>(?:{roles})(?:\s+(?:{roles}))*)(?:께서|은|는|이|가|의|도|과|와)?(?=[\s,.]|$)")


def _without_leading_word(name: str) -> str:
    """'Office Hours Brian de Hamer gave …': a dictionary word before a name of three words or more
    that holds a particle is the end of what came before it, not the given name."""
    first, _, rest = name.partition(" ")
    return rest if len(rest.split()) >= 2 and PARTICLE_INSIDE.search(rest) and dictionary_word(first) \
        and not given_name_anywhere(first) else name


def _korean_captions(text: str, span: Span) -> list[PersonMention]:
    found = []
    for match in _korean_caption().finditer(text):
        name = person_name(match.group("name"))
        org_words = match.group("org").split()
        while org_words and any(KO_OBJECT.search(word) for word in org_words):  # '행사에서 노스윈드' -> '노스윈드'
            org_words.pop(0)
        if name and org_words:
            found.append(PersonMention(name, span, " ".join(org_words), match.group("title")))
    return found


def _vouched(person: PersonMention) -> bool:
    """A speaker line's person stands with an affiliation that reads as a name or a job title;
    'Deep Learning, Machine Learning and AI through GPUs' is a list of topics. A Chinese description that
    tells rather than names ('林澈 —— 写了十年代码的人') vouches as an affiliation did."""
    described = bool(person.organization) and CJK.search(person.organization) and reads_as_clause(person.organization)
    if clean_organization(person.organization) is None and not person.title and not described:
        return False
    return bool(person.title) or not plain_words(person.name)


def _nicknamed(person: PersonMention, line: str) -> bool:
    """'Robert Doe (Bob) presented …': what a person is called, in brackets after the name, vouches for it."""
    called = re.search(rf"{re.escape(person.name)}\s*\((?P<word>[A-Z][a-z]+)\)", line)
    return bool(called) and nickname(called.group("word"))


RUN_TOGETHER = re.compile(r"[a-z][A-Z][a-z]")


@cache
def _run_together_title() -> re.Pattern:
    roles = "|".join(re.escape(w) for w in sorted(words("roles"), key=len, reverse=True) if not CJK.search(w))
    return re.compile(rf"\s*(?P<title>[A-Za-z&][A-Za-z& ]{{0,60}}?(?i:{roles}))(?P<name>[A-Z][a-z]+\s[A-Z][a-z]+)")  # glued: 'ManagerWei Chen'


def _run_together(text: str, org_text: str, span: Span) -> list[PersonMention]:
    """Text extracted without spaces: 'Contoso InformationserverProduct Line General ManagerWei Chen'
    -> the name after the job title that follows an organization."""
    found = []
    for at in [m.start() for m in re.finditer(re.escape(org_text), text)]:
        match = _run_together_title().match(text, at + len(org_text))
        if match and person_name(match.group("name")):
            title = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", match.group("title")).strip()
            found.append(PersonMention(match.group("name"), span, org_text, title))
    return found


def _merge_people(found: list[PersonMention]) -> list[PersonMention]:
    """One mention per person (a middle initial or not), keeping the most complete organization
    and title seen."""
    merged: dict[str, PersonMention] = {}
    for person in found:
        key = re.sub(r"\s+", " ", re.sub(r"(?<=\s)[A-Z]\.\s", "", person.name)).casefold()  # 'Jane Q. Doe' is 'Jane Doe'
        if key not in merged:
            merged[key] = PersonMention(person.name, person.span, person.organization, person.title,
                                        person.other_organizations)
        else:
            known = merged[key]
            known.organization = known.organization or person.organization
            known.title = known.title or person.title
            known.other_organizations += tuple(o for o in person.other_organizations if o not in known.other_organizations)
    return list(merged.values())
