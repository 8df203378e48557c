"""The sentence prefilter: with `prefilter = "rule"` sentences no rule can fire on are not parsed, and no coded event
is ever hidden; the default (`"cue"`) parses every sentence holding some rule's anchor cue, for the context."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwatch.errors import SettingsError
from eventwatch.events import EventCoder
from eventwatch.sentences import split_sentences
from eventwatch.settings import Settings

CODER = EventCoder("rule")
CUE = EventCoder()
EXAMPLES = sorted(p for p in (Path(__file__).resolve().parents[2] / "examples").glob("*.txt") if p.stat().st_size > 200)


def anchor_only(sentence: str) -> bool:
    """The looser test (the default setting): one anchor cue of some rule occurs."""
    return CODER._screen.has_anchor(sentence)


def test_the_default_parses_sentences_with_an_anchor_cue_for_their_context() -> None:
    assert Settings.load().prefilter == "cue"
    text = "Residents said the police station stayed shut on Sunday."  # no event, but a place for the report
    assert CUE.could_hold_event(text) and not CODER.could_hold_event(text)
    assert not CUE.could_hold_event("The ministry published its annual budget on Tuesday.")


def test_an_unknown_prefilter_is_a_settings_error() -> None:
    with pytest.raises(SettingsError, match="prefilter"):
        Settings.load(prefilter="tight")


@pytest.mark.parametrize("text", [
    "Residents said the police station stayed shut on Sunday.",  # companions of an event, with no event word
    "Police said two officers were also hurt.",
    "The workers say the mill has not paid their wages since March.",
])
def test_a_companion_cue_alone_is_not_parsed(text: str) -> None:
    assert anchor_only(text)  # the earlier test parsed these
    assert not CODER.could_hold_event(text)


@pytest.mark.parametrize("text", [
    "Police fired tear gas at the workers.",
    "Hundreds of workers marched to the ministry.",
    "Settlers set fire to olive groves.",  # a rule whose `any` includes a parse-based group (who acts)
])
def test_an_event_word_with_its_company_is_parsed(text: str) -> None:
    assert CODER.could_hold_event(text)


def test_no_sentence_of_the_demo_articles_that_codes_an_event_is_skipped(nlp) -> None:  # type: ignore[no-untyped-def]
    """Every sentence the test rejects codes nothing when parsed and coded anyway (as a report's first sentence,
    where a definite event noun is coded too); and the test rejects some that the anchor cues alone let through."""
    skipped = []
    for path in EXAMPLES:
        text = path.read_text(encoding="utf-8", errors="replace")  # one is a binary photo
        skipped += [text[a:b] for a, b in split_sentences(text)
                    if anchor_only(text[a:b]) and not CODER.could_hold_event(text[a:b])]
    assert len(skipped) >= 10
    for doc in nlp.pipe(skipped):
        assert CODER.code_sentence(doc[:], antecedent=False) == [], doc.text
