"""`ocpkb new`: scaffolds that validate, and ids that are never taken twice."""

from conftest import FIXTURE_KB


def test_a_new_event_file_validates_and_lists_the_optional_fields(kb_copy, run):
    result = run("new", "event", "OCP China Day 2025", "--kind", "china-day", "--date", "2025-09-16",
                 "--source", "https://example.org/recap")
    assert result.exit_code == 0, result.output
    text = (kb_copy / "events" / "ocp-china-day-2025.yml").read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../schema/events.schema.json\nid: ocp-china-day-2025\n")
    assert "\n#   - organization: <id from organizations.yml>\n" in text
    assert run("validate").exit_code == 0


def test_a_new_person_is_appended_and_every_existing_line_stays(kb_copy, run):
    before = (kb_copy / "people.yml").read_text(encoding="utf-8")
    result = run("new", "person", "Zhao Shuai", "--name-zh", "赵帅")
    assert result.exit_code == 0, result.output
    after = (kb_copy / "people.yml").read_text(encoding="utf-8")
    assert after.startswith(before)
    assert after[len(before):].startswith("- id: zhao-shuai\n  name: Zhao Shuai\n  name_zh: 赵帅\n")
    assert run("validate").exit_code == 0


def test_an_id_that_exists_is_refused_with_its_place_and_a_free_one(kb_copy, run):
    before = (kb_copy / "people.yml").read_bytes()
    result = run("new", "person", "Alice Chen")
    assert result.exit_code == 2
    assert "people already has 'alice-chen' (data/people.yml:2)" in result.stderr
    assert "'alice-chen-2'" in result.stderr
    assert (kb_copy / "people.yml").read_bytes() == before


def test_a_similar_id_is_pointed_out(kb_copy, run):
    result = run("new", "organization", "Acmee")
    assert result.exit_code == 0
    assert "note: organizations has a similar id, 'acme'" in result.stderr


def test_a_value_the_schema_refuses_writes_nothing(kb_copy, run):
    result = run("new", "event", "Odd Salon", "--kind", "salon", "--date", "2025-02-30", "--source", "https://x.org/")
    assert result.exit_code == 2
    assert "'2025-02-30' is not a date" in result.stderr
    assert sorted(p.name for p in (kb_copy / "events").iterdir()) == sorted(p.name for p in (FIXTURE_KB / "events").iterdir())
