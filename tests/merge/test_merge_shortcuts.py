"""The merge's shortcuts in reading a report's text give what the long way gives: a text skipped by a prefilter
(no workforce noun, no "capital", no kind of target) reads as empty, one reading of a sentence gives both its names
and its words less a place, and the blanking of clauses about another event is the rules' own substitution."""

from __future__ import annotations

import dataclasses

import pytest

from eventwatch.merge import written as written_module
from eventwatch.merge.rules import apart, load_rules
from eventwatch.merge.targets import targets
from eventwatch.merge.words import pick_salient, salient_candidates, salient_words
from eventwatch.merge.workforce import workforce, workforce_rules
from eventwatch.merge.written import capitals, may_match, written

SENTENCES = [
    "Municipality workers blocked the main road in Kisumu on Monday, a week after an attack on a police station.",
    "Workers of the electricity directorate marched in the Chilean capital to protest against job cuts.",
    "Gunmen attacked an army base and a military convoy near Maiduguri in Nigeria's Borno state, killing 15.",
    "Fifteen houses were burned in Haradh on 12 March 2021, the Kenya National Union of Teachers said.",
    "Police arrested 12 students at Nord-Kivu University after a rally; nobody was hurt.",
    "",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_workforce_prefilter_changes_nothing(text: str) -> None:
    long_way = dataclasses.replace(workforce_rules(), any_noun=None)
    assert workforce(text) == workforce(text, long_way)


@pytest.mark.parametrize("text", SENTENCES)
def test_targets_prefilter_changes_nothing(text: str) -> None:
    rules = load_rules()
    plain = apart(text, rules.elsewhere)
    assert targets(text, rules) == frozenset(kind for kind, pattern in rules.targets if pattern.search(plain))


def test_capitals_without_the_word() -> None:
    assert capitals("Workers marched in the Chilean capital.") == frozenset({"Santiago"})
    assert capitals("Workers marched in the Chilean Capital.") == frozenset()


@pytest.mark.parametrize("text", SENTENCES)
def test_one_reading_gives_names_and_words(text: str) -> None:
    rules = load_rules()
    candidates = salient_candidates(text, rules)
    for exclude in (set(), {"haradh"}, {"harad", "kisumu"}, {"nord", "kivu"}):
        assert pick_salient(candidates, exclude, rules) == salient_words(text, exclude, rules)
    assert frozenset().union(*candidates) == salient_words(text, set(), rules)


def test_apart_is_the_rules_substitution() -> None:
    rules = load_rules()
    for text in SENTENCES:
        assert apart(text, rules.elsewhere) == rules.elsewhere.sub(" ", text)


WHERE = [
    "Farmers blocked the road in Cauca department on Monday.",
    "Fighting went on in the department of Cauca and in Borno State.",
    "Gunmen attacked a convoy in Nigeria's north-eastern Borno state; Chad's border town of Bol was calm.",
    "Workers marched in the Chilean capital; troops stayed near the Kenyan town.",
]


@pytest.mark.parametrize("text", SENTENCES + WHERE)
def test_written_prefilters_change_nothing(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(written_module, "may_match", lambda text, words: True)  # every pattern read
    long_way = written.__wrapped__(text)
    monkeypatch.undo()
    assert written.__wrapped__(text) == long_way


def test_written_prefilters_let_each_pattern_through() -> None:
    assert written.__wrapped__(WHERE[0]) == frozenset({"COL"})  # the division's pattern
    assert written.__wrapped__(WHERE[2]) >= frozenset({"NGA", "TCD"})  # the possessive's
    assert written.__wrapped__("Workers marched in the Chilean capital.") == frozenset({"CHL"})  # the people's city
    assert not may_match("Police said 3 were hurt.", (("capital", "city"),))
    assert may_match("Nigeria's Borno state", (("'s", "’s"), ("state",)))
