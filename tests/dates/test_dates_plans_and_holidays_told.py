"""Two tense cues of issue 12's dates43 round: a plan told in the present progressive, and a holiday told in the
past (`dates/tense_spans.planned_progressive`, `dates/periods.holiday`).

"Negotiators are meeting again Saturday in Oslo", said on a Wednesday, is the coming Saturday: the present
progressive of a scheduled event's verb says what is arranged (the bare weekday was read in the report's week, the
Saturday gone by). "The mayor spoke on Christmas Eve", said in October, is last year's Christmas Eve: what a report
tells in the simple past has happened, as a day and month written out are read (the nearest year put the holiday
ten weeks ahead). The sentences are written for these tests, in other words, countries and tenses than the data
files' examples.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwatch.dates import find_dates
from eventwatch.dates.lexicon import lexicon
from eventwatch.dates.tense_spans import planned_progressive
from eventwatch.dates.timeml import timexes

WEDNESDAY = dt.date(2013, 3, 13)
OCTOBER = dt.date(2013, 10, 16)
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
PROGRESSIVES = sorted(w for w, kind in lexicon().future_verbs.items() if kind == "progressive")
_PAST = re.compile(r"\b(?:[a-z]{2,}ed|was|were|had)\b")


def values(text: str, reference: dt.date) -> list[tuple[str, str]]:
    return [(t.span.text, t.value) for t in timexes(text, reference)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Negotiators are meeting again Saturday in Oslo.", [("Saturday", "2013-03-16")]),
        ("The envoy is leaving for Cairo on Monday.", [("Monday", "2013-03-18")]),
        ("Ukraine's foreign minister is flying to Warsaw on Friday.", [("Friday", "2013-03-15")]),
        ("The rebels are also holding talks Tuesday with the mediators.", [("Tuesday", "2013-03-19")]),
        ("The FBI is holding a news conference Thursday at noon.", [("Thursday at noon", "2013-03-14T12:00")]),
        ("Officials said the inspectors are returning to the plant Sunday.", [("Sunday", "2013-03-17")]),
        ("Peru's national team is playing Bolivia on Saturday.", [("Saturday", "2013-03-16")]),
    ],
)
def test_a_plan_told_in_the_present_progressive_is_the_coming_day(text: str,
                                                                  expected: list[tuple[str, str]]) -> None:
    assert values(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a past progressive is a past
        ("Negotiators were meeting on Saturday when the bomb went off.", [("Saturday", "2013-03-09")]),
        # a noun, not a verb
        ("The meeting on Saturday ended without a deal.", [("Saturday", "2013-03-09")]),
        # the date belongs to another verb or time in between
        ("Police are holding the men arrested Monday.", [("Monday", "2013-03-11")]),
        ("The president is visiting the region since Monday.", [("Monday", "2013-03-11")]),
        # a day's possession: "Monday's deadline" may be gone by
        ("The ministers are meeting Monday's deadline.", [("Monday", "2013-03-11")]),
        # not a scheduled event's verb
        ("Police are investigating Tuesday's shooting in Lima.", [("Tuesday", "2013-03-12")]),
    ],
)
def test_what_is_no_plan_in_the_present_progressive_keeps_its_day(text: str,
                                                                   expected: list[tuple[str, str]]) -> None:
    assert values(text, WEDNESDAY) == expected


@given(st.sampled_from(PROGRESSIVES), st.sampled_from(WEEKDAYS), st.sampled_from(["is", "are", "were", "was"]))
def test_a_progressive_is_ahead_only_after_a_present_be(verb: str, weekday: str, be: str) -> None:
    text = f"The delegates {be} {verb} on {weekday}."
    found = find_dates(text, WEDNESDAY)
    assert len(found) == 1
    if be in ("is", "are"):
        assert WEDNESDAY <= found[0].first <= WEDNESDAY + dt.timedelta(days=6)
    else:
        assert WEDNESDAY - dt.timedelta(days=6) <= found[0].first <= WEDNESDAY


@given(st.lists(st.sampled_from(["the", "talks", "in", "oslo", "again", "arrested", "since", "for", "cairo"]),
                max_size=6),
       st.sampled_from(PROGRESSIVES))
def test_planned_progressive_reads_no_past_form_between(between: list[str], verb: str) -> None:
    words = ["negotiators", "are", verb, *between]
    kinds = lexicon().future_verbs
    result = planned_progressive(words, kinds, _PAST)
    if result:
        assert len(between) <= 4
        assert "arrested" not in between and "since" not in between
    assert not planned_progressive(["negotiators", "were", verb, *between], kinds, _PAST)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor spoke on Christmas Eve.", [("Christmas Eve", "2012-12-24")]),
        ("Kenyan police said the market was bombed on New Year's Day.", [("New Year's Day", "2013-01-01")]),
        ("Protesters in Manila rallied on New Year's Eve.", [("New Year's Eve", "2012-12-31")]),
        ("Stores in Lagos reopened the day after Christmas.", [("the day after Christmas", "2012-12-26")]),
        ("The border has stayed closed since Christmas.", [("Christmas", "2012-12-25")]),
        # the future and the bare present keep the coming holiday
        ("The troops will be home by Christmas.", [("Christmas", "2013-12-25")]),
        ("Shops in Quito close on Christmas Eve.", [("Christmas Eve", "2013-12-24")]),
        ("The ceasefire is to hold over New Year's Day.", [("New Year's Day", "2014-01-01")]),
    ],
)
def test_a_holiday_told_in_the_past_is_not_ahead_of_the_report(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text, OCTOBER) == expected


def test_a_holiday_a_few_days_ahead_told_in_the_past_keeps_its_year() -> None:
    # a wire copy dated the day before the holiday it tells of, as a caption's day may be (`printed_year`)
    assert values("Pilgrims marched in the Easter procession.", dt.date(2022, 4, 16)) == [("Easter", "2022-04-17")]


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)),
       st.sampled_from(["Christmas", "Christmas Eve", "New Year's Day", "Thanksgiving", "Easter", "Good Friday"]),
       st.sampled_from(["attacked", "marched", "spoke"]))
def test_a_holiday_told_in_the_past_is_at_most_a_week_after_the_report(reference: dt.date, name: str,
                                                                       verb: str) -> None:
    found = find_dates(f"Rebels {verb} on {name}.", reference)
    assert len(found) == 1
    day = found[0].first
    assert day <= reference + dt.timedelta(days=7)
    # the latest such holiday: the same holiday a year on is after the week's slack
    later = find_dates(f"Rebels {verb} on {name} {day.year + 1}.", reference)
    assert later[0].first > reference + dt.timedelta(days=7)
