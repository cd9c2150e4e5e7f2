"""The loader keeps what editors wrote, and refuses what would lose or run anything."""

import time

from ocpkb.yamlfile import load_yaml_text


def test_dates_stay_text():
    assert load_yaml_text("a: 2023-08-10\nb: 2023-08\n", "f.yml").data == {"a": "2023-08-10", "b": "2023-08"}


def test_positions_are_one_based_line_and_column_of_the_key_or_item():
    loaded = load_yaml_text("event:\n  name: X\n  tags:\n    - a\n", "f.yml")
    assert loaded.positions[("event", "name")] == (2, 3)
    assert loaded.positions[("event", "tags", 0)] == (4, 7)


def test_where_falls_back_to_the_nearest_ancestor():
    loaded = load_yaml_text("sessions:\n  - title: X\n", "f.yml")
    assert loaded.where(("sessions", 0, "speakers", 3)) == (2, 5)


def test_billion_laughs_is_refused_quickly():
    lines = ['a0: &a0 "lol"'] + [f"a{i}: &a{i} [" + ", ".join([f"*a{i-1}"] * 9) + "]" for i in range(1, 10)]
    started = time.perf_counter()
    loaded = load_yaml_text("\n".join(lines) + "\n", "bomb.yml")
    assert time.perf_counter() - started < 1
    assert loaded.problems and "aliases" in loaded.problems[0].message


def test_a_duplicate_key_keeps_the_first_value_and_reports_the_second():
    loaded = load_yaml_text("name: first\nname: second\n", "f.yml")
    assert loaded.data == {"name": "first"}
    assert loaded.problems[0].line == 2
