"""ACLED taxonomy helpers: PLOVER mapping and the joint interaction code."""

from __future__ import annotations

import csv
import io
from functools import lru_cache
from importlib import resources

from eventwatch.events.codebook import load_codebook


def plover_type(event_type: str, sub_event_type: str) -> str:
    """The PLOVER event type for an ACLED (event_type, sub_event_type); "OTHER" for an unknown pair."""
    entry = load_codebook().sub_events.get(sub_event_type)
    if entry is None or entry[0] != event_type:
        return "OTHER"
    return entry[1]


def interaction(inter1: int | None, inter2: int | None) -> int:
    """ACLED's interaction code: the two inter codes, smallest first (1 and 8 -> 18, 7 and 3 -> 37).

    A one-sided event codes the missing actor as 0, so a lone actor of type 6 gives 60; no actors give 0.
    """
    codes = sorted(c for c in (inter1, inter2) if c)
    if not codes:
        return 0
    if len(codes) == 1:
        return codes[0] * 10
    return codes[0] * 10 + codes[1]


@lru_cache(maxsize=1)
def placeholder_actors() -> tuple[str, ...]:
    """The codebook's names for actors nobody named ("Rebel Group (Nigeria)", "Unidentified Gang (Mexico)"):
    the rows of `data/codebook/actors.csv` whose name is a kind of actor followed by the country. Read from the
    file, not the loaded codebook, so the driver's merge (`merge.reports`) does not compile the codebook's patterns;
    a worker's fold of retellings (`events.retelling`) reads the same names."""
    text = resources.files("eventwatch.data").joinpath("codebook").joinpath("actors.csv").read_text(encoding="utf-8")
    names = {row[1].replace(" ({country})", "") for row in csv.reader(io.StringIO(text))
             if len(row) > 1 and "({country})" in row[1]}
    return tuple(sorted(names))
