"""HTML building blocks for generated pages. Every text from YAML goes through `esc`.

Pages are Markdown files whose bodies are raw HTML blocks: Python-Markdown passes
them through untouched (fast for big tables, and Markdown syntax in data stays
inert), while `##` headings stay Markdown so MkDocs builds the table of contents.
"""

from __future__ import annotations

import html
import json
import posixpath
from dataclasses import dataclass

from ..kb import KnowledgeBase
from .crossref import CrossReference

SECTION_OF = {"events": "events", "talks": "talks", "organizations": "organizations", "people": "people",
              "topics": "topics", "series": "series", "years": "years"}


def esc(value) -> str:
    """Text for HTML, Markdown and Jinja alike: entities for <>&"' and for the characters
    that start Markdown or template syntax, so no data can become markup."""
    text = html.escape(str(value), quote=True)
    for char, entity in (("{", "&#123;"), ("}", "&#125;"), ("[", "&#91;"), ("]", "&#93;"), ("*", "&#42;"),
                         ("_", "&#95;"), ("`", "&#96;"), ("\\", "&#92;")):
        text = text.replace(char, entity)
    return text


def json_for_script(data) -> str:
    """JSON that is safe inside <script>: no `</script>` or `<!--` can close or open anything."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def tag(name: str, content: str = "", **attributes) -> str:
    attrs = "".join(f' {key.rstrip("_").replace("_", "-")}="{html.escape(str(value), quote=True)}"'
                    for key, value in attributes.items() if value is not None)
    return f"<{name}{attrs}>{content}</{name}>"


def bullet_list(items: list[str], css: str | None = None) -> str:
    return tag("ul", "".join(tag("li", item) for item in items), class_=css) if items else ""


def table(headers: list[str], rows: list[list[str]]) -> str:
    """A plain <table>: Material styles only tables without a class."""
    head = tag("thead", tag("tr", "".join(tag("th", esc(h)) for h in headers)))
    body = tag("tbody", "".join(tag("tr", "".join(tag("td", cell) for cell in row)) for row in rows))
    return tag("table", head + body)


def not_searched(content: str) -> str:
    """Listings of other entities are left out of the search index: a search for 'Beijing'
    should find the events held there, not every page that lists them."""
    return tag("div", content, data_pagefind_ignore="all") if content else ""


def facts(pairs: list[tuple[str, str]]) -> str:
    """A definition list of the facts that are known; unknown ones are left out."""
    items = "".join(tag("dt", esc(label)) + tag("dd", value) for label, value in pairs if value)
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

    def label(self, registry: str, entry_id: str) -> str:
        entry = self.kb.get(registry, entry_id) or {}
        if registry == "talks":
            return bilingual(entry.get("title"), entry.get("title_zh")) or entry_id
        return bilingual(entry.get("name"), entry.get("name_zh")) or entry_id


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
        target = page_url(target_src_uri)
        base = self.url or "."
        relative = posixpath.relpath(target or ".", base)
        return "./" if relative == "." else relative + "/"

    def asset(self, path: str) -> str:
        return posixpath.relpath(path, self.url or ".")

    def link(self, registry: str, entry_id: str, label: str | None = None) -> str:
        if registry != "years" and self.site.kb.get(registry, entry_id) is None:
            return esc(label or entry_id)
        text = label if label is not None else self.site.label(registry, entry_id)
        return tag("a", esc(text), href=self.href(f"{SECTION_OF[registry]}/{entry_id}.md"))

    def links(self, registry: str, entry_ids) -> str:
        return ", ".join(self.link(registry, entry_id) for entry_id in entry_ids)
