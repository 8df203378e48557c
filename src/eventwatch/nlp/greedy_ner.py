"""spaCy's entity recogniser with its greedy decoding loop in numpy: the same model, the same arithmetic, the same
entities (`FastEntityRecognizer`, put in place of en_core_web_sm's `ner` by `nlp.load_nlp`, under the same name).

Why: the recogniser's transition loop (`Parser._parseC`, compiled) asks, for each token of each sentence, every one
of its 74 moves whether it is valid (`BiluoPushDown` has no `set_valid` of its own, unlike the parser's arc-eager
system), and each of those tests reads the buffer through `StateC.B`, which in the installed build takes and
releases the GIL on every call (`perf` with call graphs: `PyGILState_Ensure` under `StateC::B`; mutex lock and
unlock 42% of the component's samples). On the bench corpus's 1,698 parsed sentences that loop was 1.0-1.5 of the
component's 2.2 CPU s, and the component 59% of spaCy's time there (the parser's own loop: 0.35 s).

What is kept: the model's forward pass is spaCy's (`model.predict(docs)`: the token vectors and each token's
precomputed hidden-layer inputs), the sub-batches are the stock `Parser.pipe`'s (sorted by length, a quarter of
the batch), and each step's hidden layer is spaCy's own code (`precompute_hiddens.begin_update`: the features'
rows summed by the same BLIS calls, the bias, the maxout) over the same unfinished sentences in the same order.
Then what `predict_states` and `c_transition_batch` do: the hidden-to-output product by the same BLIS `sgemm`
(`blis.py.gemm` reaches the same `bli_gemm` with the same shapes and strides), its bias added, unseen classes set to
the batch's minimum, and per sentence the first best valid move. A move's validity is the BILUO rules of spaCy's
`ner.pyx` for Docs with no preset entity (every token's `ENT_IOB` and `ENT_TYPE` 0), tabulated once
(`_valid_moves`): an entity opens (B, U) only when none is open, never on a space token; B and I need a next token
that does not start a sentence; I and L continue the open entity's label; O only outside an entity. Entities are
written as `BiluoPushDown.set_annotations` writes them (one still open at the end is dropped; every other token
is O). Anything else (a beam, preset entities, NaN or infinite scores) is left to the stock component.

Checked: the same `ENT_IOB`, `ENT_TYPE`, `ENT_KB_ID` and `ENT_ID` on every token of 12,166 texts (the bench
corpus's parsed sentences, the sentences of 200 GeoWebNews articles and of the demo articles, 3,000 of them upper-
and lower-cased, and the 200 articles whole: 389,759 tokens, 37,401 entities) at batch sizes 64, 16 and 7;
`tests/nlp/test_greedy_ner.py` keeps a check on team-written text. The component 2.22 -> 0.89 CPU s on the bench
corpus's parsed sentences (batches of 64, as the events stage parses).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

import numpy as np
import numpy.typing as npt
from spacy.language import Language
from spacy.pipeline import EntityRecognizer
from spacy.tokens import Doc, Span

COMPONENT = "eventwatch_entity_recognizer"

# spaCy's BILUO move codes (`ner.pyx`: MOVE_NAMES = M, B, I, L, U, O)
_MISSING, _BEGIN, _IN, _LAST, _UNIT, _OUT = range(6)
_NAMES = ("M", "B", "I", "L", "U", "O")

Floats = npt.NDArray[np.float32]
Ints = npt.NDArray[np.int64]


class FastEntityRecognizer:
    """Runs a stock greedy `EntityRecognizer`'s model and decodes in numpy (see the module's docstring)."""

    def __init__(self, vocab: Any) -> None:
        self.vocab = vocab
        self.inner: EntityRecognizer | None = None
        self.moves: Ints = np.zeros(0, dtype=np.int64)
        self.labels: npt.NDArray[np.uint64] = np.zeros(0, dtype=np.uint64)
        self.entity_labels: npt.NDArray[np.uint64] = np.zeros(0, dtype=np.uint64)  # sorted
        self.valid: npt.NDArray[np.bool_] = np.zeros((0, 0), dtype=bool)

    def take(self, inner: EntityRecognizer) -> None:
        """Take over `inner` and tabulate its moves' validity (see `_valid_moves`)."""
        self.inner = inner
        moves, labels = [], []
        for i in range(inner.moves.n_moves):
            move, _, label = inner.moves.get_class_name(i).partition("-")
            moves.append(_NAMES.index(move))
            labels.append(int(self.vocab.strings[label]) if label else 0)
        self.moves = np.array(moves, dtype=np.int64)
        self.labels = np.array(labels, dtype=np.uint64)
        self.entity_labels = np.array(sorted({label for label in labels if label}), dtype=np.uint64)
        self.valid = _valid_moves(self.moves, self.labels, self.entity_labels)

    def __call__(self, doc: Doc) -> Doc:
        self._annotate([doc])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 256) -> Iterator[Doc]:
        """Batches of `batch_size`, each decoded whole, its Docs by length. (`Parser.pipe` decodes sub-batches of a
        quarter of a batch; the decoding steps once per token position of the longest Doc, a few dozen numpy calls a
        step, so one pass over the whole batch takes a quarter of the steps: the recogniser 2.40-2.47 -> 2.08-2.10
        CPU s over the 5,639 sentences the events stage parses on the bench corpus. A Doc's entities do not depend
        on the Docs beside it: the same on those sentences, token by token.)"""
        stream = iter(docs)
        while in_order := list(islice(stream, batch_size)):
            self._annotate(sorted(in_order, key=len))
            yield from in_order

    def _annotate(self, docs: list[Doc]) -> None:
        inner = self.inner
        assert inner is not None
        if not self._fast_path(inner, docs):
            inner.set_annotations(docs, inner.predict(docs))
            return
        step = inner.model.predict(docs)
        try:
            found = self._decode(step, docs)
        finally:
            step.clear_memory()
        if found is None:  # scores the compiled loop would read otherwise (NaN): let it decode
            inner.set_annotations(docs, inner.predict(docs))
            return
        for doc, ents in zip(docs, found, strict=True):
            doc.set_ents([Span(doc, start, end, label=label) for start, end, label in ents], default="outside")

    def _fast_path(self, inner: EntityRecognizer, docs: list[Doc]) -> bool:
        """Whether this decoder gives what the stock one gives: greedy, BILUO moves, and no preset entity on any
        token (so that the stock `_ensure_labels_are_added` has no label to add either)."""
        if inner.cfg.get("beam_width", 1) != 1 or len(self.moves) != inner.moves.n_moves or len(self.moves) == 0:
            return False
        if not any(len(doc) for doc in docs):
            return False
        return all(not len(doc) or not doc.to_array(["ENT_IOB", "ENT_TYPE"]).any() for doc in docs)

    def _decode(self, step: Any, docs: list[Doc]) -> list[list[tuple[int, int, int]]] | None:
        """The entities of each Doc as (start, end, label), or None when the scores hold a NaN."""
        state2vec = step.state2vec
        if state2vec.nF != 3 or step.vec2scores is None:
            raise NotImplementedError("only the BILUO recogniser's three features with an output layer")
        from blis.py import gemm  # type: ignore[import-untyped]

        weights = np.ascontiguousarray(step.vec2scores.get_param("W"), dtype=np.float32)
        out_bias = np.asarray(step.vec2scores.get_param("b"), dtype=np.float32)
        unseen = np.flatnonzero(np.asarray(step._class_mask) == 0)
        if weights.shape[0] != len(self.moves):
            raise NotImplementedError("the output layer's classes are not the moves")

        lengths = np.array([len(doc) for doc in docs], dtype=np.int64)
        offsets = np.concatenate([[0], np.cumsum(lengths)[:-1]]).astype(np.int64)
        # per token of the batch: may an entity go on past it (not its Doc's last token, nor before a sentence
        # start) and may one open on it (not a space); the row of `self.valid` it gives with no entity open
        goes_on = np.concatenate([_goes_on(doc) for doc in docs if len(doc)])
        not_space = np.concatenate([doc.to_array("IS_SPACE") == 0 for doc in docs if len(doc)])
        closed_row = 2 * goes_on.astype(np.int64) + not_space
        moves, labels, table = self.moves, self.labels, self.valid

        found: list[list[tuple[int, int, int]]] = [[] for _ in docs]
        active = np.flatnonzero(lengths > 0)  # in batch order, as the compiled loop keeps its unfinished states
        position = np.zeros(len(docs), dtype=np.int64)  # the buffer's first token, within its Doc
        open_start = np.full(len(docs), -1, dtype=np.int64)  # the open entity's first token, or -1
        open_label = np.zeros(len(docs), dtype=np.int64)  # its label's number in `self.entity_labels`
        while len(active):
            b = position[active]
            token = offsets[active] + b
            start = open_start[active]
            is_open = start >= 0
            # the three features of `StateC.set_context_tokens` (n == 3): the buffer's first token, the open
            # entity's first token and the token before the buffer's (-1 when no entity is open), in the batch
            features = np.empty((len(active), 3), dtype=np.int32)
            features[:, 0] = token
            features[:, 1] = np.where(is_open, offsets[active] + start, -1)
            features[:, 2] = np.where(is_open, token - 1, -1)
            # spaCy's own sum of the features' precomputed rows, bias and maxout (`sum_state_features`)
            hidden = np.ascontiguousarray(state2vec.begin_update(features)[0], dtype=np.float32)
            scores = gemm(hidden, weights, trans2=True, beta=0.0)
            scores += out_bias
            if not np.isfinite(scores).all():
                return None
            if len(unseen):
                scores[:, unseen] = scores.min()
            rows = np.where(is_open, 4 + 2 * open_label[active] + goes_on[token], closed_row[token])
            valid = table[rows]
            guess = np.where(valid, scores, -np.inf).argmax(axis=1)
            done = ~valid.any(axis=1)  # no valid move: the compiled loop forces the state to its end
            move = np.where(done, _MISSING, moves[guess])
            for i in np.flatnonzero((move == _UNIT) | (move == _LAST)):
                d = int(active[i])
                begin = int(b[i]) if move[i] == _UNIT else int(open_start[d])
                found[d].append((begin, int(b[i]) + 1, int(labels[guess[i]])))
            opened = move == _BEGIN
            open_start[active[opened]] = b[opened]
            open_label[active[opened]] = np.searchsorted(self.entity_labels, labels[guess[opened]])
            open_start[active[move == _LAST]] = -1
            position[active] = np.where(done, lengths[active], b + 1)
            active = active[position[active] < lengths[active]]
        return found


def _goes_on(doc: Doc) -> npt.NDArray[np.bool_]:
    """Per token: is there a next token in the Doc, and does it not start a sentence (B and I need both)."""
    starts = doc.to_array("SENT_START")
    out = np.zeros(len(doc), dtype=bool)
    out[:-1] = starts[1:] != 1
    return out


def _valid_moves(moves: Ints, labels: npt.NDArray[np.uint64],
                 entity_labels: npt.NDArray[np.uint64]) -> npt.NDArray[np.bool_]:
    """Which moves are valid, as rows of a table (the BILUO rules of spaCy's `ner.pyx` with no preset entity).

    With no entity open, row 2 * goes_on + not_space: O always; B-x if an entity may go on past the token and
    open on it; U-x if one may open on it. With an entity of label number e open, row 4 + 2 * e + goes_on: I-x
    if x is its label and it may go on; L-x if x is its label. No move of label 0 but O is ever valid."""
    labelled = labels != 0
    is_begin, is_in = (moves == _BEGIN) & labelled, (moves == _IN) & labelled
    is_last, is_unit = (moves == _LAST) & labelled, (moves == _UNIT) & labelled
    is_out = moves == _OUT
    table = np.zeros((4 + 2 * len(entity_labels), len(moves)), dtype=bool)
    for goes_on in (0, 1):
        for not_space in (0, 1):
            table[2 * goes_on + not_space] = is_out | (is_begin & bool(goes_on and not_space)) | \
                (is_unit & bool(not_space))
    for number, label in enumerate(entity_labels):
        same = labels == label
        for goes_on in (0, 1):
            table[4 + 2 * number + goes_on] = (is_in & same & bool(goes_on)) | (is_last & same)
    return table


@Language.factory(COMPONENT)
def _make(nlp: Language, name: str) -> FastEntityRecognizer:
    return FastEntityRecognizer(nlp.vocab)


def speed_up_entity_recognizer(nlp: Language, name: str = "ner") -> None:
    """Put `FastEntityRecognizer` in place of the pipeline's greedy entity recogniser `name` (if any)."""
    stock = nlp.get_pipe(name) if name in nlp.pipe_names else None
    if isinstance(stock, EntityRecognizer) and stock.cfg.get("beam_width", 1) == 1:
        fast = nlp.replace_pipe(name, COMPONENT)
        assert isinstance(fast, FastEntityRecognizer)
        fast.take(stock)
