"""`nlp.greedy_ner.FastEntityRecognizer` must annotate exactly as the stock `EntityRecognizer` it wraps."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span

from eventwatch.nlp.greedy_ner import FastEntityRecognizer

# Team-written text: people, places, organisations, dates, sums, a quote, two sentences in one text (entities may
# not cross a sentence start), runs of spaces and line breaks (no entity opens on a space token), one-word texts.
_TEXTS = [
    "Gunmen shot dead two farmers near Kisumu on Tuesday, police said.",
    "About 2,000 teachers of the Kenya National Union of Teachers marched to the ministry in Nairobi.",
    "\"They burned the clinic,\" said Amina Yusuf, a nurse with Doctors Without Borders, on 3 March 2024.",
    "Stop the attacks on the press. Officials in Lagos and Abuja promised an inquiry by the end of June.",
    "Rebels of the National Liberation Front took Bor after a week of fighting that cost $4.5 million.",
    "Maria Gonzalez   of the\n\nUnited Nations Office in Geneva said 40 per cent of the 12,000 displaced were young.",
    "PROTESTERS IN SANTIAGO BLOCKED THE ALAMEDA ON FRIDAY AS PRESIDENT GABRIEL BORIC MET UNION LEADERS.",
    "the army said on monday that al-shabaab fighters attacked a base in lower shabelle overnight.",
    "Reuters",
    "Kabul.",
    "",
]
_ATTRS = ["ENT_IOB", "ENT_TYPE", "ENT_KB_ID", "ENT_ID"]


def _before_ner(nlp: Language, texts: list[str]) -> list[bytes]:
    """The texts annotated by every component before the recogniser, as bytes (fresh copies for each run)."""
    docs = [nlp.make_doc(t) for t in texts]
    for name, component in nlp.pipeline:
        if name == "ner":
            break
        docs = list(component.pipe(docs, batch_size=64))
    return [d.to_bytes() for d in docs]


def _annotations(docs: list[Doc]) -> list[tuple[list[list[int]], list[tuple[int, int, str]]]]:
    return [(d.to_array(_ATTRS).tolist(), [(e.start, e.end, e.label_) for e in d.ents]) for d in docs]


@pytest.fixture(scope="module")
def recognizers(nlp: Language) -> tuple[FastEntityRecognizer, object]:
    fast = nlp.get_pipe("ner")
    assert isinstance(fast, FastEntityRecognizer) and fast.inner is not None
    return fast, fast.inner


@pytest.mark.parametrize("batch_size", [64, 7, 2])
def test_the_same_entities_as_the_stock_recogniser(nlp: Language, recognizers, batch_size: int) -> None:  # type: ignore[no-untyped-def]
    fast, stock = recognizers
    texts = _TEXTS + [t.upper() for t in _TEXTS] + [" ".join(_TEXTS)]
    data = _before_ner(nlp, texts)

    def fresh() -> list[Doc]:
        return [Doc(nlp.vocab).from_bytes(b) for b in data]

    theirs = _annotations(list(stock.pipe(fresh(), batch_size=batch_size)))
    ours = _annotations(list(fast.pipe(fresh(), batch_size=batch_size)))
    assert ours == theirs
    assert any(ents for _, ents in ours)  # the texts do hold entities
    assert _annotations([fast(d) for d in fresh()]) == theirs  # one Doc at a time, as nlp(text) calls it


def test_a_doc_with_a_preset_entity_is_left_to_the_stock_recogniser(nlp: Language, recognizers) -> None:  # type: ignore[no-untyped-def]
    fast, stock = recognizers
    data = _before_ner(nlp, _TEXTS[:2])
    runs = []
    for component in (stock, fast):
        docs = [Doc(nlp.vocab).from_bytes(b) for b in data]
        docs[0].set_ents([Span(docs[0], 6, 7, label="LOC")], default="unmodified")  # Kisumu, preset
        runs.append(_annotations(list(component.pipe(docs, batch_size=64))))
    assert runs[0] == runs[1]
    assert (6, 7, "LOC") in runs[1][0][1]


def test_the_whole_pipeline_names_places_people_and_dates(nlp: Language) -> None:
    doc = nlp("Police in Lagos said on Monday that Chidi Okafor had been released.")
    assert {(e.text, e.label_) for e in doc.ents} >= {("Monday", "DATE")}
    assert any(e.text == "Lagos" for e in doc.ents)
