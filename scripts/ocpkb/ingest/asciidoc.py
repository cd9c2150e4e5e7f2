"""AsciiDoc, rewritten line for line as the Markdown the reader knows, so every value still points at
the line of the `.adoc` file it came from. Converters to HTML (asciidoctor, asciidoc-py) lose those
line numbers, which provenance needs; what recaps use of AsciiDoc is small enough to map here.

What it maps: the document header (`= Title`, the document's title, the author line right under it (`Jane Doe
<https://x.org/jd>`, the page's `author`, no line of its text), `:name: value` attributes, which become front matter;
`page-`, `jbake-` and `awestruct-` prefixes of site generators dropped, `revdate` is the page's date), section titles, list items, `*bold*`,
curly quotes (`"`Title`"` -> “Title”, `'`word`'` -> ‘word’), links (`link:url[text]`, `https://url[text]`, `<<id,text>>`, `xref:x[text]`), images, block titles
(`.Title`), admonitions (`NOTE: text`), a list item that is only a linked title with a paragraph attached by `+`
(a program's talk over its abstract: a bold title line), tables (`|===`: a row per line, also when each cell is on
its own line). What a reader never sees is blank: comments (`//`, `////`), block attribute lines
(`[source,java]`), delimiters, code in a `[source]` block, directives (`include::`, `ifdef::`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Lines: what a whole line is.
ATTRIBUTE_ENTRY = re.compile(r"^:(?P<name>!?[\w-]+!?):(?:\s+(?P<value>.*))?$")
DOCUMENT_TITLE = re.compile(r"^=\s+(?P<title>\S.*)$")
SECTION_TITLE = re.compile(r"^(?P<level>={1,6})\s+(?P<title>\S.*)$")
LIST_ITEM = re.compile(r"^\s*(?P<marker>\*{1,5}|-|\.{1,5})\s+(?P<text>\S.*)$")
DESCRIPTION_ITEM = re.compile(r"^(?P<term>[^\s:][^:]*?)(?::{2,4}|;;)(?:\s+(?P<text>.*))?$")
BLOCK_TITLE = re.compile(r"^\.(?P<title>[^\s.].*)$")
ADMONITION = re.compile(r"^(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION):\s+")
BLOCK_ATTRIBUTES = re.compile(r"^\[[^\]]*\]\s*$")
DIRECTIVE = re.compile(r"^(?:include|ifdef|ifndef|ifeval|endif|toc)::")
VERBATIM_DELIMITER = re.compile(r"^(?:-{4,}|\.{4,}|\+{4,}|/{4,})\s*$")  # listing, literal, passthrough, comment
COMPOUND_DELIMITER = re.compile(r"^(?:={4,}|\*{4,}|_{4,}|--)\s*$")  # example, sidebar, quote, open block
TABLE_EDGE = re.compile(r"^[|!,:]===\s*$")
SOURCE_BLOCK = re.compile(r"^\[(?:source|listing)\b", re.IGNORECASE)
COLUMNS = re.compile(r"\bcols\s*=\s*\"?(?P<spec>[^\"\]]*)")

LONGEST_MARKED_UP_LINE = 5_000  # a longer line (a pasted blob) is kept as it is: no prose line is that long
# Bounded, possessive repeats (never given back) keep every pattern fast on a hostile line ('link:link:…').
URL = r"(?:https?|ftp|mailto|irc):[^\s\[\]]{1,500}+"
IMAGE = re.compile(r"image::?(?P<target>[^\s\[\]]{1,500}+)\[(?P<alt>[^\]]{0,300}+)\]")
LINK_START = rf"(?:link:(?P<target>[^\s\[\]]{{1,500}}+)|(?P<url>{URL}))\[(?P<text>[^\]]{{0,300}}+)"  # 'link:x[text'
LINK = re.compile(LINK_START + r"\]")
CROSS_REFERENCE = re.compile(r"<<(?P<id>[^,>]{1,200}+)(?:,\s*(?P<text>[^>]{1,300}+))?>>|xref:[^\s\[\]]{1,500}+\[(?P<xref_text>[^\]]{0,300}+)\]")
BOLD = re.compile(r"(?<![\w*])\*(?=\S)(?P<text>[^*\n]{0,300}?\S)\*(?![\w*])")
HIGHLIGHT = re.compile(r"(?:\[[^\]\n]{0,100}+\])?#(?P<text>[^#\n]{1,300}+)#")
PASSTHROUGH = re.compile(r"pass:\w*\[(?P<text>[^\]]{0,300})\]|\+\+\+(?P<plus>.{0,300}?)\+\+\+")
HARD_BREAK = re.compile(r"\s\+$")
CURLY_QUOTES = re.compile(r"(?P<mark>[\"'])`(?P<text>[^`\n]{1,300}?)`(?P=mark)")  # '"`Title`"' -> '“Title”', "'`word`'" -> '‘word’'
REPLACEMENTS = {"{nbsp}": " ", "{sp}": " ", "{empty}": "", "{blank}": "", "{amp}": "&", "{lt}": "<", "{gt}": ">"}
LINK_OPENED = re.compile(LINK_START + "$")  # its text goes on on the next line
LINK_OPTIONS = re.compile(r"\^$|,\s*(?:window|role|opts|options)=.*$")


@dataclass
class Converted:
    markdown: str
    attributes: dict[str, str] = field(default_factory=dict)
    attribute_lines: dict[str, int] = field(default_factory=dict)


def as_markdown(text: str, front_matter_lines: int = 0) -> Converted:
    """The page's first `front_matter_lines` (a Jekyll page's YAML front matter, which the reader
    finds) stay as they are."""
    lines = text.splitlines()
    converted = Converted("")
    out = lines[:front_matter_lines]
    lines = out + _wrapped_links(lines[front_matter_lines:])
    verbatim: str | None = None  # the delimiter of the verbatim block the line is in
    hidden = False  # a comment block, or code in a [source] block
    table: _Table | None = None
    attribute_above = ""
    doctitle_at = 0  # the line of the header's '= Title'
    for number, raw in enumerate(lines[len(out):], start=len(out) + 1):
        line = raw.rstrip()
        author = _author_line(line) if doctitle_at and number == doctitle_at + 1 else None
        if author:
            _keep_value(converted, "author", author, number)
            out.append("")
            continue
        if verbatim:
            out.append("" if hidden or line == verbatim else line)
            verbatim, hidden = (None, False) if line == verbatim else (verbatim, hidden)
            continue
        if table is not None:
            if TABLE_EDGE.match(line):
                out += table.finished() + [""]
                table = None
            else:
                table.add(_inline(line, converted.attributes))
            continue
        if TABLE_EDGE.match(line):
            table = _Table(_column_count(attribute_above))
            out.append("")
        elif VERBATIM_DELIMITER.match(line):
            verbatim = line
            hidden = line.startswith("/") or bool(SOURCE_BLOCK.match(attribute_above))
            out.append("")
        elif entry := ATTRIBUTE_ENTRY.match(line):
            _keep_attribute(converted, entry, number)
            out.append("")
        elif line.startswith("//") or line == "+" or COMPOUND_DELIMITER.match(line) or BLOCK_ATTRIBUTES.match(line) \
                or DIRECTIVE.match(line):
            out.append("")
        else:
            doctitle = DOCUMENT_TITLE.match(line) if not any(out[front_matter_lines:]) else None
            if doctitle:  # the header's '= Title' is the document's title, like a front matter's
                converted.attributes.setdefault("title", _inline(doctitle.group("title"), converted.attributes))
                converted.attribute_lines.setdefault("title", number)
                doctitle_at = number
            following = lines[number].strip() if number < len(lines) else ""
            titled = _linked_title_item(line) if following == "+" else None
            out.append(f"**{_inline(titled, converted.attributes)}**" if titled else _block_line(line, converted.attributes))
        attribute_above = line if BLOCK_ATTRIBUTES.match(line) else ""
    if table is not None:
        out += table.finished()
    converted.markdown = "\n".join(out)
    return converted


def _wrapped_links(lines: list[str]) -> list[str]:
    """A link whose text goes on over the next line ('https://x.org/a[advanced' / 'querying], and')
    is written the Markdown way ('[advanced' / 'querying](https://x.org/a), and'), which the reader
    joins like any wrapped link."""
    out, target = [], None
    for line in lines:
        if target and "]" in line:
            line, target = line.replace("]", f"]({target})", 1), None
        opened = LINK_OPENED.search(line) if not target and len(line) <= LONGEST_MARKED_UP_LINE else None
        if opened:
            target = opened.group("target") or opened.group("url")
            line = line[:opened.start()] + "[" + opened.group("text")
        out.append(line)
    return out


AUTHOR_LINE = re.compile(r"^(?P<names>[^\s:=/\[.*|<-][^:=\[|<]{0,150}?)\s*(?:<[^<>\s]{1,300}>)?\s*$")
# 'Jane Doe <https://x.org/jd>', 'Jane Doe; Wei Chen', 'jdoe': the header's author line


def _author_line(line: str) -> str | None:
    """The names of the header's author line, the line right under the document's '= Title': a
    line with no sentence's end, no markup and no attribute's colon."""
    match = AUTHOR_LINE.match(line) if line.strip() and not line.rstrip().endswith((".", "!", "?")) else None
    return match.group("names").strip() if match else None


GENERATOR_PREFIX = re.compile(r"^(?:page|jbake|awestruct)-")  # a site generator's page attributes: Antora, JBake, Awestruct


def _keep_attribute(converted: Converted, entry: re.Match, number: int) -> None:
    name = entry.group("name").strip("!")
    name = "date" if name == "revdate" else GENERATOR_PREFIX.sub("", name)
    _keep_value(converted, name, (entry.group("value") or "").strip(), number)


def _keep_value(converted: Converted, name: str, value: str, number: int) -> None:
    if value and name not in converted.attributes:
        converted.attributes[name] = value
        converted.attribute_lines[name] = number


def _linked_title_item(line: str) -> str | None:
    """'* https://x.org/t1[Title]' over a '+' that attaches a paragraph to it: a linked title over its
    own description (a program's talk over its abstract), read as a bold title line, not a list's item."""
    item = LIST_ITEM.match(line) if len(line) <= LONGEST_MARKED_UP_LINE else None
    return item.group("text") if item and LINK.fullmatch(item.group("text").strip()) else None


def _block_line(line: str, attributes: dict[str, str]) -> str:
    section = SECTION_TITLE.match(line)
    if section:
        return f"{'#' * len(section.group('level'))} {_inline(section.group('title'), attributes)}"
    item = LIST_ITEM.match(line)
    if item:
        marker = "1." if item.group("marker").startswith(".") else "-"
        indent = "  " * (len(item.group("marker")) - 1 if item.group("marker") != "-" else 0)
        return f"{indent}{marker} {_inline(item.group('text'), attributes)}"
    title = BLOCK_TITLE.match(line)
    if title:
        return f"**{_inline(title.group('title'), attributes)}**"
    described = DESCRIPTION_ITEM.match(line) if "::" in line or ";;" in line else None
    if described and not re.search(URL, described.group("term")):
        text = described.group("text") or ""
        return f"{_inline(described.group('term'), attributes)}: {_inline(text, attributes)}".rstrip()
    return _inline(ADMONITION.sub("", line), attributes)


def _inline(text: str, attributes: dict[str, str]) -> str:
    if len(text) > LONGEST_MARKED_UP_LINE:
        return text
    text = PASSTHROUGH.sub(lambda m: m.group("text") if m.group("text") is not None else m.group("plus"), text)
    text = IMAGE.sub(lambda m: f"![{_image_alt(m.group('alt'))}]({m.group('target')})", text)
    text = LINK.sub(_markdown_link, text)
    text = CROSS_REFERENCE.sub(lambda m: m.group("text") or m.group("xref_text") or m.group("id"), text)
    text = BOLD.sub(lambda m: f"**{m.group('text')}**", text)
    text = HIGHLIGHT.sub(lambda m: m.group("text"), text)
    text = HARD_BREAK.sub("", text)
    text = CURLY_QUOTES.sub(lambda m: f"“{m.group('text')}”" if m.group("mark") == '"' else f"‘{m.group('text')}’", text)
    for written, meant in REPLACEMENTS.items():
        text = text.replace(written, meant)
    return re.sub(r"\{([\w-]+)\}", lambda m: attributes.get(m.group(1), m.group(0)), text)


NAMED_ALT = re.compile(r"(?:^|[,\s])\s*alt\s*=\s*(?P<quote>[\"']?)(?P<alt>[^,\"']{0,300}+)(?P=quote)")


def _image_alt(attributes: str) -> str:
    """An image macro's alternative text: its named 'alt=' attribute, else its first attribute when that
    is no named one ('image::x.png[Contoso logo,300]'; '[link="https://…",alt=Contoso,width=300]' names Contoso)."""
    named = NAMED_ALT.search(attributes)
    if named:
        return named.group("alt").strip()
    first = attributes.split(",")[0].strip()
    return "" if "=" in first else first.strip('"')


def _markdown_link(match: re.Match) -> str:
    target = match.group("target") or match.group("url")
    text = LINK_OPTIONS.sub("", match.group("text")).strip().strip('"')
    return f"[{text}]({target})" if text else target


def _column_count(attributes: str) -> int | None:
    spec = COLUMNS.search(attributes)
    if not spec:
        return None
    parts = [part.strip() for part in spec.group("spec").split(",") if part.strip()]
    if len(parts) == 1 and re.fullmatch(r"\d+", parts[0]):
        return int(parts[0])
    return len(parts) or None


class _Table:
    """A `|===` table's lines, each row written as one Markdown row on the line where it starts
    (the lines its other cells were on stay blank). A row is a line of several cells, or, where each
    cell has its own line, as many cells as the table has columns (from `cols`, else the first line)."""

    def __init__(self, columns: int | None):
        self.columns = columns
        self.lines: list[str] = []
        self.row: list[str] = []
        self.start = 0  # where the row being read began

    def add(self, line: str) -> None:
        cells = _cells(line)
        if not line.strip():
            self._end_row()
            self.lines.append("")
            return
        if not cells:  # text going on from the cell above
            if self.row:
                self.row[-1] += " " + line.strip()
            self.lines.append("")
            return
        if self.columns is None:
            self.columns = len(cells)
        if len(self.row) >= self.columns:  # a full row ends where the next one starts (its last cell may go on)
            self._end_row()
        if not self.row:
            self.start = len(self.lines)
        self.row += cells
        self.lines.append("")

    def _end_row(self) -> None:
        if self.row:
            self.lines[self.start] = "| " + " | ".join(self.row) + " |"
            self.row = []

    def finished(self) -> list[str]:
        self._end_row()
        return self.lines


CELL_SPEC = re.compile(r"(?:^|(?<=\s))(?:\d+(?:\.\d+)?[+*])?[<^>]?(?:\.[<^>])?[adehlmsv]?\|")


def _cells(line: str) -> list[str]:
    """'|Time |Talk' or 'a|Title' -> the cells' texts; a line that starts no cell -> []."""
    if not CELL_SPEC.match(line.lstrip()):
        return []
    parts = CELL_SPEC.split(line.strip())
    return [part.strip() for part in parts[1:]]
