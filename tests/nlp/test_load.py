from __future__ import annotations

import pytest

from eventwatch.errors import ModelMissing
from eventwatch.nlp import load_nlp
from eventwatch.settings import Settings


def test_a_missing_spacy_model_is_a_clear_error() -> None:
    with pytest.raises(ModelMissing, match="not installed"):
        load_nlp(Settings(spacy_model="no_such_model_xx"))


def test_the_loaded_pipeline_carries_the_place_ruler(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "eventwatch_place_ruler" in nlp.pipe_names
    assert load_nlp(Settings()) is load_nlp(Settings())  # built once per process


# Team-written news sentences: places, numbers, quotes, a list of names, a two-sentence text.
_TEXTS = [
    "Gunmen shot dead two farmers near Kisumu on Tuesday, police said.",
    "About 2,000 teachers marched from Freedom Square to the ministry in Nairobi to demand unpaid wages.",
    "\"They burned the clinic,\" said Amina Yusuf, a nurse, adding that three soldiers of the 5th Brigade were hurt.",
    "Stop the attacks on the press. Officials in Lagos and Abuja promised an inquiry.",
    "Rebels of the National Liberation Front took the town of Bor after a week of fighting.",
]
_ATTRS = ["TAG", "POS", "MORPH", "DEP", "HEAD", "ENT_IOB", "ENT_TYPE", "SENT_START"]


def test_the_pipelines_models_multiply_with_numpys_blas_and_a_plain_load_keeps_blis(nlp) -> None:  # type: ignore[no-untyped-def]
    import spacy
    from thinc.api import Model

    def layers(pipeline):  # type: ignore[no-untyped-def]
        return [node for _, c in pipeline.pipeline if isinstance(getattr(c, "model", None), Model)
                for node in c.model.walk()]

    assert layers(nlp) and all(not node.ops.use_blis for node in layers(nlp))
    plain = spacy.load(Settings().spacy_model)
    assert all(node.ops.use_blis for node in layers(plain))


def test_numpys_blas_annotates_as_blis_does_alone_and_in_a_batch() -> None:
    """The same sums in another order: no annotation may differ from the stock pipeline's (`nlp.py`), nor a
    sentence parsed alone from the same sentence parsed in a batch."""
    import spacy

    from eventwatch.nlp import use_numpy_gemm

    stock = spacy.load(Settings().spacy_model)
    ours = spacy.load(Settings().spacy_model)
    use_numpy_gemm(ours)
    batched = [d.to_array(_ATTRS).tolist() for d in ours.pipe(_TEXTS, batch_size=64)]
    assert [d.to_array(_ATTRS).tolist() for d in stock.pipe(_TEXTS, batch_size=64)] == batched
    assert [ours(t).to_array(_ATTRS).tolist() for t in _TEXTS] == batched
