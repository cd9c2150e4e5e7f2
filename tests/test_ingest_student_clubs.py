"""A club of a school's students, named with its school, in a small post written for these tests (not
copied text): '青禾大学学生 Fedora 俱乐部', '星河理工大学 Linux 用户协会', '青禾大学Rust小组' are the clubs that
act (data/student_group_heads_zh.txt), not their schools; the students' societies of a school in
general ('星河大学学生社团') and a school's students ('星河大学学生') name no club."""

import json

from conftest import ROOT

from ocpkb.ingest.classify import clean_organization
from ocpkb.ingest.organizations import organization_mentions

POSTS = ROOT / "tests" / "ingest" / "posts"
REGISTRY = ROOT / "tests" / "ingest" / "registry"


def organization_names(run) -> list[str]:
    result = json.loads(run("ingest", "--json", POSTS / "zh-student-clubs.md", "--data", REGISTRY).stdout)
    return [organization["name"] for organization in result["organizations"]]


def test_a_club_written_after_its_school_is_the_organization(run):
    names = organization_names(run)
    assert {"青禾大学学生 Fedora 俱乐部", "星河理工大学 Linux 用户协会", "青禾大学Rust小组"} <= set(names)
    assert not {"青禾大学", "星河理工大学", "Linux 用户协会"} & set(names)


def test_the_club_s_head_is_no_name_of_its_own():
    assert organization_mentions("星河大学 Linux 协会举办了讲座") == ["星河大学 Linux 协会"]


def test_students_societies_in_general_name_no_club():
    assert organization_mentions("星河大学学生社团评优大会在礼堂举行") == ["星河大学"]
    assert organization_mentions("星河大学学生会举办了晚会") == ["星河大学"]


def test_students_before_a_club_name_are_no_post():
    assert clean_organization("青禾大学学生 Fedora 俱乐部") == "青禾大学学生 Fedora 俱乐部"
    assert clean_organization("青禾大学学生") == "青禾大学"
