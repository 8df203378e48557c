"""The fatality patterns are searched only in a text holding one of their words (`counts._FATALITY_NEEDLES`): the
same counts as searching every text, at a fifth of the cost."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwatch.events import counts
from eventwatch.events.counts import find_fatalities

# Team-written sentences, one or more for each pattern and for the sentences that count nothing.
SENTENCES = [
    "Gunmen killed at least 12 villagers near the market on Sunday.",
    "Twenty people were killed and dozens wounded when the bus was hit.",
    "Police said three protesters died in hospital after the clashes.",
    "The bodies of four fishermen were found on the beach at dawn.",
    "Officials confirmed two more civilian deaths in the district.",
    "The clashes left 3 fatalities, according to the local council.",
    "Fatalities were coded as 10 by the monitoring group.",
    "A soldier was shot dead at the checkpoint.",
    "The body of a man was recovered from the river.",
    "Mayor Okafor was assassinated outside his home.",
    "No one was killed in the blast, the army said.",
    "Five dead after an attack on a police post.",
    "Hundreds of teachers marched to the ministry to demand their unpaid wages.",
    "The council met on Tuesday to discuss the budget for 2024.",
    "Two death threats were sent to the editor last week.",
    "THE MILITANTS SLAUGHTERED NOBODY BUT KILLED TWO GUARDS.",
    "Two men were \u017flain at the crossing.",  # a long s, which a case-blind "s" matches
    "Gunmen \u212aILLED four farmers.",  # the Kelvin sign, which a case-blind "k" matches
]


def _full(text: str, monkeypatch: pytest.MonkeyPatch) -> int | None:
    with monkeypatch.context() as m:
        m.setattr(counts, "_folded", lambda _text: None)  # every pattern searched, as before the needles
        return find_fatalities(text)


@pytest.mark.parametrize("text", SENTENCES)
def test_the_needles_change_no_count(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert find_fatalities(text) == _full(text, monkeypatch)


def test_a_case_twin_is_searched_in_full() -> None:
    assert find_fatalities("Two men were \u017flain at the crossing.") == 2
    assert find_fatalities("Gunmen \u212aILLED four farmers.") == 4


_WORDS = ["killed", "Killed", "dead", "died", "deaths", "death", "bodies of", "body", "fatalities", "fatality",
          "shot", "gunned down", "slain", "executed", "left", "the", "three", "12", "dozens", "at least", "people",
          "were", "no", "one", "a", "soldiers", "was", "found", "march", "in", "2023", "coded as", "\u017flain",
          "\u0131", "villagers", "hacked to death", "the lives of", "wounded", "protest", ",", "."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=14))
def test_the_needles_change_no_count_on_any_sentence_of_these_words(words: list[str]) -> None:
    text = " ".join(words)
    full = counts._folded
    try:
        counts._folded = lambda _text: None  # type: ignore[assignment]
        expected = find_fatalities(text)
    finally:
        counts._folded = full  # type: ignore[assignment]
    assert find_fatalities(text) == expected


def _alternatives(group: str) -> Iterator[str]:
    assert group.startswith("(?:") and group.endswith(")")
    yield from group[3:-1].split("|")


@pytest.mark.parametrize("group", [counts._KILL_VERB, counts._DIED])
def test_every_kill_word_of_the_patterns_holds_a_needle(group: str) -> None:
    for word in _alternatives(group):
        assert re.fullmatch(r"[a-z ]+", word), word  # plain words: a needle inside is inside every match
        assert any(n in word for n in counts._KILLISH), word


def test_each_pattern_holds_its_needles() -> None:
    patterns = counts._fatality_patterns()
    assert len(patterns) == len(counts._FATALITY_NEEDLES)
    for pattern, needles in zip(patterns, counts._FATALITY_NEEDLES, strict=True):
        source = pattern.pattern.replace(counts._KILL_VERB, "KILL").replace(counts._DIED, "DIED")
        if "KILL" in source or "DIED" in source:  # every match holds a kill word (checked above)
            assert needles == counts._KILLISH, source
        else:
            assert needles and all(n in source for n in needles), source


class _Counting:
    def __init__(self, pattern: re.Pattern[str], calls: list[str]) -> None:
        self.pattern, self.calls = pattern, calls

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        self.calls.append(self.pattern.pattern)
        return self.pattern.finditer(text)


def test_a_text_with_no_needle_is_not_searched(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    wrapped = tuple(_Counting(p, calls) for p in counts._fatality_patterns())
    monkeypatch.setattr(counts, "_fatality_patterns", lambda: wrapped)
    assert find_fatalities("Hundreds of teachers marched to the ministry to demand their unpaid wages.") is None
    assert calls == []
    assert find_fatalities("Gunmen killed at least 12 villagers near the market.") == 12
    assert len(calls) == 2  # the kill-verb patterns ("fatalit", "bod" and "death" are not in it)


def test_the_case_twins_are_every_character_a_case_blind_ascii_letter_matches() -> None:
    """Recounted from this Python's own `re` (a newer Unicode table could add one: then `_CASE_TWINS` must too)."""
    beyond_ascii = "".join(chr(c) for c in range(128, 0x110000) if not 0xD800 <= c <= 0xDFFF)
    twins = set(re.findall("[a-z]", beyond_ascii, re.IGNORECASE))
    assert twins == {c for c in beyond_ascii if counts._CASE_TWINS.match(c)}
