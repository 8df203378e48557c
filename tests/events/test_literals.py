"""The required words of cue patterns: a pattern that matches a text always has one of its words in the folded text,
so skipping a pattern whose words are absent never loses a hit."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from screen_sentences import demo_texts, split_lines

from eventwatch.events.codebook import load_codebook
from eventwatch.events.literals import FOLD, CueScreens, fold, required

PATTERNS = [p for group in load_codebook().cues.values() for p in group.patterns]


def test_fold_maps_every_character_re_matches_to_an_ascii_letter() -> None:
    letter = re.compile("[a-z]", re.IGNORECASE)
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if letter.fullmatch(char):
            folded = char.translate(FOLD)
            assert len(folded) == 1 and "a" <= folded <= "z", hex(code)
            assert re.fullmatch(folded, char, re.IGNORECASE), hex(code)
        elif code > 127:
            assert char.translate(FOLD) == char, hex(code)


@pytest.mark.parametrize(("pattern", "words"), [
    (r"\bprotest(?:s|ed|ing)?\b", {"protest"}),
    (r"\b(?:threw|hurled) (?:\w+ ){0,3}stones", {"stones"}),  # the longest word wins
    (r"\b(?:arson|looting)\b", {"arson", "looting"}),
    (r"(?<!armed )\bgatherings?\b", {"gathering"}),  # a look-behind consumes nothing
    (r"\bSit-?Ins?\b", {"sit"}),  # folded
    (r"(?:x\w)+ bombs?", {" bomb"}),
    (r"\w+", None),
    (r"\b(?:riots?|\d+ killed)", {"riot", " killed"}),  # a word from each branch
    (r"\b(?:riots?|\d+)", None),  # one branch has no word
    (r"(?-i:\bleague\b)", {"league"}),  # case-folding turned off: the word is still required
])
def test_required_words(pattern: str, words: set[str] | None) -> None:
    assert required(re.compile(pattern, re.IGNORECASE)) == words


def test_every_cue_pattern_has_required_words() -> None:
    """Not needed for correctness (a pattern without words is always run), but a pattern that loses its words
    silently makes every sentence pay for it."""
    assert [p.pattern for p in PATTERNS if required(p) is None] == []


def _demo_sentences() -> list[str]:
    lines = split_lines(demo_texts() + [group.example for group in load_codebook().cues.values()])
    return lines + [line.upper() for line in lines] + [line.swapcase() for line in lines]


def test_group_screen_finds_what_its_patterns_find() -> None:
    """On the demo articles' sentences, as written, upper-cased and case-swapped: every pattern that matches is
    among the group's candidates, and the group occurs exactly when one of its patterns matches."""
    book = load_codebook()
    screens = CueScreens((name, group.patterns) for name, group in book.cues.items())
    assert set(screens.groups) == {name for name, group in book.cues.items() if group.patterns}
    for text in _demo_sentences():
        present = screens.words_in(text)
        for name, screen in screens.groups.items():
            matched = [p for p in book.cues[name].patterns if p.search(text)]
            candidates = screen.candidates(present)
            assert any(p.search(text) is not None for p in candidates) == bool(matched)
            assert [p for p in candidates if p in matched] == matched


def test_candidates_of_all_groups_are_each_groups_candidates() -> None:
    """The look-up of every group's candidates from a text's words gives, group by group and in order, what asking
    each group gives; a group with none is left out."""
    book = load_codebook()
    screens = CueScreens((name, group.patterns) for name, group in book.cues.items())
    for text in _demo_sentences():
        present = screens.words_in(text)
        expected = {name: screen.candidates(present) for name, screen in screens.groups.items()}
        assert screens.candidates(present) == {name: found for name, found in expected.items() if found}


def test_a_pattern_without_words_is_always_a_candidate() -> None:
    """A pattern no word is required by (digits alone) is tried on every text, in its place among its group's."""
    burn, digits, riot = (re.compile(p, re.IGNORECASE) for p in (r"\bburn(?:ed|t)\b", r"\d{3,}", r"\briots?\b"))
    screens = CueScreens([("arson", [burn, digits]), ("riot", [riot])])
    assert required(digits) is None
    assert screens.candidates(screens.words_in("Crowds burned tyres")) == {"arson": [burn, digits]}
    assert screens.candidates(screens.words_in("A riot broke out")) == {"arson": [digits], "riot": [riot]}
    assert screens.candidates(set()) == {"arson": [digits]}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(st.data())
def test_any_text_a_cue_pattern_matches_holds_one_of_its_words(data: st.DataObject) -> None:
    pattern = data.draw(st.sampled_from(PATTERNS))
    text = data.draw(st.from_regex(pattern))
    words = required(pattern)
    assert words is not None
    assert any(w in fold(text) for w in words), (pattern.pattern, text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(sorted({w for p in PATTERNS for w in required(p) or ()})), max_size=4),
       st.text(alphabet="abcdefghijklmnopqrstuvwxyz ABCKSI\u0130\u0131\u017f\u212a.,", max_size=60))
def test_words_in_finds_every_word_a_plain_look_up_finds(words: list[str], noise: str) -> None:
    """The look-up filed by each word's first letters gives the set one substring test per word gives, on text
    mixing screen words (short ones too: "at" inside "attacked") with noise and case-folding characters."""
    book = load_codebook()
    screens = CueScreens((name, group.patterns) for name, group in book.cues.items())
    text = noise[: len(noise) // 2] + " ".join(w.upper() if i % 2 else w for i, w in enumerate(words)) + noise
    assert screens.words_in(text) == {w for w in screens.words if w in fold(text)}
    assert screens.words_in("") == set()
