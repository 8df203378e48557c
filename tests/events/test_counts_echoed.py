"""A count told in words and again in bracketed digits ("Seventeen (17) fighters were killed",
`counts.without_echoed_digits`), and a group of dead told by what it belongs to ("five members of an armed group were
killed", `counts._OF_GROUP`). Team-written sentences."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwatch.events.counts import find_fatalities, without_echoed_digits

_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
          "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _words(n: int) -> str:
    """English words for 1..99, as a communiqué writes them ("Twenty-one")."""
    if n < 10:
        return _UNITS[n]
    if n < 20:
        return _TEENS[n - 10]
    return _TENS[n // 10] + (f"-{_UNITS[n % 10]}" if n % 10 else "")


@given(st.integers(min_value=1, max_value=99), st.booleans())
def test_a_count_echoed_in_brackets_is_read_once(n: int, capital: bool) -> None:
    word = _words(n).capitalize() if capital else _words(n)
    text = f"{word} ({n}) bandits were killed when the patrol was attacked."
    blanked = without_echoed_digits(text)
    assert len(blanked) == len(text)  # every offset is kept
    assert f"({n})" not in blanked
    assert find_fatalities(text) == n


@given(st.integers(min_value=1, max_value=99), st.integers(min_value=1, max_value=99))
def test_a_bracket_that_says_another_number_is_left(n: int, other: int) -> None:
    if n == other:
        return
    text = f"{_words(n)} ({other}) bandits were killed."
    assert without_echoed_digits(text) == text


@pytest.mark.parametrize("text", [
    "The convoy passed Checkpoint (7) at noon.",
    "Two (of them) were held.",
    "No brackets here at all.",
])
def test_other_brackets_are_left(text: str) -> None:
    assert without_echoed_digits(text) == text


@pytest.mark.parametrize(("text", "dead"), [
    ("Two police officers and four members of a criminal gang were killed in the raid.", 6),
    ("Three fighters of the rebel movement died in the fighting near the river.", 3),
    ("Nine (9) members of the armed group were killed and two were captured.", 9),
])
def test_a_group_told_by_what_it_belongs_to_is_counted(text: str, dead: int) -> None:
    assert find_fatalities(text) == dead


def test_three_days_of_fighting_count_no_dead() -> None:
    assert find_fatalities("Three days of fighting in the north of the country ended on Friday.") is None


@pytest.mark.slow
def test_a_communique_item_keeps_its_echoed_toll() -> None:
    from eventwatch.api import extract

    text = ("NIAMEY, 4 March 2026 - The army issued the following statement.\n\n"
            "1. On Monday 2 March, army units attacked bandit positions near Tera. Nine (9) bandits were killed and "
            "two motorcycles were seized.\n")
    battles = [e for e in extract(text, published="2026-03-04") if e.event_type == "Battles"]
    assert battles and battles[0].fatalities == 9
