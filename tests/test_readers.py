"""The ingest readers on hostile pages and PDFs: deep nesting stays linear, every PDF failure is a reason
for that file, and a folder run goes on past it. (How the time grows with depth: benchmarks/html_nesting.py.)"""

import json
import os
import resource
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT
from timeouts import at_most

from ocpkb.ingest import read
from ocpkb.ingest.asciidoc import as_markdown
from ocpkb.ingest.read import ReadFailure, Source, read_html, read_pdf

CASES = Path(__file__).parent / "cases" / "ingest"
RECAPS = Path(__file__).parent / "fixtures" / "recaps"


def test_deep_nesting_is_read_in_linear_time():
    """50,000 nested divs (550 KB) took minutes when each element searched the ones inside it; linear
    reading takes a few seconds even on a busy machine."""
    depth = 50_000
    page = "<div>" * depth + "OCP Summit 2024 was held in Berlin." + "</div>" * depth
    with at_most(60):
        source = read_html(page, "deep.html")
    assert [line.text for line in source.lines] == ["OCP Summit 2024 was held in Berlin."]


@pytest.mark.parametrize("unclosed", ["[a", "![x](", "[x](a ", "**a ", "_a ", "[caption]a", "{{< a", "<a"])
def test_a_markdown_page_of_unclosed_markup_is_read_in_linear_time(unclosed):
    """Half a megabyte of '[a[a…', '**a **a …' or '![x](![x](…' took from half a minute to hours when each
    opener looked for its closer to the line's end."""
    page = (unclosed * (96_000 // len(unclosed)) + "\n") * 5
    with at_most(15):
        source = read.read_markdown(page, "unclosed.md")
    assert len(source.lines) == 5


@pytest.mark.parametrize("unclosed", ["![x](", "(a ", "大会活动"])
def test_a_recap_of_one_long_line_of_unclosed_brackets_or_unbroken_chinese_is_ingested_in_seconds(run, kb_copy, tmp_path,
                                                                                                   unclosed):
    """Looking for the event's name dropped every '(…)' aside and cut a Chinese sentence at its last
    break by searching from each '(' or character to the line's end: minutes for such a line."""
    recap = tmp_path / "one-line.md"
    recap.write_text(unclosed * (200_000 // len(unclosed)) + "\n")
    with at_most(30):
        result = run("ingest", "--json", recap, "--data", "data")
    assert "event" in json.loads(result.stdout)


def test_emphasis_marks_are_dropped_and_a_lone_asterisk_kept():
    source = read.read_markdown("**OCP Summit** in *San Jose*, 5 * 3 booths, __Day 1__ and _Day 2_\n", "a.md")
    assert [line.text for line in source.lines] == ["OCP Summit in San Jose, 5 * 3 booths, Day 1 and Day 2"]


def test_underscores_inside_a_word_are_part_of_it_not_emphasis():
    """As CommonMark reads them: 'What_I_Learned_at_Contoso' is one word, '_Day 2_' is emphasis."""
    source = read.read_markdown("What_I_Learned_at_Contoso and _Day 2_\n", "a.md")
    assert [line.text for line in source.lines] == ["What_I_Learned_at_Contoso and Day 2"]


def test_an_article_inside_deeply_nested_menus_is_kept_and_the_menus_dropped():
    depth = 20_000
    page = '<div class="menu">' * depth + "<a>Home</a><article><p>The recap.</p></article>" + "</div>" * depth
    with at_most(60):
        source = read_html(page, "menus.html")
    assert [line.text for line in source.lines] == ["The recap."]


def test_an_html_line_break_ends_a_line():
    source = read_html("<p><b>Organizing Committee</b><br/>Jane Doe, Contoso<br/>Wei Chen, Fabrikam</p>", "p.html")
    assert [(line.text, line.markup) for line in source.lines] == [
        ("Organizing Committee", "bold"), ("Jane Doe, Contoso", ""), ("Wei Chen, Fabrikam", "")]


def test_html_text_before_a_block_inside_it_is_kept_in_its_place():
    source = read_html("<ul><li><b>A Talk - Jane Doe</b><p>Its abstract.</p></li></ul><h2>Next</h2>", "li.html")
    assert [(line.text, line.markup) for line in source.lines] == [
        ("A Talk - Jane Doe", "item"), ("Its abstract.", ""), ("Next", "h2")]


def test_a_page_saved_as_xml_is_read_as_html_without_a_warning(recwarn):
    """A recap saved as XML opens with an XML declaration; its text is read like any page's, and
    the curator sees no parser warning about XML."""
    page = '<?xml version="1.0"?>\n<article><p>Contoso Day 2031</p></article>'
    source = read_html(page, "feed.xml")
    assert [line.text for line in source.lines] == ["Contoso Day 2031"]
    assert not [warning for warning in recwarn if "XML" in str(warning.message)]


def test_the_header_inside_an_article_is_read_but_not_the_sites_header():
    """A post's own header holds its title; the site's header and any navigation are page furniture."""
    page = ('<html><body><header class="site-header"><nav><a href="/">Home</a></nav><p>Fabrikam Blog</p></header>'
            '<article><header class="entry-header"><h1>Contoso Day 2031 in review</h1><nav>Previous post</nav></header>'
            '<p>We spent a day in Lyon.</p></article></body></html>')
    source = read_html(page, "post.html")
    assert [line.text for line in source.lines] == ["Contoso Day 2031 in review", "We spent a day in Lyon."]


def test_a_landing_pages_header_holding_its_only_h1_is_read():
    """An event's landing page names itself, its days and its city in the header over the page."""
    page = ('<html><body><header><h1>Contoso Conf 2031</h1><p>July 11-12, Lyon</p><nav>Tickets</nav></header>'
            '<div><h2>About</h2><p>A day of talks.</p></div></body></html>')
    source = read_html(page, "landing.html")
    assert [line.text for line in source.lines] == ["Contoso Conf 2031", "July 11-12, Lyon", "About", "A day of talks."]


def test_an_html_table_cell_keeps_its_lines_apart():
    source = read_html("<table><tr><td>9:00</td><td><b>A Talk</b><br>Jane Doe</td></tr></table>", "t.html")
    assert source.lines[0].text == f"9:00\tA Talk{read.CELL_LINE}Jane Doe"


def test_a_table_that_frames_the_page_is_read_as_its_lists():
    source = read_html("<table><tr><td><ul><li>When: May 4</li><li>Where: Lyon</li></ul></td></tr></table>", "f.html")
    assert [(line.text, line.markup) for line in source.lines] == [("When: May 4", "item"), ("Where: Lyon", "item")]


def test_a_page_with_too_many_elements_is_refused_before_parsing(monkeypatch):
    monkeypatch.setattr(read, "MAX_HTML_ELEMENTS", 1000)
    result = read_html("<p>x" * 1001, "huge.html")
    assert isinstance(result, ReadFailure)
    assert result.reason == "the page has more than 1,000 HTML elements (a recap has a few thousand): save the article alone"


def test_an_aes_encrypted_pdf_without_the_cryptography_package_is_a_clean_reason():
    """Without `cryptography` pypdf raises DependencyError, which used to end a folder run with a traceback."""
    child = ("import sys; sys.modules['cryptography'] = sys.modules['Crypto'] = None\n"
             "from ocpkb.ingest.read import read_pdf\n"
             f"print(read_pdf(open({str(CASES / 'pdf-encrypted' / 'recap.pdf')!r}, 'rb').read(), 'recap.pdf').reason)")
    result = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("the PDF needs a package that is not installed (")


def test_a_pdf_with_only_an_owner_password_is_read():
    source = read_pdf((RECAPS / "owner-password-only.pdf").read_bytes(), "owner.pdf")
    assert isinstance(source, Source)
    assert source.text == "Test Summit 2024 was held in Berlin on May 14, 2024."


def test_a_pdf_with_more_pages_than_a_recap_has_is_refused(monkeypatch):
    """Each page may unpack to pypdf's 75 MB limit: the page count bounds the work."""
    monkeypatch.setattr(read, "MAX_PDF_PAGES", 0)
    result = read_pdf((RECAPS / "owner-password-only.pdf").read_bytes(), "deck.pdf")
    assert result == ReadFailure("deck.pdf", "the PDF has 1 pages, more than 0: split out the pages of the recap")


def test_any_exception_from_the_pdf_library_is_this_files_reason(monkeypatch):
    import pypdf

    def broken(*args, **kwargs):
        raise ZeroDivisionError("float division by zero")

    monkeypatch.setattr(pypdf, "PdfReader", broken)
    assert read_pdf(b"%PDF-1.4\n", "x.pdf") == ReadFailure("x.pdf", "cannot read PDF: float division by zero")


def test_a_folder_run_goes_on_past_every_bad_pdf(run, kb_copy, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for case in ("pdf-encrypted", "pdf-compression-bomb", "pdf-garbage"):
        shutil.copy(CASES / case / "recap.pdf", inbox / f"{case}.pdf")
    shutil.copy(ROOT / "tests" / "ingest" / "fixtures" / "salon-recap.md", inbox)
    result = run("ingest", inbox, "--data", "data")
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    reasons = [line for line in result.stderr.splitlines() if ".pdf: read: " in line]
    assert len(reasons) == 3
    header, values = result.stderr.strip().splitlines()[-2:]
    counts = dict(zip(header.split(), values.split()))
    assert (counts["files"], counts["failed"], counts["extracted"]) == ("4", "3", "1")
    assert list((kb_copy / "events").glob("immersion-cooling*.yml"))


@pytest.mark.parametrize("name", ["f.md", "z.html"])
def test_a_recap_that_is_not_a_regular_file_is_refused_not_waited_for(kb_copy, tmp_path, name):
    """A named pipe would block the reader for ever, /dev/zero fill the memory: run apart, with a time
    limit and the memory capped, so that a reader that tries fails instead of taking the machine."""
    path = tmp_path / name
    if name == "f.md":
        os.mkfifo(path)
    else:
        path.symlink_to("/dev/zero")
    one_gigabyte = 2**30
    result = subprocess.run([sys.executable, "-m", "ocpkb", "ingest", str(path), "--data", "data"],
                            cwd=kb_copy.parent, capture_output=True, text=True, timeout=60,
                            preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_AS, (one_gigabyte, one_gigabyte)))
    assert result.returncode == 1
    assert f"{name}: read: not a regular file" in result.stderr


def test_asciidoc_is_rewritten_line_for_line():
    page = "= Widget Day\n:page-location: Lisbon\n\nSee https://w.example/day[the\nprogram] soon.\n"
    converted = as_markdown(page)
    assert converted.markdown.splitlines() == ["# Widget Day", "", "", "See [the", "program](https://w.example/day) soon."]
    assert (converted.attributes, converted.attribute_lines) == ({"title": "Widget Day", "location": "Lisbon"},
                                                                 {"title": 1, "location": 2})  # '= Title' is the document's title


def test_asciidoc_comments_and_source_code_are_not_read():
    page = "////\nTalk: Hidden\n////\n[source,java]\n----\nSpeaker: Nobody\n----\n....\nRoom 2, 10:00\n....\n"
    assert [line for line in as_markdown(page).markdown.splitlines() if line] == ["Room 2, 10:00"]


def test_an_asciidoc_table_with_a_cell_per_line_is_one_row_per_row():
    page = '[cols="1,2"]\n|===\n|Time\n|Talk\n\n|10:00\n|Gadgets\nand more\n|===\n'
    assert [line for line in as_markdown(page).markdown.splitlines() if line] == [
        "| Time | Talk |", "| 10:00 | Gadgets and more |"]


def test_the_asciidoc_author_line_under_the_title_is_the_pages_author_not_its_text():
    page = "= Widget Day recap\nJane Doe <https://w.example/jd>\n:revdate: 2031-05-02\n\nWe met in Lisbon.\n"
    converted = as_markdown(page)
    assert converted.markdown.splitlines() == ["# Widget Day recap", "", "", "", "We met in Lisbon."]
    assert (converted.attributes["author"], converted.attribute_lines["author"]) == ("Jane Doe", 2)


def test_a_sentence_right_under_the_asciidoc_title_is_no_author_line():
    page = "= Widget Day recap\nWe met in Lisbon.\n"
    assert as_markdown(page).markdown.splitlines() == ["# Widget Day recap", "We met in Lisbon."]


def test_an_asciidoc_item_that_is_only_a_linked_title_over_an_attached_paragraph_is_a_bold_title():
    page = "* https://w.example/t1[Gadgets at Scale]\n+\nJane Doe explains how gadgets grow.\n* https://w.example/t2[Slides]\n"
    assert as_markdown(page).markdown.splitlines() == [
        "**[Gadgets at Scale](https://w.example/t1)**", "", "Jane Doe explains how gadgets grow.", "- [Slides](https://w.example/t2)"]


def test_a_markdown_line_keeps_the_texts_it_sets_in_italics(tmp_path):
    page = tmp_path / "italics.md"
    page.write_text("A talk titled *Scaling Widgets* and _Ledger [Lessons](https://example.org)_, with **bold** too.\n",
                    encoding="utf-8")
    assert read.read_source(page).lines[0].italics == ("Scaling Widgets", "Ledger Lessons")


def test_a_markdown_line_keeps_its_links_texts_and_addresses(tmp_path):
    page = tmp_path / "links.md"
    page.write_text('See [**Widgets** Talk](https://conf.example/talk/1 "t") and ![logo](logo.png).\n', encoding="utf-8")
    assert read.read_source(page).lines[0].targets == (("Widgets Talk", "https://conf.example/talk/1"),)


def test_a_markdown_item_keeps_the_texts_it_sets_in_bold(tmp_path):
    page = tmp_path / "bold.md"
    page.write_text("- **Scaling Widgets** by Jane Fairweather, __Fabrikam__ and **[Ledger Lessons](https://c.example/t)**\n",
                    encoding="utf-8")
    assert read.read_source(page).lines[0].bold == ("Scaling Widgets", "Fabrikam", "Ledger Lessons")


def test_an_asciidoc_item_keeps_the_text_it_sets_in_bold(tmp_path):
    page = tmp_path / "bold.adoc"
    page.write_text("= Contoso Day\n\n* *Scaling Widgets* by Jane Fairweather\n", encoding="utf-8")
    item = next(line for line in read.read_source(page).lines if line.markup == "item")
    assert item.bold == ("Scaling Widgets",)


def test_an_html_item_and_cell_keep_the_texts_they_set_in_bold():
    page = ("<html><body><ul><li><strong>Scaling <i>Widgets</i></strong> by Jane Fairweather</li></ul>"
            "<table><tr><td>10:00</td><td><b>Ledger Lessons</b></td><td>Tom Brightwater</td></tr></table></body></html>")
    lines = read_html(page, "bold.html").lines
    assert [line.bold for line in lines] == [("Scaling Widgets",), ("Ledger Lessons",)]


def test_a_markdown_row_and_its_block_keep_the_text_it_sets_in_bold(tmp_path):
    from ocpkb.ingest.segment import segment

    page = tmp_path / "bold-row.md"
    page.write_text("| Time | Talk |\n|---|---|\n| 10:00 | **Ledger Lessons**, see below |\n", encoding="utf-8")
    rows = [block for block in segment(read.read_source(page)) if block.kind == "row"]
    assert rows[-1].bold == ("Ledger Lessons",)


def test_asciidoc_curly_quotes_read_as_the_quotes_they_make():
    page = "= Widget Day recap\nJane Fairweather gave a talk titled \"`Ledger Lessons`\" on '`quiet`' queues.\n"
    assert as_markdown(page).markdown.splitlines()[1] == "Jane Fairweather gave a talk titled “Ledger Lessons” on ‘quiet’ queues."


def test_an_asciidoc_images_named_alt_attribute_is_its_alternative_text():
    page = ("= Widget Day recap\n"
            'image:logos/contoso.svg[link="https://contoso.example",window="_blank" alt=Contoso,width=300]\n'
            "image::photos/hall.png[The main hall,640]\n"
            'image::photos/stage.png[link="https://w.example/"]\n')
    assert as_markdown(page).markdown.splitlines()[1:] == [
        "![Contoso](logos/contoso.svg)", "![The main hall](photos/hall.png)", "![](photos/stage.png)"]
