"""The lemmatiser by look-ups gives spaCy's rule lemmatiser's lemmas, token for token."""

from __future__ import annotations

import spacy

from eventwatch.nlp import FastLemmatizer, speed_up_attribute_ruler, speed_up_lemmatizer
from eventwatch.settings import Settings

# Team-written sentences with inflected nouns, verbs and adjectives, irregular forms, proper nouns, numbers, words
# met twice with different parts of speech ("protests" as noun and verb), capitals and runs of spaces.
SENTENCES = [
    "Crowds gathered as the students protested; their protests grew larger and louder by the hour.",
    "The militiamen fled after soldiers shot two of them and seized the geese, mice and oxen of the village.",
    "She was running, he ran, they had run: the runners were the fastest anyone had seen.",
    "THE POLICE ARRESTED 14 PEOPLE IN KARACHI AND FREED THEM ON 3 MAY.",
    "the rebels' leaders said they'd stop shelling the better-defended hills  within days.",
    "Barricades burned. Burning barricades were cleared, and the cleared roads reopened.",
]


def _lemmas(doc: spacy.tokens.Doc) -> list[tuple[str, str, str, str]]:
    return [(t.text, t.pos_, str(t.morph), t.lemma_) for t in doc]


def test_the_fast_lemmatizer_lemmatizes_as_spacy_does() -> None:
    stock = spacy.load(Settings().spacy_model)
    speed_up_attribute_ruler(stock)
    fast = spacy.load(Settings().spacy_model)
    speed_up_attribute_ruler(fast)
    speed_up_lemmatizer(fast)
    assert isinstance(fast.get_pipe("lemmatizer"), FastLemmatizer)
    assert fast.pipe_names == stock.pipe_names
    # twice: the second pass answers from what the first looked up
    for _ in range(2):
        for before, after in zip(stock.pipe(SENTENCES), fast.pipe(SENTENCES), strict=True):
            assert _lemmas(after) == _lemmas(before)
    lemmas = {t.text: t.lemma_ for t in fast(SENTENCES[2])}
    assert (lemmas["ran"], lemmas["running"], lemmas["runners"]) == ("run", "run", "runner")  # it did lemmatise
    assert len(fast("")) == 0


def test_a_lemma_set_before_is_kept() -> None:
    nlp = spacy.load(Settings().spacy_model)
    speed_up_lemmatizer(nlp)
    doc = nlp("Soldiers seized the town.", disable=["lemmatizer"])
    for token in doc:
        token.lemma_ = ""
    doc[0].lemma_ = "trooper"
    nlp.get_pipe("lemmatizer")(doc)
    assert [t.lemma_ for t in doc] == ["trooper", "seize", "the", "town", "."]


def test_the_loaded_pipeline_uses_the_fast_lemmatizer(nlp) -> None:  # type: ignore[no-untyped-def]
    assert isinstance(nlp.get_pipe("lemmatizer"), FastLemmatizer)


def test_the_word_lists_become_sets_for_the_fast_lemmatizer_only() -> None:
    stock = spacy.load(Settings().spacy_model)
    fast = spacy.load(Settings().spacy_model)
    speed_up_lemmatizer(fast)
    wrapped = fast.get_pipe("lemmatizer")
    assert isinstance(wrapped, FastLemmatizer) and wrapped.inner is not None
    sets = wrapped.inner.lookups.get_table("lemma_index")
    lists = stock.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert sets and all(isinstance(sets[pos], frozenset) for pos in sets)
    assert all(isinstance(lists[pos], list) and set(lists[pos]) == sets[pos] for pos in lists)
    # words whose suffix rules make forms both inside and outside the lists ("leaves": leave / leaf)
    words = "The leaves fell while the thieves hid; axes, analyses and crises were the buses' cargo."
    assert _lemmas(fast(words)) == _lemmas(stock(words))
