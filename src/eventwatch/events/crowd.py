"""Crowd size: the size a report gives a crowd ("around 200", "thousands"), and ACLED's `crowd size=` note from it.

Apart from `counts.py` (which reads tolls) because a crowd is counted by its people and written back in ACLED's
words; both read the same number words and vague counts (`counts.toml`) through `number_words.number_regex`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from eventwatch.events.number_words import (
    LEADING_QUALIFIER,
    NOT_A_COUNT,
    QUALIFIER,
    number_regex,
    number_tables,
    parse_count,
)


@lru_cache(maxsize=1)
def _size_pattern() -> re.Pattern[str]:
    num = number_regex()
    people = (
        r"(?:people|persons|protesters|demonstrators|participants|residents|villagers|students|workers|members|supporters|"
        r"activists|farmers|teachers|women|men|youths?|citizens|marchers|nurses|doctors|employees|traders|drivers|locals|"
        r"individuals|cyclists|motorcyclists|vehicles|cars|tractors|[\w-]+ers)"
    )
    return re.compile(rf"\b(?P<size>{QUALIFIER}{num})\s+(?:[\w-]+\s+){{0,2}}?{people}\b", re.IGNORECASE)


def find_size(text: str) -> str | None:
    """The crowd size as the text states it ("around 200", "thousands"), or None."""
    for m in _size_pattern().finditer(text):
        phrase = m.group("size").strip()
        if NOT_A_COUNT.match(phrase) or parse_count(phrase) is None:
            continue
        return phrase
    return None


_FIGURES = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)(?:\s*(?:-|to|–)\s*(\d{1,3}(?:,\d{3})+|\d+))?$")
# Words of an exact figure ("two hundred", "a thousand"): written in digits; "a dozen", "several hundred" and other
# vague or idiomatic counts are kept in words, as ACLED keeps them.
_CARDINAL_EXCLUDED = frozenset({"couple", "pair", "dozen", "score", "single"})


def crowd_size(phrase: str | None) -> str:
    """A crowd size as ACLED writes it after "crowd size=": "no report" when the text gives none, else the phrase in
    lower case with an exact figure in digits and thousands separators ("About a thousand" -> "about 1,000",
    "1500" -> "1,500", "200-300" -> "between 200 and 300") and vague counts in words ("several thousand",
    "dozens")."""
    if phrase is None or not phrase.strip():
        return "no report"
    low = " ".join(phrase.lower().split())
    match = LEADING_QUALIFIER.match(low)
    qualifier, rest = (low[:match.end()], low[match.end():]) if match else ("", low)
    figures = _FIGURES.match(rest)
    if figures:
        first = f"{int(figures.group(1).replace(',', '')):,}"
        if figures.group(2):
            return f"{qualifier}between {first} and {int(figures.group(2).replace(',', '')):,}"
        return f"{qualifier}{first}"
    words, _, multipliers = number_tables()
    tokens = re.split(r"[\s-]+", rest)
    cardinal = {w for w in (*words, *multipliers) if w not in _CARDINAL_EXCLUDED} | {"and"}
    if tokens and all(t in cardinal for t in tokens) and any(t not in ("and", "a", "an") for t in tokens):
        value = parse_count(rest)
        if value is not None:
            return f"{qualifier}{value:,}"
    return low
