"""Properties of the detector on arbitrary and generated text: it never raises, spans index the text, and
generated calendar dates round-trip."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from eventwatch.dates import find_dates, leading_date, parse_date

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WORDS = st.sampled_from([
    "on", "in", "the", "last", "next", "Friday", "May", "March", "2020", "1,500", "3", "Jan", "Jan.", "31", "Dec",
    "ago", "days", "two", "year", "-", "—", ",", ".", "between", "and", "early", "late", "quarter", "third",
    "yesterday", "recent", "x", "728", "90", "p.m.", "10", "2021-01-05", "week", "this", "fiscal", "1990s",
    "'98", "’05", "1Q", "H1", "century", "centuries", "today", "than ever", "summer of",
])
REFERENCES = st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))


def _check(text: str, reference: dt.date | None) -> None:
    found = find_dates(text, reference)
    previous_end = 0
    for ref in found:
        assert ref.span is not None
        assert 0 <= ref.span.start < ref.span.end <= len(text)
        assert text[ref.span.start : ref.span.end] == ref.span.text
        assert ref.span.start >= previous_end  # sorted, non-overlapping
        previous_end = ref.span.end
        assert ref.first <= ref.last
        assert ref.time_precision in (1, 2, 3)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200), REFERENCES)
def test_never_raises_on_any_text(text: str, reference: dt.date | None) -> None:
    _check(text, reference)
    parse_date(text, reference)
    leading_date(text, reference)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=25).map(" ".join), REFERENCES)
def test_spans_on_date_like_word_soup(text: str, reference: dt.date | None) -> None:
    _check(text, reference)


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=dt.date(1700, 1, 1), max_value=dt.date(2099, 12, 31)), REFERENCES,
       st.sampled_from(["{d} {M} {y}", "{M} {d}, {y}", "{d} {M}, {y}", "the {d}th of {M} {y}"]))
def test_generated_dates_round_trip(day: dt.date, reference: dt.date | None, form: str) -> None:
    phrase = form.format(d=day.day, M=MONTHS[day.month - 1], y=day.year).replace("1th", "1st").replace("2th", "2nd")
    phrase = phrase.replace("3th", "3rd").replace("11st", "11th").replace("12nd", "12th").replace("13rd", "13th")
    text = f"Witnesses said the rally took place on {phrase} near the square."
    found = find_dates(text, reference)
    assert [r.value for r in found] == [day.isoformat()]
    assert found[0].granularity == "day"


@settings(max_examples=100, deadline=None)
@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_relative_days_follow_the_reference(reference: dt.date) -> None:
    found = find_dates("It began yesterday and ends tomorrow.", reference)
    assert [r.first for r in found] == [reference - dt.timedelta(days=1), reference + dt.timedelta(days=1)]


@settings(max_examples=100, deadline=None)
@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_year_end_is_the_closing_day_of_the_report_year_or_the_one_before(reference: dt.date) -> None:
    """"by year-end" is December 31 of the report's year, "since year-end" that of the year before, whatever
    the day of the report; the value is a day, so it carries no END `mod`."""
    from eventwatch.dates.timeml import timeml_mod, to_timeml_value

    ahead = find_dates("The sale should close by year-end.", reference)
    since = find_dates("The index is down 4% since year-end.", reference)
    assert [to_timeml_value(r) for r in ahead] == [f"{reference.year:04d}-12-31"]
    assert [to_timeml_value(r) for r in since] == [f"{reference.year - 1:04d}-12-31"]
    assert timeml_mod(ahead[0]) is None
