"""Names read where the report is, and names read whatever the report's place: a locale's own abbreviation ("SA"),
the state Capitol, an outlet's home on a generic domain; a world city past a small namesake in the report's focus
country, a town a body or treaty is named after, a street named whole, a township, a village in a division's
valley, a qualifier of one part read as the report reads it elsewhere (team-written sentences)."""

from __future__ import annotations

from typing import Any

import pytest
from geospans import resolve_names

from eventwatch.geo import Geocoder
from eventwatch.geo.locale import DOMAIN_WEIGHT, LocaleVotes, domain_country, outlet_home
from eventwatch.geo.shapes import street_named


def _places(geocoder: Geocoder, text: str, names: list[str], url: str | None = None) -> list[Any]:
    votes = LocaleVotes()
    votes.add(domain_country(url), None, DOMAIN_WEIGHT)
    return resolve_names(geocoder, text, names, votes)


def test_sa_in_a_south_african_paper_is_south_africa(geocoder: Geocoder) -> None:
    text = "Mining towns in Limpopo still wait for the land reform that post-apartheid SA promised."
    sa = _places(geocoder, text, ["Limpopo", "SA"], url="https://www.example.co.za/a")[1]
    assert sa is not None and sa.country == "ZA" and sa.feature_code.startswith("PCL")


def test_sa_in_an_australian_paper_is_south_australia(geocoder: Geocoder) -> None:
    text = "Growers near Adelaide say SA needs more water from the Murray this summer."
    sa = _places(geocoder, text, ["Adelaide", "SA"], url="https://www.example.com.au/a")[1]
    assert sa is not None and sa.country == "AU" and sa.admin1 == "South Australia"


def test_sa_with_no_locale_is_no_country(geocoder: Geocoder) -> None:
    text = "SA Power Networks restored supply on Monday."
    sa = _places(geocoder, text, ["SA"])[0]
    assert sa is None or sa.country not in ("ZA", "AU")


def test_the_state_capitol_is_in_the_report_s_state_capital(geocoder: Geocoder) -> None:
    text = ("OKLAHOMA CITY (AP) - Teachers filled the state Capitol for a second day. Lawmakers in Oklahoma said "
            "the Capitol would stay open late.")
    places = _places(geocoder, text, ["OKLAHOMA CITY", "Capitol", "Oklahoma", "Capitol"])
    for capitol in (places[1], places[3]):
        assert capitol is not None and capitol.name == "Oklahoma City" and capitol.geo_precision == 2


def test_the_capitol_of_a_report_from_no_state_is_in_washington(geocoder: Geocoder) -> None:
    text = "Senators left the Capitol late on Friday after the vote on the budget of the United States."
    capitol = _places(geocoder, text, ["Capitol", "United States"])[0]
    assert capitol is not None and capitol.name == "Washington" and capitol.country == "US"


def test_an_outlet_on_a_generic_domain_places_its_reports_at_home(geocoder: Geocoder) -> None:
    assert domain_country("https://www.al.com/news/2018/04/a.html") == "US"
    assert outlet_home("www.al.com") == ("US", "Alabama")
    assert domain_country("https://www.example.com/a") is None
    text = "Organizers cut the price of two-day passes for the Birmingham festival in July."
    birmingham = _places(geocoder, text, ["Birmingham"], url="https://www.al.com/entertainment/a.html")[0]
    assert birmingham is not None and birmingham.country == "US" and birmingham.admin1 == "Alabama"


def test_a_world_city_stands_against_a_small_namesake_in_the_report_s_focus(geocoder: Geocoder) -> None:
    # Los Angeles is also a district of Madrid; a report on a Spanish firm quoting a Californian economist
    text = ("Inditex, the Spanish owner of Zara, grew again in Spain last year, said an economist at the University "
            "of California, Los Angeles, an expert on the firm.")
    places = _places(geocoder, text, ["Spanish", "Spain", "Los Angeles"])
    assert places[2] is not None and places[2].country == "US"


def test_a_world_city_s_namesake_stands_in_the_report_s_own_place(geocoder: Geocoder) -> None:
    # a report grounded in Portugal's Algarve means its own Lagos, not Nigeria's city
    text = "Fishermen in Faro and Portimao were joined by crews from Lagos on Tuesday."
    lagos = _places(geocoder, text, ["Faro", "Portimao", "Lagos"], url="https://www.example.pt/a")[2]
    assert lagos is not None and lagos.country == "PT"


def test_a_town_a_body_is_named_after_is_the_town_the_world_knows(geocoder: Geocoder) -> None:
    # Venice, California and Venice, Florida are towns of some size; the Council of Europe's commission is Italy's
    text = ("The United States urged Ukraine to drop the rule, in line with the recommendations of the Venice "
            "Commission, a body the United States also cited in March.")
    venice = _places(geocoder, text, ["United States", "Ukraine", "Venice", "United States"])[2]
    assert venice is not None and venice.country == "IT"


def test_a_town_a_treaty_is_named_after_is_not_the_report_s_namesake(geocoder: Geocoder) -> None:
    text = "PARIS, Texas - The council of Paris voted on Monday to back the Paris Agreement on the climate."
    places = _places(geocoder, text, ["PARIS", "Texas", "Paris", "Paris"])
    assert places[2] is not None and places[2].country == "US"
    assert places[3] is not None and places[3].country == "FR"


@pytest.mark.parametrize(("words", "street"), [
    ("401 - 333 Victoria St.", True), ("Victoria St.", True), ("Canal Street", True), ("Fifth Avenue", True),
    ("12 Main St", True), ("St. Louis", False), ("Victoria", False), ("Stanley", False), ("Avenue", False),
])
def test_street_named(words: str, street: bool) -> None:
    assert street_named(words) is street


def test_a_street_named_whole_is_a_street_of_the_report_s_town(geocoder: Geocoder) -> None:
    # Victoria is the capital of British Columbia, 450 km from Nelson; here it is a street of Nelson
    text = "The new office opened in Nelson, British Columbia. It stands at 401 - 333 Victoria St., near the hall."
    street = _places(geocoder, text, ["Nelson", "British Columbia", "401 - 333 Victoria St."])[2]
    assert street is not None and street.name == "Nelson" and street.geo_precision == 2


def test_a_township_is_not_the_state_of_its_name(geocoder: Geocoder) -> None:
    text = ("ALLENDALE, N.J. - The club's show in Allendale raises money for mothers; a gala follows at a restaurant "
            "in Washington Township.")
    township = _places(geocoder, text, ["ALLENDALE", "N.J.", "Allendale", "Washington Township"])[3]
    assert township is not None and township.admin1 == "New Jersey" and township.geo_precision == 2


def test_a_village_in_a_division_s_valley_is_in_that_division(geocoder: Geocoder) -> None:
    text = ("Relief helicopters reached the hill resort of Kalam in the Swat Valley, in Khyber Pakhtunkhwa, Pakistan, "
            "with food for the flood victims; Punjab sent trucks.")
    kalam = _places(geocoder, text, ["Kalam", "Swat Valley", "Khyber Pakhtunkhwa", "Pakistan", "Punjab"])[0]
    assert kalam is not None and kalam.admin1 == "Khyber Pakhtunkhwa"


def test_a_qualifier_of_one_part_is_read_as_the_report_reads_it(geocoder: Geocoder) -> None:
    # Virginia is a town of County Cavan as well as the US state; the Cavan paper's venues lie in the town
    text = ("Cavan County Council lists the venues: the Ramor Theatre, Virginia; the Town Hall in Cavan. The theatre "
            "in Virginia, County Cavan, reopens in May.")
    places = _places(geocoder, text, ["Ramor Theatre", "Virginia", "Cavan", "Virginia"],
                     url="https://www.example.ie/a")
    assert places[3] is not None and places[3].country == "IE"
    assert places[0] is not None and places[0].country == "IE"


def test_siberia_is_at_geonames_point(geocoder: Geocoder) -> None:
    text = "Relations suffered a Siberian chill."
    siberia = _places(geocoder, text, ["Siberian"])[0]
    assert siberia is not None and (siberia.latitude, siberia.longitude) == (60.0, 100.0)
