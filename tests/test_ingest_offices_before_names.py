"""An office written before an English name ('Mayor Jane Doe') is the person's title, no part of the name
(small invented lines; the offices are those of data/roles.txt)."""

from ocpkb.ingest.classify import parse_person
from ocpkb.ingest.model import Span
from ocpkb.ingest.talk_lines import split_title_and_speakers

LINE = Span(1, 1)


def _read(text: str) -> tuple[str, str | None, str | None]:
    person = parse_person(text, LINE, cue=True)
    return person.name, person.organization, person.title


def test_an_office_before_a_name_is_its_title():
    assert _read("Mayor Orla Brennan") == ("Orla Brennan", None, "Mayor")
    assert _read("Vice President Tomas Ferreira, Fabrikam") == ("Tomas Ferreira", "Fabrikam", "Vice President")


def test_what_an_office_heads_is_the_organization_only_when_it_reads_as_one():
    assert _read("Minister of Transport Orla Brennan") == ("Orla Brennan", None, "Minister of Transport")
    assert _read("CTO of Contoso Labs Orla Brennan") == ("Orla Brennan", "Contoso Labs", "CTO")


def test_a_given_name_that_is_also_an_office_opens_the_name():
    assert parse_person("Dean Whitfield", LINE, cue=True).name == "Dean Whitfield"


def test_a_talk_by_an_official_is_split_from_the_official():
    title, speakers = split_title_and_speakers("Welcome address by Governor Orla Brennan", LINE, timed=True)
    assert (title, [(s.name, s.title) for s in speakers]) == ("Welcome address", [("Orla Brennan", "Governor")])


def test_a_surname_that_is_a_word_ends_a_listed_name_when_another_full_name_follows():
    person = parse_person("Ana Ruiz, Megan Lotus and Priya Raman; with notes from Tom Berg", LINE, cue=True)
    assert (person.name, person.organization) == ("Ana Ruiz", None)


def test_a_talk_of_someone_with_a_job_title_is_given_by_them():
    title, speakers = split_title_and_speakers("Keynote address of Orla Brennan, Consul of Fabrikam", LINE, timed=True)
    assert (title, [(s.name, s.title) for s in speakers]) == ("Keynote address", [("Orla Brennan", "Consul")])


def test_a_talk_of_a_thing_names_no_one():
    assert split_title_and_speakers("Demonstration of Contoso Cloud", LINE, timed=True)[1] == []
