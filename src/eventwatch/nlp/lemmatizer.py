"""The rule lemmatiser applied through look-ups (`FastLemmatizer`: the same lemma on every token).

Why: spaCy's rule lemmatiser visits every token in
Python (a `Token` made, its lemma tested, `rule_lemmatize` called, the lemma's string set), though a lemma depends
on the word, its part of speech and its morphology alone (spaCy's own cache is keyed by them). The wrapper reads the
three of every token in one array, looks each triple's lemma up (asking the stock lemmatiser once per new triple)
and writes the lemmas back in one array: the same lemma on every token. What the stock lemmatiser does for a new
triple was dear too: it tests each form its suffix rules make for membership in the part of speech's word list
(`lemma_index`: Python lists of up to 57,528 words, so each test a scan of the list), for every new word of distinct
text (3% of a whole `extract` over 200 wire reports). The wrapper gives it those lists as frozensets: the same
membership answers, so the same lemmas, each test one hash look-up.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, cast

import numpy as np
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc
from thinc.types import Ints2d

LEMMATIZER_COMPONENT = "eventwatch_lemmatizer"


class FastLemmatizer:
    """A rule `Lemmatizer` applied through look-ups of (word, part of speech, morphology); see the module's
    docstring. It keeps the lemmatiser's name; a lemma already set is kept, as the stock one keeps it."""

    def __init__(self, vocab: Any) -> None:
        self.vocab = vocab
        self.inner: Lemmatizer | None = None
        self.known: dict[tuple[int, int, int], int] = {}  # (ORTH, POS, MORPH) -> the lemma's hash

    def take(self, inner: Lemmatizer) -> None:
        """Wrap the stock lemmatiser `inner` (its word lists made frozensets: the same answers, each a hash look-up)."""
        self.inner, self.known = inner, {}
        index = inner.lookups.get_table("lemma_index", {}) if inner.lookups.has_table("lemma_index") else None
        if index is not None:  # the rule lemmatiser only asks `form in index[pos]` of it: sets answer the same
            for pos in list(index):
                index[pos] = frozenset(index[pos])

    def __call__(self, doc: Doc) -> Doc:
        inner = self.inner
        if inner is None or not len(doc):
            return doc
        rows: list[list[int]] = doc.to_array(["ORTH", "POS", "MORPH", "LEMMA"]).tolist()
        known, overwrite = self.known, bool(inner.overwrite)
        lemmas = []
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if lemma and not overwrite:
                lemmas.append(lemma)
                continue
            key = (orth, pos, morph)
            found = known.get(key)
            if found is None:
                found = known[key] = int(self.vocab.strings.add(inner.lemmatize(doc[i])[0]))
            lemmas.append(found)
        doc.from_array(["LEMMA"], cast(Ints2d, np.array(lemmas, dtype=np.uint64).reshape(-1, 1)))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


@Language.factory(LEMMATIZER_COMPONENT)
def _make_lemmatizer(nlp: Language, name: str) -> FastLemmatizer:
    return FastLemmatizer(nlp.vocab)


def speed_up_lemmatizer(nlp: Language, name: str = "lemmatizer") -> None:
    """Wrap the pipeline's rule lemmatiser `name` (if any) in `FastLemmatizer`, under the same name."""
    stock = nlp.get_pipe(name) if name in nlp.pipe_names else None
    if isinstance(stock, Lemmatizer) and stock.mode == "rule":
        fast = nlp.replace_pipe(name, LEMMATIZER_COMPONENT)
        assert isinstance(fast, FastLemmatizer)
        fast.take(stock)
