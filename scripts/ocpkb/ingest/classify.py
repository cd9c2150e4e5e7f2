"""Stage 2c, classify strings: is this a person's name, an organization, a job title? And a
speaker line -> (name, organization, title).

Cues that hold across documents: word classes from the data files (role words, organization
words, honorifics, event words), the Chinese surname list, the shape of names (capitalized
words, initials; two to four Chinese characters after a surname), jieba's dictionary tags for
Chinese words (a dictionary word that is not a name is not a name), and the registries (a known
organization is an organization).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..slug import slugify
from ..writing import CJK, HANGUL, LATIN
from . import clock, dates, places
from .model import PersonMention, Span
from .stored_tables import stored_table
from .wordlists import alternation, casefolded, korean_surnames, labels, pattern, simplified_form, surnames, words

POSSESSIVE = re.compile(r"\w['’]s\b")  # 'Contoso’s Latest Releases': what someone has ('O’Neil' is a name)
NAME_TOKEN = re.compile(r"^(?:[^\W\d_][^\W\d_'’.-]*(?:[-'’][^\W\d_]+)*|[^\W\d_]\.)$")
INITIALS = re.compile(r"^(?:[A-Z]\.){1,3}$|^[A-Z]\.?$|^\([A-Z]{1,3}\)$")
ZH_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")


@cache
def _honorific() -> re.Pattern:
    return re.compile(rf"^(?:(?:{alternation(w for w in words('honorifics') if not CJK.search(w))})\.?\s+)+",
                      re.IGNORECASE)


@cache
def _honorific_zh() -> re.Pattern:
    return re.compile(rf"(?:{alternation(w for w in words('honorifics') if CJK.search(w))})$")


def strip_honorifics(name: str) -> str:
    name = _honorific().sub("", name.strip())
    return _honorific_zh().sub("", name) if CJK.search(name) and len(name) > 3 else name


@cache
def well_known() -> frozenset[str]:
    return frozenset(words("organizations_known"))


def is_role(text: str) -> bool:
    return bool(pattern("roles").search(text))


def is_org(text: str) -> bool:
    """Holds an organization word ('University', 'Centre', '公司', '研究院'...)."""
    if CJK.search(text):
        return bool(_org_zh().search(text)) or bool(_latin_org_word(text))
    return bool(_latin_org_word(text))


@cache
def _org_zh() -> re.Pattern:
    return re.compile(alternation(w for w in words("org_words") if CJK.search(w)))


@cache
def _org_zh_at_end() -> re.Pattern:
    return re.compile(rf"(?:{_org_zh().pattern})$")


def _latin_org_word(text: str) -> bool:
    """Holds a Latin organization word: single words looked up by token (fast), the few
    entries of several words ('working group') by the pattern."""
    single, several = _org_en_words()
    tokens = re.findall(r"[a-z][a-z.]*(?:-[a-z]+)*", text.casefold())
    return any(token in single or token.rstrip(".") in single for token in tokens) or bool(several and several.search(text))


@cache
def _org_en_words() -> tuple[frozenset[str], re.Pattern | None]:
    entries = [w.casefold() for w in words("org_words") if not CJK.search(w)]
    several = [w for w in entries if not re.fullmatch(r"[a-z][a-z.]*", w)]
    return frozenset(w for w in entries if w not in several), \
        (re.compile(alternation(several), re.IGNORECASE) if several else None)


@cache
def _name_particles() -> frozenset[str]:
    return frozenset(words("name_particles"))  # written in lower case: 'De Wit' starts with a capitalized word


MAX_PARTICLES = 2  # 'Ana de la Cruz'


@cache
def _non_name_words() -> frozenset[str]:
    found = {w.casefold() for w in words("common_words")}
    for name in ("roles", "org_words", "event_words", "role_modifiers", "regions"):
        found |= {w.casefold() for w in words(name) if not CJK.search(w) and " " not in w}
    return frozenset(found)


@lru_cache(maxsize=16384)
def person_name(text: str) -> str | None:
    """The text as a person's name (honorifics dropped), or None when it does not read as one.
    Kept for the texts seen last: people, talks and organizations ask about the same words."""
    text = strip_honorifics(text.strip(" \t*_:：,，.。;；-–—\"“”'"))
    if not text:
        return None
    from . import places

    if places.named_place(text):
        return None  # '爱尔兰', 'San Francisco': a place after an event in a calendar, no person
    if CJK.search(text):
        return _name_zh(text)
    return _name_ko(text) if HANGUL.search(text) else _name_latin(text)


def _name_ko(text: str) -> str | None:
    """A Korean name: three or four Hangul syllables starting with a Korean surname ('김민준',
    '남궁민수'), no job title. Many words start with a surname's syllable too ('이번', '정보'), so two
    syllables are no name, and the layouts that read one ask for an organization or a job title
    beside it."""
    text = re.sub(r"\s+", "", text)
    if not re.fullmatch(r"[\uac00-\ud7af]{3,4}", text) or is_role(text):
        return None
    surname = 2 if text[:2] in korean_surnames() and len(text) >= 3 else 1
    return text if text[:surname] in korean_surnames() and len(text) - surname <= 2 else None


POSSESSIVE_END = re.compile(r"['’]s$")


def _name_latin(text: str) -> str | None:
    tokens = text.split()
    inside = tokens[1:-1]
    particles = sum(1 for token in inside if token in _name_particles())
    if not 2 <= len(tokens) - particles <= 4 or particles > MAX_PARTICLES:
        return None
    full = 0
    for index, token in enumerate(tokens):
        if INITIALS.match(token) or 0 < index < len(tokens) - 1 and token in _name_particles():
            continue
        if index and _glued_particle(token):
            full += 1  # 'Tim deBoer', 'Ana dePaula': the particle written onto the surname
            continue
        if not NAME_TOKEN.match(token) or not token[0].isupper() or token.isupper() and len(token) > 1 and "-" not in token:
            return None
        if token.casefold().strip(".") in _non_name_words() and not (index == 0 and _given_name_before_surname(tokens)) \
                or index < len(tokens) - 1 and POSSESSIVE_END.search(token):
            return None  # "Jane Doe's Slides": a thing of hers
        full += 1
    if full == 1 and _given_name_then_initial(tokens):
        return f"{text}."  # 'Aurélien C.': the surname written as its initial
    if full == 1 and _initials_then_surname(tokens):
        return text  # 'A. Smith', 'J. R. Doe'
    return text if full >= 2 else None


def _given_name_then_initial(tokens: list[str]) -> bool:
    """'Jane D', 'Aurélien C' (its dot stripped): a given name the name dictionary knows (accents
    aside), then one capital letter for the surname."""
    return len(tokens) == 2 and re.fullmatch(r"[A-Z]", tokens[1]) is not None \
        and given_name_anywhere(slugify(tokens[0])) and tokens[0].casefold() not in _non_name_words()


DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")


def _initials_then_surname(tokens: list[str]) -> bool:
    """'A. Smith', 'J. R. Doe': dotted initials for the given names, then a surname of three or more
    letters that is no place and that probablepeople reads as one ('A. Team' is a corporation's)."""
    import probablepeople
    from . import places

    if len(tokens) < 2 or len(tokens[-1]) < 3 or not all(DOTTED_INITIALS.fullmatch(token) for token in tokens[:-1]) \
            or places.named_place(tokens[-1]):
        return False
    try:
        return probablepeople.tag(" ".join(tokens))[1] == "Person"
    except probablepeople.RepeatedLabelError:
        return False


def _given_name_before_surname(tokens: list[str]) -> bool:
    """'Jan Kowalczyk', 'June Okafor': a common word that is also a common given name (a month, 'Will')
    opens a name when no other word of it is an English word ('June Meetup', 'May Update' are none)."""
    return common_given_name(tokens[0]) and all(
        not dictionary_word(token) and token.casefold() not in _non_name_words() for token in tokens[1:])


def _glued_particle(token: str) -> bool:
    """'deBoer', 'vanDyke': a surname that opens with a name particle in lower case (data/name_particles.txt)
    and goes on capitalized."""
    glued = GLUED_PARTICLE.match(token)
    return bool(glued) and glued.group("particle") in _name_particles() and NAME_TOKEN.match(token) is not None


GLUED_PARTICLE = re.compile(r"^(?P<particle>[a-z]{2,4})[A-Z][a-z]+$")


def first_name(text: str) -> str | None:
    """A lone capitalized word that reads as a first name ('Priya', 'Craig'), for the layouts
    that vouch for a person and write first names only (a 'Presenters:' label): no acronym, no
    role, organization or event word, and no dictionary word unless a common given name."""
    token = text.strip(" \t*_,.;")
    if not NAME_TOKEN.match(token) or not token[0].isupper() or token.isupper() or token.casefold() in _non_name_words():
        return None
    return token if not dictionary_word(token) or _given_names().get(token.casefold(), 0) >= COMMON_GIVEN_NAME else None


@cache
def probably_a_person(text: str) -> bool:
    """probablepeople's reading of a romanized string that stands alone (no organization or job
    title beside it to vouch for it): a person, or a corporation or anything else (its CRF model
    ships inside the package). It keeps titles such as 'Language Server Protocol' from being
    taken for people; names outside its training are taken on their shape when
    a layout gives them an affiliation."""
    import probablepeople

    if not all(ord(char) < 0x250 for char in text):  # it knows romanized names only
        return True
    if plain_words(text):
        return False
    try:
        return probablepeople.tag(text)[1] == "Person"
    except probablepeople.RepeatedLabelError as error:  # two surnames, say: still a person's parts
        return all(not label.startswith("Corporation") for _, label in error.parsed_string)


COMMON_GIVEN_NAME = 3  # gender-guesser's frequency scale, 1 (rare) to 13 (extremely common)
ENGLISH_COLUMNS = slice(30, 33)  # nam_dict.txt's columns for Great Britain, Ireland and the U.S.A.
COUNTRY_COLUMNS = (slice(30, 79), slice(80, 82), slice(84, 85))  # its countries' columns but China, Korea and
# Vietnam, whose romanized given names are also syllables of places and words ('Hong Kong', 'Le', 'Dong')


@cache
def _english_words() -> frozenset[str]:
    """The lowercase words of the GCIDE English dictionary, as the english-words package ships them."""
    import pickle
    from importlib import resources

    return frozenset(pickle.loads(resources.files("english_words").joinpath("data", "gcide_alpha_lower.pickle").read_bytes()))


COMMON_SURNAMES = 2000  # the most frequent surnames of the US census that `names` ships (Stone is 281st)


@cache
def _common_surnames() -> frozenset[str]:
    """The most frequent surnames of the 1990 US census, as the `names` package ships them (one per
    line: name, frequency, cumulative frequency, rank), casefolded."""
    from importlib import resources

    lines = resources.files("names").joinpath("dist.all.last").read_text(encoding="ascii").splitlines()
    return frozenset(line.split()[0].casefold() for line in lines[:COMMON_SURNAMES] if line.strip())


def common_surname(token: str) -> bool:
    """A lone word that is among the commonest surnames, English word or not ('Stone', 'Rice', 'Smith')."""
    return token.casefold() in _common_surnames()


@cache
def _given_names() -> dict[str, int]:
    """First name (casefolded) -> its highest frequency in English-speaking countries (where an
    English word is also a common name: Mark, Rose, Grant), read straight from the name dictionary
    gender-guesser ships (its detector also builds gender tables not needed here)."""
    return _name_frequencies()[0]


@cache
def _given_names_anywhere() -> frozenset[str]:
    """First names (casefolded) the name dictionary gives a man or a woman in any of its countries
    ('Marcelo', 'Haolin' is none), not only the English-speaking ones."""
    return _name_frequencies()[1]


@cache
def _widely_given_names() -> frozenset[str]:
    """First names (casefolded) common in at least one of the name dictionary's countries ('Maarten',
    'Ciprian', 'Raj'), given to a man or a woman there."""
    return _name_frequencies()[2]


def _frequency(columns: str) -> int:
    return max((int(char, 16) for char in columns if char in "123456789ABCDabcd"), default=0)


@stored_table("gender-guesser")
def _name_frequencies() -> tuple[dict[str, int], frozenset[str], frozenset[str]]:
    """One reading of gender-guesser's nam_dict.txt: the English frequencies, the names of a man or a
    woman somewhere (a '?' line is a name of either, often also a word: 'Red'), and those of them
    common in some country."""
    from importlib import resources

    english: dict[str, int] = {}
    anywhere: set[str] = set()
    widely: set[str] = set()
    with resources.files("gender_guesser").joinpath("data", "nam_dict.txt").open(encoding="iso-8859-1") as stream:
        for line in stream:
            if line.startswith("#") or len(line) < 31:
                continue
            name = line[3:29].strip().casefold()
            frequency = _frequency(line[ENGLISH_COLUMNS])
            if frequency > english.get(name, 0):
                english[name] = frequency
            if line[:2].strip() not in ("?", "="):
                anywhere.add(name)
                if _frequency("".join(line[columns] for columns in COUNTRY_COLUMNS)) >= COMMON_GIVEN_NAME:
                    widely.add(name)
    return english, frozenset(anywhere), frozenset(widely)


def common_given_name(token: str) -> bool:
    """A lone word that is a common first name in English-speaking countries ('Priya', 'Ivan')."""
    return bool(re.fullmatch(r"[A-Z][a-z]+", token)) and _given_names().get(token.casefold(), 0) >= COMMON_GIVEN_NAME


def widely_given_name(token: str) -> bool:
    """A lone word that is a common first name in English-speaking countries, or in another of the
    name dictionary's countries when it is no English word ('Maarten', 'Ciprian', not 'Long', 'Dirk')."""
    return common_given_name(token) or bool(re.fullmatch(r"[A-Z][a-z]+", token)) \
        and token.casefold() in _widely_given_names() and not dictionary_word(token)


def given_name_anywhere(token: str) -> bool:
    """A word the name dictionary gives a man or a woman in any of its countries ('Marcelo', 'Ana')."""
    return token.casefold() in _given_names_anywhere()


def dictionary_word(token: str) -> bool:
    """An English word in any of its plain forms ('quotes', 'supporting', 'learned', 'stories',
    'managing', 'running'), a hyphenated one in each of its parts ('Real-Time')."""
    word = token.casefold().strip(".,'’")
    if "-" in word.strip("-"):
        return all(dictionary_word(part) for part in word.split("-") if part)
    forms = {word, word.removesuffix("s"), word.removesuffix("es"), word.removesuffix("ing"),
             word.removesuffix("ed"), word.removesuffix("d")}
    if word.endswith(("ies", "ied")):
        forms.add(word[:-3] + "y")
    if word.endswith("ing") and len(word) > 5:
        forms |= {word[:-3] + "e", word[:-4] if word[-4] == word[-5] else word}  # 'managing', 'running'
    return bool(forms & _english_words())


def plain_words(name: str) -> bool:
    """'Deep Learning', 'Supporting Quotes', 'Twitter': every word of it a dictionary word, and the
    first no common given name ('Mark Hill' is a name): a phrase, unless a layout says otherwise."""
    tokens = name.split()
    if not tokens or CJK.search(name) or not all(dictionary_word(token) and not DOTTED_INITIALS.fullmatch(token) for token in tokens):
        return False  # 'A. Smith': an initial is no word
    return _given_names().get(tokens[0].casefold(), 0) < COMMON_GIVEN_NAME


def words_only_name(name: str) -> bool:
    """'Connection Storms', 'Runner Up', 'Swiss Army Tool': a 'name' of dictionary words (`plain_words`)
    one of which is no name in any list a person's name is read by: no given name of gender-guesser's
    dictionary, no common census surname, no pinyin syllable or two ('Ran Duan', 'Chen Liming' stay), no
    initial. A talk's title, a heading or a product, no person."""
    return plain_words(name) and any(not _name_word(token) for token in name.split())


def a_phrase_for_a_name(person: PersonMention) -> bool:
    """'Connection Storms', 'Challenges Posed by Distributed Databases': a person read from English words one
    of which names no one (`words_only_name`), or that opens with a verb's -ing form (`opens_with_a_participle`),
    unless a job title beside it vouches for a person; or a link's text that ends in what it points at
    (`names_a_web_place`), or a well-known organization's product (`names_a_known_organizations_thing`)."""
    return (words_only_name(person.name) or opens_with_a_participle(person.name)) \
        and not (person.title and is_role(person.title)) \
        or names_a_web_place(person.name) or names_a_known_organizations_thing(person.name)


def names_a_known_organizations_thing(name: str) -> bool:
    """'Amazon Keyspaces', 'Contoso Cloud' among a talk's speakers ('Jane Doe, Wei Chen, Amazon Keyspaces,
    AWS'): a name that opens with a well-known organization's one-word name, which is no given name in
    any country (not 'Dell', 'Meta'), names that organization's product or unit, no person."""
    tokens = name.split()
    return len(tokens) >= 2 and tokens[0] in well_known() and not given_name_anywhere(tokens[0].casefold())


def names_a_web_place(name: str) -> bool:
    """'Miranda Website', 'Jane Wiki', 'Contoso YouTube': a name whose last word is a platform word
    (data/platform_words.txt: website, wiki, channel) that is no common surname ('Page'), or a platform's
    name that is no English word (data/platforms.txt: YouTube, GitHub; not 'Slack', a surname too). A
    page's links to its project's places read so when the project is named for a person ('Miranda'),
    and the dictionary the names are checked against predates these words."""
    tokens = name.split()
    last = tokens[-1].casefold() if len(tokens) > 1 and LATIN.match(name) else ""
    return bool(last) and (last in _platform_words() and not common_surname(last)
                           or last in _platform_names() and not dictionary_word(last))


MIN_PARTICIPLE = 6  # 'Ming', 'Jing', 'Ying' are names; 'Taming', 'Scaling' are the shortest words this reads


def opens_with_a_participle(name: str) -> bool:
    """'Scaling Observability', 'Mastering Serverless Metrics', 'Following Alexei': a 'name' whose first word is
    an English verb's -ing form (a dictionary word) and no given name anywhere ('Sterling', 'Irving' are) opens
    a phrase, as a talk's subtitle after its colon does; the words after it may be no dictionary words."""
    first = name.split()[0] if name.split() else ""
    word = first.casefold()
    return len(word) >= MIN_PARTICIPLE and word.endswith("ing") and first[:1].isupper() and dictionary_word(first) \
        and not given_name_anywhere(word) and word not in _given_names()


def _name_word(token: str) -> bool:
    word = token.strip(".").casefold()
    return len(word) == 1 or word in _given_names() or given_name_anywhere(word) or common_surname(token) \
        or word in _pinyin_syllables() or any(word[:cut] in _pinyin_syllables() and word[cut:] in _pinyin_syllables()
                                              for cut in range(1, len(word)))


CJK_UNIFIED = range(0x4E00, 0x9FA6)


@stored_table("pypinyin")
def _pinyin_syllables() -> frozenset[str]:
    """Every toneless pinyin reading of a common Chinese character ('wang', 'li', 'ming'): the words a
    Chinese name is written in with Latin letters (pypinyin's table of readings)."""
    from ..duplicates import pinyin_readings

    return frozenset(reading[0] for code in CJK_UNIFIED for reading in pinyin_readings(chr(code)) if reading[0] != "?")


VERB_AFTER_NAME = "是将將"  # the copula and the future's auxiliary: no given name ends in them, a sentence goes on


def _name_zh(text: str) -> str | None:
    text = re.sub(r"\s+", "", text)
    if not ZH_NAME.fullmatch(text) or not starts_with_surname(text) or text.endswith(("等", "们")) or text in _zh_role_modifiers():
        return None  # '…数据科学家等', '同学们': 等 and 们 end a list or a plural, not a name
    if is_role(text) or _org_word_in_name(text) or pattern("event_words").search(text):
        return None
    if len(text) == 4 and text[:2] not in surnames():
        return None
    if len(text) == 3 and common_word(text[:2]):  # '路演厅', '支持方': a common word, then one more character
        return None
    if len(text) == 3 and text[2] in VERB_AFTER_NAME:  # '林澈是…', '周岚将分享…': the verb the sentence goes on with
        return None
    return text if not _dictionary_word(text) else None


def _org_word_in_name(text: str) -> bool:
    """An organization word of two characters or more ('科技', '大学'); one character alone (云)
    is as common in given names ('李云') as at the end of a company's name."""
    return any(len(match.group()) > 1 for match in _org_zh().finditer(text)) or _latin_org_word(text) \
        or any(text.startswith(name) for name in well_known() if CJK.match(name))  # 'K云' for a well-known K


def starts_with_surname(text: str) -> bool:
    return text[:1] in surnames() or text[:2] in surnames()


@stored_table("jieba")
def jieba_tags() -> dict[str, str]:
    """jieba's dictionary (word -> part-of-speech tag) for words of two to four characters, read
    straight from the file jieba ships: its own loader (jieba.posseg.initialize) also builds the
    segmenter's prefix tables, which cost three times as long and are not needed here."""
    from importlib import resources

    tags = {}
    with resources.files("jieba").joinpath("dict.txt").open(encoding="utf-8") as stream:
        for line in stream:
            word, _, tag = line.rstrip("\n").split(" ")
            if len(word) <= 4:
                tags[word] = tag
    return tags


@cache
def _jieba():
    """jieba's segmenter, loaded on first use (a document without a Chinese name never pays for it);
    its log of building the prefix dictionary stays quiet."""
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    return jieba


@lru_cache(maxsize=4096)
def word_starts(text: str) -> frozenset[int]:
    """Where each word of jieba's segmentation of the text starts (also where the text ends):
    '参与到云帆社区' -> {0, 2, 3, 5, 7} ('参与' '到' '云帆' '社区')."""
    starts, at = {0}, 0
    for word in _jieba().lcut(text):
        at += len(word)
        starts.add(at)
    return frozenset(starts)


def common_word(text: str) -> bool:
    """A Chinese dictionary word of a general class (noun, verb, adjective...), not a proper name
    (jieba tags nr person, ns place, nt organization, nz other proper noun) nor Latin; a word in
    traditional characters is looked up in simplified ones, as jieba's dictionary writes it ('時間')."""
    if not CJK.search(text):
        return False
    tag = jieba_tags().get(text) or jieba_tags().get(simplified_form(text))
    return tag is not None and tag[:2] not in ("nr", "ns", "nt", "nz") and tag != "eng" or text in words("role_modifiers")


FUNCTION_TAGS = ("c", "p", "u", "r", "d")  # conjunctions, prepositions, particles, pronouns, adverbs


NUMBER = re.compile(r"\d+")


def dictionary_words(text: str) -> list[str]:
    """The text cut into jieba's dictionary words, longest first (a character alone where none fits;
    a number is one word: '360' of '融360')."""
    tags = jieba_tags()
    found = []
    at = 0
    while at < len(text):
        number = NUMBER.match(text, at)
        size = len(number.group(0)) if number else next((n for n in (4, 3, 2) if text[at:at + n] in tags), 1)
        found.append(text[at:at + size])
        at += size
    return found


def after_prepositions(text: str) -> str:
    """'本论坛由瀚高股份' -> '瀚高股份': what follows the last preposition, conjunction, pronoun or 的,
    or the particle 了 and the copula 是 that end a clause ('邀请到了星河俱乐部', '登场的是星河科技');
    a verb stays, it may be part of a company's name ('宜来健康')."""
    if not CJK.search(text):
        return text
    pieces = dictionary_words(text)
    cut = max((i + 1 for i, word in enumerate(pieces) if CJK.match(word)
               and (jieba_tags().get(word, "x")[:1] in ("p", "c", "r") or jieba_tags().get(word) in ("uj", "ul")
                    or word == "是")), default=0)
    return "".join(pieces[cut:]).strip()


def after_function_words(text: str) -> str:
    """'目前在星河科技' -> '星河科技': what follows the last function word (在, 和, 的...) or verb; a
    verb that begins the text begins a name ('开放存储联盟'), and so does a lone character glued to the next
    ('广西松宇企业投资集团')."""
    if not CJK.search(text):
        return text
    tags = jieba_tags()
    pieces = dictionary_words(text)
    cut = max((i + 1 for i, word in enumerate(pieces) if CJK.match(word)
               and (tags.get(word, "x")[:1] in FUNCTION_TAGS or tags.get(word) == "v" and i > 0
                    and not _glued_character(pieces, i))), default=0)
    return "".join(pieces[cut + _time_phrase_end(pieces[cut:]):]).strip()


def _glued_character(pieces: list[str], i: int) -> bool:
    """'广西松宇企业投资集团': a one-character 'verb' (松) before another lone character (宇) is half of a
    two-character brand the dictionary does not hold, not a verb that ends the clause."""
    return len(pieces[i]) == 1 and i + 1 < len(pieces) and len(pieces[i + 1]) == 1 and CJK.match(pieces[i + 1]) is not None


TIME_PHRASE_TAGS = ("t", "f", "m")  # times, localities, numerals


def _time_phrase_end(pieces: list[str]) -> int:
    """'过去几年', '此前多个': a time or locality word then a numeral or locality word (jieba's tags t
    or f, then m or f) open a clause, not a name; the name starts after the run of such words. A time
    word alone may begin a name ('未来网络研究院'), so may a numeral ('第五元素科技')."""
    tags = [jieba_tags().get(piece, "x")[:1] for piece in pieces]
    if len(tags) < 2 or tags[0] not in ("t", "f") or tags[1] not in ("m", "f"):
        return 0
    return next((i for i, tag in enumerate(tags) if tag not in TIME_PHRASE_TAGS), len(tags))


def ends_mid_phrase(text: str) -> bool:
    """'边缘节点的', '存储与': Chinese text whose last dictionary word is a particle, conjunction or
    preposition (jieba's tags u, c, p) stops in the middle of a phrase."""
    tail = re.search(rf"[{CJK.pattern[1:-1]}]+$", text)
    pieces = dictionary_words(tail.group()) if tail else []
    return bool(pieces) and jieba_tags().get(pieces[-1], "x")[:1] in ("u", "c", "p")


ADVERBIAL_TAGS = ("d", "c", "t", "f", "r", "ad")  # adverbs, conjunctions, times, localities, pronouns


def adverbial(text: str) -> bool:
    """'则', '随后也', '在会上', '向大家': words that may stand between a speaker's name and the verb
    of speaking (jieba's tags: adverbs, conjunctions, times, localities, pronouns; or a phrase that
    a preposition opens)."""
    pieces = dictionary_words(text)
    tags = [jieba_tags().get(piece, "x") for piece in pieces]
    return bool(pieces) and (tags[0][:1] == "p" or all(tag in ADVERBIAL_TAGS for tag in tags))


def verb_follows(text: str, at: int) -> bool:
    """'冯雪参与了…': a two-character verb then a particle (jieba tags v, then u: 了, 着, 过) start
    at `at`, so a name ends there."""
    tags = jieba_tags()
    return tags.get(text[at:at + 2], "")[:1] == "v" and tags.get(text[at + 2:at + 3], "")[:1] == "u"


def describes(text: str) -> bool:
    """'不同公司', '一家公司': an adjective or a numeral first describes, it does not name."""
    pieces = dictionary_words(text) if CJK.match(text) else []
    return bool(pieces) and jieba_tags().get(pieces[0], "x")[:1] in ("a", "m")


def has_function_character(text: str) -> bool:
    """'功能规划以及社区', '推广和社区': a function word (和, 与, 以及, 的...) has no place in an
    organization's name. The text is cut into jieba's dictionary words, longest first, so the
    为 of '大为科技' is no preposition."""
    tags = jieba_tags()
    for word in dictionary_words(text):
        tag = tags.get(word, "x")
        if CJK.match(word) and tag[:1] in FUNCTION_TAGS:
            return True
    return False


def _particle_or_pronoun(text: str) -> bool:
    """'技术发展下的', '我们将': a particle (的, 了) or a pronoun (jieba's tags u, r), which a
    caption's organization and job title do not hold ('华为云与计算' may hold 与)."""
    tags = jieba_tags()
    return any(CJK.match(word) and tags.get(word, "x")[:1] in ("u", "r") for word in dictionary_words(text))


def _dictionary_word(text: str) -> bool:
    """A common Chinese word that is not a person's name (jieba's dictionary tags: nr = person), in
    traditional characters too ('時間')."""
    tag = jieba_tags().get(text) or jieba_tags().get(simplified_form(text))
    return tag is not None and not tag.startswith("nr")


ORG_NOISE = re.compile(r"[|｜:：《》“”\"!?！？]|\s(?:who|which|that|tells|shares|shows|is|are|was|were)\s|^(?:and|with|by)\s",
                       re.IGNORECASE)


ZH_DASH = re.compile(r"\s*——\s*")  # the Chinese dash, two em dashes: it sets a name apart from what comes before
WEEKDAY_AFTER = re.compile(rf"\s+{dates.WEEKDAY_NAME}\b.*$")
DAY_OF_MONTH = re.compile(rf"(?i:{'|'.join(name for name in dates.MONTHS if len(name) > 3)})"
                          rf"|(?i:{'|'.join(dates.MONTHS)})\.?\s+\d{{1,2}}\b.*")  # 'August', 'May 8 • 11:00


LETTER = re.compile(r"[^\W\d_]")


@cache
def _chinese_heads() -> frozenset[str]:
    return frozenset(w for kind in ("org_heads", "association_heads") for w in words(kind) if CJK.search(w))


def head_alone(name: str) -> bool:
    """'俱乐部', '社区': a Chinese organization head word (data/org_heads.txt, association_heads.txt)
    with no name before it ('由俱乐部定期举办', '俱乐部学生负责人…') refers back to one, it names none."""
    return name.strip() in _chinese_heads()


def clean_organization(name: str | None) -> str | None:
    """An affiliation as written, cut to the name ('Contoso. My…' -> 'Contoso'), or None when it does
    not read as a name (a clause, a label, a talk title)."""
    if not name:
        return None
    name = re.split(r"(?:(?<=[a-z\u4e00-\u9fff)）])|(?<=[A-Z]{2}))[.。]\s|[，。；;]|(?<=[A-Za-z)])[:：]\s", name.strip())[0].strip(" .,*()（）")
    name = re.sub(r"[（(][^)）]*$", "", name).strip()
    name = ZH_DASH.split(name)[-1]  # 'Sponsor——星河科技', '…的探索—— 星河科技': a label or a title, then the name
    if not name or ORG_NOISE.search(name):
        return None
    if CJK.search(name) or HANGUL.search(name):
        name = re.sub(r"^(?:来自|作为)|的$", "", name).strip()  # '来自北辰网络的' (刘洋), '作为北辰网络…' -> '北辰网络'
        name = after_clause(name) if reads_as_clause(name) else name
        name = _employer_opening().sub("", name) if name else name  # '任职星河集团', '现任蓝海大学…' -> the name
        name = before_a_post(name) if name else name
        return name if name and 2 <= len(name) <= 24 and not head_alone(name) and not _common_word_alone(name) else None
    name = re.sub(r"^(?:(?i:about|the|a|an|our|this|at|in|from|by|with|and)\s+|new\s+)+", "", name)  # 'New Northwind' is a name
    name = WEEKDAY_AFTER.sub("", name)  # 'Contoso Wednesday, March 20 • 11:15': the talk's day follows the name
    if DAY_OF_MONTH.fullmatch(name) or not LETTER.search(name):  # 'Lyon from August 21': a month is no organization,
        return None  # nor a number ('KubeCon China, June 25 - 26')
    tokens = name.split()
    if not tokens or len(tokens) > 7 or not tokens[0][:1].isupper() and not tokens[0][:1].isdigit() \
            and not re.match(r"[a-z]+[A-Z]", tokens[0]) and not _lowercase_brand(tokens):
        return None
    return name


CLAUSE_PARTICLES = ("ul", "uj", "uz", "ug", "ud")  # jieba's tags of 了, 的, 着, 过, 得
DATE_IN_TEXT = re.compile(r"\d+\s*[年月日]")


def reads_as_clause(text: str) -> bool:
    """'刚写了三年代码', '平凡的开发者', '于2020年5月': Chinese words that hold an aspect or structural particle
    (了, 的, 着, 过, 得: jieba's tags ul, uj, uz, ug, ud) or a date tell something; they name no organization
    (a modal particle after 了 makes a brand's question, '饱了吗科技')."""
    if DATE_IN_TEXT.search(text):
        return True
    tags = jieba_tags()
    pieces = dictionary_words(text)
    return any(CJK.match(word) and tags.get(word, "x") in CLAUSE_PARTICLES
               and tags.get(pieces[i + 1] if i + 1 < len(pieces) else "", "x") != "y" for i, word in enumerate(pieces))


@cache
def _post_that_ends() -> re.Pattern:
    """A Chinese job title that ends the text or a part of it (a space, &, 暨 or 兼 follows)."""
    return re.compile(zh_job_title().pattern + r"(?=$|\s|[&＆暨兼])", re.IGNORECASE)


def before_a_post(text: str) -> str | None:
    """'云帆数据创始人暨CEO' -> '云帆数据', '星河智库联创' -> '星河智库': the organization before a job title
    written into it (not a degree, which may end a name: '南瓜博士'); None when only the title is left."""
    post = next((match for match in _post_that_ends().finditer(text) if not ends_in_a_degree(match.group())), None)
    if not post or _club_of_students(text[post.start():]):
        return text
    name = text[:post.start()].strip(" &＆")
    return name if len(name) >= 2 else None


def _club_of_students(text: str) -> bool:
    """'学生 Linux 俱乐部' after a school's name: students are no post there but the club's members
    (data/student_group_heads_zh.txt ends its name)."""
    return text.startswith(STUDENTS) and len(text) > len(STUDENTS) and text.endswith(tuple(words("student_group_heads_zh")))


STUDENTS = "学生"


@cache
def _employer_opening() -> re.Pattern:
    """A verb that says where one works or serves (data/employer_words.txt, '现任'), opening an affiliation."""
    employer = [word for word in words("employer_words") if len(word) > 1]
    return re.compile(rf"^(?:目前|现|现在)?(?:{alternation(employer)}|现任|现为)\s*")


def after_clause(text: str) -> str | None:
    """'刚加入了星河软件协会' -> '星河软件协会': what follows the clause's last particle or date, when it holds an
    organization word (data/org_words.txt); else None, the words tell rather than name ('平凡的开发者')."""
    tags = jieba_tags()
    pieces = dictionary_words(DATE_IN_TEXT.split(text)[-1])
    cut = max((i + 1 for i, word in enumerate(pieces) if tags.get(word, "x") in CLAUSE_PARTICLES), default=0)
    rest = "".join(pieces[cut:]).strip()
    return rest if len(rest) >= 3 and is_org(rest) and not reads_as_clause(rest) else None


def _lowercase_brand(tokens: list[str]) -> bool:
    """'fabrikam Labs', 'tailspin Inc.': a brand written in lowercase, then a capitalized organization
    head (data/org_heads.txt), is a name; a lowercase word alone, or before other words, reads as a clause."""
    return len(tokens) == 2 and tokens[0].isalpha() and not dictionary_word(tokens[0]) \
        and tokens[1].rstrip(".") in latin_org_heads()


@cache
def latin_org_heads() -> frozenset[str]:
    return frozenset(head for head in words("org_heads") if head[:1].isupper())


def _common_word_alone(name: str) -> bool:
    """'介绍', '活动', '两位', '目前': one word of jieba's dictionary that is no noun (a verb, a count, a word of
    time: a company's name may be a common noun, '蚂蚁', never these) and names no well-known organization is
    no affiliation."""
    return all(CJK.match(char) for char in name) and common_word(name) and not jieba_tags().get(name, "n").startswith(("n", "j")) \
        and name not in well_known()


def common_noun_alone(name: str | None) -> bool:
    """'客户端', '数据中心', '高校': one common noun of jieba's dictionary (a line of work, a kind of body), where
    no registry vouches for it, names no organization; a common noun that opens a well-known name is its short
    form ('蚂蚁' of '蚂蚁集团'), and an abbreviation (jieba's j) may be a school's ('北大')."""
    if not name or not all(CJK.match(char) for char in name) or not common_word(name) or name in well_known():
        return False
    return jieba_tags().get(name, "n").startswith("n") and not _opens_a_known_name(name)


def _opens_a_known_name(word: str) -> bool:
    return any(known.startswith(word) for known in well_known())


# --- splitting a speaker line ---------------------------------------------------------------------------


def split_affiliation(text: str) -> tuple[str | None, str | None]:
    """'Senior Architect, Fabrikam' / 'Professor, University of Springfield' / '云帆数据高级技术专家'
    -> (organization, job title); either may be None."""
    text = text.strip(" ,，:：-–—|｜()（）")
    if not text:
        return None, None
    if CJK.search(text) or HANGUL.search(text):  # Korean affiliations read as Chinese ones: 'Org Title'
        return _split_affiliation_zh(text)
    return _split_affiliation_latin(text)


@cache
def _degrees_alone() -> re.Pattern:
    degrees = alternation(words("degrees"))
    return re.compile(rf"(?:(?:{degrees})\.?(?:\s+|$))+")


@cache
def _degree_role_before_organization() -> re.Pattern:
    degrees = alternation(words("degrees"))
    return re.compile(rf"^(?P<title>(?:{degrees})\s+[A-Za-z]+)\s+(?:at\s+|of\s+)?(?:the\s+)?(?P<org>[A-Z].+)$")


def degrees_only(text: str) -> bool:
    """'MSc', 'PhD, MBA': academic degrees after a name (data/degrees.txt) name no organization."""
    return bool(_degrees_alone().fullmatch(text.strip() + " "))


def ends_in_a_degree(text: str) -> bool:
    """'统计学博士', '应用经济学硕士', 'MBA': a degree (data/degrees.txt) ends the words: they say where
    or what one studied, no post ('博士生', a student, is one)."""
    text = text.strip()
    return degrees_only(text) or any(text.endswith(word) for word in words("degrees") if CJK.search(word))


def _degree_role_then_organization(text: str) -> tuple[str, str] | None:
    """'PhD Student Contoso University' -> ('Contoso University', 'PhD Student'): a degree and a role
    before the organization where the person studies or works."""
    match = _degree_role_before_organization().match(text)
    if match and is_role(match.group("title").split()[-1]):
        return match.group("org"), match.group("title")
    return None


def _common_phrase(text: str) -> bool:
    """'Fun', 'Fun and Games': a dictionary word alone or before 'and' (not 'Alpha Data', a name),
    no organization word and no well-known name."""
    first = re.match(r"[A-Z][a-z]+(?=$|\s+and\s)", text)
    return bool(first) and plain_words(text) and not is_org(text) and first.group(0) not in well_known()


FIELD_FOR_ORG = re.compile(r"^(?P<field>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+for\s+(?:the\s+)?(?P<org>[A-Z].+)$")  # 'Product Management for Contoso'
ORG_POSSESSIVE = r"(?:['’]s|(?<=s)['’])"  # "Contoso's", and the bare apostrophe of a name ending in s: "Fabrikam Networks'"
POSSESSIVE_TITLE = re.compile(rf"^(?P<org>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,3}}){ORG_POSSESSIVE}\s+(?P<title>[a-zA-Z][\w &-]+)$")


def _split_affiliation_latin(text: str) -> tuple[str | None, str | None]:
    described = _appositive().match(text)
    if described:  # 'a principal engineer at Acme shares …', 'the founder of Acme talks …'
        title, org = described.group("title"), described.group("org")
        if org and _common_phrase(org) and re.match(r"\s+of\s", text[described.end("title"):]):
            title, org = f"{title} of {org}", None  # 'the Contoso Ambassador of Fun'
        before = described.group("before") if title.casefold() not in words("project_roles") else None
        return clean_organization(org or before), title
    parts = _with_legal_forms([p.strip(" .") for p in re.split(r"\s*[,|]\s*|\s+[-–—]\s+", text)
                               if p.strip(" .") and not _roll_remark(p)])
    parts = [p for p in parts if not degrees_only(p)]
    if not parts:
        return None, None
    if len(parts) == 1:
        studying = _degree_role_then_organization(parts[0])
        if studying:
            return studying
        match = (re.match(r"^(?P<title>.+)\s+(?:at\s+|@\s*)(?:the\s+)?(?P<org>[A-Z].+)$", parts[0])  # '… @Contoso' too
                 or re.match(r"^(?P<title>.+?)\s+of\s+(?:the\s+)?(?P<org>[A-Z].+)$", parts[0]))
        if match and (is_role(match.group("title")) or line_of_work(match.group("title"))):
            of = re.match(r"\s+of\s", parts[0][match.end("title"):])  # not '… at Aqua Security'
            field = FIELD_FOR_ORG.match(match.group("org")) if of else None
            if field and line_of_work(field.group("field")):  # 'Director of Product Management for Contoso Labs'
                return _field_for_whom(parts[0][:match.start("org")] + field.group("field"), field.group("org"))
            if line_of_work(match.group("org")) or of and _common_phrase(match.group("org")):
                return None, parts[0]  # 'VP of Marketing', 'Ambassador of Fun': a field of work or a phrase is part of the title
            return match.group("org"), match.group("title")  # 'VP of Engineering at Northwind', 'Product Marketing at Acme'
        owned = POSSESSIVE_TITLE.match(parts[0])
        if owned and is_role(owned.group("title")):  # "Fabrikam's community manager"
            return owned.group("org"), owned.group("title")
        leading = re.match(r"^(?P<org>[A-Z][A-Z0-9&-]{1,9})\s+(?P<title>.+)$", parts[0])
        if leading and is_role(leading.group("title")) and not is_role(leading.group("org")):
            return leading.group("org"), leading.group("title")  # 'TSL Director'
        title = _title_after_organization().search(parts[0])
        organization = parts[0][:title.start()].strip() if title else ""
        if organization and (is_org(organization) or organization.split()[-1] in words("org_heads")) \
                and not is_role(organization) and not line_of_work(organization):  # 'Community Manager' is a title whole
            return organization, title.group("title")  # 'Contoso Foundation CEO and Director', 'Contoso team manager'
        if is_role(parts[0]) and (not is_org(parts[0]) or line_of_work(parts[0])):
            return None, parts[0]
        if line_of_work(parts[0]):
            return None, None  # 'Program', 'Finance': a field of work alone names no organization
        named = parts[0][:1].isupper() or CJK.search(parts[0]) or _lowercase_brand(parts[0].split())
        return (parts[0], None) if named else (None, None)
    org_at = next((i for i in range(len(parts) - 1, -1, -1) if is_org(parts[i]) and not is_role(parts[i])), None)
    if org_at is None and _employer_then_teams(parts):
        return parts[0], None  # '(Contoso, Widgets)': the employer, then its team or project
    if org_at is None:
        org_at = next((i for i in range(len(parts) - 1, -1, -1) if not is_role(parts[i])), None)
    title = ", ".join(p for i, p in enumerate(parts) if i != org_at and is_role(p)) or None
    unit = UNIT_AT_ORG.match(parts[org_at]) if org_at is not None and title else None
    if unit:  # 'Vice President, Engineering and Infrastructure at Acme': the unit goes with the title
        return unit.group("org"), f"{title}, {unit.group('unit')}"
    return (parts[org_at] if org_at is not None else None), title


def _employer_then_teams(parts: list[str]) -> bool:
    """'Contoso, RBE', 'Contoso, Widgets': short names, every word capitalized ('Senior HPC engineering'
    is a job), no job title, place or organization word among them; the first is the employer, the
    rest its team or project."""
    return all(len(part.split()) <= 3 and all(word[:1].isupper() for word in part.split())
               and not is_role(part) and not line_of_work(part)
               and not places.city(part) and not places.country_code(part) and not places.us_state(part)
               for part in parts)


def _field_for_whom(title: str, whom: str) -> tuple[str | None, str]:
    """'Director of Product Management' for whom: an organization ('Contoso Labs') employs the person;
    anything else (a product, a project: 'for Widgets') stays part of the job title."""
    if is_org(whom) or whom in well_known():
        return whom, title
    return None, f"{title} for {whom}"


def _roll_remark(part: str) -> bool:
    """'non-voting', 'remote': how one takes part in a meeting, said in a roll's bracket beside the
    company (data/roll_remarks.txt); no organization, no job title."""
    return part.strip(" .").casefold() in casefolded("roll_remarks")


def _with_legal_forms(parts: list[str]) -> list[str]:
    """'Fabrikam, Inc.' is one organization: a company suffix alone (data/company_suffixes.txt)
    belongs to the part before it."""
    joined: list[str] = []
    for part in parts:
        if joined and WEEKDAY_AFTER.sub("", part).strip(" .").casefold() in words("company_suffixes"):  # 'Inc. Tuesday, May 7'
            joined[-1] = f"{joined[-1]}, {part}"
        else:
            joined.append(part)
    return joined


def line_of_work(text: str) -> bool:
    """'Community', 'Product Marketing', 'Community Manager': only words of a job title's field or
    seniority (data/role_modifiers.txt), of a team's function (data/team_functions.txt) and roles
    (data/roles.txt), no name among them."""
    tokens = [token.strip(".,").casefold() for token in text.split()]
    known = _line_of_work_words()
    return bool(tokens) and all(token in known for token in tokens)


@cache
def _line_of_work_words() -> frozenset[str]:
    return frozenset(token.casefold().rstrip(".") for name in ("role_modifiers", "team_functions", "roles")
                     for word in words(name) if not CJK.search(word) for token in word.split())


@cache
def _appositive() -> re.Pattern:
    """What a recap says of a speaker after their name, opening with an article: 'a principal
    engineer at Acme shares…', 'the founder of Acme talks…', 'a Contoso engineer delivers…', 'the
    Developer Advocate for the Contoso team shares…': the job title and the organization, not the sentence."""
    latin = [w for w in words("role_modifiers") if not CJK.search(w)]
    roles = [w for w in words("roles") if not CJK.search(w) and not HANGUL.search(w)]
    return re.compile(rf"^(?i:a|an|the)\s+(?P<before>(?:[A-Z][\w.&-]*\s+){{0,3}}?)"
                      rf"(?P<title>(?:(?i:{alternation(latin + roles)})\s+)*(?i:{alternation(roles)}))\b"
                      rf"(?:\s+(?:at|of|for|with)\s+(?:the\s+)?(?P<org>[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|team|community)){{0,4}}))?"
                      rf"(?=\s+[a-z]+s\b|\s*[,.;]|$)")  # then the sentence's verb ('shares', 'talks') or its end


@cache
def _title_after_organization() -> re.Pattern:
    """A job title that goes on to the end, after a capitalized name: role modifiers, then a role word."""
    latin = [w for w in words("role_modifiers") if not CJK.search(w)]
    roles = [w for w in words("roles") if not CJK.search(w) and not HANGUL.search(w)]
    return re.compile(rf"(?<=[A-Za-z.])\s+(?P<title>(?:(?:{alternation(latin)})\s+)*(?:{alternation(roles)})(?:\s.*)?)$",
                      re.IGNORECASE)


UNIT_AT_ORG = re.compile(r"^(?P<unit>[A-Z][\w&/ -]+?)\s+(?:at|@)\s+(?:the\s+)?(?P<org>[A-Z].+)$")


def _zh_words(name: str) -> list[str]:
    """The Chinese (and Korean) entries of a word list, and the Latin acronyms ('CTO') their titles use."""
    return [w for w in words(name) if CJK.search(w) or HANGUL.search(w) or w.isupper()]


@cache
def zh_job_title() -> re.Pattern:
    """A Chinese job title: modifiers then a role word ('资深技术专家'), '副总裁' as much as '高级工程师'."""
    role, modifier = alternation(_zh_words("roles")), alternation(_zh_words("role_modifiers"))
    return re.compile(rf"(?:(?:{modifier})*(?:{role}))+", re.IGNORECASE)


@cache
def _title_tail() -> re.Pattern:
    """A job title at the end of a Chinese string."""
    return re.compile(zh_job_title().pattern + "$", re.IGNORECASE)


NAME_END_MARK = re.compile(r"^(?:\s|[，。；：、,;:!?！？）)（(]|$)")  # '（' too: '周明远（Ming Zhou）'、'林澈（北岩）'
WEAK_FOLLOWER_TAGS = ("v", "d", "p", "c")  # verbs, adverbs, prepositions, conjunctions


def zh_name_after_title(text: str, at: int) -> str | None:
    """The name of two or three characters that starts at `at`, right after a job title, where
    `name_end_strength` says a name ends. No name where a dictionary word runs on past it and no
    mark or verb of speaking follows ('和开发者', '都可以'; not '周可等专家'), where it starts with a
    conjunction or particle ('和导师') or is made of function words and verbs alone ('都有',
    '都将被'). Three characters win over two unless the third is a preposition, conjunction or
    particle ('林澈在 5 月'), an adverb ('宋雨就为大家') or starts a word that goes on past it
    ('许朗联合出品', not '许文安进行了'); no name ends in a particle ('林澈的主持下')."""
    tags = jieba_tags()
    options = []
    for size in (2, 3):
        name = text[at:at + size]
        strength = name_end_strength(text[at + size:])
        if len(name) < size or person_name(name) != name or strength < 2 and _word_runs_past(text, at + 1, at + size) \
                or tags.get(name[0], "x")[:1] in ("c", "u") or all(tags.get(char, "x")[:1] in PHRASE_TAGS for char in name):
            continue
        if size == 3 and (strength < 2 and _word_runs_past(text, at + 2, at + 3) or tags.get(name[2], "x")[:1] == "u"
                          or options and tags.get(name[2], "x")[:1] in ("p", "c")):
            continue
        if strength:
            options.append((strength, not (size == 3 and tags.get(name[2], "x")[:1] == "d"), size, name))
    return max(options)[-1] if options else None


PHRASE_TAGS = ("d", "p", "c", "u", "r", "v")


@cache
def _name_end_words() -> tuple[str, ...]:
    """Honorifics, job titles and verbs of speaking: words a Chinese name ends before."""
    return tuple(_zh_words("honorifics") + _zh_words("roles") + _zh_words("speech_verbs"))


def _word_runs_past(text: str, at: int, end: int) -> bool:
    """A common dictionary word of two to four characters (not a proper name: '安联' may end '许文安')
    begins at `at` and goes on past `end`."""
    return any(jieba_tags().get(text[at:at + size], "nr")[:2] not in PROPER_TAGS
               for size in (2, 3, 4) if end < at + size <= len(text))


def name_end_strength(text: str) -> int:
    """How surely a Chinese name ends where `text` begins: 2 when a mark, an honorific ('老师'),
    a job title ('校长', '博士'), a verb of speaking ('介绍了') or 等 follows; 1 when another verb, an adverb, a
    preposition or a conjunction does ('看来', '在', '联合'); else 0."""
    if NAME_END_MARK.match(text) or text.startswith("等"):
        return 2
    if text.startswith(_name_end_words()):
        return 2
    pieces = dictionary_words(text[:4])
    return 1 if pieces and jieba_tags().get(pieces[0], "x")[:1] in WEAK_FOLLOWER_TAGS else 0


ROLES_JOINED = re.compile(r"\s*(?:[&＆]|和|兼)\s*$")  # '联合创始人 & CTO': two roles held together are one title


def _title_start(clause: str, tail: re.Match) -> int:
    """Where the job title that ends a clause starts, taking in a role joined to it by &, 和 or 兼."""
    start = tail.start()
    joined = ROLES_JOINED.search(clause, 0, start)
    before = (_title_tail().search(clause[:joined.start()]) or _fields_at_end().search(clause[:joined.start()])) if joined else None
    start = before.start() if before else start
    opening = _head_then_title_words().search(clause[:start])
    start = opening.start("words") if opening else _seniority_start(clause, start)
    ordinal = ORDINAL_BEFORE.search(clause[:start])
    return ordinal.start() if ordinal else start


ORDINAL_BEFORE = re.compile(r"第\s*[\d一二三四五六七八九十]+\s*[任届]\s*$")  # '第 4 任负责人': which holder of the post


@cache
def _fields_at_end() -> re.Pattern:
    """Chinese fields of work (data/role_modifiers.txt) that end the text: '售前' of '售前和技术总监', two
    fields that share the role after them."""
    return re.compile(rf"(?:{alternation(_zh_role_modifiers())})+$")


MAX_FIELD_WORDS = 4  # characters of a field ('云原生') between a seniority word and the title it opens


@cache
def _seniority_then_field() -> re.Pattern:
    """A seniority word (data/seniority_words.txt) then a few Chinese characters, up to the title."""
    return re.compile(rf"(?:{alternation(words('seniority_words'))})[\u4e00-\u9fff]{{1,{MAX_FIELD_WORDS}}}$")


def _seniority_start(clause: str, start: int) -> int:
    """'星河科技资深云原生架构师': the title starts at the seniority word that opens it, over a field word
    that is no role modifier; not inside an organization's name ('…高级人民法院法官': a head word follows)."""
    opening = _seniority_then_field().search(clause[:start])
    if not opening or opening.start() == 0 or re.search(zh_org_heads(), opening.group()):
        return start
    return opening.start()


@cache
def zh_org_heads() -> str:
    """The Chinese head words that end an organization's name ('公司', '大学', '研究院'; data/org_heads.txt), as an alternation."""
    return alternation(w for w in words("org_heads") if CJK.search(w))


@cache
def _head_then_title_words() -> re.Pattern:
    """An organization's head word, then a few characters that are no unit of it: they begin the
    job title ('…有限公司首席数据' of '…有限公司首席数据分析师'; not '…大学统计系' of '…大学统计系副教授')."""
    return re.compile(rf"(?:{zh_org_heads()})(?P<words>[\u4e00-\u9fff]{{1,4}})(?<![系院所处室部组队区站科心])$")


@cache
def _project_role() -> re.Pattern:
    return re.compile(rf"(?:{alternation(words('project_roles'))})$", re.IGNORECASE)


@cache
def _current_post() -> re.Pattern:
    """'目前在星河科技中间件团队负责…', '现就职于云帆数据，担任…': the current employer of a biography."""
    return re.compile(rf"^(?:目前|现|现在)?(?:{alternation(words('employer_words'))})\s*(?P<org>.+?)\s*(?:负责|担任|任|从事|工作)")


@cache
def _employer_only() -> re.Pattern:
    """'任职于三七互娱集团手游技术部', '就职于星河科技': a clause that is only one's employer (not '在…')."""
    employer = [word for word in words("employer_words") if len(word) > 1]
    return re.compile(rf"^(?:目前|现|现在)?(?:{alternation(employer)})\s*(?P<org>(?![于由]).+)$")  # not '由 X 组建的 Y'


@cache
def _zh_role_modifiers() -> tuple[str, ...]:
    return tuple(word for word in words("role_modifiers") if CJK.search(word))


CURRENT_POST = re.compile(r"^(?:现任|现为|现担任|目前担任|目前任)")


@cache
def career_step() -> re.Pattern:
    """A clause of a biography that tells a step of a career, not the current post: '毕业于蓝海大学',
    '曾任…', '2016年加入星河科技'."""
    career = [word for word in words("career_words") if CJK.search(word)]
    return re.compile(rf"^(?:{alternation(career)}|\d{{2,4}}\s*年)")


@cache
def _project_position() -> re.Pattern:
    """'Contoso PMC 成员', 'Contoso Committer': a place in a project, which names no employer."""
    return re.compile(rf"(?<![A-Za-z])(?:{alternation(words('project_roles'))})(?![A-Za-z])", re.IGNORECASE)


COHORT = re.compile(r"\s*(?<!\d)(?:19|20)?\d\d\s*级")  # '2023 级硕士', '21级本科生': the year a student started, and what she studies


def _split_affiliation_zh(text: str) -> tuple[str | None, str | None]:
    cohort = COHORT.search(text)
    if cohort and cohort.start() > 0:  # '星河大学计算机学院 2023 级硕士': a student of that school now
        return text[:cohort.start()].strip(), re.split(r"[，。；;,]", text[cohort.start():])[0].strip()
    clauses = [part.strip() for part in re.split(r"[，。；;,、]", text) if part.strip()]
    current = [part for part in clauses if not career_step().match(part) and not ends_in_a_degree(part)]  # '毕业于…，现任…', '经济学博士，…'
    after_career = bool(current) and len(current) < len(clauses)
    clauses = current or clauses
    clause = CURRENT_POST.sub("", clauses[0] if clauses else text.strip())  # '现任云帆数据架构师'
    if _project_position().search(clause):  # 'Contoso PMC 主席，星河科技联合创始人': the employer and title come after
        employer = next((part for part in clauses[1:4]
                         if not _project_position().search(part) and _title_tail().search(part)), None)
        if employer:
            clause = employer
    current = _current_post().match(clause) or _employer_only().match(clause)
    if current:
        return organization_of_unit(current.group("org")), None
    tail = _title_tail().search(clause)
    if tail:
        start = _field_start(clause, _title_start(clause, tail))
        title = clause[start:].strip()
        written = re.split(r"[/／]", clause[:start].strip(" 的/／|｜:："))[-1].strip()  # 'A 专家/B 俱乐部主席': B's
        org = _heads_whole(written, title) or _organization_before_a_unit(written, title) or organization_of_unit(written)
        if org and (_project_position().fullmatch(org) or _gathering_body(org)):
            return None, clause  # 'PPMC 成员': a place in a project, '会议主席': in the event, no employer
        if org and _work_field(org):
            return None, clause  # 'Web 全栈工程师', 'iOS 客户端工程师': the field of the post, no employer
        if org and _project_role().search(title) and not CJK.search(org) and not is_org(org) and org not in well_known():
            return None, clause  # 'Contoso 核心贡献者': a project's contributor
        if org and REGION_ALONE.fullmatch(org) and _a_region(org[:-1]):
            return None, clause  # '亚太区市场部总监': a company's sales region and its unit are the post, no employer
        regional = REGION_AFTER_NAME.match(org or "")
        if regional and _a_region(regional.group("region")):  # 'Mango Solutions中国区数据' of '…中国区数据总监': the region and its unit are the post's
            return regional.group("name"), org[regional.end("name"):].strip() + title
        return _company_word_before_a_leader(_without_place_after(org) or None, title, clause)
    if after_career or (clause.startswith(_zh_role_modifiers()) and not is_org(clause)):
        return None, None  # '2011年毕业后加入…，一直从事…', '资深码农': no post, a description ('软件研究所' is a unit)
    return (clause if is_org(clause) or len(clause) <= 12 else None), None


@cache
def _field_after_organization() -> re.Pattern:
    """A work field (data/work_fields.txt), maybe after a seniority word, written right after a Chinese
    name and before the post: '唯品会Java', '虎牙高级 Java' of '…开发工程师'."""
    return re.compile(rf"(?<=[\u4e00-\u9fff])\s*(?P<field>(?:(?:{alternation(words('seniority_words'))})\s*)?"
                      rf"(?:{alternation(words('work_fields'))}))\s*$")


def _field_start(clause: str, start: int) -> int:
    """'虎牙高级 Java 开发工程师': the post starts at the field it works in (and its seniority), which a
    caption glues to the Chinese name of the employer before it, not at the role word."""
    field = _field_after_organization().search(clause[:start])
    return field.start("field") if field else start


UNIT_OPENING = re.compile(r"^(?:事业部|事业群|部门|团队|小组)")


def _organization_before_a_unit(written: str, title: str) -> str | None:
    """'Contoso' of 'Contoso中国' before '团队负责人': a post that opens with a unit makes the words before
    it the unit's name, whose country is the unit's too."""
    unit = UNIT_OPENING.match(title)
    org = organization_of_unit(written + unit.group()) if unit and CJK.search(written) else None
    return org if org and not UNIT_END.search(org) else None


def _work_field(org: str) -> bool:
    """'Web', 'iOS', 'Java' (data/work_fields.txt): a language, platform or field of work written before a
    Chinese post says what the person works on."""
    return org.casefold() in casefolded("work_fields")


def _heads_whole(org: str, title: str) -> str | None:
    """'青禾无限联合创始人' -> '青禾无限': a leader (data/leader_roles.txt) heads a whole company, so the
    Chinese words before the post are the company's name, not a unit or a line of work that
    organization_of_unit would trim ('青禾' of '青禾基础架构负责人'); a unit named as one
    ('…事业部', '…团队') is still cut."""
    if not CJK.search(org) or not title.startswith(tuple(words("leader_roles"))) or UNIT_END.search(org) \
            or _unit_after_head().search(org):
        return None
    return org


def _company_word_before_a_leader(org: str | None, title: str, clause: str) -> tuple[str | None, str]:
    """'云帆网络创始人' -> ('云帆网络', '创始人'), not ('云帆', '网络创始人'): a founder or head
    (data/leader_roles.txt) has no field of work, and a field comes after a seniority word, not
    before it ('高级网络工程师'), so a field word that is also an organization word, before such a
    post or a seniority word and written right after the organization, ends its name ('云帆网络高级
    工程师'; not in '中兴通讯 网管软件资深专家', where the field follows another word)."""
    if not org:
        return org, title
    word = next((w for w in _company_field_words() if title.startswith(w)), None)
    post = title[len(word):] if word else ""
    if (post in words("leader_roles") or post.startswith(words("seniority_words"))) and org + title in clause:
        return org + word, post
    return org, title


@cache
def _company_field_words() -> tuple[str, ...]:
    """Field words of job titles that also end companies' names ('网络', '数据', '科技')."""
    org_words = set(words("org_words"))
    return tuple(sorted((w for w in _zh_role_modifiers() if w in org_words), key=len, reverse=True))


REGION_ALONE = re.compile(r"[\u4e00-\u9fff]{1,3}区")
REGION_AFTER_NAME = re.compile(r"^(?P<name>[A-Za-z][A-Za-z0-9&.-]*(?:\s+[A-Za-z][A-Za-z0-9&.-]*)*)\s*(?P<region>[\u4e00-\u9fff]{1,3})区")
PLACE_AFTER_NAME = re.compile(r"^(?P<name>[A-Za-z][\w&.-]*(?:\s+[A-Za-z][\w&.-]*)*)\s+(?P<place>[\u4e00-\u9fff]{2,4})$")


def _a_region(text: str) -> bool:
    """'中国', '亚太' (of '中国区', '亚太区'): a place (jieba's ns) before 区, a company's sales region;
    not '社' of '社区'."""
    tags = jieba_tags()
    return "ns" in (tags.get(text), tags.get(text + "区"))


def _without_place_after(org: str) -> str:
    """'Contoso 瑞典' of 'Contoso 瑞典软件工程师': a place name (jieba's ns) set apart after a Latin name says
    where the person works, the organization is the name."""
    apart = PLACE_AFTER_NAME.match(org or "")
    return apart.group("name") if apart and jieba_tags().get(apart.group("place")) == "ns" else org


JOINING_PARTICLE = "之"  # the classical 'of' that joins the two words of a name ('统计之都')
UNIT_END = re.compile(r"(?:事业部|事业群|部门|团队|小组|部|组)$")
PROPER_TAGS = ("nr", "ns", "nt", "nz")


def _gathering_body(text: str) -> bool:
    """'会议', '大会', '组委会': the event itself or one of its bodies (data/event_words.txt,
    data/meeting_bodies.txt), no employer."""
    return text in _gathering_bodies()


@cache
def _gathering_bodies() -> frozenset[str]:
    return frozenset(w for w in words("event_words") + words("meeting_bodies") if CJK.search(w))


LONE_CHARACTER_AFTER_NAME = re.compile(r"(?P<name>.*[A-Za-z0-9])\s+[\u4e00-\u9fff]")  # no name ends in one character set apart
LATIN_NAME_APART = re.compile(r"[A-Za-z0-9]\s+$")  # 'Contoso ' of 'Contoso 云原生技术专家'


def organization_of_unit(text: str) -> str:
    """The organization of an affiliation that goes on into a unit or a line of work:
    '云帆数据产品行销部' -> '云帆数据', '明远达售前' -> '明远达', '飞鱼基础架构' -> '飞鱼'. Trailing
    common words (jieba tags them as nouns, verbs…) go, up to an organization word ('数据', '银行')
    or a proper name; a name that would be left a bare place ('中国' of '中国云帆') or a bare ordinal
    ('第二' of '第二曲线') stays whole."""
    if not CJK.search(text) or _org_head_end().search(text):
        return text
    lone = LONE_CHARACTER_AFTER_NAME.fullmatch(text)
    if lone:
        return lone.group("name")  # 'Contoso 云' of 'Contoso 云计算架构师': the character opens the post's field
    unit = _unit_after_head().search(text)
    if unit:
        return text[:unit.start("unit")].strip()  # '星河俱乐部学习部' -> '星河俱乐部': the body its unit belongs to
    known = next((name for name in sorted(well_known(), key=len, reverse=True) if text.startswith(name)), None)
    if known and len(text) > len(known) and not _org_head_end().search(text):
        return known  # 'K软件与先进技术事业部云' -> 'K', 'K中间件团队' -> 'K' for a well-known K
    from . import places

    tags = jieba_tags()
    org_words = sorted((w for w in words("org_words") + words("org_name_tails") if CJK.search(w)), key=len, reverse=True)
    without_unit = UNIT_END.sub("", text).strip()
    of_unit = _without_line_of_work(without_unit, org_words)
    pieces = dictionary_words(_without_place_of_unit(of_unit) if without_unit != text else of_unit)
    popped = False
    while len(pieces) > 1:
        last = pieces[-1]
        head = next((w for w in org_words if last.startswith(w) and len(last) >= len(w) + 2), None)
        if head:  # '数据服务': the organization word '数据', then '服务'
            pieces[-1:] = [head, last[len(head):]]
            continue
        if len("".join(pieces[:-1]).strip()) < 2:
            break
        if any("".join(pieces).endswith(w) for w in org_words):
            if popped and _cut_from_the_next_word(pieces, org_words):
                pieces.pop()
            break
        if pieces[-2] == JOINING_PARTICLE:
            break  # '统计之都', '开源之夏': a name joined by 之
        tag = tags.get(last, "nz")
        common = CJK.match(last) and (len(last) > 1 or tag[:1] in FUNCTION_TAGS) and tag[:2] not in PROPER_TAGS
        if not (common or last.isspace() or last.isdigit() and pieces[-2].isspace()):  # a year apart, not 融360
            break
        pieces.pop()
        popped = True
    trimmed = "".join(pieces).strip()
    if len(trimmed) < 2 or places.country_code(trimmed) or places.city(trimmed) or len(trimmed) == len(text) \
            or trimmed.startswith("第") and tags.get(trimmed) == "m":
        return text
    return trimmed


PLACE_AT_END = re.compile(r"^(?P<name>.*\S)\s*(?P<place>[\u4e00-\u9fff]{2,4})$")


def _without_place_of_unit(text: str) -> str:
    """'Contoso' of 'Contoso 中国团队', '星河科技' of '星河科技中国研发部' (once the unit and its line of
    work went): the country a unit serves is the unit's, not part of the organization's name."""
    from . import places

    at_end = PLACE_AT_END.match(text)
    if at_end and len(at_end.group("name")) >= 2 and places.country_code(at_end.group("place")):
        return at_end.group("name")
    return text


def _cut_from_the_next_word(pieces: list[str], org_words: list[str]) -> bool:
    """'同盾科技云' of '同盾科技云原生计算部门': a one-character organization word (云) left at the end
    when the words after it went, after a longer organization word (科技) or a Latin name set apart by
    a space ('Contoso 云' of 'Contoso 云平台网关负责人'), began the word that went ('云原生', which the
    dictionary does not hold): the name ends at the longer word or the Latin name."""
    before = "".join(pieces[:-1])
    return len(pieces[-1]) == 1 and (any(before.endswith(w) for w in org_words if len(w) > 1)
                                     or LATIN_NAME_APART.search(before) is not None)


def _without_line_of_work(text: str, org_words: list[str]) -> str:
    """'青禾股份系统运维' -> '青禾股份': the role modifiers that end a unit's name (系统, 运维, 研发...)
    name its line of work; an organization word among them ('技术', '数据') ends the name."""
    modifiers = sorted((w for w in _zh_words("role_modifiers") if CJK.search(w) and w not in org_words), key=len, reverse=True)
    while True:
        modifier = next((w for w in modifiers if text.endswith(w) and len(text) - len(w) >= 2), None)
        if modifier is None or any(text.endswith(w) for w in org_words):
            return text
        text = text[:-len(modifier)].strip()


def _zh_heads() -> str:
    """The Chinese head words of organizations and associations ('研究院', '俱乐部'), as an alternation."""
    return alternation(w for w in words("org_heads") + words("association_heads") if CJK.search(w))


@cache
def _unit_after_head() -> re.Pattern:
    """An organization's or an association's head word, then a unit of it ('…俱乐部学习部', '…研究院算法组')."""
    return re.compile(rf"(?:{_zh_heads()})(?P<unit>[\u4e00-\u9fff]{{1,6}}?{UNIT_END.pattern})")


@cache
def _org_head_end() -> re.Pattern:
    """An organization's or an association's head word ending the text ('…研究院', '…俱乐部': its
    部 is no unit's)."""
    return re.compile(rf"(?:{_zh_heads()})$")



BRACKETED_HANDLE = re.compile(r"\s*[(（]@[\w.-]+[)）]")
BRACKETED_WORD = re.compile(r"(?<=[a-z])\s*\((?P<word>[A-Z][a-z]+)\)")  # 'Robert Doe (Bob)', 'Jane Doe (Contoso)'
QUOTED_NICKNAME = re.compile(r"(?<=[a-z])\s+[\"“'‘][A-Z][\w-]{1,20}[\"”'’]\s+(?=[A-Z])")  # 'Jane "JD" Doe'


CITATION = re.compile(r"^[^()]{3,200}?\((?:19|20)\d\d[a-z]?\)\s*[.,:]\s+\S")  # 'Ana Ruiz, Kim Lee (2030). Title.': a paper's authors


PADDED_NAME = re.compile(r"^([\u4e00-\u9fff])[\s\u3000]{1,3}([\u4e00-\u9fff])(?=[\s\u3000]|$)")


def without_name_padding(text: str) -> str:
    """'李  舰  Mango Solutions…' -> '李舰  Mango Solutions…': in a list of people a two-character name
    is padded with spaces to the width of three."""
    return PADDED_NAME.sub(r"\1\2", text) if text[:1] in surnames() else text


LATIN_ALIAS_FIRST = re.compile(r"^(?P<alias>(?P<given>[A-Z][a-z]+)(?:\s+[A-Z][A-Za-z]+)?)\s+(?P<name>[\u4e00-\u9fff]{2,3})"
                               r"(?=$|\s*[，,、(（]|\s+[-–—|｜]|\s)")
LATIN_ALIAS_AFTER = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,3})(?P<honorific>[\u4e00-\u9fff]{0,2}?)\s+(?P<alias>(?P<given>[A-Z][a-z]+)"
                               r"(?:\s+[A-Z][A-Za-z]+)?)(?=$|\s*[，,、(（]|\s+[-–—|｜])")


def without_latin_alias(text: str) -> str:
    """'Jane Yu 林澈，Contoso 工程师' and '林澈博士 Jane Yu - Contoso 工程师' -> '林澈，…', '林澈博士 - …': a Chinese
    name written beside the English name its bearer goes by, a common first name (the given-name
    dictionary) opening it, is one person, named in characters."""
    first = LATIN_ALIAS_FIRST.match(text) if text[:1].isupper() else None
    if first and person_name(first.group("name")) == first.group("name") and given_name_anywhere(first.group("given")):
        return first.group("name") + text[first.end():]
    after = LATIN_ALIAS_AFTER.match(text) if CJK.match(text) else None
    if after and person_name(after.group("name") + after.group("honorific")) == after.group("name") \
            and given_name_anywhere(after.group("given")):
        return text[:after.start("alias")].rstrip() + text[after.end():]
    return text


ALIAS_PAIR = re.compile(r"(?<![A-Za-z])(?P<alias1>(?P<given1>[A-Z][a-z]+)(?:\s+[A-Z][A-Za-z]+)?)\s+(?P<run1>[\u4e00-\u9fff]{2,3})(?![\u4e00-\u9fff])"
                        r"|(?<![\u4e00-\u9fff])(?P<run2>[\u4e00-\u9fff]{2,5})\s+(?P<alias2>(?P<given2>[A-Z][a-z]+)(?:\s+[A-Z][A-Za-z]+)?)(?![A-Za-z])")


def latin_aliases(texts) -> dict[str, str]:
    """The English names a page gives beside Chinese ones ('Jane Yu 林澈', '林澈博士 Jane Yu'): each -> the
    Chinese name, so 'Jane Yu 是…' later on the page is the same person."""
    found = {}
    for text in texts:
        for match in ALIAS_PAIR.finditer(text) if CJK.search(text) and re.search(r"[A-Z]", text) else ():
            side = "1" if match.group("alias1") else "2"
            name = _name_before_address(match.group("run" + side))
            if name and given_name_anywhere(match.group("given" + side)):
                found[match.group("alias" + side)] = name
    return found


def _name_before_address(run: str) -> str | None:
    """'林澈', '林澈博士', '周岚教授' -> the Chinese name of two or three characters, less the form of
    address, degree or rank said after it (data/honorifics.txt, degrees.txt, academic_ranks.txt)."""
    for size in (3, 2):
        if (run[size:] in _said_after_a_name() or not run[size:]) and person_name(run[:size]) == run[:size] \
                and not common_word(run[:size]):
            return run[:size]
    return None


@cache
def _said_after_a_name() -> frozenset[str]:
    return frozenset(w for w in words("honorifics") + words("degrees") + words("academic_ranks") if CJK.search(w))


def parse_person(text: str, span: Span, cue: bool = False) -> PersonMention | None:
    """One speaker as written: 'Name, Title, Org', 'Name (Org)', 'Name of Org', 'Org's Name',
    '姓名 单位职位', '单位职位 姓名', '姓名（单位）', '来自X的Y'."""
    text = without_name_padding(re.sub(r"^\s*(?:[-*•·+]|\d+[.)、])\s*", "", text).strip())
    presented = re.match(r"presented by\s+", text, flags=re.IGNORECASE)
    cue = cue or bool(re.match(r"(?:presented\s+)?by\s", text, flags=re.IGNORECASE))  # 'By Name' says a person stands here
    text = re.sub(r"^(?:by|presented by|speaker|演讲者|分享者)\s*[:：]?\s*", "", text, flags=re.IGNORECASE)
    if not text or len(text) > 300 or names_a_stop(text) or CITATION.match(text):
        return None
    text = QUOTED_NICKNAME.sub(" ", text)  # 'Priyanka "Pinky" Ravi (Contoso)': the name without the nickname
    text = BRACKETED_HANDLE.sub("", text)  # 'Jane Doe (@jdoe), Contoso': an account's name, no employer
    text = BRACKETED_WORD.sub(lambda bracket: "" if nickname(bracket.group("word")) else bracket.group(0), text)
    text = without_latin_alias(text)
    if presented and not re.search(r"[,(（]", text):  # 'Presented by Org Name': the organization comes first
        split = _organization_then_name(text, span)
        if split:
            return split
    captioned = LATIN_NAME_ZH_CAPTION.match(text)
    if captioned and person_name(captioned.group("name")) \
            and (CJK.search(captioned.group("rest")) or captioned.group("comma") == "，"):
        person = _latin_name_zh_caption(person_name(captioned.group("name")), captioned.group("rest"), span)
        if person:
            return person
    if CJK.search(text[:6]) or re.search(r"[\u4e00-\u9fff]{2}$", text):
        return _parse_person_zh(text, span)
    person = _parse_person_latin(text, span, cue)
    return None if person and _a_place(person) else person


def _a_place(person: PersonMention) -> bool:
    """'- Lyon, France', '- Springfield, Illinois' in a 'When and Where' list read as 'Name,
    Organization': a city before its country or state is a place, no person."""
    return bool(person.organization and places.city(person.name) and places.country_code(person.organization))


LATIN_NAME_ZH_CAPTION = re.compile(r"^(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})\s*(?P<comma>[，,])\s*(?P<rest>.+)$")
LATIN_PROPER_NAME = re.compile(r"[A-Z][\w&.-]*(?:\s+[A-Z0-9][\w&.-]*){0,3}")


def _latin_name_zh_caption(name: str, rest: str, span: Span) -> PersonMention | None:
    """'Jane Doe，Contoso 开发者倡导者', 'Jane Doe，研究员，Contoso 软件创新中心', 'Jane Doe，Contoso PMC
    成员，Fabrikam CTO': a name in Latin letters captioned in Chinese (a translated program). As in
    'Name, Title, Org', the employer is in the last clause that names one; a place in a project
    ('PMC 成员', '提交者') names none."""
    readings = [split_affiliation(clause) for clause in re.split(r"\s*[，,]\s*", rest)
                if clause.strip() and not _project_position().search(clause)]
    employer = next((reading for reading in reversed(readings) if reading[0]), (None, None))
    title = employer[1] or next((reading[1] for reading in readings if reading[1]), None)
    org = employer[0]
    if not title and not (org and (is_org(org) or org in well_known() or LATIN_PROPER_NAME.fullmatch(org))):
        return None  # 'Contoso DB，一个开源数据库': a product described, no person
    return PersonMention(name, span, org, title)


def _parse_person_latin(text: str, span: Span, cue: bool = False) -> PersonMention | None:
    """`cue`: the layout says a person stands here ('by Name'), so the name's shape is enough."""
    bracket = re.match(r"^(?P<name>[^(（,]+?)\s*[(（](?P<org>[^)）]+)[)）]\s*(?P<rest>.*)$", text)
    if bracket and (person_name(bracket.group("name")) or _word_name_before_organization(bracket.group("name"), bracket.group("org"))):
        org, title = split_affiliation(bracket.group("org"))
        name = person_name(bracket.group("name")) or bracket.group("name").strip()
        if cue or title or is_org(bracket.group("org")) or degrees_only(bracket.group("org")) or probably_a_person(name):
            return PersonMention(name, span, org, title)
    possessive = re.match(r"^(?P<org>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['’]s\s+(?P<name>.+)$", text)
    if possessive and person_name(possessive.group("name")) and probably_a_person(person_name(possessive.group("name"))):
        return PersonMention(person_name(possessive.group("name")), span, possessive.group("org"), None)
    head, sep, rest = (re.split(r"(\s*[,|]\s*|\s+[-–—]\s+)", text, maxsplit=1) + ["", ""])[:3]
    office = office_before_name(head)  # 'Mayor Jane Doe', 'Minister of Information Jane Doe, Contoso'
    if office:
        org, title = split_affiliation(rest) if sep and rest else (None, None)
        return PersonMention(office[1], span, org or office[2], title or office[0])
    name = person_name(head)
    if name and re.match(r"(?:presented\s+)?by\s", rest, re.IGNORECASE):  # 'Organizing Widget Code, by Name': a talk
        return None
    if name:
        rest = _described_in_relative_clause(rest) if sep.strip() == "," else rest
        org, title = split_affiliation(rest) if sep and rest and not (sep.strip() == "," and _another_person_listed(rest)) else (None, None)
        if org or title or cue or probably_a_person(name):
            return PersonMention(name, span, org, title)
        return None
    described = BIO_SENTENCE.match(text) or BIO_POSSESSIVE.match(text)  # '… is a Staff Member at Contoso', "… is Contoso's CTO"
    if described and person_name(described.group("name")) and is_role(described.group("title")):
        org = clean_organization(described.group("org"))
        return PersonMention(person_name(described.group("name")), span, org, described.group("title").strip())
    joined = re.match(r"^(?P<name>.+?)\s+(?:of|from|at|@)\s+(?:the\s+)?(?P<org>[A-Z].+)$", text)
    if joined and person_name(joined.group("name")):
        return PersonMention(person_name(joined.group("name")), span, joined.group("org").strip(" ."), None)
    return _organization_then_name(text, span) if is_org(text) else None


@cache
def _office() -> re.Pattern:
    """A capitalized office: role modifiers and a role word (data/role_modifiers.txt, roles.txt),
    then maybe 'of' and what it heads ('Vice President', 'Minister of Information')."""
    roles = alternation(w for w in words("roles") + words("role_modifiers") if not CJK.search(w))
    return re.compile(rf"(?P<role>(?:(?i:{roles})\s+){{0,2}}(?i:{roles}))"
                      rf"(?:\s+(?:of|for)\s+(?:the\s+)?(?P<of>[A-Z][\w&'’.-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w&'’.-]*){{0,4}}))?")


def office_before_name(text: str) -> tuple[str, str, str | None] | None:
    """'Mayor Jane Doe', 'Minister of Information Jane Doe', 'CTO of Contoso Jane Doe' -> (title, name,
    organization): an office written before a full name of two or three words, each capitalized, is the
    person's title, no part of the name. What 'of' heads is the organization only when it reads as one
    ('Information' is the ministry's field). A given name that is also a role word ('Dean Smith',
    'Chancellor Lee') opens a name."""
    tokens = text.split()
    if len(tokens) < 3 or not tokens[0][:1].isupper() or widely_given_name(tokens[0]):
        return None
    for size in (2, 3):
        office, name = " ".join(tokens[:-size]), " ".join(tokens[-size:])
        match = _office().fullmatch(office) if len(tokens) > size else None
        if match and all(t[:1].isupper() for t in office.split() if t not in ("of", "for", "the", "and", "&")) \
                and person_name(name) == name and not is_role(name) and not is_org(name):
            org = match.group("of")
            if org and (is_org(org) or org in well_known()):
                return match.group("role"), name, org
            return office, name, None
    return None


LISTED_PART = re.compile(r"^(?P<part>[^,&;()]+?)(?P<more>\s*(?:,|&|\band\b)\s*\S.*)?$")


def _another_person_listed(rest: str) -> bool:
    """'Jane Doe, Ivan Holder, Tom Berg', 'Jane Doe, Ivan Novak and others': what follows a name's comma
    is the next person of a list, no organization, when more of the list follows it: a full name that opens
    with a common given name (gender-guesser's dictionary) and ends in a surname, one that is no English
    word or a common one (census surnames); not an organization's name. Two names alone ('Jane Doe, Ivan
    Street', a table cell's pair) are left to the readers that know the layout."""
    listed = LISTED_PART.match(rest.strip(" ."))
    part = listed.group("part").strip() if listed and listed.group("more") else ""
    tokens = part.split()
    if not 2 <= len(tokens) <= 3 or person_name(part) != part or is_org(part) or part in well_known():
        return False
    return widely_given_name(tokens[0]) and (not dictionary_word(tokens[-1]) or common_surname(tokens[-1])
                                             or _a_full_name_follows(listed.group("more")))


NEXT_LISTED = re.compile(r"^\s*(?:,|&|\band\b)\s*(?P<next>[^,&;()]+?)\s*(?:[,&;()]|$)")


def _a_full_name_follows(more: str) -> bool:
    """'Jane Doe, Megan Lotus and Priya Raman': a surname that is also an English word ('Lotus') ends a
    listed name when another full name opening with a common given name follows it in the list."""
    following = NEXT_LISTED.match(more)
    name = following.group("next").strip(" .\"'”") if following else ""
    tokens = name.split()
    return 2 <= len(tokens) <= 3 and person_name(name) == name and widely_given_name(tokens[0]) \
        and not is_org(name) and name not in well_known()


def _word_name_before_organization(name: str, org: str) -> bool:
    """'Will Okafor (Contoso Labs)': a given name that is also an English word ('Will', not common enough
    a name to open one anywhere) opens a name when a surname that is no English word follows and the
    bracket after it names an organization (an organization word, or a well-known name)."""
    tokens = name.split()
    return 2 <= len(tokens) <= 3 and given_name_anywhere(tokens[0]) and bool(re.fullmatch(r"[A-Z][a-z]+", tokens[0])) \
        and (is_org(org) or org.strip() in well_known()) and all(
            NAME_TOKEN.match(token) and token[:1].isupper() and not token.isupper() and not dictionary_word(token)
            and token.casefold() not in _non_name_words() and not POSSESSIVE_END.search(token) for token in tokens[1:])


RELATIVE_OPENER = re.compile(r"^who(?:\s+is|['’]s|\s+was|\s+are)\s+(?:(?:a|an|the|one\s+of\s+the)\s+)?", re.IGNORECASE)
CLAUSE_RECIPIENT = re.compile(r"^(?P<title>.+?)\s+(?:to|for|on)\s+(?:the\s+)?(?P<org>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})$")


def _described_in_relative_clause(rest: str) -> str:
    """'Jane Doe, who is a core developer of Contoso. She talked about …': the relative clause
    describes the person; its first sentence, without 'who is a', is read as 'core developer of
    Contoso' ('core contributor to Contoso' as 'core contributor, Contoso'). A clause that holds
    no job title ('who came from Lyon') gives nothing."""
    opener = RELATIVE_OPENER.match(rest)
    if not opener and not re.match(r"(?i)who\b", rest):
        return rest
    clause = re.split(r"(?<=\w)[.!?;](?:\s|$)|,\s", rest[opener.end():] if opener else "")[0].strip()
    clause = re.sub(r"\s+(?:of|at|to|for|with|in)$", "", clause)  # 'founder and lead of' cut by the line's end
    if not opener or not is_role(clause):
        return ""
    recipient = CLAUSE_RECIPIENT.match(clause)
    return f"{recipient.group('title')}, {recipient.group('org')}" if recipient else clause


BIO_SENTENCE = re.compile(r"^(?P<name>(?:[A-Z][\w'’.-]*\s+){1,3}?[A-Z][\w'’-]+)\s+is\s+(?:a|an|the)\s+"
                          r"(?P<title>[\w &/-]{3,80}?)\s+(?:at|of|with|for|in)\s+(?:the\s+)?"
                          r"(?P<org>[A-Z][\w&.'’-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w&.'’-]*){0,6})")


BIO_POSSESSIVE = re.compile(  # "Jane Doe is Contoso's open source officer, leading …"
    rf"^(?P<name>(?:[A-Z][\w'’.-]*\s+){{1,3}}?[A-Z][\w'’-]+)\s+is\s+(?P<org>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,3}}){ORG_POSSESSIVE}"
    rf"\s+(?P<title>[a-z][\w &/-]{{2,60}}?)(?=[,.;]|\s+(?:and|who)\s|$)")


CAPTION_WORDS = 16  # a caption under a photo is short: a name, a job title, an organization


def name_then_affiliation(text: str, span: Span) -> PersonMention | None:
    """A caption with no commas: 'Jane Doe Deputy General Manager of Contoso Systems.', 'Wei Chen
    Contoso Technology Co., Ltd. chip business leader': a name, then a job title of an
    organization or an organization (with a job title after it)."""
    from .organizations import organization_mentions

    tokens = text.strip(" .").split()
    if len(tokens) > CAPTION_WORDS or re.search(r"[;:!?]|,(?!\s+Ltd)", text):
        return None
    readings = []
    for size in (3, 2):
        name, rest = person_name(" ".join(tokens[:size])), " ".join(tokens[size:])
        if not name or not rest:
            continue
        of_org = re.match(r"^(?P<title>.+?)\s+(?:of|at)\s+(?:the\s+)?(?P<org>[A-Z].*)$", rest)
        if of_org and _job_title().fullmatch(of_org.group("title")):
            return PersonMention(name, span, of_org.group("org").strip(" ."), of_org.group("title"))
        leading = next((org for org in organization_mentions(rest) if rest.startswith(org)), None)
        title = rest[len(leading):].strip(" .,") if leading else ""
        if leading and not title and any(org.endswith(leading) and len(org) > len(leading) for org in organization_mentions(text)):
            continue  # 'Wallace Hartley National Laboratory' alone is one name, no person before an organization
        if leading and not person_name(leading):
            readings.append(PersonMention(name, span, leading.rstrip(" .,"), title if title and is_role(title) else None))
    # 'Wei Chen Contoso Technology…' rather than 'Wei Chen Contoso' of 'Technology…': an organization's
    # name starts with its own name, not with a dictionary word
    return min(readings, key=lambda reading: dictionary_word(reading.organization.split()[0]), default=None)


@cache
def _job_title() -> re.Pattern:
    """A job title and nothing else: role modifiers and role words, ending in a role word."""
    latin = [w for w in words("role_modifiers") + words("roles") if not CJK.search(w) and not HANGUL.search(w)]
    roles = [w for w in words("roles") if not CJK.search(w) and not HANGUL.search(w)]
    return re.compile(rf"(?:(?:{alternation(latin)})\s+)*(?:{alternation(roles)})", re.IGNORECASE)


def _organization_then_name(text: str, span: Span) -> PersonMention | None:
    """'Acme Labs Jane Doe': an organization, then the name (the last two or three words); not a
    person's full name of three or four words that opens with a given name of any country
    ('Marcelo Feitoza Parisi')."""
    tokens = text.split()
    if _long_full_name(tokens):
        return None
    for size in (2, 3):
        head, tail = " ".join(tokens[:-size]), " ".join(tokens[-size:])
        if 1 <= len(tokens) - size <= 4 and person_name(tail) and re.fullmatch(r"(?:[A-Z][\w&.-]*\s?)+", head):
            return PersonMention(person_name(tail), span, head, None)
    return None


def _long_full_name(tokens: list[str]) -> bool:
    """Three or four capitalized words, the first a given name somewhere and the words before the
    last two no organization ('Marcelo Feitoza Parisi'; not 'Contoso Labs Jane Doe')."""
    return 3 <= len(tokens) <= 4 and all(re.fullmatch(r"[A-Z][a-z\u00c0-\u024f'’-]+", token) for token in tokens) \
        and given_name_anywhere(tokens[0]) and not is_org(" ".join(tokens[:-2])) \
        and " ".join(tokens[:-2]) not in well_known()


@cache
def _handle_note() -> re.Pattern:
    """'GitHub ID jdoe', 'GitHub: @jdoe', 'ID：jdoe': a name's account on a code-hosting site (data/labels.txt, handle)."""
    return re.compile(rf"(?i)^(?:{alternation(labels('handle'))})\s*[:：]?\s*[@\w.:：-]+$")


def nickname(word: str) -> bool:
    """'Robert Doe (Bob)': one bracketed word after a name that the name dictionary gives a man or a
    woman, and that is no organization, is what the person is called, not an employer."""
    return bool(re.fullmatch(r"[A-Z][a-z]+", word)) and given_name_anywhere(word) and not is_org(word) \
        and word not in well_known()


LOGIN = re.compile(r"[a-z][a-z0-9_.-]{2,30}")  # 'asterwyx': an account's name, lowercase


def _login_then_caption(inside: str, after: str) -> bool:
    """'林澈（linche） / Contoso 社区研发工程师': a lowercase login in brackets after a Chinese name,
    then a caption that ends in a job title: the login is what the person is called online, the
    caption after it gives the employer."""
    return bool(LOGIN.fullmatch(inside)) and bool(after) and bool(_title_tail().search(after))


MATERIAL_ITEMS = re.compile(r"[，,、]")


def _material_word(org: str | None) -> bool:
    """'林澈（Slides，video）': a word of what a page links to (data/platform_words.txt: slides, repo, docs)
    among the items in the brackets after a name points at the talk's material, they name no employer."""
    return bool(org) and any(part.strip().casefold() in _platform_words() for part in MATERIAL_ITEMS.split(org))


@cache
def _platform_words() -> frozenset[str]:
    return frozenset(word.casefold() for word in words("platform_words") if not CJK.search(word))


@cache
def _platform_names() -> frozenset[str]:
    """The one-word platforms' names, casefolded (data/platforms.txt: 'youtube', 'github')."""
    return frozenset(name.casefold() for name in words("platforms") if " " not in name and not CJK.search(name))


def _parse_person_zh(text: str, span: Span) -> PersonMention | None:
    text = re.sub(r"\s*[(（](?:花名|笔名|昵称)[:：]?\s*[^)）]*[)）]|\s+花名[:：]?\s*[\u4e00-\u9fff]{2,3}(?=[\s(（，,]|$)", "", text)  # '章耿 花名余淮'
    came = re.match(r"^来自(?P<org>.+?)的(?P<rest>.+)$", text)
    if came:
        found = _name_at_end(came.group("rest"), span)
        if found:
            found.organization = came.group("org")
            return found
    bracket = re.match(r"^(?P<name>[\u4e00-\u9fff]{2,4})\s*[(（](?P<org>[^)）]+)[)）]", text)
    if bracket and person_name(bracket.group("name")):
        inside = bracket.group("org").strip()
        talk_after = re.match(r"\s*[:：]", text[bracket.end():])  # '肖凯（一号店）：当R遇到Python': the bracket is the employer
        nickname = re.fullmatch(r"[\u4e00-\u9fff]{2,3}", inside) and not is_org(inside) and inside not in well_known() \
            and not talk_after or _handle_note().match(inside)  # '于雨（GitHub ID jdoe），…': an account, the affiliation follows
        after = text[bracket.end():].strip(" ，,、:：/／")  # '林澈（北岩），云帆数据高级工程师': the affiliation follows the nickname
        nickname = nickname or _login_then_caption(inside, after)
        if _name_in_latin_letters(inside):  # '周明远（Ming Zhou）将亮相…': the name's other script, no employer
            return PersonMention(bracket.group("name"), span, *(split_affiliation(after) if is_role(after) else (None, None)))
        org, title = (split_affiliation(after) if after else (None, None)) if nickname else split_affiliation(inside)
        return PersonMention(bracket.group("name"), span, None if _material_word(org) else org, title)
    first = re.match(r"^(?P<name>[\u4e00-\u9fff]{2,4}?)(?:\s*[，,、:：|｜/@＠]\s*|\s+|(?=目前|现任|现就职))(?P<rest>.+)$", text)
    if first and person_name(first.group("name")):
        rest = re.sub(r"^(?:is|was)\s+(?:an?|the)\s+", "", first.group("rest"))  # '连真，is a postdoctoral fellow at Lyft'
        if not text[first.end("name"):first.start("rest")].strip() and _a_product_or_headline(rest):
            return None
        if _talk_after_colon(text, first.start("rest"), rest):
            return PersonMention(first.group("name"), span)
        org, title = split_affiliation(rest)
        return PersonMention(first.group("name"), span, org, title)
    if len(text) <= 60:
        found = _name_at_end(text, span)
        if found:
            return found
    whole = person_name(text)
    return PersonMention(whole, span) if whole else None


MODEL_CODE = re.compile(r"(?:[A-Z0-9]*[A-Z][A-Z0-9]*\d{3,}|\d+[A-Z]\d{3,})[A-Z]*(?![\w-])")  # 'XL8200', '3A6000', 'GP102'
HEADLINE_END = re.compile(r"[！？!?]")


def _a_product_or_headline(rest: str) -> bool:
    """'星岚 XL8200、XL8300 都支持…', '星岚 SIMD 手册：现已发布！': what follows a brand set off by a
    space is a product's model code (capitals with three or more digits) or an exclaimed headline,
    where a caption's affiliation would stand; the brand is no person."""
    return bool(MODEL_CODE.match(rest) or HEADLINE_END.search(rest)) or _acronym_then_product_words(rest)


def _acronym_then_product_words(rest: str) -> bool:
    """'SIMD 手册' after '星岚': Latin letters, then Chinese words that end in a product noun (手册,
    固件, 芯片), with no job title, name a product or a document, no one's employer."""
    if not re.match(r"[A-Za-z][\w.-]*\s*[\u4e00-\u9fff]", rest):
        return False
    org, title = split_affiliation(rest)
    return bool(org) and not title and bool(_product_noun_end().search(org))


@cache
def _product_noun_end() -> re.Pattern:
    return re.compile(rf"(?:{alternation(words('product_nouns'))})$")


def _talk_after_colon(text: str, rest_at: int, rest: str) -> bool:
    """'李英浩：互联网金融大数据与风险' (a heading or list item of a program): after a name and a colon
    stands the talk unless the words read as an affiliation (a job title, an organization word, a
    well-known organization: '林澈：云帆数据高级工程师')."""
    colon = text[:rest_at].rstrip().endswith((":", "："))
    return colon and not (is_role(rest) or _ends_in_org_word(rest.strip()) or rest.strip() in well_known())


def _ends_in_org_word(text: str) -> bool:
    """'星河科技', 'Contoso University': an organization word ends the words (one inside a talk's
    title, '…大数据与风险', names none)."""
    return bool(_org_zh().search(text[-6:]) and _org_zh_at_end().search(text)) or _latin_org_word(text)


def _name_in_latin_letters(text: str) -> bool:
    """'Ming Zhou', 'Jaylin Yu': a bracket after a Chinese name that holds a personal name in Latin
    letters (two or three capitalized words, no organization word) gives the same person's name."""
    return bool(re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}", text)) and not is_org(text) and probably_a_person(text)


CAPTION_BREAK = re.compile(r"[，。；！？,;!?]")  # a caption names its person in one phrase


def _name_at_end(text: str, span: Span) -> PersonMention | None:
    """'单位职位 姓名': the name is the last two or three characters; the split that leaves a job
    title (or an organization: one with an organization word, or a well-known one) before the
    name wins."""
    options = []
    if _title_tail().search(text.strip()):  # '北辰网络 高级工程师' ends with a job title, not a name ('程师')
        return None
    if CAPTION_BREAK.search(text) or _particle_or_pronoun(text[:-2]):
        return None  # '…执行各参与者的正向操作', '数据库的水平拆分': a sentence or a heading, no caption
    for size in (3, 2):
        name, rest = person_name(text[-size:]), text[:-size].strip(" :：|｜")
        if name and common_word(text[-size - 1:-size + 1]) and not _title_tail().search(rest) or name and _verb_after_surname(name):
            continue  # '…全文检索能力', '…年会圆满收官': a word runs across the split (not '部长石立仁'); '…沙龙回顾'
        if name and rest and (is_role(rest) or is_org(rest) or rest in well_known()):
            options.append((bool(_title_tail().search(rest)), size == 3 and text[-size - 1:-size].isspace(), name, rest))
    if not options:
        return None
    _, _, name, rest = max(options, key=lambda option: option[:2])
    org, title = split_affiliation(rest)
    return PersonMention(name, span, org, title)


def _verb_after_surname(name: str) -> bool:
    """'龙回顾', '会分享': a surname's character, then a verb of two characters that jieba tags as one (回顾,
    分享, 致辞), where a heading ends in what the event did ('…沙龙回顾'); a given name is rarely a verb."""
    given = name[2:] if name[:2] in surnames() else name[1:]
    return len(given) == 2 and jieba_tags().get(given) == "v"


ZH_STOP = re.compile(r"(?:第[\d一二三四五六七八九十]+|(?P<place>[\u4e00-\u9fff]{2,6}))站$")


def names_a_stop(text: str) -> bool:
    """'星河 Meetup 杭州站', '… 第三站': a line that ends with a stop of a touring event (a city, or
    its number, then 站) names the stop, not a person ('杭州站' is no name with the surname 杭)."""
    stop = ZH_STOP.search(text.strip()) if "站" in text else None
    if not stop or not stop.group("place"):
        return bool(stop)
    place = stop.group("place")
    return any(places.city(place[-size:]) for size in range(2, len(place) + 1))


def parse_people(text: str, span: Span, cue: bool = False) -> list[PersonMention]:
    """Every speaker of a line that may name several ('A, Org and B, Org'; '张三、李四')."""
    if names_a_stop(text):
        return []
    text = _without_time_after(QUOTED_NICKNAME.sub(" ", text))  # 'A, Org & B "Nick" C, Org | 3:00pm - 3:30pm'
    dashed = _dashed_people(text, span)  # 'A - Org, B - Org, C - Org'
    if dashed:
        return dashed
    single = parse_person(text, span, cue)
    bracketed = re.split(r"(?<=[)）])\s*(?:[,，、;；&]|\band\b)\s*", text)  # 'A (Org), B (Org)', 'A (Org) & B (Org)'
    if len(bracketed) > 1:
        several = [parse_person(part, span, cue) for part in bracketed]
        if all(several):
            return several
    named = _enumerated_names(text, span) or _names_joined_early(text, span)  # 'A, B, C and D', 'A & B, C, D'
    if named:
        return named
    grouped = _names_before_their_organization(text, span)  # 'A, B, Org', 'A, B, Org, C, Org'
    if grouped:
        return grouped
    parts = _speaker_parts(text)
    if len(parts) > 1:
        several = [parse_person(p, span, cue) or _vouched_by_the_next(p, parts, span) for p in parts]
        if all(several):
            return _sharing_the_last_affiliation(several, parts)
    if CJK.search(text) and re.search(r"[、，,/\s]", text.strip()):
        names = [p.strip() for p in re.split(r"[、，,/]|\s+", text.strip())]  # '张三、李四', '张三 李四' (a cell's lines)
        if len(names) > 1 and all(person_name(n) for n in names):
            return [PersonMention(person_name(n), span) for n in names]
        listed = [_name_at_end(n.strip(" 。."), span) for n in re.split(r"[、；]", text)]
        if len(listed) > 1 and all(person and person.title for person in listed):  # '云帆数据产品总监陈静、北辰网络CTO刘洋'
            return listed
    return [single] if single else []


TAIL_AFTER_BAR = re.compile(r"\s*[|｜]\s*(?P<tail>[^|｜]*)$")


def _without_time_after(text: str) -> str:
    """'Jane Doe, Contoso | 4:15pm - 4:45pm EST': the slot's clock times after a bar end the
    speakers, no organization ('4:45pm EST')."""
    tail = TAIL_AFTER_BAR.search(text)
    return text[:tail.start()] if tail and clock.ANYWHERE.match(tail.group("tail")) else text


MIN_ENUMERATION = 3


def _enumerated_names(text: str, span: Span) -> list[PersonMention]:
    """'Ana Ruiz, Wei Chen, Tom Berg and Kim Lee' (also 'Wei Chen, and Kim Lee'): three or more
    names in a row, the last after 'and' or '&', no organization among them (a 'Name, Org and Name'
    line alternates). With no 'and' ('Ana Ruiz, Wei Chen, Tom Berg'), every part must be a full name
    that reads as a person's: a list of names is no 'Name, Organization'."""
    head, joint, last = text.rpartition(" and ") if " and " in text else text.rpartition(" & ")
    parts = [part.strip() for part in head.rstrip(", ").split(",")] + [last.strip()] if joint else []
    if not joint and text.count(",") >= MIN_ENUMERATION - 1:
        parts = [part.strip() for part in text.strip(" .").split(",")]
        if not all(" " in part and probably_a_person(part) for part in parts):
            return []
    if len(parts) < MIN_ENUMERATION or any(not person_name(part) or is_org(part) for part in parts):
        return []
    return [PersonMention(person_name(part), span) for part in parts]


MIN_LIST_AFTER_JOINT = 4


def _names_joined_early(text: str, span: Span) -> list[PersonMention]:
    """'Jane Doe & Wei Chen, Omar Haddad, Lena Brandt' (a video's title listing its speakers): the
    joint comes early, then more names after commas. Four or more parts, each a full name that
    reads as a person's, are a list of names; 'Jane Doe & Wei Chen, Contoso' shares an employer."""
    if CJK.search(text) or not re.search(r"\s(?:&|and)\s[^,]+,", text):
        return []
    parts = [part.strip(" .") for part in re.split(r",\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+", text.strip(" ."))]
    if len(parts) < MIN_LIST_AFTER_JOINT or not all(" " in part and person_name(part) == part and probably_a_person(part)
                                                    and not is_org(part) for part in parts):
        return []
    return [PersonMention(part, span) for part in parts]


LOWERCASE_NOTE = re.compile(r"\s*\([a-z][a-z ,&/]*\)\s*$")
NAME_THEN_BRACKET = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<org>[^()]+)\)$")
AFFILIATION_NAME = re.compile(r"^[A-Z0-9][\w.&'’-]*(?:\s+(?:[A-Z0-9][\w.&'’-]*|of|and|the|for|&))*$")
MAX_AFFILIATION_WORDS = 6


def _names_before_their_organization(text: str, span: Span) -> list[PersonMention]:
    """'Jane Doe, Wei Chen, Contoso' (also 'Jane Doe, Wei Chen, Contoso, Tom Berg, Fabrikam Labs'):
    names apart by commas, each run of them followed by the organization they share; or the run's
    last name carries it in brackets for all ('Jane Doe, Wei Chen (Contoso)', 'Jane Doe & Wei Chen
    (Contoso)'). Every name must read as a person's and every other part as a name of its own
    (capitalized words, no job title), so 'Jane Doe, Senior Engineer, Contoso' stays one person
    with her title."""
    text = LOWERCASE_NOTE.sub("", text)  # '… (slides)'
    if CJK.search(text) or ";" in text or not re.search(r",.*,|[,&].*\)\s*$", text):
        return []
    people: list[PersonMention] = []
    waiting: list[str] = []
    doubted = 0  # names in the run that probablepeople does not know: one known name vouches for them
    for part in (part.strip(" .") for part in re.split(r",|\s+&\s+", text.strip(" .,"))):
        bracketed = NAME_THEN_BRACKET.match(part)
        name = person_name(bracketed.group("name") if bracketed else part)
        name = name if name and not is_org(name) and not is_role(name) and not plain_words(name) else None
        doubted += bool(name and not probably_a_person(name))
        if bracketed and name:  # the run's last name, with the organization they share
            if doubted > len(waiting):
                return []
            org, title = split_affiliation(bracketed.group("org"))
            people += [PersonMention(each, span, org, title) for each in waiting + [name]]
            waiting, doubted = [], 0
        elif name and not bracketed:
            waiting.append(name)
        elif waiting and doubted < len(waiting) and not bracketed and AFFILIATION_NAME.match(part) \
                and len(part.split()) <= MAX_AFFILIATION_WORDS and not is_role(part) and not line_of_work(part) \
                and not any(person_name(half) for half in re.split(r"\s+(?:and|&)\s+", part)[1:]):  # '…, B and C'
            people += [PersonMention(each, span, part) for each in waiting]
            waiting, doubted = [], 0
        else:
            return []
    return people if len(people) >= 2 and not waiting else []


def _vouched_by_the_next(part: str, parts: list[str], span: Span) -> PersonMention | None:
    """'Jane Doe & Wei Chen, Contoso': a name right before a person with an organization, which
    the two share, stands by its shape (probablepeople knows few names of some languages)."""
    name = person_name(part)
    if part is parts[-1] or name != part.strip() or is_org(part) or is_role(part) or plain_words(part):
        return None
    following = parse_person(parts[parts.index(part) + 1], span)
    return PersonMention(name, span) if following and following.organization and not following.title else None


def _sharing_the_last_affiliation(people: list[PersonMention], parts: list[str]) -> list[PersonMention]:
    """'Jane Doe & Wei Chen, System Engineer, Contoso': names alone share the job title and
    organization of the next person who has one ('A & B, Org; C, Other' gives A Org)."""
    for index, (person, part) in enumerate(zip(people[:-1], parts[:-1])):
        following = next((p for p in people[index + 1:] if p.organization or p.title), None)
        if following and not person.organization and not person.title and person_name(part) == person.name:
            person.organization, person.title = following.organization, following.title
    return people


NAME_DASH = re.compile(r"^(?P<name>[^,\-–—]{3,40}?)\s+[-–—]\s+(?P<org>.+)$")


def _dashed_people(text: str, span: Span) -> list[PersonMention]:
    """'Wei Chen - Fabrikam, Maria Lopez - Northwind Systems, Inc.': people each written 'Name -
    Organization', apart by commas; a part that is no 'Name - …' goes on the organization before
    it ('…, Inc.')."""
    if text.count(" - ") + text.count(" – ") + text.count(" — ") < 2:
        return []
    people: list[PersonMention] = []
    for part in re.split(r"\s*[,;]\s*", text):
        match = NAME_DASH.match(part)
        name = person_name(match.group("name")) if match else None
        if name:
            org, title = split_affiliation(match.group("org"))
            people.append(PersonMention(name, span, org, title))
        elif people and part:
            last = people[-1]
            last.organization = f"{last.organization}, {part}" if last.organization else part
        else:
            return []
    return people if len(people) >= 2 else []


def _speaker_parts(text: str) -> list[str]:
    """Split at 'and', ';', '&' only where a name follows (a title may hold 'and' too), not inside
    an organization's name ('University of Science and Management Pune')."""
    from .organizations import organization_mentions

    pieces = re.split(r"(\s+and\s+|\s*;\s*|；|\s+&\s+)", text)
    names = [name for name in organization_mentions(text) if re.search(r"\s(?:and|&)\s", name)] if " and " in text else []
    parts = [pieces[0]]
    for joint, piece in zip(pieces[1::2], pieces[2::2]):
        head = re.split(r"\s*[,(（|]", piece, maxsplit=1)[0]
        inside_a_name = any(name in f"{parts[-1]}{joint}{head}" for name in names)  # '…, University of Science and Management Pune'
        if person_name(head) and not inside_a_name:
            parts.append(piece)
        else:
            parts[-1] += joint + piece
    return [p for p in parts if p.strip()]
