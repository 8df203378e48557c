"""How a mention is written, beyond its own words: what a reader takes from the words right after it.

- A side word that shares its head with the next item of a pair ("Central and South America", "North and South
  Carolina") names the whole it shares: Central America, not Uganda's Central region.
- A name followed by a street word ("Bourbon and Dauphine streets", "down Canal Street" when only "Canal" is the
  mention, "the Chartres/Franklin intersection") is a street of the report's town, not the town or county of that
  name elsewhere: it falls back to the report's main place, as a street named whole does. Roads are left out: "the
  Kabul road" points to Kabul.
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
