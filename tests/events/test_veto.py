"""A political killing the arbiter may not remove in an article (`events/veto.py`): one called an assassination, or
one whose victim holds a public role. Team-written sentences."""

from __future__ import annotations

import pytest

from eventwatch.events.parsed import tokens
from eventwatch.events.veto import political_killing


def _killing(nlp, text: str) -> bool:  # type: ignore[no-untyped-def]
    return any(political_killing(t) for t in tokens(nlp(text)[:]))


@pytest.mark.parametrize("text", [
    "The deputy minister of agriculture was assassinated on Friday.",
    "Unknown men shot dead a local judge outside his home.",
    "A radio journalist was murdered near the port on Tuesday.",
    "Gunmen killed Attorney General Ramon Ortiz as he left his office.",
    "The killing of the union leader shocked the town.",
    "They condemned the assassination of a businessman in the capital.",
    "Ortiz, the mayor of the river town, was killed by a bomb under his car.",
    "Flags flew at half mast for the slain minister.",
    "The editor murdered last year was buried in his home town.",
])
def test_political_killings(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _killing(nlp, text)


@pytest.mark.parametrize("text", [
    "A shopkeeper was shot dead during a robbery.",
    "Two men were killed in a quarrel between neighbours.",
    "Five soldiers were killed when their patrol was ambushed.",
    "The judge sentenced the man to ten years for the killing.",
    "The minister visited the flooded villages on Monday.",
])
def test_not_political_killings(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not _killing(nlp, text)


def test_the_arbiter_may_not_remove_a_political_killing(nlp) -> None:  # type: ignore[no-untyped-def]
    from eventwatch.events.arbiter import NO_EVENT, Verdict
    from eventwatch.events.arbitrate import apply_verdict
    from eventwatch.events.coder import EventCoder

    coder = EventCoder()
    sent = nlp("The deputy minister of agriculture was assassinated on Friday.")[:]
    [mention] = coder.code_sentence(sent)
    veto = Verdict(NO_EVENT, 0.95, "arbiter", mention.sub_event_type, 0.04)
    [kept] = apply_verdict(coder, sent, [mention], veto)
    assert (kept.sub_event_type, kept.decided_by) == ("Attack", "rules over the arbiter")
    crime = nlp("A shopkeeper was shot dead during a robbery.")[:]
    mentions = coder.code_sentence(crime)
    assert mentions, "the rules read the killing"
    assert apply_verdict(coder, crime, mentions, Verdict(NO_EVENT, 0.95, "arbiter", mentions[0].sub_event_type,
                                                         0.04)) == []


@pytest.mark.parametrize("text", [
    "The party's founder was murdered by two paid assassins in 1987.",
    "An assassin shot the shopkeeper outside the bank.",
])
def test_killings_by_assassins(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _killing(nlp, text)
