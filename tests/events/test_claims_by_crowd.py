"""A stated claim is a protest in news only when a crowd states it (`claimants.claim_by_others`, `coder79`): a
crowd word inside an agency's name, or people a claim is made for or about, is a statement by someone else, not a
protest; a crowd that demands, denounces or complains itself still protests, named as the subject or through "of",
in news and in capitals. A short text's reading (`classify`, the arbiter's training) is left as it was. Team-written
sentences, other words, countries and tenses than the news the round read."""

from __future__ import annotations

import pytest

from eventwatch.events import EventCoder


def _coded(coder: EventCoder, nlp, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(m.event_type, m.sub_event_type) for s in nlp(text).sents for m in coder.code_sentence(s)]


@pytest.mark.parametrize("text", [
    # a crowd word inside the name of the body that makes the appeal
    "The Johannesburg Family Violence Unit has urged the public to help trace a missing teenager.",
    # people the claim is made for, or about: they are not who states it
    "THE LABOUR FEDERATION CALLED ON ITS UNIONS TO HELP THE FAMILIES OF THE DISMISSED WORKERS.",
    "The chamber of commerce criticised the new levy on traders and their families.",
    "The teachers' federation called on the minister to give support to the families of retired miners.",
    "The Nairobi Residents Association criticised the eviction of market traders.",
])
def test_a_claim_others_make_is_no_protest(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _coded(coder, nlp, text) == []


@pytest.mark.parametrize("text", [
    "Hundreds of farmers demanded higher prices for their maize in Eldoret on Monday.",
    "Villagers in Kano called on the government to repair the road.",
    "Students complained about fee increases outside the administration block.",
    "RELATIVES OF THE MISSING MEN DEMANDED AN INQUIRY OUTSIDE THE COURT.",
    # the crowd through "of", in a clause of its own: a gate shut by workers who call for contracts
    "In Mosul on Tuesday, dozens of water board workers shut the directorate's gate, calling for permanent jobs.",
    # a pronoun or a collective may stand for the crowd an earlier sentence named: the claim is still theirs
    "They demanded higher pay for the hospital workers.",
    # a protest word states the claim of the people who stage it
    "Farmers' supporters blocked the main road as a demonstration to demand the release of detained students.",
    "The group demanded better services for workers in the township.",
])
def test_a_crowd_that_states_its_claim_protests(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _coded(coder, nlp, text)[:1] == [("Protests", "Peaceful protest")]


def test_a_short_text_keeps_its_reading(coder: EventCoder, nlp) -> None:  # type: ignore[no-untyped-def]
    """`classify` reads a short text as before (the arbiter's training texts are read that way): a note known to
    report its protest keeps it."""
    doc = nlp("The chamber of commerce criticised the new levy on traders and their families.")
    assert coder.classify(doc, known_event=True) == ("Protests", "Peaceful protest")


# An event record (a text that opens with the full date of the one event it reports, `opens_as_record`, coder80):
# the record is written to report its event, so its stated claim is that event even where the claim's subject is
# an organisation (ACLED codes a union's or an association's stated demands as its protest). Team-written, in the
# shape of ACLED's notes: other bodies, countries and openings than any note the round read.
RECORDS = [
    "On 14 March 2022, the Kenya Domestic Workers' Union urged parliament to pass a minimum wage for cleaners and "
    "their families in Mombasa.",
    "On or around 2 February 2021, the Lagos Market Women Association criticised the demolition of stalls owned by "
    "families in Ikeja.",
    "Between 3 and 5 June 2022, the Santiago teachers' federation called on the ministry to pay the families of "
    "retired teachers.",
    "Labour: On 9 October 2021, the Metal Workers' Syndicate demanded that the plant in Izmir rehire dismissed "
    "workers.",
]


@pytest.mark.parametrize("text", RECORDS)
def test_an_event_record_opens_with_its_date(coder: EventCoder, text: str) -> None:
    assert coder.opens_as_record(text)


@pytest.mark.parametrize("text", [
    "The Kenya Union of Domestic Workers urged parliament on Monday to pass a minimum wage for workers.",
    "On Monday, the Kenya Union of Domestic Workers urged parliament to pass a minimum wage for workers.",
    "NAIROBI, March 14 (Reuters) - The Kenya Union of Domestic Workers urged parliament to pass a minimum wage.",
    "In 2022, the union urged parliament to pass a minimum wage.",
    "Once again on 14 March 2022 the union urged parliament to pass a minimum wage.",
])
def test_news_does_not_open_as_a_record(coder: EventCoder, text: str) -> None:
    """A weekday, a dateline, a year alone or a date later in the sentence is news's, not a record's opening."""
    assert not coder.opens_as_record(text)


@pytest.mark.slow
@pytest.mark.parametrize("text", RECORDS)
def test_an_event_records_stated_claim_is_its_protest(text: str) -> None:
    from eventwatch.api import extract

    assert [(e.event_type, e.sub_event_type) for e in extract(text, "2022-12-01")][:1] == [
        ("Protests", "Peaceful protest")]


@pytest.mark.slow
def test_the_same_claim_in_news_is_a_statement() -> None:
    """Without the record's opening, a body's claim for the people it names is its statement (coder79's check)."""
    from eventwatch.api import extract

    text = ("The Santiago teachers' federation called on the ministry on Tuesday to pay the families of retired "
            "teachers.")
    assert extract(text, "2022-06-09") == []
