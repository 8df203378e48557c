"""Lengths and recurrences of time (TimeML's DURATION and SET): `dates.lengths` and how `dates.timeml.timexes`
sets them beside the dates; the rates and ages that are neither (`dates.not_lengths`) and the count that places a
time ("at 6 a.m. ten days before the blast"). Sentences are the team's own."""

from __future__ import annotations

import datetime as dt
import re

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
        # counted: a number (in figures or words) and a unit; the determiner and the hedge go with it
        ("The sit-in lasted three days.", ("three days", "DURATION", "P3D")),
        ("Sales fell 4% in the first nine months.", ("the first nine months", "DURATION", "P9M")),
        ("Talks dragged on for nearly an hour.", ("nearly an hour", "DURATION", "PT1H")),
        ("The union signed a two-year contract.", ("two-year", "DURATION", "P2Y")),
        ("He served 2 1/2 years in prison.", ("2 1/2 years", "DURATION", "P2Y6M")),
        ("The clip runs a minute and a half.", ("a minute and a half", "DURATION", "PT1M30S")),
        ("Prices doubled over the past twenty-four months.", ("the past twenty-four months", "DURATION", "P24M")),
        ("The town was held for two decades.", ("two decades", "DURATION", "P20Y")),
        ("Banks were shut for the next couple of years.", ("the next couple of years", "DURATION", "P2Y")),
        # uncounted: the unit kept, the number X
        ("The curfew may last several years.", ("several years", "DURATION", "PXY")),
        ("More rallies are planned in the next few days.", ("the next few days", "DURATION", "PXD")),
        ("The families waited for months.", ("months", "DURATION", "PXM")),
        ("Roads will stay closed in the weeks ahead.", ("the weeks ahead", "DURATION", "PXW")),
        ("We will be here for a while.", ("a while", "DURATION", "PXX")),
        # a company's year named by the day it ends is twelve months, not a calendar year
        ("Revenue rose in the fiscal year ended June 30.", ("the fiscal year ended", "DURATION", "P1Y")),
        # recurrences
        ("Vendors protested daily outside the ministry.", ("daily", "SET", "P1D")),
        ("The council meets every other week.", ("every other week", "SET", "P2W")),
        ("Pilgrims walk to the shrine each July.", ("each July", "SET", "XXXX-07")),
        ("Volunteers patrol the market on Tuesday nights.", ("Tuesday nights", "SET", "XXXX-WXX-2TNI")),
        ("Miners rally on Fridays.", ("Fridays", "SET", "XXXX-WXX-5")),
    ],
)
def test_lengths_and_recurrences(text: str, expected: tuple[str, str, str]) -> None:
    assert _lengths(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "A 6-year-old boy was found; the farmer, 52 years old, called police.",  # ages
        "The country imports about three-quarters of its grain.",  # a fraction
        "Rents reach $400 a month and vendors pay 20 cents a day.",  # rates
        "A second group of marchers arrived.",  # an ordinal
        "She hopes she will one day return to the village.",  # some day
        "He spoke on 60 Minutes about the strike.",  # a title
    ],
)
def test_what_is_no_length(text: str) -> None:
    assert _lengths(text) == []


def test_a_date_keeps_its_place_unless_it_is_part_of_a_longer_length() -> None:
    # "two years ago" is a date two years back; the length inside it ("two years") is not read
    assert _timexes("The dam burst two years ago.") == [("two years ago", "DATE", "2022")]
    # a date read inside a longer length gives way to it
    text = "Calm returned after the past several quarters of unrest."
    assert _timexes(text) == [("the past several quarters", "DURATION", "PXQ")]
    assert _timexes("The fast ended on Friday after three days.") == [
        ("Friday", "DATE", "2024-03-01"), ("three days", "DURATION", "P3D")]


def test_events_never_see_a_length() -> None:
    # `find_dates` (what events read) is unchanged: a length dates nothing
    assert find_dates("The strike lasted three days.", REFERENCE) == []


_VALUE = re.compile(r"^(?:PT?(?:\d+|X)[A-Z](?:\d+[A-Z])*|P\d+[A-Z]T\d+H|XXXX(?:-WXX-\d(?:TNI)?|-\d\d))$")
WORDS = st.sampled_from([
    "the", "past", "next", "few", "several", "a", "an", "two", "3", "24", "twenty-four", "1/2", "and", "half",
    "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "decade",
    "quarter", "quarters", "every", "each", "other", "daily", "Friday", "Fridays", "nights", "July", "for",
    "while", "old", "-", "$", "of", "ago", "ended", "fiscal", ",", ".", "x",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=14).map(" ".join), st.text(max_size=60))
def test_lengths_index_the_text_and_have_timeml_values(words: str, noise: str) -> None:
    for text in (words, noise + " " + words):
        found = find_lengths(text)
        previous_end = 0
        for x in found:
            assert text[x.span.start : x.span.end] == x.span.text
            assert x.span.start >= previous_end  # sorted, not overlapping
            previous_end = x.span.end
            assert x.type in ("DURATION", "SET")
            assert _VALUE.match(x.value), x.value


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=2, max_value=999),
       st.sampled_from([("days", "P{}D"), ("weeks", "P{}W"), ("months", "P{}M"), ("years", "P{}Y"),
                        ("hours", "PT{}H"), ("minutes", "PT{}M")]))
def test_a_counted_length_round_trips(count: int, unit: tuple[str, str]) -> None:
    word, value = unit
    assert _lengths(f"The blockade lasted {count} {word}.") == [(f"{count} {word}", "DURATION", value.format(count))]


def test_a_text_without_a_unit_holds_no_length() -> None:
    assert _lengths("Protesters marched to the ministry and were dispersed.") == []


# rates said with a word of how often or 'per', 'years of age', working days, a time's offset


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
