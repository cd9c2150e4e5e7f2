"""A table cell or a line that is only a name, '@', then an employer with a job title ('林澈@云帆数据创始人',
'**Jane @Contoso 亚太区负责人**') names a participant, whatever the table's header or the section: the
job title vouches for the name, as in a speaker column. A name before a handle ('陈默@muxueqz') is none.
The post is written for these tests."""

from conftest import ROOT, affiliations, ingest_view

POST = ROOT / "tests" / "ingest" / "posts" / "zh-at-captions.md"


def test_cells_of_a_grid_that_each_read_name_at_employer_and_title_name_participants(run):
    people = affiliations(ingest_view(run, POST))
    assert people["林澈"] == ("云帆数据", "创始人")
    assert people["周岚"] == ("星河科技", "CTO")


def test_a_bold_line_that_reads_name_at_employer_and_title_names_a_participant(run):
    assert affiliations(ingest_view(run, POST))["Jane"][0] == "Contoso"


def test_a_name_before_a_handle_names_no_one(run):
    assert "陈默" not in affiliations(ingest_view(run, POST))
