"""Riots, rioters and crowd actors as ACLED's codebook and notes use them (cues.toml `mob`: an arrest's reason that
names a crowd's violence; actors.csv's crowd row). Team-written sentences: rioters with no demonstration named are a mob
(ACLED's Mob violence, "outside of demonstrations"), whatever they attack; pupils who attack a police station are
such a crowd, not a side in an armed clash; people arrested for looting or rioting tell of the riot; a man arrested
for arson, or rioters sentenced long after, tell of no riot."""

from __future__ import annotations

import pytest

from eventwatch.events import EventCoder

MOB = ("Riots", "Mob violence")
ARRESTS = ("Strategic developments", "Arrests")



@pytest.mark.parametrize("text", [
    "Rioters looted and burned the town hall overnight.",
    "Rioters ransacked two banks and smashed the windows of the tax office.",
])
def test_rioters_outside_a_demonstration_are_a_mob(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    # ACLED's notes code rioters with no demonstration named as Mob violence, whether they attack property, the
    # police or each other; "rioters" is kept out of the crowd cue, which would make their vandalism a demonstration
    assert coder.classify(nlp(text)) == MOB


def test_a_mob_beating_a_civilian_stays_mob_violence(coder: EventCoder, nlp) -> None:  # type: ignore[no-untyped-def]
    assert coder.classify(nlp("A mob beat a suspected thief to death in the market.")) == MOB


@pytest.mark.parametrize("text", [
    "A police post was attacked by a group of schoolchildren angry at the arrest of their teacher.",
    "A police station was attacked by a group of pupils after a classmate died in custody.",
])
def test_pupils_attacking_the_police_are_a_mob_not_an_armed_clash(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert coder.classify(nlp(text)) == MOB


def test_gunmen_attacking_a_police_post_still_clash(coder: EventCoder, nlp) -> None:  # type: ignore[no-untyped-def]
    assert coder.classify(nlp("Gunmen attacked a police post, killing two officers.")) == ("Battles", "Armed clash")


@pytest.mark.parametrize("text", [
    "Police arrested thirty youths for looting shops during the unrest.",
    "Police detained 12 people over the unrest in the northern town.",
    "Dozens of youths were arrested for setting fire to a bus during the unrest.",
])
def test_arrests_for_a_crowds_violence_tell_of_the_riot(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    # a riot, not Arrests: Mob violence (the `mob` cue), or the crowd's riot (`crowd_riot`) when the crowd is named
    # doing it
    coded = coder.classify(nlp(text))
    assert coded is not None and coded[0] == "Riots"


@pytest.mark.parametrize("text", [
    "Two men were arrested for murder in the capital.",
    "Police arrested a journalist at his home.",
    "Five men were sentenced to prison for rioting during last year's elections.",
])
def test_arrests_for_other_reasons_stay_arrests(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert coder.classify(nlp(text)) == ARRESTS


def test_armed_men_torching_trucks_stay_property_destruction(coder: EventCoder, nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Armed men torched two trucks at the quarry.")
    assert coder.classify(doc) == ("Strategic developments", "Looting/property destruction")
