"""Fight, regain, murder, kidnap and launcher words that name no violent event (cues.toml): a figure of speech, an
abstract object, a charge or a gang, a weapon counted in an inventory. Team-written sentences, each beside the
event the same word must keep."""

from __future__ import annotations

import pytest

from eventwatch.events import EventCoder


@pytest.mark.parametrize("text", [
    "Small towns are battling to remain solvent as rates go unpaid.",
    "Aid groups asked for corridors so that the wounded could leave the battle zones.",
    "To regain calm is not the task of the armed forces alone, the bishop said.",
    "The judge released the members of the kidnapping ring on Friday.",
    "He appeared in court on murder charges on Tuesday.",
    "The arms found in the warehouse included 40 rifles and 12 grenade launchers.",
])
def test_no_violence_named(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    label = coder.classify(nlp(text))  # weapons found may be Disrupted weapons use; no attack, battle or explosion
    assert label is None or label[0] == "Strategic developments", label


@pytest.mark.parametrize(("text", "sub"), [
    ("Soldiers battled to repel the insurgents near the border post on Sunday.", "Armed clash"),
    ("Government troops regained control of the town on Sunday.", "Government regains territory"),
    ("Armed men kidnapped two traders on the road to the market.", "Abduction/forced disappearance"),
    ("Rebels fired grenade launchers at the barracks overnight.", "Shelling/artillery/missile attack"),
    # a number inside a weapon's model name is no count
    ("Fighters attacked the district office with M79 grenade launchers overnight.",
     "Shelling/artillery/missile attack"),
])
def test_the_events_that_stay(coder: EventCoder, nlp, text: str, sub: str) -> None:  # type: ignore[no-untyped-def]
    label = coder.classify(nlp(text))
    assert label is not None and label[1] == sub, label
