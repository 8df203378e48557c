"""Reports of no event in genres the rules were not written for (`senses.py`, `modality.py`, `modality.toml`): a claim
told with a gerund, what a report says is absent or was prevented, a rally of prices or in a game, a bomb that is only
threatened, a mine named as a pit, campaigners who are welcomed; a protest named by a definite noun inside a
quotation or by a relative clause in the present perfect, and a quoted command. Team-written sentences, each
beside the event the same words must keep."""

from __future__ import annotations

import pytest

from eventwatch.events import EventCoder


@pytest.mark.parametrize("text", [
    # a claim of responsibility told with a gerund is the claim, as with a noun ("responsibility for the killing")
    "The group claimed responsibility for killing the priest on Sunday.",
    "The rebels said they were responsible for bombing the bridge.",
    # "free of", "the absence of" deny what they govern (`absence_words`)
    "Tokyo shares rose on Monday after a weekend free of protests in the capital.",
    "There was an absence of clashes in the town on Friday.",
    # an event noun that is the object of a verb of preventing did not happen (`prevention_verbs`)
    "Troops guarded the court on Wednesday to prevent further violent protests.",
    # a rally of prices or in a game (`rally_other_senses`)
    "Shares extended their rally for a third day on Friday.",
    "Stocks rallied on Wall Street on Tuesday.",
    "The two players traded long rallies, the longest of forty strokes.",
    # a bomb threat, scare or hoax (`threat_nouns`)
    "A bomb threat emptied the railway station on Monday.",
    # a mine with a name or an owner is a pit
    "The company sold its Orkney and Grootvlei mines in October.",
    # campaigners welcomed by residents are met, not protesting (`arrest_verbs`)
    "Residents warmly welcomed the party's campaigners in the township on Saturday.",
    # a quoted command, opened by its quotation mark, is still a command
    '"Stop the march," the minister told reporters.',
    # a definite protest inside a quotation keeps its own negation and modal
    '"The strike will not go ahead," the union said.',
])
def test_no_event_is_reported(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert coder.classify(nlp(text)) is None


@pytest.mark.parametrize(("text", "sub"), [
    ("Gunmen killed a priest in the village on Sunday.", "Attack"),
    # protesters prevented from marching were there: only an event noun is prevented
    ("Police prevented protesters from marching to parliament on Monday.", "Protest with intervention"),
    ("Thousands of teachers held a rally outside parliament on Tuesday.", "Peaceful protest"),
    ("Dozens of activists outside parliament on Monday.", "Peaceful protest"),
    # a relative clause in the present perfect tells of a protest still going on; one in the simple past sets the scene
    ("The port operator laid off 400 dockers who have walked out in a wildcat strike.", "Peaceful protest"),
    ("The minister spoke to the workers who have rallied outside the ministry for two weeks.", "Peaceful protest"),
    ("Warders beat up two inmates who went on hunger strike last month.", "Attack"),
    ("Supporters rallied outside the court on Monday to demand his release.", "Peaceful protest"),
    ("A bomb exploded at the railway station on Monday.", "Remote explosive/landmine/IED"),
    # a protest named by a definite noun inside a quotation is the one the speaker talks about
    ('"This strike is costing the city millions," the mayor said on Tuesday.', "Peaceful protest"),
    ('"We are managing the strike very well," the manager said.', "Peaceful protest"),
    ("Two soldiers were killed when their vehicle hit a mine on Sunday.", "Remote explosive/landmine/IED"),
])
def test_the_events_that_stay(coder: EventCoder, nlp, text: str, sub: str) -> None:  # type: ignore[no-untyped-def]
    label = coder.classify(nlp(text))
    assert label is not None and label[1] == sub, label
