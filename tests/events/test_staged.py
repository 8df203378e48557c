"""Stories that are no event the codebook codes (`staged.py`, `modality.toml`, coder71, issue 10): a civilian drill
and what is staged in it, people marched off by their captors, a deployment for relief, a span of years as a place's
history.
Team-written variants (other words, countries, tenses, lower case), each beside the event the same words must keep.
Each is read as a story's sentence (`code_sentence`); a short text read alone keeps its reading (the arbiter trains on
those readings), which the last test pins."""

from __future__ import annotations

import pytest

from eventwatch.events import EventCoder


def coded(coder: EventCoder, nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The sub-event types a story's sentence codes."""
    return [m.sub_event_type for sent in nlp(text).sents for m in coder.code_sentence(sent, antecedent=False)]


@pytest.mark.parametrize("text", [
    # a civilian drill, and what is staged in one (a protest word is exempt: "a mock funeral" is a protest)
    "Hundreds of pupils took part in an earthquake drill on Monday.",
    "Factories in Izmir held fire drills on Wednesday.",
    "Rescuers pulled volunteers playing wounded passengers from a derailed carriage.",
    "Firefighters put out a lorry set on fire for the exercise in Kobe.",
    "The emergency services staged simulated explosions at the airport on Sunday.",
    # a span of years tells a place's history (`background_spans`)
    "Sinaloa has been torn for several years by rival factions fighting over smuggling routes.",
    "the region has suffered for more than a decade from gangs that attack farmers.",
    # a deployment for relief after a disaster
    "Soldiers and police were deployed to help evacuate 8,000 residents from villages near the volcano.",
    "the army was sent to rescue families trapped by the floods in sylhet.",
    # people marched off by those who hold them
    "The kidnappers marched the hostages through the forest for two days.",
    "Soldiers marched the prisoners to a camp outside Goma.",
    "the bandits marched them into the bush, a survivor said.",
])
def test_no_event_is_reported(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(coder, nlp, text) == []


@pytest.mark.parametrize(("text", "sub"), [
    ("Police arrested 12 people for burning tyres on the highway.", "Arrests"),
    ("Students marched to parliament to protest the sentencing of their leader.", "Peaceful protest"),
    ("Thousands of teachers marched the streets of Nairobi on Monday.", "Peaceful protest"),
    ("Protesters held a mock funeral for the minister outside parliament.", "Peaceful protest"),
    ("The navy held joint military exercises with Russia in the Sea of Japan.", "Change to group/activity"),
    ("A bomb exploded near a gas station in Quetta, killing three people.", "Remote explosive/landmine/IED"),
    ("Police fired tear gas at students who were protesting the jailing of their leader.", "Protest with intervention"),
    ("Thousands of workers marched in the rain in Durban on Monday.", "Peaceful protest"),
    ("Armed men attacked the village during the storm, killing five.", "Attack"),
    ("Lightning struck the crowd during the rally in Lusaka.", "Peaceful protest"),
    ("A mob set the police station ablaze after floods destroyed their homes.", "Mob violence"),
    ("Rival cartels fought for several hours in Culiacan on Friday.", "Armed clash"),
    ("Workers have been on strike for several years at the plant in Rustenburg.", "Peaceful protest"),
    ("Hundreds of troops were deployed to Kidal on Tuesday to secure the town.", "Change to group/activity"),
    ("Residents have protested outside the mine for many years over pollution.", "Peaceful protest"),
    ("Gunmen killed a judge who had sentenced their leader for murder.", "Attack"),
])
def test_the_events_that_stay(coder: EventCoder, nlp, text: str, sub: str) -> None:  # type: ignore[no-untyped-def]
    assert sub in coded(coder, nlp, text)


@pytest.mark.parametrize(("text", "sub"), [
    ("Hundreds of pupils took part in an earthquake drill on Monday.", "Change to group/activity"),
])
def test_a_short_text_keeps_its_reading(coder: EventCoder, nlp, text: str, sub: str) -> None:  # type: ignore[no-untyped-def]
    """`read_text` (classify, ACLED notes, the arbiter's training examples) reads without the story checks: a rule
    round that changed those readings moved the arbiter's cross-validated refit by noise (coder68)."""
    assert coded(coder, nlp, text) == []
    reading = coder.read_text(nlp(text), note=True)
    assert reading.coding is not None and reading.coding.rule.sub_event_type == sub
