"""A sentence that is nothing but a count of dead, coding an event of its own through its dead's name, still gives
its count to the act told just before it (`bare_tolls.bare_toll`, read by `totals.carried_tolls`). Team-written
sentences."""
from __future__ import annotations

import pytest

from eventwatch.events.bare_tolls import bare_toll
from eventwatch.events.totals import carried_tolls


def _sent(nlp, text: str):  # type: ignore[no-untyped-def]
    return next(iter(nlp(text).sents))


@pytest.mark.parametrize(("text", "count"), [
    ("Five (5) bandits were killed.", 5),
    ("At least three militiamen were killed.", 3),
    ("Two soldiers died.", 2),
])
def test_a_bare_count_of_dead_is_read(text: str, count: int) -> None:
    assert bare_toll(text) == count


@pytest.mark.parametrize("text", [
    "Six herders were killed on Sunday and more than 20 huts were burned.",  # more than the count
    "Gunmen killed two farmers near the well.",  # the killers and a place
    "Two (2) guards were wounded.",  # no dead
    "The three bandits were arrested.",
])
def test_anything_more_is_no_bare_toll(text: str) -> None:
    assert bare_toll(text) is None


def test_the_bare_count_is_the_toll_of_the_act_before_it(nlp) -> None:  # type: ignore[no-untyped-def]
    raid = _sent(nlp, "Militia fighters raided the camp at night.")
    toll = _sent(nlp, "Five (5) bandits were killed.")
    assert carried_tolls([(0, True, raid), (0, True, toll)]) == [5, None]
    assert carried_tolls([(0, True, raid), (1, True, toll)]) == [None, None]  # another paragraph


def test_a_coded_sentence_with_more_carries_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    raid = _sent(nlp, "Militia fighters raided the camp at night.")
    other = _sent(nlp, "Bandits killed two herders at the river the next day.")
    assert carried_tolls([(0, True, raid), (0, True, other)]) == [None, None]
