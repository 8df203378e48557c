"""A reference to an event is not a report of one: appeals in the imperative, classifiers ("a kidnapping ring"),
readiness ("ready to fight"), purposes ("in order to begin the shelling") and lists under one governor. Sentences
written by the team; each case has a contrast the mechanism must leave alone."""

from __future__ import annotations

from eventwatch.events import EventCoder, EventMention
from eventwatch.events.modality import imperative, irrealis_reason
from eventwatch.events.syntax import match_root

CODER = EventCoder()


def code(nlp, text: str) -> list[EventMention]:  # type: ignore[no-untyped-def]
    return [m for s in nlp(text).sents for m in CODER.code_sentence(s)]


def reason(nlp, text: str, word: str) -> str | None:  # type: ignore[no-untyped-def]
    sent = next(iter(nlp(text).sents))
    start = sent.text.index(word)
    token = match_root(sent, start, start + len(word))
    assert token is not None
    return irrealis_reason(token, sent)


def test_an_appeal_in_the_imperative_reports_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    assert code(nlp, "Stop using cluster bombs on our villages.") == []
    assert reason(nlp, "Cease the raids on the camps at once.", "raids") == "imperative"
    root = next(iter(nlp("Cease the raids on the camps at once.").sents)).root
    assert imperative(root)


def test_a_clause_of_its_own_beside_an_imperative_still_reports(nlp) -> None:  # type: ignore[no-untyped-def]
    [m] = code(nlp, "Release the prisoners, chanted hundreds of protesters who marched through the capital on Sunday.")
    assert m.event_type == "Protests"
    assert reason(nlp, "Militants stormed the prison and freed forty inmates.", "stormed") is None


def test_an_event_word_naming_a_kind_of_thing_is_no_event(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not [m for m in code(nlp, "Police broke up a kidnapping ring operating in the port city.")
                if m.sub_event_type == "Abduction/forced disappearance"]
    assert reason(nlp, "Families fled the battle zones along the river.", "battle") == "kind"
    assert reason(nlp, "A bomb attack hit the market in the morning.", "bomb") is None  # head is an event


def test_readiness_is_no_fight(nlp) -> None:  # type: ignore[no-untyped-def]
    assert code(nlp, "The commander said his men were ready to fight the rebels.") == []
    assert [m.event_type for m in code(nlp, "His men fought the rebels near the bridge.")] == ["Battles"]


def test_what_is_done_in_order_to_is_not_done(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Troops were moved north in order to shell rebel positions."
    assert reason(nlp, text, "shell") == "purpose"
    assert "Shelling/artillery/missile attack" not in [m.sub_event_type for m in code(nlp, text)]
    assert reason(nlp, "Troops moved north and shelled rebel positions.", "shelled") is None


def test_a_list_of_events_shares_its_governor(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The envoy demanded an end to the shelling, the looting and the abductions."
    assert code(nlp, text) == []
    assert reason(nlp, text, "abductions") == "irrealis"
    # coordinated clauses keep their own governors: the attack is reported beside the demand
    assert reason(nlp, "Residents demanded a curfew and gunmen attacked the market.", "attacked") is None


def test_an_event_cited_as_proof_is_a_reference(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The minister cited the bombing of the bus station as proof that the rebels wanted no peace."
    assert reason(nlp, text, "bombing") == "topic"
    assert reason(nlp, "Rebels recalled that soldiers shelled the village at dawn.", "shelled") is None
