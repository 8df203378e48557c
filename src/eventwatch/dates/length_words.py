"""The words a length or recurrence of time is said with, read once from package data: units with their ISO 8601
designators (`data/dates/lengths.tsv`), words of how often (`data/dates/recurring.tsv`) and numbers written in
words. Kept apart from the patterns (`length_patterns`) so that a new unit or spelling is a data change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from eventwatch.dates.lexicon import lexicon, tsv_rows

# an uncounted number: "several years" is some years, TimeML's X
VAGUE = frozenset({"a few", "few", "several", "a number of", "many", "some", "the next few"})
_UNITS_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TENS_WORDS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


@dataclass(frozen=True, slots=True)
class Unit:
    designator: str  # "D", "W", "TH"...
    factor: int  # units of the designator in one ("decade": 10 years)
    uncounted: str  # the designator of an uncounted length ("decades": E)


@cache
def units() -> dict[str, Unit]:
    """Each unit as written ("day", "days", "trading days") and its designator."""
    return {r[0]: Unit(r[1], int(r[2]), r[3]) for r in tsv_rows("lengths.tsv")}


@cache
def recurring() -> dict[str, str]:
    """Each word of how often ("daily", "annually") and its TimeML value."""
    return {r[0]: r[1] for r in tsv_rows("recurring.tsv")}


@cache
def numbers() -> dict[str, int]:
    """Numbers written in words: the date lexicon's, the compounds "twenty-four", and hundreds."""
    found = {word: value for word, value in lexicon().numerals.items() if word not in VAGUE}
    for t, tens in enumerate(_TENS_WORDS):
        for u, unit in enumerate(_UNITS_WORDS):
            for joint in ("-", " "):
                found[f"{tens}{joint}{unit}"] = 10 * (t + 2) + u + 1
    found["couple of"] = 2  # "the next couple of years"
    found["a hundred"] = 100
    for u, unit in enumerate(_UNITS_WORDS):
        found[f"{unit} hundred"] = 100 * (u + 1)
    return found


def alternation(words: object) -> str:
    """A regular-expression alternation of `words`, longest first, any run of spaces for a space."""
    ordered = sorted(words, key=len, reverse=True)  # type: ignore[call-overload]
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def norm(word: str) -> str:
    """A matched word as the tables write it: lower case, one space."""
    return re.sub(r"\s+", " ", word.lower())


def count_of(word: str) -> int:
    """The number a matched count says: "3" 3, "twenty-four" 24."""
    word = norm(word)
    return int(word) if word.isdigit() else numbers()[word]
