"""Adjectives of states and divisions, and sites news names instead of their town (`data/geo/demonyms.tsv`,
`data/geo/landmarks.tsv`; team-written sentences): each was read as a look-alike village abroad or as the report's
own town."""

from __future__ import annotations

import pytest
from geospans import resolve_names

from eventwatch.geo import Geocoder
from eventwatch.geo.distance import km


@pytest.mark.parametrize(("text", "name", "country"), [
    ("The Fijian rugby squad landed in Auckland on Monday.", "Fijian", "FJ"),
    ("A Mauritian tanker ran aground, the coast guard in Port Louis said.", "Mauritian", "MU"),
    ("Bahamian officials counted the storm's damage.", "Bahamian", "BS"),
    ("Costa Rican police seized 2 tonnes of cocaine.", "Costa Rican", "CR"),
    ("Andorran voters backed the plan.", "Andorran", "AD"),
    ("Gabonese troops guarded the palace in Libreville.", "Gabonese", "GA"),
])
def test_a_states_adjective_is_that_state_not_a_look_alike(geocoder: Geocoder, text: str, name: str,
                                                          country: str) -> None:
    """"Fijian" was Fujian in China, "Mauritian" Mauritania, "Bahamian" Bamyan in Afghanistan: every state's
    adjective is listed, as the commoner ones were."""
    place = resolve_names(geocoder, text, [name])[0]
    assert place is not None and place.country == country and place.feature_code.startswith("PCL")


@pytest.mark.parametrize(("text", "name", "country", "admin1"), [
    ("A Texan rancher sued the county over the fence.", "Texan", "US", "Texas"),
    ("Catalan police cleared the square in Barcelona.", "Catalan", "ES", "Cataluna"),
    ("Hawaiian officials warned of high surf.", "Hawaiian", "US", "Hawaii"),
    ("A Floridian developer bought the hotel.", "Floridian", "US", "Florida"),
    ("Bavarian brewers raised prices.", "Bavarian", "DE", "Bayern"),
])
def test_a_divisions_adjective_is_that_division(geocoder: Geocoder, text: str, name: str, country: str,
                                               admin1: str) -> None:
    """"Texan" was Texanna, Oklahoma, "Catalan" a Turkish village, "Hawaiian" Huai'an in China; "Floridian" is the
    US state, not Puerto Rico's municipality Florida (the country in brackets in the data file)."""
    place = resolve_names(geocoder, text, [name])[0]
    assert place is not None and place.country == country and place.feature_code == "ADM1"
    assert place.admin1 == admin1


@pytest.mark.parametrize(("text", "name", "lat", "lon"), [
    ("The mayor of Denver spoke. Her son studies at Harvard University.", "Harvard University", 42.37, -71.11),
    ("The mayor of Denver spoke. A Columbia University survey found the same.", "Columbia University", 40.71, -74.0),
    ("Officials in Ohio said. Two UCLA researchers wrote the study.", "UCLA", 34.05, -118.24),
    ("The mayor of Denver spoke. Flights out of O'Hare were grounded.", "O'Hare", 41.85, -87.65),
    ("Police in Leeds said fans at Camp Nou were hurt.", "Camp Nou", 41.39, 2.16),
])
def test_a_site_known_by_its_own_name_is_in_its_town(geocoder: Geocoder, text: str, name: str, lat: float,
                                                     lon: float) -> None:
    """A university, stadium or airport whose name is not its town's was the report's town or a namesake
    ("Columbia University" Columbia, South Carolina; "Harvard University" Denver)."""
    place = resolve_names(geocoder, text, [name])[0]
    assert place is not None and km(place.latitude, place.longitude, lat, lon) < 40.0
    assert place.geo_precision == 2


def test_a_bare_name_also_a_person_is_left_to_the_gazetteer(geocoder: Geocoder) -> None:
    """"Duke" is left out of the list (a title and a surname); "Duke University" is listed."""
    place = resolve_names(geocoder, "The mayor of Boston spoke. Duke University students agreed.",
                          ["Duke University"])[0]
    assert place is not None and km(place.latitude, place.longitude, 35.99, -78.90) < 40.0


@pytest.mark.parametrize(("text", "name", "lat", "lon"), [
    ("He moved from Boston to L.A. last year.", "L.A.", 34.05, -118.24),
    ("She opened a bakery in NOLA after the storm.", "NOLA", 29.95, -90.08),
])
def test_a_citys_short_form_is_the_city(geocoder: Geocoder, text: str, name: str, lat: float, lon: float) -> None:
    """"NOLA" was a village in the Central African Republic, "L.A." no place at all."""
    place = resolve_names(geocoder, text, [name])[0]
    assert place is not None and km(place.latitude, place.longitude, lat, lon) < 30.0


@pytest.mark.parametrize(("text", "name", "lat", "lon"), [
    ("The report was filed in Chicago. Officials in Downing Street said no.", "Downing Street", 51.51, -0.13),
    ("Traders on Wall Street sold shares, brokers in London said.", "Wall Street", 40.71, -74.01),
])
def test_a_street_that_is_a_landmark_is_in_its_town(geocoder: Geocoder, text: str, name: str, lat: float,
                                                    lon: float) -> None:
    """A street is read as one of the report's town ("Bourbon Street" in a New Orleans report), unless it is a
    landmark of another town: "Downing Street" in a Chicago report was Chicago."""
    place = resolve_names(geocoder, text, [name])[0]
    assert place is not None and km(place.latitude, place.longitude, lat, lon) < 30.0


def test_a_plain_street_stays_in_the_reports_town(geocoder: Geocoder) -> None:
    place = resolve_names(geocoder, "The mayor of Boston walked along Main Street on Monday.",
                          ["Boston", "Main Street"])[1]
    assert place is not None and km(place.latitude, place.longitude, 42.36, -71.06) < 30.0
