"""One occurrence told again with another type (`other_type.fold_other_type`): a later sentence that tells only the
victims of the occurrence before it ("The driver and his passenger were killed"), or the mortars a side fired with
its rifles in a fight, is that occurrence, not an attack, a riot or a shelling of its own. Team-written reports; a
harm with a named agent, another occurrence, and shelling with no small arms stay apart."""

from __future__ import annotations

import pytest

_DRONE = ("MOGADISHU, June 12, 2025 (wire) - A drone struck a pick-up truck on the road out of Kismayo on Thursday "
          "afternoon, officials said.\n\n")
_RAID = ("BAMAKO, Feb. 3, 2026 (wire) - Armed bandits attacked the village of Tinzawat near Gao on Monday night, "
         "residents said.\n\n")
_BASE = ("GOMA, Aug. 9, 2025 (wire) - Rebels attacked an army base outside Beni on Friday, fighting the soldiers "
         "there for most of the day, a local official said.\n\n")


def _types(text: str) -> list[str]:
    from eventwatch.api import extract_texts

    return sorted(f"{e.event_type} / {e.sub_event_type}" for e in extract_texts([text])[0])


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    _DRONE + "The driver and his passenger were killed and the truck burnt out.",
    _DRONE + "Both men in the truck died at the scene.",
])
def test_victims_told_alone_are_the_strike(text: str) -> None:
    assert _types(text) == ["Explosions/Remote violence / Air/drone strike"]


@pytest.mark.slow
def test_victims_and_their_burnt_homes_are_the_raid() -> None:
    text = _RAID + "Four herders were shot dead and a dozen huts were set on fire."
    assert _types(text) == ["Violence against civilians / Attack"]


@pytest.mark.slow
@pytest.mark.parametrize("later", [
    "In a separate incident, two traders were killed on the same road.",
    "Two traders were beaten by soldiers at a checkpoint on the same road.",
])
def test_victims_with_a_named_agent_or_another_occurrence_stay_apart(later: str) -> None:
    assert len(_types(_DRONE + later)) == 2


@pytest.mark.slow
def test_mortars_fired_with_machine_guns_are_the_battle() -> None:
    text = _BASE + "The fighters fired mortars and machine guns at the base from the hills above it."
    assert [t.split(" / ")[0] for t in _types(text)] == ["Battles"]


@pytest.mark.slow
def test_shelling_with_no_small_arms_stays_apart() -> None:
    text = _BASE + "On Saturday the rebels shelled the town of Oicha from the hills, a local official said."
    assert "Explosions/Remote violence / Shelling/artillery/missile attack" in _types(text)


_MARKET = ("FREETOWN, Feb. 9, 2026 (wire) - Supporters of two rival candidates fought with clubs and stones in the "
           "central market of Kenema on Sunday, police said.\n\n")


@pytest.mark.slow
@pytest.mark.parametrize("later", [
    "A trader was beaten with clubs and died on the way to the district hospital.",
    "A trader was hacked with a machete and died at the scene.",
])
def test_a_riots_victim_told_alone_is_the_riot(later: str) -> None:
    # coder104: a riot's dead are the riot's, as a fight's are the fight's (one mob violence event, no attack)
    assert _types(_MARKET + later) == ["Riots / Mob violence"]


@pytest.mark.slow
def test_a_victim_with_a_named_agent_after_a_riot_stays_apart() -> None:
    text = _MARKET + "A trader was shot dead by soldiers at a checkpoint outside the market."
    assert "Violence against civilians / Attack" in _types(text)


_FIELDS = ("ABIDJAN, March 6, 2026 (wire) - Farmers and herders fought with machetes and hunting rifles in the village "
           "of Zaibo, in the Daloa department, on Thursday, killing four people, local officials said.\n\n")


@pytest.mark.slow
@pytest.mark.parametrize("later", [
    "Fighters armed with rifles and machetes attacked each other's villages.",
    "Gunmen of the two camps attacked each other through the night.",
])
def test_an_attack_on_each_other_is_the_fight(later: str) -> None:
    # coder110: "attacked each other('s)" is the two sides fighting, the clash told again, not an attack on civilians
    assert [t.split(" / ")[0] for t in _types(_FIELDS + later)] == ["Battles"]


@pytest.mark.slow
def test_an_attack_on_others_after_a_fight_stays_apart() -> None:
    text = _FIELDS + "On Friday, gunmen attacked a bus on the road to Vavoua and robbed its passengers."
    assert "Violence against civilians / Attack" in _types(text)


@pytest.mark.slow
def test_victims_read_as_a_side_are_the_strike() -> None:
    # coder110: the subject of a passive harm is who suffered it; "Four militants were killed" told alone after the
    # strike codes no armed clash of its own
    text = _DRONE.replace("a pick-up truck", "a pick-up truck carrying militants") + "Four militants were killed."
    assert _types(text) == ["Explosions/Remote violence / Air/drone strike"]



_SIT_IN = ("NAIROBI, June 2, 2026 (wire) - Police fired tear gas on Monday to clear hundreds of teachers staging a "
           "sit-in outside the education ministry in Nairobi over unpaid allowances, their union said.\n\n")


@pytest.mark.slow
@pytest.mark.parametrize("later", [
    "Shortly before midnight, officers moved in from the side streets, beating several people with batons as they "
    "cleared the road, according to witnesses.",
    "Witnesses said several teachers were beaten with batons.",
])
def test_a_beating_of_the_cleared_crowd_is_the_intervention(later: str) -> None:
    # coder110: beating people while clearing them is the protest's intervention, no attack of its own
    assert [t.split(" / ")[0] for t in _types(_SIT_IN + later)] == ["Protests"]


@pytest.mark.slow
def test_a_beating_elsewhere_after_a_protest_stays_apart() -> None:
    text = _SIT_IN + "In a separate incident, soldiers beat two traders at a checkpoint in Mombasa on Monday."
    assert "Violence against civilians / Attack" in _types(text)


_GUMSURI = ("MAIDUGURI, Nigeria, April 7, 2026 (wire) - Gunmen stormed the village of Gumsuri near Damboa on Sunday "
            "night and shot dead five men, residents said.\n\n")


@pytest.mark.slow
@pytest.mark.parametrize("later", [
    "They then set fire to the granaries and the school before riding off into the bush.",
    "they also torched a dozen shops in the market.",
])
def test_the_doers_next_deed_told_by_a_pronoun_is_the_attack(later: str) -> None:
    # coder114: "They" are the gunmen of the sentence before; their arson is the raid's, not a crowd's riot
    assert _types(_GUMSURI + later) == ["Violence against civilians / Attack"]


@pytest.mark.slow
def test_a_crowd_named_after_an_attack_stays_apart() -> None:
    later = "On Monday, angry youths set fire to the police post in Damboa to protest against the killings."
    assert len(_types(_GUMSURI + later)) == 2
