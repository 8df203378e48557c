"""Divisions read from how they are written: an item of a list of states, "the state of X", "X Governor", "X
County", and the counties GeoNames no longer holds (team-written sentences)."""

from __future__ import annotations

import pytest
from geospans import resolve_names

from eventwatch.geo import Geocoder
from eventwatch.geo.locale import DOMAIN_WEIGHT, LocaleVotes
from eventwatch.records import Place


def _places(geocoder: Geocoder, text: str, *names: str) -> list[Place]:
    places = resolve_names(geocoder, text, names)
    assert all(p is not None for p in places)
    return [p for p in places if p is not None]


def test_a_state_listed_among_states_is_the_state(geocoder: Geocoder) -> None:
    text = "Recalls reached stores in Oregon, Idaho, Washington and Montana, the agency said."
    places = _places(geocoder, text, "Oregon", "Idaho", "Washington", "Montana")
    assert places[2].feature_code == "ADM1" and places[2].admin1 == "Washington"
    alone = _places(geocoder, "The senator flew back to Washington on Monday.", "Washington")[0]
    assert alone.feature_code == "PPLC"  # said alone, the capital


def test_a_list_of_states_after_such_as(geocoder: Geocoder) -> None:
    text = "Firms leave costly states such as California or Washington for cheaper ones."
    places = _places(geocoder, text, "California", "Washington")
    assert places[1].feature_code == "ADM1"


def test_a_country_after_its_state_is_a_path_not_a_list_item(geocoder: Geocoder) -> None:
    text = "The convoy stopped in Juchitan, Oaxaca State, Mexico, on Friday."
    places = _places(geocoder, text, "Oaxaca", "Mexico")
    assert places[1].feature_code == "PCLI"


def test_a_division_named_after_a_town_in_it_stays_the_town_in_a_list(geocoder: Geocoder) -> None:
    text = "Water will be shared among Karnataka, Kerala and Puducherry under the ruling."
    places = _places(geocoder, text, "Karnataka", "Kerala", "Puducherry")
    assert places[2].feature_code == "PPL"


def test_the_state_of_and_a_governor_name_the_state(geocoder: Geocoder) -> None:
    state = _places(geocoder, "The first case was found in the state of Washington last year.", "Washington")[0]
    assert state.feature_code == "ADM1"
    governor = _places(geocoder, "New York Governor Jane Roe declared an emergency.", "New York")[0]
    assert governor.feature_code == "ADM1" and governor.name == "New York"


def test_a_county_is_not_the_state_of_its_name(geocoder: Geocoder) -> None:
    text = "Daviess County schools get $9,000 and Ohio County schools $12,000 under the plan."
    places = _places(geocoder, text, "Daviess County", "Ohio County")
    assert places[1].feature_code == "ADM2" and places[1].admin1 == "Kentucky"


@pytest.mark.parametrize(("text", "name", "near"), [
    ("The rally moves on to Croft, Yorkshire, in June.", "Yorkshire", (54.0, -1.3)),
    ("Volunteers drive patients across Berkshire and Oxfordshire.", "Berkshire", (51.45, -1.05)),
    ("A new plant opens near Corby, Northamptonshire.", "Northamptonshire", (52.3, -0.9)),
])
def test_english_counties_geonames_no_longer_holds(geocoder: Geocoder, text: str, name: str,
                                                    near: tuple[float, float]) -> None:
    place = _places(geocoder, text, name)[0]
    assert place.country == "GB" and place.feature_code == "ADM2"
    assert abs(place.latitude - near[0]) < 0.5 and abs(place.longitude - near[1]) < 0.5


def test_a_county_qualifier_places_its_town(geocoder: Geocoder) -> None:
    place = geocoder.resolve_name("Rockingham, Northamptonshire")
    assert place is not None and place.country == "GB"


def test_north_america_is_the_united_states_and_canada(geocoder: Geocoder) -> None:
    place = _places(geocoder, "The disease was first reported in North America.", "North America")[0]
    assert 50.0 < place.latitude < 60.0 and -110.0 < place.longitude < -100.0


def test_a_name_written_as_a_qualifier_is_that_division_alone(geocoder: Geocoder) -> None:
    text = ("Pigs died on farms in Plaridel, Bulacan and in Cabiao, Nueva Ecija. Inspectors say Bulacan farms "
            "lost the most.")
    places = _places(geocoder, text, "Plaridel", "Bulacan", "Cabiao", "Nueva Ecija", "Bulacan")
    assert places[4].feature_code == "ADM2" and places[4].name == "Bulacan"


def test_located_in_names_the_division(geocoder: Geocoder) -> None:
    text = "Dead geese were found in Fulton County, located in Illinois, on Tuesday."
    place = _places(geocoder, text, "Fulton County")[0]
    assert place.feature_code == "ADM2" and place.admin1 == "Illinois"


def test_a_newspaper_is_named_after_its_city(geocoder: Geocoder) -> None:
    paper = _places(geocoder, "Seattle fans read The Washington Post on Sunday.", "Washington")[0]
    assert paper.feature_code == "PPLC"
    texas = _places(geocoder, "Reporters at The Texas Tribune found more cases.", "Texas")[0]
    assert texas.feature_code == "ADM1"  # no city of the name: the paper is the state's


def _votes(country: str) -> LocaleVotes:
    votes = LocaleVotes()
    votes.add(country, None, DOMAIN_WEIGHT)
    return votes


def test_state_abbreviations_read_in_the_reports_country(geocoder: Geocoder) -> None:
    text = "Farmers in WA expect a smaller wheat crop this year."
    wa = geocoder.resolve_spans(text, [(11, 13)], votes=_votes("AU"))[0]
    assert wa is not None and wa.name == "Western Australia"


def test_a_postal_code_that_is_no_word_is_the_state(geocoder: Geocoder) -> None:
    ny = _places(geocoder, "Samples went to a federal NY laboratory for tests.", "NY")[0]
    assert ny.feature_code == "ADM1" and ny.name == "New York"
    assert geocoder.resolve_name("OR") is None or geocoder.resolve_name("OR").name != "Oregon"  # type: ignore[union-attr]


def test_a_side_of_a_country_written_with_its_code(geocoder: Geocoder) -> None:
    place = _places(geocoder, "Hiring in the Western US kept growing.", "Western US")[0]
    assert place.country == "US" and place.feature_code == "PCLI"


def test_arab_is_the_arab_world_not_the_levant(geocoder: Geocoder) -> None:
    """"Arab" names the Arab world, drawn at GeoNames' point in Arabia, not the Middle East's in the Levant."""
    text = "Ministers met to discuss Arab cooperation on water, and the Middle East's droughts."
    arab, middle_east = _places(geocoder, text, "Arab", "Middle East")
    assert arab.name == "Arab world" and 20.0 < arab.latitude < 30.0 and 40.0 < arab.longitude < 50.0
    assert middle_east.name == "Middle East"


def test_subregions_at_geonames_points(geocoder: Geocoder) -> None:
    """Northern Europe is a region of its own, not Europe's point; Central America and the West Coast are where
    GeoNames draws them (the `geocode` contract)."""
    text = ("Storms swept Northern Europe while Central American farmers and growers on the West Coast counted "
            "their losses.")
    north, central, west = _places(geocoder, text, "Northern Europe", "Central American", "West Coast")
    assert north.name == "Northern Europe" and north.latitude > 58.0
    assert central.name == "Central America" and abs(central.latitude - 25.3) < 0.1
    assert west.name == "West Coast" and abs(west.latitude - 44.1) < 0.1


def test_broadway_is_new_york_theatre_not_a_small_town(geocoder: Geocoder) -> None:
    """"Broadway" in the news is New York's theatre district (a landmark, `landmarks.tsv`), not the Virginia town
    of the name."""
    text = "The singer, who starred on Broadway last year, will tour this spring."
    place = _places(geocoder, text, "Broadway")[0]
    assert place.name == "New York City" and place.geo_precision == 2
