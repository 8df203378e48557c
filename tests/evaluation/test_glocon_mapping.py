"""GLOCON's reading of eventwatch's events: its annotation set's classes are Demonstration, Industrial action, Group
clash, Armed militancy, Electoral politics and Other, so bombs by militants and rebel attacks on civilians count as
protest events beside ACLED's Protests and Riots; war between armed sides and crime by unidentified gunmen do not.
Each case is a team-written sentence and the event eventwatch codes from it."""

from __future__ import annotations

import pytest

from eventwatch.evaluation.relevance import Found, glocon_event, is_glocon_protest, is_protest

ARMY = "Military Forces of India"
REBELS = "CPI (Maoist): Communist Party of India (Maoist)"
GUNMEN = "Unidentified Armed Group (India)"
CIVILIANS = "Civilians (India)"

PROTESTS = [
    # "Hundreds of teachers staged a sit-in outside the ministry."
    Found("Protests", "Peaceful protest", "Protesters (India)", 6),
    # "Striking miners burned tyres and blocked the road to the shaft."
    Found("Riots", "Violent demonstration", "Rioters (India)", 5),
    # "Militants of the Front bombed a railway bridge overnight."
    Found("Explosions/Remote violence", "Remote explosive/landmine/IED", REBELS, 2),
    # "A bomb went off outside the district office." (nobody named)
    Found("Explosions/Remote violence", "Remote explosive/landmine/IED", None, None),
    # "A suicide bomber blew himself up in the market, killing twelve shoppers."
    Found("Explosions/Remote violence", "Suicide bomb", GUNMEN, 3, CIVILIANS, 7, True),
    # "Rebels shot ten villagers in a night raid."
    Found("Violence against civilians", "Attack", REBELS, 2, CIVILIANS, 7, True),
    # "Terrorists killed fourteen worshippers at the shrine." (no organisation named: its sentence tells militancy)
    Found("Violence against civilians", "Attack", GUNMEN, 3, CIVILIANS, 7, True, militancy=True),
]

NOT_PROTESTS = [
    # "Troops clashed with rebels near the border." (war between armed sides)
    Found("Battles", "Armed clash", ARMY, 1, REBELS, 2),
    # "Gunmen shot a shopkeeper during a robbery." (crime by unidentified gunmen)
    Found("Violence against civilians", "Attack", GUNMEN, 3, CIVILIANS, 7, True),
    # "Soldiers planted explosives under the rebels' bridge." (the state's explosives are no militancy)
    Found("Explosions/Remote violence", "Remote explosive/landmine/IED", ARMY, 1),
    # "The air force bombed rebel camps in the hills."
    Found("Explosions/Remote violence", "Air/drone strike", ARMY, 1, REBELS, 2),
    # "Soldiers shot dead a village council leader at a checkpoint." (a political killing, but by the state)
    Found("Violence against civilians", "Attack", ARMY, 1, CIVILIANS, 7, True, militancy=True),
    # "Insurgents ambushed an army convoy in the pass." (militants named, but war between armed sides)
    Found("Battles", "Armed clash", GUNMEN, 3, ARMY, 1, militancy=True),
    # "Police arrested twelve students at the hostel."
    Found("Strategic developments", "Arrests", "Police Forces of India", 1, CIVILIANS, 7),
]


@pytest.mark.parametrize("event", PROTESTS)
def test_glocon_classes_count(event: Found) -> None:
    assert glocon_event(event)
    assert is_glocon_protest([event])


@pytest.mark.parametrize("event", NOT_PROTESTS)
def test_war_and_crime_do_not(event: Found) -> None:
    assert not glocon_event(event)
    assert not is_glocon_protest([event])


def test_acled_protest_types_are_a_subset() -> None:
    """Every event ACLED calls a protest or riot is a GLOCON protest; the reverse holds only for those types."""
    for event in PROTESTS + NOT_PROTESTS:
        if is_protest([event]):
            assert is_glocon_protest([event])
    assert not is_glocon_protest([])


def test_the_harness_reads_militancy_from_the_sentence() -> None:
    """`eventwatch eval glocon` and `eval all` read each extracted event's sentence (`cli/genres._found`): a killing
    by terrorists counts, a robber's killing by gunmen does not."""
    from eventwatch.cli.genres import _extract

    terror, crime = _extract(["Terrorists killed fourteen worshippers at the shrine in Kano on Friday, police said.",
                              "Gunmen shot a shopkeeper during a robbery in Durban on Tuesday."], quiet=True)
    assert [f.militancy for f in terror] == [True] and is_glocon_protest(terror)
    assert crime and not any(f.militancy for f in crime) and not is_glocon_protest(crime)
