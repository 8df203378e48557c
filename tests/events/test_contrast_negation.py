"""The denied side of a contrast (`modality.contrast_negated`, coder91, issue 10): an event noun whose phrase opens
right after ", not" tells what did not happen ("went to the ballot box, not to the barricades"). Team-written
variants (other words, countries, tenses), each beside the event the same words must keep; read as a story's sentence
(`code_sentence`), while a short text read alone keeps its reading (the arbiter trains on those readings)."""

from __future__ import annotations

import pytest
from test_staged import coded  # a story's sentence coded as `staged.py`'s tests code it

from eventwatch.events import EventCoder


@pytest.mark.parametrize("text", [
    "For thirty years the quarrels of Czech politics went to the courts, not to the barricades.",
    "In Norway such quarrels are settled in parliament, not in riots.",
    "The farmers of Gers took their anger to the prefecture, not to the barricades.",
])
def test_the_denied_side_is_no_event(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(coder, nlp, text) == []


@pytest.mark.parametrize(("text", "sub"), [
    # the affirmed side stays, and a "not" with no comma before it is left to the other checks
    ("Hundreds of youths threw stones at police in Lyon on Friday, not far from the town hall.",
     "Violent demonstration"),
    ("Youths built barricades and burned tyres in Dakar on Monday.", "Violent demonstration"),
    ("Protesters marched to the parliament in Tbilisi, not to the presidential palace.", "Peaceful protest"),
])
def test_the_affirmed_side_stays(coder: EventCoder, nlp, text: str, sub: str) -> None:  # type: ignore[no-untyped-def]
    assert sub in coded(coder, nlp, text)


def test_a_short_text_keeps_its_reading(coder: EventCoder, nlp) -> None:  # type: ignore[no-untyped-def]
    reading = coder.read_text(nlp("Disputes went to the ballot box, not to the barricades."), note=True)
    assert reading.coding is not None
