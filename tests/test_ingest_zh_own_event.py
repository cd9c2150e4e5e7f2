"""A Latin name written right before a Chinese event's edition or form ('Contoso 第六次茶话会', '是 Fabrikam
的线上活动之一', 'Tailspin（…用户组）线下沙龙') names the group whose event it is, an organization of the page;
on a post written for this test (not copied text)."""

from conftest import ROOT, ingest_view, organization_names

POST = ROOT / "tests" / "ingest" / "posts" / "zh-own-event-of-a-group.md"


def test_a_name_before_an_edition_of_an_event_is_an_organization(run):
    assert "Contoso" in organization_names(ingest_view(run, POST))


def test_a_name_whose_online_event_it_is_is_an_organization(run):
    assert "Fabrikam" in organization_names(ingest_view(run, POST))


def test_an_aside_in_brackets_stands_between_the_name_and_its_salon(run):
    assert "Tailspin" in organization_names(ingest_view(run, POST))


def test_english_words_before_an_event_name_a_topic_not_a_group(run):
    assert not {"Service Mesh", "Mesh"} & organization_names(ingest_view(run, POST))


def test_a_name_the_page_writes_with_a_year_is_an_event_not_a_group(run):
    # 'FabCon 2031：…' over 'FabCon 线下活动报名开始了'
    assert "FabCon" not in organization_names(ingest_view(run, POST))
