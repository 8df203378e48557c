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
