"""Tolls told as an act's outcome noun, one victim named by a few words, and "killing another" (`counts`).

ACLED's notes and wire copy tell a clash's dead as its outcome ("resulting in the killing of 3 people"), a lone
victim by two or three words after "the" ("the armed man was killed") and the second of two victims by "another"
("injuring a guard and killing another"); each read no toll. Team-written sentences."""

from __future__ import annotations

import pytest

from eventwatch.events.counts import find_fatalities


@pytest.mark.parametrize(("text", "dead"), [
    ("Herders and farmers clashed over a well near the river, resulting in the killing of 4 people.", 4),
    ("Rebels attacked the army post at dawn, leading to the death of two soldiers.", 2),
    ("As a result of the exchange of fire, the wounded gunman was killed.", 1),
    ("The young market guard had been shot dead near the gate.", 1),
    ("Militants set off a mine beside the road, injuring a ranger and killing another.", 1),
])
def test_the_toll_is_read(text: str, dead: int) -> None:
    assert find_fatalities(text) == dead


@pytest.mark.parametrize("text", [
    "Youths blocked the highway with burning tyres following the killing of two traders last week.",
    "It is not known whether the ranger that was shot died.",
    "Students marched over a classmate's death, who the union believes was killed by police.",
])
def test_no_toll_is_read(text: str) -> None:
    assert find_fatalities(text) is None
