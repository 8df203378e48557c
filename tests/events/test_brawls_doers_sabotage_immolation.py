"""Wrong types and non-events on the trial sets' fix halves (coder111, issue 10), each a general shape told on
sentences of our own: a fight between rival sides told by its crude weapons is Mob violence, not an Armed clash
(`mob`'s story pattern); people a report calls unknown who burn or smash property are an unidentified armed group, so
the damage is Looting/property destruction, not a riot (`armed_group` and `destroy` story patterns); a village
headman is a civilian; a self-immolation told by its fire and its death is a protest (`events/immolation.py`), whose
protester's later death is the protest's (`other_type`); a weapon's live demonstration is no protest, nor vigilantes
in a search a mob (`events/displays.py`). Each beside words that must keep their reading."""

from __future__ import annotations

import pytest

import eventwatch
from eventwatch.events import EventCoder


def coded(coder: EventCoder, nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The sub-event types a story's sentences code."""
    return [m.sub_event_type for sent in nlp(text).sents for m in coder.code_sentence(sent, antecedent=False)]


@pytest.mark.parametrize("text", [
    "Members of two rival youth clubs fought with clubs and bricks outside the stadium in Blantyre.",
    "Two people were hurt when rival groups of traders clashed with sticks and stones at the bus park in Kano, "
    "police said.",
    "supporters of the two candidates fought each other with iron bars and bottles near the polling station.",
])
def test_a_fight_of_rival_sides_with_crude_weapons_is_mob_violence(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    subs = coded(coder, nlp, text)
    assert subs[:1] == ["Mob violence"]
    assert "Armed clash" not in subs


@pytest.mark.parametrize("text", [
    "Rival militias fought with rifles and machetes for control of the market in Bunia.",
    "Soldiers and rebels fought with heavy weapons outside the town on Friday.",
])
def test_a_fight_with_firearms_or_armed_sides_stays_a_battle(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Armed clash" in coded(coder, nlp, text)


def test_people_attacked_with_stones_and_bars_is_mob_violence(coder: EventCoder, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A group of about thirty youths attacked supporters of the visiting side with stones and iron bars."
    assert coded(coder, nlp, text)[:1] == ["Mob violence"]


@pytest.mark.parametrize("text", [
    "Unknown people set fire to the union's regional office in Kitwe overnight, destroying its files.",
    "Unknown men smashed the windows of the mayor's car outside the town hall in Tetovo on Friday.",
    "unidentified persons torched two lorries belonging to the logging company near Temuco on Tuesday night.",
])
def test_property_damaged_by_unknown_doers_is_property_destruction(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    subs = coded(coder, nlp, text)
    assert subs[:1] == ["Looting/property destruction"]
    assert not {"Violent demonstration", "Mob violence"} & set(subs)


@pytest.mark.parametrize(("text", "sub"), [
    # a crowd's or a protest's fire and smashing stay theirs
    ("Protesters set the customs office on fire in Kasserine on Tuesday.", "Violent demonstration"),
    ("Angry youths smashed the windows of the police station after the funeral.", "Violent demonstration"),
])
def test_a_crowds_damage_keeps_its_reading(coder: EventCoder, nlp, text: str, sub: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(coder, nlp, text)[:1] == [sub]


def test_unidentified_victims_name_no_armed_group(coder: EventCoder, nlp) -> None:  # type: ignore[no-untyped-def]
    sent = next(iter(nlp("Police found the bodies of two unidentified men beside the road to Kismayo.").sents))
    assert "armed_group" not in {h.group for h in coder.cue_hits(sent)}


def test_a_village_headman_shot_is_an_attack_on_a_civilian(coder: EventCoder, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Two gunmen shot dead a village headman at his farm near Yala on Thursday, police said."
    assert coded(coder, nlp, text)[:1] == ["Attack"]


@pytest.mark.parametrize("text", [
    "A baker who set himself on fire outside the tax office in Sfax on Monday died of his burns on Wednesday.",
    "The man poured petrol over his clothes and set it alight in front of the governor's office on Monday.",
    "a nurse doused herself in kerosene outside the ministry and set herself alight on Friday.",
])
def test_a_self_immolation_told_by_its_fire_and_death_is_a_protest(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    subs = coded(coder, nlp, text)
    assert subs[:1] == ["Peaceful protest"]
    assert not {"Attack", "Mob violence", "Violent demonstration", "Looting/property destruction"} & set(subs)


def test_the_protesters_death_told_later_is_the_protests() -> None:
    story = ("SFAX, 4 March 2026 - A baker set himself on fire outside the tax office in Sfax on Monday over the "
             "new market fees, witnesses said.\n\nHe was taken to the regional hospital, where he died on "
             "Tuesday afternoon.")
    events = eventwatch.extract(story)
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Peaceful protest", 1)]


@pytest.mark.parametrize("text", [
    "A live-fire demonstration of the new howitzer was staged for visiting officers on Thursday.",
    "The flight demonstration of the company's new drones drew delegations from twenty countries.",
])
def test_a_weapons_display_is_no_protest(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(coder, nlp, text) == []


def test_a_demonstration_against_a_policy_stays_a_protest(coder: EventCoder, nlp) -> None:  # type: ignore[no-untyped-def]
    assert coded(coder, nlp, "Thousands joined a demonstration against the new tax in Accra.") == ["Peaceful protest"]


def test_vigilantes_in_a_search_are_no_mob(coder: EventCoder, nlp) -> None:  # type: ignore[no-untyped-def]
    assert coded(coder, nlp, "Soldiers and vigilantes combed the hills above the village for the kidnappers.") == []


def test_vigilantes_who_beat_a_suspect_are_a_mob(coder: EventCoder, nlp) -> None:  # type: ignore[no-untyped-def]
    assert coded(coder, nlp, "Vigilantes beat a suspected thief to death in the market.") == ["Mob violence"]
