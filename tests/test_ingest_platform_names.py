"""A well-known company's name that opens a platform's full name names the platform, not the
company, on a fixture written for these tests (not copied text)."""

from conftest import ROOT, ingest_view, organization_names

LAYOUTS = ROOT / "tests" / "ingest" / "layouts"


def test_a_meeting_platform_named_after_its_maker_is_no_organization(run):
    found = organization_names(ingest_view(run, LAYOUTS / "zh-meeting-platform-by-its-maker.md"))  # '线上参与：腾讯会议 …'
    assert not any(name.startswith("腾讯") for name in found)
    assert "云帆智能" in found
