"""A stretch of days told from one weekday to another (`dates/rescheduled.py`) and a scheduled verb's day after its
own "on" (`dates/resolve_base._scheduled_verb`, `data/dates/future_verbs.tsv`), and a week of a month told from the
report's ("the second week of next month", `dates/units.week_of_month`), dates59.

Read alone, each weekday of "the summit runs from Friday to Sunday" took the tense of the words before it: "runs"
made Friday the coming one and left Sunday, after "Friday to", the last one, a stretch ending before it started.
"The minister leaves for Paris on Saturday" was the last Saturday: the verb was four words before the day, counting
the day's own "on". The sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwatch.dates import find_dates
from eventwatch.dates.timeml import timexes

WEDNESDAY = dt.date(2025, 10, 15)
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def values(text: str, reference: dt.date = WEDNESDAY) -> list[str]:
    return [d.value for d in find_dates(text, reference)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ahead: the end follows the coming start
        ("The summit runs from Friday to Sunday.", ["2025-10-17", "2025-10-19"]),
        ("Schools will close from Monday to Friday.", ["2025-10-20", "2025-10-24"]),
        # in the present with no plan: the week the start was read in
        ("Schools are closed from Monday to Friday.", ["2025-10-13", "2025-10-17"]),
        # told in the simple past: the start moves back before the end
        ("Shares fell from Monday to Friday.", ["2025-10-06", "2025-10-10"]),
        # already in order: as read
        ("The strike lasted from Thursday to Saturday.", ["2025-10-09", "2025-10-11"]),
        # a plan moved is `rescheduled`'s own reading, not a stretch
        ("The council moved the vote from Monday to Friday.", ["2025-10-20", "2025-10-17"]),
    ],
)
def test_a_stretch_of_weekdays_lies_in_one_week(text: str, expected: list[str]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister leaves for Paris on Saturday.", ["2025-10-18"]),
        ("The minister leaves for Paris Saturday.", ["2025-10-18"]),
        ("The minister left for Paris on Saturday.", ["2025-10-11"]),
        ("The minister's visit to Paris on Saturday drew crowds.", ["2025-10-11"]),
        ("The exhibition runs until Sunday.", ["2025-10-19"]),
        ("The exhibition ran until Sunday.", ["2025-10-12"]),
        ("The envoy flies to Cairo on Sunday.", ["2025-10-19"]),
        ("The delegation returns home on Friday.", ["2025-10-17"]),
        ("The delegation's return on Friday was delayed.", ["2025-10-10"]),
        ("The court hears the appeal on Thursday.", ["2025-10-16"]),
        ("Parliament debates the bill on Tuesday.", ["2025-10-21"]),
        ("Parliament debated the bill on Tuesday.", ["2025-10-14"]),
    ],
)
def test_a_scheduled_verb_before_the_days_own_on(text: str, expected: list[str]) -> None:
    assert values(text) == expected


@given(st.sampled_from(WEEKDAYS), st.sampled_from(WEEKDAYS),
       st.sampled_from(["The fair runs", "Shops stay shut", "The curfew is in force", "Prices fell",
                        "Police held talks", "The strike lasted"]),
       st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)))
def test_a_stretch_never_ends_before_it_starts(start: str, end: str, said: str, reference: dt.date) -> None:
    """Whatever the tense and the report's day, a stretch of two different weekdays ends within six days after it
    starts."""
    found = find_dates(f"{said} from {start} to {end}.", reference)
    assert len(found) == 2
    days = (found[1].first - found[0].first).days
    assert (1 <= days <= 6) if start != end else days in (0, 7, -7)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # said on Wednesday 15 October 2025; TimeML writes seven days of a month as the ISO week holding most of them
        ("The vote is set for the second week of next month.", ("the second week of next month", "2025-W46")),
        ("Prices fell in the last week of last month.", ("the last week of last month", "2025-W39")),
        ("Talks resume in the first week of this month.", ("the first week of this month", "2025-W40")),
    ],
)
def test_a_week_of_a_month_told_from_the_report(text: str, expected: tuple[str, str]) -> None:
    assert [(t.span.text, t.value) for t in timexes(text, WEDNESDAY)] == [expected]


@given(st.sampled_from(["first", "second", "third", "fourth", "last"]), st.sampled_from(["this", "next", "last"]),
       st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)))
def test_a_week_of_a_relative_month_lies_in_that_month(ordinal: str, rel: str, reference: dt.date) -> None:
    """The seven days lie in the month named from the report's: its first, second... or last seven days."""
    found = find_dates(f"Talks resume in the {ordinal} week of {rel} month.", reference)
    assert len(found) == 1
    step = {"this": 0, "next": 1, "last": -1}[rel]
    index = reference.year * 12 + reference.month - 1 + step
    assert (found[0].first.year, found[0].first.month) == (index // 12, index % 12 + 1)
    assert found[0].last.month == found[0].first.month and (found[0].last - found[0].first).days == 6


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a past report said was to come, in the passive as in the active
        ("The official said the ceremony would still be held on April 24.", ["2026-04-24"]),
        ("The official said the talks would be resumed in May.", ["2026-05"]),
        ("The official said he would resign on Friday.", ["2025-10-17"]),
        # not a past that did not happen, nor a past form of another clause
        ("He said the vote would have been held on Friday.", ["2025-10-10"]),
        ("The official said he would appeal the ruling, announced Tuesday.", ["2025-10-14"]),
    ],
)
def test_the_future_of_a_past_report_in_the_passive(text: str, expected: list[str]) -> None:
    assert values(text) == expected
