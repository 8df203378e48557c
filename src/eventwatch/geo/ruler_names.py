"""The names the place ruler trusts on their own, and the common personal names it never makes places of.

The name list (towns of 15,000 people or more, divisions and countries, minus personal names) is compiled once
from the gazetteer, saved next to it in the cache and read from there afterwards.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from eventwatch.geo.gazetteer import ADM1, CITY, COUNTRY, Gazetteer, cache_dir
from eventwatch.geo.normalize import fold, key

MIN_POPULATION = 15_000
RULER_NAMES_FILE = "ruler_names.txt"  # beside the index in the cache (`runner/prebuild.py` checks for it too)


def person_names() -> frozenset[str]:
    text = resources.files("eventwatch.data").joinpath("geo").joinpath("person_names.txt").read_text("utf-8")
    return frozenset(key(w) for w in text.splitlines() if w.strip() and not w.startswith("#"))


def ruler_names(gaz: Gazetteer, directory: Path | None = None) -> frozenset[str]:
    """Keys of the place names the ruler trusts on their own, built once and saved in the cache."""
    path = (directory or cache_dir()) / RULER_NAMES_FILE
    if path.exists():
        return frozenset(path.read_text(encoding="utf-8").splitlines())
    people = person_names()
    c = gaz.cols
    names = set()
    for row in range(len(c.gid)):
        kind = c.kind[row]
        if kind in (ADM1, COUNTRY) or (kind == CITY and c.population[row] >= MIN_POPULATION):
            k = key(fold(c.name[row]))
            if len(k) >= 3 and k not in people:
                names.add(k)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text("\n".join(sorted(names)), encoding="utf-8")
    tmp.replace(path)
    return frozenset(names)
