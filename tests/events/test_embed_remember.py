"""The arbiter's embedder remembers the vectors of recent sentences: each distinct text is embedded once."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from eventwatch.events.embed import DIMENSION, Matrix, Remembering, load_embedder


class Counting:
    """A stand-in embedding model: a text's vector from its length, and a record of what it was asked."""

    route = "counting"

    def __init__(self) -> None:
        self.asked: list[list[str]] = []

    def embed(self, texts: Sequence[str]) -> Matrix:
        self.asked.append(list(texts))
        out = np.zeros((len(texts), DIMENSION), dtype=np.float32)
        for row, text in enumerate(texts):
            out[row, len(text) % DIMENSION] = 1.0
        return out


def test_each_distinct_text_is_embedded_once_while_remembered() -> None:
    inner = Counting()
    remembering = Remembering(inner, limit=2)
    first = remembering.embed(["Troops shelled the town.", "Troops shelled the town.", "Crowds marched."])
    assert inner.asked == [["Troops shelled the town.", "Crowds marched."]]  # a repeat within a batch too
    assert np.array_equal(first[0], first[1]) and not np.array_equal(first[0], first[2])
    again = remembering.embed(["Crowds marched.", "Troops shelled the town."])
    assert len(inner.asked) == 1 and np.array_equal(again, first[[2, 0]])
    remembering.embed(["A third sentence here."])  # beyond the limit of two: the least recently used goes
    assert inner.asked[-1] == ["A third sentence here."]
    remembering.embed(["Crowds marched.", "Troops shelled the town."])
    assert inner.asked[-1] == ["Crowds marched."] and len(remembering.kept) == 2  # used before the other
    assert remembering.embed([]).shape == (0, DIMENSION) and remembering.route == "counting"


def test_remembered_vectors_are_those_of_the_model() -> None:
    texts = ["Police fired tear gas at the protesters.", "The central bank raised interest rates.",
             "Police fired tear gas at the protesters."]
    model = load_embedder()
    remembering = Remembering(model)
    assert np.array_equal(remembering.embed(texts), model.embed(texts))
    assert np.array_equal(remembering.embed(texts[::-1]), model.embed(texts[::-1]))  # now from memory


def test_the_arbiter_embeds_with_the_fast_kernels_and_training_with_the_reference() -> None:
    from eventwatch.events.arbiter import load_arbiter

    texts = ["Police fired tear gas at the protesters.", "Gunmen abducted 12 passengers on the highway.",
             "The central bank raised interest rates."]
    reference, fast = load_embedder(), load_embedder(fast=True)
    assert reference is not fast and load_embedder(fast=True) is fast  # each loaded once
    near, far = reference.embed(texts), fast.embed(texts)
    assert np.abs(near - far).max() < 1e-6  # the same model: the sums differ in their last bits only
    assert np.array_equal(fast.embed(texts[::-1])[::-1], far)  # and a vector does not depend on its batch
    arbiter = load_arbiter()
    assert isinstance(arbiter.embedder, Remembering) and arbiter.embedder.inner is fast
