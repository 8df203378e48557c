"""One document's work is bounded: a document of more sentences than `max_sentences` is dropped with its reason
before any parsing, and the per-sentence lookups are by bisection (linear in the document, not quadratic)."""

from __future__ import annotations

import pytest

from eventwatch.events.report_days import paragraph_of
from eventwatch.records import Document
from eventwatch.sentences import paragraph_starts, split_sentences
from eventwatch.settings import Settings


@pytest.mark.slow
def test_a_document_over_max_sentences_is_dropped_with_its_reason() -> None:
    from eventwatch.api import process_document

    text = "\n\n".join(f"Police arrested {n} students in Kisumu on Monday." for n in range(2, 8))
    long = process_document(Document(raw=text, origin="long.txt"), Settings(max_sentences=5, published="2024-03-13"))
    assert long.dropped is not None and long.dropped.stage == "events"
    assert "6 sentences, more than max_sentences (5)" in long.dropped.reason and long.events == ()
    ok = process_document(Document(raw=text, origin="ok.txt"), Settings(max_sentences=6, published="2024-03-13"))
    assert ok.dropped is None and ok.events  # one arrest event: same place, day, actors and type


def test_paragraph_of_each_sentence() -> None:
    text = "One. Two.\n\nThree.\n\n\nFour. Five."
    starts = paragraph_starts(text)
    assert [paragraph_of(starts, s) for s, _ in split_sentences(text)] == [0, 0, 1, 2, 2]


def test_a_long_run_of_initials_splits_as_before() -> None:
    text = "Gen. A. B. C. D. Smith said the army left. Police came."
    assert [text[s:e] for s, e in split_sentences(text)] == ["Gen. A. B. C. D. Smith said the army left.",
                                                              "Police came."]
    many = "A. " * 20000 + "Police came."  # every boundary follows an initial: one sentence, found in linear time
    assert split_sentences(many) == [(0, len(many))]


def test_max_sentences_must_be_positive() -> None:
    from eventwatch.errors import SettingsError

    with pytest.raises(SettingsError, match="max_sentences"):
        Settings.from_mapping({"max_sentences": 0})
