"""Scoring the arbiter on data it was not fitted to: k-fold cross-validation over the CASE half.

Each CASE snippet is predicted by a model fitted on everything else — the ACLED tuning notes, the team's sentences
and the other folds of the CASE half — never on its own fold. Folds are fixed by a hash of the snippet id, so the
figure is reproduced exactly by `eventwatch eval case FILE --cross-validate`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from eventwatch.evaluation.case import CaseReport, Label, Predict, Snippet, load_case, score_case
from eventwatch.events.arbiter import NO_EVENT, Verdict, features
from eventwatch.events.codebook import load_codebook
from eventwatch.training.data import case_examples, training_examples
from eventwatch.training.fit import Featurised, featurise, fit

FOLDS = 5


def fold_of(snippet_id: str, k: int = FOLDS) -> int:
    return int(hashlib.sha1(snippet_id.encode()).hexdigest(), 16) % k


def as_label(verdict: Verdict) -> Label:
    if verdict.label == NO_EVENT:
        return None
    return load_codebook().event_type_of(verdict.label), verdict.label


def cross_validate(data: Featurised, *, k: int = FOLDS, progress: Callable[[str], None] = lambda _: None,
                   **fit_args: Any) -> dict[str, Verdict]:
    """The verdict on every CASE example (key "case:ID") from the model of the folds it is not in."""
    out: dict[str, Verdict] = {}
    case = [i for i, e in enumerate(data.examples) if e.genre == "case"]
    for fold in range(k):
        held = [i for i in case if fold_of(data.examples[i].key.removeprefix("case:"), k) == fold]
        kept = sorted(set(range(len(data.examples))) - set(held))
        progress(f"fold {fold + 1} of {k}: fitting on {len(kept)} examples, predicting {len(held)}")
        model = fit(data.subset(kept), **fit_args)
        test = data.subset(held)
        proba = model.proba(features(test.readings, test.embeddings, model.embed_scale))
        for e, r, p in zip(test.examples, test.readings, proba, strict=True):
            out[e.key] = model.decide(r, p)
    return out


def case_report(snippets: Sequence[Snippet], verdicts: dict[str, Verdict]) -> CaseReport:
    return score_case(snippets, [as_label(verdicts[f"case:{s.id}"]) for s in snippets])


def case_cv_predictor(case_path: Path, data_root: Path, progress: Callable[[str], None] = lambda _: None
                      ) -> Predict:
    """A `Predict` for CASE snippets of `case_path` that answers each one from the cross-validation fold model
    it was not fitted to (the folds run once, on the first call), with the training inputs of `data_root`."""
    verdicts: dict[str, Label] = {}

    def predict(texts: Sequence[str]) -> list[Label]:
        if not verdicts:
            snippets = load_case(case_path)
            examples = [e for e in training_examples(data_root, case_path) if e.genre != "case"]
            examples += case_examples(snippets)
            progress(f"cross-validating the arbiter on {case_path} ({len(snippets)} snippets, {FOLDS} folds) ...")
            found = cross_validate(featurise(examples, progress=progress), progress=progress)
            verdicts.update({s.text: as_label(found[f"case:{s.id}"]) for s in snippets})
        return [verdicts[t] for t in texts]

    return predict
