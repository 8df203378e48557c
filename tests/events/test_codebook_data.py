"""The codebook data files are complete and each rule does what its own example says."""

from __future__ import annotations

import pytest

from eventwatch.events import EventCoder, load_codebook, plover_type
from eventwatch.events.codebook import SYNTACTIC_GROUPS

CODEBOOK = load_codebook()


def test_taxonomy_has_acled_six_types_and_twenty_five_sub_types() -> None:
    assert len(CODEBOOK.sub_events) == 25
    assert {v[0] for v in CODEBOOK.sub_events.values()} == {
        "Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
        "Strategic developments",
    }


def test_every_sub_event_type_is_reachable_by_a_rule() -> None:
    assert {r.sub_event_type for r in CODEBOOK.rules} == set(CODEBOOK.sub_events)


def test_plover_mapping_covers_every_sub_type() -> None:
    for sub, (etype, plover, _) in CODEBOOK.sub_events.items():
        assert plover_type(etype, sub) == plover != ""
    assert plover_type("Protests", "Air/drone strike") == "OTHER"


@pytest.mark.parametrize("name", sorted(CODEBOOK.cues))
def test_cue_group_example_matches(name: str) -> None:
    group = CODEBOOK.cues[name]
    assert group.why and group.example
    assert any(p.search(group.example) for p in group.patterns), f"{name}: example {group.example!r} does not match"


def test_rules_only_use_known_groups() -> None:
    known = set(CODEBOOK.cues) | SYNTACTIC_GROUPS
    for rule in CODEBOOK.rules:
        assert set(rule.all) | set(rule.any) | set(rule.none) <= known, rule.id


def test_actor_dictionary_inter_codes_are_acled_codes() -> None:
    assert CODEBOOK.actors
    for actor in CODEBOOK.actors:
        assert 1 <= actor.inter <= 8, actor.name


@pytest.mark.parametrize("rule", [r for r in CODEBOOK.rules], ids=lambda r: r.id)
def test_rule_example_is_coded_as_its_sub_type(rule, nlp) -> None:  # type: ignore[no-untyped-def]
    coder = EventCoder()
    doc = nlp(rule.example)
    if rule.fallback:
        assert coder.classify(doc, known_event=True) == (rule.event_type, rule.sub_event_type)
        assert coder.classify(doc) is None  # a weak cue in news is no event
        return
    mentions = [m for s in doc.sents for m in coder.code_sentence(s)]
    assert [(m.event_type, m.sub_event_type) for m in mentions][:1] == [(rule.event_type, rule.sub_event_type)]


@pytest.mark.parametrize("gate", CODEBOOK.gates, ids=lambda g: g.id)
def test_gate_example_reports_no_event(gate, nlp) -> None:  # type: ignore[no-untyped-def]
    coder = EventCoder()
    doc = nlp(gate.example)
    assert gate.why and [m for s in doc.sents for m in coder.code_sentence(s)] == []
    assert coder.classify(doc) is None
