"""Scoring the arbiter on data it was not fitted to: repeated k-fold cross-validation over the CASE half.

Each CASE snippet is predicted by a model fitted on everything else — the ACLED tuning notes, the team's sentences
and the other folds of the CASE half — never on its own fold. Folds are fixed by a hash of the snippet id, so the
figure is reproduced exactly by `eventwatch eval case FILE --cross-validate`.

One 5-fold split is noisy: a rule change moves the arbiter's features, so every fold's refit moves snippets no rule
touched, by more than a rule round's own effect (README, "How much a retrain moves the figures"). So the
cross-validation is repeated `REPEATS` times, each repetition with its own folds (a hash of "repetition:id";
repetition 0 keeps the folds of the single split, so one repetition is the old figure exactly), and the figures
reported are the mean over repetitions with their spread. The texts are read and embedded once; only the fits repeat.

With `$EVENTWATCH_EMBEDDER` naming another route than the training's (`embed.run_route`), the folds are fitted on
the training route's vectors, as `eventwatch train` fits the shipped model, and the held-out CASE snippets are
predicted from the run-time route's vectors, as `eventwatch run` reads them: the figure is the run-time one.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from eventwatch.evaluation.case import CaseReport, Label, Predict, Snippet, load_case, score_case
from eventwatch.evaluation.folds import FOLDS, REPEATS
from eventwatch.events.arbiter import NO_EVENT, Verdict, features
from eventwatch.events.codebook import load_codebook
from eventwatch.events.embed import Matrix, load_embedder, run_route
from eventwatch.training.data import case_examples, training_examples
from eventwatch.training.fit import Featurised, featurise, fit


def fold_of(snippet_id: str, k: int = FOLDS, repeat: int = 0) -> int:
    """The fold of a snippet in one repetition: repetition 0 hashes the id alone (the folds of the single split)."""
    key = snippet_id if repeat == 0 else f"{repeat}:{snippet_id}"
    return int(hashlib.sha1(key.encode()).hexdigest(), 16) % k


def as_label(verdict: Verdict) -> Label:
    if verdict.label == NO_EVENT:
        return None
    return load_codebook().event_type_of(verdict.label), verdict.label


def cross_validate(data: Featurised, *, k: int = FOLDS, repeat: int = 0, run: Matrix | None = None,
                   progress: Callable[[str], None] = lambda _: None, **fit_args: Any) -> dict[str, Verdict]:
    """The verdict on every CASE example (key "case:ID") from the model of the folds it is not in, with the folds
    of repetition `repeat`; `run`: the vectors the held-out examples are predicted from (a row per example of
    `data`), when not `data.embeddings`."""
    out: dict[str, Verdict] = {}
    case = [i for i, e in enumerate(data.examples) if e.genre == "case"]
    for fold in range(k):
        held = [i for i in case if fold_of(data.examples[i].key.removeprefix("case:"), k, repeat) == fold]
        kept = sorted(set(range(len(data.examples))) - set(held))
        progress(f"repetition {repeat + 1}, fold {fold + 1} of {k}: fitting on {len(kept)} examples, "
                 f"predicting {len(held)}")
        model = fit(data.subset(kept), **fit_args)
        test = data.subset(held)
        vectors = test.embeddings if run is None else run[held]
        proba = model.proba(features(test.readings, vectors, model.embed_scale))
        for e, r, p in zip(test.examples, test.readings, proba, strict=True):
            out[e.key] = model.decide(r, p)
    return out


def repeated_cross_validate(data: Featurised, *, repeats: int = REPEATS, k: int = FOLDS, run: Matrix | None = None,
                            progress: Callable[[str], None] = lambda _: None, **fit_args: Any
                            ) -> list[dict[str, Verdict]]:
    """`cross_validate` once per repetition 0 .. repeats-1, each with its own folds, on the same features."""
    return [cross_validate(data, k=k, repeat=r, run=run, progress=progress, **fit_args) for r in range(repeats)]


def run_time_vectors(data: Featurised) -> Matrix | None:
    """The CASE examples' vectors by the run-time route when `$EVENTWATCH_EMBEDDER` names another than the
    training's (the training route's elsewhere: only held-out CASE rows are read), else None."""
    route = run_route(data.route)
    if route == data.route:
        return None
    case = [i for i, e in enumerate(data.examples) if e.genre == "case"]
    out = np.array(data.embeddings, copy=True)
    out[case] = load_embedder(route, fast=True).embed([data.examples[i].text for i in case])
    return out


def case_report(snippets: Sequence[Snippet], verdicts: dict[str, Verdict]) -> CaseReport:
    return score_case(snippets, [as_label(verdicts[f"case:{s.id}"]) for s in snippets])


def case_cv_predictors(case_path: Path, data_root: Path, repeats: int = REPEATS,
                       progress: Callable[[str], None] = lambda _: None) -> list[Predict]:
    """One `Predict` per repetition of the cross-validation, for CASE snippets of `case_path`: each answers a snippet
    from that repetition's fold model it was not fitted to, with the training inputs of `data_root`. The texts are
    read and embedded, and every repetition fitted, once, on the first call of any of them (so a run that scores no
    CASE snippet pays nothing)."""
    if repeats < 1:
        raise ValueError(f"repeats must be at least 1, not {repeats}")
    runs: list[dict[str, Label]] = []

    def run_all() -> None:
        snippets = load_case(case_path)
        examples = [e for e in training_examples(data_root, case_path) if e.genre != "case"]
        examples += case_examples(snippets)
        progress(f"cross-validating the arbiter on {case_path} ({len(snippets)} snippets, {repeats} x {FOLDS} "
                 "folds) ...")
        data = featurise(examples, progress=progress)
        found = repeated_cross_validate(data, repeats=repeats, run=run_time_vectors(data), progress=progress)
        runs.extend({s.text: as_label(run[f"case:{s.id}"]) for s in snippets} for run in found)

    def answer(repeat: int) -> Predict:
        def predict(texts: Sequence[str]) -> list[Label]:
            if not runs:
                run_all()
            return [runs[repeat][t] for t in texts]

        return predict

    return [answer(r) for r in range(repeats)]
