"""Stage 1, read: a raw recap file -> a Source of clean text lines that keep their line numbers.

One reader per format (Markdown, HTML, PDF, text). Markup is reduced to text line by
line, so each line still points at the line of the file it came from (provenance).
Images found on the way are kept aside. Reading never raises on bad input: it returns
a ReadFailure with the reason.
"""

from __future__ import annotations

import bisect
import html
import io
import itertools
import re
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

import charset_normalizer
import ftfy

from ..kb import display_path
from ..yamlfile import load_yaml_text
from .asciidoc import as_markdown
from .classify import widely_given_name
from .mediawiki import as_markdown as mediawiki_as_markdown
from .restructuredtext import as_markdown as rst_as_markdown, post_directive
from .wordlists import alternation, labels, words

MAX_SOURCE_BYTES = 20 * 1024 * 1024
FORMATS = {".md": "markdown", ".markdown": "markdown", ".mdx": "markdown", ".qmd": "markdown", ".rmd": "markdown",
           ".adoc": "asciidoc", ".asciidoc": "asciidoc", ".html": "html", ".htm": "html", ".pdf": "pdf",
           ".rst": "restructuredtext", ".txt": "text", ".text": "text", ".mediawiki": "mediawiki", ".wiki": "mediawiki",
           ".xhtml": "html", ".shtml": "html", ".php": "html", ".phtml": "html",  # server pages: HTML around code (`<?php … ?>`), which the parser leaves out
           ".smd": "markdown", ".xml": "xml"}  # Zine's SuperMD; an XML page (HTML elements in a site's own root element)
PAGE_ELEMENT = re.compile(r"<(?:body|p|h[1-6]|table|ul|ol|div|article)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Line:
    number: int  # 1-based line (for PDFs: line of the extracted text)
    text: str
    markup: str = ""  # what the markup made the line: "h1".."h6", "bold", "item", "row", "link", "indent", "video",
    # "text-link" (only a link, but inside a paragraph or item), "para" (a Markdown line that is a whole HTML `<p>`)
    links: tuple[str, ...] = ()  # the text of each link the line holds, as read: where a name in it ends ('[Bart at Work](…)')
    italics: tuple[str, ...] = ()  # the text of each span the line sets in italics ('*Title*', '_Title_'), as read
    targets: tuple[tuple[str, str], ...] = ()  # each Markdown link's text, as read, and the address it links to
    bold: tuple[str, ...] = ()  # the text of each span the line sets in bold ('**Title**', '<b>Title</b>'), as read


@dataclass(frozen=True)
class Image:
    src: str
    caption: str
    line: int


@dataclass
class Source:
    path: str
    format: str
    lines: list[Line]
    front_matter: dict = field(default_factory=dict)
    front_matter_lines: dict[str, int] = field(default_factory=dict)
    images: list[Image] = field(default_factory=list)
    encoding: str = "utf-8"
    origin: str = ""  # the path the file was read from, as given: its folders may date a post ('blog/2021/08/24/x.md')
    # where `path` (what sources and provenance record) keeps only the file's name

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


@dataclass(frozen=True)
class ReadFailure:
    path: str
    reason: str


def read_source(path: Path | str) -> Source | ReadFailure:
    path = Path(display_path(Path(path)))
    kind = FORMATS.get(path.suffix.lower())
    if kind is None:
        return ReadFailure(str(path), f"unsupported file type '{path.suffix}' (use .md, .qmd, .mdx, .adoc, .rst, .wiki, .html, .php, .pdf or .txt)")
    try:
        if path.stat().st_size > MAX_SOURCE_BYTES:
            return ReadFailure(str(path), f"file is larger than {MAX_SOURCE_BYTES // 2**20} MB")
        raw = path.read_bytes()
    except OSError as error:
        return ReadFailure(str(path), f"cannot read file: {error.strerror or error}")
    if kind == "pdf":
        return read_pdf(raw, str(path))
    text, encoding = decode(raw)
    if text is None:
        return ReadFailure(str(path), "not a text file (binary content)")
    if kind == "xml":
        if not PAGE_ELEMENT.search(text):
            return ReadFailure(str(path), "an XML file without a page's elements (<body>, <p>, <h1>, <table> …): "
                                          "save the page as HTML or Markdown")
        kind = "html"
    header, header_lines = {}, {}
    if kind != "html":
        text, header, header_lines = page_header(text)
    reader = {"markdown": read_markdown, "asciidoc": read_asciidoc, "restructuredtext": read_restructuredtext,
              "mediawiki": read_mediawiki, "html": read_html, "text": read_text}[kind]
    if kind == "html":
        text, header, header_lines = _site_generator_front_matter(text)
    source = reader(text, str(path))
    if isinstance(source, ReadFailure):
        return source
    for key, value in header.items():  # the page's own front matter says more about it than a curator's note
        source.front_matter.setdefault(key, value)
        source.front_matter_lines.setdefault(key, header_lines[key])
    source.encoding, source.origin = encoding, str(path)
    if not any(line.text.strip() for line in source.lines) and not source.front_matter:
        return ReadFailure(str(path), "no text found in the file")
    return source


def _site_generator_front_matter(text: str) -> tuple[str, dict, dict[str, int]]:
    """A site generator's content file written in HTML (Hugo's or Jekyll's `post.html`) opens with
    front matter (`+++` TOML or `---` YAML) above its markup: its fields, and the HTML with those
    lines blanked, so the page's lines keep their numbers and the fields are not read as text."""
    if not (FRONT_MATTER.match(text) or TOML_FRONT_MATTER.match(text)):
        return text, {}, {}
    fields, lines, body_start = _front_matter(text)
    if not body_start:
        return text, {}, {}
    rows = text.splitlines(keepends=True)
    lines = {key: lines.get(key, 1) for key in fields}  # a TOML table ('[event]') has no 'key =' line of its own
    return "\n" * body_start + "".join(rows[body_start:]), fields, lines


CONTROL_BYTES = bytes(byte for byte in range(32) if byte not in b"\t\n\r\f")  # many of them: a binary file


def decode(raw: bytes) -> tuple[str | None, str]:
    """Bytes -> text: BOMs, UTF-8, then GB18030 (a superset of GBK), then charset detection;
    mojibake (UTF-8 read as Latin-1) is repaired with ftfy, which leaves everything else as written."""
    for bom, encoding in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if raw.startswith(bom):
            return raw.decode(encoding, errors="replace"), encoding
    head = raw[:4096]
    if b"\x00" in raw or len(head) - len(head.translate(None, CONTROL_BYTES)) > len(head) // 20:
        return None, "binary"
    for encoding in ("utf-8", "gb18030"):
        try:
            return ftfy.fix_encoding(raw.decode(encoding)), encoding
        except UnicodeDecodeError:
            continue
    best = charset_normalizer.from_bytes(raw).best()
    if best is None:
        return raw.decode("utf-8", errors="replace"), "utf-8 (with replacements)"
    return ftfy.fix_encoding(str(best)), best.encoding


# --- a curator's header block --------------------------------------------------------------------------

PUBLISHED_KEYS = {"url", "source url", "publisher", "published"}
HEADER_LINE = re.compile(r"^\s*(?P<key>[A-Za-z][A-Za-z ]{1,20}?)\s*:\s*(?P<value>\S.*?)\s*$")


def page_header(text: str) -> tuple[str, dict, dict[str, int]]:
    """The header block curators put above a saved page ('url: https://…', 'publisher: …',
    'published: 2024-05-09', 'language: en'): its fields, and the text with those lines blanked
    (so line numbers stay true and a front matter below it is still read). A block names where
    the page was published (its url, publisher or date of publication) and ends at the first
    other line; 'Title: …' and 'Date: …' alone are a recap's own labelled lines."""
    keys = {word.casefold() for word in labels("page-metadata")}
    lines = text.splitlines(keepends=True)
    first = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    fields: dict[str, str] = {}
    numbers: dict[str, int] = {}
    end = first
    for index in range(first, len(lines)):
        match = HEADER_LINE.match(lines[index])
        key = match.group("key").strip().casefold() if match else ""
        if key not in keys or key in fields:
            break
        fields[key] = match.group("value").strip("'\"")
        numbers[key] = index + 1
        end = index + 1
    if not PUBLISHED_KEYS & set(fields):
        return text, {}, {}
    if "source url" in fields:
        fields.setdefault("url", fields.pop("source url"))
        numbers.setdefault("url", numbers.pop("source url"))
    blanked = "".join("\n" if first <= i < end else line for i, line in enumerate(lines))
    return blanked, fields, numbers


# --- text and Markdown ---------------------------------------------------------------------------------


def read_text(text: str, name: str) -> Source:
    if FRONT_MATTER.match(text):  # a blog post saved as text is still Markdown
        return read_markdown(text, name)
    lines = [Line(i, _clean(line)) for i, line in enumerate(text.splitlines(), start=1)]
    return Source(name, "text", lines)


FRONT_MATTER = re.compile(r"\A(?:\s*\n)?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
HUGO_IMAGE = re.compile(r"\{\{<\s*image\s+([^>]*?)>\}\}")
ATTRIBUTE = re.compile(r'(\w+)\s*=\s*"([^"]*)"')
CAPTION = re.compile(r"\[caption[^\]]*\]([^\[]*(?:\[(?!/?caption\b)[^\[]*)*)\[/caption\]")  # stops at the next '[caption': linear
MD_IMAGE = re.compile(r"!\[([^\[\]]*)\]\(([^()\s\[]+)[^)\[]*\)")  # no '[' inside, so a line of unclosed images stays linear
HTML_IMAGE = re.compile(r"<img\b[^>]*?\bsrc\s*=\s*[\"']([^\"']+)[\"'][^>]*>", re.IGNORECASE)
AVATAR_AFTER_LINK = re.compile(r"(\]\([^()\s]*\))\s*\[!\[[^\[\]]*\]\([^()\s]+\)\s*(?=[^\[\]\s][^\[\]]*\]\()")
# '[Title](talk)[![img](icon)Jane Doe](profile)': a link that opens with a picture, right after another
# link, names who it belongs to; the two are read apart ('Title - Jane Doe'), not run together
MD_LINK = re.compile(r"\[([^\[\]]*)\](?:\([^)\[]*\)|\[[^\]]*\])")  # inline '[text](url)' or by reference '[text][ref]';
# neither the text nor the url holds a '[', so a line of a thousand unclosed '[' or '[x](' is read in linear time
MD_LINK_DEFINITION = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?(?:[a-z][a-z+.-]*:|/|#|\.{1,2}/|www\.)\S*\s*(?:\"[^\"]*\")?$")  # '[ref]: https://…'
MD_ESCAPE = re.compile(r"\\([\"'])")  # a quote escaped with a backslash (CommonMark escapes; others keep theirs)
MENTION_LINK = re.compile(r"@\[([^\[\]]{2,80})\]\(@[^)\s]*\)")  # '@[Jane Doe](@janedoe)': a blog platform's mention of a person
HANDLE_LINK = re.compile(r"\[@?([\w.-]{2,40})\]\(https?://[^/\s()]+/@?\1/?\)", re.IGNORECASE)
# '[Chewi](https://github.com/chewi)': a link whose text is the only part of its address's path is a profile named by its handle


@cache
def _profile_in_brackets() -> re.Pattern:
    """'Jane Doe ([Akien](https://github.com/akien-mga))': a bracket that holds only a link to one account's page
    on a platform where people keep code or post (data/platforms.txt; the host is the platform's name) names the
    person's handle, not an employer: read as '(@akien-mga)'."""
    hosts = alternation(name.casefold().replace(" ", "") for name in words("platforms") if name.isascii())
    return re.compile(rf"\(\[[^\[\]]{{1,40}}\]\(https?://(?:www\.)?(?:{hosts})\.[a-z]{{2,4}}/@?([\w.-]{{2,40}})/?\)\)",
                      re.IGNORECASE)


ACCOUNT_LINK = re.compile(r"\[((?:[A-Z][^\W\d_]+[ -]){0,3}[A-Z][^\W\d_]+)\]\(https?://(?:www\.)?"
                          r"(?:github\.com|gitlab\.com|twitter\.com|x\.com|linkedin\.com/in)/@?([\w.-]{2,40})/?\)")
# '[Jane Doe](https://github.com/jdoe)': a name that links to one account's page where people keep code or post
# is a person, read as 'Jane Doe (@jdoe)' as a handle written after a name is


def _account_link(link: re.Match) -> str:
    """'[Jane Doe](https://github.com/jdoe)' -> 'Jane Doe (@jdoe)'; a single word only when it is a given name
    ('[Dan](https://github.com/dan)', not '[Twitter](https://twitter.com/contoso)')."""
    written = link.group(1)
    return f"{written} (@{link.group(2)})" if " " in written or "-" in written or widely_given_name(written) else link.group(0)


SHORTCUT_LINK = re.compile(r"(?<![\]!])\[([^\[\]]{1,80})\](?![(\[:])")  # '[text]' alone, its url defined by '[text]: https://…'
LINK_LABEL = re.compile(r"^\s{0,3}\[([^\]^][^\]]*)\]:")  # '[^1]:' defines a footnote, not a link
FOOTNOTE_DEFINITION = re.compile(r"^\s{0,3}\[\^([^\]\s]+)\]:\s*")  # '[^1]: See the minutes.'
FOOTNOTE_REFERENCE = re.compile(r"\s?\[\^([^\]\s]+)\]")  # 'Widgets at scale[^1]'
SHORTCODE = re.compile(r"\{\{[<%][^{}]*?[>%]\}\}")  # '{{< youtube id >}}', '{{% note %}}'
STRUCK_OUT = re.compile(r"~~(?=\S)[^~]*?(?<=\S)~~|<(del|s|strike)>[^<]*</\1>", re.IGNORECASE)  # '~~June 25~~ June 24': replaced, not read
HTML_TAG = re.compile(r"<[^<>]+>")
INTRAWORD = r"[^\W_]"  # a letter or digit: an underscore between two of them is part of a word ('What_I_Learned')
EMPHASIS_OPENER = re.compile(rf"(\*\*|(?<!{INTRAWORD})__|\*|(?<!{INTRAWORD})_)(?=\S)")
EMPHASIS_CLOSERS = {delimiter: re.compile(r"(?<=\S)(?=%s%s)" % (re.escape(delimiter), f"(?!{INTRAWORD})" if "_" in delimiter else ""))
                    for delimiter in ("**", "__", "*", "_")}


RECORDING_FRAME = re.compile(r"""<iframe\b[^>]*\bsrc=["'][^"']*(?:youtube|youtu\.be|vimeo)""", re.IGNORECASE)
FRAME_TITLE = re.compile(r"""<iframe\b[^>]*?\btitle=(?P<quote>["'])(?P<title>.+?)(?P=quote)""", re.IGNORECASE)


def _recording_caption(raw: str) -> str | None:
    """The caption an embedded recording's frame carries in its `title` (a WordPress export writes
    the video's title there, often 'Speaker: Talk'), when the line is only that frame."""
    title = FRAME_TITLE.search(raw) if RECORDING_FRAME.search(raw) else None
    if not title or HTML_TAG.sub("", raw).strip():
        return None
    return html.unescape(title.group("title")).strip() or None


EMBEDDED_VIDEO = re.compile(r"""^\s*(?:\{\{<?\s*(?:video|youtube|vimeo)\b.*\}\}|(?:<(?:div|p|figure)\b[^>]*>\s*)?"""  # '<div class="video">'
                            r"""<iframe\b[^>]*\bsrc=["'][^"']*(?:youtube|youtu\.be|vimeo)"""
                            r"""[^>]*>\s*(?:</iframe>)?\s*(?:</(?:div|p|figure)>)?)\s*$""", re.IGNORECASE)  # a line that only embeds a recording
EMBEDDED_POST = re.compile(r"""^\s*<blockquote\b[^>]*\bclass=["'][^"']*\b(?:twitter-tweet|bluesky-embed|mastodon-embed)""", re.IGNORECASE)
EMBEDDED_POST_ATTRIBUTION = re.compile(r"(?<=</p>).*$", re.IGNORECASE)
"""A social-media post embedded in a page: '<blockquote class="twitter-tweet"><p>Text</p>&mdash; Author
(@handle) <a …>August 18, 2016</a></blockquote>'. Its text is kept; who posted it and when is not the event's."""
SHARED_BY = re.compile(r"^\s*(?:\*\*)?(?P<link>\[[^\]]{2,}\]\([^)]*\))(?:\*\*)?\s+from\s+(?:\*\*)?\[[^\]]+\]\([^)]*\)(?:\*\*)?\s*$")
"""'**[Title](https://slides.example/x)** from **[Uploader](https://slides.example/u)**': the caption a
slide-sharing site writes under an embedded deck; only the link to the slides is kept (the uploader
shared them, and is no speaker for that)."""


def read_markdown(text: str, name: str) -> Source:
    front_matter, front_lines, body_start = _front_matter(text)
    source = Source(name, "markdown", [], front_matter, front_lines)
    raws = _wrapped_links_joined(_not_shown_blanked(_comments_blanked(text.splitlines())))
    in_table = False
    html_tables = _html_tables(raws, body_start, name) if HTML_TABLE_ANYWHERE.search(text) else {}
    labels = _link_labels(raws)
    footnotes = _footnote_labels(raws)
    for number, raw in enumerate(raws[body_start:], start=body_start + 1):
        if number in html_tables:
            source.lines += html_tables[number].lines
            source.images += html_tables[number].images
            continue
        raw = EMBEDDED_POST_ATTRIBUTION.sub("", raw) if EMBEDDED_POST.match(raw) else raw
        raw = _footnote_marks_dropped(raw, footnotes) if footnotes and "[^" in raw else raw
        raw = _shortcut_links_read(raw, labels) if labels and "[" in raw else raw
        shared = SHARED_BY.match(raw)
        in_table = "|" in raw and (in_table or number < len(raws) and bool(DELIMITER_ROW.match(raws[number])))
        plain_markup = _markup(raw)
        in_row = in_table or plain_markup == "row"
        text = LINE_BREAK_TAG.sub(CELL_LINE, raw) if in_row else raw  # 'Title<br>Speaker' in a cell: two lines
        line = _markdown_line(shared.group("link") if shared else text, number, source.images)
        underline = SETEXT_UNDERLINE.match(raws[number]) if number < len(raws) else None
        markup = "link" if shared else "video" if EMBEDDED_VIDEO.match(raw) else plain_markup
        captioned = _recording_caption(raw) if "<iframe" in raw else None
        if captioned:  # '<p><iframe title="Jane Doe: Title" src="…youtube…">': the recording's caption
            line, markup = captioned, "link"
        if markup == "link" and _link_in_text(raws, number - 1):
            markup = "text-link"
        if underline and line and markup in ("", "bold"):  # 'Title' over '===' or '---' is a heading
            markup = "h1" if underline.group(0).strip().startswith("=") else "h2"
        if in_table and markup in ("", "bold"):  # a table without outer pipes: 'Item | Owner' over '---|---'
            markup = "row"
        link_texts, targets = _links(text)
        source.lines.append(Line(number, "" if THEMATIC_BREAK.match(raw) else line, markup, link_texts, _italic_texts(text),
                                 targets, _bold_texts(text)))
    return source


LINK_PARTS = re.compile(r"\[([^\[\]]*)\](?:\((?P<inline>[^)\[]*)\)|\[[^\]]*\])")  # MD_LINK, with what an inline link's brackets hold
LINK_ADDRESS = re.compile(r"\s*<?([^)\s>]+)>?(?:\s+\"[^\"]{0,200}\"|\s+'[^']{0,200}')?\s*")  # 'url "title"', '<url>'


def _links(raw: str) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """One scan of the line's Markdown links, no image: the texts that hold a space, read as the line is
    ('[**Bart at Work**](…)' -> 'Bart at Work'), where a name in them ends; and each inline link's text and
    address ('[text](url "title")')."""
    if "[" not in raw:
        return (), ()
    texts, targets = [], []
    for match in LINK_PARTS.finditer(raw):
        if raw[match.start() - 1:match.start()] == "!":
            continue
        text = _clean(_without_emphasis(match.group(1)))
        texts += [text] if " " in text else []
        address = LINK_ADDRESS.fullmatch(match.group("inline")) if match.group("inline") is not None else None
        targets += [(text, address.group(1))] if address else []
    return tuple(texts), tuple(targets)


ITALIC = re.compile(r"(?<![*\w])\*(?=[^\s*])(?P<star>[^*]{2,200}?)(?<=\S)\*(?![*\w])|(?<![_\w])_(?=[^\s_])(?P<bar>[^_]{2,200}?)(?<=\S)_(?![_\w])")


def _italic_texts(raw: str) -> tuple[str, ...]:
    """The texts the line sets in italics, one '*' or '_' on each side ('a talk titled *Title*'), read as
    the line is (a link in them as its text); bold '**…**' is none."""
    if "*" not in raw and "_" not in raw:
        return ()
    return tuple(text for match in ITALIC.finditer(raw)
                 for text in [_clean(MD_LINK.sub(r"\1", match.group("star") or match.group("bar")))] if text)


BOLD_SPAN = re.compile(r"\*\*(?=[^\s*])(?P<star>[^*]{1,300}?)(?<=[^\s*])\*\*|(?<![_\w])__(?=[^\s_])(?P<bar>[^_]{1,300}?)(?<=[^\s_])__(?![_\w])"
                       r"|<(?P<tag>strong|b)\b[^>]*>(?P<tagged>.{1,300}?)</(?P=tag)>", re.IGNORECASE)


def _bold_texts(raw: str) -> tuple[str, ...]:
    """The texts the line sets in bold ('**Title**', '__Title__', '<b>Title</b>'), read as the line is (a link
    in them as its text: '**[Title](…)**', '[**Title**](…)' -> 'Title')."""
    if "**" not in raw and "__" not in raw and "<" not in raw:
        return ()
    return tuple(text for text in map(_bold_text, BOLD_SPAN.finditer(raw)) if text)


def _bold_text(match: re.Match) -> str:
    inner = next(group for group in match.group("star", "bar", "tagged") if group is not None)
    return _clean(html.unescape(HTML_TAG.sub("", _without_emphasis(MD_LINK.sub(r"\1", inner)))))


def read_asciidoc(text: str, name: str) -> Source:
    """AsciiDoc as the Markdown it maps to line for line; its header attributes are front matter."""
    front_matter = FRONT_MATTER.match(text)
    converted = as_markdown(text, text[:front_matter.end()].count("\n") if front_matter else 0)
    source = read_markdown(converted.markdown, name)
    source.format = "asciidoc"
    for key, value in converted.attributes.items():
        source.front_matter.setdefault(key, value)
        source.front_matter_lines.setdefault(key, converted.attribute_lines[key])
    return source


def read_restructuredtext(text: str, name: str) -> Source:
    """reStructuredText as the Markdown it maps to line for line (see `restructuredtext.py`)."""
    post = post_directive(text)
    source = read_markdown(rst_as_markdown(text, post), name)
    source.format = "restructuredtext"
    if post and "date" not in source.front_matter:  # ABlog's '.. post:: Apr 5, 2031': the day the post went up
        source.front_matter["date"], source.front_matter_lines["date"] = post[1], post[0]
    return source


def read_mediawiki(text: str, name: str) -> Source:
    """MediaWiki markup as the Markdown it maps to line for line (see `mediawiki.py`)."""
    source = read_markdown(mediawiki_as_markdown(text), name)
    source.format = "mediawiki"
    return source


HTML_TABLE_START = re.compile(r"^\s*<table\b", re.IGNORECASE)
HTML_TABLE_END = re.compile(r"</table>", re.IGNORECASE)
HTML_TABLE_ANYWHERE = re.compile(r"<table\b", re.IGNORECASE)  # one look at the whole text first: few pages hold one


def _html_tables(raws: list[str], body_start: int, name: str) -> dict[int, Source]:
    """The HTML tables written into a Markdown page (a schedule as `<table>` rows), read as an
    HTML page's tables are: line number of each of their lines -> what that line holds (the
    first line the whole table, read by `read_html`, the others nothing)."""
    found: dict[int, Source] = {}
    index = body_start
    while index < len(raws):
        if not HTML_TABLE_START.match(raws[index]):
            index += 1
            continue
        end = next((i for i in range(index, len(raws)) if HTML_TABLE_END.search(raws[i])), None)
        if end is None:
            break
        table = read_html("\n".join(raws[index:end + 1]), name)
        if isinstance(table, Source):
            table.lines = [replace(line, number=line.number + index) for line in table.lines]
            table.images = [Image(image.src, image.caption, image.line + index) for image in table.images]
            found[index + 1] = table
            found.update((number, Source(name, "html", [])) for number in range(index + 2, end + 2))
        index = end + 1
    return found


HTML_PARAGRAPH = re.compile(r"^\s*<p\b[^>]*>.*</p>\s*$", re.IGNORECASE)
LINE_BREAK_TAG = re.compile(r"\s*<br\s*/?>\s*", re.IGNORECASE)
DELIMITER_ROW = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")  # a table's '---|:---:' line
SETEXT_UNDERLINE = re.compile(r"^\s{0,3}(?:={2,}|-{2,})\s*$")
THEMATIC_BREAK = re.compile(r"^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,}|={3,})\s*$")  # a rule, or a heading's underline


MARKUP = [(re.compile(r"^\s{0,3}(#{1,6})(?:\s|(?=[^\x00-\x7f]))"), None),  # '##中文': Chinese headings often omit the space
          (re.compile(r"^\s*\|.*\|\s*$"), "row"),
          (re.compile(r"^\s*\[(?:\*\*[^*\]]+?\*\*|__[^_\]]+?__)\]\(\S*\)[\s:：]*$"), "bold"),  # '[**Title**](url)': a bold title that links
          (re.compile(r"^\s*\[[^\]]{2,}\]\(\S*\)\s*(?:<br\s*/?>)?\s*$"), "link"),
          (re.compile(r"^\s*(?:[-*+]|\d{1,2}[.)])\s+\S"), "item"),
          (re.compile(r"^\s*(?:\*\*[^*<>]+?\*\*[\s:：]*(?:<br\s*/?>)?|__[^*_<>]+?__[\s:：]*|(?:<strong>|<b>)[^*_<>]+?"
                      r"(?:</strong>|</b>)[\s:：]*)\s*$", re.IGNORECASE), "bold")]  # '**10:00 _Title_** <br>': a hard break ends it


def _link_in_text(raws: list[str], index: int) -> bool:
    """A line that is only a link inside a paragraph or list item ('… hosted by the' / '[Contoso
    Group](…)' / 'in Berlin.'): Markdown joins it to the text around it. It stands apart when a
    blank line, a heading or a label ('Slides:') is above it and its next line is no continuation."""
    above = raws[index - 1] if index > 0 else ""
    below = raws[index + 1] if index + 1 < len(raws) else ""
    indented = raws[index][:1].isspace()
    goes_on = bool(above.strip()) and not above.lstrip().startswith(("<", "{", "!", ">")) and not (
        THEMATIC_BREAK.match(above) or SETEXT_UNDERLINE.match(above)) and (
        _markup(above) == "" and not above.rstrip().endswith((":", "：")) or indented and _markup(above) in ("item", "indent"))
    continued = _markup(below) in ("", "indent") and bool(re.match(r"\s*[a-z,.;:)(–—-]", below)) \
        and not THEMATIC_BREAK.match(below)
    return goes_on or continued


def _markup(raw: str) -> str:
    for pattern, kind in MARKUP:
        match = pattern.match(raw)
        if match:
            return kind or f"h{len(match.group(1))}"
    if HTML_PARAGRAPH.match(raw):  # '<p>…</p>' on its own line: a paragraph whole, whatever its neighbours
        return "para"
    return "indent" if re.match(r"^(?: {2,}|\t)\S", raw) else ""


OPEN_FRONT_MATTER = re.compile(r"\A(?:\s*\n)?((?:[A-Za-z][\w-]*:.*\r?\n(?:[ \t-].*\r?\n)*){2,})---[ \t]*(?:\r?\n|\Z)")
"""Hexo's front matter written without its opening fence: 'title: …' and 'date: …' lines, closed by '---'."""


def _front_matter(text: str) -> tuple[dict, dict[str, int], int]:
    """Front matter as strings, whatever its shape; a broken one is read key by key."""
    match = FRONT_MATTER.match(text) or _open_front_matter(text)
    if not match:
        if FRANKLIN_DEF.match(text.lstrip()):
            return _franklin_front_matter(text)
        toml = _toml_front_matter(text)
        return toml if toml[2] else _metadata_header(text)
    block = match.group(1)
    offset = text[:match.start(1)].count("\n") + 1
    body_start = text[:match.end()].count("\n")
    if ZIGGY_FIELD.fullmatch(block.strip().split("\n", 1)[0].strip()):
        return (*_assignments(block.splitlines(), offset, ZIGGY_FIELD), body_start)  # Zine's SuperMD front matter
    loaded = load_yaml_text(block, "front matter")
    data = loaded.data if isinstance(loaded.data, dict) else {}
    if loaded.problems or not data:
        data = {}
        for line in block.splitlines():
            key, sep, value = line.partition(":")
            if sep and not line.startswith((" ", "#", "-")):
                data[key.strip()] = value.strip().strip("'\"")
    lines = {}
    for i, line in enumerate(block.splitlines()):
        key = line.split(":", 1)[0].strip()
        if key and not line.startswith(" ") and key not in lines:
            lines[key] = offset + i
    return data, lines, body_start


ZIGGY_FIELD = re.compile(r"\.(?P<key>[A-Za-z_]\w*)\s*=\s*(?P<value>.*?),?")  # '.title = "Contoso Summit 2031",'


def _open_front_matter(text: str) -> re.Match | None:
    match = OPEN_FRONT_MATTER.match(text) if text[:1].isalpha() or text[:1].isspace() else None
    return match if match and re.search(r"(?m)^title:", match.group(1)) else None


TOML_FRONT_MATTER = re.compile(r"\A(?:\s*\n)?\+\+\+[ \t]*\r?\n(.*?)\r?\n\+\+\+[ \t]*(?:\r?\n|\Z)", re.DOTALL)


def _toml_front_matter(text: str) -> tuple[dict, dict[str, int], int]:
    """Hugo's TOML front matter ('+++' fences), values as strings like the YAML kind."""
    import tomllib

    match = TOML_FRONT_MATTER.match(text)
    if not match:
        return {}, {}, 0
    try:
        data = tomllib.loads(match.group(1))
    except tomllib.TOMLDecodeError:  # Franklin's '+++' block holds Julia values ('Date(2021, 7, 26)', tuples)
        data = _assignments(match.group(1).splitlines(), 0)[0]
    offset = text[:match.start(1)].count("\n") + 1
    lines = {}
    for i, line in enumerate(match.group(1).splitlines()):
        key = line.split("=", 1)[0].strip()
        if key and "=" in line and key not in lines:
            lines[key] = offset + i
    return data, lines, text[:match.end()].count("\n")


METADATA_LINE = re.compile(r"(?P<key>[A-Za-z][\w-]{0,20}):\s+(?P<value>\S.*)$")


def _metadata_header(text: str) -> tuple[dict, dict[str, int], int]:
    """Pelican's and MultiMarkdown's metadata, 'Key: value' lines that open the page up to its
    first blank line ('Title: Contoso Summit 2024 recap', 'Date: 2024-05-06', 'Tags: …'), read
    like front matter, keys in lower case. Only a block of two or more such lines with a title is
    one; a page that opens with one labelled line is text."""
    data: dict[str, str] = {}
    numbers: dict[str, int] = {}
    lines = text.splitlines()
    for index, line in enumerate(lines):
        entry = METADATA_LINE.match(line)
        if not entry:
            break
        data.setdefault(entry.group("key").casefold(), entry.group("value").strip())
        numbers.setdefault(entry.group("key").casefold(), index + 1)
    else:
        index = len(lines)
    if len(data) < 2 or "title" not in data or index < len(lines) and lines[index].strip():
        return {}, {}, 0
    return data, numbers, index


FRANKLIN_DEF = re.compile(r"@def\s+(?P<key>\w+)\s*=\s*(?P<value>.*)")
ASSIGNMENT = re.compile(r"(?P<key>[A-Za-z_]\w*)\s*=\s*(?P<value>.*)")
JULIA_DATE = re.compile(r"Date\(\s*(\d{4})\s*,\s*(\d{1,2})\s*,\s*(\d{1,2})\s*\)")


def _franklin_front_matter(text: str) -> tuple[dict, dict[str, int], int]:
    """Franklin's page variables, '@def title = "Contoso Summit 2024"' lines at the top of the page
    (a string over several lines in triple quotes), read like front matter: the text starts after them."""
    lines = text.splitlines()
    data: dict[str, str] = {}
    numbers: dict[str, int] = {}
    index = body_start = 0
    while index < len(lines):
        definition = FRANKLIN_DEF.match(lines[index].strip())
        if not definition and lines[index].strip():
            break
        if definition:
            value, first = definition.group("value"), index
            if value.startswith('"""') and (len(value) < 6 or not value.rstrip().endswith('"""')):
                closing = next((at for at in range(index + 1, min(len(lines), index + FRANKLIN_STRING_LINES))
                                if lines[at].rstrip().endswith('"""')), None)
                if closing is not None:  # a string over several lines; one never closed is its first line only
                    value, index = "\n".join([value, *lines[index + 1:closing + 1]]), closing
            data.setdefault(definition.group("key"), _julia_value(value))
            numbers.setdefault(definition.group("key"), first + 1)
            body_start = index + 1
        index += 1
    return data, numbers, body_start


FRANKLIN_STRING_LINES = 40  # the lines a triple-quoted page variable may span


def _assignments(lines: list[str], offset: int, field: re.Pattern = ASSIGNMENT) -> tuple[dict, dict[str, int]]:
    """'key = value' lines of a block no TOML parser reads (Franklin's '+++' block; Zine's Ziggy fields
    '.date = "2031-05-02T00:00:00+00:00",'), each value as text with its line, the first of a key kept;
    an indented line lies inside a field's list or map and is no field."""
    data: dict[str, str] = {}
    numbers: dict[str, int] = {}
    for index, line in enumerate(lines):
        match = field.fullmatch(line.strip()) if line[:1].isalpha() or line[:1] == "." else None
        if match and match.group("key") not in data:
            data[match.group("key")] = _julia_value(match.group("value"))
            numbers[match.group("key")] = offset + index
    return data, numbers


def _julia_value(value: str) -> str:
    """A quoted string without its quotes, a 'Date(2014, 8, 9)' as 2014-08-09, anything else as written."""
    value = value.strip()
    date = JULIA_DATE.fullmatch(value)
    if date:
        return "%s-%02d-%02d" % (date.group(1), int(date.group(2)), int(date.group(3)))
    for quote in ('"""', '"', "'"):
        if len(value) >= 2 * len(quote) and value.startswith(quote) and value.endswith(quote):
            return value[len(quote):-len(quote)].strip()
    return value


def _link_labels(raws: list[str]) -> frozenset[str]:
    """The labels a document defines urls for ('[Contoso Days]: https://…'), casefolded."""
    return frozenset(_label(match.group(1)) for raw in raws if "]:" in raw and MD_LINK_DEFINITION.match(raw)
                     for match in [LINK_LABEL.match(raw)] if match)


def _label(text: str) -> str:
    """A link label as Markdown matches it: case and runs of spaces do not count ('[Contoso  days]' = '[contoso days]')."""
    return " ".join(text.split()).casefold()


def _footnote_labels(raws: list[str]) -> frozenset[str]:
    """The footnotes a document defines ('[^1]: text', '[^note]: https://…'), casefolded."""
    return frozenset(match.group(1).casefold() for raw in raws if "[^" in raw for match in [FOOTNOTE_DEFINITION.match(raw)] if match)


def _footnote_marks_dropped(raw: str, footnotes: frozenset[str]) -> str:
    """'Widgets at scale[^1]' -> 'Widgets at scale', '[^1]: See the minutes.' -> 'See the minutes.': a footnote's
    mark is no text of the line it stands in (a definition that is only a url stays, to be dropped as one)."""
    if not MD_LINK_DEFINITION.match(raw):
        raw = FOOTNOTE_DEFINITION.sub("", raw)
    return FOOTNOTE_REFERENCE.sub(lambda m: "" if m.group(1).casefold() in footnotes else m.group(0), raw)


def _shortcut_links_read(raw: str, labels: frozenset[str]) -> str:
    """'hosted by [Contoso]' with '[Contoso]: https://…' below: a link by its label alone reads as its
    text; brackets whose label no definition names ('[x]', '[sic]') stay."""
    if MD_LINK_DEFINITION.match(raw):
        return raw
    return SHORTCUT_LINK.sub(lambda m: m.group(1) if _label(m.group(1)) in labels else m.group(0), raw)


def _markdown_line(raw: str, number: int, images: list[Image]) -> str:
    if MD_LINK_DEFINITION.match(raw):
        return ""
    line = raw
    for match in HUGO_IMAGE.finditer(line):
        attributes = dict(ATTRIBUTE.findall(match.group(1)))
        if attributes.get("src"):
            images.append(Image(attributes["src"], attributes.get("caption") or attributes.get("alt", ""), number))
    line = HUGO_IMAGE.sub("", line)
    for match in CAPTION.finditer(line):
        inner = match.group(1)
        src = (MD_IMAGE.search(inner) or HTML_IMAGE.search(inner))
        caption = _clean(HTML_TAG.sub("", MD_IMAGE.sub("", MD_LINK.sub("", inner))))
        if src:
            images.append(Image(src.group(2) if src.re is MD_IMAGE else src.group(1), caption, number))
    line = CAPTION.sub(lambda m: " " + _clean(HTML_TAG.sub("", MD_IMAGE.sub("", MD_LINK.sub("", m.group(1))))), line)
    for match in MD_IMAGE.finditer(line):
        images.append(Image(match.group(2), match.group(1), number))
    for match in HTML_IMAGE.finditer(line):
        images.append(Image(match.group(1), "", number))
    line = AVATAR_AFTER_LINK.sub(r"\1 - [", line)
    line = MD_IMAGE.sub("", line)
    line = MENTION_LINK.sub(r"\1", line)  # the person's name, not '@' before it
    line = HANDLE_LINK.sub(r"@\1", line)  # '[jdoe](https://code.example/jdoe)': a handle, no name
    line = _profile_in_brackets().sub(r"(@\1)", line) if "](" in line else line
    line = ACCOUNT_LINK.sub(_account_link, line) if "](" in line else line
    line = MD_LINK.sub(r"\1", line)
    line = SHORTCODE.sub("", line)
    line = STRUCK_OUT.sub("", line)
    line = html.unescape(HTML_TAG.sub(" ", line))  # '&mdash;', '&#39;': Markdown lets a page write characters as HTML does
    line = MD_ESCAPE.sub(r"\1", line)  # 'Priyanka \"Pinky\" Ravi': a quote escaped is the quote
    line = _without_emphasis(line)
    line = re.sub(r"^#{1,6}\s*", "", line)
    return _clean(line)


def _without_emphasis(line: str) -> str:
    """The line with each '**bold**', '__bold__', '*italic*' or '_italic_' span replaced by its text.

    A span opens with a delimiter before a non-space and closes at the nearest same delimiter after a
    non-space, one character later at least; the longest delimiter is tried first. Closers are found once per
    line and bisected, so a megabyte of '**a **a …' (openers with no closer) takes a second, not minutes."""
    if "*" not in line and "_" not in line:
        return line
    closers = {delimiter: [m.start() for m in pattern.finditer(line)] for delimiter, pattern in EMPHASIS_CLOSERS.items()}
    kept, start, at = [], 0, 0
    while opener := EMPHASIS_OPENER.search(line, at):
        span = _emphasis_at(line, opener.start(), closers)
        if span:
            inner, end, after = span
            kept += [line[start:opener.start()], line[inner:end]]
            start = at = after
        else:
            at = opener.start() + 1
    kept.append(line[start:])
    return "".join(kept)


def _emphasis_at(line: str, at: int, closers: dict[str, list[int]]) -> tuple[int, int, int] | None:
    """Where the span opened at `at` has its text and where it ends: the first delimiter (longest first)
    whose nearest closer leaves at least one character inside."""
    for delimiter, positions in closers.items():
        inner = at + len(delimiter)
        if line.startswith(delimiter, at) and inner < len(line) and not line[inner].isspace():
            k = bisect.bisect_left(positions, inner + 1)
            if k < len(positions):
                return inner, positions[k], positions[k] + len(delimiter)
    return None


COMMENT_START, COMMENT_END = "<!--", "-->"


def _comments_blanked(raws: list[str]) -> list[str]:
    """An HTML comment over several lines ('<!-- last year's sessions:' … '-->') is not shown on the
    page: its lines are read as blank (so line numbers stay true); what is outside it on its first and
    last line is kept."""
    if not any(COMMENT_START in raw for raw in raws):
        return raws
    kept, inside = [], False
    for raw in raws:
        line, rest = "", raw
        while rest:
            if inside:
                end = rest.find(COMMENT_END)
                inside, rest = end < 0, "" if end < 0 else rest[end + len(COMMENT_END):]
            else:
                start = rest.find(COMMENT_START)
                line, rest = (line + rest, "") if start < 0 else (line + rest[:start], rest[start + len(COMMENT_START):])
                inside = start >= 0
        kept.append(line if line.strip() or not raw.strip() else "")
    return kept


CODE_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})\s*(\{?[\w+#.-]*)")  # '```go', R Markdown's '```{r}': code in a language
MDX_STATEMENT = re.compile(r"^(?:import\s+(?:[\w${},*\s]+\s+from\s+)?['\"]|export\s+(?:const|let|default|function)\b)")
ADMONITION = re.compile(r"^\s{0,3}:::\s*(?:\w+)?\s*(?:\[(?P<bracketed>[^\]]*)\]|(?P<title>.*))$")  # ':::tip Title'
JSX_COMMENT = re.compile(r"^\s*\{/\*.*\*/\}\s*$")
HEADING_ID = re.compile(r"\s*\{(?:/\*\s*[\w-]+\s*\*/|#[\w-]+)\}\s*$")  # '## Day 1 {/*day-1*/}', '## Agenda {#agenda}'


def _not_shown_blanked(raws: list[str]) -> list[str]:
    """Lines a reader of the page never sees as text are read as blank (line numbers stay true): code
    in a fence that names its language ('```yaml'; an unnamed fence often holds a plain-text agenda,
    so its lines stay), and MDX's statements ('import Tabs from …'), comments ('{/* … */}') and
    admonition fences (':::note' alone is blank, ':::tip Venue' keeps its title); a heading's anchor
    id at its end ('## Day 1 {/*day-1*/}') is no part of its text."""
    kept, fence = [], None
    for raw in raws:
        opened = CODE_FENCE.match(raw)
        if fence:
            closes = opened and opened.group(1)[0] == fence[0] and len(opened.group(1)) >= len(fence) and not opened.group(2)
            kept.append("")
            fence = None if closes else fence
        elif opened:
            fence = opened.group(1) if opened.group(2) else None
            kept.append("")
        elif MDX_STATEMENT.match(raw) or JSX_COMMENT.match(raw):
            kept.append("")
        elif admonition := ADMONITION.match(raw):
            kept.append((admonition.group("bracketed") or admonition.group("title") or "").strip())
        else:
            kept.append(HEADING_ID.sub("", raw) if raw.lstrip().startswith("#") and raw.rstrip().endswith("}") else raw)
    return kept


LINK_TEXT_STARTS = re.compile(r"(?<!!)\[[^\[\]]*$")  # '… the [Contoso' : a link's text goes on on the next line
LINK_TEXT_ENDS = re.compile(r"^\s*[^\[\]]*\](?:\([^)]*\)|\[[^\]]*\])")  # 'Group](https://…)': where it ends


def _wrapped_links_joined(raws: list[str]) -> list[str]:
    """A link whose text a hard-wrapped paragraph broke over two lines ('… at the [Contoso' /
    'Group](https://…) meetup') is read whole on the line where it starts; the rest of the next
    line stays on that line."""
    joined = list(raws)
    for index in range(len(joined) - 1):
        if not LINK_TEXT_STARTS.search(joined[index]):
            continue
        through = index + 1  # the line where the link's text ends; the lines between are all its text
        while through < min(len(joined), index + 1 + LINK_TEXT_LINES) and LINK_TEXT_GOES_ON.match(joined[through]):
            through += 1
        end = LINK_TEXT_ENDS.match(joined[through]) if through < len(joined) else None
        if end:
            text = " ".join(line.strip() for line in joined[index + 1:through] + [end.group(0)])
            joined[index] = f"{joined[index].rstrip()} {text}"
            joined[index + 1:through] = [""] * (through - index - 1)
            indent = joined[through][:len(joined[through]) - len(joined[through].lstrip())]
            joined[through] = indent + joined[through][end.end():].lstrip()
    return joined


LINK_TEXT_LINES = 3  # a link's text wrapped over more lines than this is no link's text
LINK_TEXT_GOES_ON = re.compile(r"^\s*[^\s\[\]#|>*+-][^\[\]]*$")  # a line of text with no bracket, no block marker


UNICODE_SPACE = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")  # no-break, em, thin, ideographic... spaces


def _clean(text: str) -> str:
    """Spaces folded, tabs kept (PDF-to-text agendas separate their columns with tabs)."""
    text = UNICODE_SPACE.sub(" ", text.replace("&nbsp;", " ").replace("&amp;", "&"))
    return re.sub(r" *\t *", "\t", re.sub(r" +", " ", text)).strip(" ")


# --- HTML ----------------------------------------------------------------------------------------------

DROPPED_TAGS = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button"}
DROPPED_HINTS = re.compile(r"share|social|lang|language|breadcrumb|menu|footer|header|nav|sidebar|related|comment|cookie",
                           re.IGNORECASE)
BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "figcaption", "blockquote", "pre",
          "section", "article", "dd", "dt", "br"}


MAX_HTML_ELEMENTS = 250_000  # a recap page has a few thousand; each parsed element costs about 1 KB of memory
TAG_START = re.compile(r"<[A-Za-z]")


def read_html(text: str, name: str) -> Source | ReadFailure:
    """The article's text blocks, each with its line.

    Linear in the size of the page, however deep its nesting (a 1 MB page of nested divs:
    benchmarks/html_nesting.py): elements are visited in a few passes over the tree, never by
    asking each element to search the elements inside it."""
    import warnings

    from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, Tag, XMLParsedAsHTMLWarning

    if sum(1 for _ in itertools.islice(TAG_START.finditer(text), MAX_HTML_ELEMENTS + 1)) > MAX_HTML_ELEMENTS:
        return ReadFailure(name, f"the page has more than {MAX_HTML_ELEMENTS:,} HTML elements (a recap has a few "
                                 "thousand): save the article alone")
    with warnings.catch_warnings():  # the text is a file's content; a short one may look like a path or URL,
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)  # an XHTML page or feed like XML: it is read as HTML
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        soup = BeautifulSoup(text, "html.parser")
    source = Source(name, "html", [])
    elements = [element for element in soup.descendants if isinstance(element, Tag)]
    title = _page_title(elements)
    if title:
        source.front_matter["title"] = title
    dropped = _page_furniture(elements)
    for element in elements:
        if id(element) in dropped and id(element.parent) not in dropped:
            element.extract()  # not decompose(): clearing each element inside costs a search per element
    root = next((e for name in ("article", "main", "body") for e in elements
                 if e.name == name and id(e) not in dropped), soup)
    blocks, in_rows, order = [], set(), {}
    for position, element in enumerate(root.descendants):
        order[id(element)] = position
        if not isinstance(element, Tag):
            continue
        if element.name == "img" and element.get("src"):
            source.images.append(Image(element["src"], element.get("alt", ""), element.sourceline or 0))
        elif element.name in BLOCKS and element.name != "br" and id(element) not in in_rows:
            if element.name == "tr" and element.find(LAYOUT_CELL_CONTENT):
                continue  # a table that lays out the page: its lists are read as lists
            blocks.append(element)
            if element.name == "tr":  # read whole, below: what is inside is not read again
                in_rows.update(id(inside) for inside in element.descendants)
    placed: list[tuple[int, Line]] = []
    for element in blocks:
        if element.name == "tr":  # a table row is one line, its cells apart (as tab-separated agendas are)
            cell_runs = [_runs(cell, order, in_cell=True) for cell in element.find_all(["td", "th"])]
            cells = [CELL_LINE.join(run.text for run in runs) for runs in cell_runs]
            if any(cells):
                placed.append((order[id(element)], Line(element.sourceline or 0, "\t".join(cells),
                                                        bold=tuple(span for runs in cell_runs for run in runs for span in run.spans))))
            continue
        for index, run in enumerate(_runs(element, order, in_cell=False)):
            placed.append((run.order, Line(run.line, run.text, _run_markup(element.name, run, index), bold=run.spans)))
    source.lines = [line for _, line in sorted(placed, key=lambda pair: pair[0])]
    return source


def _page_title(elements: list) -> str | None:
    """The article's title: its Open Graph title (`<meta property="og:title">`), which a site sets
    per page, before the `<title>`, which many sites fill with their own name alone."""
    shared = next((element.get("content") for element in elements if element.name == "meta"
                   and element.get("property") == "og:title"), None)
    title = next((element.get_text(" ", strip=True) for element in elements if element.name == "title"), None)
    return _clean(shared).strip() if shared and shared.strip() else title or None


LAYOUT_CELL_CONTENT = ["ul", "ol", "dl", "table"]  # what a cell of a program holds only when the table is the page's frame
CELL_LINE = "\u2028"  # a line break inside a table cell ('Title<br>Speaker'); a space to any other reader
BOLD_TAGS = {"b", "strong"}


@dataclass(frozen=True)
class _Run:
    text: str
    line: int
    order: int  # where it starts in the page, so a block's text after a block inside it keeps its place
    bold: bool  # all of it in <b> or <strong>
    spans: tuple[str, ...] = ()  # the text of each <b> or <strong> in it, as read


def _runs(element, order: dict[int, int], in_cell: bool) -> list[_Run]:
    """A block's own text as lines: a `<br>` ends a line, and so does a block inside it, which is
    read as a block of its own (in a table cell: as the cell's next line). Walked with a stack, not
    by recursion: a page may nest thousands of inline elements."""
    from bs4 import CData, NavigableString, Tag

    runs: list[_Run] = []
    parts: list[str] = []
    spans: list[tuple[int, list[str]]] = []  # each bold element's text so far: (the element's id, its parts)
    state = {"line": element.sourceline or 0, "tag_line": element.sourceline or 0, "start": None, "bold": True}

    def close() -> None:
        text = _clean(" ".join(_joined_runs(parts).split()))  # the page's own line breaks and indents are no lines
        if text:
            runs.append(_Run(text, state["line"], state["start"], state["bold"],
                             tuple(span for _, held in spans for span in [_clean(_joined_runs(held))] if span)))
        parts.clear()
        spans.clear()
        state.update(start=None, bold=True)

    stack = [(iter(element.children), element.name in BOLD_TAGS, False, None)]
    while stack:
        children, bold, closes, holder = stack[-1]  # holder: the id of the outermost bold element the text is in
        child = next(children, None)
        if child is None:
            stack.pop()
            if closes:
                close()
            continue
        if isinstance(child, Tag):
            state["tag_line"] = child.sourceline or state["tag_line"]
            if child.name == "br" or child.name in BLOCKS:
                close()
                if child.name != "br" and in_cell:
                    stack.append((iter(child.children), bold, True, holder))
            else:  # an inline element; in a cell, a bold one that starts a line is a line of its own ('<b>Title</b> - abstract')
                lead = in_cell and child.name in BOLD_TAGS and not parts
                held = holder if holder is not None or child.name not in BOLD_TAGS else id(child)
                stack.append((iter(child.children), bold or child.name in BOLD_TAGS, lead, held))
            continue
        if type(child) not in (NavigableString, CData) or not child.strip():
            continue
        if not parts:
            before = child[:len(child) - len(child.lstrip())]
            state["line"] = state["tag_line"] + before.count("\n")
            state["start"] = order.get(id(child), 0)
        parts.append(child.strip())
        state["bold"] = state["bold"] and bold
        if holder is not None:
            if spans and spans[-1][0] == holder:
                spans[-1][1].append(child.strip())
            else:
                spans.append((holder, [child.strip()]))
    close()
    return runs


CLOSING_MARKS, OPENING_MARKS = ",.;:!?)]}，。；：！？）、》」", "([{（《「"


def _joined_runs(parts: list[str]) -> str:
    """The texts of a block's inline elements joined by a space, but not before the mark that closes
    what an element held nor after one that opens it ('<b>fifth edition</b>, people', '(<i>Lyon</i>)')."""
    joined = parts[:1]
    for part in parts[1:]:
        joined += [part] if part[0] in CLOSING_MARKS or joined[-1][-1] in OPENING_MARKS else [" ", part]
    return "".join(joined)


def _run_markup(name: str, run: _Run, index: int) -> str:
    """What the markup made a line: a heading's lines are the heading, a list item's first line is
    the item, a line all in bold stands apart as bold."""
    if re.fullmatch(r"h[1-6]", name):
        return name
    if name == "li" and index == 0:
        return "item"
    return "bold" if run.bold else ""


def _page_furniture(elements: list) -> set[int]:
    """The ids of what is not the article: scripts, navigation, menus, share buttons... and everything
    inside them (`elements` in document order, so a parent comes before its children). The article is
    kept even inside an element whose class looks like furniture, and so is the header that heads it
    (`_title_headers`)."""
    dropped: set[int] = set()
    title_headers = _title_headers(elements)
    for element in elements:
        if element.name in DROPPED_TAGS and id(element) not in title_headers or id(element.parent) in dropped:
            dropped.add(id(element))
    holds_article = _ancestors_of(e for e in elements if e.name == "article" and id(e) not in dropped)
    for element in elements:
        if id(element.parent) in dropped:
            dropped.add(id(element))
        elif element.name not in ("body", "html", "main", "article") and id(element) not in holds_article | title_headers:
            classes = element.get("class") or []
            if DROPPED_HINTS.search(" ".join(classes) if isinstance(classes, list) else classes) \
                    or DROPPED_HINTS.search(element.get("id") or ""):
                dropped.add(id(element))
    return dropped


def _title_headers(elements: list) -> set[int]:
    """The ids of the `<header>` elements that head the article, not the site: one inside `<article>` or
    `<main>` (the post's title, date and author), or the one that holds the page's only `<h1>` (an event's
    landing page: its name, days and city). The navigation inside them is still dropped."""
    h1s = [element for element in elements if element.name == "h1"]
    headers = set()
    for element in elements:
        if element.name != "header":
            continue
        own_h1 = [h1 for h1 in h1s if element in h1.parents]
        if element.find_parent(("article", "main")) is not None or own_h1 and len(own_h1) == len(h1s) == 1:
            headers.add(id(element))
    return headers


def _ancestors_of(elements) -> set[int]:
    """The ids of every element that has one of `elements` inside it. Each ancestor is visited once:
    the climb stops where an earlier one passed."""
    found: set[int] = set()
    for element in elements:
        parent = element.parent
        while parent is not None and id(parent) not in found:
            found.add(id(parent))
            parent = parent.parent
    return found


# --- PDF -----------------------------------------------------------------------------------------------


MAX_PDF_PAGES = 2_000  # a recap or a slide deck has tens; each page may unpack to pypdf's limit (75 MB)


def read_pdf(raw: bytes, name: str) -> Source | ReadFailure:
    """The PDF's text. pypdf parses untrusted bytes, so every exception it raises is this file's
    problem, reported as its reason; the known ones get a reason that says what to do."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, LimitReachedError

    try:
        reader = PdfReader(io.BytesIO(raw))
        if len(reader.pages) > MAX_PDF_PAGES:
            return ReadFailure(name, f"the PDF has {len(reader.pages):,} pages, more than {MAX_PDF_PAGES:,}: "
                                     "split out the pages of the recap")
        pages = [page.extract_text() or "" for page in reader.pages]
    except FileNotDecryptedError:
        return ReadFailure(name, "the PDF is encrypted with a password: save a copy without the password")
    except DependencyError as error:
        return ReadFailure(name, f"the PDF needs a package that is not installed ({error}): install it, "
                                 "or save a copy without encryption")
    except LimitReachedError:
        return ReadFailure(name, "the PDF unpacks to more than pypdf's size limit (a compression bomb?)")
    except Exception as error:  # noqa: BLE001 - see the docstring
        return ReadFailure(name, f"cannot read PDF: {error or type(error).__name__}")
    text = "\n".join(pages)
    if not text.strip():
        return ReadFailure(name, "the PDF has no extractable text (scanned pages need OCR first)")
    source = read_text(text, name)
    source.format = "pdf"
    return source
