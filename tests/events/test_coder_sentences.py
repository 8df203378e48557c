"""Sentence coding: the hard shapes of the running example, written in our own words, and the prefilter."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from eventwatch.events import EventCoder, EventMention, resolve_actor
from eventwatch.training.data import GOLDEN_FILE

CODER = EventCoder()
GOLDEN_TEXT = resources.files("eventwatch").joinpath(GOLDEN_FILE).read_text()
GOLDEN = [json.loads(line) for line in GOLDEN_TEXT.splitlines() if line]


def code(nlp, text: str) -> list[EventMention]:  # type: ignore[no-untyped-def]
    return [m for s in nlp(text).sents for m in CODER.code_sentence(s)]


def test_youths_burning_pictures_is_a_riot_with_youth_identity(nlp) -> None:  # type: ignore[no-untyped-def]
    [m] = code(nlp, "In Shiraz, Yazd and Kashan the defiant youths burned pictures and banners of the ruler.")
    assert (m.event_type, m.sub_event_type) == ("Riots", "Violent demonstration")
    assert m.actor1 is not None and m.actor1.inter == 5
    assert m.assoc_actor_1 == "Youth ({country})"
    assert m.trigger.text.lower().startswith("burned")


def test_background_drone_raid_names_the_foreign_force(nlp) -> None:  # type: ignore[no-untyped-def]
    [m] = code(nlp, "The commander was killed on 8 May 2019 in a U.S. drone raid near the border.")
    assert m.sub_event_type == "Air/drone strike"
    assert m.fatalities == 1
    assert m.actor1 is not None and "United States" in m.actor1.name
    assert resolve_actor(m.actor1, "Iraq").inter == 8


def test_crackdown_count_is_conservative(nlp) -> None:  # type: ignore[no-untyped-def]
    [m] = code(nlp, "During the unrest, security forces killed over 2,300 protesters in less than a week.")
    assert m.event_type in ("Protests", "Violence against civilians")
    assert m.fatalities == 2300
    assert m.actor1 is not None


def test_no_one_killed_gives_zero_not_a_killing(nlp) -> None:  # type: ignore[no-untyped-def]
    [m] = code(nlp, "A bomb exploded near the police post, but no one was killed.")
    assert m.sub_event_type == "Remote explosive/landmine/IED"
    assert m.fatalities == 0


def test_trigger_span_uses_document_offsets(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The weather was calm. Rebels ambushed an army convoy near the bridge.")
    second = list(doc.sents)[1]
    [m] = CODER.code_sentence(second)
    assert doc.text[m.trigger.start:m.trigger.end] == m.trigger.text
    assert m.event_type == "Battles"


@pytest.mark.parametrize(
    "text",
    [
        "The poster read \"Death to the tyrant, burn the barracks\".",
        "The guard must be disbanded, the speaker said.",
        "The rebels threatened to attack the airport.",
        "Next year is sure to bring many more surprises for the rulers.",
        "The union plans to hold a march next Monday.",
        "If troops enter the town, the militia would fight back.",
        "The army denied that its soldiers had shot any villagers.",
        "No one was killed.",
        "Police did not arrest anyone.",
        "The ministry published its annual budget.",
    ],
)
def test_not_an_event(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert code(nlp, text) == []


def test_prefilter_rejects_sentences_without_cues() -> None:
    assert not CODER.could_hold_event("The ministry published its annual budget on Tuesday.")
    assert CODER.could_hold_event("Soldiers shelled the village.")


@pytest.mark.parametrize("item", GOLDEN, ids=lambda it: it["case"])
def test_prefilter_never_hides_a_coded_event(nlp, item: dict[str, object]) -> None:  # type: ignore[no-untyped-def]
    for sent in nlp(str(item["text"])).sents:
        if CODER.code_sentence(sent):
            assert CODER.could_hold_event(sent.text)


def test_classify_short_note(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Around 60 dock workers gathered at the port gate to demand unpaid wages. Police detained five of them.")
    assert CODER.classify(doc) == ("Protests", "Protest with intervention")
    assert CODER.classify(nlp("The committee met on Tuesday.")) is None
