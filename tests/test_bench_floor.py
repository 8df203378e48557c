"""bench/bench_floor.py's split of spaCy's CPU by component: every component of the pipeline timed, in order, each
over the Docs the one before it annotated (so that the split adds up to one pass of the pipeline)."""

from __future__ import annotations

import sys
from pathlib import Path

import spacy

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from bench_floor import by_component


def test_every_component_is_timed_in_order() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    seen: list[str] = []

    @spacy.Language.component("bench_floor_test_marker")
    def marker(doc: spacy.tokens.Doc) -> spacy.tokens.Doc:
        seen.append(doc.text)
        assert any(token.is_sent_start for token in doc)  # the sentencizer ran before it
        return doc

    nlp.add_pipe("bench_floor_test_marker")
    seconds = by_component(nlp, ["Police fired tear gas.", "Workers marched."])
    assert list(seconds) == ["sentencizer", "bench_floor_test_marker"]
    assert all(value >= 0 for value in seconds.values())
    assert seen == ["Police fired tear gas.", "Workers marched."]
