"""`ocpkb serve` as a curator meets it: edits show up without a restart, invalid data never stops
the preview from answering, and moving the data folder away and back does not stop the watcher."""

import contextlib
import html
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from conftest import ROOT, make_project

EVENT_PAGE = "events/test-summit-2022/"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str, timeout: float = 5) -> str:
    try:
        return urllib.request.urlopen(url, timeout=timeout).read().decode("utf-8")
    except urllib.error.HTTPError as error:  # a 404 page still has a body (and the banner)
        return error.read().decode("utf-8")


def fetch_until(url: str, wanted: str, timeout: float, present: bool = True) -> str:
    deadline, text = time.monotonic() + timeout, ""
    while time.monotonic() < deadline:
        try:
            text = fetch(url)
            if (wanted in text) == present:
                return text
        except OSError:
            pass
        time.sleep(0.2)
    raise AssertionError(f"{wanted!r} did not {'appear at' if present else 'leave'} {url} within {timeout}s")


@contextlib.contextmanager
def running(command: list[str], cwd):
    """A preview server started as a user starts it; yields its URL once the event page answers."""
    port = free_port()
    server = subprocess.Popen([*command, "--dev-addr", f"127.0.0.1:{port}"], cwd=cwd, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, start_new_session=True,
                              env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    url = f"http://127.0.0.1:{port}/ocpkb/"
    try:
        fetch_until(url + EVENT_PAGE, "Test Summit 2022", timeout=120)
        yield url
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


@pytest.fixture
def served(kb_copy):
    """`ocpkb serve` on a copy of the fixture knowledge base at ./data; yields the site's URL."""
    command = [sys.executable, "-m", "ocpkb", "serve", "--data", "data", "--config-file", str(ROOT / "mkdocs.yml")]
    with running(command, kb_copy.parent) as url:
        yield url


def test_serve_picks_up_a_yaml_edit(served, kb_copy):
    event = kb_copy / "events" / "test-summit-2022.yml"
    event.write_text(event.read_text().replace("name: Test Summit 2022", "name: Renamed Summit 2022"))
    fetch_until(served + EVENT_PAGE, "Renamed Summit 2022", timeout=30)
    fetch_until(served + "series/test-summit/", "Renamed Summit 2022", timeout=30)  # a page that lists it
    fetch_until(served + "people/alice-chen/", "Renamed Summit 2022", timeout=30)


BREAKAGES = [
    ("a value the schema forbids", 'start_date: "2022-05-10"', 'start_date: "2022-13-10"',
     "data/events/test-summit-2022.yml:7:1: start_date: '2022-13-10' is not a real date"),
    ("a YAML syntax error", "name: Test Summit 2022", "name: [Test Summit 2022",
     "data/events/test-summit-2022.yml:4:7: YAML syntax error"),
    ("a missing person", "person: alice-chen", "person: alice-chan",
     "data/events/test-summit-2022.yml:24:9: sessions[0].speakers[0].person: unknown person 'alice-chan'"),
]


def test_invalid_data_is_answered_at_once_with_the_problems_and_the_preview_recovers(served, kb_copy):
    event = kb_copy / "events" / "test-summit-2022.yml"
    good = event.read_text(encoding="utf-8")
    shown_name = "Test Summit 2022"
    for name, old, new, message in BREAKAGES:
        event.write_text(good.replace(old, new, 1), encoding="utf-8")
        fetch_until(served + EVENT_PAGE, "ocpkb-problems", timeout=30)
        started = time.monotonic()
        page = fetch(served + EVENT_PAGE, timeout=5)
        assert time.monotonic() - started < 1, name
        assert message in html.unescape(page), name
        assert shown_name in page, name  # the last valid version, under the banner
        shown_name = f"Fixed after {name}"
        event.write_text(good.replace("name: Test Summit 2022", f"name: {shown_name}"), encoding="utf-8")
        page = fetch_until(served + EVENT_PAGE, shown_name, timeout=30)
        assert "ocpkb-problems" not in page, name


def test_the_watcher_survives_the_data_folder_moving_away_and_back(served, kb_copy):
    moved = kb_copy.with_name("moved")
    kb_copy.rename(moved)
    page = fetch_until(served + EVENT_PAGE, "ocpkb-problems", timeout=30)
    assert "the data folder is not there" in page
    moved.rename(kb_copy)
    fetch_until(served + EVENT_PAGE, "ocpkb-problems", timeout=30, present=False)
    event = kb_copy / "events" / "test-summit-2022.yml"
    event.write_text(event.read_text().replace("name: Test Summit 2022", "name: Back Again Summit"))
    fetch_until(served + EVENT_PAGE, "Back Again Summit", timeout=30)


def test_mkdocs_serve_is_the_same_preview(kb_copy):
    """Plain `mkdocs serve` in a project runs the same plugin: edits show, problems show."""
    project = make_project(kb_copy.parent, data=None)
    with running([sys.executable, "-m", "mkdocs", "serve"], project) as url:
        event = kb_copy / "events" / "test-summit-2022.yml"
        event.write_text(event.read_text().replace("person: alice-chen", "person: alice-chan"))
        assert "unknown person &#x27;alice-chan&#x27;" in fetch_until(url + EVENT_PAGE, "ocpkb-problems", timeout=30)
        event.write_text(event.read_text().replace("person: alice-chan", "person: alice-chen")
                         .replace("name: Test Summit 2022", "name: Served By MkDocs"))
        fetch_until(url + EVENT_PAGE, "Served By MkDocs", timeout=30)
