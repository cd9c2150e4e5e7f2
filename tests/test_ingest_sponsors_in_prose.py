"""Hosts, partners and sponsors named in the sentences of an English announcement or recap: small
posts written for these tests (not copied text). The organization a 'that' clause says is hosting
the event hosts it; those the event was held 'in partnership with' run it too; a sponsor thanked
in a sentence, or one 'we were supported by', sponsors it without organizing it; a sponsor label's
value names the offering's maker, no talk and no person. A Sphinx post (reStructuredText) is read
with its links' text and its section titles, and a section titled with a bare event word or a
report ('Conference recap', 'Code of Conduct transparency report') names no event. An organization
thanked after 'we would like to' takes part; companies named as examples after 'like' do not; a
number (the last day of a range) is no organization, nor a company the post says is a known user."""

from conftest import ROOT, ingest_view, organization_names

POSTS = ROOT / "tests" / "ingest" / "posts"


def extracted(run, name: str) -> dict:
    return ingest_view(run, POSTS / name)


def test_the_organization_a_that_clause_says_is_hosting_the_event_hosts_it(run):
    # 'We are happy to announce that [Fabrikam Data](…) is hosting a Contoso Meetup'
    assert extracted(run, "announced-host-after-that.md")["event"]["organizers"] == ["Fabrikam Data"]


def test_those_an_event_was_held_in_partnership_with_organize_it(run):
    view = extracted(run, "held-in-partnership.md")
    assert view["event"]["organizers"] == ["Northwind Foundation", "Adatum Corporation"]


def test_a_partnership_in_a_sentence_about_something_else_names_no_organizer(run):
    # 'Fabrikam announced, in partnership with Proseware Cloud, a new logging plugin.'
    assert "Proseware Cloud" not in extracted(run, "held-in-partnership.md")["event"]["organizers"]


def test_a_sponsor_thanked_in_a_sentence_is_an_organization_but_no_organizer(run):
    view = extracted(run, "sponsors-thanked-in-prose.md")  # 'Thanks to our media sponsor [Tailspin Media](…) for …'
    assert "Tailspin Media" in organization_names(view)
    assert view["event"]["organizers"] == []


def test_who_supported_us_is_an_organization(run):
    # 'we were ably supported by [Wingtip Coffee](…), a social enterprise'
    assert "Wingtip Coffee" in organization_names(extracted(run, "sponsors-thanked-in-prose.md"))


def test_what_supports_a_product_is_no_sponsor(run):
    # 'The new log parser is supported by Litware Engine since its last release.'
    assert "Litware Engine" not in organization_names(extracted(run, "sponsors-thanked-in-prose.md"))


def test_a_sponsor_label_names_the_maker_of_the_offering_with_its_legal_form(run):
    # 'Platinum Sponsor : [**Contoso Subscription Network**][1] by Northwind Techno-Solution America, Inc.'
    names = organization_names(extracted(run, "sponsor-label-with-offering.md"))
    assert "Northwind Techno-Solution America, Inc" in names
    assert "Inc" not in names


def test_a_sponsor_label_with_by_is_no_talk_and_its_maker_no_person(run):
    view = extracted(run, "sponsor-label-with-offering.md")
    assert view["sessions"] == [] and view["people"] == []


def test_a_sphinx_post_s_link_text_is_read_and_its_targets_are_not(run):
    # 'Thanks to our media sponsor `Tailspin Media <https://…>`__ for …'; '.. _Flickr: https://…'
    names = organization_names(extracted(run, "sphinx-conference-recap.rst"))
    assert "Tailspin Media" in names
    assert not any("http" in name or "<" in name for name in names)


def test_a_section_titled_with_a_bare_event_word_or_a_report_names_no_event(run):
    # 'Conference recap' and 'Code of Conduct transparency report' under their underlines
    name = extracted(run, "sphinx-conference-recap.rst")["event"]["name"]
    assert name not in ("Conference", "Code of Conduct transparency")


def test_a_sphinx_post_s_underlined_titles_are_headings_by_the_order_their_marks_are_met(run):
    from ocpkb.ingest.read import read_source

    lines = {line.number: line for line in read_source(POSTS / "sphinx-conference-recap.rst").lines}
    assert (lines[6].markup, lines[11].markup, lines[22].markup) == ("h1", "h2", "h2")  # '-----' met first, then '====='
    assert lines[7].text == lines[20].text == lines[23].text == ""  # the underline and the link target '.. _Flickr: https://…' read as nothing


def test_an_organization_thanked_after_we_would_like_to_takes_part(run):
    # 'We would like to thank Tailspin Software Foundation and conference organizer team …': 'like' is a verb
    # here, and 'and conference' does not make the name part of an event's
    assert "Tailspin Software Foundation" in organization_names(extracted(run, "thanks-we-would-like-to-give.md"))


def test_companies_named_as_examples_after_like_still_take_no_part(run):
    # 'Companies like Northwind Traders and Adatum Corporation use the Contoso collector …'
    names = organization_names(extracted(run, "thanks-we-would-like-to-give.md"))
    assert not {"Northwind Traders", "Adatum Corporation"} & names


def test_the_last_day_of_a_range_after_a_conference_s_name_is_no_organization(run):
    # '- [FabrikamCon America, Springfield, November 18 - 21](…)': not a person 'FabrikamCon America' of '21'
    view = extracted(run, "conference-list-with-day-ranges.md")
    assert not any(name.isdigit() for name in organization_names(view))
    assert "FabrikamCon America" not in {person["name"] for person in view["people"]}


def test_companies_a_sentence_says_are_known_users_take_no_part(run):
    # 'Northwind Labs, Adatum Corporation and Fabrikam University are a few names of its known users.'
    names = organization_names(extracted(run, "known-users-in-a-recap.md"))
    assert not {"Northwind Labs", "Adatum Corporation", "Fabrikam University"} & names


def test_the_host_of_a_recap_that_names_known_users_is_still_an_organization(run):
    assert "Tailspin Foundation" in organization_names(extracted(run, "known-users-in-a-recap.md"))
