"""A road or rail crash told by what the vehicle did is an accident, no Attack (coder78, issue 10): the `accident`
cue's vehicle patterns (`data/codebook/cues.toml`). The trial sets' fix halves coded "a train hit a private bus", "a
matatu overturned", "a pick-up carrying farm workers overturned" and "a passenger train ran into the back of a
stationary freight train" as Attacks. Every sentence here is team-written: other vehicles, countries, tenses, lower
case and capitals; beside them the crowd's, the attacker's and the weapon's sentences that must keep their event."""

from __future__ import annotations

import pytest

from eventwatch.events import EventCoder


@pytest.mark.parametrize("text", [
    # a vehicle that overturned or left the road, with what it carried between vehicle and verb
    "Five people died when a minibus carrying traders overturned on the road to the market town.",
    "Eleven farm labourers were killed when the tractor pulling their trailer overturned near Sukkur on Friday.",
    "Two nurses were killed after a taxi veered off the highway outside Harare in the early hours of Monday.",
    "Six passengers were killed and 20 injured when their coach rolled over on a mountain pass in Bolivia.",
    "A woman and her son died when a jeep skidded off a wet road near Kandy, police say.",
    "three pilgrims were killed when a tuk-tuk overturned near the temple in Jaffna on sunday.",
    "FOUR MINERS DIED WHEN A TRUCK CARRYING THEM TO WORK OVERTURNED NEAR KOLWEZI ON TUESDAY.",
    "Twelve people drowned when an overloaded ferry carrying market women overturned on Lake Kivu.",
    # a vehicle that ran into another vehicle
    "Seven people were killed when a lorry slammed into a stationary bus on the Lagos-Ibadan expressway on Sunday.",
    "At least 14 people have died after a goods train ran into the rear of a passenger train in West Bengal.",
    "Two cyclists and a driver were hurt when a tanker collided with a minibus at a junction in Durban.",
    "Nine people will be buried on Friday after a bus hit a tractor on the Multan road on Tuesday.",
])
def test_a_vehicle_crash_is_no_event(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert coder.classify(nlp(text)) is None


@pytest.mark.parametrize(("text", "event_type"), [
    # a weapon, an attacker or a crowd named beside the crash keeps the event (the gate's `none`)
    ("A truck carrying soldiers overturned after hitting a landmine near Gao, killing three of them.",
     "Explosions/Remote violence"),
    ("Gunmen opened fire on a bus carrying pilgrims, and the bus overturned, killing nine.",
     "Violence against civilians"),
    ("Militants ambushed a convoy and the lead truck overturned into a ditch.", "Battles"),
    ("A car bomb hit a military truck in Mogadishu, killing four soldiers.", "Explosions/Remote violence"),
    # a crowd's doing: the vehicle is the object, or a passive's subject, or the verb is in a second clause
    ("Protesters pelted cars with stones and overturned a police van in the centre of Nairobi.", "Riots"),
    ("Several cars were overturned and set alight by rioters in the capital.", "Riots"),
    ("Youths overturned a bus and set it on fire after the verdict.", "Riots"),
    # ramming and aircraft are no accident words here
    ("A car rammed into a police vehicle at a checkpoint in Hebron, injuring two officers.",
     "Violence against civilians"),
    ("A plane struck the convoy near the border, killing six fighters.", "Explosions/Remote violence"),
])
def test_a_weapon_attacker_or_crowd_keeps_the_event(coder: EventCoder, nlp, text: str,  # type: ignore[no-untyped-def]
                                                     event_type: str) -> None:
    coded = coder.classify(nlp(text))
    assert coded is not None and coded[0] == event_type
