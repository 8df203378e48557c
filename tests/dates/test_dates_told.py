"""Times a sentence gives by another time it names (`dates/told.py`), and "this quarter" (issue 12, fourth dates
round): "a year earlier" counted from the year the sentence names, the first end of a range taking the year of the
second, "that summer" of the year named, and "this quarter" as the quarter under way.

The sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwatch.dates import find_dates
from eventwatch.dates.timeml import to_timeml_value

REF = dt.date(2013, 3, 14)  # a Thursday
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def timeml(text: str, reference: dt.date = REF) -> list[tuple[str, str]]:
    return [(r.span.text if r.span else "", to_timeml_value(r)) for r in find_dates(text, reference, indefinite=True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "earlier" / "before" count from the time the sentence names
        ("The brewery's sales for 2010 were 8 percent below those of a year earlier.",
         [("2010", "2010"), ("a year earlier", "2009")]),
        ("On June 2, 2011, the mine reopened; three days before, the union had voted to return.",
         [("June 2, 2011", "2011-06-02"), ("three days before", "2011-05-30")]),
        ("In April 2012 the ferry carried 40,000 people, twice as many as two months earlier.",
         [("April 2012", "2012-04"), ("two months earlier", "2012-02")]),
        ("On Sept. 9, 2011, the ruling came, a year earlier than lawyers had hoped.",
         [("Sept. 9, 2011", "2011-09-09"), ("a year earlier", "2010-09-09")]),
        # "ago" counts from the report, whatever the sentence names
        ("The dam, finished in 1988, was inspected two years ago.", [("1988", "1988"), ("two years ago", "2011")]),
        # no time named in the sentence: from the report, as before
        ("Turnover rose 3 percent from a year earlier.", [("a year earlier", "2012")]),
        # a time named in the sentence before does not reach across the full stop
        ("The bridge opened on May 4, 2009. Tolls were cut a year earlier than planned.",
         [("May 4, 2009", "2009-05-04"), ("a year earlier", "2012")]),
        # a count of months is not taken from a year, nor one of years from a relative time
        ("Output stood at 98 against a 2005 base, after a fall a month earlier.",
         [("2005", "2005"), ("a month earlier", "2013-02")]),
        # only the nearest time before it is a time to count from: not one behind a relative time
        ("Costs rose in 2009, and last year they fell from a year earlier.",
         [("2009", "2009"), ("last year", "2012"), ("a year earlier", "2012")]),
        # a weekday is the day something was said: years are not counted from it
        ("The insurer said Tuesday that premiums were 4 percent higher than a year earlier.",
         [("Tuesday", "2013-03-12"), ("a year earlier", "2012")]),
    ],
)
def test_earlier_counts_from_the_time_named(text: str, expected: list[tuple[str, str]]) -> None:
    assert timeml(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Between February and April 2011, the river flooded twice.",
         [("February", "2011-02"), ("April 2011", "2011-04")]),
        ("From November to January 2012, the pass was closed.",
         [("November", "2011-11"), ("January 2012", "2012-01")]),
        ("Exhibits from the June-August 2009 season are on loan.", [("June", "2009-06"), ("August 2009", "2009-08")]),
        # an end said by its relation to the report keeps its own year
        ("Records were sought from June last year to February 2014.",
         [("June last year", "2012-06"), ("February 2014", "2014-02")]),
        # two times joined by "and" with more words between them are each read alone
        ("The council met in October and agreed the budget in March 2014.",
         [("October", "2012-10"), ("March 2014", "2014-03")]),
    ],
)
def test_range_first_end_takes_the_written_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert timeml(text) == expected


# "March" and "May" are months at the start of a range only with a cue of their own ("the march", "may"), so
# the first end is drawn from the other ten
FIRST_ENDS = [m for m in MONTHS if m not in ("March", "May")]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(FIRST_ENDS), st.sampled_from(MONTHS), st.integers(min_value=1950, max_value=2040),
       st.sampled_from(["from {a} to {b} {y}", "between {a} and {b} {y}", "{a}-{b} {y}"]))
def test_range_property(first: str, second: str, year: int, form: str) -> None:
    """Whatever the report's date, a range's first end lies in the year written on the second or the year before,
    and never after the second end."""
    refs = find_dates("Prices were steady " + form.format(a=first, b=second, y=year) + ".", REF)
    assert len(refs) == 2
    start, end = refs
    assert start.first.year in (year, year - 1)
    assert start.first <= end.first
    assert (start.first.year == year) == (MONTHS.index(first) <= MONTHS.index(second))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mill closed in 1987. That summer, half the town left.", [("1987", "1987"), ("summer", "1987-SU")]),
        ("He was freed in 2004, and that winter he wrote the memoir.", [("2004", "2004"), ("winter", "2004-WI")]),
        # with no year named, the season is resolved against the report as before
        ("That spring the orchards failed.", [("spring", "2013-SP")]),
    ],
)
def test_that_season_is_of_the_year_named(text: str, expected: list[tuple[str, str]]) -> None:
    assert timeml(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Analysts see exports shrinking this quarter.", [("this quarter", "2013-Q1")]),
        # a report on a quarter's results: "this quarter" is the quarter reported on ...
        ("The chain lost $4 million in the fourth quarter. This quarter's loss includes a write-down.",
         [("the fourth quarter", "2012-Q4"), ("This quarter", "2012-Q4")]),
        # ... unless the clause looks ahead
        ("The chain lost $4 million in the fourth quarter. It will return to profit this quarter.",
         [("the fourth quarter", "2012-Q4"), ("this quarter", "2013-Q1")]),
    ],
)
def test_this_quarter(text: str, expected: list[tuple[str, str]]) -> None:
    assert timeml(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fixture, a law coming into force, a court date: scheduled, so the coming day
        ("The home side plays Leeds on Saturday.", "2013-03-16"),
        ("The smoking ban comes into force on Friday.", "2013-03-15"),
        ("The two suspects are expected in court on Wednesday.", "2013-03-20"),
        ("The capital hosts talks on Tuesday.", "2013-03-19"),
        # the same in the past tense: the day before the report
        ("The home side played Leeds on Saturday.", "2013-03-09"),
        ("The smoking ban came into force on Friday.", "2013-03-08"),
    ],
)
def test_schedules_in_the_present_look_ahead(text: str, expected: str) -> None:
    assert [value for _, value in timeml(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised season after an article and before another capitalised word is a name
        ("The city will host the Winter Games in February.", [("February", "2014-02")]),
        ("Lanterns were lit for the Spring Festival.", []),
        # ... and a season when no name follows
        ("Trade talks stalled in the Autumn of 2011.", [("the Autumn of 2011", "2011-FA")]),
    ],
)
def test_a_season_in_a_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert timeml(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two days with the month written once, after the second: both days, the first first
        ("Strikes on 11 and 12 February shut the port.", [("11", "2013-02-11"), ("12 February", "2013-02-12")]),
        ("The floods of 3 or 4 January were the worst.", [("3", "2013-01-03"), ("4 January", "2013-01-04")]),
        # a number that is no day of the month before it: a count, not a day
        ("Scores rose to 14 and 9 March was quiet.", [("9 March", "2013-03-09")]),
    ],
)
def test_two_days_month_written_once(text: str, expected: list[tuple[str, str]]) -> None:
    assert timeml(text) == expected


def test_an_event_on_two_days_begins_on_the_first() -> None:
    (first, _) = find_dates("Strikes on 11 and 12 February shut the port.", REF)
    assert first.first == dt.date(2013, 2, 11)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the month before" at the end of its clause: the month before the month named last
        ("Rents rose 2 percent in January, after 1 percent the month before.",
         [("January", "2013-01"), ("the month before", "2012-12")]),
        ("Output in 2010 was lower than the year before.", [("2010", "2010"), ("the year before", "2009")]),
        # none named: before the report's
        ("Arrivals were up on the year before, officials said.", [("the year before", "2012")]),
        # before an event: no date (the event's is not known)
        ("The week before the election, rallies were banned.", []),
        ("The year after his release was quiet.", []),
    ],
)
def test_the_unit_before(text: str, expected: list[tuple[str, str]]) -> None:
    assert timeml(text) == expected


@pytest.mark.parametrize(("word", "code"), [("spring", "SP"), ("summer", "SU"), ("autumn", "FA"), ("winter", "WI"),
                                           ("fall", "FA")])
def test_that_season_after_a_year_is_that_years_whatever_the_season_word(word: str, code: str) -> None:
    """Every season word of the dates lexicon (`seasons.tsv`, which `told.that_season` reads; "fall" after "that"
    only where it cannot be a verb, `periods.that_fall`)."""
    for text in (f"He was freed in 2004, and that {word} he wrote the memoir.",
                 f"He was freed in 2004. That {word}, he wrote the memoir."):
        assert timeml(text) == [("2004", "2004"), (word, f"2004-{code}")]
