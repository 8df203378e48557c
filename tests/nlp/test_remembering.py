"""Each distinct sentence parsed once: the same annotations as parsing it alone, whatever was parsed beside it."""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from eventwatch.nlp import RememberingParser

# Team-written sentences of news about unrest, some of them given twice and in different company.
SENTENCES = [
    "Police fired tear gas at hundreds of protesters outside the parliament in Nairobi on Tuesday.",
    "Two soldiers were killed when their convoy struck a roadside bomb near Gao, the army said.",
    "The ministry said the talks would resume next week.",
    "Militiamen looted shops in the market town of Djibo before setting fire to the mayor's office.",
]


def _annotations(doc: Doc) -> list[tuple[Any, ...]]:
    tokens = [(t.text, t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, str(t.morph), t.is_sent_start) for t in doc]
    return [*tokens, *((e.start, e.end, e.label_) for e in doc.ents)]


def test_a_sentence_parsed_again_is_the_same_parse(nlp: Language) -> None:
    alone = [_annotations(nlp(s)) for s in SENTENCES]
    parser = RememberingParser(nlp)
    first = parser.pipe([SENTENCES[1], SENTENCES[0], SENTENCES[1]], batch_size=2)
    assert first[0] is first[2]  # parsed once within a batch
    later = parser.pipe(list(reversed(SENTENCES)), batch_size=3)
    assert later[2] is first[0]  # and not again in a later one
    assert [_annotations(d) for d in first] == [alone[1], alone[0], alone[1]]
    assert [_annotations(d) for d in later] == list(reversed(alone))
    assert all(d.tensor.size == 0 for d in later)  # the tensor, read by nothing after parsing, is not kept
    assert (parser.asked, parser.parsed) == (7, 4)  # what the memory saved, counted


def test_the_parses_kept_are_bounded_and_can_be_forgotten(nlp: Language) -> None:
    parser = RememberingParser(nlp, limit=2)
    docs = parser.pipe(SENTENCES[:3])
    assert list(parser.kept) == SENTENCES[1:3]  # the two used most recently
    assert parser.pipe([SENTENCES[0]])[0] is not docs[0]  # let go, so parsed again
    parser.forget()
    assert not parser.kept and parser.pipe([]) == []
