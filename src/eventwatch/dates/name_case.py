"""Month and weekday names written without their capital: scraped local news, transcripts and chat write "on
tuesday" and "in january", so a resolver must tell such a name from the common word it can also be ("you may go",
"the march on the capital"). Kept apart from `resolve_base` so that the case rules read as one table."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from eventwatch.dates.lexicon import lexicon
from eventwatch.dates.resolve_base import norm
from eventwatch.textcase import capitals


def capitalised(word: str) -> bool:
    """Whether a month or weekday word is written with a capital, as a name is."""
    return word[:1].isupper()


# the full month names that are common words too in lower case ("you may go", "the march on the capital", "an
# august body"); abbreviations ("mar", "jan", "sat" is no weekday here) are other words in lower case as well
_WORD_MONTHS = frozenset({"may", "march", "august"})


def named(word: str) -> bool:
    """Whether a month or weekday word reads as the name: written with a capital, or a full weekday name
    ("on tuesday") or a full month name that is no other word ("in january") in lower case, as scraped local news,
    transcripts and chat write them. "may", "march", "august" and the abbreviations need their capital (or
    `lower_case_month`'s cues in text written all in lower case)."""
    if capitalised(word):
        return True
    name = norm(word)
    return name in lexicon().weekdays or (name in _full_months() and name not in _WORD_MONTHS)


@cache
def _full_months() -> frozenset[str]:
    """Each month's longest name in the lexicon ("january", not "jan", "sept" or "sep")."""
    longest: dict[int, str] = {}
    for name, number in lexicon().months.items():
        if len(name) > len(longest.get(number, "")):
            longest[number] = name
    return frozenset(longest.values())


@lru_cache(maxsize=4)
def _lower_case(text: str) -> bool:
    counted = capitals(text)  # at least 20 letters, none a capital
    return counted is not None and counted[0] == 0


# where "may", "march" or "august" in lower case is the month: after a preposition of time, a part of the month or
# "last"/"next" (not after an article or a possessive: "the last march", "their next march") and before a clause's
# end, a year or a conjunction ("blocked since march.", "in may 2023", "late august, when ...", "signed last may.");
# "they may march", "a march on the capital", "during the march to the palace" stay words
_MONTH_CUE_BEFORE = re.compile(
    r"(?:\b(?:in|since|until|till|by|through|before|after|during|early|late|mid)|(?:^|[^\w\s]|\b(?!(?:the|a|an|at|"
    r"his|her|its|their|our|my|your|this|that|whose)\s)\w+)\s+(?:last|next))[\s-]+$")
_MONTH_END_AFTER = re.compile(r"\s*(?:[.,;:!?)]|$|\d{4}\b|(?:and|or|but|when|while|this|last|next)\b)")


def lower_case_month(text: str, start: int, end: int) -> bool:
    """"may", "march" or "august" in lower case, the word at [start, end), as the month: only in text written all
    in lower case (where no capital can say so), between `_MONTH_CUE_BEFORE` and `_MONTH_END_AFTER`."""
    return (_lower_case(text) and _MONTH_CUE_BEFORE.search(text, max(0, start - 30), start) is not None
            and _MONTH_END_AFTER.match(text, end) is not None)
