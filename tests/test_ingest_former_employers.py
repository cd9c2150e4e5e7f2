"""A speaker's past employer, written right after 前 in a Chinese caption, is no organization of
the recap, on a fixture written for these tests (not copied text)."""

from conftest import ROOT, ingest_view, organization_names

LAYOUTS = ROOT / "tests" / "ingest" / "layouts"


def test_a_well_known_name_right_after_qian_is_a_past_employer(run):
    found = organization_names(ingest_view(run, LAYOUTS / "zh-former-employers-in-captions.md"))  # '，前 Intel 工程师'
    assert "Intel" not in found
    assert "云帆智能" in found


def test_a_company_read_by_its_head_after_qian_is_a_past_employer(run):
    found = organization_names(ingest_view(run, LAYOUTS / "zh-former-employers-in-captions.md"))  # '，前星河科技公司高级工程师'
    assert not any("星河科技" in name for name in found)
    assert "北辰数据" in found
