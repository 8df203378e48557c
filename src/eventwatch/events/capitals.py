"""A country's capital written through the country: "Peru's capital", "the capital of Peru", "the Peruvian capital".

The geocoder reads the toponym as written, and "Peru" in "Peru's capital" is the country (so `eventwatch geocode`
and the place evaluations keep it); the event it locates, though, happened in the capital, where a coder puts it:
"Transport workers in Peru's capital blocked the main avenues" is an event in Lima, at town precision, not one
somewhere in Peru. The capital is GeoNames' (`PPLC`, `geo.gazetteer.capitals`); a country without one keeps its
country place. Money senses are left alone: "Peru's capital markets", "the capital flight of Argentina" name no
town ("capital" followed by a word of finance). Only countries: "the capital of Nimroz province" names its town
anyway in the news ("Zaranj, capital of Nimroz province"), and a province's seat is what `event_point` gives an
event placed in a province already.
"""

from __future__ import annotations

import dataclasses
import re

from eventwatch.geo.gazetteer import Gazetteer, capitals
from eventwatch.records import Place, Span

# "capital" followed by one of these is money, not a city ("capital markets", "capital flight", "capital gains")
_MONEY = (r"(?!\s+(?:markets?|flows?|flight|gains?|punishment|investments?|spending|expenditures?|controls?|"
          r"accounts?|goods|stocks?|base|requirements?|ratios?|adequacy|injections?|outflows?|inflows?|budget|costs?|"
          r"raising|allocation)\b)")
_AFTER = re.compile(r"(?:'s|’s|')\s+capital(?:\s+city)?\b" + _MONEY, re.IGNORECASE)  # "Peru's capital"
_ADJECTIVE_AFTER = re.compile(r"\s+capital(?:\s+city)?\b" + _MONEY, re.IGNORECASE)  # "the Peruvian capital"
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_OF_BEFORE = re.compile(r"\bcapital(?:\s+city)?\s+of\s+(?:the\s+)?$", re.IGNORECASE)  # "the capital of Peru"


def _written_capital(text: str, span: Span) -> tuple[int, int] | None:
    """The offsets of the words that name the capital through the country written at `span`, or None."""
    before = text[max(0, span.start - 30):span.start]
    if (m := _AFTER.match(text, span.end)) is not None:
        return span.start, m.end()
    if (the := _THE_BEFORE.search(before)) is not None and (m := _ADJECTIVE_AFTER.match(text, span.end)) is not None:
        return span.start - len(the.group(0)), m.end()
    if (m := _OF_BEFORE.search(before)) is not None:
        start = span.start - len(m.group(0))
        the = _THE_BEFORE.search(text[max(0, start - 10):start])
        return (start - len(the.group(0)) if the else start), span.end
    return None


def capital_places(text: str, places: list[Place], gaz: Gazetteer) -> list[Place]:
    """`places` with each country written as its capital's name replaced by the capital town (the span widened to
    the words that name it: "Peru's capital")."""
    out: list[Place] = []
    for place in places:
        if place.span is None or not place.feature_code.startswith("PCL"):
            out.append(place)
            continue
        written = _written_capital(text, place.span)
        row = capitals(gaz).get(place.country) if written is not None else None
        if written is None or row is None:
            out.append(place)
            continue
        span = Span(written[0], written[1], text[written[0]:written[1]])
        out.append(dataclasses.replace(gaz.place(row, span=span), geo_precision=1))
    return out
