"""MUC-4's reading of eventwatch's events: a terrorist incident is political violence against civilians, officials
or civilian property; combat between armed sides and attacks on purely military targets are acts of war, not
incidents (MUC-4's task definition). Each case is a team-written sentence and the event eventwatch codes from it."""

from __future__ import annotations

import pytest

from eventwatch.evaluation.relevance import Found, is_muc4_incident, is_violent, muc4_incident

ARMY = "Military Forces of El Salvador"
POLICE = "Police Forces of Colombia"
GOVERNMENT = "Government of Colombia"
REBELS = "Rebel Group (El Salvador)"
GUNMEN = "Unidentified Armed Group (Colombia)"
CIVILIANS = "Civilians (El Salvador)"

INCIDENTS = [
    # "Guerrillas shot dead a peasant leader in the town square."
    Found("Violence against civilians", "Attack", REBELS, 2, CIVILIANS, 7, True),
    # "Soldiers of the battalion murdered six priests at the university." (state terror is terror too)
    Found("Violence against civilians", "Attack", ARMY, 1, CIVILIANS, 7, True),
    # "Unknown men placed bombs in three government bank branches." (an official target, not a military one)
    Found("Explosions/Remote violence", "Remote explosive/landmine/IED", GUNMEN, 3, GOVERNMENT, 1),
    # "A car bomb exploded outside the newspaper's offices."
    Found("Explosions/Remote violence", "Remote explosive/landmine/IED", GUNMEN, 3, None, None),
    # "Rebels set fire to three buses on the highway."
    Found("Strategic developments", "Looting/property destruction", REBELS, 2, None, None),
    # "Gunmen kidnapped the mayor's two daughters."
    Found("Violence against civilians", "Abduction/forced disappearance", GUNMEN, 3, CIVILIANS, 7, True),
    # "Fighting raged in the capital and the air force's bombing killed many civilians." (coded as a clash, but
    # civilians are its second actor)
    Found("Battles", "Armed clash", "Government of El Salvador", 1, CIVILIANS, 7),
]

ACTS_OF_WAR = [
    # "Troops clashed with guerrillas near the barracks."
    Found("Battles", "Armed clash", ARMY, 1, REBELS, 2),
    # "Heavy fighting raged all night on the slopes of the volcano." (no second side named)
    Found("Battles", "Armed clash", ARMY, 1, None, None),
    # "Rebels ambushed a police patrol and killed seven officers."
    Found("Battles", "Armed clash", REBELS, 2, POLICE, 1),
    # "After the ambush the rebels took the policemen's rifles."
    Found("Strategic developments", "Looting/property destruction", REBELS, 2, POLICE, 1),
    # "A mine blew up an army truck on the road to the base."
    Found("Explosions/Remote violence", "Remote explosive/landmine/IED", GUNMEN, 3, ARMY, 1),
    # "Helicopter gunships strafed the rebels' positions."
    Found("Explosions/Remote violence", "Air/drone strike", ARMY, 1, REBELS, 2),
    # "The air force bombed the hills where the guerrillas had withdrawn."
    Found("Explosions/Remote violence", "Air/drone strike", ARMY, 1, None, None),
    # "Guerrillas took control of the town after the garrison withdrew."
    Found("Battles", "Non-state actor overtakes territory", REBELS, 2, ARMY, 1),
]


@pytest.mark.parametrize("event", INCIDENTS)
def test_political_violence_against_civilians_and_civilian_targets_is_an_incident(event: Found) -> None:
    assert muc4_incident(event)


@pytest.mark.parametrize("event", ACTS_OF_WAR)
def test_combat_and_attacks_on_armed_sides_are_no_incident(event: Found) -> None:
    assert is_violent([event]) and not muc4_incident(event)


def test_events_that_are_no_violence_are_no_incident() -> None:
    arrest = Found("Protests", "Peaceful protest", "Protesters (Chile)", 6, None, None)
    assert not muc4_incident(arrest)
    assert not muc4_incident(Found("Strategic developments", "Arrests", POLICE, 1, CIVILIANS, 7))


def test_a_document_is_relevant_when_any_event_is_an_incident() -> None:
    assert is_muc4_incident([ACTS_OF_WAR[0], INCIDENTS[0]])
    assert not is_muc4_incident(ACTS_OF_WAR)
    assert not is_muc4_incident([])
