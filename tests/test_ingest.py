"""`ocpkb ingest`: what it extracts from real recaps and from small fixtures, and that it never loses work."""

import json
import re
import shutil
from pathlib import Path

import pytest

from conftest import CORPUS, FIXTURE_KB

from ocpkb.ingest.read import read_source
from ocpkb.kb import load_knowledge_base
from ocpkb.validate import validate

FIXTURES = Path(__file__).parent / "ingest" / "fixtures"
SEEDS = CORPUS / "seeds"
needs_corpus = pytest.mark.skipif(not SEEDS.exists(), reason="../shared/corpus is not beside the project")


def extracted(run, path, data=None) -> dict:
    args = ["ingest", "--json", path] + (["--data", data] if data else [])
    result = run(*args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


# --- the founding documents -----------------------------------------------------------------------------


@needs_corpus
def test_salon_agenda_becomes_sessions_with_speakers_and_entities(run):
    view = extracted(run, SEEDS / "001_64a02561bf597775.txt")
    sessions = view["sessions"]
    assert [s["start"] for s in sessions] == ["14:00", "14:05", "14:20", "14:35", "14:50", "15:05", "15:20", "15:35", "17:30"]
    assert sessions[1]["title"].startswith("The key value of OAI") and sessions[1]["speakers"] == ["Zhenghui Wu"]
    people = {p["name"]: p for p in view["people"]}
    assert people["Jidong Du"]["organization"] == "Enflame Technology"  # the agenda says "Enclave"
    assert people["Michael Ma"]["title"] == "Habana Technical director for Greater China"


@needs_corpus
def test_china_day_date_comes_from_the_text_despite_the_broken_front_matter(run):
    event = extracted(run, SEEDS / "000_d984083630b19f0a.txt")["event"]
    assert (event["name"], event["start_date"], event["location"]["city"], event["location"]["country"]) == \
        ("OCP China Day 2023", "2023-08-10", "Beijing", "CN")


@needs_corpus
def test_news_article_yields_the_three_interviewees_with_their_roles(run):
    people = {p["name"]: p for p in extracted(run, SEEDS / "003_f435f089597d35fd.txt")["people"]}
    assert people["Zhao Shuai"]["organization"] == "Inspur Information"
    assert "General Manager" in people["Zhao Shuai"]["title"]
    assert people["Zhang Zheng"]["title"].startswith("senior product manager")
    assert people["Luo Jian"]["title"].startswith("product planning manager")


@needs_corpus
def test_ocr_variants_resolve_to_one_organization_each(run):
    organizations = extracted(run, SEEDS / "001_64a02561bf597775.txt")["organizations"]
    by_id = {}
    for organization in organizations:
        by_id.setdefault(organization["id"], []).append(organization)
    assert len(by_id["corerain"]) == 1 and {"CoreRaiin", "CoreRin"} <= set(by_id["corerain"][0]["aliases"])
    assert len(by_id["enflame"]) == 1 and {"燃源科技", "燃点科技"} <= set(by_id["enflame"][0]["aliases"])


@needs_corpus
def test_ocr_variants_resolve_by_similarity_when_the_registry_lacks_the_alias(run, kb_copy):
    organizations = kb_copy / "organizations.yml"
    organizations.write_text(organizations.read_text() + "- id: corerain\n  name: Corerain\n")
    view = extracted(run, SEEDS / "001_64a02561bf597775.txt", kb_copy)
    assert [o["id"] for o in view["organizations"] if "CoreRaiin" in [o["name"], *o["aliases"]]] == ["corerain"]
    assert any("similar spelling" in doubt for doubt in view["review"])


# --- readers --------------------------------------------------------------------------------------------


def test_markdown_with_broken_front_matter_and_chinese_labels(run):
    view = extracted(run, FIXTURES / "salon-recap.md", FIXTURE_KB)
    event = view["event"]
    assert event["start_date"] == "2023-03-18" and event["location"]["city"] == "Hangzhou"
    assert event["organizers"] == ["Acme Systems", "Globex Foundation"]
    assert view["language"] == "zh"
    assert [s["title"] for s in view["sessions"]] == ["浸没式液冷的实践", "茶歇"]
    assert view["sessions"][0]["speakers"] == ["Alice Chen"]  # 陈爱丽 is Alice Chen's Chinese name in the registry


def test_html_keeps_the_article_and_drops_navigation(run):
    view = extracted(run, FIXTURES / "article.html", FIXTURE_KB)
    assert view["event"]["name"] == "Test Summit 2024"
    assert view["event"]["start_date"] == "2024-05-14" and view["event"]["location"]["city"] == "Berlin"
    assert view["people"] == [{"name": "Alice Chen", "organization": "Acme Systems", "title": "Chief Architect"}]
    assert "Français" not in json.dumps(view, ensure_ascii=False)


def test_html_inline_elements_keep_the_marks_that_close_them_and_stay_apart_otherwise():
    lines = [line.text for line in read_source(FIXTURES / "inline-marks.html").lines]
    assert "For its fifth edition, codec developers meet on May 3, 2031." in lines
    assert "Hosted by Fabrikam (Lyon); talks by 林澈、 周岚." in lines  # apart, but not inside marks


def test_gbk_text_is_decoded(run):
    view = extracted(run, FIXTURES / "gbk-recap.txt", FIXTURE_KB)
    assert view["event"]["start_date"] == "2022-06-08" and view["event"]["location"]["city"] == "Beijing"


@pytest.mark.parametrize("name, message", [("no-event.txt", "extract: no event found"),
                                           ("truncated.pdf", "read: cannot read PDF"),
                                           ("url-only.html", "read: no text found in the file")])
def test_unusable_input_is_a_clear_error(run, name, message):
    result = run("ingest", "--json", FIXTURES / name, "--data", FIXTURE_KB)
    assert result.exit_code == 1 and message in result.stderr and "Traceback" not in result.output
    failure = json.loads(result.stdout)["failure"]
    assert message == f"{failure['stage']}: {failure['reason']}"[:len(message)]


# --- writing, merging, provenance -----------------------------------------------------------------------


def test_ingested_draft_is_valid_and_records_provenance(run, kb_copy):
    result = run("ingest", FIXTURES / "salon-recap.md", "--data", kb_copy)
    assert result.exit_code == 0, result.output
    event_file = next((kb_copy / "events").glob("immersion-cooling*.yml"))
    text = event_file.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../schema/events.schema.json\n")
    assert "start_date: '2023-03-18'" in text and re.search(r"  start_date: salon-recap.md#sha256-[0-9a-f]{12}:8\n", text)
    assert "wang-xiao-ming" in (kb_copy / "people.yml").read_text(encoding="utf-8")  # a proposal, marked for review
    # no errors; a warning says the draft may be the fixture's hangzhou-salon-2023 under another id (it is)
    assert [problem for problem in validate(load_knowledge_base(kb_copy)) if problem.is_error] == []


def test_reingesting_keeps_human_edits_and_comments_and_is_idempotent(run, kb_copy):
    assert run("ingest", FIXTURES / "salon-recap.md", "--data", kb_copy).exit_code == 0
    event_file = next((kb_copy / "events").glob("immersion-cooling*.yml"))
    edited = event_file.read_text(encoding="utf-8").replace("kind: salon", "kind: salon  # checked by a person")
    edited = edited.replace("theme:", "# the theme was checked\ntheme:") if "theme:" in edited else edited
    edited = edited.replace("  - start: '14:30'\n    end: '15:00'\n    title: 茶歇\n", "")  # a person removed the break
    event_file.write_text(edited, encoding="utf-8")
    assert run("ingest", FIXTURES / "salon-recap.md", "--data", kb_copy).exit_code == 0
    after = event_file.read_text(encoding="utf-8")
    assert "# checked by a person" in after
    assert after.count("title: 茶歇") == 1  # re-ingesting adds what the file lacks, once
    again = run("ingest", FIXTURES / "salon-recap.md", "--data", kb_copy)
    assert again.exit_code == 0 and event_file.read_text(encoding="utf-8") == after


def test_dry_run_shows_a_diff_and_writes_nothing(run, kb_copy):
    before = sorted(p.name for p in (kb_copy / "events").iterdir())
    result = run("ingest", FIXTURES / "salon-recap.md", "--data", kb_copy, "--dry-run")
    assert result.exit_code == 0
    assert "+++ b/events/immersion-cooling" in result.stdout and "+name: Immersion Cooling Salon" in result.stdout
    assert sorted(p.name for p in (kb_copy / "events").iterdir()) == before


def test_a_folder_is_ingested_with_a_summary_table(run, kb_copy, tmp_path):
    folder = tmp_path / "recaps"
    folder.mkdir()
    for name in ("salon-recap.md", "article.html", "no-event.txt"):
        shutil.copy(FIXTURES / name, folder)
    result = run("ingest", folder, "--data", kb_copy)
    assert result.exit_code == 1  # one file had no event in it
    assert "no-event.txt: extract: no event found" in result.stderr
    header, values = result.stderr.strip().splitlines()[-2:]
    counts = dict(zip(header.split(), values.split()))
    assert counts["files"] == "3" and counts["extracted"] == "2" and counts["failed"] == "1"


def test_a_broken_existing_file_is_reported_not_overwritten(run, kb_copy):
    assert run("ingest", FIXTURES / "salon-recap.md", "--data", kb_copy).exit_code == 0
    event_file = next((kb_copy / "events").glob("immersion-cooling*.yml"))
    event_file.write_text(event_file.read_text(encoding="utf-8") + "sessions: [\n", encoding="utf-8")
    broken = event_file.read_text(encoding="utf-8")
    result = run("ingest", FIXTURES / "salon-recap.md", "--data", kb_copy)
    assert result.exit_code == 1 and "has problems, so ingest leaves it alone" in result.stderr
    assert "YAML syntax error" in result.stderr and "Traceback" not in result.output
    assert event_file.read_text(encoding="utf-8") == broken


def test_json_mode_prints_one_object_and_nothing_else(run):
    result = run("ingest", "--json", FIXTURES / "article.html", "--data", FIXTURE_KB)
    assert json.loads(result.stdout)["event"]["name"] == "Test Summit 2024"


def test_the_site_shows_where_ingested_facts_come_from(run, kb_copy):
    from ocpkb.site import generate

    assert run("ingest", FIXTURES / "salon-recap.md", "--data", kb_copy).exit_code == 0
    pages, _ = generate(load_knowledge_base(kb_copy), "/")
    page = next(p for p in pages if p.src_uri.startswith("events/immersion-cooling"))
    assert "Where each fact comes from" in page.body
    assert re.search(r"<code>start&#95;date</code></td><td>salon-recap.md#sha256-[0-9a-f]{12}:8<", page.body)
