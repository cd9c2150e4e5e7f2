"""'Name：Title' lines typed one under the other without list marks, on small fixtures written for
these tests (not copied text)."""

from conftest import ROOT, ingest_view, talks

FIXTURE = ROOT / "tests" / "ingest" / "layouts" / "speaker-first-broken-lines.md"


def test_broken_lines_that_open_with_a_name_and_a_colon_are_talks(run):
    assert talks(ingest_view(run, FIXTURE))["自由软件与开放标准"] == ["Jane Okafor"]


def test_a_name_no_dictionary_knows_is_vouched_for_by_the_lines_around_it(run):
    assert talks(ingest_view(run, FIXTURE))["从零搭建镜像站"] == ["Wei Zhiqiang"]
