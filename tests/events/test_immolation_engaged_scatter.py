"""Trial14's missed and mistyped events (coder96, issue 10): a self-immolation is a protest, not a riot or property
destroyed (the `protest` cue's reflexive fire; `riot_action`, `destroy` and `arson` leave a reflexive object out);
forces that "engaged" fighters clashed with them (the `clash` cue); "scatter" is a dispersal, so the people
scattered who had been blocking a road were protesting when the force came (`intervention_verbs`). Team-written
variants (other words, countries, tenses, lower case), each beside words that must keep their reading."""

from __future__ import annotations

import pytest

from eventwatch.events import EventCoder


def coded(coder: EventCoder, nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The sub-event types a story's sentences code."""
    return [m.sub_event_type for sent in nlp(text).sents for m in coder.code_sentence(sent, antecedent=False)]


@pytest.mark.parametrize("text", [
    "A farmer set himself alight outside the district court over the seizure of his land.",
    "A street vendor set himself on fire in front of the governor's office in Kasserine on Tuesday after officials "
    "refused to renew his licence.",
    "two students set themselves ablaze outside parliament in Tbilisi to protest against the new law.",
    "A retired teacher immolated herself outside the pension office in Almaty on Monday.",
])
def test_self_immolation_is_a_peaceful_protest(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    subs = coded(coder, nlp, text)
    assert "Peaceful protest" in subs
    assert "Violent demonstration" not in subs


@pytest.mark.parametrize(("text", "sub"), [
    # fire set to property by a crowd or by gunmen keeps its reading
    ("Protesters set the police station on fire in Kasserine on Tuesday.", "Violent demonstration"),
    ("Gunmen set several houses ablaze in the village of Dogo on Sunday.", "Looting/property destruction"),
])
def test_fire_set_to_property_keeps_its_reading(coder: EventCoder, nlp, text: str, sub: str) -> None:  # type: ignore[no-untyped-def]
    assert sub in coded(coder, nlp, text)


@pytest.mark.parametrize("text", [
    "Troops engaged a column of jihadist fighters outside the town on Friday.",
    "On Saturday our forces engaged elements of the armed group a few kilometres from Kaga-Bandoro.",
    "the army engaged rebel positions near Bunia on Tuesday morning.",
    "Soldiers engaging suspected insurgents near Mocimboa da Praia lost two men.",
])
def test_forces_that_engaged_fighters_clashed(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Armed clash" in coded(coder, nlp, text)


@pytest.mark.parametrize("text", [
    "The ministry engaged two consultants to review the budget.",
    "The governor engaged community leaders in a dialogue on Monday.",
    "The party engaged young voters through social media.",
])
def test_engaging_others_is_no_fight(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Armed clash" not in coded(coder, nlp, text)


@pytest.mark.parametrize("text", [
    "Soldiers fired into the air on Monday to scatter several hundred traders who had blocked the main road "
    "through Bafata in protest at the relocation of the market.",
    "Police used tear gas to scatter vendors who had occupied the square in protest at new fees.",
    "gendarmes fired warning shots to scatter moto-taxi drivers who had blocked the bridge in Kindia to protest a "
    "fuel price rise.",
])
def test_scattered_protesters_are_a_protest_with_intervention(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(coder, nlp, text)[:1] == ["Protest with intervention"]
