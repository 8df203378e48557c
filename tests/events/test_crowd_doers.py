"""Who a sentence's crowd is (`cues.CueReader.actor_groups`) and who set off an explosion
(`participants.event_actors`): team-written sentences for each mechanism, with why it matters to a document's
relevance (a false Mob violence or a victim taken for a bomber makes or unmakes a protest or incident document)."""

from __future__ import annotations

from eventwatch.events import EventCoder
from eventwatch.events.participants import event_actors


def _sent(nlp, text: str):  # type: ignore[no-untyped-def]
    return next(iter(nlp(text).sents))


def test_a_former_police_officer_is_one_person_not_a_crowd(nlp, coder: EventCoder) -> None:  # type: ignore[no-untyped-def]
    """The actor pattern matches "former police"; the noun it modifies ("officer") says one person is meant, and
    one person beside a killing is no mob."""
    sent = _sent(nlp, "The court heard where former police officer John Dube stood at the scene of the widow's murder.")
    assert "agent_crowd" not in coder.actor_groups(sent)
    assert all(m.event_type != "Riots" for m in coder.code_sentence(sent))


def test_former_police_officers_are_still_many(nlp, coder: EventCoder) -> None:  # type: ignore[no-untyped-def]
    sent = _sent(nlp, "Former police officers beat a suspected thief to death in the market.")
    assert "agent_crowd" in coder.actor_groups(sent)


def test_an_explosions_victim_did_not_set_it_off(nlp, coder: EventCoder) -> None:  # type: ignore[no-untyped-def]
    """With no one named as the bomber, the soldiers a mine killed are its target (actor 2), not actor 1."""
    sent = _sent(nlp, "A roadside mine killed two soldiers on the highway near the border on Sunday.")
    coding = coder.decide(frozenset({"ied", "kill", "victim_armed"}), coder.cue_hits(sent))
    assert coding is not None and coding.rule.event_type == "Explosions/Remote violence"
    actor1, actor2 = event_actors(sent, coding.rule, None)
    assert actor1 is not None and actor1.inter == 3
    assert actor2 is not None and actor2.inter == 1


def test_a_battles_side_may_be_named_only_as_hit(nlp, coder: EventCoder) -> None:  # type: ignore[no-untyped-def]
    """Battles keep the old reading: two armed sides, one of which may be named only as suffering."""
    sent = _sent(nlp, "Soldiers were killed in heavy fighting near the border on Sunday.")
    mentions = coder.code_sentence(sent)
    assert mentions and mentions[0].event_type == "Battles"
    assert mentions[0].actor1 is not None and mentions[0].actor1.inter == 1


def test_states_protesting_in_a_participle_the_parser_hung_on_a_list_are_diplomacy(
        nlp, coder: EventCoder) -> None:  # type: ignore[no-untyped-def]
    """"Western nations, protesting a collapse, press curbs and courts, have demanded reforms": the parser may hang
    the participle on the list's last noun ("curbs", a conjunct of the subject) rather than on the verb; who
    protests is still the subject at the head of that list, a state, so the protest word is diplomacy
    (`state_protesters`). The parse is written out here as the parser gave it on such a sentence."""
    from spacy.tokens import Doc

    from eventwatch.events.parsed import tokens

    words = ["Western", "nations", ",", "protesting", "a", "collapse", ",", "press", "curbs", "and", "courts", ",",
             "have", "demanded", "reforms", "."]
    heads = [1, 13, 1, 8, 5, 3, 8, 8, 1, 8, 8, 13, 13, 13, 13, 13]
    deps = ["amod", "nsubj", "punct", "advcl", "det", "dobj", "punct", "compound", "conj", "cc", "conj", "punct",
            "aux", "ROOT", "dobj", "punct"]
    pos = ["ADJ", "NOUN", "PUNCT", "VERB", "DET", "NOUN", "PUNCT", "NOUN", "NOUN", "CCONJ", "NOUN", "PUNCT", "AUX",
           "VERB", "NOUN", "PUNCT"]
    lemmas = ["western", "nation", ",", "protest", "a", "collapse", ",", "press", "curb", "and", "court", ",", "have",
              "demand", "reform", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    verb = next(t for t in tokens(doc[:]) if t.lower_ == "protesting")
    assert coder._protester(verb) == "nations"
    assert coder._bystander(verb)
