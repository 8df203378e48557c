"""How a village's unit is written, read as the path the qualifier reader places it by (`geo/written.py`,
`geo/qualifiers.py`): a caption's "X, Kachin State, Myanmar -" (a division ending in its unit word, then the
country: no list of three places), a unit written with its owner ("in Ethiopia's Oromia region": "Oromia, Ethiopia",
the owner a country that holds the rest), an apposition after a comma ("the village of X, in North Darfur,"), and a
division written with its unit word that names one country's division only ("Plateau State" is Nigeria's, not
Benin's department Plateau). A village the gazetteer lacks then falls back to that unit under its own name
(precision 2) instead of being left out or read abroad. Team-written sentences."""

from __future__ import annotations

from typing import Any

import pytest

from eventwatch.geo import Geocoder


def _places(nlp: Any, geocoder: Geocoder, text: str) -> dict[str, tuple[str, str, int]]:
    return {p.span.text: (p.name, p.country, p.geo_precision) for p in geocoder.find_places(nlp(text))
            if p.span is not None}


@pytest.mark.parametrize(("text", "village", "division", "country"), [
    # a caption's place, its state and its country
    ("Hkawng Pa, Kachin State, Myanmar - Miners sift through the mud of a collapsed pit.", "Hkawng Pa",
     "Kachin", "MM"),
    ("Wawchon, Kachin State, Myanmar - Relatives wait by the road for news of the missing.", "Wawchon", "Kachin",
     "MM"),
    ("Soldiers burned houses in Kyauk Ta Lone, Sagaing Region, Myanmar on Friday.", "Kyauk Ta Lone", "Sagaing",
     "MM"),
    # the unit written with its owner
    ("Gunmen stopped a minibus near the town of Gerba Dima in Ethiopia's Oromia region on Tuesday.", "Gerba Dima",
     "Oromia", "ET"),
    # an apposition after a comma that ends its clause
    ("Raiders burned the village of Um Sidr, in North Darfur, on Saturday.", "Um Sidr", "North Darfur", "SD"),
    ("Guards exchanged fire near the village of Sogment, in Batken district, on Friday.", "Sogment", "Batken",
     "KG"),
    # a unit word that names one country's division: Plateau State is Nigeria's
    ("Kuru Jenta, Plateau State - Gunmen killed four farmers on Sunday, police said.", "Kuru Jenta", "Plateau",
     "NG"),
])
def test_a_village_falls_back_to_the_unit_it_is_written_in(
        nlp: Any, geocoder: Geocoder, text: str, village: str, division: str, country: str) -> None:
    name, where, precision = _places(nlp, geocoder, text)[village]
    assert (where, precision) == (country, 2)
    assert name == division


def test_a_list_of_towns_is_still_a_list(nlp: Any, geocoder: Geocoder) -> None:
    # towns after a comma without a unit word name a list, not a town and its division
    places = _places(nlp, geocoder, "Protests spread to Tehran, Isfahan, Ahvaz and Shiraz on Friday.")
    assert {places[t][2] for t in ("Tehran", "Isfahan", "Ahvaz")} == {1}


def test_a_comma_before_in_and_words_of_no_place_names_no_unit(nlp: Any, geocoder: Geocoder) -> None:
    places = _places(nlp, geocoder, "Police fired tear gas at students in Kabul, in a rare show of force, on Sunday.")
    assert places["Kabul"] == ("Kabul", "AF", 1)


@pytest.mark.parametrize("text", [
    "Herders and farmers fought with machetes at Zaibo in the Daloa department on Monday.",
    "Herders and farmers fought with machetes in the village of Zaibo, in the Daloa department, on Monday.",
])
def test_a_known_village_beside_the_seat_its_unit_is_named_after_keeps_its_point(
        nlp: Any, geocoder: Geocoder, text: str) -> None:
    # the gazetteer lacks the department and reads "Daloa" as its seat; the village, 20 km off, is in it
    assert _places(nlp, geocoder, text)["Zaibo"] == ("Zaïbo", "CI", 1)


def test_a_path_ending_in_a_name_a_division_also_bears_is_no_country(nlp: Any, geocoder: Geocoder) -> None:
    # Niger is a country and a Nigerian state: the path is the state's, as ACLED writes it
    places = _places(nlp, geocoder, "Gunmen attacked Tungan Kawo (Paikoro, Niger) and two nearby villages on Sunday.")
    assert places["Tungan Kawo"][1:] == ("NG", 2)


def test_a_comma_before_in_after_a_town_on_a_road_names_no_unit(nlp: Any, geocoder: Geocoder) -> None:
    # only after a settlement's kind ("the village of X, in Y,") is the apposition the place's unit: here "in Haddon"
    # names a spot on the road, and a namesake of it abroad must not carry the town away
    text = "Drivers blocked the road between Moneague and Ocho Rios, in Haddon, on Tuesday."
    assert _places(nlp, geocoder, text)["Ocho Rios"][1:] == ("JM", 1)
