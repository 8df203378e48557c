"""Tolls a report tells in other shapes (`events/counts.py`): the killers counted before an active kill verb are not
the dead ("Two men on a motorcycle shot dead a lottery vendor" is 1), one beaten or stabbed to death with the victim
between the verb and "to death" is a death, a death told as known or believed ("are now known to have died") is
counted, and a count whose dead are named between commas ("Two people, a police constable and a passer-by, were
killed") keeps its count. Team-written variants: other words, countries, tenses."""

from __future__ import annotations

import pytest

from eventwatch.events import find_fatalities


@pytest.mark.parametrize(("text", "expected"), [
    # the killers told by number: the dead are who the verb acts on
    ("SAN MIGUEL: Two men on a motorbike shot dead a taxi driver at a petrol station on Friday.", 1),
    ("Three gunmen killed a shopkeeper in Mombasa on Sunday night.", 1),
    ("Four masked men murdered the village chief of Kadjebi late on Tuesday.", 1),
    ("Two attackers gunned down a police officer outside his home in Peshawar.", 1),
    ("Five militants killed three soldiers at a checkpoint near Gao.", 3),
    # the dead told by number with no object after the verb stay counted
    ("Three soldiers killed in an ambush near Gao, the army said.", 3),
    ("20 people killed as floods hit the town", 20),
    ("Two soldiers were killed and a third wounded.", 2),
])
def test_killers_told_by_number_are_not_the_dead(text: str, expected: int) -> None:
    assert find_fatalities(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A mob beat a young man to death at a market in Kano on Saturday.", 1),
    ("Villagers stoned a suspected thief to death in Kisii county.", 1),
    ("Residents were beating the suspect to death when police arrived.", 1),
    ("Unknown assailants stabbed a student to death near the campus in Ibadan.", 1),
])
def test_one_beaten_to_death_is_a_death(text: str, expected: int) -> None:
    assert find_fatalities(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Five people are now known to have died in the riot in Huambo.", 5),
    ("At least seven miners were believed to have been killed when gunmen raided the site.", 7),
    ("Twelve villagers are feared to have died in the attack.", 12),
    ("Two people, a police constable and a passer-by, were killed when a grenade hit the van.", 2),
    ("Three people, an elderly woman and her two grandsons, died when the shell hit their house.", 3),
    ("Four people, both drivers and two passengers, were killed.", 4),
])
def test_tolls_told_as_known_or_with_who_died(text: str, expected: int) -> None:
    assert find_fatalities(text) == expected


@pytest.mark.parametrize("text", [
    "Two protesters were beaten by police in Harare.",  # beaten, not to death: no death
    "Three men are known to have fled the village.",
])
def test_what_is_no_death(text: str) -> None:
    assert find_fatalities(text) is None
