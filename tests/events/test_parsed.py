"""The rules' view of a parse (`events/parsed.py`) holds spaCy's own annotations: team-written sentences, each
token's attributes, head, children and subtree compared with spaCy's, the view built once per Doc, and a view
with its Doc let go by reference counting alone."""

from __future__ import annotations

import gc
import weakref

import pytest

from eventwatch.events.parsed import Parsed, ancestors, parsed, text_of, tokens

SENTENCES = [
    "Gunmen who said they were rebels shot and killed a farmer near the market on Tuesday.",
    "Police did not fire tear gas, but nobody was hurt when 2,000 protesters marched to the ministry.",
    "Stop the attacks on the press, the union said. Officials promised an inquiry into the shootings.",
    "\"Youths hurled bricks at the clinic,\" the commander said, adding that three soldiers were wounded.",
]

_ATTRS = ("i", "idx", "text", "lower_", "lemma_", "pos_", "tag_", "dep_", "ent_type_", "like_num", "is_title")


@pytest.mark.parametrize("text", SENTENCES)
def test_tokens_hold_spacys_annotations(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    view = parsed(doc)
    assert view.text == doc.text and len(view) == len(doc)
    for token, tok in zip(doc, view.toks, strict=True):
        assert all(getattr(tok, a) == getattr(token, a) for a in _ATTRS), token.text
        assert tok.head.i == token.head.i
        assert [c.i for c in tok.children] == [c.i for c in token.children]
        assert [t.i for t in tok.subtree] == [t.i for t in token.subtree]
        assert (tok.left_edge.i, tok.right_edge.i) == (token.left_edge.i, token.right_edge.i)
        assert tok.sent_start == token.sent.start
        if token.i > 0:
            assert tok.nbor(-1).i == token.nbor(-1).i
    with pytest.raises(IndexError):
        view.toks[0].nbor(-1)


def test_sentences_and_their_text(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(SENTENCES[2])
    for sent in doc.sents:
        assert text_of(sent) == sent.text
        assert [t.i for t in tokens(sent)] == [t.i for t in sent]


def test_one_view_per_doc(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(SENTENCES[0])
    assert parsed(doc) is parsed(doc)
    root = next(t for t in parsed(doc).toks if t.dep_ == "ROOT")
    assert root.head is root  # every climb of the rules stops at the root (by its label or its index)


def test_a_doc_without_sentence_starts_raises_as_spacy_does(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp.make_doc("Youths hurled bricks at the clinic")  # tokenised only: no parse, no sentence starts
    with pytest.raises(ValueError):
        _ = doc[3].sent
    with pytest.raises(ValueError):
        _ = parsed(doc).toks[3].sent_start


def test_a_view_and_its_doc_die_with_their_last_reference(nlp) -> None:  # type: ignore[no-untyped-def]
    """No reference cycle: a view the cache lets go frees its Doc at once, not at the collector's next pass."""
    doc = nlp(SENTENCES[1])
    gone = weakref.ref(doc)
    enabled = gc.isenabled()
    gc.disable()
    try:
        view = Parsed(doc)
        assert [c.i for c in view.toks[3].head.children] == [c.i for c in doc[3].head.children]
        del view, doc
        assert gone() is None
    finally:
        if enabled:
            gc.enable()


def test_a_token_read_after_its_view_is_gone_reads_the_same_values(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(SENTENCES[0])
    tok = Parsed(doc).toks[4]  # the view is let go at once; the token keeps its Doc
    assert tok.head.i == doc[4].head.i and tok.head.text == doc[4].head.text
    assert tok.doc.text == doc.text and tok.sent_start == doc[4].sent.start


@pytest.mark.parametrize("text", SENTENCES)
def test_ancestors_are_spacys(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    # one walk up the parse for the rules that climb it: the heads up to the root, nearest first, as spaCy's
    doc = nlp(text)
    view = parsed(doc)
    for token in doc:
        assert [t.i for t in ancestors(view[token.i])] == [t.i for t in token.ancestors]
        assert [t.i for t in ancestors(view[token.i], itself=True)] == [token.i] + [t.i for t in token.ancestors]
