"""The tense that places a yearless date, a bare weekday or a season (`dates/resolve_base.py`, `dates/periods.py`).

A day or month written without a year is the nearest one, the coming one in a clause about the future; a day or
month told as the time of a verb in the simple past ("the ferry sank on Jan. 10", "On March 3, rebels stormed the
town") has happened and is not after the report, though the coming one may be nearer. A weekday after "is
expected" or after "would" and its verb ("he said he would resign on Friday") is ahead; "this Tuesday" and a
bare season follow the tense. Weekdays are checked in every tense the report may use. The sentences are written for
these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwatch.dates import find_dates
from eventwatch.dates.timeml import to_timeml_value

WEDNESDAY = dt.date(2026, 12, 2)
THURSDAY = dt.date(2026, 12, 3)
FEBRUARY = dt.date(2026, 2, 10)


def timeml(text: str, reference: dt.date = WEDNESDAY) -> list[tuple[str, str]]:
    return [(r.span.text if r.span else "", to_timeml_value(r)) for r in find_dates(text, reference, indefinite=True)]


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        # a past verb right before the date, or with its object or place between: the January gone by
        ("The ferry sank on Jan. 10 off the coast.", WEDNESDAY, [("Jan. 10", "2026-01-10")]),
        ("Rebels took the border town on Feb. 20.", WEDNESDAY, [("Feb. 20", "2026-02-20")]),
        ("The hostages were released Jan. 27, the army said.", WEDNESDAY, [("Jan. 27", "2026-01-27")]),
        ("The mill closed in March.", FEBRUARY, [("March", "2025-03")]),
        # a date that opens its sentence, with a past verb first in the clause after it
        ("On March 3, the militia stormed the depot.", WEDNESDAY, [("March 3", "2026-03-03")]),
        # the coming one where the clause looks ahead or names a schedule
        ("The ferry will sail on Jan. 10.", WEDNESDAY, [("Jan. 10", "2027-01-10")]),
        ("The mill opens in March.", FEBRUARY, [("March", "2026-03")]),
        ("On March 3, the militia will hand over the depot.", WEDNESDAY, [("March 3", "2027-03-03")]),
        ("The council agreed to meet on Jan. 10.", WEDNESDAY, [("Jan. 10", "2027-01-10")]),
        ("The hearing was postponed until Jan. 10.", WEDNESDAY, [("Jan. 10", "2027-01-10")]),
        ("The board declared a dividend payable Jan. 10.", WEDNESDAY, [("Jan. 10", "2027-01-10")]),
        # a form in -ed that is no past verb of the date's event
        ("A harvest festival which is celebrated on Jan. 10 draws crowds.", WEDNESDAY, [("Jan. 10", "2027-01-10")]),
        ("Analysts await the revised January figures.", WEDNESDAY, [("January", "2027-01")]),
        ("January cocoa gained 12 cents.", WEDNESDAY, [("January", "2027-01")]),
    ],
)
def test_a_yearless_date_told_in_the_past_is_not_after_the_report(
    text: str, reference: dt.date, expected: list[tuple[str, str]]
) -> None:
    assert timeml(text, reference) == expected


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)), st.integers(1, 12),
       st.integers(1, 28), st.sampled_from(["sank on", "was attacked on", "collapsed", "fled the town on"]))
def test_a_day_told_in_the_past_is_at_most_a_week_after_the_report(
    reference: dt.date, month: int, day: int, verb: str
) -> None:
    """Whatever the report's day, a yearless day after a past verb falls before it (a week's slack for a wire
    copy dated before its paper) and within the year before it."""
    name = dt.date(2001, month, 1).strftime("%B")
    found = find_dates(f"The bridge {verb} {name} {day}.", reference)
    assert len(found) == 1
    assert reference - dt.timedelta(days=366) < found[0].first <= reference + dt.timedelta(days=7)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "is expected" before a day is a schedule; "was expected" tells what was
        ("The verdict is expected Friday.", [("Friday", "2026-12-04")]),
        ("Results are expected on Friday.", [("Friday", "2026-12-04")]),
        ("A ruling was expected Friday but never came.", [("Friday", "2026-11-27")]),
        # "would" and its verb right before the day: what was said to come
        ("The envoy said he would resign on Friday.", [("Friday", "2026-12-04")]),
        ("He said on Monday he would resign Friday.", [("Monday", "2026-11-30"), ("Friday", "2026-12-04")]),
        ("He said he would have resigned on Friday.", [("Friday", "2026-11-27")]),
        ("They said they would appeal the ruling, issued Monday by the court.", [("Monday", "2026-11-30")]),
    ],
)
def test_a_weekday_after_is_expected_or_would_is_ahead(text: str, expected: list[tuple[str, str]]) -> None:
    assert timeml(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a past narrative, a plan, a present schedule
        ("The committee met on Tuesday.", [("Tuesday", "2026-12-01")]),
        ("The committee will meet on Tuesday.", [("Tuesday", "2026-12-08")]),
        ("The committee meets Thursday.", [("Thursday", "2026-12-03")]),
        # the report's own weekday is the report's day, in either tense
        ("The committee met on Wednesday.", [("Wednesday", "2026-12-02")]),
        ("The committee will meet on Wednesday.", [("Wednesday", "2026-12-02")]),
        # last / this / next
        ("Last Tuesday the mayor resigned.", [("Last Tuesday", "2026-12-01")]),
        ("This Tuesday the mayor resigned.", [("This Tuesday", "2026-12-01")]),
        ("Next Tuesday the mayor will resign.", [("Next Tuesday", "2026-12-08")]),
        ("Last Wednesday the council voted.", [("Last Wednesday", "2026-11-25")]),
        ("Next Wednesday the council votes.", [("Next Wednesday", "2026-12-09")]),
        # parts of the day and clock times after a day told of take that day
        ("The ferry sank on Nov. 20. That evening, divers arrived.", [("Nov. 20", "2026-11-20"),
                                                                      ("That evening", "2026-11-20TEV")]),
        ("The ferry sank on Monday. At 9 p.m. divers arrived.", [("Monday", "2026-11-30"),
                                                                 ("9 p.m.", "2026-11-30T21:00")]),
    ],
)
def test_weekdays_in_every_tense(text: str, expected: list[tuple[str, str]]) -> None:
    assert timeml(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "this" and a weekday is the one of the report's week, unless the tense says it is the coming one or
        # the one gone by (said on a Thursday)
        ("The mayor will resign this Tuesday.", [("this Tuesday", "2026-12-08")]),
        ("This Tuesday the mayor resigned.", [("This Tuesday", "2026-12-01")]),
        ("The vote is this Tuesday.", [("this Tuesday", "2026-12-08")]),
        ("The mayor resigned this Friday.", [("this Friday", "2026-11-27")]),
        ("This Friday the council will vote.", [("This Friday", "2026-12-04")]),
    ],
)
def test_this_weekday_follows_the_tense(text: str, expected: list[tuple[str, str]]) -> None:
    assert timeml(text, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a season in a clause about the future is one not yet over; told in the past, the latest begun
        ("The rains will return in the spring.", [("the spring", "2027-SP")]),
        ("The rains returned in the spring.", [("the spring", "2026-SP")]),
        ("The rains will return in the autumn.", [("the autumn", "2026-FA")]),
    ],
)
def test_a_season_ahead_is_one_not_yet_over(text: str, expected: list[tuple[str, str]]) -> None:
    assert timeml(text, dt.date(2026, 10, 10)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the "will" belongs to a clause that ended at the comma; the date is when the army announced it
        ("The rebels will withdraw from the town, the army announced Monday.", [("Monday", "2026-11-30")]),
        ("Fares will rise by a tenth, which the council approved Monday.", [("Monday", "2026-11-30")]),
        # the date is inside the clause of the "will": the coming Monday
        ("The rebels will withdraw from the town on Monday.", [("Monday", "2026-12-07")]),
        ("The army said the rebels will withdraw on Monday.", [("Monday", "2026-12-07")]),
        # a second marker after the comma keeps the date ahead
        ("The rebels will withdraw, and the army will announce it Monday.", [("Monday", "2026-12-07")]),
    ],
)
def test_a_future_marker_in_an_earlier_clause_leaves_a_past_verb_its_date(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert timeml(text) == expected
