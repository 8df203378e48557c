"""The arbiter inside extraction: it judges only sentences the rules are unsure about, and says when it decided."""

from __future__ import annotations

import pytest

from eventwatch.api import extract
from eventwatch.events.arbiter import load_arbiter
from eventwatch.events.arbitrate import unsure
from eventwatch.events.mentions import EventMention
from eventwatch.records import Span


def _mention(rule: str) -> EventMention:
    return EventMention("Battles", "Armed clash", Span(0, 5, "clash"), None, None, None, None, None, None, False,
                        0.8, rule)


def test_only_sentences_coded_by_rules_unsure_on_news_are_judged() -> None:
    sure = load_arbiter().model.meta["sure_rules"]
    assert sure, "training found no rule reliable on news: every coded sentence would be embedded"
    assert not unsure(load_arbiter(), [_mention(sure[0])])
    assert unsure(load_arbiter(), [_mention("attack_any")]) == ("attack_any" not in sure)
    assert not unsure(load_arbiter(), [])  # no event coded: nothing to judge


@pytest.mark.slow
def test_the_arbiter_is_the_relevance_gate_for_what_the_rules_took_for_an_event() -> None:
    accident = "A fuel tanker exploded on the highway near the market on Monday, killing twelve people, police said."
    [by_rules] = extract(accident, published="2024-05-06", arbiter=False)
    assert by_rules.sub_event_type == "Remote explosive/landmine/IED"  # "exploded" with deaths: the rules' reading
    assert extract(accident, published="2024-05-06") == []  # an accident, not a bombing


@pytest.mark.slow
def test_events_say_who_decided_and_keep_the_rules_spans() -> None:
    text = "Gunmen stormed a village in the hills on Sunday and killed four farmers in their fields, residents said."
    [rules] = extract(text, published="2024-05-06", arbiter=False)
    [judged] = extract(text, published="2024-05-06")
    assert judged.sub_event_type == rules.sub_event_type == "Attack"
    assert "attack_civilians" not in load_arbiter().model.meta["sure_rules"]  # so the sentence is judged
    assert "Type: " not in rules.notes
    assert "Type: rules and arbiter agree (attack_civilians, p=" in judged.notes
    assert judged.confidence != rules.confidence  # the arbiter's probability (times the place factor)
    assert judged.evidence == rules.evidence


def test_in_an_article_the_arbiter_is_held_to_more(nlp) -> None:  # type: ignore[no-untyped-def]
    from eventwatch.events.arbiter import NO_EVENT, Verdict
    from eventwatch.events.arbitrate import VETO_MIN, apply_verdict
    from eventwatch.events.coder import EventCoder

    coder = EventCoder()
    sent = nlp("A car bomb exploded outside the police station on Monday, wounding six officers.")[:]
    [mention] = coder.code_sentence(sent)
    said = mention.sub_event_type
    assert said == "Remote explosive/landmine/IED"
    unsure_veto = Verdict(NO_EVENT, VETO_MIN - 0.1, "arbiter", said, 0.2)
    [kept] = apply_verdict(coder, sent, [mention], unsure_veto)
    assert (kept.sub_event_type, kept.confidence, kept.decided_by) == (said, 0.2, "rules over the arbiter")
    assert apply_verdict(coder, sent, [mention], Verdict(NO_EVENT, VETO_MIN, "arbiter", said, 0.1)) == []
    other_type = Verdict("Disrupted weapons use", 0.7, "arbiter", said, 0.2)  # not an explosion: the rules stand
    assert apply_verdict(coder, sent, [mention], other_type)[0].sub_event_type == said
    same_type = Verdict("Suicide bomb", 0.7, "arbiter", said, 0.2)
    [retyped] = apply_verdict(coder, sent, [mention], same_type)
    assert (retyped.sub_event_type, retyped.decided_by, retyped.trigger) == ("Suicide bomb", "arbiter", mention.trigger)
