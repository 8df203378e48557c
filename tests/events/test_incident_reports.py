"""Mechanisms found in incident reports (the incident-report round: terrorism wire copy and South Asian incident
snippets): charges set off by their explosive ("dynamited"), property "blown up", South Asia's "encounter" for a
gunfight, an outlet named "Daily" that is no habit, a killing named with its victim under a modal, an attack on "the
nation" as a figure of speech. Team-written sentences."""

from __future__ import annotations

import pytest

from eventwatch.events import EventCoder

ATTACK = ("Violence against civilians", "Attack")
CLASH = ("Battles", "Armed clash")
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
DESTRUCTION = ("Strategic developments", "Looting/property destruction")


@pytest.mark.parametrize("text", [
    "Urban guerrillas dynamited two electricity pylons on the outskirts of the capital last night.",
    "A dynamite attack damaged the front of the electoral court on Tuesday.",
])
def test_a_charge_told_by_its_explosive_is_a_remote_explosive(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert coder.classify(nlp(text)) == IED


@pytest.mark.parametrize("text", [
    "Three telephone relay towers were blown up by the rebels in the north on Sunday.",
    "The bridge over the river had been blown up by the insurgents during the night.",
])
def test_property_blown_up_by_rebels_is_a_remote_explosive(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    # ACLED's codebook: Remote explosive/landmine/IED "when remotely- or victim-activated devices are detonated";
    # Looting/property destruction only "outside the context of other forms of violence or destruction" (coder120:
    # this test coded both as destruction until the decision; `blown_up_by_group` in decisions.toml)
    assert coder.classify(nlp(text)) == IED


def test_property_blown_up_by_soldiers_stays_destroyed(coder: EventCoder, nlp) -> None:  # type: ignore[no-untyped-def]
    # a state force's demolition: ACLED's notes code an army's demolished house as property destruction
    assert coder.classify(nlp("Troops blew up two houses belonging to the rebel commander's family.")) == DESTRUCTION


@pytest.mark.parametrize("text", [
    "A constable was injured in an encounter with Maoist cadres near the village on Monday.",
    "An encounter broke out between the security forces and the militants in the forest.",
    "Troops engaged in a fierce gunfight with the rebels near the river.",
])
def test_an_encounter_is_a_gunfight(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert coder.classify(nlp(text)) == CLASH


@pytest.mark.parametrize("text", [
    "She had a chance encounter with the minister at the airport.",
    "The dead man was engaged in a long relationship with a teacher from the village.",
])
def test_a_meeting_or_an_occupation_is_no_gunfight(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert coder.classify(nlp(text)) is None


def test_an_outlet_named_daily_is_no_habit(coder: EventCoder, nlp) -> None:  # type: ignore[no-untyped-def]
    assert coder.classify(nlp("A soldier killed in a bomb blast near the post, reports Daily Herald.")) == IED
    assert coder.classify(nlp("Soldiers are killed daily on this road.")) is None


@pytest.mark.parametrize("text", [
    "The government will investigate the assassination of the attorney general.",
    "The president said the killing of the six priests would not go unpunished.",
])
def test_a_named_killing_under_a_modal_happened(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert coder.classify(nlp(text)) == ATTACK


@pytest.mark.parametrize("text", [
    "The group said there will be no more murders of officials.",
    "The march will go ahead on Friday.",
])
def test_a_kind_of_killing_or_a_protest_under_a_modal_stays_unreal(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert coder.classify(nlp(text)) is None


def test_an_attack_on_the_nation_is_a_figure_of_speech(coder: EventCoder, nlp) -> None:  # type: ignore[no-untyped-def]
    assert coder.classify(nlp("This new attack against the Peruvian nation compels us to close ranks.")) is None


def test_a_firing_incident_harms(coder: EventCoder, nlp) -> None:  # type: ignore[no-untyped-def]
    assert coder.classify(nlp("A shopkeeper was injured in a firing incident near the bus stand on Monday.")) == ATTACK


def test_wire_copy_in_capitals(coder: EventCoder, nlp) -> None:  # type: ignore[no-untyped-def]
    from eventwatch.events.casing import restore_case
    from eventwatch.events.lexicon import lexicon_of

    text = "GUERRILLAS DYNAMITED THE POWER SUBSTATION OF THE TOWN OF SAN CARLOS EARLY TODAY."
    assert coder.classify(nlp(restore_case(text, lexicon_of(nlp)))) == IED
