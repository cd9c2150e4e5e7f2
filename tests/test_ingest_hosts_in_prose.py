"""Who hosts or organizes an event, told in an English recap's sentences: small posts written for
these tests (not copied text). 'X hosted by the Y … brought together …' (the sentence goes on to say
what an event does) names Y its host, also after 'the' and over a line break; a host thanked 'for
hosting this workshop' after a stray bold mark ('Litware**') still hosts it; and a team's sentence with
an adverb before its verb ('The Tailspin team recently organized a conference') names the team; so
does a relative clause that says an organization is organizing the event or was hosting the named
event; and an event said to be hosted by an organization (a passive) is no organizer itself. A phrase
that opens the sentence before its subject ('On October 20th, we held …', 'Last month, the X hosted …', 'On
Saturday, March 8, 2031, the X held …') is no organizer, and the subject after it is. An organization whose name holds 'and' beside a lone common word
('… School of Media Arts and Design') is one host; two companies joined by 'and' are two, one name a word or not."""

from conftest import ROOT, ingest_view

POSTS = ROOT / "tests" / "ingest" / "posts"


def organizers(run, name: str) -> list[str]:
    return ingest_view(run, POSTS / name)["event"]["organizers"]


def test_a_host_named_in_a_sentence_that_says_what_the_event_did_hosts_it(run):
    # '[Contoso Live Lyon](…) hosted by ' / 'the Fabrikam Employment Agency (FEA OSPO) brought together practitioners …'
    assert organizers(run, "hosted-by-then-brought-together.md") == ["Fabrikam Employment Agency"]


def test_a_host_thanked_after_a_stray_bold_mark_hosts_it(run):
    # 'A special thanks to Litware** for hosting this workshop.'
    assert organizers(run, "thanks-for-hosting-after-a-stray-bold-mark.md") == ["Litware"]


def test_a_team_that_recently_organized_the_conference_organizes_it(run):
    # 'The Tailspin team recently organized a conference, and my experiences …'
    assert organizers(run, "team-recently-organized-a-conference.md") == ["Tailspin team"]


def test_an_organization_a_that_clause_says_is_organizing_the_event_organizes_it(run):
    # 'the Fabrikam Users Association (FUA) that is organizing the event grew again this year'
    assert organizers(run, "organizer-in-a-relative-clause.md") == ["Fabrikam Users Association"]


def test_a_host_a_which_clause_says_was_hosting_the_named_event_hosts_it(run):
    # 'the campus of the LCU, which was hosting the Northwind PGDay.'
    assert organizers(run, "host-in-a-which-clause.md") == ["LCU"]


def test_the_event_a_passive_says_is_hosted_by_an_organization_is_no_organizer(run):
    # '### Contoso Cloud Workshop hosted by Fabrikam Financial (Northwind Summit 2031 Co-Located Event)'
    assert organizers(run, "workshop-hosted-by-heading.md") == ["Fabrikam Financial"]


def test_a_date_that_opens_the_sentence_before_we_held_is_no_organizer(run):
    # 'On October 20th, we held the first international Contoso meetup in Lyon at the Fabrikam Academy, …'
    view = ingest_view(run, POSTS / "opening-date-phrase-before-we-held.md")
    assert "On October 20th" not in view["event"]["organizers"]
    assert "On October 20th" not in [organization["name"] for organization in view["organizations"]]


def test_the_host_after_a_phrase_that_opens_the_sentence_hosts_it(run):
    # 'Last month, the University of Northwind hosted a workshop introducing …'
    assert organizers(run, "opening-month-phrase-before-the-host.md") == ["University of Northwind"]


def test_an_organization_whose_name_holds_and_is_one_host(run):
    # '… being hosted by Fabrikam School of Media Arts and Design in Lyon, France!'
    assert organizers(run, "hosted-by-a-school-of-arts-and-design.md") == ["Fabrikam School of Media Arts and Design"]


def test_two_companies_joined_by_and_are_two_organizers_also_when_one_name_is_a_word(run):
    # 'The event is co-organized by Tailspin and Meadow.'
    assert organizers(run, "co-organized-by-two-companies-one-a-word.md") == ["Tailspin", "Meadow"]


def test_a_time_phrase_opening_the_sentence_without_a_comma_is_no_part_of_the_hosts(run):
    # 'Last month Contoso and Fabrikam hosted our … Community Day': not 'Last month Contoso'
    assert set(organizers(run, "opening-time-without-comma-before-hosts.md")) == {"Contoso", "Fabrikam"}


def test_a_group_excited_to_invite_you_to_its_conference_hosts_it(run):
    # 'The Lisbon Widgets User Group is very excited to invite you to our first two-day mini-conference'
    assert organizers(run, "group-excited-to-invite-you.md") == ["Lisbon Widgets User Group"]


def test_a_date_with_its_weekday_opening_the_sentence_is_no_list_of_hosts(run):
    # 'On Saturday, March 8, 2031, the Contoso Python Club held a Python workshop …': not 'On Saturday', 'March 8', '2031'
    assert organizers(run, "weekday-date-opening-then-host.md") == ["Contoso Python Club"]
