"""A stated claim is a protest only when a crowd states it (`grievance` in decisions.toml, `coder79`): a crowd word
inside an agency's name, or people a claim is made for or about, is a statement by someone else, not a protest; a
crowd that demands, denounces or complains itself still protests, in news and in capitals. ACLED notes, known to
report an event, keep their reading (`grievance_note`: the same weak rule's reading as before). Team-written
sentences, other words, countries and tenses than the news the round read."""

from __future__ import annotations

import pytest

from eventwatch.events import EventCoder
from eventwatch.events.arbiter import WEAK_RULES


@pytest.mark.parametrize("text", [
    # a crowd word inside the name of the body that makes the appeal
    "The Johannesburg Family Violence Unit has urged the public to help trace a missing teenager.",
    "The Farmers Support Directorate urges motorists to report stray cattle on the highway.",
    # people the claim is made for, or about: they are not who states it
    "THE LABOUR FEDERATION CALLED ON ITS UNIONS TO HELP THE FAMILIES OF THE DISMISSED WORKERS.",
    "The chamber of commerce criticised the new levy on traders and their families.",
    "The bishops' conference condemned the poverty that forces villagers to leave their land.",
])
def test_a_claim_others_make_is_no_protest(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert coder.classify(nlp(text)) is None


@pytest.mark.parametrize("text", [
    "Hundreds of farmers demanded higher prices for their maize in Eldoret on Monday.",
    "Villagers in Kano called on the government to repair the road.",
    "Students complained about fee increases outside the administration block.",
    "RELATIVES OF THE MISSING MEN DEMANDED AN INQUIRY OUTSIDE THE COURT.",
    "Angry residents of Alexandra are denouncing the power cuts.",
])
def test_a_crowd_that_states_its_claim_protests(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert coder.classify(nlp(text)) == ("Protests", "Peaceful protest")


@pytest.mark.parametrize("text", [
    "Transport workers drove two hundred lorries slowly through Valencia, complaining about the price of diesel.",
    "Dozens of dock workers sailed small boats around the port of Mombasa to denounce the new concession.",
])
def test_a_note_keeps_the_weak_reading_of_its_claim(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """A note is known to tell its protest: the crowd the parse does not make the subject still protests, through
    a weak rule as before (the arbiter's input for the note is unchanged)."""
    doc = nlp(text)
    assert coder.classify(doc, known_event=True) == ("Protests", "Peaceful protest")
    coding = coder.read_text(doc, note=True).coding
    assert coding is not None and coding.rule.id in WEAK_RULES
