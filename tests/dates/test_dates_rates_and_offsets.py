"""A rate said with a word of how often or "per" ("$5 million annually"), an age said "of age", a count of working
days, and the count that places a time ("at 6 a.m. ten days before the blast"): `dates.not_lengths`,
`dates.lengths` and `dates.timeml.timexes`. Sentences are the team's own."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwatch.dates import find_dates
from eventwatch.dates.lengths import find_lengths
from eventwatch.dates.timeml import timexes

REFERENCE = dt.date(2024, 3, 6)


def _lengths(text: str) -> list[tuple[str, str, str]]:
    return [(x.span.text, x.type, x.value) for x in find_lengths(text)]


def _timexes(text: str) -> list[tuple[str, str, str]]:
    return [(t.span.text, t.type, t.value) for t in timexes(text, REFERENCE)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word of how often keeps its recurrence after a verb, as a frequency, and before a noun
        ("The festival is held annually in the square.", ("annually", "SET", "P1Y")),
        ("Nurses check the wards twice daily.", ("daily", "SET", "P1D")),
        ("Apprentices receive a $300 monthly stipend.", ("monthly", "SET", "P1M")),
        ("Guards are paid per week.", ("per week", "SET", "P1W")),
        # a count with "working" is counted like "trading days"
        ("The permit arrives within three working days of the request.", ("three working days", "DURATION", "P3D")),
    ],
)
def test_recurrences_and_counted_lengths_kept(text: str, expected: tuple[str, str, str]) -> None:
    assert _lengths(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The co-op earns $5 million annually from the dairy.",  # a rate, as "$5 million a year"
        "The quarry ships 4,000 tonnes daily, up from 3,000.",
        "Rents rise 6% annually.",
        "The pump moves 400 litres per minute.",
        "Boys 16 years of age were drafted.",  # an age
    ],
)
def test_rates_and_ages_are_no_lengths(text: str) -> None:
    assert _lengths(text) == []


def test_a_count_that_places_a_time_is_part_of_the_time() -> None:
    # "ten days before the blast" says which 6 a.m.: no length of ten days is printed beside it
    found = _timexes("A van was seen at 6 a.m. ten days before the blast.")
    assert [kind for _, kind, _ in found] == ["TIME"]
    # without "before" or "after" the count after a time is a length of its own
    assert ("three days", "DURATION", "P3D") in _timexes("The fast ended on Friday after three days.")


def test_events_see_none_of_these() -> None:
    # `find_dates` (what events read) finds no date in a rate or a length
    assert find_dates("The co-op earns $5 million annually from the dairy.", REFERENCE) == []
    assert find_dates("The permit arrives within three working days.", REFERENCE) == []


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(["$4 million", "12%", "3,000 tonnes", "500 dollars", "20,000"]),
       st.sampled_from(["annually", "daily", "weekly", "monthly", "yearly"]),
       st.sampled_from([".", ", the firm said.", " from the new mine."]))
def test_a_word_of_how_often_after_an_amount_is_a_rate(amount: str, adverb: str, tail: str) -> None:
    assert [x for x in find_lengths(f"The mine yields {amount} {adverb}{tail}") if x.type == "SET"] == []
    assert [x.type for x in find_lengths(f"The mine is inspected {adverb}{tail}")] == ["SET"]


@settings(max_examples=100, deadline=None)
@given(st.integers(2, 30), st.sampled_from(["before", "after"]), st.sampled_from(["6 a.m.", "noon", "9 p.m."]))
def test_a_time_with_its_offset_prints_no_length(count: int, word: str, time: str) -> None:
    found = _timexes(f"The truck crossed the border at {time} {count} days {word} the raid.")
    assert [kind for _, kind, _ in found] == ["TIME"]
