"""The date lexicons (month and weekday names, numerals, vague phrases...), read once from package data.

They live in `eventwatch/data/dates/*.tsv` so that adding a spelling or a phrase is a data change, reviewable
and testable, not an edit of a regular expression.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources


def tsv_rows(name: str) -> list[list[str]]:
    """Rows of a TSV lexicon in `data/dates`, without comments and blank lines."""
    text = resources.files("eventwatch").joinpath("data").joinpath("dates").joinpath(name).read_text(encoding="utf-8")
    rows: list[list[str]] = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append([cell.strip() for cell in line.split("\t")])
    return rows


@dataclass(frozen=True, slots=True)
class VaguePhrase:
    rule: str
    timeml: str


@dataclass(frozen=True, slots=True)
class Lexicon:
    months: dict[str, int]
    weekdays: dict[str, int]
    numerals: dict[str, int]
    ordinals: dict[str, int]
    units: dict[str, str]
    seasons: dict[str, tuple[int, str]]
    times_of_day: dict[str, str]
    holidays: dict[str, str]
    vague: dict[str, VaguePhrase]
    future_markers: tuple[str, ...]
    future_verbs: dict[str, str]
    past_verbs: frozenset[str]
    abbreviations: frozenset[str]
    quantity_words: frozenset[str]
    model_makes: frozenset[str]
    event_words: dict[str, tuple[str, ...]]


@cache
def lexicon() -> Lexicon:
    """The dates' word lists (`data/dates/*.tsv`: months, weekdays, numerals, units, seasons, holidays, vague
    phrases...), read once: the words are data, so that a form is added without touching a pattern."""
    return Lexicon(
        months={r[0]: int(r[1]) for r in tsv_rows("months.tsv")},
        weekdays={r[0]: int(r[1]) for r in tsv_rows("weekdays.tsv")},
        numerals={r[0]: int(r[1]) for r in tsv_rows("numerals.tsv")},
        ordinals={r[0]: int(r[1]) for r in tsv_rows("ordinals.tsv")},
        units={r[0]: r[1] for r in tsv_rows("units.tsv")},
        seasons={r[0]: (int(r[1]), r[2]) for r in tsv_rows("seasons.tsv")},
        times_of_day={r[0]: r[1] for r in tsv_rows("times_of_day.tsv")},
        holidays={r[0]: r[1] for r in tsv_rows("holidays.tsv")},
        vague={r[0]: VaguePhrase(r[1], r[2]) for r in tsv_rows("vague.tsv")},
        future_markers=tuple(r[0] for r in tsv_rows("future_markers.tsv")),
        future_verbs={r[0]: r[1] for r in tsv_rows("future_verbs.tsv")},
        past_verbs=frozenset(r[0] for r in tsv_rows("past_verbs.tsv")),
        abbreviations=frozenset(r[0] for r in tsv_rows("abbreviations.tsv")),
        quantity_words=frozenset(r[0] for r in tsv_rows("quantity_words.tsv")),
        model_makes=frozenset(r[0] for r in tsv_rows("model_makes.tsv")),
        event_words={r[0]: tuple(r[1].split(",")) for r in tsv_rows("event_words.tsv")},
    )
