"""A device's remains told after its explosion (`remains.fold_device_remains`): "Officers found the remains of the
grenade near the gate" after the grenade attack is that attack told again, not arms disrupted. Team-written reports;
a sentence that also tells arms seized stays a disruption of its own."""

from __future__ import annotations

import pytest

_GRENADE = ("SKOPJE, May 4, 2025 (wire) - A grenade was thrown into the yard of the police station in Ohrid late on "
            "Saturday, damaging two police cars, police said.\n\n")
_BOMB = ("ISLAMABAD, Sept. 2, 2025 (wire) - A roadside bomb exploded beside a police van near Quetta on Monday, "
         "wounding three officers, police said.\n\n")


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    _GRENADE + "Officers found the remains of the grenade near the gate of the station, a police spokeswoman said.",
    _BOMB + "Bomb disposal experts found fragments of the bomb, a pressure cooker packed with explosives, at the site.",
])
def test_remains_of_the_device_are_its_explosion(text: str) -> None:
    from eventwatch.api import extract_texts

    events = extract_texts([text])[0]
    assert [e.event_type for e in events] == ["Explosions/Remote violence"]


@pytest.mark.slow
def test_arms_seized_beside_the_remains_stay_a_disruption() -> None:
    from eventwatch.api import extract_texts

    text = _GRENADE + ("Officers found the remains of the grenade near the gate and seized two more grenades and a "
                       "pistol in a nearby flat, a police spokeswoman said.")
    events = extract_texts([text])[0]
    assert sorted(e.sub_event_type for e in events) == ["Disrupted weapons use", "Grenade"]
