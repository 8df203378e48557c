"""National institutions a report names, as evidence of where it is (`data/geo/institutions.tsv`).

A note that says "Brest" and no country is read in France by anyone who sees that the CGT called the strike, and
a "Cordoba" where the UGT and CCOO unions march is the Spanish city, not the Argentine one. Trade unions,
parties, national police and agencies that act at home point to their country; each distinct one named is a vote
for the report's locale (`LocaleVotes`), weaker than a dateline, so that a place the report names surely, or a
report plainly about another country, still decides.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from eventwatch.geo.build import data_rows
from eventwatch.geo.locale import LocaleVotes

INSTITUTION_WEIGHT = 1.5  # one institution named: half a dateline; enough to tip between namesakes
MAX_PER_COUNTRY = 2  # distinct institutions counted per country (a list of five French unions is one report)


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    country = {name: iso for name, iso, *_ in data_rows("institutions.tsv")}
    # no look-behind: it would stop the regex engine skipping ahead to the names' first letters
    return re.compile(rf"{_trie(list(country))}(?![\w-])"), country


def _trie(names: list[str]) -> str:
    """One regex for many names, branching letter by letter ("C(?:GT(?:-FO)?|FDT...)"), so that a capital letter
    in the text costs one step per letter matched rather than a try of every name; the longer name is taken
    first ("CGT-FO" before "CGT")."""
    heads: dict[str, list[str]] = defaultdict(list)
    ends = False
    for name in names:
        if name:
            heads[name[0]].append(name[1:])
        else:
            ends = True
    branches = [re.escape(ch) + _trie(rest) for ch, rest in sorted(heads.items())]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body


def find_institutions(text: str) -> list[tuple[int, int, str]]:
    """The institutions `text` names (written as listed: case counts, whole words), as (start, end, ISO2
    country)."""
    pattern, country = _pattern()
    return [(m.start(), m.end(), country[m.group()]) for m in pattern.finditer(text)
            if not m.start() or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_-")]


def institution_votes(found: list[tuple[int, int, str]], text: str) -> LocaleVotes | None:
    """Votes for the countries of the institutions found in `text`, None when there are none."""
    if not found:
        return None
    names: dict[str, set[str]] = defaultdict(set)
    for start, end, iso in found:
        names[iso].add(text[start:end])
    votes = LocaleVotes()
    for iso, distinct in names.items():
        votes.add(iso, None, INSTITUTION_WEIGHT * min(len(distinct), MAX_PER_COUNTRY))
    return votes
