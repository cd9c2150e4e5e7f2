"""MediaWiki markup (a wiki's event and schedule pages), rewritten line for line as the Markdown the
reader knows, so every value still points at the line of the wiki page it came from (as
`restructuredtext.py` does for reStructuredText).

What it maps: section titles (`== Schedule ==`), bold and italic quotes (`'''Title'''`, `''note''`),
internal links (`[[Page|Text]]` their text), external links (`[https://… Text]`), numbered items
(`# item`), and tables: each row written on one line (`| 09:00 || '''Title''' by Jane Doe`) becomes a
Markdown row, the row mark after a table's first row its delimiter row, the cells' style attributes
dropped. What a reader never sees is blank: templates on a line of their own (`{{Navbox}}`), a
table's opening and closing marks, other row marks, rules (`----`). Everything else is left as written."""

from __future__ import annotations

import re

HEADING = re.compile(r"^(?P<marks>={1,6})\s*(?P<title>.+?)\s*(?P=marks)\s*$")
TEMPLATE_LINE = re.compile(r"^\s*\{\{[^{}]*\}\}\s*$")
TABLE_START, TABLE_END, ROW_MARK = re.compile(r"^\s*\{\|"), re.compile(r"^\s*\|\}"), re.compile(r"^\s*\|-")
CELL_ROW = re.compile(r"^\s*[|!](?![-}])")
CELL_ATTRIBUTES = re.compile(r"^\s*[\w-]+\s*=\s*(?:\"[^\"]*\"|'[^']*'|\S+)(?:\s+[\w-]+\s*=\s*(?:\"[^\"]*\"|'[^']*'|\S+))*\s*\|(?!\|)")
NUMBERED_ITEM = re.compile(r"^(?P<marks>#+)\s*")
RULE = re.compile(r"^-{4,}\s*$")
LONGEST_MARKED_UP_LINE = 5_000  # a longer line (a pasted blob) is kept as it is
# Bounded repeats keep every pattern fast on a hostile line.
BOLD = re.compile(r"'''(?P<text>[^'\n]{1,500}?)'''")
ITALIC = re.compile(r"''(?P<text>[^'\n]{1,500}?)''")
INTERNAL_LINK = re.compile(r"\[\[(?:[^\]|]{1,300}\|)?(?P<text>[^\]|]{1,300})\]\]")
EXTERNAL_LINK = re.compile(r"\[(?P<url>(?:https?:)?//[^\s\]]{1,500})(?:\s+(?P<text>[^\]]{1,300}))?\]")
INLINE_TEMPLATE = re.compile(r"\{\{[^{}]{0,300}\}\}")


def as_markdown(text: str) -> str:
    """The text as Markdown, one line for each line of the wiki page."""
    lines = text.split("\n")
    out = list(lines)
    in_table, rows, header_columns = False, 0, 0
    for index, line in enumerate(lines):
        if TABLE_START.match(line) or TABLE_END.match(line):
            out[index], in_table, rows = "", bool(TABLE_START.match(line)), 0
        elif in_table and ROW_MARK.match(line):  # after the table's first row: the delimiter that makes it a header
            out[index] = "|" + " --- |" * header_columns if rows == 1 else ""
        elif in_table and CELL_ROW.match(line):
            cells = _cells(line)
            rows += 1
            header_columns = len(cells) if rows == 1 else header_columns
            out[index] = "| " + " | ".join(_inline(cell) for cell in cells) + " |"
        elif TEMPLATE_LINE.match(line) or RULE.match(line):
            out[index] = ""
        elif heading := HEADING.match(line):
            out[index] = f"{'#' * len(heading.group('marks'))} {_inline(heading.group('title'))}"
        elif numbered := NUMBERED_ITEM.match(line):
            indent = "   " * (len(numbered.group("marks")) - 1)
            out[index] = f"{indent}1. {_inline(line[numbered.end():])}"
        else:
            out[index] = _inline(line)
    return "\n".join(out)


def _cells(line: str) -> list[str]:
    """'! style="width: 10%;" | Time || Room' -> ['Time', 'Room']: cells apart, their attributes dropped."""
    body = line.strip()[1:]
    return [CELL_ATTRIBUTES.sub("", cell, count=1).strip() for cell in re.split(r"\|\||!!", body)]


def _inline(line: str) -> str:
    if len(line) > LONGEST_MARKED_UP_LINE:
        return line
    line = INLINE_TEMPLATE.sub("", line)
    line = INTERNAL_LINK.sub(lambda link: link.group("text"), line)
    line = EXTERNAL_LINK.sub(lambda link: f"[{link.group('text')}]({link.group('url')})" if link.group("text")
                             else link.group("url"), line)
    line = BOLD.sub(lambda bold: f"**{bold.group('text')}**", line)
    return ITALIC.sub(lambda italic: f"*{italic.group('text')}*", line)
