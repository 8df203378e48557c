"""A court's verdict is no arrest, and what a court's fine or prison term names as its grounds is no event
(`court.court_verdict`, `court.verdict_grounds`, `court.court_telling`, `modality.toml`'s `verdict_verbs`,
`court_verbs`, `court_nouns`, `court_telling_verbs`; coder97, issue 10: the fix halves' court stories coded
"sentenced" as Arrests and a fined march as a protest; coder104: a trial's account). Team-written variants (other
words, countries, tenses, lower case), each beside the events the same words must keep. Read as a story's sentences
(`code_sentence`); a short text read alone keeps its reading (the arbiter trains on those readings), which the last
test pins."""

from __future__ import annotations

import pytest
from test_staged import coded  # a story's sentence coded as `staged.py`'s tests code it

from eventwatch.events import EventCoder


@pytest.mark.parametrize("text", [
    "A court in Ghent on Monday sentenced two men to four years in prison for an assault in 2022.",
    "A criminal court in Porto sentenced four men to prison terms of between three and eight years on Tuesday.",
    "The former governor was sentenced to twelve years for embezzlement by a court in Lagos.",
    "a tribunal in arusha convicted three former officers of corruption on thursday.",
    "A magistrate in Durban jailed a councillor for fraud on Friday.",
    "A district court in Brno fined three organisers of a rally held in the city in January.",
    "The court fined two students for taking part in a march that police had banned.",
])
def test_a_verdict_codes_no_arrest(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(coder, nlp, text) == []


@pytest.mark.parametrize(("text", "sub"), [
    # an arrest made by the police, whatever follows it
    ("Police arrested a journalist in Harare on Monday and he was later sentenced.", "Arrests"),
    ("Police jailed three opposition activists in Bujumbura on Sunday.", "Arrests"),
    # a protest against a verdict, or beside one, is a protest
    ("Hundreds marched in Minsk on Saturday after a court sentenced an opposition leader to ten years.",
     "Peaceful protest"),
    ("Students protested outside the court in Dhaka on Monday as judges sentenced their leader.", "Peaceful protest"),
    # a killing of a judge who passed a sentence is an attack
    ("Gunmen killed a judge in Culiacan who had sentenced their leader for murder.", "Attack"),
    # a fine imposed by the police at a protest leaves the protest
    ("Police fined dozens of protesters who blocked the main road in Sofia on Monday.", "Peaceful protest"),
])
def test_the_events_that_stay(coder: EventCoder, nlp, text: str, sub: str) -> None:  # type: ignore[no-untyped-def]
    assert sub in coded(coder, nlp, text)


def test_a_short_text_keeps_its_reading(coder: EventCoder, nlp) -> None:  # type: ignore[no-untyped-def]
    """`read_text` (classify, ACLED notes, the arbiter's training examples) reads without the story checks."""
    text = "A court in Ghent on Monday sentenced two men to four years in prison."
    assert coded(coder, nlp, text) == []
    reading = coder.read_text(nlp(text), note=True)
    assert reading.coding is not None and reading.coding.rule.sub_event_type == "Arrests"


# coder104: the grounds of a prison term joined by "and", and what a court found or was told, are a trial's account
@pytest.mark.parametrize("text", [
    "A court in Ghent sentenced two men to four years in prison for looting and arson during the 2023 riots.",
    "A court in Lyon sentenced three men to two years in prison for public disorder and attacks on gendarmes.",
    "Prosecutors told the court that the two brothers were paid to set fire to the warehouse.",
    "The tribunal found that the soldiers had shot the protesters from a rooftop.",
])
def test_a_trials_account_codes_no_event(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(coder, nlp, text) == []


@pytest.mark.parametrize(("text", "sub"), [
    # what a witness told reporters, or a police statement, is no trial's account
    ("Residents told reporters that gunmen set fire to the market in Gao on Monday.", "Looting/property destruction"),
    # a fight at the courthouse after the verdict is its own event
    ("Relatives clashed with police outside the court in Nakuru after judges sentenced the accused.",
     "Violent demonstration"),
])
def test_what_is_told_outside_a_trial_stays(coder: EventCoder, nlp, text: str, sub: str) -> None:  # type: ignore[no-untyped-def]
    assert sub in coded(coder, nlp, text)
