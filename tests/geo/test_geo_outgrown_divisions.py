"""A division much smaller than a town known by its name, and a path walked on through a district read as its town
(sentences written for these tests)."""

from __future__ import annotations

from typing import Any

from eventwatch.geo import Geocoder
from eventwatch.records import Place


def _place(nlp: Any, geocoder: Geocoder, text: str, mention: str) -> Place:
    places = [p for p in geocoder.find_places(nlp(text)) if p.span is not None and p.span.text == mention]
    assert places, text
    return places[0]


def test_a_town_written_with_its_province_is_not_the_small_district_of_its_name(nlp: Any, geocoder: Geocoder) -> None:
    """GeoNames calls the city Greater Sudbury (166,000 people) and gives "Sudbury" only among its other names; the
    Sudbury District beside it has 9,000 people: "Sudbury (Ontario)" is the city."""
    for text in ("Nurses rallied outside the general hospital in Sudbury (Ontario) over staffing.",
                 "Nurses rallied in Sudbury, Ontario, over staffing."):
        place = _place(nlp, geocoder, text, "Sudbury")
        assert (place.name, place.feature_code, place.admin1) == ("Greater Sudbury", "PPL", "Ontario"), text


def test_the_district_written_as_one_and_the_english_town_stay(nlp: Any, geocoder: Geocoder) -> None:
    place = _place(nlp, geocoder, "Farmers met in Espanola, in the Sudbury District of Ontario.", "Sudbury District")
    assert (place.feature_code, place.admin1) == ("ADM2", "Ontario")
    place = _place(nlp, geocoder, "Farmers marched through Sudbury (Suffolk) against the new road.", "Sudbury")
    assert (place.country, place.feature_code) == ("GB", "PPL")


def test_a_county_seat_bearing_its_countys_name_leaves_the_county(geocoder: Geocoder) -> None:
    """A seat that lists its county's name among its own is about the county's size (GeoNames gives LaFayette,
    Georgia, the name "Chattooga"): the county is not outgrown, and its name stays the county."""
    place = geocoder.resolve_name("Chattooga")
    assert place is not None and (place.feature_code, place.admin1) == ("ADM2", "Georgia")


def test_a_path_walks_on_through_a_district_read_as_its_town(nlp: Any, geocoder: Geocoder) -> None:
    """"Pyinoolwin district" is read as the town Pyin Oo Lwin, the district's seat; the township written inside it
    lies in the district, not in the town, and the village unknown to the gazetteer is placed at the township's
    town Madaya, not at Pyin Oo Lwin 40 km off."""
    text = ("Soldiers burned twenty houses in Kyauk Taing Gyi village (Madaya township, Pyinoolwin district, "
            "Mandalay region) on Friday.")
    place = _place(nlp, geocoder, text, "Kyauk Taing Gyi")
    assert (place.name, place.admin1, place.geo_precision) == ("Madaya", "Mandalay", 2)
