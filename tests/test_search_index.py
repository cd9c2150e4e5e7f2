"""What pages put into the search index besides their text (scripts/ocpkb/site/search.py).
How search then behaves in a browser is tested in test_browser.py."""

from pathlib import Path

import pytest

from ocpkb.kb import load_knowledge_base
from ocpkb.site.search import Glossary, involvement_fields, where_names

SITE_KB = Path(__file__).parent / "site_kb"


@pytest.fixture(scope="module")
def kb():
    return load_knowledge_base(SITE_KB)


@pytest.fixture(scope="module")
def glossary(kb):
    return Glossary.of(kb)


@pytest.mark.parametrize("text, found", [
    ("Cooling OAM accelerator modules", [("topics", "oam")]),
    ("the foam and the roam", []),  # inside words
    ("Oam is not an acronym here", []),  # short acronyms keep their capitals
    ("AI training at scale", [("topics", "artificial-intelligence")]),
    ("She said so", []),
    ("Talks from Inspur Electronic Information", [("organizations", "inspur-information")]),
    ("浪潮信息发布了新的服务器", [("organizations", "inspur-information")]),  # inside Chinese text, no spaces
    ("开放加速器模块的设计", [("topics", "oam")]),
    ("A keynote by Yue Lin", [("people", "lin-yue")]),
])
def test_glossary_finds_the_names_a_text_mentions(glossary, text, found):
    assert glossary.mentioned_in([text]) == found


def test_an_event_carries_every_name_of_who_took_part_and_what_it_mentions(kb):
    fields = involvement_fields(kb.events["liquid-cooling-workshop-2023"], Glossary.of(kb))
    assert fields["people"] == "Lin Yue · 林悦 · Yue Lin · Ada Moreau"
    assert fields["organizations"] == "Lakeside Thermal · 湖畔热控 · Lakeside Thermal Labs"
    assert fields["topics"] == "Liquid cooling · 液冷"
    assert fields["mentions"] == "OCP Accelerator Module (OAM) · 开放加速器模块 · OAM · OCP Accelerator Module"


def test_a_city_known_only_in_english_is_also_written_in_chinese():
    assert where_names({"city": "Hangzhou", "country": "CN"}) == "Hangzhou · 杭州 · 杭州市 · China"
    assert where_names({"city": "Beijing", "city_zh": "北京", "country": "CN"}) == "Beijing · 北京 · China"
