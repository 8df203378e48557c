"""Repeated k-fold cross-validation of the arbiter on the CASE half: one repetition is the single split of before,
every repetition answers each snippet by a model not fitted on it, and the folds are the same on every run."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from eventwatch.evaluation import folds
from eventwatch.training import crossval
from eventwatch.training.data import Example
from eventwatch.training.fit import Featurised

IDS = [str(n) for n in range(1, 61)]


def test_repetition_zero_keeps_the_single_split_folds() -> None:
    # The folds every CASE figure before the repetitions was measured on: SHA-1 of the id alone, modulo 5.
    for snippet_id in IDS:
        assert crossval.fold_of(snippet_id, 5, 0) == int(hashlib.sha1(snippet_id.encode()).hexdigest(), 16) % 5
        assert crossval.fold_of(snippet_id) == crossval.fold_of(snippet_id, 5, 0)


def test_each_repetition_has_its_own_folds_and_every_fold_is_used() -> None:
    splits = [[crossval.fold_of(i, 5, r) for i in IDS] for r in range(folds.REPEATS)]
    assert len({tuple(s) for s in splits}) == folds.REPEATS
    assert all(set(s) == set(range(5)) for s in splits)


@dataclass
class _Model:
    """A stand-in for a fitted arbiter: its verdict on a text is the set of keys it was fitted on."""

    fitted_on: frozenset[str]
    embed_scale: float = 1.0

    def proba(self, x: Any) -> list[None]:
        return [None] * len(x)

    def decide(self, reading: Any, proba: Any) -> frozenset[str]:
        return self.fitted_on


def _data() -> Featurised:
    examples = [Example(f"team:{n}", f"sentence {n}", "Armed clash", "team") for n in range(5)]
    examples += [Example(f"case:{i}", f"snippet {i}", "Armed clash", "case") for i in IDS]
    return Featurised(tuple(examples), tuple(None for _ in examples),  # type: ignore[misc]
                      np.zeros((len(examples), 2), dtype=np.float32), "test")


@pytest.fixture
def fake_fit(monkeypatch: pytest.MonkeyPatch) -> list[frozenset[str]]:
    fits: list[frozenset[str]] = []

    def fit(data: Featurised, **_: Any) -> _Model:
        fits.append(frozenset(e.key for e in data.examples))
        return _Model(fits[-1])

    monkeypatch.setattr(crossval, "fit", fit)
    monkeypatch.setattr(crossval, "features", lambda readings, embeddings, scale: list(readings))
    return fits


def test_every_snippet_is_answered_by_models_not_fitted_on_it_in_every_repetition(
        fake_fit: list[frozenset[str]]) -> None:
    runs = crossval.repeated_cross_validate(_data(), repeats=3)
    assert len(runs) == 3 and len(fake_fit) == 3 * folds.FOLDS
    for run in runs:
        assert set(run) == {f"case:{i}" for i in IDS}  # every snippet answered, only snippets
        for key, fitted_on in run.items():
            fitted: Sequence[str] = fitted_on  # type: ignore[assignment]
            assert key not in fitted
            assert {f"team:{n}" for n in range(5)} <= set(fitted)  # the other genres are in every fit


def test_the_repetitions_are_the_same_on_every_run(fake_fit: list[frozenset[str]]) -> None:
    first = crossval.repeated_cross_validate(_data(), repeats=2)
    assert first == crossval.repeated_cross_validate(_data(), repeats=2)
    assert first[0] == crossval.cross_validate(_data(), repeat=0)  # one repetition: the single split


def test_the_cli_default_is_the_module_default() -> None:
    from eventwatch.cli import genres

    for command in (genres.eval_all, genres.eval_case):
        params = {p.name: p for p in command.params}
        assert params["cv_repeats"].default == folds.REPEATS


def test_predictors_need_a_repetition(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        crossval.case_cv_predictors(tmp_path / "case.tsv", tmp_path, repeats=0)


def test_run_time_vectors_predict_the_held_snippets_and_the_fits_read_the_training_ones(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # With $EVENTWATCH_EMBEDDER naming another route, the folds are fitted on the training route's vectors (as the
    # shipped model was) and the held-out snippets predicted from the run-time route's (as `eventwatch run` reads).
    seen: list[tuple[str, np.ndarray]] = []

    def fit(data: Featurised, **_: Any) -> _Model:
        seen.append(("fit", np.asarray(data.embeddings)))
        return _Model(frozenset(e.key for e in data.examples))

    def features(readings: Any, embeddings: Any, scale: float) -> list[None]:
        seen.append(("predict", np.asarray(embeddings)))
        return list(readings)

    monkeypatch.setattr(crossval, "fit", fit)
    monkeypatch.setattr(crossval, "features", features)
    data = _data()
    run = np.ones_like(data.embeddings)
    crossval.cross_validate(data, run=run)
    assert all(not m.any() for kind, m in seen if kind == "fit")
    assert all(m.all() and len(m) > 0 for kind, m in seen if kind == "predict")


def test_no_run_time_vectors_unless_another_route_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EVENTWATCH_EMBEDDER", raising=False)
    data = _data()
    assert crossval.run_time_vectors(Featurised(data.examples, data.readings, data.embeddings, "onnx")) is None
    monkeypatch.setenv("EVENTWATCH_EMBEDDER", "onnx8")

    class Fake:
        route = "onnx8"

        def embed(self, texts: Sequence[str]) -> np.ndarray:
            return np.full((len(texts), 2), 7.0, dtype=np.float32)

    monkeypatch.setattr(crossval, "load_embedder", lambda route, fast=False: Fake())
    run = crossval.run_time_vectors(Featurised(data.examples, data.readings, data.embeddings, "onnx"))
    assert run is not None
    case = [e.genre == "case" for e in data.examples]
    assert (run[case] == 7.0).all() and (run[[not c for c in case]] == 0.0).all()
