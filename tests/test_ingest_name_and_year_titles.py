"""An event called by a name and its year with no event word ('Contoso 2031', 'Northwind Go! 2031'),
written in a title among other words: small posts written for these tests (not copied text). The name
and year in the title is the event's name when the text writes it again where the event takes place
('see you at …', 'for Contoso 2031! The conference will be held …', also when that sentence starts the
next line, '… open for Tailspin Live 2031 (Sept. 24th-26th)'); an exclamation mark before the year is
part of the name; the days set in brackets right after such a name are the event's; and a name and year
the text writes only as the end of a longer name is not taken for the event's."""

from conftest import ROOT, ingest_view

from ocpkb.ingest.event_name import event_phrase

POSTS = ROOT / "tests" / "ingest" / "posts"


def event(run, name: str) -> dict:
    return ingest_view(run, POSTS / name)["event"]


def test_a_name_and_year_before_headline_words_in_the_title_is_the_event(run):
    # title 'Contoso 2031 Dates Announced!' over '… for Contoso 2031!' / 'The conference will be held on …'
    assert event(run, "name-and-year-before-headline-words.md")["name"] == "Contoso 2031"


def test_an_exclamation_mark_before_the_year_is_part_of_the_name(run):
    # title 'Join us for Northwind Go! 2031' over '… We hope to see you at Northwind Go! 2031.'
    assert event(run, "name-with-exclamation-mark-and-year.md")["name"] == "Northwind Go! 2031"


def test_a_name_and_year_the_call_for_papers_is_open_for_is_the_event(run):
    # title 'The Call for Papers for Tailspin Live 2031 is open!' over '… is open for [Tailspin Live 2031](…) (Sept. 24th-26th).'
    assert event(run, "call-for-papers-for-a-name-and-year.md")["name"] == "Tailspin Live 2031"


def test_the_days_in_brackets_right_after_such_a_name_are_the_events(run):
    found = event(run, "call-for-papers-for-a-name-and-year.md")
    assert (found["start_date"], found["end_date"]) == ("2031-09-24", "2031-09-26")


def test_a_name_and_year_written_only_as_the_end_of_a_longer_name_is_not_the_event(run):
    # 'Contoso Con in Europe 2031' over 'ContosoCon Europe 2031 took place in Lyon …': not 'Europe 2031'
    assert event(run, "name-and-year-ending-a-longer-name.txt")["name"] == "ContosoCon Europe 2031"


def test_notes_after_a_name_and_year_in_the_title_are_the_notes_of_that_event(run):
    # title 'Fabrikam 2031 - Notes' over a day's heading and one talk's notes: no event word, no repetition
    assert event(run, "notes-of-a-name-and-year.md")["name"] == "Fabrikam 2031"


def test_release_notes_after_a_name_and_year_name_no_event():
    assert event_phrase("Fabrikam 2031 Release Notes") is None


def test_a_name_and_year_the_text_says_happened_names_the_event_of_a_title_without_one(run):
    # title 'Thank you for a great 2031!' over 'Well, Fabrikam 2031 happened and …'
    assert event(run, "thank-you-after-a-name-and-year-happened.md")["name"] == "Fabrikam 2031"


def test_a_chinese_impressions_word_after_a_name_and_year_is_no_part_of_the_name(run):
    # title 'Contoso 2031 會後心得' ('impressions after the conference'): a recap word, as 'Recap' is
    assert event(run, "zh-name-and-year-then-impressions.md")["name"] == "Contoso 2031"
