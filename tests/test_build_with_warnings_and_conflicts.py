"""The site built from a knowledge base with a probable duplicate (a warning) and an event whose sources
disagree: the strict build passes, and the event page shows the sources' values side by side. One build."""

import shutil
import subprocess
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from conftest import FIXTURE_KB, run_build

HERE = Path(__file__).parent


@pytest.fixture(scope="module")
def build(tmp_path_factory) -> tuple[subprocess.CompletedProcess, Path]:
    folder = tmp_path_factory.mktemp("warnings-and-conflicts")
    data = folder / "data"
    shutil.copytree(FIXTURE_KB, data)
    shutil.copytree(HERE / "cases" / "duplicates" / "person-reordered-with-the-same-chinese-name" / "files", data,
                    dirs_exist_ok=True)
    shutil.copytree(HERE / "fixtures" / "conflicting-sources", data, dirs_exist_ok=True)
    return run_build(data, folder / "site", SOURCE_DATE_EPOCH="1700000000"), folder / "site"


def test_the_strict_build_passes_with_warnings_and_does_not_print_them_as_warnings(build):
    result, _ = build
    assert result.returncode == 0, result.stdout + result.stderr
    assert "the knowledge base has 1 warning(s)" in result.stderr and "WARNING" not in result.stderr


def disagreement(site, number: int) -> list:
    """The cells (fact, kept value, other values, note) of a row of the event page's "Where sources disagree"."""
    page = BeautifulSoup((site / "events" / "test-summit-2022" / "index.html").read_text(), "html.parser")
    table = page.find(id="where-sources-disagree").find_next("table")
    return table.find("tbody").find_all("tr")[number].find_all("td")


def test_two_sources_disagreeing_on_attendance_show_side_by_side_on_the_event_page(build):
    fact, kept, others, note = disagreement(build[1], 0)
    assert fact.get_text() == "attendance.onsite"
    assert kept.get_text() == "990 (990 on site), according to https://example.org/test-summit-2022"
    assert kept.a["href"] == "https://example.org/test-summit-2022"
    assert others.get_text() == "1000 (nearly a thousand), according to Test Summit draws a crowd"
    assert others.a["href"] == "https://news.example.com/2022/05/test-summit"
    assert note.get_text() == "The organizer counted badges; the news report rounds."


def test_sources_disagreeing_on_a_speaker_show_each_persons_name_and_page_not_an_id(build):
    fact, kept, others, _ = disagreement(build[1], 1)
    assert fact.get_text() == "sessions[0].speakers[0].person"
    assert kept.get_text() == "Alice Chen (陈爱丽), according to https://example.org/test-summit-2022"
    assert kept.strong.a["href"] == "../../people/alice-chen/"
    assert others.get_text() == "Bob Li (the news report names Bob Li for the keynote), according to Test Summit draws a crowd"
    assert others.strong.a["href"] == "../../people/bob-li/"
