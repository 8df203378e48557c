"""Harm told beside a disrupted weapon (events/disruption.py; `went_off` and `air` in cues.toml). Team-written
sentences: a killing named as who someone is or as an earlier time does not make a defusal a killing; a device that
went off in the same event still wins; one dud of two grenades thrown leaves a grenade attack."""

from __future__ import annotations

import pytest

from eventwatch.events import EventCoder

DISRUPTED = ("Strategic developments", "Disrupted weapons use")



@pytest.mark.parametrize("text", [
    "Troops recovered the bodies of four militants killed in the valley and engineers defused dozens of mines.",
    "A bomb was found near the bus station and defused, police said, after a series of blasts killed 30 people.",
    "Police found a cache of rifles in the hills, a spokesman for the Air Force said.",
])
def test_earlier_harm_beside_a_disrupted_weapon_is_background(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert coder.classify(nlp(text)) == DISRUPTED


def test_a_device_that_went_off_while_defused_is_still_an_explosion(coder: EventCoder, nlp) -> None:  # type: ignore[no-untyped-def]
    label = coder.classify(nlp("The bomb exploded as police tried to defuse it, killing two officers."))
    assert label is not None and label != DISRUPTED


def test_one_dud_of_two_grenades_is_a_grenade_attack(coder: EventCoder, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Two grenades were thrown at the wedding party on Saturday, but one of them failed to detonate."
    assert coder.classify(nlp(text)) == ("Explosions/Remote violence", "Grenade")


@pytest.mark.parametrize("text", [
    "Army engineers defused a device buried under the road near the bridge on Monday.",
    "Police said they had defused a second explosive charge outside the court.",
    "The defusal of a parcel left at the checkpoint took two hours, the army said.",
])
def test_a_defusal_is_disrupted_weapons_use_whatever_it_names(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """"Defused" says the thing was an explosive, so no weapon word is needed beside it (the cue was lost once when
    the interception cues were narrowed, and "defused a device" coded nothing)."""
    assert coder.classify(nlp(text)) == DISRUPTED
