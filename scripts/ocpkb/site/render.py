"""HTML building blocks for generated pages. Every text from YAML goes through `esc`.

Pages are Markdown files whose bodies are raw HTML blocks (Markdown syntax in data
stays inert), while `##` headings stay Markdown so MkDocs builds the table of
contents. The hook hides the blocks from Python-Markdown behind placeholders and
puts them back afterwards (`Page.markdown_without_html`): reading raw HTML is the
slowest thing Python-Markdown does.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from markdown.extensions.toc import slugify

from ..kb import KnowledgeBase
from .crossref import CrossReference

if TYPE_CHECKING:
    from .search import Glossary

_SPECIAL = "&<>\"'{}[]*_`\\\n"
_ENTITIES = str.maketrans({char: f"&#{ord(char)};" for char in _SPECIAL})
_HAS_SPECIAL = re.compile("[" + re.escape(_SPECIAL) + "]")
_BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")


def esc(value) -> str:
    """Text for HTML, Markdown and Jinja alike: every character that could start markup,
    Markdown or template syntax becomes a numeric entity, so no data can become code.

    Line breaks become entities too: a blank line inside a value would end the raw HTML
    block around it, and Markdown would read what follows as Markdown."""
    text = str(value)
    return text.translate(_ENTITIES) if _HAS_SPECIAL.search(text) else text


def paragraphs(value) -> list[str]:
    """A text as its author wrote it: blank lines separate paragraphs, nothing else means anything."""
    return [part.strip() for part in _BLANK_LINES.split(str(value)) if part.strip()]


def text_block(value) -> str:
    """A free-text field (summary, reason, takeaway) as paragraphs of escaped text."""
    return "".join(tag("p", esc(part)) for part in paragraphs(value))


def sentence_summary(text: str, limit: int = 200) -> str:
    """A text cut to about `limit` characters at a word, for a page's description."""
    flat = " ".join(str(text).split())
    if len(flat) <= limit:
        return flat
    return flat[:limit].rsplit(" ", 1)[0].rstrip(",;:") + " …"


def inline_text(value) -> str:
    """A free-text field where a line of text goes (a list item, a table cell): paragraphs only
    when the text has more than one."""
    parts = paragraphs(value)
    return esc(parts[0]) if len(parts) == 1 else "".join(tag("p", esc(part)) for part in parts)


def json_for_script(data) -> str:
    """JSON that is safe inside <script>: no `</script>` or `<!--` can close or open anything."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def tag(name: str, content: str = "", **attributes) -> str:
    if not attributes:
        return f"<{name}>{content}</{name}>"
    attrs = "".join(f' {key.rstrip("_").replace("_", "-")}="{html.escape(str(value), quote=True)}"'
                    for key, value in attributes.items() if value is not None)
    return f"<{name}{attrs}>{content}</{name}>"


def bullet_list(items: list[str], css: str | None = None) -> str:
    return tag("ul", "".join(f"<li>{item}</li>" for item in items), class_=css) if items else ""


def table(headers: list[str], rows: list[list[str]], column_classes: list[str] | None = None) -> str:
    """A plain <table>: Material styles only tables without a class. The column headings stay out
    of the search index, where they would run into the first row ("TimeSessionSpeakers").
    `column_classes` name each column's cells, for styles that must not depend on which columns are shown."""
    head = "".join(f"<th>{esc(h)}</th>" for h in headers)
    opening = [f'<td class="{css}">' if css else "<td>" for css in column_classes or [""] * len(headers)]
    body = "".join("<tr>" + "".join(f"{td}{cell}</td>" for td, cell in zip(opening, row)) + "</tr>" for row in rows)
    return f"<table><thead data-pagefind-ignore><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def listing(headers: list[str], rows: list[list[str]], main_column: int) -> str:
    """A table of other entities (events, talks), left out of the search index like `not_searched`.
    On a phone each row stacks: its main column (the event, the talk) on a line of its own, the
    other cells around it, so the table is never wider than the screen (ocpkb.css)."""
    classes = ["ocpkb-main" if index == main_column else "" for index in range(len(headers))]
    return tag("div", table(headers, rows, classes), class_="ocpkb-listing", data_pagefind_ignore="all") if rows else ""


def not_searched(content: str) -> str:
    """Listings of other entities are left out of the search index: a search for 'Beijing'
    should find the events held there, not every page that lists them."""
    return tag("div", content, data_pagefind_ignore="all") if content else ""


def facts(pairs: list[tuple[str, str]]) -> str:
    """A definition list of the facts that are known; unknown ones are left out.

    Each fact reads as a sentence in the search index and in excerpts ("Place: Beijing."): its own
    <div>, which Pagefind ends with a full stop, and a colon and a space between label and value."""
    items = "".join(tag("div", tag("dt", esc(label) + ":") + " " + tag("dd", value)) for label, value in pairs if value)
    return tag("dl", items, class_="ocpkb-facts")


def external_link(url: str, label: str | None = None) -> str:
    """Only http(s) URLs become links (the validator allows no others; this is the second lock)."""
    if not str(url).startswith(("http://", "https://")):
        return esc(label or url)
    return tag("a", esc(label or url), href=url, rel="noopener")


def bilingual(english: str | None, chinese: str | None) -> str:
    if english and chinese and chinese != english:
        return f"{english} ({chinese})"
    return english or chinese or ""


WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def format_day(date: str) -> str:
    """'2023-10-17' -> 'Tuesday 17 October 2023' (the same in every locale); a partial date as it is."""
    if len(date) != 10:
        return date
    day = dt.date.fromisoformat(date)
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def heading_id(heading: str) -> str:
    """The id MkDocs' table of contents gives a Markdown heading with this text."""
    return slugify(heading, "-")


def format_date_range(start: str | None, end: str | None) -> str:
    if not start:
        return "date unknown"
    if not end or end == start:
        return start
    return f"{start} – {end}"


@dataclass
class Site:
    """The knowledge base plus its back-links, and how to name and link each entity."""

    kb: KnowledgeBase
    xref: CrossReference
    glossary: Glossary
    _labels: dict[tuple[str, str], str] = field(default_factory=dict)

    def label(self, registry: str, entry_id: str) -> str:
        key = (registry, entry_id)
        if key not in self._labels:
            entry = self.kb.get(registry, entry_id) or {}
            if registry == "talks":
                self._labels[key] = bilingual(entry.get("title"), entry.get("title_zh")) or entry_id
            else:
                self._labels[key] = bilingual(entry.get("name"), entry.get("name_zh")) or entry_id
        return self._labels[key]


def page_url(src_uri: str) -> str:
    """The URL MkDocs gives a page with use_directory_urls: events/x.md -> events/x/."""
    stem = src_uri.removesuffix(".md")
    if stem == "index":
        return ""
    return (stem.removesuffix("/index") if stem.endswith("/index") else stem) + "/"


@dataclass
class PageWriter:
    """Renders links relative to the page being written, so the site works from any folder."""

    site: Site
    src_uri: str

    @property
    def url(self) -> str:
        return page_url(self.src_uri)

    def href(self, target_src_uri: str) -> str:
        """Up to the site root, then down to the target: every page URL is a folder."""
        return ("../" * self.url.count("/") + page_url(target_src_uri)) or "./"

    def file_href(self, path: str) -> str:
        """A file of the site (not a page), such as a picture."""
        return "../" * self.url.count("/") + path

    def link(self, registry: str, entry_id: str, label: str | None = None) -> str:
        if registry != "years" and self.site.kb.get(registry, entry_id) is None:
            return esc(label or entry_id)
        text = label if label is not None else self.site.label(registry, entry_id)
        return f'<a href="{self.href(f"{registry}/{entry_id}.md")}">{esc(text)}</a>'

    def links(self, registry: str, entry_ids) -> str:
        return ", ".join(self.link(registry, entry_id) for entry_id in entry_ids)
