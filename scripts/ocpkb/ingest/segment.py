"""Stage 2a, segment: a Source's lines -> blocks that say what each line is (heading, bold line,
list item, table row, paragraph), with list markers dropped and table cells split, so layout
recognizers read structure instead of guessing it from punctuation."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from .classify import CJK, ends_mid_phrase
from .clock import slot
from .dates import MONTH_NAME, MONTHS, WEEKDAY_NAME
from .model import Found, Span
from .read import Line, Source
from .wordlists import alternation, label_class, label_pattern, labels, pattern, words

QUOTE_MARKER = re.compile(r"^\s*(?:>\s*)+")
LIST_MARKER = re.compile(r"^\s*(?:(?:[-*+•·]|\d{1,2}[.)、])\s+)+")  # "- - Location: …": a list inside an item, on its line
BULLET = re.compile(r"^\s*[-*+•·] +(?=\S)")  # '- 10:00-10:30<TAB>Title': a list item's bullet is no part of its first cell
BOLD_TEXT = re.compile(r"^\*\*([^*]{1,80})\*\*(\s+[^*]{1,30})?$")
TABLE_RULE = re.compile(r"^[\s|:：-]*$")
ALL_LABELS = ("date", "place", "theme", "talk", "speaker", "host", "organizer", "co-organizer", "supporter",
              "media-partner", "affiliation")


@dataclass(frozen=True)
class Block:
    kind: str  # "field" (a front-matter sentence), "heading", "bold", "item", "row", "link" (only a link), "paragraph",
    # "byline" (the post's author, at its top), "video" (an embedded recording, no text)
    text: str
    number: int  # the source line, for provenance
    level: int = 0  # heading level
    cells: tuple[str, ...] = ()  # table rows: the cells, stripped
    links: tuple[str, ...] = ()  # the texts of the links in it (read.Line.links), where a name in them ends
    italics: tuple[str, ...] = ()  # the texts it sets in italics (read.Line.italics)
    targets: tuple[tuple[str, str], ...] = ()  # its links' texts and addresses (read.Line.targets)
    bold: tuple[str, ...] = ()  # the texts it sets in bold (read.Line.bold)

    @property
    def span(self) -> Span:
        return Span(self.number, self.number)

    @property
    def is_title(self) -> bool:
        """A line set apart as a title: a heading or a line in bold on its own."""
        return self.kind in ("heading", "bold")


FRONT_MATTER_TEXT = ("summary", "description", "abstract", "excerpt")  # front-matter fields written as sentences


def segment(source: Source) -> list[Block]:
    blocks: list[Block] = [Block("field", str(source.front_matter[key]).strip(), source.front_matter_lines.get(key, 1))
                           for key in FRONT_MATTER_TEXT if isinstance(source.front_matter.get(key), str)
                           and source.front_matter[key].strip()]
    previous_line, previous_length, previous_markup = 0, 0, ""
    for line in source.lines:
        text = QUOTE_MARKER.sub("", line.text).strip()
        markup = getattr(line, "markup", "")
        if markup == "video":  # an embedded recording: where a talk's video is, its title is near
            blocks.append(Block("video", "", line.number))
            continue
        if not text:
            continue
        follows = line.number == previous_line + 1
        wrapped_width = previous_length >= WRAP_WIDTH
        after_link = previous_markup == "text-link"
        previous_line, previous_length, previous_markup = line.number, _source_width(line, text), markup
        if markup == "text-link" and follows and blocks and blocks[-1].kind in ("paragraph", "item"):
            blocks[-1] = _continued(blocks[-1], text, line)  # a link inside the paragraph or list item above ('… hosted by the' / '[Group](…)')
            continue
        if markup == "indent" and blocks and blocks[-1].kind == "item" and _item_description(blocks[-1].text, text):
            blocks.append(Block("paragraph", text, line.number))  # '* Title by Name' over '  This talk was …': apart
            continue
        if markup == "indent" and blocks and blocks[-1].kind == "item":  # a list item's next line
            blocks[-1] = _continued(blocks[-1], text, line)
            continue
        if follows and markup in ("", "indent") and blocks and blocks[-1].kind == "paragraph" \
                and (_wrapped(blocks[-1].text, text, wrapped_width) or _wrapped_zh(blocks[-1].text, text)
                     or after_link and WRAP_START.match(text)):
            space = "" if _wrapped_zh(blocks[-1].text, text) else " "  # a sentence hard-wrapped over two lines of one paragraph
            blocks[-1] = _continued(blocks[-1], text, line, space)
            continue
        if "\t" in text and not _pipe_row(markup, text):  # the cells of the whole line: an empty first cell keeps the columns in place
            cells = tuple(c.strip() for c in BULLET.sub("", QUOTE_MARKER.sub("", line.text)).strip(" \r\n").split("\t"))
            blocks.append(Block("row", text, line.number, cells=cells, bold=line.bold))
        elif _schedule_line(text):
            cells = tuple(c.strip() for c in BAR.split(LIST_MARKER.sub("", text)))
            blocks.append(Block("row", " | ".join(c for c in cells if c), line.number, cells=cells, bold=line.bold))
        elif _pipe_row(markup, text):
            if TABLE_RULE.match(text):
                continue
            cells = tuple(c.strip() for c in text.strip().strip("|").split("|"))
            blocks.append(Block("row", " | ".join(c for c in cells if c), line.number, cells=cells, bold=line.bold))
        elif markup.startswith("h"):
            blocks.append(Block("heading", text, line.number, level=int(markup[1:])))
        elif markup == "link":
            blocks.append(Block("link", text, line.number, targets=line.targets))
        elif markup == "bold" and _bold_sentence(text):  # '**Huge thanks to those who helped at our kiosk:**'
            blocks.append(Block("paragraph", text, line.number))
        elif markup == "bold":
            blocks.append(Block("bold", text.rstrip(":："), line.number))
        elif BOLD_TEXT.match(text):  # plain text that kept Markdown's bold markers (a PDF or text export)
            blocks.append(Block("bold", BOLD_TEXT.sub(r"\1\2", text).strip(), line.number))
        elif markup == "item" or LIST_MARKER.match(text):
            blocks.append(Block("item", LIST_MARKER.sub("", text), line.number, links=line.links, italics=line.italics,
                                targets=line.targets, bold=line.bold))
        else:
            blocks.append(Block("paragraph", text, line.number, links=line.links, italics=line.italics,
                                targets=line.targets, bold=line.bold))
    return _mark_byline(_join_labels(_themes_beside_speakers([_without_label_number(_label_in_brackets(block)) for block in blocks])))


BAR = re.compile(r"\s+[|｜]\s+")


def _continued(last: Block, text: str, line, space: str = " ") -> Block:
    """The block `last` going on with the text of the next line, and with that line's links, italics and bold."""
    return Block(last.kind, f"{last.text}{space}{text}", last.number, links=last.links + line.links,
                 italics=last.italics + line.italics, targets=last.targets + line.targets, bold=last.bold + line.bold)


def _pipe_row(markup: str, text: str) -> bool:
    """A Markdown table's row, its cells apart by pipes, also where a tab stands in a cell's padding
    ('| 9:00am\t | Title |')."""
    return markup == "row" or (text.startswith("|") and text.endswith("|") and text.count("|") >= 3)


def _schedule_line(text: str) -> bool:
    """'Tue, October 17, 9:00am - 9:15am | Room 210 | Title | Name - Org': a line of a schedule
    listing, its cells set apart by bars, the first a time."""
    cells = BAR.split(LIST_MARKER.sub("", text))
    return len(cells) >= 3 and slot(cells[0]) is not None and not slot(cells[0]).rest


WRAP_END = re.compile(r"(?:[a-z,;]|\b(?:a|an|the|of|and|or|to|in|for|by|with|at|on))$")
MID_PHRASE_END = re.compile(r"(?<![\w-])(?:a|an|the|of|to|for|by|with|at)$|(?<=\w),(?:\s+and)?$")
# a word no sentence ends in, or a comma after a word: the next line goes on with it ('sponsored by Contoso,' / 'Fabrikam, and')
WRAP_START = re.compile(r"^[a-z(\"“‘']")
MONTH_AT_END = re.compile(rf"\b(?:{MONTH_NAME})\.?$")  # a date broken after its month: 'from August 6 to August' / '12, 2017.'
DAY_AT_START = re.compile(r"^\d{1,2}(?!\d)")


WRAP_WIDTH = 60  # a line this long that stops mid-sentence was wrapped at a fixed width
DESCRIPTION_WORDS = 6  # words of a whole sentence under a list item that describes it


def _item_description(item: str, text: str) -> bool:
    """A list item's indented next line that is a whole sentence of its own ('* Deploy X with Y by Jane
    Doe' over '  In this presentation, Jane showed …'): it describes the item, it does not go on with it."""
    return not _wrapped(item, text, False) and not SENTENCE_END.search(item) \
        and text[:1].isupper() and bool(SENTENCE_END.search(text)) and len(text.split()) >= DESCRIPTION_WORDS


SENTENCE_END = re.compile(r"[.!?]$")
INTRODUCTION_WORDS = 8  # words of a bold sentence ending in a colon: it introduces what follows, it is no title


def _bold_sentence(text: str) -> bool:
    """A line all in bold that is a sentence: one ending in a colon that introduces what follows ('**We
    thank those who volunteered at our kiosk:**'), not a label ('**Speakers:**') nor a title ('**Keynote:
    Title**'), or one that opens as sentences do and ends in a full stop ('**This is a report by Jane Doe.**')."""
    return text.endswith((":", "：")) and len(text.split()) >= INTRODUCTION_WORDS \
        or text.endswith(".") and _sentence_opener().match(text) is not None


@cache
def _sentence_opener() -> re.Pattern:
    return re.compile(rf"(?:{alternation(words('sentence_openers'))})\s", re.IGNORECASE)


def _source_width(line: Line, text: str) -> int:
    """How wide the line is as written: a hard-wrapped line that holds links was wrapped with their
    addresses ('[Contoso Summit 2031](https://…) in San' / 'Francisco on May 4'), wider than the text it reads as."""
    return len(text) + sum(len(address) + len("[]()") for _, address in line.targets)


def _wrapped(previous: str, text: str, wide: bool) -> bool:
    """A line that goes on with the previous line's sentence: the previous one stops mid-sentence
    and this one starts in lower case, or the previous one is as wide as a wrapped line (a
    Markdown paragraph hard-wrapped at a fixed width: '… in San' / 'Francisco …'), or the previous
    one ends in a month and this one starts with its day, or in an article or preposition ('… the' /
    '[Contoso 2031](…) conference took place'), whatever the case of the next line's first letter."""
    return (bool(WRAP_END.search(previous) and (WRAP_START.match(text) or wide and text[:1].isalpha()))
            or bool(MID_PHRASE_END.search(previous) and text[:1].isalnum())
            or bool(MONTH_AT_END.search(previous) and DAY_AT_START.match(text))) and "\t" not in text


def _wrapped_zh(previous: str, text: str) -> bool:
    """A Chinese line broken in the middle of a phrase ('议题：存储节点的' / '在线扩容'): the previous
    line ends in a particle, conjunction or preposition, and this one is Chinese text, no label."""
    return ends_mid_phrase(previous) and bool(re.match(r"[\u4e00-\u9fff]", text)) \
        and label_pattern(*ALL_LABELS).match(text) is None


BYLINE = re.compile(r"^[_*\s]*(?:by|written by|posted by|posted on|published on|author)\s*[:：]?[_*\s]+\S", re.IGNORECASE)
BYLINE_WINDOW = 3  # body blocks from the top in which a post states its author


def _mark_byline(blocks: list[Block]) -> list[Block]:
    """'By Jane Doe, GM of Open Alliances, Contoso' at the top of a post names its author (and 'Posted on …'
    or 'Category / Oct 26, 2031' the day it was posted, no event's), who is neither a speaker nor a participant for that alone: the block
    becomes a 'byline'."""
    body = [i for i, block in enumerate(blocks) if block.kind != "field"][:BYLINE_WINDOW]
    if len(body) > 1 and blocks[body[0]].kind == "paragraph" and DATE_STAMP.fullmatch(blocks[body[0]].text):
        blocks[body[0]] = Block("byline", blocks[body[0]].text, blocks[body[0]].number)  # '26 Oct 2031' over the title
    for index in body:
        block = blocks[index]
        if block.kind in ("paragraph", "bold", "item") and len(block.text) <= 200 and BYLINE.match(block.text) \
                or block.kind == "paragraph" and _filed_and_dated(block.text):
            blocks[index] = Block("byline", block.text, block.number)
            break
    return blocks


ANY_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))  # 'October', 'Oct'
DATE_STAMP = re.compile(rf"(?i)(?:{WEEKDAY_NAME},?\s+)?(?:\d{{1,2}}\s+(?:{ANY_MONTH})\.?,?\s+(?:19|20)\d\d"
                        rf"|(?:{ANY_MONTH})\.?\s+\d{{1,2}},?\s+(?:19|20)\d\d)")
"""A page's first line that is only a day ('26 Oct 2031', 'Oct 26, 2031', 'Sunday, October 26, 2031'), above its
title: the day it was posted."""


CATEGORY_SEPARATOR = re.compile(r"\s+[/|·•]\s+")
CATEGORY_WORDS = 4  # a blog's category is a word or a few ('Widgets', 'Community News')


def _filed_and_dated(text: str) -> bool:
    """'Contoso / Oct 26, 2031', 'Oct 26, 2031 | Community News': a line under a post's title that is only
    the category it is filed under and the day it was posted ('Workshop | May 3, 2031' may be the event's own day)."""
    parts = CATEGORY_SEPARATOR.split(text.strip(" *_"))
    return len(parts) == 2 and any(DATE_STAMP.fullmatch(part) and not re.search(r"\d", other) and len(other.split()) <= CATEGORY_WORDS
                                   and not pattern("event_words").search(other) for part, other in (parts, parts[::-1]))


LABEL_NUMBER = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*(?=[:：])")
ORDINAL = re.compile(r"^\s*第\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*个?\s*")


def _without_label_number(block: Block) -> Block:
    """'### 议题二：Title', '讲师1：Name' read as '议题：Title', '讲师：Name': a talk or speaker label
    numbered in its list. An event has one theme, so a numbered theme ('主题一：Title', '第二个主题:
    Title') is one of its talks."""
    if block.kind == "row":
        return block
    text = block.text
    ordinal = ORDINAL.match(text)
    unnumbered = LABEL_NUMBER.sub("", text[ordinal.end():] if ordinal else text, count=1)
    match = label_pattern("talk", "speaker", "theme").match(unnumbered)
    if not match or not (ordinal or LABEL_NUMBER.match(text, len(match.group("label")))):
        return block
    if label_class().get(match.group("label").casefold()) == "theme":
        unnumbered = labels("talk")[0] + unnumbered[match.end("label"):]
    return Block(block.kind, unnumbered, block.number, block.level, block.cells, block.links)


LENTICULAR_LABEL = re.compile(r"^\s*[【\[［]\s*(?P<label>[^】\]］]{1,12}?)\s*[】\]］]\s*[:：]?\s*(?P<value>.*)$")


def _label_in_brackets(block: Block) -> Block:
    """'【分享主题】Title', '【分享嘉宾】林澈 云帆数据工程师', '[讲师] 周岚': a talk, theme or speaker label set in
    lenticular or square brackets instead of before a colon, read as '分享主题：Title'."""
    match = LENTICULAR_LABEL.match(block.text) if block.kind != "row" and block.text.lstrip()[:1] in "【[［" else None
    if not match or label_class().get(match.group("label").casefold()) not in ("talk", "speaker", "theme"):
        return block
    text = f"{match.group('label')}：{match.group('value')}" if match.group("value") else match.group("label")
    return replace(block, text=text)  # its links, italics and bold go with it


def _themes_beside_speakers(blocks: list[Block]) -> list[Block]:
    """'主题：Title' right over or under '讲师：林澈，…': a theme beside a speaker's label is that speaker's
    talk, read as '议题：Title'; a theme of the event ('活动主题：…', 'Theme: …') stays one."""
    def speaker_labelled(block: Block) -> bool:
        match = label_pattern("speaker").match(block.text)
        return bool(match and (match.group("value") or "").strip())

    read = list(blocks)
    for index, block in enumerate(blocks):
        match = label_pattern("theme").match(block.text) if block.kind != "row" else None
        if not match or not (match.group("value") or "").strip() or _an_event_theme(match.group("label")):
            continue
        beside = blocks[max(0, index - 1):index] + blocks[index + 1:index + 2]
        if any(speaker_labelled(other) for other in beside):
            read[index] = Block(block.kind, labels("talk")[0] + block.text[match.end("label"):],
                                block.number, block.level, block.cells, block.links)
    return read


def _an_event_theme(label: str) -> bool:
    """'活动主题', '大会主题', 'Theme': a theme label that names the event's theme (an event word or kind in
    it: data/event_words.txt, event_kinds_zh.txt), or a Latin one, which pages write once for the event."""
    return not CJK.search(label) or bool(pattern("event_words").search(label)) \
        or any(kind in label for kind in words("event_kinds_zh"))


def _join_labels(blocks: list[Block]) -> list[Block]:
    """'### 时间' followed by '2021-06-12 14:00' reads as '时间：2021-06-12 14:00'; a heading '## 嘉宾'
    over a list stays the heading of a list of people."""
    joined: list[Block] = []
    for block in blocks:
        previous = joined[-1] if joined else None
        label = label_pattern(*ALL_LABELS).match(previous.text) if previous else None
        people_list = previous is not None and previous.kind == "heading" and block.kind == "item" \
            and label_class().get(label.group("label").casefold()) == "speaker" if label else False
        if label and not (label.group("value") or "").strip() and block.kind in ("paragraph", "item") and not people_list:
            joined[-1] = Block(block.kind, f"{label.group('label')}：{block.text}", block.number, links=block.links)
        else:
            joined.append(block)
    return joined


def label_row_text(block: Block, *kinds: str) -> str:
    """'| **Where** | Lyon, France |', '| 主办单位 | 星河社区 | 云帆大学 |': a table row whose first cell is a
    label of these classes alone reads as that label with the other cells for its value ('Where: Lyon,
    France', '主办单位: 星河社区、云帆大学'); any other block as its text."""
    label = block.cells[0].strip(" *_:：") if block.kind == "row" and len(block.cells) >= 2 else ""
    if not label or not label_pattern(*kinds).fullmatch(label):
        return block.text
    return f"{label}: {'、'.join(cell for cell in block.cells[1:] if cell)}"


def labelled(blocks: list[Block], kind: str) -> Found | None:
    """The value of the first line labelled as `kind` ('主题：…', 'Theme: …'), with its line."""
    pattern = label_pattern(kind)
    for block in blocks:
        match = pattern.match(block.text)
        if match and (match.group("value") or "").strip():
            return Found(match.group("value").strip(" 。.\"”"), block.span)
    return None


def item_runs(blocks: list[Block], max_between: int = 0) -> list[list[Block]]:
    """The lists of the page, each the items that follow one another; a short paragraph or link line
    of at most max_between characters between two items (a '(slides)' line) does not end a list."""
    runs: list[list[Block]] = [[]]
    for block in blocks:
        if block.kind == "item":
            runs[-1].append(block)
        elif max_between and block.kind in ("paragraph", "link") and len(block.text) <= max_between:
            continue
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if run]
