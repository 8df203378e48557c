"""A country's capital written through the country: "Peru's capital", "the capital of Peru", "the Peruvian capital".

The geocoder reads the toponym as written, and "Peru" in "Peru's capital" is the country (so `eventwatch geocode`
and the place evaluations keep it); the event it locates, though, happened in the capital, where a coder puts it:
"Transport workers in Peru's capital blocked the main avenues" is an event in Lima, at town precision, not one
somewhere in Peru. The capital is GeoNames' (`PPLC`, `geo.gazetteer.capitals`); a country without one keeps its
country place. Money senses are left alone: "Peru's capital markets", "the capital flight of Argentina" name no
town ("capital" followed by a word of finance). Only countries: "the capital of Nimroz province" names its town
anyway in the news ("Zaranj, capital of Nimroz province"), and a province's seat is what `event_point` gives an
event placed in a province already. Nor a country that owns the next words: "Talca, the capital of Chile's Maule
region" names Maule's seat (the town beside it), not Santiago, and reading it as the country's capital made a copy of
the event in Santiago.
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
# "the capital of Chile's Biobío region": the country owns what follows, and the capital is that division's seat
_POSSESSIVE = re.compile(r"(?:'s|’s|')(?=\s)")
# "the capital" as a place, by its common noun alone: after a preposition of place, so that "the provincial capital",
# "the regional capital" and "Zahedan, the provincial capital" (an apposition naming its town) never match, and not
# "the capital of ..." (another country's or a province's) nor "the capital's Wuse district" (the part it names is the
# geocoder's to read: the capital as well made it two events)
_BARE = re.compile(r"\b(?:in|across|around|through|outside|near)\s+(the\s+capital(?:\s+city)?)\b(?!['’]s)"
                   r"(?!\s+of\b)" + _MONEY, re.IGNORECASE)


# a seat of the country's government, where its protests go: "marched to parliament", "outside the presidential
# palace", "in front of the health ministry", "stormed the National Assembly". Only after a preposition of place, a
# verb of marching to it or of laying siege, so that "the ministry said", "according to the ministry" and "a member of
# parliament" never match; and not a province's or a town's ("the provincial parliament", "the regional ministry")
_SEAT = re.compile(
    r"(?:\b(?:outside|in\s+front\s+of|at|near|towards?|into|around|opposite)\s+"
    r"|\b(?:march\w*|walk\w*|head\w*|converg\w*|proceed\w*|trek\w*|mov\w*)\s+(?:[\w,]+\s+){0,4}?to\s+"
    r"|\b(?:storm\w*|besieg\w*|surround\w*|blockad\w*|picket\w*|occup\w*)\s+)"
    r"(?:the\s+)?((?:(?!(?:provincial|regional|state|county|district|municipal|local|city|town|village|the|a|an|of|"
    r"in|at|on|to|outside|near|and|or|from|with|by|for)\b)[\w'’-]+\s+){0,3}?"
    r"(?:parliament(?:\s+building)?|national\s+assembly|presidential\s+palace|government\s+palace|royal\s+palace|"
    r"state\s+house|presidency|ministry|supreme\s+court|constitutional\s+court|prime\s+minister['’]s\s+office))\b",
    re.IGNORECASE)


def _written_capital(text: str, span: Span) -> tuple[int, int] | None:
    """The offsets of the words that name the capital through the country written at `span`, or None."""
    before = text[max(0, span.start - 30):span.start]
    if (m := _AFTER.match(text, span.end)) is not None:
        return span.start, m.end()
    if (the := _THE_BEFORE.search(before)) is not None and (m := _ADJECTIVE_AFTER.match(text, span.end)) is not None:
        return span.start - len(the.group(0)), m.end()
    if (m := _OF_BEFORE.search(before)) is not None and _POSSESSIVE.match(text, span.end) is None:
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


def bare_capital(text: str, start: int, end: int, places: list[Place], home: Place | None) -> list[Place]:
    """`places` of the sentence at `start`..`end` with "the capital" it names by the common noun alone ("Police in
    the capital detained two union organisers", "marched in the capital on Monday") added as the dateline town, when
    that town is its country's capital (`PPLC`): a wire filed from the capital calls it so, and the geocoder, which
    reads names, places nothing there. Unread, the sentence took the story's last place, and a protest in the
    capital told after a strike in a province became a second telling of the strike. Team-written example:
    "BUDAPEST, Feb 17, 2026 (wire) - Farmers blocked the Röszke border crossing ... In the capital, about 200 farmers
    threw eggs at the agriculture ministry": a protest in Budapest. A story with no dateline, or one filed from
    another town, is left as it was: which capital it means is then the geocoder's to tell; and so is "the capital"
    with its name beside it ("rallied in the capital Khartoum", "the capital, Niamey": a place read right after it),
    which may be another country's ("CAIRO (AP) - Thousands of Sudanese rallied in the capital ...").

    A seat of the country's government the sentence names as where its event was (`_SEAT`: "traders marched to
    parliament", "students demonstrated outside the presidential palace", "nurses rallied in front of the health
    ministry") is the capital too, when the sentence places nothing else below a country: a wire filed from the
    capital names the capital's landmarks without their town. Unread, such a protest took the story's lead town (a
    raid in Garissa, a clash near Kolda) and became a second telling there, or a copy of it: the credit's way of
    losing a found event that main's unread dateline had placed at the desk by accident (dates42, team-written
    wires from Nairobi, Dakar, Lima and Kathmandu)."""
    if home is None or home.feature_code != "PPLC":
        return places
    added = [desk_at(home, m) for m in _BARE.finditer(text, start, end)
             if not any(p.span is not None and p.span.start < m.end(1) + 3 and m.start(1) < p.span.end for p in places)]
    if not added and all(p.feature_code.startswith("PCL") for p in places):
        added = [desk_at(home, m) for m in _SEAT.finditer(text, start, end)][:1]
    if not added:
        return places
    return in_reading_order(places + added)


def desk_at(home: Place, match: re.Match[str]) -> Place:
    """The dateline's town placed at the words `match` read ("the capital", "parliament", "Makerere University"),
    precision 1: a wire filed from a town names its parts and landmarks without the town (`bare_capital`,
    `story.desk_landmark`)."""
    return dataclasses.replace(home, span=Span(match.start(1), match.end(1), match.group(1)), geo_precision=1)


def in_reading_order(places: list[Place]) -> list[Place]:
    """`places` in the order the text names them (a place with no words first)."""
    return sorted(places, key=lambda p: p.span.start if p.span is not None else -1)
