"""Two builds of the same data and commit are byte-identical."""

import hashlib

from conftest import FIXTURE_KB, build_site


def digests(site):
    return {str(p.relative_to(site)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(site.rglob("*")) if p.is_file()}


def test_two_builds_are_byte_identical(tmp_path):
    first = build_site(FIXTURE_KB, tmp_path / "one", SOURCE_DATE_EPOCH="1700000000")
    second = build_site(FIXTURE_KB, tmp_path / "two", SOURCE_DATE_EPOCH="1700000000")
    first_files, second_files = digests(first), digests(second)
    assert len(first_files) > 50
    assert first_files == second_files
