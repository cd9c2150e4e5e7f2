"""Talks named by links to their pages in a conference's schedule, on a small fixture written for these
tests (not copied text): the link's text is the talk's title (data/talk_page_paths.txt)."""

from conftest import ROOT, ingest_view, talks

FIXTURE = ROOT / "tests" / "ingest" / "layouts" / "schedule-linked-talks.md"


def test_a_link_to_a_talks_page_in_a_schedule_names_that_talk(run):
    assert "Widgets Without Regret" in talks(ingest_view(run, FIXTURE))


def test_the_people_after_the_last_with_of_a_linked_title_present_it(run):
    assert talks(ingest_view(run, FIXTURE))["Ledger Lessons From Production"] == ["Jane Doe", "Wei Chen"]


def test_a_link_text_that_reads_as_no_title_names_no_talk(run):
    # a description ending in a lowercase talk noun, a day; a link to no talk page ('/party/')
    found = talks(ingest_view(run, FIXTURE))
    assert set(found) == {"Widgets Without Regret", "Ledger Lessons From Production"}


QUOTED = ROOT / "tests" / "ingest" / "layouts" / "quoted-words-in-linked-titles.md"


def test_a_quoted_word_that_opens_a_title_is_part_of_it(run):
    # '"Serverless" Ledgers Without Servers': the title goes on after the quote, no speaker there
    assert '"Serverless" Ledgers Without Servers' in talks(ingest_view(run, QUOTED))


def test_a_straight_quote_that_closes_a_titles_last_word_is_kept(run):
    assert 'Debugging Widgets With "trace"' in talks(ingest_view(run, QUOTED))


SHORT = ROOT / "tests" / "ingest" / "layouts" / "schedule-short-links.md"


def test_a_schedules_short_link_names_that_talk(run):
    # '[Title](https://sched.co/1AbCd)': Sched's short link opens one talk's page
    assert "Widgets at the Edge" in talks(ingest_view(run, SHORT))


def test_a_link_text_that_opens_with_a_numbered_room_names_no_talk(run):
    # '[Level 3, Harbour Suite 1](https://sched.co/…)': where the talk is
    assert set(talks(ingest_view(run, SHORT))) == {"Widgets at the Edge", "Gear Trains in Practice"}


def test_a_schedules_short_link_whose_code_opens_with_a_letter_names_that_talk(run):
    # '[Title](https://sched.co/zQrS)': the list's entry 'sched.co/' ends with its slash, the code may go on in letters
    assert "Gear Trains in Practice" in talks(ingest_view(run, SHORT))


PRESENTATIONS = ROOT / "tests" / "ingest" / "layouts" / "schedule-presentation-links.md"


def test_a_link_to_a_presentation_in_a_conference_schedule_names_that_talk(run):
    # '[Title](https://…/schedule/presentation/105/)': Symposion's page of one talk; a slide deck's
    # '/presentation/d/…' on an office suite's site is no talk's page
    assert {"Booting Widgets in Half the Time", "Ledgers in the Bootloader"} <= set(talks(ingest_view(run, PRESENTATIONS)))


def test_a_link_to_a_talk_s_detail_page_in_a_conference_schedule_names_that_talk(run):
    # '[Title](https://…/public/schedule/detail/34395)': O'Reilly's page of one talk (OSCON's)
    assert "Widget Ledgers Without Tears" in talks(ingest_view(run, PRESENTATIONS))


BOLD_DAY = ROOT / "tests" / "ingest" / "layouts" / "bold-day-and-time-before-talk.md"


def test_a_bold_day_and_time_with_a_bullet_before_a_talk_is_no_part_of_its_title(run):
    # '**Tuesday, May 5 • 10:25am:** Title - Name & Name, Org', as Sched's listings are copied into posts
    assert talks(ingest_view(run, BOLD_DAY)) == {"Gear Trains in Practice": ["Ana Ruiz", "Tom Berg"],
                                                 "Widget Fleets - a Case Study": ["Ivan Holder"]}
