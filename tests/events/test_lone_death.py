"""One victim's death told in a sentence of its own after the act (`totals.lone_death`, read by
`totals.carried_tolls`): "died", "succumbed" or "was pronounced dead", maybe after a predicate of its own joined by
"and". Team-written sentences (other words, places and victims than any evaluation text); the carried tolls and the
extraction failed on main f1a16e3, the guards (no death, an old death, an event's own sentence) pass on both."""

from __future__ import annotations

import pytest

from eventwatch.events.totals import carried_tolls, lone_death


@pytest.mark.parametrize("text", [
    "One of the gunmen was struck in the leg and was pronounced dead in the ambulance.",
    "A trader was caught in the crossfire and died on Sunday.",
    "The night watchman succumbed to his burns two days later.",
    "She later died of her wounds at the district hospital.",
    "A second constable died in hospital on Thursday.",
    "The driver was declared dead on arrival.",
])
def test_one_victims_death_is_read(text: str) -> None:
    assert lone_death(text)


@pytest.mark.parametrize("text", [
    "Relatives marched for a teenager who died in police custody in May.",  # the death a protest is about
    "The strike began after a miner died in a rockfall.",  # told as the time of something else
    "The shooting died down by midnight.",
    "Nobody was hurt and the blaze died out.",
    "No one died.",
    "Two officers were wounded in the exchange.",
])
def test_no_death_or_an_old_one_is_not_read(text: str) -> None:
    assert not lone_death(text)


def test_a_lone_death_after_the_act_is_the_acts_toll(nlp) -> None:  # type: ignore[no-untyped-def]
    """The clash counts the one dead the next sentence tells; a new paragraph or an event of its own in between
    keeps it apart, and a count the next sentence gives still wins."""
    clash = next(iter(nlp("Police exchanged fire with gunmen at a farmhouse outside the town.").sents))
    death = next(iter(nlp("One of the gunmen was struck in the leg and was pronounced dead in the ambulance.").sents))
    counted = next(iter(nlp("Two gunmen were killed.").sents))
    assert carried_tolls([(0, True, clash), (0, False, death)]) == [1, None]
    assert carried_tolls([(0, True, clash), (1, False, death)]) == [None, None]
    assert carried_tolls([(0, True, clash), (0, False, counted)]) == [2, None]


@pytest.mark.slow
def test_the_clash_keeps_its_one_dead() -> None:
    from eventwatch.api import extract

    text = ("Gunmen exchanged fire with police in Kakamega on Monday. "
            "A suspect was hit in the chest and was pronounced dead at the scene.")
    battles = [e for e in extract(text, published="2025-03-04") if e.event_type == "Battles"]
    assert battles and battles[0].fatalities == 1
