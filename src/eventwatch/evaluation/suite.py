"""Every development genre at once (`eventwatch eval all`, `make eval`): a change is good when the genres it was not
aimed at do not fall.

Each genre is scored on the part of its data that is never tuned on (`part="report"`), or on the tuning part, or
on all of it; a genre whose data is absent is listed as skipped with the path it looked for, never silently.
The targets are the project's (README); `met` says whether a figure reaches its target.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal, TypeVar

from eventwatch.errors import EvalDataMissing
from eventwatch.evaluation import case, relevance
from eventwatch.evaluation.acled import holdout_split, load_acled
from eventwatch.evaluation.folds import FOLDS
from eventwatch.evaluation.metrics import class_scores, f1_summary

Part = Literal["tuning", "report", "all"]
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Figure:
    genre: str
    part: str
    n: int
    name: str
    value: float
    target: float | None = None
    spread: tuple[float, float] | None = None  # lowest and highest over repetitions, when `value` is their mean

    @property
    def met(self) -> bool | None:
        return None if self.target is None else self.value >= self.target - 1e-9


@dataclass
class SuiteReport:
    figures: list[Figure] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"figures": [{**asdict(f), "met": f.met} for f in self.figures], "skipped": self.skipped}

    def format(self) -> str:
        lines = [f"{'genre':28} {'part':8} {'n':>5}  {'figure':38} {'value':>7} {'target':>7}"]
        for f in self.figures:
            target = "" if f.target is None else f"{f.target:.2f}" + (" ok" if f.met else " --")
            spread = "" if f.spread is None else f"  ({f.spread[0]:.4f} - {f.spread[1]:.4f})"
            lines.append(f"{f.genre:28} {f.part:8} {f.n:5d}  {f.name:38} {f.value:7.4f} {target:>7}{spread}")
        lines += [f"skipped: {s}" for s in self.skipped]
        return "\n".join(lines)


def pick(parts: tuple[list[T], list[T]], part: Part) -> list[T]:
    tuning, report = parts
    return tuning if part == "tuning" else report if part == "report" else [*tuning, *report]


def acled_figures(rows: Sequence[Any], classify: case.Predict, part: str) -> list[Figure]:
    """Sub-event weighted and macro F1 and event type accuracy of ACLED notes (stripped of their date prefix)."""
    predicted = classify([r.notes for r in rows])
    gold = [r.sub_event_type for r in rows]
    weighted, macro = f1_summary(class_scores(gold, [p[1] if p else None for p in predicted]))
    types = sum(1 for r, p in zip(rows, predicted, strict=True) if p and p[0] == r.event_type) / max(len(rows), 1)
    g = "ACLED notes"
    return [Figure(g, part, len(rows), "sub-event weighted F1", weighted, 0.92),
            Figure(g, part, len(rows), "sub-event macro F1", macro, 0.80),
            Figure(g, part, len(rows), "event type accuracy", types)]


def case_figures(snippets: Sequence[case.Snippet], classify: case.Predict | Sequence[case.Predict], part: str,
                 genre: str = "CASE 2021 half") -> list[Figure]:
    """The CASE figures of one classifier, or the mean (with lowest and highest) over the repetitions of a
    cross-validation, one `Predict` each."""
    predicts = [classify] if callable(classify) else list(classify)
    r = case.evaluate_case_repeated(snippets, predicts)
    n, g = r.runs[0], genre

    def fig(count: int, name: str, attr: str, target: float) -> Figure:
        return Figure(g, part, count, name, r.mean(attr), target, r.spread(attr) if len(r.runs) > 1 else None)

    return [fig(n.n_acled, "sub-event weighted F1", "sub_event_weighted_f1", 0.85),
            fig(n.n_acled, "sub-event macro F1", "sub_event_macro_f1", 0.80),
            fig(n.n_acled, "event type accuracy", "event_type_accuracy", 0.90),
            fig(n.non_acled, "non-ACLED answered no event", "non_acled_no_event", 0.90)]


def evaluate_all(root: Path, classify: case.Predict, extract: relevance.Extract, *, part: Part = "report",
                 genres: Sequence[str] = (), progress: Callable[[str], None] = lambda _: None,
                 classify_notes: case.Predict | None = None, case_classify: Sequence[case.Predict] = ()
                 ) -> SuiteReport:
    """Score every genre found under `root` (the `../shared/eval` layout); `genres` limits to some of them.
    `classify` answers news snippets; `classify_notes` ACLED notes, known to report an event (default: the same);
    `case_classify` the CASE snippets, one `Predict` per repetition of a cross-validation, scored as their mean
    (default: `classify`; a learned model trained on them answers by cross-validation instead)."""
    report = SuiteReport()
    notes = classify_notes or classify
    steps: list[tuple[str, Path, Callable[[Path], list[Figure]]]] = [
        ("acled", root / "acled" / "acled_2022_dev.csv", lambda p: acled_figures(
            pick(holdout_split(load_acled(p, strip_date_prefix=True)), part), notes, part)),
        ("case", root / "events" / "case2021_task2_dev_half.tsv", lambda p: case_figures(
            pick(case.split_case(case.load_case(p)), part), case_classify or classify, part,
            _case_genre(case_classify))),
        ("glocon", root / "protest" / "glocon_sample", lambda p: _glocon(p, extract, part)),
        ("muc4", root / "protest" / "muc4" / "dev.json", lambda p: _muc4(p, extract, part)),
        ("satp", root / "protest" / "satp", lambda p: _satp(p, extract, part)),
    ]
    for name, path, run in steps:
        if genres and name not in genres:
            continue
        if not path.exists():
            report.skipped.append(f"{name}: no data at {path}")
            continue
        progress(name)
        try:
            report.figures.extend(run(path))
        except EvalDataMissing as exc:
            report.skipped.append(f"{name}: {exc}")
    return report


def _case_genre(cv: Sequence[case.Predict]) -> str:
    if not cv:
        return "CASE 2021 half"
    return f"CASE 2021 half, {FOLDS}-fold CV" if len(cv) == 1 else f"CASE 2021 half, {len(cv)}x{FOLDS}-fold CV"


def _glocon(root: Path, extract: relevance.Extract, part: Part) -> list[Figure]:
    docs = pick(relevance.split_glocon(relevance.load_glocon_documents(root / "document" / "Sabinet_R.json")), part)
    sents = pick(relevance.split_glocon(relevance.load_glocon_sentences(root / "sentence" / "Sabinet.json")), part)
    d = relevance.evaluate_relevance(docs, extract, relevance.is_glocon_protest)
    s = relevance.evaluate_relevance(sents, extract, relevance.is_glocon_protest)
    return [Figure("GLOCON documents", part, d.n, "protest macro F1", d.macro_f1, 0.85),
            Figure("GLOCON documents", part, d.n, "protest F1", d.f1),
            Figure("GLOCON sentences", part, s.n, "protest macro F1", s.macro_f1, 0.85),
            Figure("GLOCON sentences", part, s.n, "protest F1", s.f1)]


def _muc4(path: Path, extract: relevance.Extract, part: Part) -> list[Figure]:
    docs = pick(relevance.split_muc4(relevance.load_muc4(path)), part)
    r = relevance.evaluate_relevance(docs, extract, relevance.is_violent)
    return [Figure("MUC-4 dev", part, r.n, "relevance F1", r.f1, 0.85),
            Figure("MUC-4 dev", part, r.n, "relevance macro F1", r.macro_f1)]


def _satp(root: Path, extract: relevance.Extract, part: Part) -> list[Figure]:
    """SATP's own files are the split: train.tsv is tuned on, dev.tsv is reported."""
    files = {"tuning": ["train.tsv"], "report": ["dev.tsv"], "all": ["train.tsv", "dev.tsv"]}[part]
    items = [i for f in files for i in relevance.load_satp(root / f)]
    r = relevance.evaluate_satp(items, extract)
    return [Figure("SATP incidents", part, r.n, "any event (recall)", r.detected),
            Figure("SATP incidents", part, r.n, "mapped flags micro F1", r.micro_f1)]
