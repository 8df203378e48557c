"""`nlp.greedy_parser.FastParser` must parse exactly as the stock `DependencyParser` it wraps."""

from __future__ import annotations

import numpy as np
import pytest
from spacy.language import Language
from spacy.tokens import Doc

from eventwatch.nlp import greedy_parser
from eventwatch.nlp.greedy_parser import FastParser

# Team-written text: clauses, coordination, a quote, two and three sentences in one text (sentence starts are the
# parser's), runs of spaces and line breaks, upper and lower case, one-word and empty texts.
_TEXTS = [
    "Gunmen shot dead two farmers near Kisumu on Tuesday, police said.",
    "About 2,000 teachers of the Kenya National Union of Teachers marched to the ministry in Nairobi and demanded pay.",
    "\"They burned the clinic,\" said Amina Yusuf, a nurse with Doctors Without Borders, on 3 March 2024.",
    "Stop the attacks on the press. Officials in Lagos and Abuja promised an inquiry. Nobody believed them.",
    "Rebels who had taken Bor after a week of fighting were driven out by the army, which lost four soldiers.",
    "Maria Gonzalez   of the\n\nUnited Nations Office in Geneva said 40 per cent of the displaced were young.",
    "PROTESTERS IN SANTIAGO BLOCKED THE ALAMEDA ON FRIDAY AS PRESIDENT GABRIEL BORIC MET UNION LEADERS.",
    "the army said on monday that al-shabaab fighters attacked a base in lower shabelle overnight.",
    "Reuters",
    "Kabul.",
    "",
]
_ATTRS = ["HEAD", "DEP", "SENT_START"]


def _before_parser(nlp: Language, texts: list[str]) -> list[bytes]:
    """The texts annotated by every component before the parser, as bytes (fresh copies for each run)."""
    docs = [nlp.make_doc(t) for t in texts]
    for name, component in nlp.pipeline:
        if name == "parser":
            break
        docs = list(component.pipe(docs, batch_size=64))
    return [d.to_bytes() for d in docs]


def _parses(docs: list[Doc]) -> list[list[list[int]]]:
    return [d.to_array(_ATTRS).tolist() for d in docs]


@pytest.fixture(scope="module")
def parsers(nlp: Language) -> tuple[FastParser, object]:
    fast = nlp.get_pipe("parser")
    assert isinstance(fast, FastParser) and fast.inner is not None
    return fast, fast.inner


@pytest.mark.parametrize("batch_size", [64, 7, 2])
def test_the_same_parses_as_the_stock_parser(nlp: Language, parsers, batch_size: int) -> None:  # type: ignore[no-untyped-def]
    fast, stock = parsers
    texts = _TEXTS + [t.upper() for t in _TEXTS] + [" ".join(_TEXTS)]
    data = _before_parser(nlp, texts)

    def fresh() -> list[Doc]:
        return [Doc(nlp.vocab).from_bytes(b) for b in data]

    theirs = _parses(list(stock.pipe(fresh(), batch_size=batch_size)))
    ours = _parses(list(fast.pipe(fresh(), batch_size=batch_size)))
    assert ours == theirs
    assert any(sum(row[2] == 1 for row in parse) > 1 for parse in ours)  # some text holds several sentences
    assert _parses([fast(d) for d in fresh()]) == theirs  # one Doc at a time, as nlp(text) calls it


def test_a_batch_is_decoded_in_sub_batches_of_bounded_size(nlp: Language, parsers, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    fast, stock = parsers
    data = _before_parser(nlp, _TEXTS)
    sizes: list[int] = []
    annotate = FastParser._annotate

    def counted(self: FastParser, docs: list[Doc]) -> None:
        sizes.append(sum(len(d) for d in docs))
        annotate(self, docs)

    monkeypatch.setattr(greedy_parser, "_TOKENS", 40)
    monkeypatch.setattr(FastParser, "_annotate", counted)
    docs = [Doc(nlp.vocab).from_bytes(b) for b in data]
    ours = _parses(list(fast.pipe(docs, batch_size=64)))
    assert len(sizes) > 1 and all(size <= 40 or size == max(len(d) for d in docs) for size in sizes)
    assert ours == _parses(list(stock.pipe([Doc(nlp.vocab).from_bytes(b) for b in data], batch_size=64)))


def test_scores_that_are_not_finite_are_left_to_the_stock_loop(nlp: Language, parsers, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    fast, stock = parsers
    data = _before_parser(nlp, _TEXTS[:3])
    theirs = _parses(list(stock.pipe([Doc(nlp.vocab).from_bytes(b) for b in data], batch_size=64)))
    asked: list[int] = []
    parse = FastParser._parse

    def with_nan(self: FastParser, inner, docs):  # type: ignore[no-untyped-def]
        asked.append(len(docs))
        import blis.py  # type: ignore[import-untyped]

        real = blis.py.gemm
        monkeypatch.setattr(blis.py, "gemm", lambda *a, **k: np.full_like(real(*a, **k), np.nan))
        try:
            return parse(self, inner, docs)
        finally:
            monkeypatch.setattr(blis.py, "gemm", real)

    monkeypatch.setattr(FastParser, "_parse", with_nan)
    ours = _parses(list(fast.pipe([Doc(nlp.vocab).from_bytes(b) for b in data], batch_size=64)))
    assert asked and ours == theirs


def test_the_whole_pipeline_parses_with_the_fast_parser(nlp: Language) -> None:
    assert isinstance(nlp.get_pipe("parser"), FastParser)
    doc = nlp("Police in Lagos said on Monday that the men had been released. They went home.")
    assert [t.dep_ for t in doc if t.text in ("Police", "said", "released")] == ["nsubj", "ROOT", "ccomp"]
    assert len(list(doc.sents)) == 2
