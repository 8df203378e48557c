"""Type words that news uses in another sense than the rules read them (coder65 and coder70, issue 10; the trial sets'
fix halves). Team-written sentences; each failed on main 07f758a unless marked a guard.

- A capitalised "Shells" inside a sentence is fire, not the oil company (which is only ever "Shell"): a wire's dateline
  puts the word after "CAIRO, June 18 –". Shells that kill civilians stay Shelling: ACLED codes remote violence against
  civilians as Explosions/Remote violence ("can be waged on both armed agents or on civilians").
- Fighting or attacks that parties agree or commit to stop are the terms of a truce, not a battle (`senses.truce_term`).
  Coder65's first form (a regular expression) read every "stop the fighting" so; it is read in the parse now, so
  "police intervened to stop the fighting" tells a fight, and only words of fighting are a truce's terms.
"""

from __future__ import annotations

import pytest

from eventwatch.events import EventCoder


def _types(coder: EventCoder, nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(m.sub_event_type for s in nlp(text).sents for m in coder.code_sentence(s))


def _groups(coder: EventCoder, nlp, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {h.group for s in nlp(text).sents for h in coder.cue_hits(s)}


@pytest.mark.parametrize("text", [
    "NAIROBI, March 3 (Wire) – Shells fired by the militia hit a busy bus station in the town, killing five civilians.",
    "KHARTOUM – Shelling by the paramilitary forces killed two children in the camp on Friday.",
])
def test_capitalised_shells_after_a_dateline_are_shelling(coder: EventCoder, nlp, text: str  # type: ignore[no-untyped-def]
                                                         ) -> None:
    assert _types(coder, nlp, text) == ["Shelling/artillery/missile attack"]


def test_the_oil_company_is_still_no_shelling(coder: EventCoder, nlp) -> None:  # type: ignore[no-untyped-def]
    # a guard: passes on main too
    assert _types(coder, nlp, "Protesters blocked the gate of a Shell depot in the delta for a second day.") == [
        "Peaceful protest"]


@pytest.mark.parametrize("text", [
    "On Sunday night the two militias agreed to stop fighting after talks mediated by tribal elders.",
    "Both sides agreed to stop fighting and to reopen the road.",
    "Army and rebel commanders signed a ceasefire in the town on Thursday, committing to halt attacks for 60 days.",
    "Both sides agreed to an end to hostilities in the district.",
])
def test_fighting_agreed_to_stop_is_an_agreement(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _types(coder, nlp, text) == ["Agreement"]


@pytest.mark.parametrize("text", [
    "Fighting between the two militias went on for six hours in the old city.",
    # guards against coder65's first form, which read any "stop the fighting" as no battle
    "Police intervened to stop the fighting between the two clans.",
])
def test_fighting_itself_is_still_a_clash(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _types(coder, nlp, text) == ["Armed clash"]


def test_a_strike_agreed_to_end_keeps_its_protest_word(coder: EventCoder, nlp) -> None:  # type: ignore[no-untyped-def]
    # a guard: only words of fighting are a truce's terms
    text = "Teachers agreed to end their strike after the government raised their pay."
    assert "protest" in _groups(coder, nlp, text)
