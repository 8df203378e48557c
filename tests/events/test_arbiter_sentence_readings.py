"""Rule misreadings that coder82's arbiter sentences exposed (coder83, issue 10), each fixed as a general mechanism
in `data/codebook/cues.toml`:

- a capital captured is territory, a person captured an arrest or an abduction: the taking verb's object decides
  (`takeover`: "the ... capital" as the object);
- "seized control of" a place or a site is a takeover, not a seizure of weapons (`disrupted`);
- a vehicle "colliding" with another is an accident, as "collided" and "collision" were (`accident`);
- an offensive still to come ("ahead of the planned offensive") has not happened: the deployment before it is Change
  to group/activity, not a battle (`armed_attack`);
- "police beat demonstrators with batons and fired live bullets" is force against the protest: a crowd only fires when
  it is the subject, never across "and" (`crowd_fires`).

Every sentence here is team-written (other words, places, tenses and capitals than the arbiter's training sentences);
beside them the sentences that must keep their reading."""

from __future__ import annotations

import pytest

from eventwatch.events import EventCoder


@pytest.mark.parametrize(("text", "sub_event_type"), [
    # a capital taken is territory
    ("Insurgent fighters seized the provincial capital overnight.", "Non-state actor overtakes territory"),
    ("Rebels have captured the regional capital, a spokesman for the group said on Sunday.",
     "Non-state actor overtakes territory"),
    ("Militia fighters overran the district capital after the garrison fled.", "Non-state actor overtakes territory"),
    ("REBELS CAPTURED THE PROVINCIAL CAPITAL ON TUESDAY.", "Non-state actor overtakes territory"),
    # a person captured stays an abduction
    ("Rebel fighters captured two aid workers in the regional capital on Monday.", "Abduction/forced disappearance"),
    ("Militants captured a tax collector on the road to the capital.", "Abduction/forced disappearance"),
])
def test_the_captured_object_decides(coder: EventCoder, nlp, text: str,  # type: ignore[no-untyped-def]
                                     sub_event_type: str) -> None:
    coded = coder.classify(nlp(text))
    assert coded is not None and coded[1] == sub_event_type


@pytest.mark.parametrize(("text", "sub_event_type"), [
    # control of a site seized is a takeover
    ("Rebel fighters have seized control of two copper mines near the border.", "Non-state actor overtakes territory"),
    ("Armed men seized control of the diamond mines in the north-east from the army last week.",
     "Non-state actor overtakes territory"),
    # weapons seized stay disrupted
    ("Soldiers seized a cache of rifles and grenades at a farm outside the town.", "Disrupted weapons use"),
    ("Police seized several landmines from a truck at the checkpoint.", "Disrupted weapons use"),
])
def test_control_seized_is_no_weapon_seized(coder: EventCoder, nlp, text: str,  # type: ignore[no-untyped-def]
                                            sub_event_type: str) -> None:
    coded = coder.classify(nlp(text))
    assert coded is not None and coded[1] == sub_event_type


@pytest.mark.parametrize("text", [
    "A fuel tanker blew up after colliding with a minibus on the coastal road, killing seven people.",
    "Two goods trains burst into flames after colliding near the junction at Vijayawada on Friday.",
    "A petrol tanker exploded after colliding with a lorry on the Kampala road, killing four people.",
])
def test_a_vehicle_colliding_is_an_accident(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert coder.classify(nlp(text)) is None


def test_a_car_bomb_colliding_is_still_a_bomb(coder: EventCoder, nlp) -> None:  # type: ignore[no-untyped-def]
    coded = coder.classify(nlp("A car bomb exploded at a checkpoint in Kirkuk, killing three soldiers."))
    assert coded is not None and coded[0] == "Explosions/Remote violence"


@pytest.mark.parametrize(("text", "sub_event_type"), [
    # forces moved before an offensive still to come
    ("Thousands of soldiers were deployed to the eastern region on Friday ahead of an expected offensive.",
     "Change to group/activity"),
    ("Army reinforcements arrived in the province ahead of the planned offensive against the rebels.",
     "Change to group/activity"),
    # an offensive under way stays a battle
    ("The army launched an offensive against rebel positions in the hills, killing nine fighters.", "Armed clash"),
])
def test_an_offensive_to_come_has_not_happened(coder: EventCoder, nlp, text: str,  # type: ignore[no-untyped-def]
                                               sub_event_type: str) -> None:
    coded = coder.classify(nlp(text))
    assert coded is not None and coded[1] == sub_event_type


@pytest.mark.parametrize(("text", "sub_event_type"), [
    # the state fires at the crowd it beat: force against the protest
    ("Police beat unarmed marchers with clubs and fired live rounds at the silent procession, wounding six.",
     "Excessive force against protesters"),
    ("Soldiers whipped protesters with belts and opened fire on the sit-in in Khartoum.",
     "Excessive force against protesters"),
    # the crowd fires: a violent demonstration
    ("Protesters armed with rifles fired at the police station during the march.", "Violent demonstration"),
])
def test_the_crowd_fires_only_as_the_subject(coder: EventCoder, nlp, text: str,  # type: ignore[no-untyped-def]
                                             sub_event_type: str) -> None:
    coded = coder.classify(nlp(text))
    assert coded is not None and coded[1] == sub_event_type
