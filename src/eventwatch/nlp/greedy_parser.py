"""spaCy's dependency parser with each step's scores computed in numpy over the whole batch: the same model, the
same arithmetic, the same moves, the same parses (`FastParser`, put in place of en_core_web_sm's `parser` by
`nlp.load_nlp`, under the same name).

Why: the parser's compiled loop (`Parser._parseC` -> `predict_states`) computes, for each sentence and step, its
hidden layer by 64 calls of thinc's `Vec.arg_max` (one per maxout unit), after each of which Cython takes the GIL
back to check for an exception (`perf`, speed41: mutex lock and unlock about 42% of the loop's samples); and the
stock `Parser.pipe` decodes a batch in four sub-batches, each stepping once per move of its longest sentence. On the
5,639 sentences the events stage parses on the bench corpus (batches of 64, as it parses them) the component cost
2.77-3.42 CPU s; with this loop 1.58-2.02 (three alternated runs each, load 6).

What is kept: the model's forward pass is spaCy's (`model.predict(docs)`: the token vectors, each token's
precomputed hidden-layer inputs by the same products); each step's hidden layer is spaCy's own code
(`precompute_hiddens.begin_update`: the features' rows summed by the same BLIS `saxpy` calls, the bias added, the
maxout, which picks the same value); the hidden-to-output product by the same BLIS `sgemm` the compiled loop calls
(`blis.py.gemm` reaches `bli_gemm` with the same shapes and strides, as `greedy_ner.py` found), the bias added,
unseen classes set to the step's minimum; and the moves are chosen and made by spaCy's own compiled
`transition_states` (`c_transition_batch`: the arc-eager system's validity, the best valid move, the move), over the
unfinished sentences in the same order. Only who loops changes: Python, once per step for the whole batch, where the
compiled loop went through each sentence's units one by one. Anything else (a beam, a model without an output layer,
NaN or infinite scores) is left to the stock component.

Checked: the same tags, heads, labels, sentence starts, lemmas and entities on every token of the bench corpus's
5,639 parsed sentences, of the sentences of the demo articles, and of these whole articles, at batch sizes 64, 16, 7
and 1 (`tests/nlp/test_greedy_parser.py` keeps a check on team-written text). A Doc's parse does not depend on the
Docs beside it, so a batch is decoded in sub-batches of similar length holding at most `_TOKENS` tokens (the
precomputed inputs take 4 kB a token: 16 MB at most), where the stock component took a quarter of the batch.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

import numpy as np
import numpy.typing as npt
from spacy.language import Language
from spacy.pipeline import DependencyParser
from spacy.tokens import Doc
from thinc.api import set_dropout_rate

COMPONENT = "eventwatch_dependency_parser"
# Tokens of one sub-batch at most (a sub-batch holds one Doc at least): the events stage's 64 sentences of some 30
# tokens are one sub-batch; a batch of whole articles is decoded a few articles at a time.
_TOKENS = 4096

Floats = npt.NDArray[np.float32]


class FastParser:
    """Runs a stock greedy `DependencyParser`'s model and steps through its moves in numpy batches (see the module's
    docstring)."""

    def __init__(self, vocab: Any) -> None:
        self.vocab = vocab
        self.inner: DependencyParser | None = None

    def take(self, inner: DependencyParser) -> None:
        self.inner = inner

    def __call__(self, doc: Doc) -> Doc:
        self._annotate([doc])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 256) -> Iterator[Doc]:
        """Batches of `batch_size`, each decoded in sub-batches of similar length (`_TOKENS`), yielded in order."""
        stream = iter(docs)
        while in_order := list(islice(stream, batch_size)):
            sub: list[Doc] = []
            tokens = 0
            for doc in sorted(in_order, key=len):
                if sub and tokens + len(doc) > _TOKENS:
                    self._annotate(sub)
                    sub, tokens = [], 0
                sub.append(doc)
                tokens += len(doc)
            self._annotate(sub)
            yield from in_order

    def _annotate(self, docs: list[Doc]) -> None:
        inner = self.inner
        assert inner is not None
        states = self._parse(inner, docs) if inner.cfg.get("beam_width", 1) == 1 else None
        inner.set_annotations(docs, states if states is not None else inner.predict(docs))

    def _parse(self, inner: DependencyParser, docs: list[Doc]) -> list[Any] | None:
        """The final states of the Docs' parses, or None where the stock loop must decide (see the docstring)."""
        if not any(len(doc) for doc in docs):
            return None  # the stock `predict` returns the initial states as they are
        inner._ensure_labels_are_added(docs)  # as `greedy_parse` does (no label is added when predicting)
        set_dropout_rate(inner.model, 0.0)
        batch = inner.moves.init_batch(docs)
        step = inner.model.predict(docs)
        try:
            if step.vec2scores is None:
                return None
            from blis.py import gemm  # type: ignore[import-untyped]

            state2vec = step.state2vec
            weights = np.ascontiguousarray(step.vec2scores.get_param("W"), dtype=np.float32)
            bias = np.asarray(step.vec2scores.get_param("b"), dtype=np.float32)
            unseen = np.flatnonzero(np.asarray(step._class_mask) == 0)
            states = [state for state in batch if not state.is_final()]
            while states:
                # `predict_states`: the context tokens' precomputed rows summed, the bias, the maxout (spaCy's code)
                hidden = np.ascontiguousarray(state2vec.begin_update(step.get_token_ids(states))[0],
                                              dtype=np.float32)
                scores: Floats = gemm(hidden, weights, trans2=True, beta=0.0)
                scores += bias
                if not np.isfinite(scores).all():
                    return None  # scores the compiled loop would read otherwise (NaN): let it decode afresh
                if len(unseen):
                    scores[:, unseen] = scores.min()
                states = inner.transition_states(states, scores)  # the best valid move of each, made
        finally:
            step.clear_memory()
        return list(batch)


@Language.factory(COMPONENT)
def _make(nlp: Language, name: str) -> FastParser:
    return FastParser(nlp.vocab)


def speed_up_parser(nlp: Language, name: str = "parser") -> None:
    """Put `FastParser` in place of the pipeline's greedy dependency parser `name` (if any)."""
    stock = nlp.get_pipe(name) if name in nlp.pipe_names else None
    if isinstance(stock, DependencyParser) and stock.cfg.get("beam_width", 1) == 1:
        fast = nlp.replace_pipe(name, COMPONENT)
        assert isinstance(fast, FastParser)
        fast.take(stock)
