"""Clock times as programs write them: the forms with a dot, which are as often a version or an amount."""

from ocpkb.ingest import clock


def test_a_dotted_time_alone_is_a_time():
    assert clock.slot("14.30").start == "14:30"


def test_a_range_of_dotted_times_is_a_slot_before_its_title():
    found = clock.slot("09.00 - 09.30 Opening")
    assert (found.start, found.end, found.rest) == ("09:00", "09:30", "Opening")


def test_a_dotted_number_before_other_words_is_no_time():
    assert clock.slot("2.10 release notes") is None


def test_a_numeric_day_before_the_time_is_the_slots_day():
    # '11/2 18:00 Title', '12月16日（六）14:00 Title': a program of several days writes the day first
    found = clock.slot("11/2 18:30 Title")
    assert (found.day, found.start, found.rest) == ((11, 2), "18:30", "Title")
    assert clock.slot("12月16日（六）14:00 开幕").day == (12, 16)
    assert clock.slot("2024/11/3 09:00 Title").day == (11, 3)


def test_a_range_into_the_next_day_and_an_open_end_are_slots():
    found = clock.slot("11/2 18:00~11/3 16:00 Coding")
    assert (found.start, found.end, found.rest) == ("18:00", "16:00", "Coding")
    found = clock.slot("11/3 18:00~ 頒獎")
    assert (found.start, found.end, found.rest) == ("18:00", None, "頒獎")


def test_a_fraction_before_words_is_no_slot():
    assert clock.slot("1/2 cup of rice") is None


def test_a_bullet_between_the_day_and_its_time_opens_a_slot():
    # Sched's listings: 'Monday, November 6 • 10:25am: Title - Name, Org'
    found = clock.slot("Tuesday, May 5 • 2:40pm: Gear Trains in Practice - Ana Ruiz, Contoso")
    assert (found.start, found.rest.strip(" :")) == ("14:40", "Gear Trains in Practice - Ana Ruiz, Contoso")
