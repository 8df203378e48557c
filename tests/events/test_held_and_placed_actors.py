"""Who an arrest holds and whose property is looted or destroyed (`participants._held_party`), an unnamed militia
named by the country it acts in (`actors.placed_actor`, `actor_countries.csv`) and named armed groups of the
dictionary (`actors.csv`): team-written sentences for each mechanism."""

from __future__ import annotations

import pytest

from eventwatch.events import ActorMention, EventCoder, resolve_actor
from eventwatch.events.actors import find_actors, mention


def _actors(nlp, coder: EventCoder, text: str):  # type: ignore[no-untyped-def]
    sent = next(iter(nlp(text).sents))
    [m] = [m for m in coder.code_sentence(sent, antecedent=False)]
    return m


def test_property_destroyed_with_no_owner_named_is_civilians(nlp, coder: EventCoder) -> None:  # type: ignore[no-untyped-def]
    m = _actors(nlp, coder, "Soldiers burnt down four houses in the village of Kanda on Tuesday.")
    assert m.sub_event_type == "Looting/property destruction"
    assert m.actor2 is not None and (m.actor2.name, m.actor2.inter) == ("Civilians ({country})", 7)


def test_people_robbed_named_as_a_crowd_are_civilians_not_rioters(nlp, coder: EventCoder) -> None:  # type: ignore[no-untyped-def]
    m = _actors(nlp, coder, "Gunmen looted cattle and grain from residents of Kanda village on Monday.")
    assert m.sub_event_type == "Looting/property destruction"
    assert m.actor2 is not None and m.actor2.inter == 7


def test_the_doers_partner_is_not_who_is_arrested(nlp, coder: EventCoder) -> None:  # type: ignore[no-untyped-def]
    """Police named beside the soldiers who arrest are the soldiers' partner: those held are civilians."""
    m = _actors(nlp, coder, "Soldiers and police arrested six farmers in Kanda on Friday.")
    assert m.sub_event_type == "Arrests"
    assert m.actor2 is not None and m.actor2.inter == 7


def test_an_armed_group_whose_camp_is_destroyed_stays_actor_2(nlp, coder: EventCoder) -> None:  # type: ignore[no-untyped-def]
    m = _actors(nlp, coder, "Troops destroyed two camps belonging to the PKK near the border on Sunday.")
    assert m.sub_event_type == "Looting/property destruction"
    assert m.actor2 is not None and m.actor2.name.startswith("PKK")


@pytest.mark.parametrize(("country", "name", "inter"), [
    ("Nigeria", "Unidentified Communal Militia (Nigeria)", 4),
    ("NG", "Unidentified Communal Militia (Nigeria)", 4),
    ("Mali", "Unidentified Armed Group (Mali)", 3),
])
def test_an_unnamed_militia_is_a_communal_militia_where_acled_codes_it_so(country: str, name: str, inter: int) -> None:
    text = "Militiamen stormed a farming village overnight."
    [found] = [f for f in find_actors(text) if f.inter == 3]
    actor = resolve_actor(mention(found, text), country)
    assert (actor.name, actor.inter) == (name, inter)


def test_gunmen_are_no_militia_anywhere() -> None:
    text = "Gunmen stormed a farming village overnight."
    [found] = find_actors(text)
    assert resolve_actor(mention(found, text), "Nigeria").inter == 3
    assert resolve_actor(ActorMention(found.name, found.inter, None), "Nigeria").inter == 3


_IMBONERAKURE = "CNDD-FDD-Imbonerakure: National Council for the Defence of Democracy (Imbonerakure Faction)"


@pytest.mark.parametrize(("text", "name", "inter"), [
    ("Fighters of the 3R burnt a health post near the border.", "3R: Return, Reclamation, Rehabilitation", 2),
    ("Rival clan militias fought over a well on Sunday.", "Communal Militia ({country})", 4),
    ("Members of the Imbonerakure beat a trader at a roadblock.", _IMBONERAKURE, 3),
])
def test_named_groups_and_plural_clan_militias(text: str, name: str, inter: int) -> None:
    assert [(f.name, f.inter) for f in find_actors(text) if f.inter != 7][:1] == [(name, inter)]


def test_a_name_only_row_names_the_actor_and_feeds_no_cue_group(nlp, coder: EventCoder) -> None:  # type: ignore[no-untyped-def]
    # a party's youth wing (`name_only_actors`): the event's actor and inter code, but the cue groups (what the rules
    # and the arbiter's features read) are the sentence's without the row, as they were before it
    text = "Imbonerakure militiamen beat a trader at a roadblock near the market."
    assert [f.name for f in find_actors(text)][:1] == [_IMBONERAKURE]
    # the militiamen the cue groups read are the dictionary's generic row, as before the name was added
    assert [f.name for f in find_actors(text, cues=True)] == ["Unidentified Armed Group ({country})"]
    sent = next(iter(nlp("Members of the Imbonerakure beat a trader at a roadblock near the market.").sents))
    groups = coder.actor_groups(sent)
    assert not groups & {"agent_armed", "agent_non_state", "victim_armed"}, groups
    [m] = coder.code_sentence(sent, antecedent=False)
    assert m.actor1 is not None and (m.actor1.name, m.actor1.inter) == (_IMBONERAKURE, 3)


def test_a_counter_protest_told_beside_a_protest_is_its_second_side(nlp, coder: EventCoder) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("On 3 May 2022, about 300 people marched in Linz against the new toll. Some 40 people held a "
              "counter-protest across the square.")
    m = coder.code_note(doc)
    assert m is not None and m.sub_event_type == "Peaceful protest"
    assert m.actor2 is not None and (m.actor2.name, m.actor2.inter) == ("Protesters ({country})", 6)


def test_a_lone_counter_demonstrator_is_no_second_side(nlp, coder: EventCoder) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("On 3 May 2022, about 300 people marched in Linz against the new toll. A lone counter-demonstrator "
              "stood across the square.")
    m = coder.code_note(doc)
    assert m is not None and m.sub_event_type == "Peaceful protest" and m.actor2 is None


def test_two_crowds_fighting_each_other_are_rioters_on_both_sides(nlp, coder: EventCoder) -> None:  # type: ignore[no-untyped-def]
    m = _actors(nlp, coder, "Five people were hurt when supporters of two rival councillors clashed with each other "
                            "outside the polling station with sticks and stones.")
    assert m.sub_event_type == "Mob violence"
    assert m.actor2 is not None and (m.actor2.name, m.actor2.inter) == ("Rioters ({country})", 5)


def test_a_mob_attacking_a_man_has_a_civilian_victim(nlp, coder: EventCoder) -> None:  # type: ignore[no-untyped-def]
    m = _actors(nlp, coder, "A mob beat a man to death in the market of Kanda on Sunday, accusing him of theft.")
    assert m.sub_event_type == "Mob violence"
    assert m.actor2 is not None and m.actor2.inter == 7


def test_an_explosions_civilian_victims_are_its_second_actor(nlp, coder: EventCoder) -> None:  # type: ignore[no-untyped-def]
    m = _actors(nlp, coder, "A roadside bomb went off near the market of Kanda, injuring three shepherds.")
    assert m.event_type == "Explosions/Remote violence"
    assert m.actor2 is not None and (m.actor2.name, m.actor2.inter) == ("Civilians ({country})", 7)


def test_an_explosions_soldier_victims_stay_the_forces(nlp, coder: EventCoder) -> None:  # type: ignore[no-untyped-def]
    m = _actors(nlp, coder, "Two soldiers were wounded when a mine exploded near Kanda.")
    assert m.event_type == "Explosions/Remote violence"
    assert m.actor2 is not None and m.actor2.inter == 1
