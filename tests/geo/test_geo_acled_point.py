"""ACLED's conventions for an event's place, kept apart from the gazetteer's entity (sentences written for these
tests)."""

from __future__ import annotations

from typing import Any

import pytest

from eventwatch.geo import Geocoder, get_gazetteer
from eventwatch.geo.acled_point import territories
from eventwatch.geo.divisions import DivisionRules


def test_territory_rules_are_read() -> None:
    rules = DivisionRules.from_rows([["territory", "XA", "XB", "Unit A"]])
    assert rules.territories == {"XA": ("XB", "Unit A")}
    assert territories()["HK"] == ("CN", "Hong Kong")


def test_a_town_of_hong_kong_is_filed_under_china_for_events(nlp: Any, geocoder: Geocoder) -> None:
    text = "Dock workers picketed the ferry pier in Wan Chai, Hong Kong, over unpaid wages."
    place = next(p for p in geocoder.find_places(nlp(text)) if p.span is not None and p.span.text == "Wan Chai")
    assert place.country == "HK"  # the gazetteer's entity, as `geocode` gives it
    event = geocoder.event_point(place)
    assert (event.country, event.iso3, event.country_name) == ("CN", "CHN", "China")
    assert event.admin1 == "Hong Kong" and event.admin2 == "Wan Chai"
    assert (event.latitude, event.longitude, event.span) == (place.latitude, place.longitude, place.span)


def test_the_territory_itself_becomes_an_admin1(geocoder: Geocoder) -> None:
    place = geocoder.resolve_name("Hong Kong")
    assert place is not None and place.country == "HK"
    event = geocoder.event_point(place)
    assert event.country == "CN" and event.admin1 == "Hong Kong" and event.admin2 is None


def test_a_place_elsewhere_is_left_alone(geocoder: Geocoder) -> None:
    place = geocoder.resolve_name("Shenzhen")
    assert place is not None and geocoder.event_point(place) == place


def test_a_district_no_known_town_lies_in_is_known(nlp: Any, geocoder: Geocoder) -> None:
    """Nuwakot, one of Nepal's districts without a town in cities500, is in Bagmati: not Nouakchott."""
    text = "Villagers blocked garbage trucks in Kakani municipality (Nuwakot district) on Monday."
    places = [p for p in geocoder.find_places(nlp(text)) if p.country == "NP"]
    assert places and all(p.admin1 == "Bagmati" for p in places)
    district = geocoder.resolve_name("Nuwakot district")
    assert district is not None and district.feature_code == "ADM2" and district.admin1 == "Bagmati"
    event = geocoder.event_point(district)  # at its province's seat, the district kept
    assert event.name == "Kathmandu" and event.geo_precision == 3 and event.admin2 == "Nuwakot"


def test_a_district_whose_seat_geonames_files_elsewhere_is_at_its_seat(geocoder: Geocoder) -> None:
    """GeoNames files the town Convención under a neighbouring municipality; the municipality named like it is at
    the town, and the town is its seat."""
    district = geocoder.resolve_name("Convencion municipality")
    assert district is not None and district.feature_code == "ADM2" and district.admin1 == "Norte de Santander"
    town = geocoder.resolve_name("Convención")
    assert town is not None and town.admin2 == district.name
    assert (district.latitude, district.longitude) == (town.latitude, town.longitude)
    assert geocoder.event_point(district).name == town.name


@pytest.mark.parametrize(("district", "seat"), [
    ("Falam district, Chin", "Falam"),  # 5,000 people; Tedim, the district's largest town, 13,000
    ("Imam Sahib district, Kunduz", "Imām Şāḩib"),  # 9,700 people; a bigger town of the district 24,500
    ("Bagudo LGA, Kebbi", "Bagudo"),
])
def test_a_district_is_at_the_town_it_is_named_after_though_a_bigger_one_lies_in_it(
        geocoder: Geocoder, district: str, seat: str) -> None:
    """A district is named after the town it is run from, which need not be its largest: a reader (and ACLED)
    places a district-wide event there, not at the bigger town."""
    place = geocoder.resolve_name(district)
    assert place is not None and place.feature_code == "ADM2"
    event = geocoder.event_point(place)
    assert event.name == seat and event.geo_precision == 3


@pytest.mark.parametrize(("county", "seat"), [("McLean County, Illinois", "Bloomington")])
def test_a_village_sharing_a_countys_name_is_not_its_seat(geocoder: Geocoder, county: str, seat: str) -> None:
    """McLean, a village of 800 people in McLean County, shares the county's name but is a hundredth of the size of
    the city the county is run from."""
    place = geocoder.resolve_name(county)
    assert place is not None and place.feature_code == "ADM2"
    assert geocoder.event_point(place).name == seat


def test_a_district_sentence_is_placed_at_the_town_it_is_named_after(nlp: Any, geocoder: Geocoder) -> None:
    text = "Soldiers burned several houses in Falam district, Chin state, on Monday."
    places = [p for p in geocoder.find_places(nlp(text)) if p.feature_code == "ADM2"]
    assert places and geocoder.event_point(places[0]).name == "Falam"


def test_a_town_of_a_country_without_divisions_has_the_country_as_admin1(geocoder: Geocoder) -> None:
    place = geocoder.resolve_name("Oranjestad, Aruba")
    assert place is not None and place.country == "AW" and place.admin1 is None  # GeoNames gives Aruba no divisions
    assert geocoder.event_point(place).admin1 == "Aruba"
    town = geocoder.resolve_name("Le Lamentin")  # a country with divisions is left alone
    assert town is not None and geocoder.event_point(town).admin1 == town.admin1


@pytest.mark.parametrize(("town", "part"), [
    ("Le Gosier", "Pointe-a-Pitre"), ("Trois-Rivieres, Guadeloupe", "Basse-Terre"), ("Le Lamentin", "Fort-de-France"),
    ("Sainte-Marie, Reunion", "Saint Denis"),
])
def test_france_overseas_regions_are_divided_into_acleds_arrondissements(geocoder: Geocoder, town: str,
                                                                         part: str) -> None:
    place = geocoder.resolve_name(town)
    assert place is not None and place.admin1 == part


def _every_seat_at_once(cols: Any) -> dict[int, int]:
    """The seats as the gazetteer first found them, every division's in one pass over every town."""
    from eventwatch.geo.build import CITY
    from eventwatch.geo.gazetteer import SEAT_POPULATION, SEAT_SHARE
    from eventwatch.geo.normalize import key

    seats: dict[int, int] = {}
    ranks: dict[int, tuple[bool, bool, int]] = {}
    largest: dict[int, int] = {}
    for i, (kind, admin1, admin2) in enumerate(zip(cols.kind, cols.admin1, cols.admin2, strict=True)):
        if kind == CITY:
            for div in (admin1, admin2, cols.admin1[admin1] if admin1 >= 0 else -1):
                largest[div] = max(largest.get(div, 0), cols.population[i])
    for i, (kind, admin1, admin2) in enumerate(zip(cols.kind, cols.admin1, cols.admin2, strict=True)):
        if kind != CITY:
            continue
        for div in (admin1, admin2, cols.admin1[admin1] if admin1 >= 0 else -1):
            if div < 0:
                continue
            floor = min(SEAT_POPULATION, largest[div] * SEAT_SHARE)
            own = key(cols.name[i]) if cols.population[i] >= floor and cols.population[i] > 0 else None
            rank = (cols.fcode[i] == "PPLC", own is not None and key(cols.name[div]).startswith(own),
                    cols.population[i])
            if div not in ranks or rank > ranks[div]:
                seats[div], ranks[div] = i, rank
    return seats


def test_each_divisions_seat_is_the_one_a_pass_over_every_town_finds() -> None:
    """Seats found division by division, when asked for, are those of one pass over all towns (every division of the
    shipped gazetteer, and rows that are no division)."""
    gaz = get_gazetteer()
    expected = _every_seat_at_once(gaz.cols)
    rows = range(len(gaz.cols.gid))
    assert {row: gaz.seat(row) for row in rows} == {row: expected.get(row) for row in rows}


@pytest.mark.parametrize(("text", "name", "country", "capital"), [
    ("Cyclists rode through the streets of Luxembourg against the new speed limits.", "Luxembourg", "LU", True),
    ("Farmers drove tractors through France against the fuel tax.", "France", "FR", False),
])
def test_a_country_named_like_its_capital_is_the_capital_for_events(nlp: Any, geocoder: Geocoder, text: str,
                                                                   name: str, country: str, capital: bool) -> None:
    place = next(p for p in geocoder.find_places(nlp(text)) if p.span is not None and p.span.text == name)
    assert place.feature_code.startswith("PCL")  # the gazetteer's entity, as `geocode` gives it
    event = geocoder.event_point(place)
    assert event.country == country
    assert (event.feature_code == "PPLC") is capital
    assert (event.admin1 is not None) is capital
