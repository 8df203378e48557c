"""A site written with the town it lies in is at that town; a small town abroad stands when the report backs it
(team-written sentences)."""

from __future__ import annotations

import pytest
from geospans import resolve_names

from eventwatch.geo import Geocoder
from eventwatch.geo.sites import site_gap


@pytest.mark.parametrize(("text", "gap"), [
    ("Blue Door Bistro in Lyon", 4), ("Blue Door Bistro in the Rhone valley", 8), ("Blue Door Bistro, Lyon", -2),
    ("Blue Door Bistro quarter of Lyon", 12), ("Blue Door Bistro neighbourhood in Lyon", 18),
    ("Blue Door Bistro of Lyon", 0),
    ("Blue Door Bistro in 2019", 0), ("Blue Door Bistro in its garden", 0), ("Blue Door Bistro said", 0),
])
def test_site_gap(text: str, gap: int) -> None:
    assert site_gap(text, len("Blue Door Bistro")) == gap


@pytest.mark.parametrize(("text", "gap"), [
    ("Lakeside University at Tempe", 4), ("the University of Utah at Logan", 4), ("Lakeside Bistro at Tempe", 0),
    ("Lakeside University at the game", 0),
])
def test_site_gap_after_a_university(text: str, gap: int) -> None:
    assert site_gap(text, text.index(" at")) == gap


def test_an_unknown_site_is_at_the_town_written_after_it(geocoder: Geocoder) -> None:
    text = ("The festival opened in Houston and moved to Denver. The final gala was held at the Orchid Lantern "
            "Ballroom in Seattle on Sunday.")
    places = resolve_names(geocoder, text, ["Houston", "Denver", "Orchid Lantern Ballroom", "Seattle"])
    site = places[2]
    assert site is not None and site.name == "Seattle" and site.geo_precision == 2


def test_a_look_alike_abroad_yields_to_the_town_written_after_it(geocoder: Geocoder) -> None:
    # "CHU" (a French university hospital) is also the name of a town in Vietnam
    text = "The climber was flown from Nimes to the CHU in Montpellier, where doctors treated him."
    site = resolve_names(geocoder, text, ["Nimes", "CHU", "Montpellier"])[1]
    assert site is not None and site.country == "FR" and site.name == "Montpellier"


def test_a_town_in_the_place_written_after_it_keeps_its_own_reading(geocoder: Geocoder) -> None:
    text = "Volunteers cleaned the beach at Cannes in Provence and at Nice."
    town = resolve_names(geocoder, text, ["Cannes", "Provence", "Nice"])[0]
    assert town is not None and town.name == "Cannes" and town.geo_precision == 1


def test_a_list_of_cities_is_no_site(geocoder: Geocoder) -> None:
    text = "The tour stops in Paris, London and Berlin."
    paris, london, berlin = resolve_names(geocoder, text, ["Paris", "London", "Berlin"])
    assert (paris.country, london.country, berlin.country) == ("FR", "GB", "DE")


def test_a_small_town_abroad_stands_when_the_report_names_its_country(geocoder: Geocoder) -> None:
    # a report filed from England (its qualified town) on a town in Poland that it names
    text = ("Vets at Weybridge, England confirmed the strain found in Poland. Swans died near the town of "
            "Pulawy last week.")
    town = resolve_names(geocoder, text, ["Weybridge", "England", "Poland", "Pulawy"])[3]
    assert town is not None and town.country == "PL" and town.name == "Puławy"


def test_a_small_town_abroad_named_only_by_a_people_stays_out(geocoder: Geocoder) -> None:
    # a New Orleans street named after a French town, in a report that names the French Quarter
    text = ("Louisiana's oldest streets lie in the French Quarter of New Orleans. The house on Chartres "
            "overlooks the river.")
    street = resolve_names(geocoder, text, ["Louisiana", "French Quarter", "New Orleans", "Chartres"])[3]
    assert street is not None and street.country == "US"


def test_a_town_written_in_another_town_far_away_is_a_site_there(geocoder: Geocoder) -> None:
    # Aurora is a city in Colorado and Illinois; a restaurant of that name in Boston is in Boston
    text = "She has cooked at the best tables, from Aurora in Boston to Daniel in New York."
    places = resolve_names(geocoder, text, ["Aurora", "Boston", "New York"])
    assert places[0] is not None and places[0].name == "Boston" and places[0].geo_precision == 2


@pytest.mark.parametrize(("text", "names", "town"), [
    # Chinatown is also a town in California, far from Houston
    ("Vendors reopened their stalls in the Chinatown neighbourhood of Houston on Friday.", ["Chinatown", "Houston"],
     "Houston"),
    # Pittsburgh's Oakland, not Oakland, California
    ("Students marched through the Oakland neighborhood of Pittsburgh.", ["Oakland", "Pittsburgh"], "Pittsburgh"),
])
def test_a_part_of_a_town_written_with_of_is_in_that_town(geocoder: Geocoder, text: str, names: list[str],
                                                          town: str) -> None:
    part = resolve_names(geocoder, text, names)[0]
    assert part is not None and part.name == town and part.geo_precision == 2
