"""How a mention is written, beyond its own words: what a reader takes from the words right after it.

- A side word that shares its head with the next item of a pair ("Central and South America", "North and South
  Carolina") names the whole it shares: Central America, not Uganda's Central region.
- A name followed by a street word ("Bourbon and Dauphine streets", "down Canal Street" when only "Canal" is the
  mention, "the Chartres/Franklin intersection") is a street of the report's town, not the town or county of that
  name elsewhere: it falls back to the report's main place, as a street named whole does. Roads are left out: "the
  Kabul road" points to Kabul. So is a name whose own words are a street's, with its street word or its house
  number ("401 - 333 Victoria St.", "Ainsworth Avenue"): the town Victoria is no reading of a street in Nelson, B.C.
"""

from __future__ import annotations

import re

_SIDE = r"(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Upper|Lower)"
_SIDE_WORD = re.compile(rf"{_SIDE}\Z")
# "Central and South America": the head after the second side word
_PAIR_HEAD = re.compile(rf"\s+(?:and|or|&)\s+{_SIDE}\s+([A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)?)")
# "Bourbon Street", "Bourbon and Dauphine streets", "Magazine St.", "the Chartres/Franklin intersection"
_STREET_AFTER = re.compile(
    r"(?:(?:\s+(?:and|&)\s+|/)[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)?)?\s+(?:[Ss]treets?|[Aa]venues?|[Bb]oulevards?|"
    r"St\.|Ave\.|Blvd\.?|intersection)(?=[\s,.;:)]|$)")


# a street named whole: its last word a street word, or a house number before it ("30 Rue ..." stays a name)
_STREET_NAMED = re.compile(r"(?:.*\s(?:[Ss]treet|[Aa]venue|[Bb]oulevard|St\.?|Ave\.?|Blvd\.?)|\d+(?:\s*[-–]\s*\d+)?\s+"
                           r"(?:\d+(?:st|nd|rd|th)\s+)?[A-Z].*)\Z")


def elided_head(text: str, start: int, end: int) -> str:
    """The head a side word shares with the next item of a pair ("Central" in "Central and South America" ->
    "America"), else ""."""
    if not _SIDE_WORD.match(text, start, end):
        return ""
    found = _PAIR_HEAD.match(text, end)
    return found.group(1) if found else ""


def street_after(text: str, end: int) -> bool:
    """Whether a mention is the name of a street written after it ("Bourbon and Dauphine streets")."""
    return _STREET_AFTER.match(text, end) is not None


def street_named(words: str) -> bool:
    """Whether a mention's own words name a street: "Victoria St.", "401 - 333 Victoria St.", "Canal Street"."""
    return _STREET_NAMED.match(words) is not None
