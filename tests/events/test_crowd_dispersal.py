"""A dispersal needs a crowd of protesters (cues.toml, `dispersal` and `intervene`): armed men or criminals who are
dispersed, or who disperse, are routed or flee, and no protest was controlled. Team-written sentences, each beside
the dispersal of a crowd that must stay Protest with intervention."""

from __future__ import annotations

import pytest

from eventwatch.events import EventCoder


@pytest.mark.parametrize("text", [
    "Police dispersed groups of criminals operating near the border post.",
    "Soldiers dispersed a gang of cattle rustlers in the hills on Tuesday.",
    "The gunmen dispersed into the bush after the raid.",
    "Troops dispersed the armed men who had set up a roadblock outside the town.",
])
def test_armed_men_or_criminals_dispersed_are_no_protest(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    label = coder.classify(nlp(text))
    assert label is None or label[0] != "Protests", label


@pytest.mark.parametrize("text", [
    "Riot police dispersed the crowd with water cannon.",
    "Police dispersed groups of protesters gathered outside the court.",
    "Officers fired tear gas, dispersing the students outside the ministry.",
])
def test_a_crowd_dispersed_is_an_intervention(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    label = coder.classify(nlp(text))
    assert label == ("Protests", "Protest with intervention"), label
