"""The words of English the model's lemmatiser knows (`nlp/words.py`), read by the place ruler and, through
`events/lexicon.Lexicon`, by case restoration: one reading for both. Team-written words."""

from __future__ import annotations

from typing import Any

from eventwatch.events.lexicon import lexicon_of
from eventwatch.nlp.words import words_of


def test_inflections_and_exceptions_are_known_and_town_names_are_not(nlp: Any) -> None:
    words = words_of(nlp)
    assert words is not None
    assert words.knows("bombings") and words.knows("fled") and words.knows("photo")
    assert not words.knows("kirtipur") and not words.knows("ademir")


def test_the_case_restorer_reads_the_same_words(nlp: Any) -> None:
    words, lexicon = words_of(nlp), lexicon_of(nlp)
    assert words is not None and lexicon is not None
    for word in ("bombings", "fled", "capital", "india", "kirtipur", "birgunj", "quote", "date"):
        assert words.knows(word) == lexicon.knows(word)
        assert words.only_a_noun(word) == lexicon.only_a_noun(word)


def test_a_pipeline_without_a_lemmatiser_has_no_words() -> None:
    class Bare:
        pipe_names: tuple[str, ...] = ()

    assert words_of(Bare()) is None
