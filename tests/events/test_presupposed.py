"""Event words a sentence takes as given (`events/presupposed.py`): a killing named with its victim ("the murder of
the mayor") and a protest named by a definite noun ("the protest") are not unmade by what governs them from above (a
negated verb, a verb of condemning or investigating, a relative clause, a habit), only by their own negation, a plan,
a threat, a denial, a modal or a citation; and an interception is of a projectile or a weapon, not of a boat or a
bus (`disrupted` in cues.toml). Team-written sentences."""

from __future__ import annotations

import pytest

from eventwatch.events import EventCoder


def _sub(coder: EventCoder, nlp, text: str) -> str | None:  # type: ignore[no-untyped-def]
    label = coder.classify(nlp(text))
    return label[1] if label else None


@pytest.mark.parametrize(("text", "sub"), [
    # condemning, mourning or investigating a killing named with its victim presupposes that it happened
    ("The bishop condemned the murder of the village mayor.", "Attack"),
    ("Prosecutors are investigating the assassination of Judge Ramon Ortiz.", "Attack"),
    ("Church bells rang on the anniversary of the teacher's killing.", "Attack"),
    # a participle that describes a person says what happened to them
    ("The bishop condemned the treatment of the former minister murdered in the capital.", "Attack"),
    # a protest named by a definite noun is mentioned, even under a negated verb
    ("Police did not say what the protest was about.", "Peaceful protest"),
    ("The union head said she had not yet watched the march but backed it.", "Peaceful protest"),
])
def test_what_is_taken_as_given(coder: EventCoder, nlp, text: str, sub: str) -> None:  # type: ignore[no-untyped-def]
    assert _sub(coder, nlp, text) == sub


@pytest.mark.parametrize("text", [
    # plans, threats, denials and citations of a named killing stay unreal
    "The rebels threatened the murder of the village mayor.",
    "The army denied any part in the killing of the village mayor.",
    "The minister cited the murder of the village mayor as proof of the danger.",
    # a demand above a participle still makes the killing its topic
    "The union called for justice for a trader killed in the market last year.",
    # the protest's own negation, and a modal, still unmake it
    "There was no protest in the town.",
    "The march will go ahead on Wednesday, the organisers said.",
    # a boat, a bus or people intercepted on a road are stopped, not disarmed
    "The navy intercepted a fishing boat off the coast on Sunday.",
    "Officials said customs officers intercepted a truck loaded with cigarettes at the border.",
])
def test_what_stays_unreal(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _sub(coder, nlp, text) is None


@pytest.mark.parametrize("text", [
    "Air defence units intercepted three drones over the port.",
    "Two missiles were intercepted over the city, officials said.",
    "The interception of two rockets fired at the airport was confirmed by the army.",
])
def test_an_interception_of_a_projectile(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _sub(coder, nlp, text) == "Disrupted weapons use"


@pytest.mark.parametrize("text", [
    "Soldiers arrested three vendors in relation to the assassination of a militia leader.",
    # a killing inside a clause that describes someone stays a description
    "The army detained two porters who are suspects in the assassination of a village chief.",
])
def test_the_grounds_of_an_arrest_stay_its_topic(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _sub(coder, nlp, text) == "Arrests"


def test_a_killing_named_with_its_victim_is_no_reference_back(coder: EventCoder, nlp) -> None:  # type: ignore[no-untyped-def]
    """After an earlier event of the report, "the attack" refers back to it; "the murder of the mayor" names its own."""
    assert coder.code_sentence(nlp("The murder of the village mayor shocked the district.")[:], antecedent=True)
    assert not coder.code_sentence(nlp("The attack shocked the district.")[:], antecedent=True)


@pytest.mark.parametrize(("text", "sub"), [
    # a definite strike in a report of industrial action is the workers' strike
    ("The union said the strike had cost the company millions in lost output.", "Peaceful protest"),
    ("Buses were added for commuters during the ongoing strike by station staff.", "Peaceful protest"),
    # a strike that hits or kills is no labour strike
    ("The strike hit a market in the town, killing four civilians.", "Attack"),
    ("Officials said two commanders were among those killed in the strike near the border.", "Attack"),
    # a capitalised Shell inside a sentence is the oil company, not shellfire
    ("Militants attacked a flow station of Shell in the delta on Sunday.", "Armed clash"),
])
def test_strikes_and_shells(coder: EventCoder, nlp, text: str, sub: str) -> None:  # type: ignore[no-untyped-def]
    assert _sub(coder, nlp, text) == sub


@pytest.mark.parametrize(("text", "sub"), [
    # a crowd that stones vehicles riots
    ("Angry residents stoned police vehicles near the clinic on Monday.", "Violent demonstration"),
    # workers named with their workplace who "struck" on a day went on strike
    ("Workers at the Blue River garment company in Danang struck Wednesday over bonuses.", "Peaceful protest"),
])
def test_crowds_and_workers(coder: EventCoder, nlp, text: str, sub: str) -> None:  # type: ignore[no-untyped-def]
    assert _sub(coder, nlp, text) == sub
