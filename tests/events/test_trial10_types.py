"""trial10's fix-half type and non-event classes as general rules, the part that only removes or retypes an event
(coder86, issue 10), each with team-written variants in other countries and words:

- a police unit named after the groups it fights (the Gang Suppression Unit, an anti-gang squad) is no gang: its
  officers' detention is Arrests (`actors.csv`, the `armed_group` cues);
- a vehicle that fell some distance or left the road is an accident, no attack (the `accident` cues);
- "the right to protest" names a right, no demonstration (the `protest` cues)."""

from __future__ import annotations

import pytest

from eventwatch.api import extract


def types(text: str, published: str = "2025-06-10") -> list[str]:
    """The sub-event types of the report's events."""
    return [e.sub_event_type for e in extract(text, published=published)]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Officers of the Anti-Gang Unit arrested three suspects at a bus station in Port-au-Prince on Monday.",
    "Police from the Gang Prevention Unit detained four men in San Pedro Sula on Friday.",
    "OFFICERS OF THE GANG SUPPRESSION UNIT DETAINED TWO MEN AT A HOUSE IN KINGSTON ON WEDNESDAY, POLICE SAID.",
])
def test_police_unit_named_after_gangs_makes_arrests(text: str) -> None:
    assert types(text) == ["Arrests"]


@pytest.mark.slow
def test_gang_still_abducts() -> None:
    assert types("Gang members abducted three traders in Port-au-Prince on Monday.") == [
        "Abduction/forced disappearance"]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Four pilgrims died when their minibus fell nearly 200 feet down a slope near Mussoorie on Monday.",
    "Two people were killed when a truck went off the road near Sucre on Sunday.",
    "Three people were killed and five injured when a passenger jeep fell about 150 metres off the road in Gajuri "
    "on Tuesday.",
])
def test_vehicle_that_fell_or_left_the_road_is_no_event(text: str) -> None:
    assert types(text) == []


@pytest.mark.slow
def test_vehicle_forced_off_the_road_by_gunmen_stays_an_attack() -> None:
    assert types("Gunmen shot dead a driver near Sucre on Sunday after forcing his truck off the road.") == ["Attack"]


@pytest.mark.slow
def test_right_to_protest_is_no_protest() -> None:
    assert types("The interior minister said on Monday that the constitution guarantees every citizen the right to "
                 "demonstrate and the right to protest.") == []


@pytest.mark.slow
def test_protest_for_the_right_to_protest_stays() -> None:
    assert types("Thousands protested in Yerevan on Monday to defend the right to protest.") == ["Peaceful protest"]
