"""Generated Markdown, compared with golden files (UPDATE_GOLDEN=1 rewrites them; review the diff)."""

from pathlib import Path

import pytest

from conftest import FIXTURE_KB, check_golden, pretty_html

from ocpkb.kb import load_knowledge_base
from ocpkb.site import generate
from ocpkb.site.pages import put_back_html
from ocpkb.site.render import PageWriter, esc, page_url

GOLDEN = Path(__file__).parent / "golden"


@pytest.fixture(scope="module")
def pages():
    generated, _ = generate(load_knowledge_base(FIXTURE_KB), "https://kb.example/")
    return {page.src_uri: page for page in generated}


@pytest.mark.parametrize("src_uri", ["events/test-summit-2022.md", "people/alice-chen.md", "topics/oam.md", "index.md"])
def test_page_matches_its_golden_file(pages, src_uri):
    check_golden(GOLDEN / src_uri.replace("/", "--"), pretty_html(pages[src_uri].markdown()))


def test_html_blocks_set_aside_for_markdown_come_back_unchanged(pages):
    for page in pages.values():
        markdown, blocks = page.markdown_without_html()
        assert "<table" not in markdown and "<ul" not in markdown
        assert put_back_html(markdown, blocks) == page.markdown()


def test_pages_name_the_yaml_they_come_from(pages):
    assert pages["events/test-summit-2022.md"].edit_path == "data/events/test-summit-2022.yml"
    assert pages["organizations/acme.md"].edit_path == "data/organizations.yml"


@pytest.mark.parametrize("src_uri, url", [("index.md", ""), ("events/index.md", "events/"), ("events/x.md", "events/x/")])
def test_page_urls_follow_mkdocs_directory_urls(src_uri, url):
    assert page_url(src_uri) == url


@pytest.mark.parametrize("source, target, href", [
    ("events/x.md", "people/y.md", "../../people/y/"),
    ("index.md", "people/y.md", "people/y/"),
    ("events/index.md", "events/x.md", "../events/x/"),
    ("events/x.md", "index.md", "../../"),
])
def test_links_are_relative_to_the_page(source, target, href):
    assert PageWriter(None, source).href(target) == href


def test_escaping_leaves_no_markup_markdown_or_template_syntax():
    assert esc('<a href="x">{{ y }}</a> *[z](j:)* `c` _u_ \\') == (
        "&#60;a href=&#34;x&#34;&#62;&#123;&#123; y &#125;&#125;&#60;/a&#62; &#42;&#91;z&#93;(j:)&#42; &#96;c&#96; &#95;u&#95; &#92;")


def test_a_missing_golden_file_is_a_failure_not_a_new_golden(tmp_path, monkeypatch):
    import conftest

    monkeypatch.setattr(conftest, "UPDATE_GOLDEN", False)
    with pytest.raises(AssertionError, match="no golden file"):
        check_golden(tmp_path / "missing.md", "anything")
    assert not (tmp_path / "missing.md").exists()
