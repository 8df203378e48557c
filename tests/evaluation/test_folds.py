"""The CASE cross-validation's shape is named once, in a leaf module that training, the suite and the CLI read."""

from __future__ import annotations

import ast
import inspect

import pytest

from eventwatch.evaluation import folds, suite
from eventwatch.evaluation.case import Label
from eventwatch.training import crossval


def test_folds_imports_nothing_of_eventwatch() -> None:
    tree = ast.parse(inspect.getsource(folds))
    imported = [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
    imported += [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
    assert not [name for name in imported if name.startswith("eventwatch")]


def test_training_runs_the_shape_the_suite_labels() -> None:
    assert (crossval.FOLDS, crossval.REPEATS) == (folds.FOLDS, folds.REPEATS)
    assert suite.FOLDS == folds.FOLDS


def test_the_case_label_says_the_fold_count(monkeypatch: pytest.MonkeyPatch) -> None:
    def silent(texts: object) -> list[Label]:
        return []

    monkeypatch.setattr(suite, "FOLDS", 10)
    assert suite._case_genre([silent]) == "CASE 2021 half, 10-fold CV"
    assert suite._case_genre([silent, silent]) == "CASE 2021 half, 2x10-fold CV"
    assert suite._case_genre([]) == "CASE 2021 half"
