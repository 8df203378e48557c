"""`eventwatch eval language DIR`: loaded language and name-calling spans against the Propaganda Techniques Corpus.

The PTC layout: a folder of articles (`article<ID>.txt`) and the technique labels, either one file
(`*-TC.labels`: article id, technique, start, end, tab-separated) or one file per article
(`article<ID>.task2-TC.labels`). Only the two techniques eventwatch finds are scored: Loaded_Language and
Name_Calling,Labeling.

Scoring follows SemEval-2020 Task 11's span identification (SI): overlapping gold spans of an article are merged,
and so are predicted ones; each predicted span s earns |s ∩ t| / |s| against every gold span t it overlaps
(precision, over the number of predicted spans) and each gold span t earns |s ∩ t| / |t| (recall, over the number
of gold spans). Per technique, the same with the labels kept apart (each technique's spans against its own).
Articles are split by id parity: tune on odd ids, report even ids as never tuned on. `build_model` trains the
learned scorer (`eventwatch.sources.loaded_model`) on the odd ids only, so its even-id figure is one it never saw.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from eventwatch.errors import EvalDataMissing
from eventwatch.evaluation.metrics import f1
from eventwatch.records import LoadedSpan
from eventwatch.sources.loaded import TECHNIQUES, find_loaded
from eventwatch.sources.loaded_model import LoadedModel, model_path, train

Interval = tuple[int, int]
_ARTICLE = re.compile(r"article(\d+)\.txt$")


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    text: str
    gold: tuple[tuple[int, int, str], ...]  # (start, end, technique), the two techniques only


@dataclass(slots=True)
class SpanScore:
    """Running sums of SemEval's SI measure."""

    precision_sum: float = 0.0
    predicted: int = 0
    recall_sum: float = 0.0
    gold: int = 0

    def add(self, predicted: Sequence[Interval], gold: Sequence[Interval]) -> None:
        pred, ref = merge(predicted), merge(gold)
        self.predicted += len(pred)
        self.gold += len(ref)
        for ps, pe in pred:
            for gs, ge in ref:
                overlap = min(pe, ge) - max(ps, gs)
                if overlap > 0:
                    self.precision_sum += overlap / (pe - ps)
                    self.recall_sum += overlap / (ge - gs)

    @property
    def precision(self) -> float:
        return self.precision_sum / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.recall_sum / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)


@dataclass(slots=True)
class LanguageReport:
    articles: int = 0
    spans: SpanScore = field(default_factory=SpanScore)
    by_technique: dict[str, SpanScore] = field(default_factory=lambda: {t: SpanScore() for t in TECHNIQUES})

    def format(self, title: str) -> str:
        lines = [f"{title}: {self.articles} articles, {self.spans.gold} gold spans (merged), "
                 f"{self.spans.predicted} predicted",
                 f"  span identification (both techniques): P {self.spans.precision:.3f}  R {self.spans.recall:.3f}"
                 f"  F1 {self.spans.f1:.3f}"]
        for technique, score in self.by_technique.items():
            lines.append(f"  {technique:<22} with its label:  P {score.precision:.3f}  R {score.recall:.3f}  "
                         f"F1 {score.f1:.3f}  ({score.gold} gold)")
        return "\n".join(lines)


def merge(spans: Iterable[Interval]) -> list[Interval]:
    """Overlapping spans as one."""
    out: list[Interval] = []
    for start, end in sorted(spans):
        if end <= start:
            continue
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _labels(folder: Path) -> dict[str, list[tuple[int, int, str]]]:
    files = sorted(folder.glob("*TC.labels")) + sorted(folder.glob("*/*TC.labels"))
    if not files:
        raise EvalDataMissing(f"no technique labels (*TC.labels) in {folder}")
    labels: dict[str, list[tuple[int, int, str]]] = {}
    for file in files:
        for line in file.read_text(encoding="utf-8").splitlines():
            cells = line.split("\t")
            if len(cells) == 4 and cells[2].isdigit() and cells[3].isdigit():
                labels.setdefault(cells[0], [])
                if cells[1] in TECHNIQUES:
                    labels[cells[0]].append((int(cells[2]), int(cells[3]), cells[1]))
    return labels


def load_ptc(folder: str | Path) -> list[Article]:
    """The articles of a PTC folder with their gold spans of the two techniques, in id order."""
    root = Path(folder)
    if not root.is_dir():
        raise EvalDataMissing(f"no PTC folder at {root}")
    labels = _labels(root)
    articles = []
    for path in sorted(root.rglob("article*.txt")):
        match = _ARTICLE.search(path.name)
        if match and match.group(1) in labels:
            text = path.read_text(encoding="utf-8")
            articles.append(Article(match.group(1), text, tuple(sorted(labels[match.group(1)]))))
    if not articles:
        raise EvalDataMissing(f"no labelled articles (article<ID>.txt) in {root}")
    return sorted(articles, key=lambda a: int(a.id))


Detector = Callable[[str], list[LoadedSpan]]


def evaluate(articles: Iterable[Article], detector: Detector = find_loaded) -> LanguageReport:
    report = LanguageReport()
    for article in articles:
        report.articles += 1
        found = detector(article.text)
        report.spans.add([(s.start, s.end) for s in found], [(s, e) for s, e, _ in article.gold])
        for technique, score in report.by_technique.items():
            score.add([(s.start, s.end) for s in found if s.technique == technique],
                      [(s, e) for s, e, t in article.gold if t == technique])
    return report


def split_by_parity(articles: Sequence[Article]) -> tuple[list[Article], list[Article]]:
    """(odd ids: the part tuned on, even ids: never tuned on)."""
    return [a for a in articles if int(a.id) % 2 == 1], [a for a in articles if int(a.id) % 2 == 0]


@dataclass(slots=True)
class PtcReport:
    """The two halves of a PTC folder: odd ids (tuned on) and even ids (never tuned on)."""

    tuned: LanguageReport
    held_out: LanguageReport
    detector: str = "lexicon"

    def format(self) -> str:
        return "\n".join([f"detector: {self.detector}",
                          self.held_out.format("even article ids (never tuned on)"),
                          self.tuned.format("odd article ids (tuned on)")])

    def as_dict(self) -> dict[str, object]:
        def part(report: LanguageReport) -> dict[str, object]:
            def figures(score: SpanScore) -> dict[str, float | int]:
                return {"precision": round(score.precision, 4), "recall": round(score.recall, 4),
                        "f1": round(score.f1, 4), "gold": score.gold, "predicted": score.predicted}

            return {"articles": report.articles, "spans": figures(report.spans),
                    "by_technique": {t: figures(s) for t, s in report.by_technique.items()}}

        return {"detector": self.detector, "even_never_tuned": part(self.held_out), "odd_tuned": part(self.tuned)}


def evaluate_ptc(folder: str | Path, detector: Detector = find_loaded, limit: int | None = None,
                 name: str = "lexicon") -> PtcReport:
    articles = load_ptc(folder)[:limit] if limit else load_ptc(folder)
    odd, even = split_by_parity(articles)
    return PtcReport(evaluate(odd, detector), evaluate(even, detector), name)


def si_f1(pairs: Iterable[tuple[Sequence[tuple[int, int, str]], Sequence[LoadedSpan]]]) -> float:
    """SemEval's span-identification F1 over (gold, found) pairs of articles: what the model's threshold is chosen
    by."""
    total = SpanScore()
    for gold, found in pairs:
        total.add([(s.start, s.end) for s in found], [(s, e) for s, e, _ in gold])
    return total.f1


def build_model(folder: str | Path, out: Path | None = None) -> tuple[LoadedModel, Path]:
    """Train the learned scorer on a PTC folder's odd article ids (the even ones stay unseen) and write it to the
    cache (or `out`)."""
    odd, _ = split_by_parity(load_ptc(folder))
    if not odd:
        raise EvalDataMissing(f"no odd-id articles to train on in {folder}")
    model = train([(a.id, a.text, a.gold) for a in odd], si_f1, source=f"{Path(folder).name} odd ids")
    path = out or model_path()
    model.save(path)
    return model, path
