"""A province written after a district, and the kind of site written between a site and its town (team-written
sentences in the manner of ACLED's notes)."""

from __future__ import annotations

from typing import Any

import pytest

from eventwatch.geo import Geocoder
from eventwatch.geo.sites import site_gap


def _by_span(nlp: Any, geocoder: Geocoder, text: str) -> dict[str, Any]:
    return {p.span.text: p for p in geocoder.find_places(nlp(text)) if p.span is not None}


@pytest.mark.parametrize(("text", "district", "province"), [
    ("A roadside mine hit a water truck in Hays district (Al Hudaydah) on Tuesday.", "Hays district", "Al Hudaydah"),
    ("Gunmen shot a shopkeeper in Andarab district, Baghlan, late at night.", "Andarab district", "Baghlan"),
])
def test_the_province_after_a_district_is_the_province(nlp: Any, geocoder: Geocoder, text: str, district: str,
                                                       province: str) -> None:
    """A district lies in a province, not in a town: the name written after "X district" is the first-level
    division, not the province's capital of that name, which as a town named outright would outrank the district
    when an event's place is chosen (and put the event at the capital, tens of kilometres off)."""
    places = _by_span(nlp, geocoder, text)
    assert places[district].feature_code == "ADM2"
    assert places[province].feature_code == "ADM1" and places[province].admin1 == places[district].admin1


def test_a_town_written_as_a_town_s_qualifier_stays_as_it_was(nlp: Any, geocoder: Geocoder) -> None:
    """The rule is for a district's qualifier; a town's qualifier was already read as the division that holds it."""
    places = _by_span(nlp, geocoder, "Farmers blocked the road in Pandi, Bulacan, on Monday.")
    assert places["Pandi"].feature_code.startswith("PPL")
    assert places["Bulacan"].feature_code.startswith("ADM")  # a province (of the second level in the Philippines)


@pytest.mark.parametrize(("text", "gap"), [
    ("Buta migrant camp in Jammu", len(" migrant camp in ")),
    ("Kabul market in Herat", len(" market in ")),
    ("Salam refugee camp in Gedaref", len(" refugee camp in ")),
    ("Aleppo residents in Gaziantep", 0),  # a people, not a kind of site: two places
    ("Tripoli in Lebanon", len(" in ")),
])
def test_the_kind_of_site_may_stand_before_in(text: str, gap: int) -> None:
    end = text.index(" ")
    assert site_gap(text, end) == gap


def test_a_camp_named_after_a_town_abroad_is_in_the_district_written_after_it(nlp: Any, geocoder: Geocoder) -> None:
    """"Buta migrant camp in Jammu district": the camp, not Buta in the Congo."""
    places = _by_span(nlp, geocoder, "On Monday, Pandits protested inside Buta migrant camp in Jammu district "
                      "(Jammu and Kashmir).")
    assert places["Buta"].country == "IN" and places["Buta"].geo_precision == 2
