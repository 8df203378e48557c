"""The attackers' dead told in the paragraph after a lead that counted the other side's (`other_side`): added to the
lead's clash. Team-written sentences."""
from __future__ import annotations

import pytest

from eventwatch.events.other_side import attackers_dead, other_side_tolls


def _sent(nlp, text: str):  # type: ignore[no-untyped-def]
    return next(iter(nlp(text).sents))


_LEAD = "Nine policemen were killed when gunmen raided the post on the highway before dawn on Friday."


@pytest.mark.parametrize(("text", "count"), [
    ("Six of the raiders were also killed, the ministry said.", 6),
    ('The army said 12 of the assailants had been "neutralised" after the fighting.', 12),
    ('Troops fought back and "more than 30 militants" were killed, the statement said.', 30),
    ("The governor added that three (3) attackers had also been killed.", 3),
])
def test_the_attackers_dead_are_read(text: str, count: int) -> None:
    assert attackers_dead(text) == count


@pytest.mark.parametrize("text", [
    "Two more policemen were killed in the afternoon.",  # the same side
    "Gunmen killed two farmers near the well.",  # the attackers killed, not killed
    "Four attackers were arrested.",
])
def test_no_attackers_dead(text: str) -> None:
    assert attackers_dead(text) is None


def test_the_next_paragraphs_attackers_dead_go_to_the_lead(nlp) -> None:  # type: ignore[no-untyped-def]
    lead = _sent(nlp, _LEAD)
    fight = _sent(nlp, "The raiders fought the police for an hour.")
    dead = _sent(nlp, "Six of the raiders were also killed, the ministry said.")
    assert other_side_tolls([(0, True, lead), (1, True, fight), (1, False, dead)]) == [6, None, None]


def test_only_the_next_paragraph_and_only_when_the_lead_counts_no_attackers(nlp) -> None:  # type: ignore[no-untyped-def]
    lead = _sent(nlp, _LEAD)
    dead = _sent(nlp, "Six of the raiders were also killed, the ministry said.")
    assert other_side_tolls([(0, True, lead), (0, False, dead)]) == [None, None]  # the lead's own paragraph
    assert other_side_tolls([(0, True, lead), (2, False, dead)]) == [None, None]  # two paragraphs on
    both = _sent(nlp, "Gunmen raided the post on Friday, killing nine policemen and two attackers.")
    assert other_side_tolls([(0, True, both), (1, False, dead)]) == [None, None]


def test_a_lead_counting_people_takes_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    lead = _sent(nlp, "Nine people were killed when gunmen raided the village before dawn on Friday.")
    dead = _sent(nlp, "Six of the raiders were also killed, the ministry said.")
    assert other_side_tolls([(0, True, lead), (1, False, dead)]) == [None, None]  # the nine may hold them
