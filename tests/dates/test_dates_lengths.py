"""Lengths and recurrences of time (TimeML's DURATION and SET): `dates.lengths` and how `dates.timeml.timexes`
sets them beside the dates. Sentences are the team's own."""

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
