"""A name the report uses for a person is not a place unless a place reading is written (`geo/persons.py`).

The sentences are the team's own."""

from __future__ import annotations

from typing import Any

import pytest

from eventwatch.geo import Geocoder
from eventwatch.geo.persons import person_titles


def _names(nlp: Any, geocoder: Geocoder, text: str) -> dict[str, str]:
    return {p.span.text: p.country or "" for p in geocoder.find_places(nlp(text)) if p.span is not None}


@pytest.mark.parametrize(("text", "person", "place"), [
    # after an honorific or a title
    ("Police detained 12 protesters in Bogota on Monday. Mr. Torres, a union leader, said the march would go on.",
     "Torres", "Bogota"),
    ("Gen. Torres ordered more troops into Mosul on Friday.", "Torres", "Mosul"),
    ("President Rodriguez condemned the attack on the market in Kano.", "Rodriguez", "Kano"),
    ("Mr. Washington, the union's treasurer, spoke to strikers in Detroit.", "Washington", "Detroit"),
    # the surname of someone the report names in full
    ("Governor Luis Medina visited the camp outside Goma. Medina said aid would arrive within days.",
     "Medina", "Goma"),
    # the subject of a speech verb
    ("Rodriguez told reporters that the clashes in Caracas had left two dead.", "Rodriguez", "Caracas"),
])
def test_a_name_used_for_a_person_is_not_a_place(nlp: Any, geocoder: Geocoder, text: str, person: str,
                                                  place: str) -> None:
    names = _names(nlp, geocoder, text)
    assert person not in names, names
    assert place in names, names


@pytest.mark.parametrize(("text", "place", "country"), [
    ("Farmers marched in Torres on Monday to demand fair prices.", "Torres", "BR"),
    ("Flooding cut the road to Rodriguez, Rizal, on Tuesday.", "Rodriguez", "PH"),
    ("Maria Torres said the floods had reached the town of Torres overnight.", "Torres", "BR"),
    ("Wildfires forced hundreds to leave their homes near Prince George.", "Prince George", "CA"),
    ("Moscow said the talks would resume next week.", "Moscow", "RU"),
])
def test_a_place_reading_written_keeps_the_place(nlp: Any, geocoder: Geocoder, text: str, place: str,
                                                 country: str) -> None:
    names = _names(nlp, geocoder, text)
    assert names.get(place) == country, names


def test_titles_are_read_without_their_full_stop() -> None:
    titles = person_titles()
    assert {"mr", "gen", "president"} <= titles
    assert "general" not in titles  # "General Santos", "General Roca": towns
