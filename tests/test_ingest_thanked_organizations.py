"""Organizations a recap thanks for a part in the event (hosting, sponsoring, supporting), on a
fixture written for these tests (not copied text)."""

from conftest import ROOT, ingest_view, organization_names

LAYOUTS = ROOT / "tests" / "ingest" / "layouts"


def test_an_organization_thanked_for_hosting_took_part(run):
    found = organization_names(ingest_view(run, LAYOUTS / "en-thanked-for-hosting.md"))  # 'thanks to Tailspin for hosting us'
    assert "Tailspin" in found


def test_organizations_thanked_in_a_list_who_supported_took_part(run):
    found = organization_names(ingest_view(run, LAYOUTS / "en-thanked-for-hosting.md"))  # '… goes to Woodgrove and Proseware, who supported'
    assert {"Woodgrove", "Proseware"} <= found


def test_a_given_name_thanked_for_organizing_is_no_organization(run):
    found = organization_names(ingest_view(run, LAYOUTS / "en-thanked-for-hosting.md"))  # 'thanks to Dana for organizing'
    assert "Dana" not in found


def test_organizations_a_chinese_thank_you_lists_before_their_support_took_part(run):
    found = organization_names(ingest_view(run, LAYOUTS / "zh-thanked-for-support.md"))
    assert {"Tailspin", "Woodgrove", "青松科技"} <= found  # '感谢Tailspin，Woodgrove，青松科技的支持'
    assert {"蓝海数据", "青禾基金会"} <= found  # '感谢 蓝海数据、青禾基金会 对本次活动的大力支持'


def test_people_thanked_in_chinese_for_their_support_are_no_organizations(run):
    found = organization_names(ingest_view(run, LAYOUTS / "zh-thanked-for-support.md"))
    assert not [name for name in found if "老师" in name or "志愿者" in name or "李明" in name or "大家" in name]
