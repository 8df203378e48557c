"""Weeks, months and years said of another time (`dates/units.py`), the quarter after the one under way, and
fiscal years by their number ("FY2012") and counts "from today".

A narrative that names a day, month or year goes on with "that week", "the same year", "the previous month",
"earlier that month" or "later in the week", which are that unit, or the one before or after it, not the
report's; "the first week of April" is seven days of April; "next quarter" is the quarter after the one under
way. The sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwatch.dates import find_dates
from eventwatch.dates.timeml import to_timeml_value

REF = dt.date(2013, 3, 14)  # a Thursday


def timeml(text: str, reference: dt.date = REF) -> list[tuple[str, str]]:
    return [(r.span.text if r.span else "", to_timeml_value(r)) for r in find_dates(text, reference, indefinite=True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the unit of the time named before, not the report's
        ("The militia seized the dam in June 2011. Earlier that month it had lost the bridge.",
         [("June 2011", "2011-06"), ("Earlier that month", "2011-06")]),
        ("The port reopened in 2009. The same year, exports doubled.", [("2009", "2009"), ("The same year", "2009")]),
        ("The port reopened in 2009 and closed again that same year.", [("2009", "2009"), ("same year", "2009")]),
        ("The ferry sank on June 3, 2011. That week, the harbour master resigned.",
         [("June 3, 2011", "2011-06-03"), ("That week", "2011-W22")]),
        ("The ferry sank on June 3, 2011. Later that week, divers reached it.",
         [("June 3, 2011", "2011-06-03"), ("Later that week", "2011-W22")]),
        ("The ferry sank on June 3, 2011. Earlier in the week, a storm had closed the port.",
         [("June 3, 2011", "2011-06-03"), ("Earlier in the week", "2011-W22")]),
        # one before or after it
        ("The militia seized the dam in June 2011. The previous month it had lost the bridge.",
         [("June 2011", "2011-06"), ("The previous month", "2011-05")]),
        ("The port reopened in 2009. The previous year, it had flooded.",
         [("2009", "2009"), ("The previous year", "2008")]),
        ("Crews cleared the road on March 2, 2012. The following week, buses ran again.",
         [("March 2, 2012", "2012-03-02"), ("The following week", "2012-W10")]),
        ("Claims fell to 320,000 last week from 335,000 in the previous week.",
         [("last week", "2013-W10"), ("the previous week", "2013-W09")]),
        # the same month of the year before, one expression
        ("Car sales rose 4% in February from the same month last year.",
         [("February", "2013-02"), ("the same month last year", "2012-02")]),
        ("Tourist arrivals in July were up 9% on the same month a year earlier.",
         [("July", "2012-07"), ("the same month a year earlier", "2011-07")]),
    ],
)
def test_a_unit_referred_back_to_is_that_of_the_time_named(text: str, expected: list[tuple[str, str]]) -> None:
    assert timeml(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # nothing named before: the report's own unit, or no date for a generic "that week"
        ("The previous month, rents rose again.", [("The previous month", "2013-02")]),
        ("Earlier in the week, the ministry closed two schools.", [("Earlier in the week", "2013-W11")]),
        ("That week was the hardest of her life.", []),
        # a clause about the future is the report's unit, whatever was named before
        ("The dam was seized in June 2011. The court will rule on it later in the month.",
         [("June 2011", "2011-06"), ("later in the month", "2013-03")]),
    ],
)
def test_without_a_time_named_the_reading_is_the_reports(text: str, expected: list[tuple[str, str]]) -> None:
    assert timeml(text) == expected


def test_a_unit_far_back_is_not_referred_to_by_earlier_in_the_week() -> None:
    """"earlier in the week" looks back a sentence or two at most: a day named long before is another story."""
    filler = " The council met again and heard the same arguments from both sides." * 6
    text = "The ferry sank on June 3, 2011." + filler + " Earlier in the week, the ministry closed two schools."
    assert timeml(text)[-1] == ("Earlier in the week", "2013-W11")


def test_an_event_on_that_week_takes_its_first_day_with_a_weeks_precision() -> None:
    refs = find_dates("The ferry sank on June 3, 2011. That week, the harbour master resigned.", REF)
    week = refs[-1]
    assert (week.first, week.last, week.time_precision) == (dt.date(2011, 5, 30), dt.date(2011, 6, 5), 2)


@pytest.mark.parametrize(
    ("text", "expected", "first", "last"),
    [
        ("The strike is planned for the first week of April.", "2013-W14", dt.date(2013, 4, 1), dt.date(2013, 4, 7)),
        ("Fighting eased in the second week of January.", "2013-W02", dt.date(2013, 1, 8), dt.date(2013, 1, 14)),
        # the last seven days of the month, not "the last week" before the report and a separate "February"
        ("In the last week of February, the army advanced.", "2013-W09", dt.date(2013, 2, 22), dt.date(2013, 2, 28)),
        ("Talks resumed in the final week of October 2011.", "2011-W43", dt.date(2011, 10, 25),
         dt.date(2011, 10, 31)),
    ],
)
def test_a_week_of_a_month_is_seven_days_of_it(text: str, expected: str, first: dt.date, last: dt.date) -> None:
    (ref,) = find_dates(text, REF, indefinite=True)
    assert (to_timeml_value(ref), ref.first, ref.last, ref.time_precision) == (expected, first, last, 2)


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["first", "second", "third", "fourth", "last", "final", "1st", "2nd", "3rd", "4th"]),
    st.sampled_from(["January", "February", "March", "April", "May", "June", "July", "August", "September",
                     "October", "November", "December"]),
    st.integers(min_value=1901, max_value=2099),
)
def test_every_week_of_a_month_parses_to_seven_days_inside_that_month(ordinal: str, month: str, year: int) -> None:
    """Property: "the <ordinal> week of <Month> <year>" is one expression of seven days, all in that month and
    year, the first week starting on the 1st and the last ending on the month's last day."""
    refs = find_dates(f"Exports were weak in the {ordinal} week of {month} {year}.", REF)
    assert len(refs) == 1
    ref = refs[0]
    assert (ref.last - ref.first).days == 6
    assert ref.first.year == ref.last.year == year
    assert ref.first.month == ref.last.month
    assert ref.first.strftime("%B") == month
    if ordinal in ("first", "1st"):
        assert ref.first.day == 1
    if ordinal in ("last", "final"):
        assert (ref.last + dt.timedelta(days=1)).day == 1


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("Sales should recover next quarter.", dt.date(2013, 11, 14), "2014-Q1"),
        ("Sales should recover in the coming quarter.", dt.date(2013, 5, 14), "2013-Q3"),
        # of the report's year, read as a bare quarter is (a quarter not yet begun, in the past tense, is last year's)
        ("Sales rose in the fourth quarter of the year.", dt.date(2013, 3, 14), "2012-Q4"),
        ("Sales will be strong in the last quarter of the year.", dt.date(2013, 3, 14), "2013-Q4"),
    ],
)
def test_next_quarter_and_the_quarter_of_the_year(text: str, reference: dt.date, expected: str) -> None:
    (ref,) = find_dates(text, reference, indefinite=True)
    assert to_timeml_value(ref) == expected


def test_a_quarter_century_is_no_quarter() -> None:
    assert find_dates("The next quarter century will test the port.", REF, indefinite=True) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Revenue for FY2012 rose 4%.", [("FY2012", "2012")]),
        ("Margins fell in FY12 and should recover in FY 13.", [("FY12", "2012"), ("FY 13", "2013")]),
        ("The FY-2014 budget passed.", [("FY-2014", "2014")]),
        ("FY2012's results were weak.", [("FY2012", "2012")]),
        # not a fiscal year: a longer number, a word
        ("Account FY12345 was closed; FYI, the office moved.", []),
    ],
)
def test_a_fiscal_year_by_its_number_is_that_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert timeml(text) == expected


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1924, max_value=2023), st.sampled_from(["", " ", "-"]), st.booleans())
def test_every_fiscal_year_shorthand_parses_to_its_year(year: int, gap: str, short: bool) -> None:
    """Property: "FY" with four digits, or with two in the hundred years that end ten years after the report's
    (as "'98" is read: 1924-2023 for a report of 2013), is that year."""
    digits = f"{year % 100:02d}" if short else str(year)
    refs = find_dates(f"Results for FY{gap}{digits} were restated.", dt.date(2013, 3, 14))
    assert len(refs) == 1
    assert (refs[0].first, refs[0].last) == (dt.date(year, 1, 1), dt.date(year, 12, 31))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The court meets two days from today.", [("two days from today", "2013-03-16")]),
        ("The court meets a week from today.", [("a week from today", "2013-W12")]),
    ],
)
def test_a_count_from_today_is_ahead_of_the_report(text: str, expected: list[tuple[str, str]]) -> None:
    assert timeml(text) == expected



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On March 2 the militia seized the bridge. Two days later it withdrew.",
         [("March 2", "2013-03-02", 1), ("Two days later", "2013-03-04", 1)]),
        ("The port reopened in 2008 and closed again four years later.",
         [("2008", "2008", 3), ("four years later", "2012", 3)]),
        ("The strike began on June 3, 2011 and ended two weeks later.",
         [("June 3, 2011", "2011-06-03", 1), ("two weeks later", "2011-W24", 2)]),
        # nothing fine enough named before: no date (never a count after the report)
        ("Two days later, the militia withdrew.", []),
        ("The shares were listed in March 2001. Two weeks later they were sold.", [("March 2001", "2001-03", 3)]),
        # "later this year" is its own expression
        ("Output may rise a day later this year.", [("later this year", "2013-03-14/2013-12-31", 2)]),
    ],
)
def test_a_count_later_is_counted_from_the_time_named_for_events(
    text: str, expected: list[tuple[str, str, int]]
) -> None:
    assert [(r.span.text if r.span else "", r.value, r.time_precision) for r in find_dates(text, REF)] == expected


def test_a_count_later_is_a_length_of_time_for_timeml() -> None:
    text = "On March 2 the militia seized the bridge. Two days later it withdrew."
    assert timeml(text) == [("March 2", "2013-03-02")]


# Every relation word the units' patterns can capture, with the step it takes: the units read them from the one
# table of relation steps (`resolve_base.RELATION_STEPS`) that years and weeks read, where they once kept two of
# their own; these are the answers those tables gave, word for word.
@pytest.mark.parametrize(
    ("words", "week", "month", "year"),
    [
        ("That", "2011-W22", "2011-06", "2011"),
        ("The same", "2011-W22", "2011-06", "2011"),
        ("Same", "2011-W22", "2011-06", "2011"),
        ("Earlier in the", "2011-W22", "2011-06", "2011"),
        ("The following", "2011-W23", "2011-07", "2012"),
        ("The next", "2011-W23", "2011-07", "2012"),
        ("Early the next", "2011-W23", "2011-07", "2012"),
        ("The previous", "2011-W21", "2011-05", "2010"),
        ("Late the previous", "2011-W21", "2011-05", "2010"),
    ],
)
def test_every_word_referring_back_takes_its_step(words: str, week: str, month: str, year: str) -> None:
    for unit, value in (("week", week), ("month", month), ("year", year)):
        text = f"The militia seized the dam on June 3, 2011. {words} {unit}, it lost the bridge."
        assert timeml(text)[1] == (f"{words} {unit}", value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The vote falls on the first Sunday of this month.", ("the first Sunday of this month", "2013-03-03")),
        ("The vote falls on the first Sunday of next month.", ("the first Sunday of next month", "2013-04-07")),
        ("The vote fell on the first Sunday of last month.", ("the first Sunday of last month", "2013-02-03")),
        ("The board met on the last Friday of last month.", ("the last Friday of last month", "2013-02-22")),
        ("The talks resume on the 20th of this month.", ("the 20th of this month", "2013-03-20")),
        ("The talks resume on the 20th of next month.", ("the 20th of next month", "2013-04-20")),
        ("The talks resumed on the 20th of last month.", ("the 20th of last month", "2013-02-20")),
        # "that month" and "the same month" are no month said against the report, though the table of relation
        # steps gives "that" and "the same" a step (0): with no month named before, the latest 20th up to the report
        ("The talks resumed on the 20th of that month.", ("the 20th of that month", "2013-02-20")),
        ("The talks resumed on the 20th of the same month.", ("the 20th of the same month", "2013-02-20")),
    ],
)
def test_a_month_said_against_the_report_takes_its_step(text: str, expected: tuple[str, str]) -> None:
    assert timeml(text) == [expected]


# The word before a unit said against the report ("last month", "the past year", "the latest year", "the coming
# month"): `resolve_relative.relunit` reads its step from the same table, where it kept a fourth of its own; the
# answers that table gave, word for word. "The latest year" is the last complete one, as the latest quarter is.
@pytest.mark.parametrize(
    ("word", "month", "year"),
    [
        ("this", "2013-03", "2013"), ("current", "2013-03", "2013"), ("same", "2013-03", "2013"),
        ("last", "2013-02", "2012"), ("past", "2013-02", "2012"), ("previous", "2013-02", "2012"),
        ("latest", "2013-02", "2012"), ("most recent", "2013-02", "2012"),
        ("next", "2013-04", "2014"), ("coming", "2013-04", "2014"), ("following", "2013-04", "2014"),
    ],
)
def test_every_word_before_a_unit_takes_its_step(word: str, month: str, year: str) -> None:
    for article in ("",) if word == "this" else ("", "the "):
        for unit, value in (("month", month), ("year", year), ("fiscal year", year)):
            said = f"{article}{word} {unit}"
            assert timeml(f"Prices rose {said}.") == [(said, value)]
