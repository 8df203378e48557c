"""People a force arrested or dispersed while they were protesting (coder60): the arrest is the intervention against
their protest (ACLED's Protest with intervention), told by a relative clause in the past perfect on the people
taken. Team-written sentences."""

from __future__ import annotations

import pytest

from eventwatch.events import EventCoder


@pytest.mark.parametrize("text", [
    "Police on Wednesday detained around 30 farmers who had squatted on the toll plaza to protest against the tariffs.",
    "Police detained 30 workers who had blocked the highway since Monday.",
    "Riot police dispersed hundreds of nurses who had been marching on the capital since dawn.",
])
def test_people_taken_while_protesting_are_a_protest_with_intervention(coder: EventCoder, nlp, text: str  # type: ignore[no-untyped-def]
                                                                       ) -> None:
    assert coder.classify(nlp(text)) == ("Protests", "Protest with intervention")


@pytest.mark.parametrize("text", [
    "Police arrested five men who had marched through the town last week.",  # dated apart: arrested afterwards
    "Police arrested five men who marched through the town.",  # the simple past sets the scene
])
def test_people_arrested_for_a_protest_held_before_are_an_arrest(coder: EventCoder, nlp, text: str  # type: ignore[no-untyped-def]
                                                                 ) -> None:
    assert coder.classify(nlp(text)) == ("Strategic developments", "Arrests")


def test_a_rally_the_victims_were_attending_is_no_protest(coder: EventCoder, nlp) -> None:  # type: ignore[no-untyped-def]
    assert coder.classify(nlp("A bomb killed five people who were attending a rally in the square.")) == (
        "Explosions/Remote violence", "Remote explosive/landmine/IED")
