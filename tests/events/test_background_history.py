"""A present-perfect statement of the violence a place has seen before tells the place's history, not an event of
the report (`perfect_background` in modality.toml; ACLED codes occurrences). Team-written sentences, each beside
the event the same words must keep."""

from __future__ import annotations

import pytest

from eventwatch.events import EventCoder


@pytest.mark.parametrize("text", [
    "The market, a busy trading hub, has been hit by grenade attacks before.",
    "The camp has been attacked twice before.",
    "Militants have attacked the bus station several times in the past.",
    "Security forces have previously raided the camp.",
    "The checkpoint has come under fire more than once.",
    "Rebels have attacked the town on several occasions.",
])
def test_the_place_history_is_no_event(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert coder.classify(nlp(text)) is None


@pytest.mark.parametrize(("text", "sub"), [
    # "before" with its own object dates the event
    ("Militants have killed two soldiers in an ambush before dawn on Monday.", "Armed clash"),
    # the simple past reports one event, whatever "before" says
    ("The market was hit by a grenade attack before noon.", "Grenade"),
    # a history word inside a clause that describes the victim says nothing of the killing
    ("Gunmen have killed a man who was arrested before.", "Attack"),
    ("Gunmen have shot dead a trader who had been threatened in the past, police said.", "Attack"),
])
def test_the_events_that_stay(coder: EventCoder, nlp, text: str, sub: str) -> None:  # type: ignore[no-untyped-def]
    label = coder.classify(nlp(text))
    assert label is not None and label[1] == sub, label
