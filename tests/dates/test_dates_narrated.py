"""A narrative's own time (`dates/narrated.py`), times given by a dated event (`dates/event_times.py`) and a plan
moved from one day to another (`dates/rescheduled.py`).

A story told in the past sets a time of its own: a yearless month after "In 1998, ..." is of 1998, "tomorrow" in
a message quoted from March 1 is March 2, "the day after his death" is the day after the killing the report has
dated, a clock time told with the verb of a dated event is on that event's day. Elsewhere relative expressions
keep the report's date. The sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwatch.dates import find_dates
from eventwatch.dates.timeml import timexes

JUNE = dt.date(2013, 6, 12)  # a Wednesday
MONTHS = ["January", "February", "April", "June", "July", "August", "September", "October", "November",
          "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def values(text: str, reference: dt.date = JUNE) -> list[str]:
    """The values of the text's dates and times, in order (its lengths and recurrences aside)."""
    return [t.value for t in timexes(text, reference) if t.date is not None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time that opens its sentence sets the story's year for the next sentence
        ("In 1998 the company moved to Ohio. In March it opened a second plant.", ["1998", "1998-03"]),
        ("On 1 June 2011, rebels took the port. On 4 June they lost it again.", ["2011-06-01", "2011-06-04"]),
        # a month or day with its year in the same sentence: the year nearest it, the story moving on
        ("He was elected in November 2008; in January he took office.", ["2008-11", "2009-01"]),
        ("Rebels stormed the town on 3 March 2011 and held it until they withdrew in April.",
         ["2011-03-03", "2011-04"]),
        # a chain: each month told after the one read in the story's year
        ("In 2009 the mine flooded. In March the owners left, and in May the village emptied.",
         ["2009", "2009-03", "2009-05"]),
    ],
)
def test_a_yearless_month_told_after_the_story_s_time_is_of_its_year(text: str, expected: list[str]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a yearless season is read as a yearless month is: of the story's year, or the one nearest its time
        ("In 2007 the ferry sank. In the spring the inquiry reported.", ["2007", "2007-SP"]),
        ("The mill was sold in the fall of 2004 and closed in the winter.", ["2004-FA", "2004-WI"]),
        ("Talks stalled in August 2010; in the autumn the envoy resigned.", ["2010-08", "2010-FA"]),
        # told of the future, or with no story's time before it, the report's reading stays
        ("In 2007 the ferry sank. The inquiry will report in the spring.", ["2007", "2014-SP"]),
        ("The inquiry reported in the spring.", ["2013-SP"]),
        ("The ferry had sunk in May 2007. In the summer the inquiry reported.", ["2007-05", "2013-SU"]),
    ],
)
def test_a_yearless_season_told_after_the_story_s_time_is_of_its_year(text: str, expected: list[str]) -> None:
    assert values(text) == expected


@given(st.integers(1990, 2011), st.sampled_from(["spring", "summer", "fall", "autumn", "winter"]),
       st.dates(dt.date(2013, 1, 1), dt.date(2030, 12, 31)))
def test_a_season_after_a_story_year_is_of_that_year_and_never_after_the_report(year: int, season: str,
                                                                               reference: dt.date) -> None:
    found = find_dates(f"In {year}, the dam broke. In the {season} the valley was evacuated.", reference)
    assert [r.first.year for r in found] == [year, year]
    assert all(r.first <= reference for r in found)
    code = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}[season]
    assert values(f"In {year}, the dam broke. In the {season} the valley was evacuated.", reference)[1] == (
        f"{year}-{code}")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare year inside a sentence is the time of one thing, no frame for the next
        ("Prices fell back to 2005 levels. In March the mill closed.", ["2005", "2013-03"]),
        ("The firm moved to Ohio in 1998. In March it opened a second plant.", ["1998", "2013-03"]),
        # a flashback in the past perfect: the story goes on at its own time
        ("He had been abducted in December 2010. He was released on 4 June.", ["2010-12", "2013-06-04"]),
        # the future, the present perfect, a stretch running on: the report's time
        ("In 2009 the mine flooded. The owners will reopen it in March.", ["2009", "2014-03"]),
        ("In 2009 the mine flooded. In March the owners have reopened it.", ["2009", "2013-03"]),
        ("Under a plan approved on May 2, 2011, the firm had bought shares through Sept. 29.",
         ["2011-05-02", "2012-09-29"]),
        # something named between brings the story back to the report
        ("In 2009 the mine flooded. Last week, in March's report, ...", ["2009", "2013-W23"]),
        # a weekday beside the day checks the year: no narrative moves it
        ("In 2003 two officers were convicted. They met a dealer on Tuesday, February 8.", ["2003", "2013-02-08"]),
    ],
)
def test_the_story_sets_no_year_where_it_is_no_frame(text: str, expected: list[str]) -> None:
    assert values(text)[: len(expected)] == expected


@given(st.integers(1990, 2011), st.sampled_from(MONTHS), st.dates(dt.date(2013, 1, 1), dt.date(2030, 12, 31)))
def test_a_month_after_a_story_year_is_of_that_year_and_never_after_the_report(year: int, month: str,
                                                                              reference: dt.date) -> None:
    """A month told in the past after "In <year>, ..." opening the sentence before is of that year, so never after
    the report (nor, as the report's reading would be, up to three months ahead of it)."""
    found = find_dates(f"In {year}, the dam broke. In {month} the valley was evacuated.", reference)
    assert [r.first.year for r in found] == [year, year]
    assert all(r.last <= reference for r in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a message quoted from an earlier day: its deictic days count from that day
        ('On March 1, 2013, the minister told reporters: "Tomorrow we close the border."',
         ["2013-03-01", "2013-03-02"]),
        ('On March 1, 2013, the group wrote: "We marched yesterday and we march again today."',
         ["2013-03-01", "2013-02-28", "2013-03-01"]),
        # outside the quotation, or the day a dateline's (the report's own), the report's day
        ("On March 1, 2013, the minister closed the border. Tomorrow it reopens.", ["2013-03-01", "2013-06-13"]),
        ('ACCRA, March 1 (Wire) - "Yesterday we were told to leave," a trader said.', ["2013-03-01", "2013-06-11"]),
    ],
)
def test_yesterday_and_tomorrow_in_a_quotation_count_from_the_day_it_was_said(text: str,
                                                                             expected: list[str]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the day before or after an event the report has dated by a word of its family
        ("The doctor was killed on Oct. 23, 2012. Two men came to his house the day after his death.",
         ["2012-10-23", "2012-10-24"]),
        ("Police looked into the Oct. 23, 2012 sniper killing. The day before the slaying, a car was seen.",
         ["2012-10-23", "2012-10-22"]),
        # a clock time counted from the event, or told with the event's verb
        ("The doctor was shot to death last Oct. 23. A jogger saw the car at 6 a.m. ten days before the shooting.",
         ["2012-10-23", "2012-10-13T06:00"]),
        ("The ferry sank off the cape on March 3, 2012. Rescuers said the weather was calm. The ferry sank at "
         "2 a.m. with 40 people aboard.", ["2012-03-03", "2012-03-03T02:00"]),
        # no dated event of that family, or the day is the day something was said: undated, the report's
        ("The army retook the road the day after the attack.", []),
        ("Two guards were killed, police said Monday. Protesters marched the day after the killing.",
         ["2013-06-10"]),
        ("The port reopened at 6 a.m.", ["2013-06-12T06:00"]),
    ],
)
def test_a_time_counted_from_a_dated_event(text: str, expected: list[str]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # said on Wednesday 12 June: the day it went to is the coming one, the day it came from by the direction
        ("The council moved the vote from Monday to Friday.", ["2013-06-17", "2013-06-14"]),
        ("The court postponed the hearing from Tuesday to Thursday.", ["2013-06-11", "2013-06-13"]),
        ("Organisers brought the march forward from Saturday to Thursday.", ["2013-06-15", "2013-06-13"]),
        ("The league pushed the final back from Sunday to Tuesday.", ["2013-06-16", "2013-06-18"]),
        # no move of a plan: a stretch of days in one week; told in the past, the week before the end's Friday
        ("Shares fell from Monday to Friday.", ["2013-06-03", "2013-06-07"]),
        ("The council held talks from Monday to Friday.", ["2013-06-03", "2013-06-07"]),
    ],
)
def test_a_plan_moved_from_one_day_to_another(text: str, expected: list[str]) -> None:
    assert values(text) == expected


@given(st.sampled_from(WEEKDAYS), st.sampled_from(WEEKDAYS), st.sampled_from(["postponed", "moved", "delayed"]),
       st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)))
def test_a_moved_plan_goes_to_the_coming_day(old: str, new: str, verb: str, reference: dt.date) -> None:
    """The new day is within the week from the report's day; a delay's old day is before it, within a week."""
    found = find_dates(f"The board {verb} the vote from {old} to {new}.", reference)
    assert len(found) == 2
    before, after = found[0].first, found[1].first
    assert 0 <= (after - reference).days <= 6
    assert 1 <= abs((after - before).days) <= 7
    if verb != "moved":
        assert before < after


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of a unit referred back to: the unit the story named, as "later that year" already was
        ("Smith joined the firm in 1995. Early the next year he became its president.", ("1996", "START")),
        ("Smith joined the firm in 1995. Late that year he left it.", ("1995", "END")),
        # with nothing named before, the report's
        ("Sales will rise early next year.", ("2014", "START")),
    ],
)
def test_early_or_late_in_a_unit_referred_back_to(text: str, expected: tuple[str, str]) -> None:
    last = [t for t in timexes(text, JUNE) if t.date is not None][-1]
    assert (last.value, last.mod) == expected
