"""Charts as inline SVG, built at build time: no JavaScript, no CDN, works offline."""

from __future__ import annotations

from collections import Counter

from .render import PageWriter, Site, esc

BAR_COLOR = "var(--md-primary-fg-color, #4051b5)"
TOP_ORGANIZATIONS = 20
TOP_TOPICS = 15


def _svg(width: int, height: int, title: str, content: str) -> str:
    """An inline SVG in a paragraph, which gives it the text's margins."""
    return (f'<p><svg class="ocpkb-chart" role="img" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
            f'xmlns="http://www.w3.org/2000/svg"><title>{esc(title)}</title>{content}</svg></p>')


def events_per_year(writer: PageWriter, site: Site) -> str:
    counts = {year: len(ids) for year, ids in site.xref.events_by_year.items() if year}
    if not counts:
        return ""
    years = [str(y) for y in range(int(min(counts)), int(max(counts)) + 1)]
    peak = max(counts.values())
    bar, gap, height = 36, 12, 160
    parts = []
    for i, year in enumerate(years):
        n = counts.get(year, 0)
        h = round(n / peak * (height - 40))
        x = 10 + i * (bar + gap)
        rect = f'<rect x="{x}" y="{height - 20 - h}" width="{bar}" height="{h}" fill="{BAR_COLOR}"/>'
        label = f'<text x="{x + bar / 2}" y="{height - 24 - h}" text-anchor="middle" font-size="12">{n or ""}</text>'
        axis = f'<text x="{x + bar / 2}" y="{height - 5}" text-anchor="middle" font-size="12">{year}</text>'
        content = rect + label + axis
        if n:
            content = f'<a href="{esc(writer.href(f"years/{year}.md"))}">{content}</a>'
        parts.append(content)
    return _svg(20 + len(years) * (bar + gap), height, "Events per year", "".join(parts))


def organizations_by_events(writer: PageWriter, site: Site) -> str:
    counts = Counter({org: len({role.event_id for role in roles})
                      for org, roles in site.xref.events_by_organization.items()})
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:TOP_ORGANIZATIONS]
    if not ranked:
        return ""
    peak, row, label_width, bar_width = ranked[0][1], 22, 260, 300
    parts = []
    for i, (org, n) in enumerate(ranked):
        y = 5 + i * row
        w = max(2, round(n / peak * bar_width))
        name = esc(site.label("organizations", org))
        parts.append(f'<a href="{esc(writer.href(f"organizations/{org}.md"))}">'
                     f'<text x="{label_width - 6}" y="{y + 14}" text-anchor="end" font-size="12">{name}</text>'
                     f'<rect x="{label_width}" y="{y + 3}" width="{w}" height="{row - 6}" fill="{BAR_COLOR}"/>'
                     f'<text x="{label_width + w + 4}" y="{y + 14}" font-size="12">{n}</text></a>')
    return _svg(label_width + bar_width + 40, 10 + len(ranked) * row, "Organizations by number of events", "".join(parts))


def topics_over_time(writer: PageWriter, site: Site) -> str:
    """A heat grid: one row per topic, one column per year, darker where more events touched the topic."""
    per_topic_year: Counter = Counter()
    for topic, roles in site.xref.events_by_topic.items():
        for _, date in {(role.event_id, role.date[:4]) for role in roles}:
            per_topic_year[(topic, date)] += 1
    totals = Counter()
    for (topic, _), n in per_topic_year.items():
        totals[topic] += n
    topics = [t for t, _ in sorted(totals.items(), key=lambda item: (-item[1], item[0]))[:TOP_TOPICS]]
    years = sorted({year for _, year in per_topic_year if year})
    if not topics or not years:
        return ""
    peak = max(per_topic_year.values())
    cell, label_width = 34, 260
    parts = [f'<text x="{label_width + i * cell + cell / 2}" y="14" text-anchor="middle" font-size="11">{y}</text>'
             for i, y in enumerate(years)]
    for row, topic in enumerate(topics):
        y = 20 + row * cell
        parts.append(f'<a href="{esc(writer.href(f"topics/{topic}.md"))}"><text x="{label_width - 6}" y="{y + cell / 2 + 4}" '
                     f'text-anchor="end" font-size="12">{esc(site.label("topics", topic))}</text></a>')
        for col, year in enumerate(years):
            n = per_topic_year.get((topic, year), 0)
            opacity = 0.08 if not n else 0.25 + 0.75 * n / peak
            parts.append(f'<rect x="{label_width + col * cell + 1}" y="{y + 1}" width="{cell - 2}" height="{cell - 2}" '
                         f'fill="{BAR_COLOR}" fill-opacity="{opacity:.2f}"><title>{esc(site.label("topics", topic))}, '
                         f'{year}: {n}</title></rect>')
            if n:
                parts.append(f'<text x="{label_width + col * cell + cell / 2}" y="{y + cell / 2 + 4}" text-anchor="middle" '
                             f'font-size="11">{n}</text>')
    return _svg(label_width + len(years) * cell + 10, 30 + len(topics) * cell, "Topics over time", "".join(parts))
