"""The place ruler's and finder's view of a parse (`geo/view.py`) holds spaCy's own values: team-written sentences
(places with their divisions, a dateline, a bracketed path, hyphens and particles), each word compared with spaCy's
`Token`, every short slice's text with spaCy's `Span.text`, and the view built once per Doc."""

from __future__ import annotations

import pytest

from eventwatch.geo.view import words

SENTENCES = [
    "MOMBASA, Kenya (Reuters) - Traders in Mombasa and Malindi closed their stalls on Monday.",
    "Shelling hit the Krasnopillia community, Sumy, and a village near Pul-i-Khumri on Tuesday.",
    "Villagers of Ougarou (Matiacoali, Gourma) said the Ian Holloway Foundation had left.",
    "Farmers marched to San Antonio del Junte.  Police in the U.S. state of Ohio watched.",
    "",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_words_hold_spacys_values(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    view = words(doc)
    assert len(view) == len(doc)
    for token, word in zip(doc, view, strict=True):
        assert (word.i, word.idx, word.text, word.lower_, word.is_alpha, word.is_lower, word.whitespace_) == \
            (token.i, token.idx, token.text, token.lower_, token.is_alpha, token.is_lower, token.whitespace_)
        assert word.propn == (token.pos_ == "PROPN")
        assert word.is_sent_start == (token.is_sent_start is True)
    for start in range(len(doc) + 1):
        for end in range(start, len(doc) + 2):
            assert view[start:end].text == doc[start:end].text
            assert [w.i for w in view[start:end]] == [t.i for t in doc[start:end]]


def test_built_once_per_doc(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(SENTENCES[0])
    assert words(doc) is words(doc)
    assert words(nlp(SENTENCES[0])) is not words(doc)


@pytest.mark.parametrize("text", SENTENCES)
def test_doc_text_is_spacys_text_with_or_without_a_view(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    from eventwatch.geo.view import doc_text

    doc = nlp.make_doc(text)  # no view yet: read from the Doc
    assert doc_text(doc) == doc.text == text
    words(doc)
    assert doc_text(doc) == doc.text  # from the view, which the place finder and its cues now read
