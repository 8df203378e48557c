"""Sub-event typing of news snippets in the CASE 2021 Task 2 format (`id<TAB>EventSnippet<TAB>SubType`).

CASE labels each snippet with a code for one of ACLED's 25 sub-event types (PEACE_PROTEST, DISR_WEAP, ...) or with
a type outside ACLED (organised crime, natural and man-made disasters, diplomacy, claims of responsibility), for
which the expected answer is *no event*. The scores here are those of the shared task, computed over the snippets
with an ACLED label (a snippet answered with no event counts as wrong), plus the share of non-ACLED snippets
answered with no event, so that a coder cannot look good by calling everything an event.

The file is split before anything is tuned on it (`split_case`): even ids are the tuning part, odd ids the part
that is reported. A learned model is reported on cross-validation folds of the part it was not fitted to.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from eventwatch.errors import EvalDataMissing
from eventwatch.evaluation.metrics import ClassScore, class_scores, confusion, f1_summary

# CASE 2021 Task 2 codes -> ACLED sub-event types (None: outside ACLED, the answer is "no event").
CASE_TO_ACLED: dict[str, tuple[str, str] | None] = {
    "ABDUCT_DISSAP": ("Violence against civilians", "Abduction/forced disappearance"),
    "AGREEMENT": ("Strategic developments", "Agreement"),
    "AIR_STRIKE": ("Explosions/Remote violence", "Air/drone strike"),
    "ARMED_CLASH": ("Battles", "Armed clash"),
    "ARREST": ("Strategic developments", "Arrests"),
    "ART_MISS_ATTACK": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "ATTACK": ("Violence against civilians", "Attack"),
    "CHANGE_TO_GROUP_ACT": ("Strategic developments", "Change to group/activity"),
    "CHEM_WEAP": ("Explosions/Remote violence", "Chemical weapon"),
    "DISR_WEAP": ("Strategic developments", "Disrupted weapons use"),
    "FORCE_AGAINST_PROTEST": ("Protests", "Excessive force against protesters"),
    "GOV_REGAINS_TERIT": ("Battles", "Government regains territory"),
    "GRENADE": ("Explosions/Remote violence", "Grenade"),
    "HQ_ESTABLISHED": ("Strategic developments", "Headquarters or base established"),
    "MOB_VIOL": ("Riots", "Mob violence"),
    "NON_STATE_ACTOR_OVERTAKES_TER": ("Battles", "Non-state actor overtakes territory"),
    "NON_VIOL_TERRIT_TRANSFER": ("Strategic developments", "Non-violent transfer of territory"),
    "OTHER": ("Strategic developments", "Other"),
    "PEACE_PROTEST": ("Protests", "Peaceful protest"),
    "PROPERTY_DISTRUCT": ("Strategic developments", "Looting/property destruction"),
    "PROTEST_WITH_INTER": ("Protests", "Protest with intervention"),
    "REM_EXPLOS": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "SEX_VIOL": ("Violence against civilians", "Sexual violence"),
    "SUIC_BOMB": ("Explosions/Remote violence", "Suicide bomb"),
    "VIOL_DEMONSTR": ("Riots", "Violent demonstration"),
    "ORG_CRIME": None,
    "NATURAL_DISASTER": None,
    "MAN_MADE_DISASTER": None,
    "DIPLO": None,
    "ATTRIB": None,
}
NO_EVENT = "(no event)"

Label = tuple[str, str] | None  # (event_type, sub_event_type), or None for no event
Predict = Callable[[Sequence[str]], list[Label]]


@dataclass(frozen=True, slots=True)
class Snippet:
    id: str
    text: str
    code: str  # the CASE code as written

    @property
    def gold(self) -> Label:
        return CASE_TO_ACLED[self.code]


def load_case(path: Path) -> list[Snippet]:
    """The snippets of a CASE 2021 Task 2 TSV file; an unknown code is an error, not a silent skip."""
    if not path.is_file():
        raise EvalDataMissing(f"CASE file not found: {path}")
    out: list[Snippet] = []
    with path.open(encoding="utf-8", newline="") as fh:
        for rec in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            code = (rec.get("SubType") or "").strip()
            if code not in CASE_TO_ACLED:
                raise EvalDataMissing(f"{path}: unknown CASE sub-type {code!r} for id {rec.get('id')}")
            out.append(Snippet(str(rec.get("id", "")).strip(), (rec.get("EventSnippet") or "").strip(), code))
    return out


def split_case(snippets: Sequence[Snippet]) -> tuple[list[Snippet], list[Snippet]]:
    """(tuning part, reported part): even ids are tuned on, odd ids are reported. Ids that are not numbers go by
    the parity of their last character's code, so any file splits the same way every time."""

    def odd(s: Snippet) -> bool:
        return (int(s.id) if s.id.isdigit() else ord(s.id[-1:] or "0")) % 2 == 1

    return [s for s in snippets if not odd(s)], [s for s in snippets if odd(s)]


@dataclass
class CaseReport:
    n: int
    n_acled: int
    sub_event_weighted_f1: float
    sub_event_macro_f1: float
    event_type_accuracy: float
    non_acled: int
    non_acled_no_event: float  # share of non-ACLED snippets answered with no event
    acled_no_event: int  # ACLED-labelled snippets answered with no event (missed events)
    with_no_event_weighted_f1: float  # the 26-class view: every non-ACLED type is the class "no event"
    per_class: dict[str, ClassScore] = field(default_factory=dict)
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def format(self) -> str:
        lines = [
            f"snippets                         {self.n} ({self.n_acled} with an ACLED type)",
            f"sub_event_type weighted F1       {self.sub_event_weighted_f1:.4f}",
            f"sub_event_type macro F1          {self.sub_event_macro_f1:.4f}",
            f"event_type accuracy              {self.event_type_accuracy:.4f}",
            f"non-ACLED answered no event      {self.non_acled_no_event:.4f} (of {self.non_acled})",
            f"ACLED snippets with no event     {self.acled_no_event}",
            f"weighted F1 with 'no event'      {self.with_no_event_weighted_f1:.4f}",
            "",
            f"{'sub_event_type':40} {'P':>6} {'R':>6} {'F1':>6} {'n':>5}",
        ]
        for label, s in sorted(self.per_class.items(), key=lambda kv: (-kv[1].support, kv[0])):
            lines.append(f"{label[:40]:40} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.support:5d}")
        lines += ["", "confusion (gold -> predicted: count), largest first"]
        errors = [(n, g, p) for g, row in self.confusion.items() for p, n in row.items() if g != p]
        for n, g, p in sorted(errors, key=lambda e: (-e[0], e[1], e[2]))[:25]:
            lines.append(f"  {n:4d}  {g} -> {p}")
        return "\n".join(lines)


def score_case(snippets: Sequence[Snippet], predicted: Sequence[Label]) -> CaseReport:
    """The CASE figures for predictions already made (one label or None per snippet, in order)."""
    acled = [(s, p) for s, p in zip(snippets, predicted, strict=True) if s.gold is not None]
    other = [p for s, p in zip(snippets, predicted, strict=True) if s.gold is None]
    gold_sub = [s.gold[1] for s, _ in acled if s.gold]
    pred_sub = [p[1] if p else None for _, p in acled]
    scores = class_scores(gold_sub, pred_sub)
    weighted, macro = f1_summary(scores)
    type_ok = sum(1 for s, p in acled if s.gold and p and p[0] == s.gold[0])
    all_gold = [s.gold[1] if s.gold else NO_EVENT for s in snippets]
    all_pred = [p[1] if p else NO_EVENT for p in predicted]
    with_none, _ = f1_summary(class_scores(all_gold, all_pred))
    no_event_counts = Counter(p is None for p in other)
    return CaseReport(
        n=len(snippets), n_acled=len(acled),
        sub_event_weighted_f1=weighted, sub_event_macro_f1=macro,
        event_type_accuracy=type_ok / len(acled) if acled else 0.0,
        non_acled=len(other),
        non_acled_no_event=no_event_counts[True] / len(other) if other else 0.0,
        acled_no_event=sum(1 for p in pred_sub if p is None),
        with_no_event_weighted_f1=with_none,
        per_class=scores, confusion=confusion(gold_sub, pred_sub),
    )


def evaluate_case(snippets: Sequence[Snippet], predict: Predict) -> CaseReport:
    """Predict every snippet's main event with `predict` (texts in, labels out) and score it."""
    return score_case(snippets, predict([s.text for s in snippets]))


# The headline figures of a CASE report (attribute: label), averaged over the repetitions of a cross-validation.
HEADLINE = {"sub_event_weighted_f1": "sub_event_type weighted F1", "sub_event_macro_f1": "sub_event_type macro F1",
            "event_type_accuracy": "event_type accuracy", "non_acled_no_event": "non-ACLED answered no event",
            "with_no_event_weighted_f1": "weighted F1 with 'no event'"}


@dataclass
class RepeatedCaseReport:
    """The CASE figures of R repetitions of a cross-validation (each with its own folds): every headline figure is
    the mean over repetitions, with its lowest and highest value, because one k-fold split moves by more than a rule
    round does. The per-type table and the confusions are those of the first repetition (the single split's folds)."""

    runs: list[CaseReport]

    def mean(self, name: str) -> float:
        return sum(float(getattr(r, name)) for r in self.runs) / len(self.runs)

    def spread(self, name: str) -> tuple[float, float]:
        values = [float(getattr(r, name)) for r in self.runs]
        return min(values), max(values)

    def as_dict(self) -> dict[str, Any]:
        return {"repetitions": len(self.runs),
                "mean": {name: self.mean(name) for name in HEADLINE},
                "spread": {name: list(self.spread(name)) for name in HEADLINE},
                "runs": [r.as_dict() for r in self.runs]}

    def format(self) -> str:
        first = self.runs[0]
        lines = [f"mean of {len(self.runs)} repetitions of the cross-validation (lowest - highest)", ""]
        for name, label in HEADLINE.items():
            lo, hi = self.spread(name)
            lines.append(f"{label:32} {self.mean(name):.4f} ({lo:.4f} - {hi:.4f})")
        lines += ["", f"repetition 1 (the single split's folds): {first.n} snippets, {first.n_acled} with an ACLED "
                      "type", first.format()]
        return "\n".join(lines)


def evaluate_case_repeated(snippets: Sequence[Snippet], predicts: Sequence[Predict]) -> RepeatedCaseReport:
    """Score every repetition's predictions (one `Predict` per repetition) and keep them all."""
    if not predicts:
        raise ValueError("no repetition to score")
    return RepeatedCaseReport([evaluate_case(snippets, p) for p in predicts])
