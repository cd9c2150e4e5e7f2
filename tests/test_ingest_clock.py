"""Clock times as programs write them: the forms with a dot, which are as often a version or an amount."""

from ocpkb.ingest import clock


def test_a_dotted_time_alone_is_a_time():
    assert clock.slot("14.30").start == "14:30"


def test_a_range_of_dotted_times_is_a_slot_before_its_title():
    found = clock.slot("09.00 - 09.30 Opening")
    assert (found.start, found.end, found.rest) == ("09:00", "09:30", "Opening")


def test_a_dotted_number_before_other_words_is_no_time():
    assert clock.slot("2.10 release notes") is None


def test_a_bullet_between_the_day_and_its_time_opens_a_slot():
    # Sched's listings: 'Monday, November 6 • 10:25am: Title - Name, Org'
    found = clock.slot("Tuesday, May 5 • 2:40pm: Gear Trains in Practice - Ana Ruiz, Contoso")
    assert (found.start, found.rest.strip(" :")) == ("14:40", "Gear Trains in Practice - Ana Ruiz, Contoso")
