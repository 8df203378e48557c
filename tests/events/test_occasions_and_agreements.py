"""Words that look like an event and are not, by what they are built with (the trial set's class 3): people gathered
for an occasion of their own (a wedding, prayers, a match) are no demonstration; parties that "agreed on the need" of a
deal agreed to nothing yet. Team-written sentences."""

from __future__ import annotations

import pytest

from eventwatch.events import EventCoder


def _groups(coder: EventCoder, nlp, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {h.group for s in nlp(text).sents for h in coder.cue_hits(s)}


@pytest.mark.parametrize("text", [
    "The shell hit a group of villagers gathered for a wedding near the well.",
    "Dozens of men had gathered for Friday prayers when the roof collapsed.",
    "Fans gathered at the match were stuck in traffic for hours.",
])
def test_a_gathering_for_an_occasion_is_no_protest(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "protest" not in _groups(coder, nlp, text)


def test_a_gathering_for_a_cause_is_still_a_protest(coder: EventCoder, nlp) -> None:  # type: ignore[no-untyped-def]
    assert coder.classify(nlp("Hundreds of farmers gathered outside the ministry to demand higher prices.")) == (
        "Protests", "Peaceful protest")


@pytest.mark.parametrize("text", [
    'The delegates "agreed on the need to agree" but were divided over whom to invite.',
    "Both sides agreed on the importance of dialogue, the mediator said.",
])
def test_agreeing_on_the_need_for_a_deal_is_no_agreement(coder: EventCoder, nlp, text: str  # type: ignore[no-untyped-def]
                                                          ) -> None:
    assert coder.classify(nlp(text)) is None


def test_an_agreement_to_resume_talks_is_one(coder: EventCoder, nlp) -> None:  # type: ignore[no-untyped-def]
    assert coder.classify(nlp("The government and the rebels agreed to resume peace talks next month.")) == (
        "Strategic developments", "Agreement")
