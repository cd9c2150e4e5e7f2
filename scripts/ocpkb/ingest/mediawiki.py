"""MediaWiki pages (a project wiki's event page, saved as `.mediawiki` or `.wiki`), rewritten line for line
as the Markdown the reader knows, so every value still points at the line of the page it came from (as
`asciidoc.py` does for AsciiDoc).

What it maps: section titles (`== Schedule ==`), list items (`* item`, `# item`), `'''bold'''` and
`''italic''`, links (`[https://x.org text]`, `[[Page|text]]`, `[[Page]]`) and tables (`{| … |}`: each row,
from its `|-`, written as one Markdown row on the line where its first cell starts, its cells apart
whether they share a line (`| a || b`, `! a !! b`) or each have their own; a cell's attributes before its
single bar (`style="…" | text`) dropped). A cell's text going on over further lines stays on those lines
as paragraphs. What a reader never sees is blank: templates (`{{VDD}}`), categories and files
(`[[Category:…]]`, `[[File:…]]`), table delimiters and `__TOC__` switches."""

from __future__ import annotations

import re

LONGEST_MARKED_UP_LINE = 5_000  # a longer line (a pasted blob) is kept as it is
# Bounded repeats keep every pattern fast on a hostile line.
HEADING = re.compile(r"^(?P<marks>={1,6})\s*(?P<title>[^=].{0,500}?)\s*(?P=marks)\s*$")
LIST_ITEM = re.compile(r"^(?P<marks>[*#]{1,5})\s*(?P<text>\S.*)$")
TEMPLATE = re.compile(r"\{\{[^{}]{0,2000}\}\}")
HIDDEN_LINK = re.compile(r"\[\[\s*(?:Category|File|Image|Media)\s*:[^\]]{0,500}\]\]", re.IGNORECASE)
WIKI_LINK = re.compile(r"\[\[(?P<page>[^\]|]{1,300})(?:\|(?P<text>[^\]]{0,300}))?\]\]")
EXTERNAL_LINK = re.compile(r"\[(?P<url>(?:https?:|mailto:|ftp:|//)[^\s\]]{1,500})(?:\s+(?P<text>[^\]]{1,300}))?\]")
BOLD = re.compile(r"'''(?P<text>.{1,300}?)'''")
ITALIC = re.compile(r"''(?P<text>.{1,300}?)''")
SWITCH = re.compile(r"^\s*__[A-Z]+__\s*$")  # '__TOC__', '__NOTOC__'
TABLE_START, TABLE_END, ROW_START, CAPTION = "{|", "|}", "|-", "|+"
CELL_ATTRIBUTES = re.compile(r"^\s*(?:[\w-]+\s*=\s*(?:\"[^\"]*\"|'[^']*'|\S+)\s*)+\|(?!\|)")  # 'style="…" |'


def as_markdown(text: str) -> str:
    """The page as Markdown, one line for each line of the wiki text."""
    out: list[str] = []
    table: _Table | None = None
    for raw in text.split("\n"):
        line = raw.rstrip()
        stripped = line.lstrip()
        if table is None and stripped.startswith(TABLE_START):
            table = _Table(out)
            out.append("")
        elif table is not None and stripped.startswith(TABLE_END):
            table.end_row()
            table = None
            out.append("")
        elif table is not None:
            table.add(stripped)
        else:
            out.append(_block_line(line))
    if table is not None:
        table.end_row()
    return "\n".join(out)


def _block_line(line: str) -> str:
    if SWITCH.match(line):
        return ""
    heading = HEADING.match(line)
    if heading:
        return "#" * len(heading.group("marks")) + " " + _inline(heading.group("title"))
    item = LIST_ITEM.match(line)
    if item:
        marks = item.group("marks")
        return "  " * (len(marks) - 1) + ("1. " if marks[-1] == "#" else "- ") + _inline(item.group("text"))
    return _inline(line)


def _inline(text: str) -> str:
    if len(text) > LONGEST_MARKED_UP_LINE:
        return text
    text = TEMPLATE.sub("", TEMPLATE.sub("", text))  # a template inside a template's argument too
    text = HIDDEN_LINK.sub("", text)
    text = WIKI_LINK.sub(lambda m: (m.group("text") or m.group("page")).strip(), text)
    text = EXTERNAL_LINK.sub(lambda m: f"[{m.group('text').strip()}]({m.group('url')})" if m.group("text") else m.group("url"), text)
    text = BOLD.sub(lambda m: f"**{m.group('text').strip()}**", text)
    return ITALIC.sub(lambda m: f"_{m.group('text').strip()}_", text).strip() if "''" in text else text


class _Table:
    """A `{| … |}` table's lines: each row written as one Markdown row on the line of its first cell
    (the lines of its other cells stay blank)."""

    def __init__(self, out: list[str]):
        self.out = out
        self.row: list[str] = []
        self.start = 0  # the line of the row's first cell

    def add(self, line: str) -> None:
        if line.startswith(ROW_START):
            self.end_row()
            self.out.append("")
        elif line.startswith(CAPTION):
            self.out.append(_inline(line[len(CAPTION):]))
        elif line.startswith(("|", "!")):
            if not self.row:
                self.start = len(self.out)
            self.row += _cells(line)
            self.out.append("")
        else:  # a cell's text going on: a paragraph on its own line
            self.out.append(_inline(line))

    def end_row(self) -> None:
        if self.row:
            self.out[self.start] = "| " + " | ".join(cell or " " for cell in self.row) + " |"
            self.row = []


def _cells(line: str) -> list[str]:
    """'| a || b', '! Time !! Talk', '! style="…" | Time' -> the cells' texts."""
    separator = "!!" if line.startswith("!") else "||"
    parts = re.split(r"\s*(?:\|\||!!)\s*" if separator == "!!" else r"\s*\|\|\s*", line[1:])
    return [_inline(CELL_ATTRIBUTES.sub("", part, count=1)).replace("|", "/").strip() for part in parts]
