"""A post whose title says a project was or will be at a gathering ('Meet Contoso at FABDEM', 'Contoso
at 31c3', 'Contoso @ Fabrikam I/O 2031'): small posts written for these tests (not copied text). A short
name in capitals or of letters and digits, written without its year, is the event's name when the text
also says someone is at it ('present at FABDEM', 'were at 31c3'); '@' reads as 'at'; and an acronym the text
only names in other ways ('the NWU campus', 'of NWU property') is no event."""

from conftest import ROOT, ingest_view

POSTS = ROOT / "tests" / "ingest" / "posts"


def name(run, post: str) -> str | None:
    return ingest_view(run, POSTS / post)["event"]["name"]


def test_a_gathering_in_capitals_the_text_says_the_project_is_at_is_the_event(run):
    # title 'Meet Contoso at FABDEM' over 'Contoso will be present at [FABDEM](…) in the coming days'
    assert name(run, "project-at-an-acronym-gathering.md") == "FABDEM"


def test_a_gathering_named_by_letters_and_digits_is_the_event(run):
    # title 'Contoso at 31c3' over 'Some Contoso contributors were at [31c3](…) this past December.'
    assert name(run, "contributors-at-a-coined-gathering.md") == "31c3"


def test_an_at_sign_in_the_title_reads_as_at(run):
    # title 'Contoso @ Fabrikam I/O 2031'
    assert name(run, "project-at-a-named-conference-with-at-sign.md") == "Fabrikam I/O 2031"


def test_an_acronym_the_text_never_says_anyone_is_at_is_no_event(run):
    # title '… Things I Learned at NWU' over 'the NWU campus', 'destruction of NWU property'
    assert name(run, "learned-at-a-campus-acronym.md") != "NWU"
