"""Who did it, on news the rules were not written for (coder73, issue 10; trial4's and trial3's fix halves): the type
and actors of events that exist. Team-written sentences, other words, countries and tenses than the trial sets';
each failed on main 92d1cdf unless marked a guard.

- *Men armed with firearms are an armed group*, not a crowd: "a group of hooded men armed with rifles set fire to
  nine logging trucks" (trial4, Ercilla) was a Violent demonstration by rioters; ACLED's precedence makes an organised
  armed group's arson Looting/property destruction (`arson_by_group`). Read from the words, whatever the parse makes
  of the sentence (its parser hung the men from "said"). Men armed with knives or stones stay a crowd.
- *The armed doer of coordinated verbs is the whole sentence's*: "RSF fighters looted the main market … and set fire to
  several shops" (trial3, Dinder) gave a Looting and, from the second clause read alone, a Violent demonstration.
- *Who a spokesman speaks for tells the event*: "…, a spokesman for the Kabul police command said" (trial4, Kabul)
  made the police the bomb's actor 1.
- *An actor named only as where a device went off is neither its doer nor a side*: "blew up outside the police
  station" (trial2, Jamundí) and "exploded beside the convoy of a senior commander of the Security Belt forces" (trial4,
  Aden) made the police and the Security Belt actor 1 of the bomb; the doer is unidentified, and ACLED's notes give
  such a site no actor 2 ("two explosions occurred on a roadside platform near the police station": actor 2 empty; the
  first form made it actor 2 and three ACLED tuning notes lost their inter 2).
"""

from __future__ import annotations

import pytest

from eventwatch.events import EventCoder


def _coded(coder: EventCoder, nlp, text: str) -> list[tuple[str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    return [(m.sub_event_type, m.actor1.name if m.actor1 else None, m.actor2.name if m.actor2 else None)
            for s in nlp(text).sents for m in coder.code_sentence(s, antecedent=False)]


@pytest.mark.parametrize("text", [
    "Three men armed with AK-47s set fire to a primary school in the village overnight, residents said.",
    "Two individuals armed with pistols burned down the office of the electoral commission.",
    "Hooded men armed with hunting rifles have torched six tractors on the estate, the owner said.",
    "Masked men armed with guns set ablaze four lorries at a sugar mill near the border.",
])
def test_men_armed_with_firearms_burn_property_as_a_group(coder: EventCoder, nlp, text: str  # type: ignore[no-untyped-def]
                                                          ) -> None:
    coded = _coded(coder, nlp, text)
    assert [c[0] for c in coded] == ["Looting/property destruction"]
    assert coded[0][1] == "Unidentified Armed Group ({country})"


@pytest.mark.parametrize("text", [
    # guards: a crowd armed with stones or blades is still a crowd (pass on main too)
    "A group of youths armed with stones and machetes set fire to a bus after the accident.",
    "Angry villagers set fire to the police post after a man died in custody.",
])
def test_a_crowd_armed_with_stones_still_riots(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Looting/property destruction" not in [c[0] for c in _coded(coder, nlp, text)]


@pytest.mark.parametrize("text", [
    "Before pulling out on Friday night, the fighters looted the central market and the district clinic, taking "
    "drugs, fuel and motorbikes, and set fire to several stalls, residents and a local church said.",
    "Before retreating on Saturday, Twirwaneho fighters looted the health centre and the school, carrying away "
    "medicines, mattresses and roofing sheets, and set fire to several houses, villagers and a local NGO said.",
    "Mercenaries have looted the gold traders' shops, seizing scales and cash, and have set fire to the market, "
    "residents told a radio station.",
    # a guard: a doer the actor list knows was already the sentence's (passes on main too)
    "Fighters of the armed group emptied the grain stores, drove off the cattle and torched a dozen huts, a local "
    "chief said.",
])
def test_an_armed_doer_named_once_does_every_verb(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    types = [c[0] for c in _coded(coder, nlp, text)]
    assert "Looting/property destruction" in types
    assert "Violent demonstration" not in types and "Mob violence" not in types


@pytest.mark.parametrize("text", [
    "A bomb hidden in a cart exploded at a bus stop in Quetta on Monday, killing three people, a spokesman for the "
    "provincial police said.",
    "A roadside blast killed two civilians near Gao, a spokeswoman for the army told reporters.",
    "An explosive device went off in a crowded market on Friday, wounding 11 people, officials for the gendarmerie "
    "said.",
])
def test_who_a_spokesman_speaks_for_is_no_actor(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(coder, nlp, text)
    assert [c[0] for c in coded] == ["Remote explosive/landmine/IED"]
    assert coded[0][1] == "Unidentified Armed Group ({country})"


def test_a_spokesman_for_the_army_may_tell_what_soldiers_did(coder: EventCoder, nlp) -> None:  # type: ignore[no-untyped-def]
    # a guard: the soldiers act, the army's spokesman tells it (passes on main too)
    text = "A spokesman for the army said soldiers killed five militants in an ambush near the border."
    coded = _coded(coder, nlp, text)
    assert coded == [("Armed clash", "Military Forces of {country}", "Unidentified Armed Group ({country})")]


@pytest.mark.parametrize(("text", "actor2"), [
    ("A grenade exploded outside a police post in Bujumbura on Tuesday, wounding four officers.", None),
    ("A car packed with explosives blew up behind an army barracks in the capital last night.", None),
    ("Two explosions occurred on a roadside platform near the police station in the township on Tuesday.", None),
    # the soldiers killed are a side of it; the convoy or vehicle they were in is where it went off
    ("A roadside bomb went off near an army convoy on the Mogadishu-Afgooye road, killing two soldiers.", "soldiers"),
    ("An improvised explosive device detonated beside a military vehicle in Kidal, killing three soldiers.",
     "soldiers"),
])
def test_a_force_named_where_a_device_went_off_is_no_actor(coder: EventCoder, nlp, text: str,  # type: ignore[no-untyped-def]
                                                           actor2: str | None) -> None:
    mentions = [m for s in nlp(text).sents for m in coder.code_sentence(s, antecedent=False)]
    assert len(mentions) == 1 and mentions[0].sub_event_type in ("Grenade", "Remote explosive/landmine/IED")
    assert mentions[0].actor1 is not None and mentions[0].actor1.name == "Unidentified Armed Group ({country})"
    found = mentions[0].actor2
    assert (found.span.text if found is not None and found.span is not None else None) == actor2


@pytest.mark.parametrize(("text", "doer"), [
    # guards: a doer who fires near a place is still the doer (pass on main too)
    ("Government forces shelled rebel positions near the town on Saturday.", "Military Forces of {country}"),
    ("Rebels fired mortars near the army base, killing a soldier.", "Rebel Group ({country})"),
])
def test_a_doer_who_fires_near_a_place_stays_actor_1(coder: EventCoder, nlp, text: str, doer: str  # type: ignore[no-untyped-def]
                                                     ) -> None:
    assert _coded(coder, nlp, text)[0][1] == doer
