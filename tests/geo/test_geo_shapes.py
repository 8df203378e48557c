"""How a mention is written beyond its own words: a side word sharing its head with the next item, a street named
after a town, a quarter named after a people; an overshadowed town's far neighbour, a qualifier the report reads
elsewhere (team-written sentences)."""

from __future__ import annotations

import pytest
from geospans import resolve_names

from eventwatch.geo import Geocoder
from eventwatch.geo.shapes import elided_head, street_after


@pytest.mark.parametrize(("text", "head"), [
    ("Central and South America", "America"), ("North and South Carolina", "Carolina"),
    ("Western and Eastern Europe", "Europe"), ("Central and Lagos", ""), ("Texas and South Dakota", ""),
])
def test_elided_head(text: str, head: str) -> None:
    word = text.split(" ")[0]
    assert elided_head(text, 0, len(word)) == head


@pytest.mark.parametrize(("text", "street"), [
    ("Canal Street", True), ("Canal and Magazine streets", True), ("Canal St. at noon", True),
    ("Canal Avenue", True), ("Canal/Royal intersection", True), ("Canal intersection", True), ("Canal road", False),
    ("Canal said", False), ("Canal Streetcar", False),
])
def test_street_after(text: str, street: bool) -> None:
    assert street_after(text, len("Canal")) is street


def test_a_side_word_of_a_pair_names_the_whole_it_shares(geocoder: Geocoder) -> None:
    text = "Frogs of the rainforests of Central and South America are dying of the fungus."
    central = resolve_names(geocoder, text, ["Central"])[0]
    assert central is not None and central.name == "Central America"


def test_a_street_named_after_a_town_is_a_street_of_the_report_s_town(geocoder: Geocoder) -> None:
    # Lexington and Macon are towns in Kentucky and Georgia; here they are streets of Savannah
    text = ("The parade in Savannah left Forsyth Park, rolled down Lexington and Macon streets and ended near the "
            "river. Savannah police closed the roads.")
    places = resolve_names(geocoder, text, ["Savannah", "Lexington", "Macon", "Savannah"])
    for street in places[1:3]:
        assert street is not None and street.name == "Savannah" and street.geo_precision == 2


def test_an_overshadowed_town_counts_no_far_neighbour(geocoder: Geocoder) -> None:
    # Portland, Texas lies about 250 km from Houston; in a Texas sports digest Portland is Oregon's city
    text = ("HOUSTON (AP) - Chris Paul scored 27 points as the Houston Rockets beat the Portland Trail Blazers 96-94. "
            "SAN ANTONIO (AP) - The Spurs lost in Dallas. The Mavericks host Portland on Tuesday.")
    places = resolve_names(geocoder, text, ["HOUSTON", "Houston", "Portland", "SAN ANTONIO", "Dallas", "Portland"])
    for portland in (places[2], places[5]):
        assert portland is not None and (portland.name, portland.admin1) == ("Portland", "Oregon")


def test_an_unknown_place_falls_back_to_its_qualifier_as_the_report_reads_it(geocoder: Geocoder) -> None:
    # Fulton County is largest in Georgia; the report says which one it means
    text = ("Dead geese were found in the Willow Marsh area of Fulton County, located in Illinois. Fulton County "
            "officials closed the marsh.")
    places = resolve_names(geocoder, text, ["Willow Marsh", "Fulton County", "Fulton County"])
    assert places[0] is not None and places[0].admin1 == "Illinois"
    assert places[1] is not None and places[1].admin1 == "Illinois"


def test_a_quarter_named_after_a_people_is_no_country(geocoder: Geocoder) -> None:
    text = "Bars in the Greek Quarter of Marseille reopened. Crowds filled the Greek Quarter by night."
    places = resolve_names(geocoder, text, ["Greek Quarter", "Marseille", "Greek Quarter"])
    for quarter in (places[0], places[2]):
        assert quarter is not None and quarter.name == "Marseille"


@pytest.mark.parametrize(("name", "expected"), [
    ("Marjory Stoneman Douglas High School", None),  # a person's name: not Douglas County
    ("SM Mall of Asia", None),  # a company's name: not the continent
    ("Tokyo Medical University", "Tokyo"),  # a leading place still is where it is
    ("Texas Tech University", "Texas"),
])
def test_a_later_word_of_an_institution_s_name_is_no_place(geocoder: Geocoder, name: str,
                                                            expected: str | None) -> None:
    found = geocoder.finder.candidates(name)
    assert (geocoder.gaz.cols.name[found[0].row] if found else None) == expected


def test_a_province_merged_away_is_still_known(geocoder: Geocoder) -> None:
    # Vietnam's 2025 merger joined Binh Phuoc to Dong Nai; older reports still name it
    place = resolve_names(geocoder, "Cases were found in Binh Phuoc, Vietnam, and in Cambodia.", ["Binh Phuoc"])[0]
    assert place is not None and place.country == "VN" and place.admin1 == "Dong Nai"
    assert 11.0 < place.latitude < 12.5 and 106.0 < place.longitude < 107.5
