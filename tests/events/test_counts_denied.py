"""A count whose death is denied is no toll (`counts._NOT_DENIED`, `counts._NONE_OF`, `counts._ZERO`), and "a single"
is one (`number_words.parse_count`).

The count pattern lets up to four words stand between a count and its death word, so a negation there ("were not
killed") was read through; a count told as the group none of whom died ("none of the five passengers died") read
as its size. ACLED codes "no one was killed" as 0, so a group none of whom died is 0 as well. Team-written
sentences."""

from __future__ import annotations

import pytest

from eventwatch.events.counts import find_fatalities
from eventwatch.events.number_words import parse_count


@pytest.mark.parametrize("text", [
    "Four clerks were not killed in the fire, as the first rumours had it, but taken to hospital.",
    "Seven herders had never been shot dead by the patrol, the elders insisted.",
    "Three drivers weren't killed when the truck overturned near the depot.",
])
def test_a_count_with_a_negation_before_its_death_word_is_no_toll(text: str) -> None:
    assert find_fatalities(text) is None


@pytest.mark.parametrize("text", [
    "The bus was hit by a rocket, but none of the thirty passengers died, the company said.",
    "Neither of the two watchmen was killed when the depot was set alight.",
    "Not one of the 14 miners was killed when the shaft was shelled.",
    "Not a single trader was killed in the raid on the market, the mayor said.",
    "None of them had been killed, the army said of the missing scouts.",
])
def test_a_group_none_of_whom_died_is_zero(text: str) -> None:
    assert find_fatalities(text) == 0


@pytest.mark.parametrize(("text", "dead"), [
    ("Four clerks were killed in the fire.", 4),
    ("Seven herders had been shot dead by the patrol.", 7),
    ("A single trader was killed in the raid on the market.", 1),
    ("Gunmen killed a single farmer near the well.", 1),
    ("Nine people were killed; none of the guards died.", 9),
])
def test_told_deaths_still_count(text: str, dead: int) -> None:
    assert find_fatalities(text) == dead


def test_a_single_is_one() -> None:
    assert parse_count("a single") == 1
    assert parse_count("one single") == 1
    assert parse_count("single") == 1
