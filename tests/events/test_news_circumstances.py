"""Circumstances that news tells beside an event (the round on CASE and GLOCON's tuning parts): a count over a few
days, or beside a place named by the fiercest fighting it saw, is no running total (`running_totals.toml`,
`totals._compared`); a second participle coordinated with a denied one is denied too (`modality._same_participle`);
prisoners swapped with their count are an agreement; armed men who "abused" women and girls is sexual violence;
hedged wire phrasing between an aircraft and its verb keeps the strike. Team-written sentences."""

from __future__ import annotations

import pytest

from eventwatch.events import EventCoder


@pytest.mark.parametrize("text", [
    # the second participle of a denied attack is denied with the first
    "The group's spokesman denied it was responsible for the ambush, killing 11 people and wounding dozens.",
])
def test_no_event_is_reported(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert coder.classify(nlp(text)) is None


@pytest.mark.parametrize(("text", "sub"), [
    ("Police said they had arrested 45 people in raids across the province over the past two days.", "Arrests"),
    ("The two sides swapped 40 prisoners at a checkpoint outside Marib on Sunday.", "Agreement"),
    ("Soldiers abused women and girls at a camp for displaced people.", "Sexual violence"),
    ("Jets reportedly bombed the rebel-held town before dawn.", "Air/drone strike"),
    ("Warplanes allegedly struck a fuel depot on the outskirts of the city.", "Air/drone strike"),
    # the first of two participles governs nothing of the second: "arrested" is no topic of "beaten"
    ("A shopkeeper was arrested and beaten by soldiers in the market on Friday.", "Attack"),
    ("A trader was called names and assaulted by a gang of youths in the market.", "Attack"),
])
def test_the_event_is_kept(coder: EventCoder, nlp, text: str, sub: str) -> None:  # type: ignore[no-untyped-def]
    label = coder.classify(nlp(text))
    assert label is not None and label[1] == sub, label


def test_a_place_named_by_its_fiercest_fighting_sums_nothing(coder: EventCoder, nlp) -> None:  # type: ignore[no-untyped-def]
    # "in recent weeks" ranks the fighting that names the place; it is no running total of the exchange
    text = "Rebels and troops exchanged 30 prisoners near Hama, the scene of the heaviest fighting in recent weeks."
    assert coder.classify(nlp(text)) is not None


@pytest.mark.parametrize("text", [
    "At least 300 civilians were killed in air raids in the valley over the past three months.",
    "The governor was accused of abusing his office.",
])
def test_what_stays_no_event(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert coder.classify(nlp(text)) is None
