"""Writes the bad-input cases under tests/cases/validate/ (run once; the folders are the record).

Each case is a folder: files/ is laid over the fixture knowledge base, expected.txt is the exact
output of `ocpkb validate` (written by the test on first run with UPDATE_GOLDEN=1, then reviewed).
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent / "validate"
FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "kb"
EVENT_HEADER = "# yaml-language-server: $schema=../schema/events.schema.json\n"
TALK_HEADER = "# yaml-language-server: $schema=../schema/talks.schema.json\n"


def event(event_id="case", extra="", **replace):
    fields = {"name": "Case event", "kind": "salon", "start_date": '"2024-01-15"',
              "sources": "\n  - url: https://example.org/case"}
    fields.update(replace)
    body = f"id: {event_id}\n" + "".join(f"{k}: {v}\n" for k, v in fields.items() if v is not None)
    return EVENT_HEADER + body + extra


def registry(name, extra):
    return (FIXTURE / f"{name}.yml").read_text(encoding="utf-8") + extra


def case(name, files):
    for relative, content in files.items():
        path = HERE / name / "files" / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8", newline="")


def session(text):
    return f"sessions:\n  - title: Talk\n{text}"


CASES = {
    # ids
    "id-with-dot-dot": {"events/case.yml": event('"../x"')},
    "id-with-space": {"events/case.yml": event('"my event"')},
    "id-uppercase": {"events/case.yml": event("Case")},
    "id-trailing-hyphen": {"events/case.yml": event("case-")},
    "id-double-hyphen": {"events/case.yml": event("case--two")},
    "id-non-ascii": {"events/case.yml": event("café")},
    "id-empty": {"events/case.yml": event('""')},
    "id-too-long": {"events/" + "a" * 81 + ".yml": event("a" * 81)},
    "file-name-not-a-slug": {"events/My Event.yml": event("my-event")},
    "registry-id-unsafe": {"people.yml": registry("people", "- id: ../etc/passwd\n  name: Mallory\n")},
    # types
    "name-is-a-list": {"events/case.yml": event(name="[A, B]")},
    "kind-is-a-number": {"events/case.yml": event(kind="5")},
    "date-is-a-number": {"events/case.yml": event(start_date="2023")},
    "location-is-text": {"events/case.yml": event(extra="location: Beijing\n")},
    "organizers-is-text": {"events/case.yml": event(extra="organizers: acme\n")},
    "sessions-is-a-mapping": {"events/case.yml": event(extra="sessions:\n  title: Talk\n")},
    "attendance-negative": {"events/case.yml": event(extra="attendance:\n  online: -5\n")},
    "figure-value-is-text": {"events/case.yml": event(extra="figures:\n  - value: ten\n    measures: people\n")},
    "takeaways-is-text": {"events/case.yml": event(extra="takeaways: one big idea\n")},
    "virtual-is-text": {"events/case.yml": event(extra="location:\n  virtual: maybe\n")},
    "country-norway-unquoted": {"events/case.yml": event(extra="location:\n  country: NO\n")},
    "empty-value": {"events/case.yml": event(extra="theme:\n")},
    "empty-text": {"events/case.yml": event(extra='theme: ""\n')},
    # unknown fields
    "unknown-field-in-session": {"events/case.yml": event(extra=session("    speaker: alice-chen\n"))},
    "unknown-field-in-location": {"events/case.yml": event(extra="location:\n  ciy: Beijing\n")},
    "unknown-field-in-organizer": {"events/case.yml": event(extra="organizers:\n  - org: acme\n    role: host\n")},
    "unknown-field-in-source": {"events/case.yml": event(sources="\n  - link: https://example.org")},
    "unknown-field-in-attendance": {"events/case.yml": event(extra="attendance:\n  onsight: 20\n")},
    "unknown-field-in-person": {"people.yml": registry("people", "- id: carol\n  name: Carol\n  email: c@example.org\n")},
    # missing required fields
    "session-without-title": {"events/case.yml": event(extra="sessions:\n  - start: '09:00'\n")},
    "speaker-without-person": {"events/case.yml": event(extra=session("    speakers:\n      - organization: acme\n"))},
    "organizer-without-role": {"events/case.yml": event(extra="organizers:\n  - organization: acme\n")},
    "figure-without-measures": {"events/case.yml": event(extra="figures:\n  - value: 3\n")},
    "person-without-name": {"people.yml": registry("people", "- id: carol\n")},
    "topic-without-kind": {"topics.yml": registry("topics", "- id: cxl\n  name: CXL\n")},
    "talk-without-title": {"talks/talk.yml": TALK_HEADER + "id: talk\nsources:\n  - file: a.txt\n"},
    "no-sources": {"events/case.yml": event(sources="[]")},
    # dates and times
    "date-30-february": {"events/case.yml": event(start_date='"2023-02-30"')},
    "date-month-13": {"events/case.yml": event(start_date='"2023-13-01"')},
    "date-unpadded": {"events/case.yml": event(start_date='"2023-1-5"')},
    "date-with-slashes": {"events/case.yml": event(start_date='"2023/08/10"')},
    "date-in-words": {"events/case.yml": event(start_date='"August 10, 2023"')},
    "date-year-1899": {"events/case.yml": event(start_date='"1899-01-01"')},
    "end-month-before-start": {"events/case.yml": event(start_date='"2023-08-10"', extra='end_date: "2023-07"\n')},
    "affiliation-ends-before-it-starts": {"people.yml": registry("people", "- id: carol\n  name: Carol\n  affiliations:\n    - organization: acme\n      from: \"2020\"\n      until: \"2019\"\n")},
    "time-without-padding": {"events/case.yml": event(extra=session("    start: '9:00'\n"))},
    "time-24-00": {"events/case.yml": event(extra=session("    start: '24:00'\n"))},
    "source-published-impossible": {"events/case.yml": event(sources='\n  - url: https://example.org\n    published: "2023-04-31"')},
    # URLs
    "url-javascript-in-slides": {"events/case.yml": event(extra=session("    slides: javascript:alert(1)\n"))},
    "url-ftp": {"events/case.yml": event(extra="website: ftp://example.org/\n")},
    "url-data": {"events/case.yml": event(extra="website: 'data:text/html,<script>alert(1)</script>'\n")},
    "url-scheme-relative": {"events/case.yml": event(extra="website: //example.org/x\n")},
    "url-with-space": {"events/case.yml": event(extra="website: http://example.org/a b\n")},
    "url-without-scheme": {"events/case.yml": event(extra="website: www.example.org\n")},
    "url-mailto": {"events/case.yml": event(extra="website: mailto:a@example.org\n")},
    "url-file-in-source": {"events/case.yml": event(sources="\n  - url: file:///etc/passwd")},
    "url-in-organization": {"organizations.yml": registry("organizations", "- id: initech\n  name: Initech\n  website: javascript:void(0)\n")},
    # references
    "unknown-topic-in-session": {"events/case.yml": event(extra=session("    topics: [ubb]\n"))},
    "unknown-organization-of-speaker": {"events/case.yml": event(extra=session("    speakers:\n      - person: alice-chen\n        organization: acmee\n"))},
    "unknown-parent-topic": {"topics.yml": registry("topics", "- id: ubb\n  name: UBB\n  kind: specification\n  parent: oaii\n")},
    "unknown-affiliation": {"people.yml": registry("people", "- id: carol\n  name: Carol\n  affiliations:\n    - organization: initech\n")},
    "unknown-event-of-talk": {"talks/talk.yml": TALK_HEADER + "id: talk\ntitle: T\nevent: test-summit-2023\nsources:\n  - file: a.txt\n"},
    "unknown-series-organizer": {"series.yml": registry("series", "- id: other\n  name: Other\n  organizer: initech\n")},
    "unknown-parent-organization": {"organizations.yml": registry("organizations", "- id: sub\n  name: Sub\n  parent: acme-group\n")},
    "unknown-participant": {"events/case.yml": event(extra="participants:\n  - organization: globexx\n")},
    # duplicates
    "duplicate-organization-id": {"organizations.yml": registry("organizations", "- id: acme\n  name: Acme again\n")},
    "duplicate-topic-id": {"topics.yml": registry("topics", "- id: oam\n  name: OAM again\n  kind: specification\n")},
    "duplicate-key-nested": {"events/case.yml": event(extra="location:\n  city: Beijing\n  city: Shanghai\n")},
    "duplicate-key-in-list-item": {"events/case.yml": event(extra=session("    title: Other\n"))},
    # YAML
    "unclosed-quote": {"events/case.yml": EVENT_HEADER + 'id: case\nname: "Case event\nkind: salon\n'},
    "bad-indentation": {"events/case.yml": EVENT_HEADER + "id: case\nlocation:\n  city: Beijing\n country: CN\n"},
    "tab-in-list": {"events/case.yml": EVENT_HEADER + "id: case\ntopics:\n\t- oam\n"},
    "binary-tag": {"events/case.yml": event(extra="theme: !!binary aGVsbG8=\n")},
    "custom-tag": {"events/case.yml": event(extra="theme: !include other.yml\n")},
    "python-object-tag": {"events/case.yml": event(extra="theme: !!python/object:os.system {}\n")},
    "billion-laughs": {"events/case.yml": EVENT_HEADER + 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
                       + "".join(f"{c}: &{c} [{', '.join(['*' + p] * 9)}]\n" for p, c in zip("abcdefgh", "bcdefghi"))},
    "merge-key": {"events/case.yml": EVENT_HEADER + "base: &b\n  kind: salon\nid: case\n<<: *b\n"},
    "complex-key": {"events/case.yml": EVENT_HEADER + "? [a, b]\n: value\n"},
    "only-comments": {"events/case.yml": EVENT_HEADER + "# nothing here yet\n"},
    "only-whitespace": {"events/case.yml": "   \n\n  \n"},
    "null-document": {"events/case.yml": EVENT_HEADER + "~\n"},
    "scalar-document": {"events/case.yml": EVENT_HEADER + "just some text\n"},
    "list-document": {"events/case.yml": EVENT_HEADER + "- id: case\n"},
    "yaml-extension": {"events/case.yaml": event()},
    "wrong-schema-line": {"events/case.yml": event().replace("events.schema.json", "event.json")},
    # encodings and bytes
    "invalid-utf8": {"events/case.yml": event().encode() + b"theme: \xff\xfe\n"},
    "nul-byte": {"events/case.yml": event().encode() + b"theme: a\x00b\n"},
    "utf16-bom": {"events/case.yml": b"\xff\xfe" + event().encode("utf-16-le")},
    "latin1-text": {"events/case.yml": event(extra="theme: caf\xe9\n").encode("latin-1")},
}

for name, files in CASES.items():
    case(name, files)
print(len(CASES), "cases written")
