"""Part of stage 2b, recognize layouts: the people listed one an item or a line, blocks -> people.
Under a heading or an item that names people ('Organizers', '评委', '- Note takers:'), under the
headings of a roster, or after a sentence that introduces them ('… our guest speakers, including:'):
'Jane Doe', 'Jane Doe (@jdoe)', 'Jane Doe, Acme', '黄一/李二  星河大学'. people.py takes them as
people of the recap; layouts.py reads a meeting's roll from them to know its presenters' full names.
"""

from __future__ import annotations

import re

from ..writing import CJK
from .agenda_tables import vouched_nickname
from .classify import is_role, parse_person, person_name, probably_a_person, split_affiliation, without_name_padding
from .model import PersonMention, Span
from .organizations import ZH_NAME_START
from .people_layouts import (
    MAX_NAMES_LINE,
    PEOPLE_HEADINGS,
    introduces_people,
    labelled_roll,
    names_a_group,
    names_alone,
    one_per_person,
    roll_names,
)
from .segment import Block
from .talk_lines import line_label, line_label_and_value
from .titled_talks import roster_headings, talks_and_speakers_heading


OTHER_GIVEN_NAME = re.compile(r"^(?P<given>[A-Z][\w'’-]+)\s+[(（][A-Z][a-z'’-]+[)）]\s+(?=[A-Z][\w'’-]+(?:$|[\s,，(（]))")
"""'Wei (Vivian) Chen': another given name (a Chinese name's Latin one, or the reverse) in brackets
between the given name and the surname."""


HANDLE = re.compile(r"\s*[(\[]?@[\w-]+[)\]]?")


TITLE_AT_ORGANIZATION = re.compile(r"[(（](?P<title>[^()（）@]+?)\s+@\s*[A-Z][^()（）@]*[)）]")


def listed_people(blocks: list[Block]) -> list[PersonMention]:
    """The items (or lines) under a heading or an item that names people ('Organizers', 'Speakers',
    '评委', '- Note takers:'), under the headings of a roster, or after a sentence that introduces
    them ('… and to our guest speakers, including:'), that are each a person: 'Jane Doe', 'Jane
    Doe (@jdoe)', 'Jane Doe, Acme'."""
    found, roll = [], []  # roll: the people listed one a line under an attendance heading
    under = in_roster = in_roll = introduced = False
    roster = roster_headings(blocks)
    named_lists: dict[int, bool] = {}
    for index, block in enumerate(blocks):
        if block.is_title:
            in_roster = index in roster
            heading = line_label(block.text.strip(" *:："))
            in_roll = heading == "attendance"
            introduced = False
            under = heading in PEOPLE_HEADINGS or in_roster or names_a_group(block.text) \
                or introduces_people(block.text) or talks_and_speakers_heading(block.text)  # '## 特邀讲师：', '## 话题与讲师'
            continue
        rolled = roll_names(block.text, block.span) if in_roll and block.kind in ("paragraph", "item") else labelled_roll(block)
        if rolled:  # 'Tom Berg, Ana Ruiz, Wei Chen, …' under '### Attendees (23 total)', or after 'Attendees:'
            found += rolled
            continue
        if block.kind in ("paragraph", "bold") and line_label_and_value(block.text) == ("attendance", ""):
            under = in_roll = True  # 'Attendees' alone on its line over the roll
            continue
        if block.kind == "paragraph" and block.text.rstrip().endswith((":", "：")):
            under = introduced = introduces_people(block.text)  # '… and to our guest speakers, including:'
            continue
        kind, value = line_label_and_value(block.text) if block.kind == "item" else (None, "")
        if kind and not value:  # '- Note takers:' over the items that name them
            under = kind in PEOPLE_HEADINGS
            continue
        if kind:  # '- Venue: …' ends a list of people; '- Lead: Name' is read by labelled_speakers
            under = under and kind in PEOPLE_HEADINGS
            continue
        names = names_alone(block.text, block.span) if under and block.kind in ("item", "paragraph") else []
        if len(block.text) <= MAX_NAMES_LINE and names:  # 'Jane Doe, Wei Chen, Omar Haddad': one line, several people
            found += names
        elif under and block.kind in ("item", "paragraph") and len(block.text) <= 120 \
                and not (introduced and block.kind == "item" and not _a_list_of_names(blocks, index, named_lists)):
            titled = TITLE_AT_ORGANIZATION.search(block.text)  # '(Technical Writer @Contoso Labs)': no handle
            text = block.text.strip() if titled and is_role(titled.group("title")) else HANDLE.sub("", block.text).strip()
            text = OTHER_GIVEN_NAME.sub(r"\g<given> ", text)  # 'Wei (Vivian) Chen' is Wei Chen
            cue = not in_roster or block.kind == "item"  # a paragraph in a roster may give a reason ('Conformance Work')
            slashed = _slashed_names(text, block.span)
            if slashed:
                found += slashed
                continue
            person = parse_person(text, block.span, cue=cue) if person_name(_leading_name(text)) \
                else vouched_nickname(text, block.span)
            if person:
                found.append(person)
                roll += [person] if in_roll else []
            elif found and found[-1].span.last < block.number and CJK.search(text):
                _affiliation_below(found[-1], text)
    rolled, kept = {id(person) for person in roll}, {id(person) for person in one_per_person(roll)}
    return [person for person in found if id(person) not in rolled or id(person) in kept]


def _leading_name(text: str, breaks: str = r"\s*[,，(（|]") -> str:
    """The words of a list item before its affiliation: up to a comma or a bracket ('Jane Doe,
    Contoso'), and a Chinese name up to a space ('邓一硕  星河大学教授', '李  舰  Contoso 总监')."""
    head = re.split(breaks, without_name_padding(text))[0]
    return re.split(r"[/／]", head.split()[0])[0] if CJK.match(head) and head.split() else head


def _slashed_names(text: str, span: Span) -> list[PersonMention]:
    """'* 黄巩怡/李姣/刘成烽   星河大学统计科学研究中心' in a list of people: Chinese names apart by slashes
    share the affiliation after them."""
    run = re.match(r"\s*(?P<names>[\u4e00-\u9fff]{2,4}(?:\s*[/／]\s*[\u4e00-\u9fff]{2,4})+)", text)
    names = re.split(r"\s*[/／]\s*", run.group("names")) if run else []
    if not names or any(person_name(name) != name for name in names):
        return []
    org, title = split_affiliation(text[run.end():]) if text[run.end():].strip() else (None, None)
    return [PersonMention(name, span, org, title) for name in names]


def _a_list_of_names(blocks: list[Block], index: int, known: dict[int, bool]) -> bool:
    """Whether the list that holds the item at index, under a sentence that introduces people, names
    them: half of its items at least open with what is likely a person's name ('- Audio', '- SSH and GPG Agent', '- Automatically Generate Desktop Entries'
    under 'Host Integration:' list features; a label item is none of them). known keeps the answer for each list by its first item."""
    start = index
    while start > 0 and blocks[start - 1].kind == "item":
        start -= 1
    if start not in known:
        end = index
        while end + 1 < len(blocks) and blocks[end + 1].kind == "item":
            end += 1
        items = [item for item in blocks[start:end + 1]  # '- Note takers:' over its names is no item of the list
                 if not item.text.rstrip(" *").endswith((":", "：")) and not line_label_and_value(item.text)[0]]
        named = sum(probably_a_person(_leading_name(HANDLE.sub("", item.text).strip(), r"\s*[,，(（|:：]")) for item in items)
        known[start] = named * 2 >= len(items)
    return known[start]


def _affiliation_below(person: PersonMention, text: str) -> None:
    """'- 周明（花名：南桥）' then '- 云帆数据开发工程师': the next item of a people list gives the
    affiliation of a person listed alone."""
    org, title = split_affiliation(text)
    if not person.organization and not person.title and title and len(text) <= 40:
        person.organization, person.title = ZH_NAME_START.sub("", org or "") or None, title  # '负责星河科技…'
