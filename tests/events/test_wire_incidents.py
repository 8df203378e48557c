"""Mechanisms found in terrorism wire stories (the wire round): people taken "with them" are kidnapped, an attack on
an abstraction is a figure of speech, and a place lost or ceded "to" a side is that side's. Team-written sentences."""

from __future__ import annotations

import pytest

from eventwatch.events import EventCoder

ABDUCTION = ("Violence against civilians", "Abduction/forced disappearance")
ATTACK = ("Violence against civilians", "Attack")
REGAINS = ("Battles", "Government regains territory")
OVERTAKES = ("Battles", "Non-state actor overtakes territory")
TRANSFER = ("Strategic developments", "Non-violent transfer of territory")



@pytest.mark.parametrize("text", [
    "The gunmen fled into the forest taking two engineers with them.",
    "The raiders crossed back over the river, taking the pilot and a nurse along with them.",
])
def test_people_taken_with_them_are_kidnapped(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert coder.classify(nlp(text)) == ABDUCTION


@pytest.mark.parametrize("text", [
    "The raiders left before dawn, taking their wounded with them.",
    "The bandits escaped, taking 200 cattle with them.",
    "The families fled the floods, taking their belongings with them.",
    "The marchers walked to parliament, carrying placards and candles with them.",
    "Farmers from the nearby villages took part in the march along with them.",
])
def test_what_they_own_is_not_people_taken(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert coder.classify(nlp(text)) != ABDUCTION


@pytest.mark.parametrize("text", [
    "This brutal attack against our freedom, an attack that history will judge, compels us to unite.",
    "The minister condemned the attack on the constitution.",
])
def test_attack_on_an_abstraction_is_a_figure_of_speech(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert coder.classify(nlp(text)) is None


def test_attack_on_a_place_is_still_an_attack(coder: EventCoder, nlp) -> None:  # type: ignore[no-untyped-def]
    assert coder.classify(nlp("Gunmen attacked the village at dawn, killing four farmers.")) == ATTACK


def test_an_abstraction_with_a_capital_is_a_name(nlp) -> None:  # type: ignore[no-untyped-def]
    from eventwatch.events.parsed import parsed
    from eventwatch.events.senses import attack_on_abstraction

    doc = parsed(nlp("Rebels launched an attack on Unity, killing three soldiers."))
    assert not any(attack_on_abstraction(t) for t in doc.toks)
    doc = parsed(nlp("Rebels launched an attack on unity, the minister said."))
    assert any(attack_on_abstraction(t) for t in doc.toks)


@pytest.mark.parametrize(("text", "expected"), [
    ("Government troops lost control of the district headquarters to the insurgents after a week of fighting.",
     OVERTAKES),
    ("The militants ceded the village to government troops after two days of shelling.", REGAINS),
    ("The militia ceded the town to the army without a fight.", TRANSFER),
])
def test_the_side_a_place_is_lost_to_takes_it(coder: EventCoder, nlp, text: str,  # type: ignore[no-untyped-def]
                                              expected: tuple[str, str]) -> None:
    assert coder.classify(nlp(text)) == expected


def test_losing_control_of_no_place_is_no_territory(coder: EventCoder, nlp) -> None:  # type: ignore[no-untyped-def]
    assert coder.classify(nlp("The ruling party lost control of parliament to the opposition.")) is None


def test_ceding_to_demands_gives_up_no_place(nlp) -> None:  # type: ignore[no-untyped-def]
    from eventwatch.events.parsed import parsed
    from eventwatch.events.syntax import cedes

    doc = parsed(nlp("The government ceded to the demands of the striking workers."))
    assert not any(cedes(t) for t in doc.toks)
    doc = parsed(nlp("The militia ceded the village to government troops."))
    assert any(cedes(t) for t in doc.toks)
