"""Pages stage: knowledge base -> Markdown pages, one per entity plus the index pages.

Pure functions: each returns a `Page` (where it goes, its title, its text and the
YAML file it comes from); the MkDocs hook turns them into files.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from ..schema import KIND_BY_NAME, field_path, field_schema, organization_roles
from . import charts
from .crossref import Appearance, event_date, events_by_date
from .exports import event_json_ld
from .media import is_web_address, picture_file, published_path
from .render import (PageWriter, Site, bilingual, bullet_list, esc, external_link, facts, format_date_range, format_day,
                     heading_id, inline_text, json_for_script, listing, not_searched, paragraphs, sentence_summary, table, tag,
                     text_block)
from .search import country_name, involvement_fields, joined, own_page_fields, search_fields, where_names

LATEST_ON_HOME = 10
LONG_LIST = 40
EVENT_SCHEMA = KIND_BY_NAME["events"].entry_schema


@dataclass(frozen=True)
class Page:
    src_uri: str
    title: str
    body: str
    edit_path: str | None = None  # the YAML file behind the page, relative to the project root
    in_search: bool = True  # index pages only list what search finds on its own pages
    description: str | None = None  # what search engines show under the page's title

    def markdown(self) -> str:
        title = f"title: {json.dumps(esc(self.title), ensure_ascii=False)}\n"
        description = f"description: {json.dumps(esc(self.description), ensure_ascii=False)}\n" if self.description else ""
        not_searched = "" if self.in_search else "search:\n  exclude: true\n"
        return f"---\n{title}{description}{not_searched}{_WIDE}---\n\n" + self.body

    def markdown_without_html(self) -> tuple[str, list[str]]:
        """The Markdown with each raw HTML block swapped for a placeholder comment, and the blocks.

        Python-Markdown and MkDocs read raw HTML with a pure-Python HTML parser, twice: that was two
        thirds of a 1,000-event build. Placeholders pass through it at once; `put_back_html` then
        puts the blocks into the page MkDocs rendered. Headings stay Markdown, for the table of contents.
        """
        parts, blocks = [], []
        for part in self.markdown().split("\n\n"):
            if part.startswith("<"):
                block = part.rstrip("\n")
                parts.append(_PLACEHOLDER.format(len(blocks)) + part[len(block):])
                blocks.append(block)
            else:
                parts.append(part)
        return "\n\n".join(parts), blocks


# Generated pages are not in the nav (README, "The site"), so the navigation sidebar beside them
# is empty on a wide screen: hidden, it leaves its width to agendas and tables. Phones keep the menu.
_WIDE = "hide:\n  - navigation\n"
_PLACEHOLDER = "<!--ocpkb-html-{}-->"
_PLACEHOLDERS = re.compile(r"<!--ocpkb-html-(\d+)-->")


def put_back_html(rendered: str, blocks: list[str]) -> str:
    """The page as MkDocs rendered it, with the HTML blocks back in place of their placeholders."""
    return _PLACEHOLDERS.sub(lambda match: blocks[int(match.group(1))], rendered)


def section(heading: str, content: str) -> str:
    """A `##` heading (for the table of contents) and its raw HTML block; empty when there is no content."""
    return f"## {heading}\n\n{content}\n\n" if content else ""


def review_notice(entry: dict) -> str:
    review = entry.get("review")
    if not review or review.get("status") != "needs-review":
        return ""
    return tag("div", tag("p", "Needs review", class_="admonition-title") + text_block(review["reason"]),
               class_="admonition warning", data_pagefind_ignore="all") + "\n\n"


def source_label(source: dict) -> str:
    return source.get("title") or source.get("url") or source.get("file")


def source_list(writer: PageWriter, sources: list[dict]) -> str:
    """Each source: title or address, publisher, date, language. The path of a local copy is for
    editors, and stays out of the search index (`decks/inspur-ai.txt` is no answer to `Inspur`)."""
    items = []
    for source in sources:
        label = source.get("title") or source.get("url")
        parts = [external_link(source["url"], label) if source.get("url") else esc(label or "")]
        details = [source.get("publisher"), source.get("published"), source.get("language")]
        parts.append(esc(" · ".join(str(d) for d in details if d)))
        if source.get("file"):
            parts.append(tag("span", esc(f"file: {source['file']}"), data_pagefind_ignore="index"))
        if source.get("note"):
            parts.append(tag("em", esc(source["note"])))
        items.append(" — ".join(p for p in parts if p))
    return bullet_list(items)


def edit_path(site: Site, registry: str, entry_id: str) -> str | None:
    origin = site.kb.origins.get((registry, entry_id))
    return f"data/{origin.file.relpath}" if origin else None


def speaker_cell(writer: PageWriter, speakers: list[dict]) -> str:
    """A speaker a line, each line but the last ending in a semicolon: a search excerpt, which
    loses the line breaks, then reads 'Org A; Name B', not 'Org A Name B'."""
    lines = []
    for speaker in speakers:
        line = writer.link("people", speaker["person"])
        if speaker.get("organization"):
            line += ", " + writer.link("organizations", speaker["organization"])
        if speaker.get("role"):
            line += " " + tag("span", esc(speaker["role"]), class_="ocpkb-role")
        lines.append(line)
    return ";<br>".join(lines)


def media_cell(entry: dict) -> str:
    return " ".join(external_link(entry[key], key) for key in ("slides", "video") if entry.get(key))


def place(event: dict) -> str:
    location = event.get("location", {})
    if location.get("virtual") and not location.get("city"):
        return "online"
    country = location.get("country") and country_name(location["country"])
    parts = [location.get("venue"), bilingual(location.get("city"), location.get("city_zh")), country]
    text = ", ".join(p for p in parts if p)
    return text + (" and online" if location.get("virtual") else "")


# --- events -------------------------------------------------------------------------------------------


def event_page(site: Site, event_id: str) -> Page:
    event = site.kb.events[event_id]
    writer = PageWriter(site, f"events/{event_id}.md")
    body = search_fields({
        "date": format_date_range(event.get("start_date"), event.get("end_date")), "place": place(event),
        "where": where_names(event.get("location", {})), **involvement_fields(event, site.glossary)})
    body += review_notice(event)
    body += tag("div", _event_facts(writer, event), class_="ocpkb-card") + "\n\n"
    if event.get("summary") or event.get("summary_zh"):
        body += tag("div", "".join(text_block(event[k]) for k in ("summary", "summary_zh") if event.get(k))) + "\n\n"
    body += section("Agenda", _agenda(writer, event.get("sessions", [])))
    body += section("Speakers", _speakers(writer, event.get("sessions", [])))
    body += section("Organizations", _event_organizations(writer, event))
    topics = writer.links("topics", event.get("topics", []))
    body += section("Topics", topics and tag("p", topics))
    body += section("Figures", _figures(event.get("figures", [])))
    body += section("Takeaways", bullet_list([inline_text(t) for t in event.get("takeaways", [])]))
    body += section("Images", _images(writer, event))
    body += section("Where sources disagree", _conflicts(writer, event))
    body += section("Sources", source_list(writer, event["sources"]))
    body += section("Where each fact comes from", _provenance(event.get("provenance", {})))
    body += tag("script", json_for_script(event_json_ld(site, event_id)), type="application/ld+json") + "\n"
    return Page(writer.src_uri, bilingual(event["name"], event.get("name_zh")), body, edit_path(site, "events", event_id),
                description=_event_description(event))


def _event_description(event: dict) -> str:
    """"Salon, 2021-01-28, Beijing (北京), China. An afternoon salon on ..." """
    when_where = ", ".join(p for p in (format_date_range(event.get("start_date"), event.get("end_date")), place(event)) if p)
    summary = paragraphs(event.get("summary") or event.get("summary_zh") or "")
    return sentence_summary(f"{event['kind'].replace('-', ' ').capitalize()}, {when_where}." + (f" {summary[0]}" if summary else ""))


def _event_facts(writer: PageWriter, event: dict) -> str:
    series = ""
    if event.get("series"):
        series = writer.link("series", event["series"])
        if event.get("edition"):
            series += f", edition {esc(event['edition'])}"
    attendance = event.get("attendance", {})
    counted = [f"{attendance[k]:,} {label}" for k, label in
               (("onsite", "on site"), ("online", "online"), ("registered", "registered"), ("companies", "companies"))
               if k in attendance]
    year = event_date(event)[:4]
    return facts([
        ("Dates", tag("a", esc(format_date_range(event.get("start_date"), event.get("end_date"))),
                      href=writer.href(f"years/{year}.md")) + (" (day not known)" if len(event_date(event)) < 10 else "")),
        ("Place", esc(place(event))),
        ("Kind", esc(event["kind"])),
        ("Series", series),
        ("Organizers", ", ".join(f"{writer.link('organizations', o['organization'])} ({esc(o['role'])})"
                                 for o in event.get("organizers", []))),
        ("Theme", esc(bilingual(event.get("theme"), event.get("theme_zh")))),
        ("Attendance", esc(", ".join(counted) + (f" ({attendance['note']})" if attendance.get("note") else ""))),
        ("Website", external_link(event["website"]) if event.get("website") else ""),
    ])


def _agenda(writer: PageWriter, sessions: list[dict]) -> str:
    """The sessions in the data's order, as a table; where sessions are dated, one table a day, each
    under a heading (in the table of contents), with links to the days above them. A column no
    session fills is left out."""
    rows = [[cell(writer, session) for _, _, cell in AGENDA_COLUMNS] for session in sessions]
    shown = [index for index, (_, css, _) in enumerate(AGENDA_COLUMNS) if css == "ocpkb-title" or any(row[index] for row in rows)]
    headers = [AGENDA_COLUMNS[index][0] for index in shown]
    classes = [AGENDA_COLUMNS[index][1] for index in shown]
    days: dict[str, list[list[str]]] = {}
    for session, row in zip(sessions, rows):
        days.setdefault(session.get("date") or "", []).append([row[index] for index in shown])
    tables = {day: tag("div", table(headers, day_rows, classes), class_="ocpkb-agenda") for day, day_rows in days.items()}
    if len(days) <= 1:
        return "".join(tables.values())
    headings = {day: format_day(day) if day else "Day not given" for day in days}
    links = [tag("a", esc(f"{heading} ({_count(len(days[day]), 'session')})"), href="#" + heading_id(heading))
             for day, heading in headings.items()]
    return "\n\n".join([tag("p", " · ".join(links), class_="ocpkb-days")]
                       + [f"### {esc(headings[day])}\n\n{tables[day]}" for day in days])


def _session_title(writer: PageWriter, session: dict) -> str:
    title = esc(bilingual(session["title"], session.get("title_zh")))
    if session.get("summary"):
        title += tag("div", text_block(session["summary"]), class_="ocpkb-summary")
    return title


# The agenda's columns: heading, the class of its cells (for styles), what a session shows in it.
AGENDA_COLUMNS = [
    ("Time", "ocpkb-time", lambda writer, session: esc("–".join(session[k] for k in ("start", "end") if session.get(k)))),
    ("Room", "ocpkb-room", lambda writer, session: esc(session.get("room", ""))),
    ("Session", "ocpkb-title", _session_title),
    ("Speakers", "ocpkb-speakers", lambda writer, session: speaker_cell(writer, session.get("speakers", []))),
    ("Topics", "ocpkb-topics", lambda writer, session: writer.links("topics", session.get("topics", []))),
    ("Media", "ocpkb-media", lambda writer, session: media_cell(session)),
]


def _speakers(writer: PageWriter, sessions: list[dict]) -> str:
    seen: dict[str, dict] = {}
    for session in sessions:
        for speaker in session.get("speakers", []):
            seen.setdefault(speaker["person"], speaker)
    items = [speaker_cell(writer, [speaker]) for speaker in seen.values()]
    return _folded_when_long(bullet_list(items, css="ocpkb-columns"), len(items), "speaker")


def _event_organizations(writer: PageWriter, event: dict) -> str:
    roles: dict[str, list[str]] = {}
    for organization, role in organization_roles(event):
        roles.setdefault(organization, []).append(role)
    rows = [[writer.link("organizations", org), esc(", ".join(dict.fromkeys(r)))] for org, r in roles.items()]
    return _folded_when_long(table(["Organization", "Role"], rows), len(rows), "organization") if rows else ""


def _folded_when_long(content: str, count: int, noun: str) -> str:
    """A list of more than LONG_LIST entries (the speakers of a summit's 400 sessions, which its agenda
    names already) folded behind a line that says how many there are; shorter ones as they are."""
    if count <= LONG_LIST:
        return content
    return tag("details", tag("summary", esc(f"All {_count(count, noun)}")) + content, class_="abstract")


def _figures(figures: list[dict]) -> str:
    rows = [[esc(f"{figure['value']:,}".rstrip("0").rstrip(".") if isinstance(figure["value"], float) else f"{figure['value']:,}"),
             esc(figure.get("unit", "")), esc(figure["measures"]), esc(figure.get("note", ""))] for figure in figures]
    return table(["Value", "Unit", "What it measures", "Note"], rows) if rows else ""


def _conflicts(writer: PageWriter, event: dict) -> str:
    """Facts the sources disagree on: the value the entry keeps beside the values other sources state,
    each with the source that states it. Where the fact is a reference (a speaker, an organization),
    each value is the entry it names, linked."""
    sources = {source.get(key): source for source in event["sources"] for key in ("url", "file") if source.get(key)}
    rows = []
    for conflict in event.get("conflicts", []):
        path = field_path(conflict["field"])
        shown = partial(_conflict_value, writer, (field_schema(EVENT_SCHEMA, path) or {}).get("x-ref"))
        kept = _value_at(event, path)
        kept_values = [v for v in conflict["values"] if v["value"] == kept]
        others = [v for v in conflict["values"] if v["value"] != kept]
        rows.append([tag("code", esc(conflict["field"])),
                     "<br>".join(_stated(v, shown(v["value"]), sources) for v in kept_values)
                     or (shown(kept) if kept is not None else ""),
                     "<br>".join(_stated(v, shown(v["value"]), sources) for v in others), esc(conflict.get("note", ""))])
    return table(["Fact", "This entry says", "Other sources say", "Note"], rows) if rows else ""


def _conflict_value(writer: PageWriter, registry: str | None, value) -> str:
    """A value of a conflict as HTML: where the fact refers to a registry, the entry it names, linked."""
    return writer.link(registry, value) if registry and isinstance(value, str) else esc(value)


def _value_at(entry, path: tuple):
    for part in path:
        try:
            entry = entry[part]
        except (KeyError, IndexError, TypeError):
            return None
    return entry


def _stated(value: dict, shown: str, sources: dict[str, dict]) -> str:
    """'450 (attendees on site), according to <source>', where `shown` is the value as HTML."""
    text = tag("strong", shown) + (f" ({esc(value['note'])})" if value.get("note") else "")
    source = sources.get(value.get("source"))
    if source is None:
        return text
    label = source_label(source)
    cited = external_link(source["url"], label) if source.get("url") else tag("code", esc(label))
    return f"{text}, according to {cited}"


def _provenance(provenance: dict[str, str]) -> str:
    """Field -> source file and lines, as recorded by `ocpkb ingest`, for reviewers."""
    rows = [[tag("code", esc(field)), esc(where)] for field, where in sorted(provenance.items())]
    return not_searched(table(["Field", "Source and lines"], rows)) if rows else ""


def _images(writer: PageWriter, event: dict) -> str:
    """Each picture with its caption (or, without one, what it is: "Picture 2 from <event>")."""
    figures = []
    for number, image in enumerate(event.get("images", []), start=1):
        description = image.get("caption") or f"Picture {number} from {event['name']}"
        credit = image.get("credit") and f"Credit: {image['credit']}"
        caption = joined(esc(part) for part in (description, credit) if part)
        figures.append(tag("figure", _picture(writer, image["src"], description) + tag("figcaption", caption),
                           class_="ocpkb-figure"))
    return tag("div", "".join(figures), class_="ocpkb-figures") if figures else ""


def _picture(writer: PageWriter, src: str, description: str) -> str:
    """The picture from the web or the data folder; where the data only names a file of its source,
    a frame that says the picture is not available, never a broken image."""
    kb = writer.site.kb
    if is_web_address(src) or picture_file(kb, src):
        address = src if is_web_address(src) else writer.file_href(published_path(kb, src))
        return f'<img src="{esc(address)}" alt="{esc(description)}" loading="lazy">'
    return tag("div", tag("span", "Picture not available"), class_="ocpkb-picture-missing", role="img",
               aria_label=f"{description} (picture not available)")


def events_table(writer: PageWriter, event_ids: list[str], roles: dict[str, str] | None = None) -> str:
    rows = []
    for event_id in event_ids:
        event = writer.site.kb.events[event_id]
        row = [esc(format_date_range(event.get("start_date"), event.get("end_date"))), writer.link("events", event_id),
               esc(place(event)), esc(event["kind"])]
        if roles is not None:
            row.append(esc(roles.get(event_id, "")))
        rows.append(row)
    headers = ["Date", "Event", "Place", "Kind"] + (["Role"] if roles is not None else [])
    return listing(headers, rows, main_column=1)


def events_index(site: Site) -> Page:
    writer = PageWriter(site, "events/index.md")
    ids = [event_id for event_id, _ in events_by_date(site.kb)]
    body = tag("p", f"{len(ids)} events, newest first.") + "\n\n" + events_table(writer, ids) + "\n\n"
    talks = sorted(site.kb.entries["talks"])
    body += section("Talks whose event is unknown", not_searched(bullet_list([writer.link("talks", t) for t in talks])))
    return Page(writer.src_uri, "Events", body, in_search=False)


def talk_page(site: Site, talk_id: str) -> Page:
    talk = site.kb.entries["talks"][talk_id]
    writer = PageWriter(site, f"talks/{talk_id}.md")
    event = writer.link("events", talk["event"]) if talk.get("event") else "unknown"
    body = search_fields({"date": talk.get("date"), **involvement_fields(talk, site.glossary)})
    body += review_notice(talk)
    body += tag("div", facts([("Event", event), ("Date", esc(talk.get("date", "unknown"))),
                              ("Speakers", speaker_cell(writer, talk.get("speakers", []))),
                              ("Topics", writer.links("topics", talk.get("topics", []))),
                              ("Media", media_cell(talk))]), class_="ocpkb-card") + "\n\n"
    if talk.get("summary"):
        body += tag("div", text_block(talk["summary"])) + "\n\n"
    body += section("Figures", _figures(talk.get("figures", [])))
    body += section("Sources", source_list(writer, talk["sources"]))
    return Page(writer.src_uri, bilingual(talk["title"], talk.get("title_zh")), body, edit_path(site, "talks", talk_id))


# --- appearances (talks given by people, organizations, about topics) ---------------------------------


def appearances_table(writer: PageWriter, appearances: list[Appearance], *, show_person=True, show_org=True) -> str:
    rows = []
    for item in appearances:
        where = writer.link("events", item.event_id) if item.event_id else "event unknown"
        title = writer.link("talks", item.talk_id, item.title) if item.talk_id else esc(item.title)
        row = [esc(format_date_range(item.date, item.until) if item.date else "?"), where, title]
        if show_person:
            row.append(writer.link("people", item.person_id) if item.person_id else "")
        if show_org:
            row.append(writer.link("organizations", item.organization_id) if item.organization_id else "")
        row.append(esc(item.role or ""))
        rows.append(row)
    headers = ["Date", "Event", "Talk"] + (["Speaker"] if show_person else []) + (["As"] if show_org else []) + ["Role then"]
    return listing(headers, rows, main_column=2)


# --- organizations, people, topics, series, years -----------------------------------------------------


def names_facts(writer: PageWriter, entry: dict, extra: list[tuple[str, str]]) -> str:
    pairs = [("Name", esc(entry.get("name", ""))), ("Chinese", esc(entry.get("name_zh", ""))),
             ("Also written", esc(", ".join(entry.get("aliases", []))))] + extra
    if entry.get("website"):
        pairs.append(("Website", external_link(entry["website"])))
    return tag("div", facts(pairs), class_="ocpkb-card") + "\n\n"


def organization_page(site: Site, org_id: str) -> Page:
    org = site.kb.entries["organizations"][org_id]
    writer = PageWriter(site, f"organizations/{org_id}.md")
    xref = site.xref
    country = country_name(org["country"]) if org.get("country") else ""
    kind_and_country = " in ".join(p for p in (org.get("kind", "").replace("-", " ").capitalize(), country) if p)
    body = search_fields(own_page_fields(site.glossary, "organizations", org_id, kind_and_country))
    body += review_notice(org) + names_facts(writer, org, [
        ("Kind", esc(org.get("kind", ""))), ("Country", esc(country)),
        ("Part of", writer.link("organizations", org["parent"]) if org.get("parent") else "")])
    roles: dict[str, list[str]] = {}
    for role in xref.events_by_organization.get(org_id, []):
        roles.setdefault(role.event_id, []).append(role.role)
    event_ids = sorted(roles, key=lambda e: (event_date(site.kb.events[e]), e), reverse=True)
    body += section("Events", events_table(writer, event_ids, {e: ", ".join(dict.fromkeys(r)) for e, r in roles.items()}))
    body += section("Talks", appearances_table(writer, xref.talks_by_organization.get(org_id, []), show_org=False))
    people = sorted(xref.people_by_organization.get(org_id, set()), key=lambda p: site.label("people", p))
    body += section("People", not_searched(bullet_list([writer.link("people", p) for p in people])))
    body += section("Products and specifications", bullet_list(
        [writer.link("topics", t) for t in xref.topics_by_organization.get(org_id, [])]))
    return Page(writer.src_uri, bilingual(org["name"], org.get("name_zh")), body, edit_path(site, "organizations", org_id),
                description=f"{kind_and_country or 'Organization'}: {_count(len(event_ids), 'event')} of the OCP community.")


def person_page(site: Site, person_id: str) -> Page:
    person = site.kb.entries["people"][person_id]
    writer = PageWriter(site, f"people/{person_id}.md")
    body = search_fields(own_page_fields(site.glossary, "people", person_id, _current_affiliation(site, person)))
    body += review_notice(person) + names_facts(writer, person, [])
    rows = [[writer.link("organizations", a["organization"]), esc(bilingual(a.get("title"), a.get("title_zh"))),
             esc(a.get("from", "")), esc(a.get("until", ""))] for a in person.get("affiliations", [])]
    body += section("Affiliations", table(["Organization", "Title", "From", "Until"], rows) if rows else "")
    body += section("Talks", appearances_table(writer, site.xref.talks_by_person.get(person_id, []), show_person=False))
    talks = len(site.xref.talks_by_person.get(person_id, []))
    affiliation = _current_affiliation(site, person)
    return Page(writer.src_uri, bilingual(person["name"], person.get("name_zh")), body, edit_path(site, "people", person_id),
                description=f"{affiliation + ': ' if affiliation else ''}{_count(talks, 'talk')} at OCP community events.")


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _current_affiliation(site: Site, person: dict) -> str:
    """The title and organization a person holds now, or last held."""
    affiliations = person.get("affiliations", [])
    current = next((a for a in affiliations if not a.get("until")), affiliations[-1] if affiliations else None)
    if not current:
        return ""
    return ", ".join(p for p in (current.get("title"), site.label("organizations", current["organization"])) if p)


def topic_page(site: Site, topic_id: str) -> Page:
    topic = site.kb.entries["topics"][topic_id]
    writer = PageWriter(site, f"topics/{topic_id}.md")
    xref = site.xref
    maker = topic.get("organization") and site.label("organizations", topic["organization"])
    detail = topic["kind"].capitalize() + (f" by {maker}" if maker else "")
    body = search_fields({"detail": detail})
    body += review_notice(topic) + names_facts(writer, topic, [
        ("Kind", esc(topic["kind"])),
        ("Part of", writer.link("topics", topic["parent"]) if topic.get("parent") else ""),
        ("Includes", writer.links("topics", xref.children_by_topic.get(topic_id, []))),
        ("By", writer.link("organizations", topic["organization"]) if topic.get("organization") else ""),
        ("About", inline_text(topic.get("description", "")))])
    by_year: dict[str, list[str]] = {}
    for role in xref.events_by_topic.get(topic_id, []):
        by_year.setdefault(role.date[:4], [])
        if role.event_id not in by_year[role.date[:4]]:
            by_year[role.date[:4]].append(role.event_id)
    years = "".join(f"### {esc(year)}\n\n{events_table(writer, ids)}\n\n" for year, ids in sorted(by_year.items(), reverse=True))
    body += f"## Events by year\n\n{years}" if years else ""
    body += section("Talks", appearances_table(writer, xref.talks_by_topic.get(topic_id, []), show_person=False, show_org=False))
    events = sum(len(ids) for ids in by_year.values())
    return Page(writer.src_uri, bilingual(topic["name"], topic.get("name_zh")), body, edit_path(site, "topics", topic_id),
                description=sentence_summary(topic.get("description") or f"{detail}: {_count(events, 'event')} of the OCP community."))


def series_page(site: Site, series_id: str) -> Page:
    series = site.kb.entries["series"][series_id]
    writer = PageWriter(site, f"series/{series_id}.md")
    editions = list(reversed(site.xref.events_by_series.get(series_id, [])))
    body = search_fields({"detail": f"{len(editions)} event{'s' if len(editions) != 1 else ''}"})
    body += names_facts(writer, series, [
        ("Kind", esc(series.get("kind", ""))),
        ("Organizer", writer.link("organizations", series["organizer"]) if series.get("organizer") else ""),
        ("About", inline_text(series.get("description", "")))])
    body += section("Editions", events_table(writer, editions))
    return Page(writer.src_uri, bilingual(series["name"], series.get("name_zh")), body, edit_path(site, "series", series_id))


def year_page(site: Site, year: str) -> Page:
    writer = PageWriter(site, f"years/{year}.md")
    event_ids = site.xref.events_by_year[year]
    body = tag("p", f"{len(event_ids)} events in {esc(year)}.") + "\n\n" + events_table(writer, event_ids) + "\n\n"
    return Page(writer.src_uri, f"Events in {year}", body, in_search=False)


def registry_index(site: Site, registry: str, title: str, count_of) -> Page:
    """A table of every entry of a registry: names in both scripts and how often it appears."""
    writer = PageWriter(site, f"{registry}/index.md")
    entries = sorted(site.kb.entries[registry].items(), key=lambda item: item[1]["name"].casefold())
    rows = [[writer.link(registry, entry_id, entry["name"]), esc(entry.get("name_zh", "")), esc(count_of(entry_id))]
            for entry_id, entry in entries]
    body = tag("p", f"{len(rows)} entries.") + "\n\n" + not_searched(table(["Name", "中文", "Appearances"], rows)) + "\n\n"
    return Page(writer.src_uri, title, body, in_search=False)


def years_index(site: Site) -> Page:
    writer = PageWriter(site, "years/index.md")
    rows = [[writer.link("years", year, year), esc(len(ids))] for year, ids in sorted(site.xref.events_by_year.items(), reverse=True)]
    return Page(writer.src_uri, "Years", not_searched(table(["Year", "Events"], rows)) + "\n\n", in_search=False)


def home_page(site: Site) -> Page:
    writer = PageWriter(site, "index.md")
    kb = site.kb
    counts = [(len(kb.events), "events", "events/index.md"), (len(kb.entries["organizations"]), "organizations", "organizations/index.md"),
              (len(kb.entries["people"]), "people", "people/index.md"), (len(kb.entries["topics"]), "topics", "topics/index.md"),
              (len(kb.entries["series"]), "series", "series/index.md")]
    body = tag("h1", "OCP community events") + "\n\n"  # the nav calls the page Home; its heading is the site's name
    body += tag("p", "Who presented what, where and when, about which specification, at the events of the "
                    "Open Compute Project community: OCP China Day, OCP summits, OAI/OAM salons, OpenPOWER "
                    "summits and workshops.") + "\n\n"
    body += tag("div", "".join(tag("a", tag("strong", str(n)) + " " + label, href=writer.href(target), class_="ocpkb-count")
                               for n, label, target in counts), class_="ocpkb-counts") + "\n\n"
    latest = [event_id for event_id, _ in events_by_date(kb)][:LATEST_ON_HOME]
    body += section("Latest events", events_table(writer, latest))
    body += section("Timeline", charts.events_per_year(writer, site))
    return Page(writer.src_uri, "OCP community events", body, in_search=False)


def charts_page(site: Site) -> Page:
    writer = PageWriter(site, "charts.md")
    body = section("Events per year", charts.events_per_year(writer, site))
    body += section("Organizations by number of events", charts.organizations_by_events(writer, site))
    body += section("Topics over time", charts.topics_over_time(writer, site))
    return Page(writer.src_uri, "Charts", body)


def page_makers(site: Site) -> dict[str, Callable[[], Page]]:
    """Every page of the site, by its src_uri, as a function that makes it: a build makes them all,
    the preview (`ocpkb serve`) only those an edit touches."""
    kb, xref = site.kb, site.xref
    makers: dict[str, Callable[[], Page]] = {
        "index.md": partial(home_page, site), "events/index.md": partial(events_index, site),
        "charts.md": partial(charts_page, site), "years/index.md": partial(years_index, site),
        "organizations/index.md": partial(registry_index, site, "organizations", "Organizations",
                                          lambda o: len({r.event_id for r in xref.events_by_organization.get(o, [])})),
        "people/index.md": partial(registry_index, site, "people", "People", lambda p: len(xref.talks_by_person.get(p, []))),
        "topics/index.md": partial(registry_index, site, "topics", "Topics",
                                   lambda t: len({r.event_id for r in xref.events_by_topic.get(t, [])})),
        "series/index.md": partial(registry_index, site, "series", "Series", lambda s: len(xref.events_by_series.get(s, [])))}
    for registry, make in [("events", event_page), ("talks", talk_page), ("organizations", organization_page),
                           ("people", person_page), ("topics", topic_page), ("series", series_page)]:
        makers.update((f"{registry}/{entry_id}.md", partial(make, site, entry_id)) for entry_id in sorted(kb.entries[registry]))
    makers.update((f"years/{year}.md", partial(year_page, site, year)) for year in sorted(xref.events_by_year))
    return makers


def all_pages(site: Site) -> list[Page]:
    return [make() for make in page_makers(site).values()]
