"""A brief-news item's heading town ("ZOMBA: About 400 students marched ...") and a Chilean or West African commune
("in the commune of Ercilla") are places the small model misses (team-written sentences: other towns, countries
and words than the trial sets')."""

from __future__ import annotations

from typing import Any

import pytest

from eventwatch.geo import Geocoder


def _names(nlp: Any, geocoder: Geocoder, text: str) -> dict[str, tuple[str, str]]:
    return {p.span.text: (p.name, p.country) for p in geocoder.find_places(nlp(text)) if p.span is not None}


@pytest.mark.parametrize(("text", "heading", "town", "country"), [
    ("MZUZU: Police dispersed about 100 vendors on Monday.", "MZUZU", "Mzuzu", "MW"),
    ("NAKURU: Traders marched to the county offices on Friday.", "NAKURU", "Nakuru", "KE"),
    ("MUTARE: Vendors protested outside the council offices on Monday.", "MUTARE", "Mutare", "ZW"),
    ("GULU: About 200 students of Gulu University held a sit-in on Tuesday.", "GULU", "Gulu", "UG"),
])
def test_a_heading_in_capitals_before_a_colon_is_the_item_s_town(nlp: Any, geocoder: Geocoder, text: str,
                                                                  heading: str, town: str, country: str) -> None:
    assert _names(nlp, geocoder, text).get(heading) == (town, country)


@pytest.mark.parametrize("text", [
    "UPDATE: Police have arrested three men in connection with the fraud.",
    "NOTE: The vendors marched on Monday and went home.",
    "WARNING: Heavy rain is expected across the lower valley on Friday.",
])
def test_a_heading_that_names_no_place_stays_none(nlp: Any, geocoder: Geocoder, text: str) -> None:
    assert _names(nlp, geocoder, text) == {}


@pytest.mark.parametrize(("text", "name", "town"), [
    ("A group set fire to trucks at a forestry site in the commune of Ercilla on Wednesday.", "Ercilla", "Ercilla"),
    ("Hooded men torched a loader in the commune of Ercilla, in the Araucanía region, before dawn.", "Ercilla",
     "Ercilla"),
])
def test_the_commune_of_a_name_is_a_place(nlp: Any, geocoder: Geocoder, text: str, name: str, town: str) -> None:
    assert _names(nlp, geocoder, text).get(name) == (town, "CL")


def test_a_column_item_takes_its_heading_town_not_the_country_in_an_institution_s_name() -> None:
    from eventwatch.api import extract

    text = ("NEWS IN BRIEF\n\n"
            "MZUZU: About 300 students of the University of Malawi marched peacefully to the city council on "
            "Tuesday to protest against a rise in bus fares.\n\n"
            "LILONGWE: Police fired tear gas on Monday to disperse vendors who had blocked roads near the bus "
            "depot.\n")
    events = extract(text, "2024-11-06")
    by_sentence = {e.evidence.sentence.text[:5]: e.location for e in events}
    assert by_sentence.get("MZUZU") == "Mzuzu"
    assert by_sentence.get("LILON") == "Lilongwe"
