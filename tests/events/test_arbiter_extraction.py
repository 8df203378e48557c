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
    assert apply_verdict(coder, sent, [mention], Verdict(NO_EVENT, VETO_MIN, "arbiter", said, 0.05)) == []
    other_type = Verdict("Disrupted weapons use", 0.7, "arbiter", said, 0.2)  # not an explosion: the rules stand
    assert apply_verdict(coder, sent, [mention], other_type)[0].sub_event_type == said
    same_type = Verdict("Suicide bomb", 0.7, "arbiter", said, 0.2)
    [retyped] = apply_verdict(coder, sent, [mention], same_type)
    assert (retyped.sub_event_type, retyped.decided_by, retyped.trigger) == ("Suicide bomb", "arbiter", mention.trigger)


def test_its_no_event_stands_only_where_it_doubts_the_kind_the_rules_read(nlp) -> None:  # type: ignore[no-untyped-def]
    from eventwatch.events.arbiter import NO_EVENT, Verdict
    from eventwatch.events.arbitrate import VETO_MIN, VETO_MIN_OF_KIND, VETO_SHARE, apply_verdict, doubts_reading
    from eventwatch.events.coder import EventCoder

    coder = EventCoder()
    sent = nlp("A car bomb exploded outside the police station on Monday, wounding six officers.")[:]
    [mention] = coder.code_sentence(sent)
    said = mention.sub_event_type
    assert VETO_MIN < 0.85 < VETO_MIN_OF_KIND
    of_its_kind = Verdict(NO_EVENT, 0.85, "arbiter", said, 0.12)  # 0.12 of the 0.15 left for an event: a bombing
    assert not doubts_reading(of_its_kind, mention.rule)
    [kept] = apply_verdict(coder, sent, [mention], of_its_kind)
    assert (kept.sub_event_type, kept.decided_by) == (said, "rules over the arbiter")
    other_kind = Verdict(NO_EVENT, 0.85, "arbiter", said, VETO_SHARE * 0.15 - 0.01)
    assert apply_verdict(coder, sent, [mention], other_kind) == []
    sure = Verdict(NO_EVENT, VETO_MIN_OF_KIND, "arbiter", said, 1 - VETO_MIN_OF_KIND)  # all it leaves is a bombing
    assert apply_verdict(coder, sent, [mention], sure) == []
    assert doubts_reading(of_its_kind, "attack_any")  # a weak rule's reading names no kind


@pytest.mark.slow
def test_a_blast_told_by_its_aftermath_stays_and_diplomacy_goes() -> None:
    blast = "The wounded were taken to the district hospital soon after the blast, an official told reporters."
    [kept] = extract(blast, published="2024-05-06")
    assert kept.sub_event_type == "Remote explosive/landmine/IED"
    assert "Type: rules over the arbiter (" in kept.notes  # its "no event" read the rules' bombing, if anything
    talks = "Ministers of the three countries agreed on Tuesday to build a joint pipeline to carry gas to Europe."
    assert [e.sub_event_type for e in extract(talks, published="2024-05-06", arbiter=False)] == ["Agreement"]
    assert extract(talks, published="2024-05-06") == []


class _StubArbiter:
    """An arbiter that judges every sentence unsure and answers each with the verdict it is given, in order."""

    def __init__(self, verdicts: list[object]) -> None:
        self.verdicts = verdicts
        self.model = type("Model", (), {"meta": {"sure_rules": []}})()
        self.ranked: list[bool] | None = None

    def judge(self, readings: list[object], texts: list[str], ranked: list[bool] | None = None) -> list[object]:
        assert len(readings) == len(texts) == len(self.verdicts)
        self.ranked = ranked  # which sentences' confidences are ranked against another event's (`cascade.py`)
        return self.verdicts


def test_a_no_event_of_the_rules_kind_is_held_to_more_only_on_the_reports_topic(nlp) -> None:  # type: ignore[no-untyped-def]
    from eventwatch.events.arbiter import NO_EVENT, Verdict
    from eventwatch.events.arbitrate import VETO_MIN, VETO_MIN_OF_KIND, InReport, apply_verdict, judge_sentences
    from eventwatch.events.coder import EventCoder

    coder = EventCoder()
    blast = nlp("A car bomb exploded outside the police station on Monday, wounding six officers.")[:]
    [mention] = coder.code_sentence(blast)
    of_its_kind = Verdict(NO_EVENT, (VETO_MIN + VETO_MIN_OF_KIND) / 2, "arbiter", mention.sub_event_type, 0.1)
    assert apply_verdict(coder, blast, [mention], of_its_kind, on_topic=True)  # the rules stand
    assert apply_verdict(coder, blast, [mention], of_its_kind, on_topic=False) == []  # VETO_MIN is enough
    sentences, mentions = [blast, blast], [[mention], [mention]]
    sure_no = Verdict(NO_EVENT, 1.0, "arbiter", mention.sub_event_type, 0.0)
    agree = Verdict(mention.sub_event_type, 0.9, "rules and arbiter agree", mention.sub_event_type, 0.9)

    def judged(verdicts: list[Verdict], places: list[InReport]) -> list[int]:
        found = judge_sentences(coder, _StubArbiter(verdicts), sentences, mentions, places=places)  # type: ignore[arg-type]
        return [len(events) for events in found]

    # a reading of a kind its article keeps nowhere else: VETO_MIN removes it
    assert judged([sure_no, of_its_kind], [InReport(0, alone=False), InReport(0, alone=False)]) == [0, 0]
    # the article keeps a bombing in another sentence: the reading is on its topic and stands
    assert judged([agree, of_its_kind], [InReport(0, alone=False), InReport(0, alone=False)]) == [1, 1]
    # another report's bombing is no corroboration
    assert judged([agree, of_its_kind], [InReport(0, alone=False), InReport(1, alone=False)]) == [1, 0]
    # a text of one sentence is its whole report: the rules' reading stands unless the arbiter is surer
    assert judged([sure_no, of_its_kind], [InReport(0, alone=False), InReport(1, alone=True)]) == [0, 1]


def test_a_sentence_holding_another_event_is_judged_with_its_confidence_ranked(nlp) -> None:  # type: ignore[no-untyped-def]
    # the cascade decides such a sentence on fp32 alone (`Arbiter.judge`'s `ranked`): `main_event` ranks the
    # judged event's confidence against the other's
    from eventwatch.events.arbiter import Verdict
    from eventwatch.events.arbitrate import judge_sentences
    from eventwatch.events.coder import EventCoder

    coder = EventCoder()
    sent = nlp("A car bomb exploded outside the police station on Monday, wounding six officers.")[:]
    [mention] = coder.code_sentence(sent)
    agree = Verdict(mention.sub_event_type, 0.9, "rules and arbiter agree", mention.sub_event_type, 0.9)
    arbiter = _StubArbiter([agree, agree])
    found = judge_sentences(coder, arbiter, [sent, sent], [[mention], [mention, mention]])  # type: ignore[arg-type]
    assert arbiter.ranked == [False, True]
    assert [m.confidence for m in found[1]] == [0.9, mention.confidence]  # the judged one, then the rules' own
