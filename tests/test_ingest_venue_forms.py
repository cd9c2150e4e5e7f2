"""The venue a draft gives names a place: never the rest of the sentence after the city, nor a day or hour, and it ends
where its sentence does. Small pages written for these tests (not copied text)."""

from conftest import ROOT, ingest_view

POSTS = ROOT / "tests" / "ingest" / "posts"


def venue(run, name: str) -> str | None:
    return ingest_view(run, POSTS / name)["event"]["location"]["venue"]


def test_the_rest_of_a_chinese_sentence_after_its_city_is_no_venue(run):
    assert venue(run, "venue-rest-of-sentence-zh.md") is None  # '我们在杭州一起庆祝了…'


def test_a_datelines_state_and_day_are_no_venue(run):
    assert venue(run, "venue-dateline-day.md") is None  # 'SAN JOSE, Calif., Feb 19, 2031 – …'


def test_a_venue_ends_with_its_sentence(run):
    assert venue(run, "venue-then-thanks-zh.md") == "西湖区文三路 100 号云帆大厦 3 楼"  # '…3 楼。感谢云帆科技提供场地。'


def test_an_events_name_in_a_dateline_is_no_venue(run):
    assert venue(run, "venue-dateline-event-name.md") is None  # 'CONTOSO SUMMIT, San Jose, Calif. – …'


def test_a_speakers_biography_after_a_city_is_no_venue(run):
    assert venue(run, "venue-speaker-bio-zh.md") is None  # '林澈，杭州云帆科技有限公司，研发工程师，…'
