"""Frames that make an event word say what someone would do, means to do or must stop, and weapons listed among
things seized or stones thrown with no thrower named (modality.toml, cues.toml). Team-written sentences, each
beside the event the same words must keep."""

from __future__ import annotations

import pytest

from eventwatch.events import EventCoder


@pytest.mark.parametrize("text", [
    # readiness is a prediction: what they would do (`prediction_adjectives`)
    "The reservists stood united and ready to fight the rebels at the bridge.",
    "The militia said its men were prepared to attack the convoy.",
    # a purpose names what someone means to do (`purpose_frames`)
    "Families are being moved out of the valley in order to proceed with the bombing of the rebel villages.",
    "The road was closed so as to attack the camp by surprise.",
    # a habit in the present is background (`habit_words`)
    "The minister says that the rival factions always end up killing each other.",
    # a command reaches its whole object, however deep the parser hangs the event word (`commanded`)
    "Cease the attacks on the freedom of the press in the form of assassinations, threats and dismissals of reporters.",
])
def test_no_event_happened(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert coder.classify(nlp(text)) is None


@pytest.mark.parametrize(("text", "sub"), [
    ("The reservists fought the rebels at the bridge on Sunday.", "Armed clash"),
    ("Families fled the valley after the air force bombed the rebel villages.", "Air/drone strike"),
    # a crowd that gathers in order to protest is protesting: a protest word is no purpose
    ("Hundreds of students gathered outside parliament in order to protest against the fees.", "Peaceful protest"),
    # weapons listed among things seized were seized, however long the list
    ("Six rifles, two pistols and a box of explosives were among the items seized at the checkpoint.",
     "Disrupted weapons use"),
    # stones thrown in the passive, with no thrower named, are a riot
    ("Stones were thrown at the police station and several people were injured.", "Violent demonstration"),
    # railways blocked, in the plural, are a road blockade
    ("Residents of the camp blocked the railways on Saturday, demanding that the border be opened.",
     "Peaceful protest"),
])
def test_the_events_that_stay(coder: EventCoder, nlp, text: str, sub: str) -> None:  # type: ignore[no-untyped-def]
    label = coder.classify(nlp(text))
    assert label is not None and label[1] == sub, label


@pytest.mark.parametrize(("text", "expected"), [
    # an abstract object is no property
    ("Critics say the decree is aimed at destroying the real hopes of the opposition.", None),
    ("The scandal destroyed their trust in the council.", None),
    ("Militiamen destroyed the houses of the village on Monday.", "Looting/property destruction"),
])
def test_what_is_destroyed(coder: EventCoder, nlp, text: str, expected: str | None) -> None:  # type: ignore[no-untyped-def]
    label = coder.classify(nlp(text))
    assert (label[1] if label else None) == expected, label


@pytest.mark.parametrize(("text", "expected"), [
    # a trend adjective before a plural event noun names a kind of event counted over time (`trend_adjectives`)
    ("Broken water pipes lie behind the spiralling protests in the townships, the mayor said.", None),
    ("Farmers' unions blamed the police for the growing attacks on farms.", None),
    ("Residents staged protests over service delivery outside the municipal offices on Monday.", "Peaceful protest"),
])
def test_trends(coder: EventCoder, nlp, text: str, expected: str | None) -> None:  # type: ignore[no-untyped-def]
    label = coder.classify(nlp(text))
    assert (label[1] if label else None) == expected, label
