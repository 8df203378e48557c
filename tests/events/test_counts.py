"""Counting by ACLED's conservative conventions."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwatch.events import find_fatalities, find_size, parse_count


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("over 1,500", 1500),
        ("more than 900", 900),
        ("dozens", 12),
        ("a dozen", 12),
        ("two dozen", 24),
        ("two", 2),
        ("twenty-five", 25),
        ("three hundred", 300),
        ("hundreds", 100),
        ("tens of thousands", 10000),
        ("20-25", 20),
        ("at least 7", 7),
        ("several", 3),
        ("1.5 million", 1500000),
        ("no report", None),
        ("unknown", None),
    ],
)
def test_parse_count(text: str, expected: int | None) -> None:
    assert parse_count(text) == expected


@given(st.integers(min_value=0, max_value=10_000_000))
def test_parse_count_reads_any_formatted_integer(n: int) -> None:
    assert parse_count(f"{n:,}") == n
    assert parse_count(f"about {n}") == n


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Security forces killed over 1,200 demonstrators within a week.", 1200),
        ("Gunmen shot dead a trader in the market.", 1),
        ("The blast killed four people and wounded eleven.", 4),
        ("Seven civilians were killed in the shelling.", 7),
        ("No one was killed in the explosion.", 0),
        ("The attack caused no casualties.", 0),
        ("Three soldiers were wounded.", None),
        ("Casualties unknown.", None),
        ("The commander was killed in an air raid.", 1),
        ("Clashes left 3 fatalities. Other reports said at least 5 died.", 3),
    ],
)
def test_find_fatalities(text: str, expected: int | None) -> None:
    assert find_fatalities(text) == expected


def test_find_size_keeps_the_words_of_the_report() -> None:
    assert find_size("Around 300 teachers rallied outside the ministry.") == "Around 300"
    assert find_size("Thousands of people marched.") == "Thousands"
    assert find_size("Teachers rallied outside the ministry.") is None


@pytest.mark.parametrize("text, expected", [
    ("A year after the March 2023 protests, in which police killed three demonstrators, students marched again.", 3),
    ("Clashes since 2019 have killed dozens of people in the district.", 12),
    ("The 2023 riots killed four people.", 4),
    # a dateline's year is no count: its dash is no word between a count and "killed"
    ("LAE, Feb 3, 2025 -- Four villagers were killed when gunmen raided a market, police said.", 4),
    ("KANO, 12 June 2023 - Two traders were shot dead near the bus park.", 2),
    # a year after "during" or a day's number dates a toll, it does not count one
    ("Raids on the valley during 2021 killed dozens of herders.", 12),
    ("Since March 14, 2022 killed or missing people number over 100 in the camps.", None),
])
def test_a_year_naming_an_event_is_not_a_count(text: str, expected: int | None) -> None:
    assert find_fatalities(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # one victim told with a relative clause between the victim and the death verb: the death is one
    ("A 52-year-old shopkeeper who ran the village store was shot dead outside his home on Tuesday night.", 1),
    ("A teacher who sat on the council of the parents' association was killed at his door on Friday.", 1),
    # the clause ends the sentence before any death: no death told
    ("A shopkeeper who ran the village store was threatened by two men on Tuesday.", None),
])
def test_one_victim_with_a_relative_clause(text: str, expected: int | None) -> None:
    assert find_fatalities(text) == expected
