"""A labelled line that says where an event is held names its venue, not an organization that took
part, on fixtures written for these tests (not copied text)."""

from conftest import ROOT, ingest_view, organization_names

LAYOUTS = ROOT / "tests" / "ingest" / "layouts"


def test_a_school_in_a_chinese_place_line_is_a_venue(run):
    found = organization_names(ingest_view(run, LAYOUTS / "zh-venue-label-school.md"))  # '地点：杭州市西湖区星河大学图书馆…'
    assert not any("星河大学" in name for name in found)
    assert "云帆智能" in found


def test_a_school_in_an_english_venue_line_is_a_venue(run):
    found = organization_names(ingest_view(run, LAYOUTS / "en-venue-label-school.md"))  # 'Venue: Fabrikam University, Hall B'
    assert "Fabrikam University" not in found
    assert "Contoso Labs" in found
