"""A company written whole once and by its brand later, in a small post written for these tests (not copied
text): '北岩软件股份有限公司' in the opening sentence and '北岩软件技术专家' in a caption, where the caption
alone would cut the line of work '软件技术专家' off '北岩'. The caption's affiliation is the name the recap
writes elsewhere (its brand, without the legal form): one organization, the short form kept as its name."""

from conftest import ROOT, ingest_view, organization_names

from ocpkb.ingest.organizations import longer_name_written

POST = ROOT / "tests" / "ingest" / "posts" / "zh-organizations-registered-then-brand.md"


def test_the_caption_keeps_the_brand_of_the_registered_name(run):
    view = ingest_view(run, POST)
    affiliations = {person["name"]: person["organization"] for person in view["people"]}
    assert affiliations["林澈"] == "北岩软件"
    assert "北岩" not in organization_names(view)
    assert "北岩软件" in organization_names(view)


def test_a_longer_name_counts_only_where_the_caption_writes_it_whole():
    names = ["北岩软件股份有限公司", "云帆数据"]
    assert longer_name_written("北岩", names, "林澈，北岩软件技术专家") == "北岩软件"
    assert longer_name_written("北岩", names, "林澈，北岩资深工程师") == "北岩"  # the caption goes on otherwise
    assert longer_name_written("Contoso", ["Contoso Labs"], "Contoso Labs engineer") == "Contoso"  # Chinese names only
