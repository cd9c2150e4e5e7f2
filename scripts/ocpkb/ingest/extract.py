"""Stage 2, extract: a Source -> an Extraction of every field the recap states, each with its lines.

The text is first segmented into blocks (segment.py: headings, bold lines, list items, table rows,
paragraphs); talks and speakers come from layout recognizers (layouts.py; a page that is one talk:
talk_pages.py; speaker labels, biographies and rolls: people_layouts.py; Chinese prose: zh_prose.py),
the event's name from event_name.py, its dates and place from event_date_place.py,
the people it names from people.py; names are told from organizations and job titles by classify.py,
and every word a rule looks for comes from a data file (wordlists.py). Event facts are read from the
most explicit statement to the least: front matter, labelled lines (`活动时间：`, `Venue:`), the title,
then sentences. A value that only a weak cue gave carries a doubt that ends up in the draft's review
note, and so does every field that was looked for and not found. This module runs those parts in
order and reads what is left: organizers, attendance, figures, topics, images.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from functools import cache

from ..schema import RUNNING_ROLES
from ..writing import CJK, HANGUL, KANA, LATIN
from . import clock, dates, places
from .classify import (after_prepositions, common_given_name, dictionary_word, dictionary_words, head_alone, is_org, jieba_tags,
                       person_name, plain_words, probably_a_person, well_known)
from .event_date_place import fill_dates, fill_place, online_only
from .event_name import (HELD, NAME_WORD, SERIES_EDITION, TITLE_SEPARATORS, document_title, event_context_after, event_name, event_page_days,
                         event_phrase, lists_several_events, names_an_event_kind, names_events_of_several_years, reports_a_periodical_issue,
                         reports_two_events, says_held)
from .layouts import talks
from .lexicon import Lexicon
from .model import Extraction, Found, PersonMention, SessionMention, Span
from .organizations import (BRACKETED, ZH_NAME_START, abbreviations, fold_community_projects, named_teams, organizations,
                            organization_mentions, organizers_but_the_event, partial_names, sponsoring_person, without_sponsor_label)
from .people import page_authors, people
from .people_layouts import bio_affiliations
from .read import Source
from .segment import Block, label_row_text, labelled, segment
from .talk_pages import (episode_of, episode_talk, front_matter_program, front_matter_talk, greeted_talk, introduced_talk, labelled_speaker_talk, reported_talk,
                         talk_body_start, talk_page, titled_one_talk, transcript_talk)
from .wordlists import alternation, label_anywhere, label_class, label_pattern, pattern, traditional_forms, words, zh_words
from .zh_prose import zh_speech_verbs

ORGANIZER_ROLES = ("host", "organizer", "co-organizer", "supporter", "media-partner")
ORGANIZER_PHRASES = [
    (re.compile(r"\bco-?(?:hosted|organi[sz]ed) by ((?:[A-Z0-9][\w&.-]*\s?){1,5})"), "co-organizer"),
    (re.compile(r"(?<!co-)\bhosted by ((?:[A-Z0-9][\w&.-]*\s?){1,5})"), "host"),
    (re.compile(r"(?<!co-)\borgani[sz]ed by ((?:[A-Z0-9][\w&.-]*\s?){1,5})"), "organizer"),
    (re.compile(r"\bsponsored by ((?:[A-Z0-9][\w&.-]*\s?){1,5})"), "sponsor"),
]
HOSTING_VERBS = (r"(?:is|are|was|were|will be) (?:hosting|organi[sz]ing|co-hosting)|will (?:host|organi[sz]e)"  # an event to come
                 r"|(?:is|are|was|were) holding"  # 'The Contoso Forum is holding a conference in May'
                 r"|(?:is|are|was|were) (?:(?:very|so) )?(?:proud|happy|excited|delighted|thrilled|honou?red|pleased) to "
                 r"(?:host|organi[sz]e|invite you to|welcome you to|announce)|invites? you to"  # 'X is very excited to invite you to our …'
                 r"|would (?:like|love) to (?:invite you to|welcome you to)"  # 'The Contoso Forum would like to invite you to …'
                 r"|helped (?:to )?(?:co-)?(?:organi[sz]e|host)"  # 'Contoso helped to organise the devroom': one of its organizers
                 r"|(?:had|has) (?:a|an|its|their|our|the)"  # 'The Contoso Foundation had a workshop at …': what it had is an event
                 rf"(?= (?:[\w-]+ ){{0,2}}(?:{alternation(words('event_words'))})s?\b)")  # word, not 'a booth at the conference'

GROUP_NOUNS = alternation(words("host_group_nouns"))  # 'the Contoso maintainers', 'the Fabrikam non-profit organisation'
LOWER_COMPOUND = r"[a-z][a-z0-9]*(?:-[a-z0-9]+)+"  # a hyphenated lowercase project name or modifier: 'contoso-cli', 'non-profit'
EN_HOST_SUBJECT = re.compile(rf"(?:^|[,.;:]\s+|\b(?:the|that)\s+)(?P<org>(?:{NAME_WORD}\s+){{0,4}}(?:{LOWER_COMPOUND}\s+)?"
                             rf"(?:{NAME_WORD}|{GROUP_NOUNS}))"
                             r"(?:\s+\([^()]{1,30}\))?(?:,?\s+(?:which|that|who))?"
                             r"\s+(?:also\s+|[a-z]+ly\s+)?(?P<verb>held|hosted|organi[sz]ed|co-hosted|co-organi[sz]ed|ran|put on|"
                             rf"{HOSTING_VERBS})\s+(?P<object>(?:[^.;]|\.(?=\w)){{0,80}})")  # a dot inside a word ('12.3') ends no sentence
# 'The Contoso team recently organized a conference': an adverb may stand before the verb; 'the Contoso Association
# (CA) that is organizing the event', 'the campus of the CU, which was hosting the Contoso Day': so may a relative pronoun
HOSTING = re.compile(rf"\b(?:{HOSTING_VERBS})\b")
OWN_GROUP = re.compile(rf"(?i)\s(?:{GROUP_NOUNS})$")  # 'Contoso Team' is a group, no person's name
EN_HOST_ROLES = {"orga": "organizer", "co-h": "co-organizer", "co-o": "co-organizer", "anno": "organizer"}
SPONSORED_AND = r"(?:(?:赞助|支持)(?:和|并|及|与))?"  # 'A 赞助和协办': A sponsors and co-organizes
CO_ORGANIZERS_AFTER_HOSTS = re.compile(rf"主办[，,]\s*([^。]+?)\s*{SPONSORED_AND}(?:联合举办|联合主办|协办|承办|共同举办|合办|联合发起|共同发起)")
# '由 A 主办，B、C 协办': those named after the hosts and before their part
ZH_ORGANIZING_ROLES = {form: role for verb, role in (("主办", "host"), ("承办", "organizer"), ("协办", "co-organizer"),
                                                    ("合办", "co-organizer")) for form in (verb, *traditional_forms(verb))}
ZH_TOGETHER = zh_words("联合", "共同")  # '联合主办', '共同主辦': the verbs in either script
ZH_STARTED = zh_words("发起")  # '由 A 发起主办': A started and hosts it
ZH_ORGANIZING_VERB = re.compile("|".join(ZH_ORGANIZING_ROLES))
ZH_ORGANIZING = re.compile(r"(?P<names>[^，。；、|｜:：]{2,40}?(?:[、和与][^，。；、|｜]{2,20}?)*)\s*"
                           rf"{SPONSORED_AND}{ZH_TOGETHER}?{ZH_STARTED}?(?P<verb>{ZH_ORGANIZING_VERB.pattern})"
                           rf"(?!{zh_words('方', '单位', '地', '城市')}|[:：])")  # 主办地: the host city
ASIDE_END = re.compile(r"^[^(（]*[)）]")  # a bracket closed that the names never opened: an aside ends there
HAND_IN_HAND = re.compile(r"(?:^|[，。；,;：:！!]\s*)(?P<first>[^，。；,;：:！!]{2,20}?)\s*携手\s*(?P<others>[^，。；,;！!]{2,80}?)\s*"
                          r"(?:[，,]\s*(?:正在|已经?|将|也)?\s*)?"  # '携手 B，正在共同举办': the verb after a comma
                          r"(?:在[^，。；,;、]{1,20}?)?(?:成功|正式|共同|联合)?(?:举办|主办|召开|举行)")
JOINED_BY = re.compile(r"(?:^|[，。；,;：:！!])\s*(?P<first>[^，。；,;：:！!]{2,24}?)联合\s*(?P<others>[^，。；,;！!]{2,80}?)\s*"
                       r"共同(?:举办|主办|发起)了?(?P<object>[^。；;！!]*)")
SPLIT_NAMES = re.compile(r"\s*(?:[、,，;；/及]|\band\b|\s和|和\s)\s*")  # '社区和 Fabrikam', not the 和 of '云和数科'
FIGURE = re.compile(r"(?P<more>more than |over |超过|逾)?(?P<value>\d[\d,.]*)\s*(?P<unit>%|Gbps|GB|TB|W|kW|MW|people|"
                    r"attendees|participants|members|companies|students|人|家企业|家)\b", re.IGNORECASE)
ATTENDANCE = [
    (re.compile(r"(?i)(?:onsite|on-site|offline)\s*(?:sign-?in)?\s*(\d+)\s*(?:people|attendees|participants)"), "onsite"),
    (re.compile(r"(?i)(\d+)\s*(?:people|attendees|participants)\s*(?:attended|were present)? ?(?:on ?site|in person)"), "onsite"),
    (re.compile(r"(?i)(?:gathered|welcomed|attracted|drew)\s+(?:more than |over |about |nearly )?(\d+)\s+(?:people|attendees|participants|students|developers)"), "onsite"),
    (re.compile(r"(?i)(\d+)\s*(?:people|attendees|participants)\s*(?:participate|participated|joined|watched)?\s*online"), "online"),
    (re.compile(r"(?i)(\d+)\s*companies\s*(?:were invited|participated|took part|attended)"), "companies"),
    (re.compile(r"现场(?:参会|签到)?\s*(\d+)\s*人"), "onsite"),
    (re.compile(r"线上(?:参会|观看)?\s*(\d+)\s*人"), "online"),
]


def extract(source: Source, lexicon: Lexicon) -> Extraction:
    segmented = segment(source)
    blocks = [block for block in segmented if block.kind != "byline"]
    result = Extraction(source.path, page_language(source))
    result.page = published_page(source)
    result.language = result.page.pop("language", result.language)
    year = _context_year(source)
    result.name = event_name(source, blocks)
    result.title = document_title(source, blocks)
    fill_dates(result, source, blocks, year)
    fill_place(result, source, blocks)
    no_event = _why_no_single_event(source, result, blocks)
    if no_event:
        result.name = result.start_date = result.end_date = result.city = result.country = result.venue = None
        result.doubts.append(f"{no_event}: no single event was taken from it; draft each event from its own page.")
    result.theme = labelled(blocks, "theme")
    result.organizers = _with_headline_host(_with_front_matter_organizers(organizers(blocks), source), result.title)
    result.attendance = attendance(blocks)
    written_up = _layout_talks(result, source, blocks)
    authors = page_authors(source.front_matter, [block.text for block in segmented if block.kind == "byline"])
    result.people = people(blocks, result.sessions, lexicon, authors)
    if CJK.search(source.text or ""):
        _speaker_named_in_section(blocks, result.sessions, result.people)
        bio_affiliations(blocks, result.people)
    if not result.sessions:
        _talk_of_the_page(result, source, blocks)
    result.abbreviations = abbreviations(blocks)
    before_talk = blocks[:talk_body_start(blocks)] if written_up else blocks  # not what a written-up talk is about
    result.people = _not_only_cited(result.people, before_talk, result.sessions) if written_up else result.people
    result.images = [Found({"src": image.src, "caption": image.caption}, Span(image.line, image.line))
                     for image in source.images]  # before the organizations: a sponsor's logo names it
    result.organizers = organizers_but_the_event(result)
    result.organizations = organizations(before_talk, result, lexicon)
    fold_community_projects(result)
    unreported = None if no_event else _reports_no_event(source, result, blocks)
    if unreported:
        result.start_date = result.end_date = result.city = result.country = result.venue = None
        result.doubts.append(f"{unreported}: no event was found on it, so it gives no event's days or place.")
    result.organizers = [] if no_event else result.organizers  # its hosts stay organizations, not this page's organizers
    result.abbreviations = named_teams(result) | partial_names([found.value for found in result.organizations]) \
        | result.abbreviations
    result.topics = [Found(topic_id, block.span) for block in blocks
                     for _, topic_id, _ in lexicon.find("topics", block.text)]
    result.figures = figures(blocks)
    result.doubts += not_found(result)
    return result


def _why_no_single_event(source: Source, result: Extraction, blocks: list[Block]) -> str | None:
    """Why the page reports no single event, if it does not: it lists several (a calendar), reports
    two equally, or is an issue of a newsletter, whose events are items among its news."""
    title = result.title.value if result.title else ""
    if lists_several_events(blocks):
        return "The page lists several events, each with its own days (under its own heading or in its own list item)"
    if reports_two_events(title, result.name.value if result.name else None, blocks):
        return f"The page reports two events ({title})"
    if names_events_of_several_years(title, result.name.value if result.name else None, blocks):
        return "The page names events of three or more years and its title none of them (a series' record or a list of talks)"
    if reports_a_periodical_issue(source, title):
        return f"The page is an issue of a newsletter or news column ({title or source.path})"
    return None


def _reports_no_event(source: Source, result: Extraction, blocks: list[Block]) -> str | None:
    """Why the page reports no event, if nothing on it names or shows one: no event's name was found, no
    program, the page itself shows no event (`_an_event_page`) and the sentence of each day or place it gives
    speaks of none (`_an_event_sentence`): a release note's '云帆 v2.0 于 2031 年 3 月 5 日发布', a press
    release's dateline, a blog index's link to a video of a talk."""
    if result.name or result.sessions or not (result.start_date or result.city or result.country):
        return None
    stated = [_block_at(blocks, found.span.first) for found in (result.start_date, result.city, result.country) if found]
    if _an_event_page(source, result, blocks) or any(block and _an_event_sentence(block.text) for block in stated):
        return None
    title = result.title.value if result.title else ""
    return f"The page names no event ({title or source.path})"


def _an_event_page(source: Source, result: Extraction, blocks: list[Block]) -> bool:
    """An event word or noun in the title or the first heading, a labelled day or place ('Date:', '地点：'),
    event days in the front matter, a blog's filing of the post under an event word, or a call to attend anywhere
    ('Registration is open', '欢迎参加'; data/invitation_words.txt)."""
    title = result.title.value if result.title else ""
    heading = next((block.text for block in blocks if block.is_title), "")
    return names_an_event_kind(title) or names_an_event_kind(heading) or bool(labelled(blocks, "date") or labelled(blocks, "place")) \
        or bool(source.front_matter.get("eventdates") or event_page_days(source.front_matter)) or _filed_as_event(source.front_matter) \
        or any(pattern("invitation_words").search(block.text) for block in blocks)


def _an_event_sentence(text: str) -> bool:
    """A sentence that holds an event word or noun, says an event took place ('was held', '舉行'), gives hours
    ('14:00 - 15:00') or has someone speak ('presented', '分享了'; data/speech_verbs.txt)."""
    return names_an_event_kind(text) or says_held(text) or clock.ANYWHERE.search(text) is not None \
        or pattern("speech_verbs").search(text) is not None


FILING_KEYS = ("categories", "category", "tags", "type")  # front-matter keys a blog files its posts under


def _filed_as_event(matter: dict) -> bool:
    """'categories: event', 'tags: [meetup, lecture]': the blog files the post under an event word."""
    values = [matter.get(key) for key in FILING_KEYS]
    return any(names_an_event_kind(str(item)) for value in values if value
               for item in (value if isinstance(value, list) else [value]))


def _block_at(blocks: list[Block], line: int) -> Block | None:
    """The block that holds a line: the last one starting at or before it."""
    return next((block for block in reversed(blocks) if block.number <= line), None)


def _not_only_cited(found: list[PersonMention], before_talk: list[Block], sessions: list[SessionMention]) -> list[PersonMention]:
    """The people of a write-up of one talk: its speakers, whoever is named before the talk itself
    begins, and those the talk names with their organization ('感谢星河科技郑伟'); one named bare
    inside the talk is cited by it ('an idea first put forward by Jane Doe'), not taking part."""
    speakers = {speaker.name for session in sessions for speaker in session.speakers}
    body = before_talk[-1].number if before_talk else 0
    return [person for person in found if person.name in speakers or person.span.first <= body or person.organization]


def published_page(source: Source) -> dict[str, str]:
    """Where the recap was published, as its front matter or a curator's header block says: the
    page's address (only a full one: a blog's 'url: /2024/05/x/' is no address), its publisher,
    date of publication and language."""
    matter = source.front_matter
    url = str(matter.get("url") or "").strip()
    if not re.match(r"https?://\S+$", url):
        return {}
    page = {"url": url}
    if str(matter.get("publisher") or "").strip():
        page["publisher"] = str(matter["publisher"]).strip()
    published = dates.normalize_date(matter["published"]) if matter.get("published") else None
    if published:
        page["published"] = published
    if re.fullmatch(r"[a-z]{2}(?:-[A-Za-z]{2,4})?", str(matter.get("language") or matter.get("lang") or "")):
        page["language"] = str(matter.get("language") or matter.get("lang"))
    return page


def not_found(result: Extraction) -> list[str]:
    """What was looked for and not found, so a curator knows what to add by hand."""
    missing = []
    if result.name is None:
        missing.append("No event name found (looked in the front matter, the title and the first lines).")
    if result.start_date is None:
        missing.append("No event date found (looked for date labels, front-matter event dates, 'held on' "
                       "sentences and a date in the file name).")
    if result.city is None and not result.virtual:
        missing.append("No city found (looked for place labels, front-matter places, 'X站' titles and 'in City').")
    if not result.sessions:
        missing.append("No talks found (looked for agenda tables, time-slot lines, titles followed by speaker "
                       "lines and one-line talks).")
    elif not any(session.speakers for session in result.sessions):
        missing.append("Talks were found but no speaker for any of them.")
    if not result.people:
        missing.append("No people found.")
    return missing


def page_language(source: Source) -> str:
    """The language of the page's prose: a table's rows (names, links, column heads, often English on a
    Chinese page) decide only when the page has nothing else."""
    prose = "\n".join(line.text for line in source.lines if line.markup != "row")
    if not source.text.strip():  # a page whose front matter is all it says: its title
        return language_of(str(source.front_matter.get("title", "")), by_words=True)
    if not CJK.search(prose) and not LATIN.search(prose):
        prose = source.text
    return language_of(prose)


LATIN_WORD = re.compile(r"[A-Za-z]+(?:['’.-][A-Za-z]+)*")


def language_of(text: str, by_words: bool = False) -> str:
    """The language most of the text is written in, by its script: Hangul is Korean, kana beside
    Chinese characters Japanese, Chinese characters alone Chinese, else English. A character of
    these scripts carries about as much as a short Latin word (two letters' worth of running text).
    `by_words`: a title, counted by its Latin words, each as much as a character: '星河云 Serverless
    Developer Meetup | 上海站' is a Chinese page's title that names a product in English."""
    cjk, hangul, kana = (len(script.findall(text)) for script in (CJK, HANGUL, KANA))
    latin = 2 * len(LATIN_WORD.findall(text)) if by_words else len(LATIN.findall(text))
    if hangul and hangul * 2 >= latin and hangul >= cjk:
        return "ko"
    if kana and kana * 4 >= cjk and (kana + cjk) * 2 >= latin:
        return "ja"
    return "zh" if cjk and cjk * 2 >= latin else "en"


def _context_year(source: Source) -> int | None:
    matter = source.front_matter
    for key in ("eventdates", "time", "date", "title", "path"):
        value = matter.get(key)
        if isinstance(value, dict):
            value = value.get("from")
        if value and dates.year_in(str(value)):
            return dates.year_in(str(value))
    return next((year for line in source.lines[:40] for year in [_year_of_now(line.text)] if year), None)


def _year_of_now(text: str) -> int | None:
    """The first year of a line that does not date a history ('since 2009', '从 2009 年至今'; data/since_words.txt)."""
    before, after = _since_words()
    return next((int(match.group(1)) for match in dates.YEAR_ALONE.finditer(text)
                 if not before.search(text[:match.start()]) and not after.match(text, match.end())), None)


@cache
def _since_words() -> tuple[re.Pattern, re.Pattern]:
    """A since word right before a year ('since ', '从') and one right after it ('年至今', ' 年以来')."""
    entries = words("since_words")
    before = alternation([entry.rstrip("…").strip() for entry in entries if entry.endswith("…")])
    after = alternation([entry.lstrip("…").strip() for entry in entries if entry.startswith("…")])
    return re.compile(rf"(?i)(?:{before})\s*$"), re.compile(rf"\s*年?\s*(?:{after})")


def _layout_talks(result: Extraction, source: Source, blocks: list[Block]) -> list[SessionMention]:
    """The page's talks: its front matter's program or one talk, or those its layouts give. On a Chinese page, a
    write-up of one talk or an episode of a talk series narrows them to that talk, and a page whose
    title names no event may be one talk under a speaker label. Returns the written-up talk, if any:
    the page's body is then that talk's, not the event's."""
    front_program = front_matter_program(source.front_matter, source.front_matter_lines)
    front_talk = None if front_program else front_matter_talk(source.front_matter, source.front_matter_lines)
    result.sessions = front_program or ([front_talk] if front_talk else talks(blocks))
    if not CJK.search(source.text or ""):
        return []
    title = result.title.value if result.title else None
    title_talk = _talk_of_title(title or "")
    written_up = transcript_talk(blocks, title_talk) \
        or ([] if result.sessions else reported_talk(blocks, title_talk) or greeted_talk(blocks, title_talk))
    for talk in written_up:  # a write-up of one talk: its other 'talks' are its sections
        talk.speakers = talk.speakers or next((s.speakers for s in result.sessions if s.title == talk.title), [])
    episode = None if written_up or front_talk or result.theme else \
        episode_talk(blocks, title, _front_matter_author(source.front_matter))
    result.sessions = written_up or (_with_episode(result.sessions, episode) if episode else result.sessions)
    if not result.sessions and title and not event_phrase(title):
        result.sessions = labelled_speaker_talk(blocks, title_talk)  # '分享嘉宾｜林澈 …' atop a write-up of one talk
    return written_up


def _talk_of_the_page(result: Extraction, source: Source, blocks: list[Block]) -> None:
    """A page in which no layout found a talk may itself be one, read by the first of these that
    finds it: a talk's own page (its title, abstract and speaker), an English page that introduces
    its talk ('In this talk, Jane Doe introduces …') or is titled as one ('Talk: Title (ContosoCon)'
    over 'I gave a talk …'), a Chinese online episode of a series whose theme is its one talk."""
    title = result.title.value if result.title else None
    front_title = source.front_matter.get("title") if isinstance(source.front_matter.get("title"), str) else None
    english = not CJK.search(source.text or "")
    readers = (
        lambda: talk_page(blocks, title, result.people),
        lambda: introduced_talk(blocks, front_title or title) if english else None,
        lambda: titled_one_talk(blocks, front_title, _front_matter_author(source.front_matter)) if english else None,
        lambda: next(iter(_live_stream_talk(result, blocks)), None),
    )
    talk = next((found for read in readers for found in [read()] if found), None)
    if talk:
        _one_talk_page(result, talk)


def _with_episode(sessions: list[SessionMention], episode: SessionMention) -> list[SessionMention]:
    """The talks of a page of one episode of a talk series (see `talk_pages.episode_talk`): the
    program it gives, when it has timed rows ('19:00 主持人开场') or the episode's talk by its very
    title, with the episode's speakers for that talk if it names none; else the episode's one talk,
    the page's other 'talks' being its sections ('【Contoso 夜读】#7 Title') and its speakers' lines."""
    timed = any(session.start for session in sessions)
    same = [session for session in sessions if (_same_title if timed else str.__eq__)(session.title, episode.title)]
    for session in same:
        session.speakers = session.speakers or episode.speakers
    return sessions if timed or same else [episode]


def _same_title(one: str, other: str) -> bool:
    """One title holds the other, whatever their spacing and punctuation."""
    one, other = (re.sub(r"\W+", "", text).casefold() for text in (one, other))
    return bool(one and other) and (one in other or other in one)


def _one_talk_page(result: Extraction, talk: SessionMention) -> None:
    """The page is this one talk: its only session, and its speakers among the people."""
    result.sessions = [talk]
    known = {person.name for person in result.people}
    result.people += [speaker for speaker in talk.speakers if speaker.name not in known]


def _front_matter_author(matter: dict) -> str | None:
    """The page's author as its front matter gives one name (`author: 林澈`), not a list or a mapping."""
    author = matter.get("author")
    return author.strip() if isinstance(author, str) and author.strip() else None


def _talk_of_title(title: str) -> str | None:
    """'Title | Meetup#3 回顾': the Chinese part of a write-up's title that names no event; of an
    episode's or a lesson's title ('第 7 讲 Title'), the part after its number."""
    episode = episode_of(title)
    title = episode.group("talk") if episode else title
    parts = [part.strip() for part in TITLE_SEPARATORS.split(title) if len(part.strip()) >= 4]
    if parts and not event_phrase(title):  # '日均同步千万行，X 的数据管道实践' names no event: all of it is the talk
        parts = [title.strip()]
    talk = next((part for part in parts if not event_phrase(part)), None)
    return talk if talk and CJK.search(talk) else None


GIVEN_NAME_BEFORE_VERB = 3  # characters between a given name and its verb of speaking ('杰霖将分享')


def _speaker_named_in_section(blocks: list[Block], sessions: list[SessionMention], found: list[PersonMention]) -> None:
    """A talk under its own heading, with no speaker given ('### 标题' then '在本次演讲中，杰霖将分享…'):
    the one person of the page that its section names, by the whole name or by the given name
    before a verb of speaking, is its speaker."""
    headings = {block.number: at for at, block in enumerate(blocks) if block.kind == "heading"}
    for session in sessions:
        at = headings.get(session.span.first)
        if session.speakers or at is None:
            continue
        section = " ".join(block.text for block in itertools.takewhile(
            lambda block: not (block.kind == "heading" and block.level <= blocks[at].level), blocks[at + 1:]))
        named = [person for person in found if CJK.fullmatch(person.name[:1]) and _names(section, person.name)]
        if len(named) == 1:
            session.speakers = [named[0]]


def _names(text: str, name: str) -> bool:
    """The text names the person: the whole name, or a three-character name's given name before a
    verb of speaking ('杰霖将分享')."""
    if name in text:
        return True
    given = name[1:] if len(name) == 3 else ""
    return bool(given) and any(text.startswith(zh_speech_verbs(), at + 2 + gap)
                               for at in _positions(text, given) for gap in range(GIVEN_NAME_BEFORE_VERB))


def _positions(text: str, word: str) -> list[int]:
    return [match.start() for match in re.finditer(re.escape(word), text)]


LIVE_STREAM_SPEAKERS = 3  # an online talk of a series has one speaker, or a few


def _live_stream_talk(result: Extraction, blocks: list[Block]) -> list[SessionMention]:
    """An online episode of a series ('活动主题：Contoso Live#7：Title', '活动形式：线上直播') with no
    program: its theme after the episode's name is its one talk, given by the people the page
    lists."""
    theme = result.theme.value if result.theme else ""
    series = SERIES_EDITION.match(theme.strip())
    if not series or not CJK.search(theme) or not online_only(blocks):
        return []
    talk = re.sub(r"^[\s:：|｜—-]+", "", theme.strip()[series.end():]).strip()
    quoted = re.search(r"《(?P<title>[^》]{4,})》", talk)  # '《Title》——Contoso 社区'
    talk = quoted.group("title") if quoted else talk
    speakers = result.people if 1 <= len(result.people) <= LIVE_STREAM_SPEAKERS else []
    return [SessionMention(talk, result.theme.span, speakers=list(speakers))] if len(talk) >= 4 else []


# --- organizers, attendance, figures --------------------------------------------------------------------


@cache
def _english_sentence_end() -> re.Pattern:
    """'Contoso and Fabrikam. We look forward…': a full stop before a word that opens a sentence; not
    the one of 'Contoso Inc. Fabrikam Ltd.'."""
    return re.compile(rf"(?<=[A-Za-z0-9])\.\s+(?=(?i:{alternation(words('sentence_openers'))})\s)")


def split_names(text: str) -> list[str]:
    return _of_a_name_length(_listed_pieces(text))


def _listed_pieces(text: str) -> list[str]:
    text = _english_sentence_end().split(re.split(r"[。；;]|\s{2,}", text)[0])[0]
    return [piece.strip(" .") for piece in _with_legal_forms(SPLIT_NAMES.split(text))]


def _of_a_name_length(pieces: list[str]) -> list[str]:
    return [piece for piece in pieces if 1 < len(piece) <= 60]


@cache
def _company_suffixes() -> frozenset[str]:
    return frozenset(suffix.rstrip(".") for suffix in words("company_suffixes"))


def _with_legal_forms(pieces: list[str]) -> list[str]:
    """'Northwind America', 'Inc.' -> 'Northwind America, Inc.': a company suffix (data/company_suffixes.txt)
    that a comma set apart ends the name before it, it names no organization of its own."""
    joined: list[str] = []
    for piece in pieces:
        if joined and piece.strip(" .").casefold() in _company_suffixes():
            joined[-1] = f"{joined[-1]}, {piece}"
        else:
            joined.append(piece)
    return joined


def _sponsors_labelled(value: str) -> list[str]:
    """A sponsor label's value: the names of a sentence (see `names_in_prose`), each offering's maker."""
    return _of_a_name_length([_maker(name) for piece in _listed_pieces(value) for name in names_in_prose(piece)])


MADE_BY = re.compile(r"\s+by\s+(?=[A-Z])")


def _maker(name: str) -> str:
    """'Contoso Subscription Network by Northwind America, Inc.' after a sponsor label: the offering
    sponsored, then its maker, who is the sponsor."""
    return MADE_BY.split(name)[-1].strip(" *")


NAME_LINKS = "of|the|for|de|&"  # the small words inside a name ('University of the Arts')
LOWERCASE_PAIR = re.compile(r"(?=\b([a-z]+)\s+([a-z]+)\b)")
CAPITALIZED_RUN = re.compile(rf"[A-Z0-9][\w&.'’-]*(?:\s+(?:(?:{NAME_LINKS})\s+)*[A-Z0-9][\w&.'’-]*)*")


def _prose(piece: str) -> bool:
    """Two lowercase words in a row that are not both a name's small words: 'for supporting',
    'sponsors are' (a sentence), not the 'of the' of 'Society of the Arts'."""
    links = NAME_LINKS.split("|")
    return any(not (pair.group(1) in links and pair.group(2) in links) for pair in LOWERCASE_PAIR.finditer(piece))


def names_in_prose(piece: str) -> list[str]:
    """A sponsor label's value that is a sentence ('Sponsors: We thank our sponsors Contoso and
    Fabrikam for supporting this event.'): its capitalized names, not the word that opens the
    sentence ('We', 'Our'); a piece of plain prose names none. A piece that reads as a name stays."""
    if CJK.search(piece) or not _prose(piece):
        return [piece]
    runs = [run for run in CAPITALIZED_RUN.finditer(piece)
            if not (run.start() == 0 and run.group(0).split()[0].casefold() in words("sentence_openers"))]
    return [run.group(0).rstrip(".") for run in runs]


@cache
def _zh_subject() -> re.Pattern:
    """'Contoso Day 是 ', '本次活动由', '上周参与了' (data/attending_verbs.txt): the clause before the names."""
    return re.compile(rf"^.*(?:\s是|是由|(?<![自理缘])由|(?:{alternation(words('attending_verbs'))})了?)\s*")


def _zh_names_start(text: str) -> str:
    """Chinese organizer names without the clause before them and the words that open it ('由', '联合')."""
    return ZH_NAME_START.sub("", _zh_subject().sub("", text))


def split_zh_names(text: str) -> list[str]:
    """'开放计算社区与星河科技', 'A、B及C', 'Contoso 社区和 Fabrikam' -> the names; a 和 or 与 inside a
    name ('云和数科') stays, as its sides would be single characters."""
    pieces = [piece.strip() for listed in re.split(r"[、,，;；/]|以及|及|与|與|和", text) for piece in _joined_with(listed)]
    names: list[str] = []
    for piece in pieces:
        if names and (len(piece) < 2 or len(names[-1]) < 2):
            joint = text[text.find(names[-1]) + len(names[-1]):text.find(piece, text.find(names[-1]) + len(names[-1]))]
            names[-1] = f"{names[-1]}{joint}{piece}"
        elif piece:
            names.append(piece)
    return [name.strip(" .") for name in names if 1 < len(name.strip(" .")) <= 60]


ZH_JOINING = re.compile(zh_words("联合"))


def _joined_with(text: str) -> list[str]:
    """'Contoso 基金会亚太区联合星河社区' -> both: 联合 after an organization's name joins it with the next;
    inside a name ('中国联合网络通信') it stays."""
    joint = ZH_JOINING.search(text)
    if not joint or not is_org(text[:joint.start()].strip()) or len(text) - joint.end() < 2:
        return [text]
    return [text[:joint.start()], *_joined_with(text[joint.end():])]


# 发起, 组织 and 召开 only when they qualify what follows ('由 A 和 B 联合发起的线上活动', '由 A 组织的社区会议') or
# the sentence goes on to when the event is held ('由 A、B 联合发起，将于 5 月 27 日在上海举行'); '由 A 发起，' starts a project
HOSTED_BY = re.compile(rf"(?<![自理缘])由(?!于)\s*([^，。,]+?)\s*{ZH_TOGETHER}?(?:{ZH_STARTED}?{zh_words('主办', '举办')}"
                       rf"(?!{zh_words('方', '单位')})|{zh_words('发起', '组织', '召开')}(?=的\s?[^，。,；\s]"
                       rf"|[，,]\s*(?:并\s*)?将于[^。；]*?{zh_words('举行', '举办', '召开')}))")  # traditional text too: '由 A 共同發起的


LINK = re.compile(r"<?\[?(?:https?://|www\.)\S+")
MODIFIER_TAGS = ("a", "ad", "d", "vn")  # jieba's tags of '连续', '定期', '也': how or how often, not who
CLAUSE_END = re.compile(r"[，。,；;！!？?]")


def organizer_zh(name: str) -> str:
    """A Chinese organizer's name as a clause gives it before its verb, without the words after its
    last noun that say how or how often ('由俱乐部定期举办' -> '俱乐部'), and none when what is left
    is no name: a modifier alone ('连续承办了两届') or a head word alone ('俱乐部', see `head_alone`)."""
    if not CJK.search(name):
        return name
    described = _described_latin_name().search(name)
    if described:
        return described.group("name")  # '全球最大的中文 IT 社区 Contoso': the name after the kind it is
    pieces = dictionary_words(name)
    while len(pieces) > 1 and CJK.match(pieces[-1]) and jieba_tags().get(pieces[-1], "x") in MODIFIER_TAGS:
        pieces.pop()
    trimmed = "".join(pieces).strip()
    return "" if head_alone(trimmed) or len(pieces) == 1 and jieba_tags().get(trimmed, "x") in MODIFIER_TAGS else trimmed


def _without_relation(bracket: re.Match) -> str:
    """'开源中国（星河基金会金牌捐赠人）': a bracket after an organizer that names another organization and
    goes on to say what the organizer is to it is an aside, no part of the name; a short form or a former
    name stays ('（GTOC）', '（原名 Contoso 社区）')."""
    inside = bracket.group(0)[1:-1]
    head = re.search(_zh_heads(), inside)
    return "" if head and inside[head.end():].strip() else bracket.group(0)


@cache
def _described_latin_name() -> re.Pattern:
    """'…最大的中文 IT 社区 Contoso': a description that ends in an organization's head word (data/org_heads.txt),
    then the Latin name of the organization it describes."""
    return re.compile(rf"的[^的]*?(?:{_zh_heads()})\s*(?P<name>[A-Za-z][\w.&-]*(?:\s+[A-Za-z][\w.&-]*)*)$")


@cache
def _group_head() -> re.Pattern:
    """'社区', '联盟', '基金会' ending a phrase."""
    return re.compile(rf"(?:{_zh_heads()})$")


@cache
def _zh_heads() -> str:
    """'社区', '联盟', '基金会': the Chinese head words of an organization (data/org_heads.txt)."""
    return alternation(h for h in words('org_heads') if CJK.search(h))


def _founded_group(text: str, end: int) -> bool:
    """'星绽社区是由 A、B 联合发起的国产操作系统开发社区': what A and B started, named after 的, is an
    organization (its phrase ends in an organization's head word), not the event."""
    after = text[end:]
    return after.startswith("的") and bool(_group_head().search(CLAUSE_END.split(after[1:])[0].strip()))

def organizers(blocks: list[Block]) -> list[Found]:
    found: list[Found] = []
    for line in blocks:
        labelled_text = label_row_text(line, *ORGANIZER_ROLES)
        for role in ORGANIZER_ROLES if ":" in labelled_text or "：" in labelled_text else ():  # a label needs its colon
            match = label_pattern(role).match(labelled_text) or label_anywhere(role).search(labelled_text)
            value = LINK.sub("", match.group("value") or "") if match else ""  # 'Host: https://…' names no one
            if value.strip():
                names = _sponsors_labelled(value) if role in ("supporter", "media-partner") else split_names(value)
                found += [Found((name, role), line.span) for name in names
                          if CJK.search(name) or not person_name(re.sub(r"\s*[(\[]?@[\w-]+[)\]]?", "", name))]
                # an organizer with a person's Latin name is a person ('星河科技' is not)
        for clause in re.split(r"[，。；,;]", line.text) if ZH_ORGANIZING_VERB.search(line.text) else []:
            for match in ZH_ORGANIZING.finditer(clause):
                named = _zh_names_start(ASIDE_END.sub("", match.group("names").strip()))
                names = [n.strip() for n in re.split(r"和|与|及|、|/|联合", named) if n.strip()]  # 'A、B联合C共同主办': all host
                if names and all(2 <= len(n) <= 20 for n in names):
                    found += [Found((name, ZH_ORGANIZING_ROLES[match.group("verb")]), line.span)
                              for name in map(organizer_zh, names) if name]
        found += _hand_in_hand(line)
        found += [Found((name, "organizer"), line.span) for name in own_meetings(line)]
        jointly = re.search(r"(?:^|[，。,;；:：\s]|期|次|将|并)联合\s*([^，。,]+?)\s*(?:共同)?(?:举办|主办|发起)", line.text)
        if jointly:  # '联合 Fabrikam、星河科技及云帆数据共同举办'
            found += [Found((name, "co-organizer"), line.span) for name in split_names(jointly.group(1))]
        else:
            found += _joined_by(line) or _held_together(line) or _held_by_subject(line) or _launched_by(line)
        for match in _host_subjects(line.text) if HELD.search(line.text) or HOSTING.search(line.text) else ():
            name = re.sub(r"^The\s+", "", match.group("org").strip())  # 'the Contoso team held two workshops',
            verb = match.group("verb").casefold().split()[-1]  # 'The Contoso Team is hosting a conference'
            singular = re.sub(r"(?<=[a-z])s\b", "", match.group("object"))  # 'two workshops'
            if (_announced_event(match.group("object")) if verb == "announce" else _hosted_object(singular)) \
                    and (OWN_GROUP.search(name) or not person_name(name)) and _named_group(name) \
                    and name.split()[0].casefold() not in words("sentence_openers") and not _a_place(name):
                found.append(Found((name, EN_HOST_ROLES.get(verb[:4], "host")), line.span))
        hosted = HOSTED_BY.search(line.text) if "由" in line.text else None
        if hosted and not ASIDE_END.match(hosted.group(1)) and not _founded_group(line.text, hosted.end()):
            # '（本次活动由 A 赞助）在深圳举办': 由 is inside an aside
            hosts = split_zh_names(BRACKETED.sub(_without_relation, hosted.group(1)))
            found += [Found((name, "host"), line.span) for name in map(organizer_zh, hosts) if name]
            co = CO_ORGANIZERS_AFTER_HOSTS.search(line.text)
            if co:
                found += [Found((name, "co-organizer"), line.span) for name in split_names(co.group(1))]
        by_phrases = "by" in line.text.casefold()  # 'hosted by', 'organized by'
        listed = [match for match in EN_BY_ORGANIZERS.finditer(line.text)
                  if _about_the_event(line.text[:match.start()], line.text[match.end():])] if by_phrases else []
        for match in listed:
            verb = match.group("verb").casefold()
            role = "co-organizer" if verb.startswith("co") else "organizer" if "organi" in verb else "host"
            found += [Found((name, role), line.span) for name in listed_organizers(line.text[match.end():])]
        found += [Found((name, "organizer"), line.span) for name in joint_organizers(line.text)]
        found += [Found((name, role), line.span) for name, role in listed_hosts(line.text)]
        found += [Found((name, "host"), line.span) for name in hosted_at_their_place(line.text) + friends_who_hosted(line.text)]
        found += [Found((name, "co-organizer"), line.span) for name in partners_of_the_event(line.text)]
        found += [Found((name, "supporter"), line.span) for name in supporters_in_prose(line.text, line.links)]
        thanks = THANKS.search(line.text)
        for match in THANKED_HOST.finditer(line.text, thanks.start()) if thanks else ():  # 'thanks to Contoso for hosting the event'
            name = match.group("name")
            if _names_an_event(match.group("object")) and not _a_person(name):
                found.append(Found((name, "host" if "host" in match.group("verb") else "organizer"), line.span))
        found += [Found((name, "organizer"), line.span) for name in thanked_with_the_organizers(line.text)] if thanks else []
        found += [Found((name, "organizer"), line.span) for name in announced_on_behalf(line.text)]
        for phrase, role in ORGANIZER_PHRASES if by_phrases else ():
            for match in phrase.finditer(line.text):
                name = re.split(r",|\.\s|\band\b|\bwith\b", match.group(1))[0].strip(" .")
                if name and match.start(1) not in {by.end() for by in listed} and not _a_person(name):
                    found.append(Found((name, role), line.span))
    unique: dict[str, Found] = {}
    for item in found:
        unique.setdefault(item.value[0].casefold(), item)
    return list(unique.values())


def _host_subjects(text: str):
    """Each subject that holds, hosts or announces what follows (EN_HOST_SUBJECT), also one inside the object of
    the one before: 'We are happy to announce that Contoso is hosting a meetup' (the first subject is 'We')."""
    match = EN_HOST_SUBJECT.search(text)
    while match:
        yield match
        match = EN_HOST_SUBJECT.search(text, match.start("object"))


ANNOUNCED_ON_BEHALF = re.compile(r"\b[Oo]n behalf of (?P<names>[^,;:.!?]{2,80}?),\s+(?:I|we)(?:'m|’m|'re|’re|\s+am|\s+are)?\s+"
                                 r"(?:(?:very|so)\s+)?(?:pleased|excited|happy|proud|thrilled|delighted|glad)\s+to\s+"
                                 r"(?:announce|invite you)\b(?P<rest>[^.!?;]*)")
ANNOUNCER_SEPARATOR = re.compile(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*")


def announced_on_behalf(text: str) -> list[str]:
    """'On behalf of the Contoso community, I'm pleased to announce that the first Contoso Meetup will be held …':
    those the writer speaks for announce the event they run (the rest of the sentence names an event); each a
    capitalized name, with its group noun ('Contoso community'), never a person nor 'everyone at …'."""
    match = ANNOUNCED_ON_BEHALF.search(text) if "behalf" in text else None
    if not match or not _names_an_event(match.group("rest")):
        return []
    names = [DEFINITE.sub("", name.strip()) for name in ANNOUNCER_SEPARATOR.split(match.group("names"))]
    if not all(re.match(NAME_WORD, name) and not _a_person(name) for name in names):
        return []
    return names


ANNOUNCED_DETERMINER = re.compile(r"^(?:that\s+)?(?:the|our|its|their|this year['’]s|a|an)\s")
BEFORE_THE_EVENT = re.compile(r"\b(?:of|for|at|in|during|from|with|to|on|by)\b")  # 'the winners of the Contoso Challenge'


def _announced_event(text: str) -> bool:
    """What a subject is pleased to announce is the event it runs: an event ('the 28th Contoso Summit', 'that our
    first Contoso Meetup will be held …'), with no preposition before its event word ('the winners of the
    Contoso Challenge', 'the dates for our next conference' announce something about it)."""
    determiner = ANNOUNCED_DETERMINER.match(text)
    event = pattern("event_words").search(text) if determiner else None
    return bool(event and not BEFORE_THE_EVENT.search(text, determiner.end(), event.start()))


def _with_front_matter_organizers(found: list[Found], source: Source) -> list[Found]:
    """The organizers the text names, and those a front-matter key named by an organizer label states ('host:
    Contoso', 'organizer: {name: Contoso Lyon}', 'hosts: [Contoso, Fabrikam]'; see `front_matter_organizers`)."""
    named = {item.value[0].casefold() for item in found}
    return found + [item for item in front_matter_organizers(source) if item.value[0].casefold() not in named]


def front_matter_organizers(source: Source) -> list[Found]:
    """A front-matter key that is a running organizer's label (data/labels.txt: host, organizer, co-organizer,
    主办方; 'hosted_by' as 'hosted by') names the event's organizers: a name, a list of names, or a mapping's
    'name', as written; not a link, nor a person ('host: Dana Whitfield', see `_a_person`)."""
    found = []
    for key, value in source.front_matter.items():
        role = label_class().get(str(key).replace("_", " ").casefold())
        if role not in RUNNING_ROLES:
            continue
        line = source.front_matter_lines.get(key, 1)
        found += [Found((name, role), Span(line, line)) for name in _front_matter_names(value)
                  if not LINK.match(name) and (CJK.search(name) or not _a_person(name))]
    return found


def _front_matter_names(value) -> list[str]:
    """'Contoso, Fabrikam', ['Contoso', {name: Fabrikam}], {name: Contoso}: the names a front-matter value gives."""
    if isinstance(value, dict):
        name = value.get("name")
        return [name.strip()] if isinstance(name, str) and 1 < len(name.strip()) <= 60 else []
    if isinstance(value, list):
        return [name for item in value for name in _front_matter_names(item)]
    return split_names(value) if isinstance(value, str) else []


THANKED_WITH_ORGANIZERS = re.compile(r"(?i:\b(?:thanks?|thank\s+you)(?:\s+to)?\s+)(?P<names>[^.;!?]{2,120}?)"
                                     r"\s+and\s+(?:the\s+|our\s+)?(?:[\w-]+\s+)?(?i:organi[sz](?:er|ers|ing)\s+(?:team|committee))\b")


def thanked_with_the_organizers(text: str) -> list[str]:
    """'We would like to thank Contoso Foundation and the conference organizer team': an organization
    thanked beside the event's organizing team organized it with them (see `listed_organizers`)."""
    match = THANKED_WITH_ORGANIZERS.search(text) if "organi" in text else None
    return listed_organizers(match.group("names")) if match else []


JOINT_WORK = re.compile(r"(?i)\b(?:(?:was|is|were|are)\s+(?:a\s+)?|(?P<announced>announc(?:e|es|ed|ing)\s+(?:the|a|our)\s+"
                        r"(?:first(?:-ever)?\s+)?))(?:(?:joint\s+)?(?:collaboration|partnership)\s+between"
                        r"|joint\s+(?:event|effort|initiative|venture)\s+(?:of|by|between))\s+")  # 'a joint event of A and B'
TEAMED_UP = re.compile(r"\s(?:teamed up|joined forces|partnered up)(?:\s+with\s+(?P<partners>[^.;!?]{2,120}?))?\s+to\s+")


def joint_organizers(text: str) -> list[str]:
    """'The workshop was a collaboration between Contoso Labs and the Fabrikam Institute', 'Contoso
    University and Fabrikam Labs teamed up to run the first Tailspin workshop': those who made
    the event together (see `listed_organizers`); the sentence must speak of an event, or announce
    a collaboration that comes on a date ('we announce the first-ever collaboration between Contoso
    and Fabrikam, coming May 4-6, 2031')."""
    found = []
    for match in JOINT_WORK.finditer(text) if "between" in text or "joint" in text else ():
        if _about_the_event(text[:match.start()]) \
                or match.group("announced") and dates.find_dates(SENTENCE_END.split(text[match.end():])[0]):
            found += listed_organizers(text[match.end():])
    for match in TEAMED_UP.finditer(text) if " up " in text or "forces" in text else ():
        subject = re.split(r",\s*", SENTENCE_END.split(text[:match.start()])[-1])[-1]
        if _names_an_event(re.sub(r"(?<=[a-z])s\b", "", SENTENCE_END.split(text[match.end():])[0])):  # 'two workshops'
            found += listed_organizers(subject) + listed_organizers(match.group("partners") or "")  # '… with B to run …'
    return found


IN_PARTNERSHIP = re.compile(r"(?i)\b(?:held|hosted|organi[sz]ed|run|presented|put on|brought to you)\s+"
                            r"(?:[^.;!?]{0,40}?\s)?(?:in\s+(?:partnership|collaboration|cooperation)|together)\s+with\s+"
                            r"|\bco-?(?:hosted|organi[sz]ed)\s+with\s+")  # 'co-organized with B', 'organised … together with B'


HOST_VERB = r"(?:co-hosted|co-organi[sz]ed|hosted|organi[sz]ed|held|ran)"
LISTED_HOSTS = re.compile(r"(?:^|[.;:!?]\s+)(?P<list>[A-Z][^.;:!?]{2,120}?(?:,|\sand)\s[^.;:!?]{2,60}?)\s+(?:also\s+)?"
                          rf"(?P<verb>{HOST_VERB})\s+(?P<object>(?:the|this|a|an|our|their|its)\s[^.;!?]{{0,80}})")
HOST_VERB_CUE = re.compile(rf"\b{HOST_VERB}\s")  # a cheap first look before the list pattern runs


def listed_hosts(text: str) -> list[tuple[str, str]]:
    """'Contoso Labs and the Fabrikam Foundation hosted the summit in Lyon': every organization of
    the list a sentence opens with, when the list held, hosted or organized an event (see
    `listed_organizers`: a list that names people names no organizer)."""
    found = []
    for match in LISTED_HOSTS.finditer(text) if (" and " in text or ", " in text) and HOST_VERB_CUE.search(text) else ():
        if _names_an_event(re.sub(r"(?<=[a-z])s\b", "", match.group("object"))):  # 'two workshops'
            verb = match.group("verb")
            role = "co-organizer" if verb.startswith("co") else "organizer" if "organi" in verb else "host"
            found += [(name, role) for name in listed_organizers(re.sub(r"^The\s+", "", _without_opening_phrase(match.group("list"))))]
    return found


OPENING_PHRASE = re.compile(r"^(?P<phrase>(?P<first>[A-Z][a-z]+)\b[^,]*),\s+(?=[a-z])")


def _without_opening_phrase(subject: str) -> str:
    """'On October 20th, we held …', 'With Contoso 2031, the Contoso community organized …', 'As in previous years,
    the X project held …': a phrase that opens the sentence with a common word and ends at a comma before a lowercase
    word ('we', 'the …') sets the scene; the subject comes after it (not a list 'Contoso, Fabrikam and …')."""
    dated = OPENING_DATE.match(subject)
    if dated:  # 'On March 3rd, Contoso and Fabrikam hosted …', 'On Sunday, …': when, then the subject
        return subject[dated.end():]
    opening = OPENING_PHRASE.match(subject)
    if opening and dictionary_word(opening.group("first").casefold()) and not is_org(opening.group("phrase")) \
            and opening.group("phrase") not in well_known():
        return subject[opening.end():]
    return OPENING_TIME.sub("", subject)  # 'Last month Contoso and Fabrikam hosted …': when, without a comma


OPENING_MONTH = rf"(?i:{dates.MONTH_NAMES})"
OPENING_DATE = re.compile(rf"^(?:On|In|By|Since)\s+(?:{dates.WEEKDAY}(?:{OPENING_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?"
                          rf"|(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{OPENING_MONTH})(?:,?\s+\d{{4}})?"
                          rf"|{dates.WEEKDAY_NAME}),\s+")
# 'On March 3rd, ', 'On Sunday, May 15, 2031, ', 'On the 4th of May 2031, ', 'On Saturday, ': when, before the subject
OPENING_TIME = re.compile(rf"^(?:(?:Last|This|Earlier\s+this|Late\s+last)\s+(?:week|weekend|month|year|{dates.WEEKDAY_NAME}|"
                          rf"(?i:{'|'.join(name for name in dates.MONTHS if len(name) > 4)}))|Yesterday|Today|Recently)\s+(?=[A-Z])")


HOSTED_AT_THEIR_PLACE = re.compile(r"\b(?:hosted|held)\s+(?:at|in)\s+(?:the\s+)?(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['’]s?"
                                   r"\s+(?:(?:new|own|main|[A-Z][a-z]+)\s+)?(?:office|offices|HQ|headquarters|campus|premises)\b")


def hosted_at_their_place(text: str) -> list[str]:
    """'The pilot episode was hosted at Contoso's office': whose office, campus or headquarters the
    event was hosted at hosted it (a person's home hosts no organizer)."""
    if "hosted" not in text and "held" not in text:
        return []
    return [match.group("name") for match in HOSTED_AT_THEIR_PLACE.finditer(text)
            if not _a_person(match.group("name")) and not _a_place(match.group("name"))]


FRIENDS_WHO_HOSTED = re.compile(r"\bfriends\s+(?:at|from)\s+(?:the\s+)?(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,4})\s+"
                                r"(?:(?:kindly|generously|graciously)\s+)?(?:hosted|organi[sz]ed|put on|ran|held)\s+(?:us|the|this|our|a|an)\b")


def friends_who_hosted(text: str) -> list[str]:
    """'Our friends at Contoso hosted the meetup': the organization whose people hosted, as a thank-you
    names it, hosted it (a person's name is none)."""
    if "friends" not in text:
        return []
    return [match.group("name") for match in FRIENDS_WHO_HOSTED.finditer(text) if not _a_person(match.group("name"))]


def partners_of_the_event(text: str) -> list[str]:
    """'The summit was held in partnership with the Contoso Foundation and Fabrikam': those the event
    was held, hosted or organized with run it too (see `listed_organizers`); the sentence must speak
    of an event."""
    found = []
    for match in IN_PARTNERSHIP.finditer(text) if " with " in text else ():
        if _about_the_event(text[:match.end()]):  # 'Contoso organised the summit together with …': the event before 'with'
            found += listed_organizers(text[match.end():])
    return found


@cache
def _supporters_named() -> re.Pattern:
    """'Thanks to our media sponsor Contoso', 'only possible with the support of our top sponsors Contoso,
    Fabrikam and …', 'and other sponsors, Contoso, …', 'our gold sponsors—Contoso, …', 'we were ably
    supported by Contoso', 'This event, sponsored by Contoso, Fabrikam and …': the names listed after
    the event's own sponsors (a sponsor word, data/sponsor_words.txt, after 'our' or 'other' and up to two
    words of tier) or after 'supported by' or 'sponsored by' whose subject is 'we' or the event."""
    sponsor = alternation(words("sponsor_words"))
    return re.compile(rf"(?i:\b(?:thanks?(?:\s+you)?\s+to|thank)\s+our\s+(?:[\w-]+\s+){{0,2}}?(?:{sponsor}),?\s+)"
                      rf"|(?i:\b(?:our|other)\s+(?:[\w-]+\s+){{0,2}}?(?:{sponsor}))(?:,?\s+|\s*[—–:]\s*)(?=[A-Z0-9]|[a-z]{{1,4}}[A-Z])"
                      r"|(?P<subject>[^.;!?]{0,80}?)\b(?i:supported|sponsored)\s+by\s+")


FIRST_PERSON = re.compile(r"(?i)\b(?:we|us)\b")  # 'we were supported by …': the organizers speak of their event


def supporters_in_prose(text: str, links: tuple[str, ...] = ()) -> list[str]:
    """Sponsors and supporters a sentence names (see `_supporters_named`): organizations only, no people;
    a name that opens a link's text runs to the link's end (`listed_organizers`)."""
    found = []
    for match in _supporters_named().finditer(text) if re.search(r"(?i)sponsor|support", text) else ():
        subject = match.group("subject")
        if subject is None or FIRST_PERSON.search(subject) or _about_the_event(subject):
            found += map(without_sponsor_label, listed_organizers(text[match.end():], a_person=sponsoring_person, links=links))
    return found  # '… Diamond Sponsor Contoso, Platinum Sponsor Fabrikam as well as …': each name without its tier


def _joined_by(line: Block) -> list[Found]:
    """'我们星河俱乐部联合蓝海大学共同发起了…训练营活动': the organization that joins others hosts,
    those it joins organize with it; what they start together must be an event (data/event_words.txt),
    and the one who joins an organization by its name's shape (a pronoun before it left out)."""
    match = JOINED_BY.search(line.text) if "联合" in line.text and "共同" in line.text else None
    if not match or not pattern("event_words").search(match.group("object")):
        return []
    first = after_prepositions(_zh_names_start(match.group("first").strip()))
    others = split_zh_names(BRACKETED.sub("", match.group("others")))
    if not others or not is_org(first) or not all(2 <= len(name) <= 20 for name in [first, *others]):
        return []
    return [Found((first, "host"), line.span)] + [Found((name, "co-organizer"), line.span) for name in others]


HELD_TOGETHER = re.compile(r"(?:^|[，。；,;：:！!]\s*)(?P<names>[^，。；,;：:！!]{2,60}?)\s*(?:共同|联合)(?:举办|主办|發起|发起)了?"
                           r"\s*(?P<object>[^。；;！!]*)")
EVENT_COUNT = re.compile(r"^(?:一场|一次|首场|首次|首届|第[\d一二三四五六七八九十]+[届期场次])")  # '一场直播': 场 counts events


def _held_together(line: Block) -> list[Found]:
    """'Contoso 和星河科技共同举办了一场直播': the organizations a clause opens with, two or more, that
    hold an event together (what they hold is counted as an event, '一场', '第三期', or is an event word of
    data/event_words.txt) all host it."""
    match = HELD_TOGETHER.search(line.text) if re.search("共同|联合", line.text) else None
    if not match or not (EVENT_COUNT.match(match.group("object")) or pattern("event_words").search(match.group("object"))):
        return []
    names = [organizer_zh(name) for name in split_zh_names(BRACKETED.sub("", _zh_names_start(match.group("names").strip())))]
    if len(names) < 2 or not all(2 <= len(name) <= 20 and _named_organization(name) for name in names):
        return []
    return [Found((name, "host"), line.span) for name in names]


ZH_HOLDING_VERBS = rf"(?:{zh_words('举办', '举行', '召开')}|{zh_words('组织')}(?=了))"  # '组织了…活动'; not the noun 组织
ZH_HOLDING = re.compile(ZH_HOLDING_VERBS)
QUOTED_ZH = re.compile(r"“[^”]*”|「[^」]*」")  # a quoted title, whose marks end no clause
SUBJECT_HOLDS = re.compile(rf"(?:^|[，。；,;！!]\s*)(?P<clause>[^，。；,;：:！!]{{2,60}}?){ZH_HOLDING_VERBS}了?(?P<object>[^。；;！!，,]*)")
SUBJECT_END = re.compile(r"将|已经?|即将|计划(?=联合|共同|于|在|将|举)|正式|成功|再次|于|在|共同|联合|携手|首[次届场]|一[场次]"
                         r"|第[\d一二三四五六七八九十]+[届期场次]|[本上下]周|[今明昨][天日晚]|近日|日前|[上下]午|晚上|\d+\s*[年月日号点]")
# where the subject's names end: what follows says when, where or how the event is held ('星河社区本周日上午在…')
PREPOSITION_FIRST = re.compile(r"^(?:并|而且?|也|还|又)?\s*(?:对|向|为|給|给|替|跟|从|自)")  # '对 A 第一次举办 X 表示祝贺': A is no subject
NOT_THIS_EVENT = re.compile(r"无法|不再|不能|未能|没有|继续|曾|的$")  # '暂时无法举办', '还将继续举办': not the event reported


def _held_by_subject(line: Block) -> list[Found]:
    """'星河社区在深圳举办了首次线下 Meetup', 'Contoso 用户组将在周六举行线下活动', 'A 和 B 计划联合举办 X 沙龙':
    the organizations a clause opens with, before where and when, that hold, in its main verb, what is counted as
    an event or named by an event word (see `_held_together`), all host it; a group named by a group head
    (data/group_heads_zh.txt) too. A Latin name without one counts only beside a named organization; a clause
    that says the event is not held or is held again later ('无法', '继续') names none."""
    text = QUOTED_ZH.sub(lambda quoted: CLAUSE_END.sub("、", quoted.group(0)), line.text)  # '以“A，B”为主题的…活动': one object
    for match in SUBJECT_HOLDS.finditer(text) if ZH_HOLDING.search(text) else ():
        if not match.group("object").startswith("的") and _an_event_held(match.group("object").strip()):
            return _subject_hosts(match.group("clause"), line)
    return []


THEMED = re.compile(r"^以\s*\S[^。；;！!]{0,40}?为(?:主题|题)的\s*")  # '以“开源”为主题的沙龙': the theme, then what is held


def _an_event_held(held: str) -> bool:
    """What a clause holds is an event: counted as one ('首次', '第三期'), named by an event word, or
    a kind of event (data/event_kinds_zh.txt) within its first words ('线下活动'), after the theme it has."""
    held = THEMED.sub("", held)
    return bool(EVENT_COUNT.match(held) or pattern("event_words").search(held) or pattern("event_kinds_zh").search(held[:8]))


def _subject_hosts(clause: str, line: Block) -> list[Found]:
    """The organizations that open a clause holding an event (see `_held_by_subject`)."""
    end = SUBJECT_END.search(clause)
    subject, between = (clause[:end.start()], clause[end.start():]) if end else (clause, "")
    if NOT_THIS_EVENT.search(between) or NOT_THIS_EVENT.search(subject) or PREPOSITION_FIRST.match(subject.strip()) \
            or _relative_suo(subject.strip()) \
            or re.search(r"[“”\"「」《》]", subject):  # a quoted title opens no organizer's name
        return []
    names = [name for name in map(organizer_zh, split_zh_names(BRACKETED.sub("", _zh_names_start(subject.strip())))) if name]
    named = [name for name in names if is_org(name) or _zh_group().search(name)]
    if not named or not all(2 <= len(name) <= 20 and (name in named or LATIN.match(name)) for name in names) \
            or any(pattern("event_words").search(name) for name in names):
        return []
    return [Found((name, "host"), line.span) for name in names]


def _relative_suo(subject: str) -> bool:
    """'星河社团所举办的工坊': 所 after a whole name makes a relative clause (not the 所 of '…研究所')."""
    return subject.endswith("所") and bool(_group_head().search(subject[:-1]) or _zh_group().search(subject[:-1]))


LAUNCHED_BY = re.compile(r"(?:是|由)\s*(?P<names>[^，。；！!是由]{2,60}?)\s*(?:面向[^，。；！!]{1,20}?)?(?:(?:一年一度|每年|每月|每周|定期)?"
                         r"(?:推出|发起)|(?:一年一度|每年|每月|每周|定期)举办)(?:并[^，。；！!的]{1,8})?的"
                         r"(?P<object>[^，。；！!]{1,40})")
QUOTED_ASIDE = re.compile(r"“[^”]*”|`[^`]*`|【[^】]*】|「[^」]*」")  # '中国科学院软件研究所“…计划”发起': the institute's program


def _launched_by(line: Block) -> list[Found]:
    """'Contoso DevCon 是星河团队面向社区推出的技术会议', '作为由 Contoso 基金会推出的首届…盛典', '…是由星河研究所“…计划”发起并长期
    支持的一项暑期活动', '开源装机节是青禾大学开源软件协会一年一度举办的活动': the organizations said, after 是 or 由,
    to have launched an event (an event word or kind), or to hold it every year, month or week (a bare '是 A 举办的'
    may name another's event: it lowered a held-out check), run it (the names as `_subject_hosts` reads them: after
    the description before them, without a quoted program)."""
    match = LAUNCHED_BY.search(line.text) if "推出" in line.text or "发起" in line.text or "举办的" in line.text else None
    if not match or not (pattern("event_words").search(match.group("object")) or pattern("event_kinds_zh").search(match.group("object"))):
        return []
    names = QUOTED_ASIDE.sub("", match.group("names")).split("的")[-1]
    return _subject_hosts(names, line)


@cache
def _zh_group() -> re.Pattern:
    """'团队', '用户组' ending a name (data/group_heads_zh.txt)."""
    return re.compile(rf"(?:{alternation(words('group_heads_zh'))})$")


@cache
def _group_meetings() -> re.Pattern:
    """'Upcoming Contoso Lyon Chapter Meetings', 'The Fabrikam User Group Meetup': a local group's name
    (data/local_group_heads.txt) before 'Meeting(s)' or 'Meetup(s)'."""
    return re.compile(rf"(?P<org>(?:{NAME_WORD}\s+){{1,5}}(?:{alternation(words('local_group_heads'))}))(?:'s|’s)?"
                      r"\s+(?:Meetings?|Meetups?)\b")


def own_meetings(line: Block) -> list[str]:
    """A heading or title that names a local group's own meetings names their organizer: the group
    ('Contoso Lyon Chapter Meetings' -> 'Contoso Lyon Chapter'), without the words that open the heading."""
    match = _group_meetings().search(line.text) if line.kind in ("heading", "title") else None
    if not match:
        return []
    name = match.group("org").split()
    while len(name) > 2 and name[0].casefold() in OPENING_WORDS:
        name = name[1:]
    return [" ".join(name)]


OPENING_WORDS = {"the", "upcoming", "next", "past", "our", "all", "previous", "recent", "latest"}  # 'Upcoming … Meetings'


def _named_group(name: str) -> bool:
    """'Contoso team', 'contoso-cli maintainers': a group's name has a capitalized word or a hyphenated word
    that is no English compound; 'non-profit organisation' or 'maintainers' alone name no one ('team' and
    'community' alone stay as before: the event's own group)."""
    return bool(re.search(r"[A-Z]", name)) or name.casefold() in ("team", "community") \
        or any("-" in word and not dictionary_word(word) for word in name.split())


def _named_organization(name: str) -> bool:
    """'Contoso', '星河科技' name an organization: a capitalized Latin name, or Chinese words with an
    organization word (see `classify.is_org`)."""
    return is_org(name) if CJK.search(name) else bool(re.fullmatch(r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*", name))


def _hand_in_hand(line: Block) -> list[Found]:
    """'星河社区携手云帆数据、蓝海大学在深圳举办 Meetup', '…携手 A、B 等共建单位的专家们，共同召开…': the one who joins
    hands hosts, those it joins hands with organize with it (an aside in brackets left out, the list ending at 等)."""
    match = HAND_IN_HAND.search(line.text) if "携手" in line.text else None
    if not match:
        return []
    first = _zh_names_start(match.group("first").strip())
    others = split_zh_names(CLOSED_BY_KIND.sub("", BRACKETED.sub("", match.group("others"))))
    if not others or not all(2 <= len(name) <= 20 for name in [first, *others]):
        return []
    return [Found((first, "host"), line.span)] + [Found((name, "co-organizer"), line.span) for name in others]


CLOSED_BY_KIND = re.compile(r"(?<=\S{2})等[^、，,]*$")  # 'A、B 等共建单位的技术专家们': the list ends at 等


EN_BY_ORGANIZERS = re.compile(r"(?i)\b(?P<verb>co-?hosted|co-?organi[sz]ed|(?<!co-)hosted|(?<!co-)organi[sz]ed|run|put on|"
                              r"brought to you)\s+by\s+")
THIS_EVENT = re.compile(r"(?i)\b(?:event|edition)\b")
DESCRIBED_EVENT = re.compile(r"(?:[a-z][\w-]*\s+){1,3}[Ee]vent\b")  # 'the annual open-source event': described, still the event
THANKS = re.compile(r"(?i)\b(?:thanks?|grateful)\b")
THANKED_HOST = re.compile(r"\b(?i:to|thank|thanks|thank you)\s+(?:the\s+)?"
                          r"(?P<name>[A-Z0-9][\w&.'’-]*(?:\s+[A-Z0-9][\w&.'’-]*){0,4})[*_]*\s+for\s+"  # 'Contoso**': a stray bold mark
                          r"(?:helping\s+(?:us\s+)?(?:to\s+)?(?=host\s|organi[sz]e\s))?"  # 'for helping us organize the …'
                          r"(?P<verb>hosting|organi[sz]ing|host|organi[sz]e)\s+(?:the|this|our|this year's|this year’s|such an?)\s+"
                          r"(?P<object>[\w-]+(?:\s+[\w-]+){0,2})")  # 'such a co-located event': up to three words


DEFINITE = re.compile(r"(?i)^(?:the|this|its|their)\s+")
NAMED_EVENT = re.compile(r"^an?\s+(?:[A-Z][\w&.-]*\s+){1,4}event\b")  # 'hosting a ContosoFest event': a named one


def _hosted_object(text: str) -> bool:
    """What a subject is said to host or organize names an event: an event word ('two workshops'), or, as the
    event the text speaks of ('the', 'this'), a name of one ('the Swiss ContosoDay') or 'the event' itself; not the
    agent of a passive ('… Workshop hosted by Contoso'), nor 'a colocated event called …' (another one)."""
    if text.startswith("by "):
        return False
    definite = DEFINITE.match(text)
    return bool(pattern("event_words").search(text) or NAMED_EVENT.match(text)
                or definite and (event_phrase(text) or THIS_EVENT.match(text, definite.end())
                                 or DESCRIBED_EVENT.match(text, definite.end())))


def _a_place(name: str) -> bool:
    """'In 2016, Lyon hosted its first Contoso Summit': a country or city is where, not who."""
    return bool(places.country_code(name) or places.city(name))


TAKES_PLACE = re.compile(r"(?i)\b(?:is|was|are|were|be)\s+held\b|\b(?:takes?|took|taking)\s+place\b")
SENTENCE_END = re.compile(r"[.!?;](?:\s|$)")


def _about_the_event(before: str, after: str = "") -> bool:
    """'The event is hosted by …', 'This year's summit, organized by …', 'Contoso Days take place in
    Lyon, hosted by …': the sentence's subject is an event, or it says that something takes place; or the sentence
    goes on, after the list, to say what an event does ('Contoso Live, hosted by the Fabrikam Agency, brought together
    …', see `event_name.event_context_after`).
    A sentence that opens with the participle ('Hosted by Contoso, the third edition will be held
    …') has its subject after the comma that closes the list."""
    subject = SENTENCE_END.split(before)[-1]
    if not subject.strip() and "," in after:
        subject = SENTENCE_END.split(after.split(",", 1)[1])[0]
    return _names_an_event(subject) or bool(TAKES_PLACE.search(subject)) \
        or bool(after and event_context_after().match(SENTENCE_END.split(after)[0]))


def _names_an_event(text: str) -> bool:
    """'summit', 'meetup', 'event', 'edition': the text speaks of an event."""
    return bool(pattern("event_words").search(text) or THIS_EVENT.search(text))


LISTED_NAME = re.compile(r"(?P<the>the\s+)?(?P<name>(?:[A-Z0-9]|[a-z]{1,4}(?=[A-Z]))[\w&.'’-]*(?:\s+(?:(?:of|for|the|of the|and)\s+)?[A-Z0-9][\w&.'’-]*){0,5})"
                         r"(?P<group>\s+(?:community|communities|team|maintainers|contributors|members))?")
LIST_ENDS = re.compile(r"\s+(?:at|in|on|with|for|to|from|during|who|which|that|as|under|led|headed|this|last|next|since)\b|\s*$")


def listed_organizers(after: str, a_person: Callable[[str], bool] = lambda name: _a_person(name),
                      links: tuple[str, ...] = ()) -> list[str]:
    """'… hosted by Contoso, Fabrikam and the Tailspin community at …': every organization the
    list after 'by' names. The list ends at its first item that is no capitalized name ('Grand
    hotel venue', 'a storage company'); 'the X community' or 'the X team' is the event's own group,
    not an organization, and a person's name is no organizer (a name after 'the' is none); after
    'the' only a name with an organization word or a public body's head, or a well-known or all-capital
    name is one ('the Contoso Foundation', 'the Contoso Science Policy Office'); 'led by' ends the list. A name
    that opens the text of one of the line's links runs to the link's end ('[Bart at Work](…) for …': not 'Bart')."""
    clause = re.split(r"[.;:!?](?:\s|$)|\s[-–—(]|[–—]|\(", after)[0]  # 'A and B—as well as …': a dash ends it too
    names = []
    for item in _list_items(clause):
        listed = LISTED_NAME.match(item.strip())
        linked = _linked_name(item.strip(), listed, links) if listed and links else None
        ends = LIST_ENDS.match(item.strip(), listed.start("name") + len(linked) if linked else listed.end()) if listed else None
        if not ends:
            break
        name = linked or listed.group("name")
        if a_person(name) and not listed.group("the"):  # 'the Fabrikam Garden Meise' is no person
            return []  # 'a talk hosted by Priya, Tomasz and Ivan': the list names people, no organizer
        if not listed.group("group") and (not listed.group("the") or is_org(name) or name in well_known()
                                          or re.fullmatch(r"[A-Z]{2,8}", name) or _public_body(name)):
            names.append(name)
        if ends.group(0).strip():
            break  # '… by Contoso in Lyon on May 4, 2019': the words after the name end the list
    return names


LIST_SEPARATOR = re.compile(r"(,?\s+(?:in collaboration|in partnership|together) with\s+|,\s*(?:and\s+)?|\s+and\s+)")


def _list_items(clause: str) -> list[str]:
    """The items of a list of names, apart at its commas and 'and's; not inside an organization's name that holds
    'and' beside a lone common word ('Safe and Reliable Widgets Alliance', 'Contoso School of Media Arts and
    Design'; not 'Contoso and Fabrikam', two companies)."""
    parts = LIST_SEPARATOR.split(clause)
    items = [parts[0]]
    for separator, item in zip(parts[1::2], parts[2::2]):
        joined = f"{items[-1]} and {item}"
        lone = separator.strip() == "and" and (_lone_common_word(items[-1]) or _lone_common_word(item))
        listed = LISTED_NAME.match(joined.strip()) if lone else None
        if listed and is_org(listed.group("name")):
            items[-1] = joined
        else:
            items.append(item)
    return items


def _lone_common_word(item: str) -> bool:
    """'Safe', 'Design' (before 'in Lyon'): an item whose name is one capitalized dictionary word, no well-known name."""
    listed = LISTED_NAME.match(item.strip())
    name = listed.group("name") if listed and not listed.group("the") else ""
    return bool(re.fullmatch(r"[A-Z][a-z]+", name)) and dictionary_word(name.casefold()) and name not in well_known()


def _linked_name(item: str, listed: re.Match, links: tuple[str, ...]) -> str | None:
    """The whole text of a link that the listed name opens and that runs on past it ('Bart at Work')."""
    start = listed.start("name")
    return next((text for text in links if item.startswith(text, start) and start + len(text) > listed.end("name")), None)


def _public_body(name: str) -> bool:
    """'Contoso Science Policy Office': a name of two or more words ending in a public body's head
    (data/public_body_heads.txt), an organization where it hosts or organizes."""
    return len(name.split()) >= 2 and name.split()[-1] in words("public_body_heads")


def _a_person(name: str) -> bool:
    """'Dana Whitfield', or a common given name alone ('Priya'), also after the job title that
    introduces her ('Contoso Ambassador Dana Whitfield': the job title vouches for the name's shape)."""
    titled = [role.end() for role in pattern("roles").finditer(name) if name[role.end():role.end() + 1] == " "]
    if titled and person_name(name[titled[-1]:]) and not plain_words(name[titled[-1]:]):
        return True
    return bool(person_name(name) and probably_a_person(name)) or common_given_name(name)


HEADLINE_BREAK = re.compile(r"(?i)\b(?:at|in|during|for|with|to|from|on)\s")  # 'Speakers at Contoso Summit'


@cache
def _host_headline() -> re.Pattern:
    """'Contoso Foundation Announces …': up to five capitalized words, then a host verb."""
    return re.compile(rf"(?P<org>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){{0,4}})\s+"
                      rf"(?i:{alternation(words('headline_host_verbs'))})\s+(?P<event>.+)")


def _with_headline_host(found: list[Found], title: Found | None) -> list[Found]:
    """The organizers the text names, and the headline's host when none of them runs the event (sponsors alone
    do not: 'Contoso Announces Fabrikam Day' over '… is sponsored by Northwind, Tailspin and …')."""
    return found if any(role in RUNNING_ROLES for _, role in (item.value for item in found)) else found + headline_host(title)


def headline_host(title: Found | None) -> list[Found]:
    """'Contoso Foundation Announces First Contoso Summit', 'Fabrikam to Host Storage Workshop':
    the organization a headline opens with holds the event its verb announces. Read only when
    the text states no organizer, and only when the event follows the verb directly (no 'at')."""
    if title and CJK.search(title.value):
        return headline_host_zh(title)
    if not title:
        return []
    headline = _host_headline().match(title.value)
    if not headline or person_name(headline.group("org")) \
            or headline.group("org").split()[0].casefold() in words("sentence_openers"):
        return []
    event = pattern("event_words").search(headline.group("event"))
    if not event or HEADLINE_BREAK.search(headline.group("event")[:event.start()]):
        return []
    return [Found((headline.group("org"), "host"), title.span)]


ZH_HEADLINE_HOST_GAP = 12  # characters between the organization and its event: a project's name, '技术分享'
ZH_HEADLINE_BREAK = re.compile(r"[，,。；;：:|｜!！?？]")


def headline_host_zh(title: Found) -> list[Found]:
    """'星河社区 Meetup 第四期上海站', 'Contoso云 Fabrikam Meetup 记录', '【星河成都社区技术分享活动】': a Chinese
    headline that opens with an organization's name (organization_mentions) and goes on, within a few
    words and no clause break, to its event (data/event_words.txt, event_kinds_zh.txt) names the event's host."""
    text = title.value.strip().lstrip("【[「《 ")
    name = next(iter(organization_mentions(text[:40])), None)
    if not name or not text.startswith(name):
        return []
    name = _headline_word(text, name)
    rest = text[len(name):]
    event = pattern("event_words").search(rest) or pattern("event_kinds_zh").search(rest)
    if not event or event.start() > ZH_HEADLINE_HOST_GAP or ZH_HEADLINE_BREAK.search(rest[:event.start()]):
        return []
    return [Found((name, "host"), title.span)]


def _headline_word(text: str, name: str) -> str:
    """'Contoso智能云 Fabrikam Meetup': the headline's first word, set apart by a space, that goes on from the
    organization's name in Chinese characters is its whole name (a company's unit), not the company alone."""
    first = next(iter(text.split()), "")
    return first if first.startswith(name) and len(first) <= ZH_HEADLINE_HOST_GAP and all(CJK.match(c) for c in first[len(name):]) \
        and not (pattern("event_words").search(first) or pattern("event_kinds_zh").search(first)) else name


def attendance(blocks: list[Block]) -> dict[str, Found]:
    found: dict[str, Found] = {}
    for line in blocks:
        for stated, key in ATTENDANCE:
            match = stated.search(line.text)
            if match and key not in found:
                found[key] = Found(int(match.group(1)), line.span)
    return found


def figures(blocks: list[Block]) -> list[Found]:
    found = []
    for line in blocks:
        for match in FIGURE.finditer(line.text):
            number = match.group("value").replace(",", "").rstrip(".")
            try:
                value = float(number) if "." in number else int(number)
            except ValueError:
                continue
            sentence = re.split(r"(?<=[.。;；!?])\s*", line.text[max(0, match.start() - 120):match.end() + 120])
            measures = next((s for s in sentence if match.group(0) in s), line.text)[:200]
            note = "the source says 'more than'" if match.group("more") else ""
            found.append(Found({"value": value, "unit": match.group("unit"), "measures": measures.strip(), "note": note},
                               line.span))
    return found

