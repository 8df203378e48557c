"""Trial14's non-events (coder95, issue 10): a stated claim under a plan that was dropped, a paper that announces an
event, and a statement of how rarely such events are told (`cues.CueReader._planned`, `staged.paper_notice`,
`rarity_words` of `modality.toml`). Team-written variants (other words, countries, tenses, lower case), each beside
the event the same words must keep. Read as a story's sentences (`code_sentence`); a short text read alone keeps its
reading (the arbiter trains on those readings), which the last test pins."""

from __future__ import annotations

import pytest

from eventwatch.events import EventCoder


def coded(coder: EventCoder, nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The sub-event types a story's sentences code."""
    return [m.sub_event_type for sent in nlp(text).sents for m in coder.code_sentence(sent, antecedent=False)]


@pytest.mark.parametrize("text", [
    # a claim under a plan that was dropped or is still to come
    "Market vendors who had planned to gather at city hall on Friday to complain about new stall fees dropped "
    "the idea after the mayor received them.",
    "bus drivers in kisumu intend to meet outside the county offices next week to denounce the new levy.",
    "Farmers who had hoped to assemble in Lilongwe to demand fertiliser subsidies were told to wait.",
    # a paper that announces an event
    "Residents said several families in her street had received demolition notices this spring.",
    "The council served demolition orders on thirty shops in the old city of Multan.",
    # how rarely such events are told
    "Self-immolations are rarely reported in Turkmenistan, where the media are under tight state control.",
    "bombings seldom happen in the capital, where checkpoints ring the centre.",
    "Street protests remain rare in Eritrea, a one-party state.",
    "public gatherings are rare in the sultanate and need a police permit.",
])
def test_no_event_is_reported(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(coder, nlp, text) == []


@pytest.mark.parametrize(("text", "sub"), [
    ("Hundreds of market vendors gathered at city hall on Friday to complain about new stall fees.",
     "Peaceful protest"),
    ("Residents of Kibera denounced the demolition of their homes outside the district office on Monday.",
     "Peaceful protest"),
    ("Bulldozers escorted by police demolished thirty shops in the old city of Multan, and the traders' goods "
     "were set on fire.", "Looting/property destruction"),
    ("Hundreds of students staged a rare protest outside the palace in Bandar Seri Begawan on Saturday.",
     "Peaceful protest"),
    ("Protests are rare in Eritrea, but on Sunday hundreds of conscripts marched through Asmara.", "Peaceful protest"),
    ("Gunmen who rarely venture into the town attacked a market in Tillaberi on Sunday, killing six people.",
     "Attack"),
])
def test_the_events_that_stay(coder: EventCoder, nlp, text: str, sub: str) -> None:  # type: ignore[no-untyped-def]
    assert sub in coded(coder, nlp, text)


@pytest.mark.parametrize(("text", "sub"), [
    ("Residents said several families in her street had received demolition notices this spring.",
     "Looting/property destruction"),
])
def test_a_short_text_keeps_its_reading(coder: EventCoder, nlp, text: str, sub: str) -> None:  # type: ignore[no-untyped-def]
    """`read_text` (classify, ACLED notes, the arbiter's training examples) reads without the story checks."""
    assert coded(coder, nlp, text) == []
    reading = coder.read_text(nlp(text), note=True)
    assert reading.coding is not None and reading.coding.rule.sub_event_type == sub
