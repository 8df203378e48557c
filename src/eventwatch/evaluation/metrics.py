"""Scores shared by every evaluation report."""

from __future__ import annotations

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
