"""The protest severity ladder in news (cues.toml `riot_action`, `protest_violence`, `intervene`; the manner of a
protest in modality.py). Team-written sentences: symbols burned and torches
carried keep a protest peaceful; a road barricaded with rocks or tyres, or a protest done by vandalising, is violent;
forces who drag protesters away intervene, an officer charged with an offence does not."""

from __future__ import annotations

import pytest

from eventwatch.events import EventCoder

PEACEFUL = ("Protests", "Peaceful protest")
INTERVENTION = ("Protests", "Protest with intervention")
VIOLENT = ("Riots", "Violent demonstration")



@pytest.mark.parametrize("text", [
    "Some 60 residents marched with torches along the harbour road against the new curfew.",
    "Several hundred residents marched through the centre carrying torches and banging pots.",
    "Students burned the party flag during a protest outside the district office.",
    "A man burned his passport at the rally in a show of defiance.",
])
def test_symbols_burned_and_torches_carried_keep_a_protest_peaceful(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert coder.classify(nlp(text), known_event=True) == PEACEFUL


@pytest.mark.parametrize("text", [
    "Taxi drivers blocked the main highway with rocks and burning tyres to demand lower fuel prices.",
    "Farmers set up blockades with tree trunks and stones to complain about the price of milk.",
    "About 50 students demonstrated by vandalising the gate of the college over extra fees.",
    "Youths torch a police post in the market town.",
])
def test_barricades_and_vandalism_make_a_protest_violent(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert coder.classify(nlp(text), known_event=True) == VIOLENT


def test_forces_dragging_protesters_away_intervene(coder: EventCoder, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Protesters sat in the road singing as riot police dragged them out of the way one by one."
    assert coder.classify(nlp(text)) == INTERVENTION


def test_an_officer_charged_with_an_offence_is_no_intervention(coder: EventCoder, nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Around 30 police officers demonstrated outside the courthouse. The rallies began after a police officer "
            "was charged with manslaughter over a shooting at a checkpoint.")
    assert coder.classify(nlp(text), known_event=True) == PEACEFUL

