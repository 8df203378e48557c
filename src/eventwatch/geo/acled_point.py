"""Where ACLED puts an event, given the place the gazetteer found for it.

`eventwatch geocode` returns the gazetteer's entity as GeoNames gives it (a province at its own point, Hong Kong as
a country of its own); an event follows ACLED's conventions instead, and the two are kept apart here:
- an event known only by its division is placed at the division's seat with geo_precision 3 ("Odesa region" ->
  Odesa), the division staying in admin1/admin2 (a district no known town lies in, at its province's seat);
- a territory ACLED files under another country (`territory` rules in `data/geo/acled_divisions.tsv`: Hong Kong
  under China, Svalbard under Norway) takes that country, the territory becoming its admin1 and the territory's
  own division its admin2 ("Wan Chai, Hong Kong" -> China / Hong Kong / Wan Chai), as ACLED's rows have it;
- a town of a country with no first-level divisions has the country as its admin1 (Curacao / Curacao);
- a country whose capital bears the name written ("in Luxembourg") is the capital.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from eventwatch.geo.build import data_rows
from eventwatch.geo.divisions import DivisionRules
from eventwatch.geo.gazetteer import ADM1, ADM2, Gazetteer, capitals
from eventwatch.geo.normalize import key
from eventwatch.records import Place


@lru_cache(maxsize=1)
def territories() -> dict[str, tuple[str, str]]:
    """Territory ISO code -> (ISO code of the country ACLED files it under, the territory's admin1 name there)."""
    return DivisionRules.from_rows(data_rows("acled_divisions.tsv")).territories


def event_point(gaz: Gazetteer, place: Place) -> Place:
    """The place of an event as ACLED codes it (see the module's docstring); the evidence span is kept."""
    return _undivided(gaz, _filed(gaz, _at_seat(gaz, _capital_so_named(gaz, place))))


def _capital_so_named(gaz: Gazetteer, place: Place) -> Place:
    """An event placed at a country whose capital bears the very name written ("protests took place in
    Luxembourg", "in Djibouti") is at the capital, as ACLED codes it: the name says the city as well as the country,
    and an event happens in a town. Precision 3 is kept: the text does not say which is meant."""
    if not place.feature_code.startswith("PCL") or place.span is None:
        return place
    row = capitals(gaz).get(place.country)
    if row is None or key(gaz.cols.name[row]) != key(place.span.text):
        return place
    return gaz.place(row, span=place.span, precision=3)


def _undivided(gaz: Gazetteer, place: Place) -> Place:
    """A town of a country with no first-level divisions (Curacao, Aruba) has the country as its admin1, as
    ACLED's rows write it ("Curacao / Curacao / Willemstad")."""
    if place.admin1 is not None or not place.country:
        return place
    if gaz.has_divisions(place.country) or place.feature_code.startswith("PCL"):
        return place
    return replace(place, admin1=place.country_name or gaz.country_name(place.country))


def _at_seat(gaz: Gazetteer, place: Place) -> Place:
    """A division's event at the division's seat, precision 3."""
    if not place.feature_code.startswith("ADM"):
        return place
    row = gaz.row_of(place)
    seat = gaz.seat(row) if row is not None else None
    cols = gaz.cols
    if seat is None and row is not None and cols.kind[row] == ADM2 and cols.admin1[row] >= 0:
        seat = gaz.seat(cols.admin1[row])  # a district no known town lies in: at its province's seat
    if seat is None:
        return place
    town = gaz.place(seat, span=place.span, precision=3)
    if row is not None and cols.kind[row] == ADM1 and cols.admin1[cols.admin1[seat]] == row:
        return town  # a division ACLED splits into parts ("Shan State"): the seat's part is ACLED's admin1
    return replace(town, admin1=place.admin1 or town.admin1, admin2=place.admin2 or town.admin2)


def _filed(gaz: Gazetteer, place: Place) -> Place:
    """A place in a territory ACLED files under another country, moved under that country."""
    filed = territories().get(place.country)
    if filed is None:
        return place
    country, admin1 = filed
    return replace(place, country=country, iso3=gaz.iso3(country), country_name=gaz.country_name(country),
                   admin1=admin1, admin2=place.admin1 if place.admin1 not in (None, admin1) else place.admin2)
