"""Scores shared by every evaluation report."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eventwatch.geo.gazetteer import Gazetteer


def f1(precision: float, recall: float) -> float:
    """The harmonic mean of precision and recall; 0 when both are 0."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def same_admin(ours: str | None, theirs: str, gaz: Gazetteer | None = None) -> bool:
    """Whether two admin1 names name the same division: folded keys equal or nearly so ("Sa'dah" = "Sadah"), or
    ACLED's name is one of the gazetteer's names for a first-level division displayed as ours ("Wassit" = "Vasit")."""
    from rapidfuzz import fuzz

    from eventwatch.geo.gazetteer import ADM1
    from eventwatch.geo.normalize import key

    if not ours or not theirs:
        return False
    a, b = key(ours), key(theirs)
    if a == b or fuzz.ratio(a, b) >= 85:
        return True
    if gaz is None:
        return False
    cols = gaz.cols
    return any(cols.kind[r] == ADM1 and cols.name[r] == ours for r, _ in gaz.lookup(b))


@dataclass
class ClassScore:
    precision: float
    recall: float
    f1: float
    support: int


def class_scores(gold: Sequence[str], pred: Sequence[str | None]) -> dict[str, ClassScore]:
    labels = sorted(set(gold))
    out: dict[str, ClassScore] = {}
    for label in labels:
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == label and p == label)
        fp = sum(1 for g, p in zip(gold, pred, strict=True) if g != label and p == label)
        fn = sum(1 for g, p in zip(gold, pred, strict=True) if g == label and p != label)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        out[label] = ClassScore(precision, recall, f1(precision, recall), tp + fn)
    return out


def f1_summary(scores: dict[str, ClassScore]) -> tuple[float, float]:
    """(weighted F1, macro F1) over the gold classes."""
    total = sum(s.support for s in scores.values())
    weighted = sum(s.f1 * s.support for s in scores.values()) / total if total else 0.0
    macro = sum(s.f1 for s in scores.values()) / len(scores) if scores else 0.0
    return weighted, macro


def confusion(gold: Sequence[str], pred: Sequence[str | None]) -> dict[str, dict[str, int]]:
    """Gold label -> predicted label (or "(none)") -> count."""
    table: dict[str, Counter[str]] = {}
    for g, p in zip(gold, pred, strict=True):
        table.setdefault(g, Counter())[p or "(none)"] += 1
    return {g: dict(c) for g, c in table.items()}
