"""The preview (`ocpkb serve`) updates only what an edit touches, and the site it leaves is the site
a full build of the same data makes, byte for byte: pages, exports and search index."""

import filecmp
import re
import shutil

import pytest
from mkdocs.commands.build import build

from conftest import ROOT, build_site

from ocpkb.plugin import load_site_config

EPOCH = "1700000000"


@pytest.fixture
def preview(kb_copy, tmp_path, monkeypatch):
    """A preview of a copy of the fixture knowledge base, built once as `ocpkb serve` builds it."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    config = load_site_config(ROOT / "mkdocs.yml", kb_copy, site_dir=str(tmp_path / "served"))
    config.plugins.on_startup(command="serve", dirty=False)
    build(config)
    preview = config.plugins["ocpkb"].preview
    assert preview.wait_until_idle()
    yield preview
    config.plugins.on_shutdown()


def edit(path, pattern, replacement):
    text = path.read_text(encoding="utf-8")
    changed = re.sub(pattern, replacement, text, count=1, flags=re.MULTILINE)
    assert changed != text, pattern
    path.write_text(changed, encoding="utf-8")


def apply(preview):
    preview.update()
    assert preview.problems == []
    assert preview.wait_until_idle()


def differences(served, built):
    """Files that differ between two site folders, or are in one only."""
    found = []
    comparison = filecmp.dircmp(served, built)
    stack = [("", comparison)]
    while stack:
        prefix, node = stack.pop()
        found += [f"only served: {prefix}{name}" for name in node.left_only]
        found += [f"only built: {prefix}{name}" for name in node.right_only]
        found += [f"differs: {prefix}{name}" for name in node.common_files
                  if (served / prefix / name).read_bytes() != (built / prefix / name).read_bytes()]
        stack += [(f"{prefix}{name}/", sub) for name, sub in node.subdirs.items()]
    return sorted(found)


def assert_same_as_full_build(preview, tmp_path):
    built = build_site(preview.data_dir, tmp_path / "built", SOURCE_DATE_EPOCH=EPOCH)
    assert differences(tmp_path / "served", built) == []


def test_editing_an_event_rewrites_its_page_and_the_pages_that_list_it(preview, kb_copy, tmp_path):
    event = kb_copy / "events" / "test-summit-2022.yml"
    edit(event, r"^name: Test Summit 2022$", "name: Renamed Summit 2022")
    edit(event, r'^start_date: "2022-05-10"$', 'start_date: "2021-05-10"')
    edit(event, r'^end_date: "2022-05-11"$', 'end_date: "2021-05-11"')
    preview.update()
    assert [page.src_uri for page in preview.changes.changed] == ["events/test-summit-2022.md"]  # first
    assert {"people/alice-chen.md", "organizations/acme.md", "topics/oam.md", "series/test-summit.md",
            "years/2021.md", "events/index.md", "index.md"} <= preview.pages.stale  # then, in the background
    assert preview.removed == ["years/2022.md"]  # the only 2022 event moved to 2021
    assert preview.wait_until_idle()
    assert "Renamed Summit 2022" in (tmp_path / "served" / "events" / "test-summit-2022" / "index.html").read_text()
    assert_same_as_full_build(preview, tmp_path)


def test_editing_a_person_and_a_registry_then_adding_and_removing_events(preview, kb_copy, tmp_path):
    edit(kb_copy / "people.yml", r"^  name: Alice Chen$", "  name: Alice Chen-Wang")
    apply(preview)
    edit(kb_copy / "topics.yml", r"^  name: Immersion cooling$", "  name: Liquid immersion cooling")
    edit(kb_copy / "organizations.yml", r"^  name: (.*)$", r"  name: \1 Renamed")
    apply(preview)
    new_event = kb_copy / "events" / "new-salon-2024.yml"
    shutil.copy(kb_copy / "events" / "hangzhou-salon-2023.yml", new_event)
    edit(new_event, r"^id: hangzhou-salon-2023$", "id: new-salon-2024")
    edit(new_event, r"^start_date: .*$", 'start_date: "2024-06-01"')
    apply(preview)
    (kb_copy / "events" / "hostile-markup-2021.yml").unlink()
    apply(preview)
    assert_same_as_full_build(preview, tmp_path)


def test_an_edit_that_changes_nothing_writes_nothing(preview, kb_copy):
    event = kb_copy / "events" / "test-summit-2022.yml"
    event.write_text(event.read_text(encoding="utf-8") + "\n# a comment\n", encoding="utf-8")
    preview.update()
    assert preview.changes.changed == [] and preview.removed == [] and preview.pages.stale == set()


def test_invalid_data_leaves_the_site_as_it_was_and_lists_the_problems(preview, kb_copy, tmp_path):
    event = kb_copy / "events" / "test-summit-2022.yml"
    edit(event, r"^    speakers:\n      - person: alice-chen", "    speakers:\n      - person: alice-chan")
    preview.update()
    assert preview.problems == ["data/events/test-summit-2022.yml:24:9: sessions[0].speakers[0].person: unknown person 'alice-chan' "
                                "(did you mean 'alice-chen'?)"]
    assert b"alice-chan" in preview.banner()
    edit(event, r"person: alice-chan", "person: alice-chen")
    edit(event, r"^name: Test Summit 2022$", "name: Fixed Summit 2022")
    apply(preview)
    assert preview.banner() is None
    assert_same_as_full_build(preview, tmp_path)
