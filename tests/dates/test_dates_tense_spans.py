"""The tense of a yearless day or month read across a verb's "from ... to ..." and after a timetable's start
(`dates/tense_spans.py`).

A change told with where it went from and to has its time after both ends: "the firm changed from a fiscal year
to a calendar year in December", said in October, is the December gone by (the past verb is the date's own,
however long the two ends), where the verb was out of reach and the nearest year put it two months ahead. A
recurrence that starts on a day is a timetable announced before it runs: "the third flight departs each Thursday
from August 6", said in February, is the coming August, where the nearest year put it six months back. The
sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwatch.dates import find_dates
from eventwatch.dates.tense_spans import schedule_start, without_change_ends
from eventwatch.dates.timeml import timexes

OCTOBER = dt.date(2013, 10, 24)
FEBRUARY = dt.date(2013, 2, 13)
MONTHS = ["January", "February", "March", "April", "June", "July", "August", "September", "October", "November",
          "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def value(text: str, reference: dt.date) -> str:
    """The value of the text's one date (its lengths and recurrences aside)."""
    found = [t for t in timexes(text, reference) if t.date is not None]
    assert len(found) == 1, (text, found)
    return found[0].value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change with its two ends before the date: the verb of the change is the date's, in the past
        ("The cemetery operator changed from a fiscal year to a calendar year in December.", "2012-12"),
        ("The port's index rose from 2,100 to 2,400 in November.", "2012-11"),
        ("Monthly sales grew from $1.2 million to $1.5 million in December.", "2012-12"),
        ("The clinic relocated from the old town to the ring road in November.", "2012-11"),
        # not a change told in the past: a clause of its own after the second end, a plan, the date as an end
        ("The board raised the dividend from 10 cents to 12 cents, payable Dec. 7.", "2013-12-07"),
        ("The union will move its offices from the harbour to the centre in December.", "2013-12"),
    ],
)
def test_a_change_from_one_end_to_another_is_told_at_its_verb(text: str, expected: str) -> None:
    assert value(text, OCTOBER) == expected


def test_the_second_end_of_a_change_is_where_it_went_not_when() -> None:
    """"Moved the vote from Monday to Friday": Friday is the second end itself, so nothing is taken."""
    tokens = ["The", "council", "moved", "the", "vote", "from", "Monday", "to"]
    assert without_change_ends(tokens) == tokens


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a timetable that starts on a day: the coming one
        ("The third flight departs each Thursday from August 6, the airline said.", "2013-08-06"),
        ("Ferries will sail to the island every other day starting Sept. 2.", "2013-09-02"),
        ("A second market, open on Saturdays from August 10, is planned for the square.", "2013-08-10"),
        # told in the past, it has begun: the nearest year, which is the one gone by
        ("The paper appeared weekly from August 6 until the press was closed.", "2012-08-06"),
        # a rate is no timetable: "barrels per day from ..." is not a start announced
        ("The cartel agreed to pump 2 million barrels per day from August 6.", "2012-08-06"),
        # no recurrence: "from" alone says nothing of the tense
        ("The truce held from August 6, the monitors said.", "2012-08-06"),
    ],
)
def test_a_timetable_that_starts_on_a_day_starts_on_the_coming_one(text: str, expected: str) -> None:
    assert value(text, FEBRUARY) == expected


@given(st.lists(st.sampled_from(["the", "a", "firm", "rose", "from", "to", "5", ",", "%", "year", "payable",
                                 "and", "in"]), max_size=14))
def test_without_change_ends_only_takes_a_from_to_tail(tokens: list[str]) -> None:
    """What is left is the clause before "from" (or all of it); what is taken begins with "from", holds a "to"
    with words after it, and never a clause's joint."""
    kept = without_change_ends(tokens)
    assert tokens[: len(kept)] == kept
    taken = [t.lower() for t in tokens[len(kept) :]]
    if taken:
        assert taken[0] == "from" and "to" in taken[1:-1]
        assert not {"payable", "and"} & set(taken)


@given(st.sampled_from(WEEKDAYS), st.sampled_from(MONTHS), st.integers(1, 28),
       st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)))
def test_a_weekly_timetable_never_starts_before_the_report(weekday: str, month: str, day: int,
                                                            reference: dt.date) -> None:
    """A timetable's start is the coming day (or the report's own, or one just gone, within a month), and never a
    year ahead."""
    text = f"The new service runs each {weekday} from {month} {day}."
    found = find_dates(text, reference)
    assert len(found) == 1
    assert -31 <= (found[0].first - reference).days <= 366


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("the third departing each Thursday from ", True),
        ("buses run daily starting ", True),
        ("markets held on Saturdays beginning on ", True),
        ("output cut by a million barrels per day from ", False),
        ("the truce held from ", False),
    ],
)
def test_schedule_start(clause: str, expected: bool) -> None:
    assert schedule_start(clause) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "these days" and "now" are the present as a stretch: no day for "that day" to take
        ("Losses hurt dealers more these days. On days when prices tumble, trades made that day lose most.", []),
        ("The port is currently closed. That day, the harbour master resigned.", []),
        # the day the story named before "now" is still the one "later that day" refers to
        ("On Monday the army entered the town. The town is now calm, residents said. Later that day, the mayor "
         "returned.", ["2013-10-21"]),
    ],
)
def test_a_present_reference_is_no_day_to_refer_back_to(text: str, expected: list[str]) -> None:
    """`dates/anchor_memory.Memory.remember`: "now", "these days", "currently" name no day something happened on."""
    found = [r for r in find_dates(text, OCTOBER) if r.span and r.span.text.lower().endswith("that day")]
    assert [r.first.isoformat() for r in found] == expected
