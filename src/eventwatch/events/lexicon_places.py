"""Which lower-case words of case-free text name places, by the gazetteer: the place half of `lexicon.py`.

The model's lemmatiser knows many places as words (its WordNet index lists proper nouns in lower case: "india",
"lahore", "padua", "chester"), so in text written all in lower case or all in capitals they stay in lower case and
the parser and the place recogniser, which read capitals, miss them. Three readings give them their capitals back,
each on the geocoder's own tests (`PlaceEvidence.level`, which never counts its list of English words that are also
towns: "police", "reading", "nice"):
- a sure place anywhere: a country, a region, a first-level division or a town of 250,000 or more (level 3:
  "delhi", "bosnia and herzegovina"; not a people, see `level`);
- a town of 100,000 or more (level 2) right after a word that places an event ("in", "near", "outside", "at",
  "around", "inside"): "gathered in padua", "near charleroi";
- a town of any size written before the division or country it lies in, after a comma or in brackets, as reports
  qualify a town ("in emporia, kansas", "annapolis (maryland)"): the gazetteer must hold a town of that name in that
  country.
A single word the lemmatiser also knows as an adjective, a verb or an adverb is English before it is a name ("the
capital city of nairobi", "drove northeast", "a ban", "a rally": a Capital Governorate, a North East district, towns
of those names somewhere): it counts only when the gazetteer names a country or a region by that very name
("japan", "burundi", "pacific"), which English writes with its capital in every use.
Team-written example: "nurses marched in tours and in annapolis (maryland)" -> "... in Tours and in Annapolis
(Maryland)".
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eventwatch.geo.cues import PlaceEvidence

LOCATIVE = frozenset({"in", "near", "outside", "at", "around", "inside"})
SURE, TOWN = 3, 2  # `PlaceEvidence.level` of a sure place and of a town of 100,000 or more
# a lower-case name of up to three words, then a comma or an opening bracket, then a name with its capital
QUALIFIED = re.compile(r"(?<![\w'’.-])([a-z]+(?: [a-z]+){0,2})(?:,\s+|\s*\(\s*)([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\b")


@lru_cache(maxsize=1)
def _evidence() -> PlaceEvidence:
    """The geocoder's place tests, built on the first case-free text met (the gazetteer is loaded then, not before)."""
    from eventwatch.geo.candidates import CandidateFinder
    from eventwatch.geo.cues import PlaceEvidence
    from eventwatch.geo.gazetteer import get_gazetteer
    from eventwatch.geo.ruler_names import person_names

    return PlaceEvidence(CandidateFinder(get_gazetteer()), person_names())


def level(words: str) -> int:
    """`PlaceEvidence.level` of a lower-case name (3 sure, 2 a town of 100,000 or more, 1 a town, 0 none); a people
    ("korean", "north korean") is none here: given its capital, the rules read a people beside weapons as an armed
    side of that country ("2 North Korean-made submachineguns" among a seized arsenal coded an armed clash, as it does
    in text written in mixed case), so peoples wait for that reading to be mended (left to the event rules)."""
    ev = _evidence()
    if ev.finder.demonym_row(words) is not None:
        return 0
    return int(ev.level(words))


def country_or_region(word: str) -> bool:
    """Whether the gazetteer names a country or a region by `word` itself (its own name, not one of its other
    names: "hind" and "pillow" list a country among theirs)."""
    from eventwatch.geo.gazetteer import COUNTRY, REGION

    ev = _evidence()
    gaz = ev.finder.gaz
    return any(not (c.partial or c.fuzzy) and gaz.cols.kind[c.row] in (COUNTRY, REGION)
               and gaz.lookup_quality(c.row, word) in (0, 3) for c in ev.finder.candidates(word))


def town_in(town: str, area: str) -> bool:
    """Whether the gazetteer holds a town (or district) named `town` in the country of `area`, a sure place."""
    ev = _evidence()
    if ev.level(area) < SURE or len(town) < 3 or town in ev.common:
        return False
    cols = ev.finder.gaz.cols
    countries = {cols.country[c.row] for c in ev.finder.candidates(area) if not (c.partial or c.fuzzy)}
    return any(not (c.partial or c.fuzzy) and cols.country[c.row] in countries
               for c in ev.finder.candidates(town))
