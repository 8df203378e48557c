"""Three readings of what is written around a place (geo40): a sub-county written with its district ("a village in
Kyarumba sub-county, Kasese district") takes the district as its qualifier, so a sub-county the gazetteer lacks
falls back to its district under its own name; a month written out after a name is no qualifier ("in Kasese
district in June 2023" is not the French town GeoNames also calls June); a neighbourhood the gazetteer holds
only as a village abroad lies in the story's own town ("SAN JOSE: ... in the Hatillo neighbourhood" of a Costa Rican
column is no town in Puerto Rico). Team-written sentences, other names and countries than trial9's."""

from __future__ import annotations

from typing import Any

import pytest

from eventwatch.geo import Geocoder
from eventwatch.geo.written import part_of_town, qualifier_after


def _places(nlp: Any, geocoder: Geocoder, text: str) -> dict[str, tuple[str, str, int | None]]:
    return {p.span.text: (p.name, p.country, p.geo_precision) for p in geocoder.find_places(nlp(text))
            if p.span is not None}


@pytest.mark.parametrize(("text", "name", "district"), [
    ("Gunmen killed five people in a village in Bugoye sub-county, Kasese district, on Friday night.", "Bugoye",
     "Kasese"),
    ("Rebels burnt houses in Kitholhu sub-county, Kasese district, on Sunday, local officials said.", "Kitholhu",
     "Kasese"),
    ("Raiders stole cattle in Kapedo subcounty, Kaabong district, on Monday, the army said.", "Kapedo", "Kaabong"),
])
def test_an_unknown_sub_county_falls_back_to_its_district(nlp: Any, geocoder: Geocoder, text: str, name: str,
                                                          district: str) -> None:
    assert _places(nlp, geocoder, text)[name] == (district, "UG", 2)


def test_a_sub_county_the_gazetteer_knows_keeps_its_own_reading(nlp: Any, geocoder: Geocoder) -> None:
    found = _places(nlp, geocoder, "Bandits shot two herders in Loiyangalani sub-county, Marsabit county, on Saturday.")
    assert found["Loiyangalani"][:3] == ("Loiyangalani", "KE", 1)


@pytest.mark.parametrize(("tail", "qualifier"), [
    (" district in June 2023, killing 42 people", ""),
    (" province in March, police said", ""),
    (" district in Dec. 2021", ""),
    (" town on Sunday", ""),
    (" district of Badakhshan", "Badakhshan"),
    (" in Ar Raqqa countryside", "Ar Raqqa"),
    (", Maryland, on Sunday", "Maryland"),
])
def test_a_month_or_a_weekday_is_no_qualifier(tail: str, qualifier: str) -> None:
    assert qualifier_after("Kishm" + tail, 5, frozenset({"district", "state"}))[0] == qualifier


def test_a_district_written_with_a_month_is_the_district(nlp: Any, geocoder: Geocoder) -> None:
    found = _places(nlp, geocoder, "Militants attacked a school at Mpondwe in Kasese district in June 2023.")
    assert found["Kasese"][:2] == ("Kasese", "UG")


@pytest.mark.parametrize(("text", "start", "end", "part"), [
    ("shot in the Hatillo neighbourhood on Friday", 12, 19, True),
    ("in the Nima neighborhood of Accra", 7, 11, True),
    ("in the suburb of Kileleshwa", 17, 27, True),
    ("a curfew in the Al-Midan quarter", 16, 24, True),
    ("a quarter of Kenya's maize", 13, 18, False),
    ("the Latin Quarter of Paris", 4, 9, False),
    ("in Hatillo on Friday", 3, 10, False),
])
def test_a_part_of_a_town_is_read_from_its_kind_word(text: str, start: int, end: int, part: bool) -> None:
    assert part_of_town(text, start, end) is part


@pytest.mark.parametrize(("text", "name", "town", "country"), [
    ("NEWS IN BRIEF\nSAN JOSE: Gunmen shot a taxi driver in the Hatillo neighbourhood on Friday.\nHEREDIA: "
     "Teachers marched on Thursday.\nALAJUELA: A fire destroyed a market stall on Wednesday.", "Hatillo", "San José",
     "CR"),
    ("LIMON: Two men were shot dead at a bus stop in the Cieneguita neighbourhood on Monday night.\nSAN JOSE: "
     "Hundreds of workers marched on Tuesday.\nCARTAGO: A driver died when a bus overturned near Paraiso.",
     "Cieneguita", "Limón", "CR"),
])
def test_a_neighbourhood_read_abroad_lies_in_the_story_s_town(nlp: Any, geocoder: Geocoder, text: str, name: str,
                                                             town: str, country: str) -> None:
    assert _places(nlp, geocoder, text)[name] == (town, country, 2)


def test_a_neighbourhood_in_a_story_about_its_country_keeps_its_reading(nlp: Any, geocoder: Geocoder) -> None:
    found = _places(nlp, geocoder, "Gunmen shot two men in the Hatillo neighbourhood on Friday. Police in Arecibo "
                                   "and San Juan, Puerto Rico, said the gang was known.")
    assert found["Hatillo"][:2] == ("Hatillo", "PR")
