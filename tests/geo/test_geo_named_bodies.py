"""A division or country that names an organisation ("FrontCounter BC", "Greenpeace UK"), written "in" a town, is
at that town; said on its own it keeps its reading (team-written sentences)."""

from __future__ import annotations

from typing import Any

import pytest
from geospans import resolve_names

from eventwatch.geo import Geocoder
from eventwatch.geo.sites import inside_name


@pytest.mark.parametrize(("text", "name", "inner"), [
    ("a new Service Ontario office opened", "Ontario", True),
    ("staff of Greenpeace UK said", "UK", True),
    ("In Ontario the roads froze", "Ontario", False),  # the first word of its sentence
    ("It snowed. Ontario closed its roads", "Ontario", False),  # a sentence's first word before it
    ("the Ontario office opened", "Ontario", False),
    ("rain in Ontario fell", "Ontario", False),
    ("Toronto, Ontario fell", "Ontario", False),
])
def test_inside_name(text: str, name: str, inner: bool) -> None:
    assert inside_name(text, text.index(name)) is inner


def test_a_division_naming_an_office_is_at_the_town_written_after_it(geocoder: Geocoder) -> None:
    # a provincial agency's name carries its province; the town after "in" is where the new office is
    text = ("Kamloops residents can now renew licences at the new Service BC in Kamloops, the minister said. "
            "Service BC runs 65 offices across the province.")
    office, town, again = resolve_names(geocoder, text, ["BC", "Kamloops", "BC"])
    assert town is not None and town.name == "Kamloops"
    assert office is not None and office.name == "Kamloops" and office.geo_precision == 2
    assert again is not None and again.name == "British Columbia"  # no town written after it


def test_a_country_naming_a_charity_is_at_the_town_written_after_it(geocoder: Geocoder) -> None:
    text = "Volunteers from Oxfam Ireland in Cork packed boxes of blankets for the shelters."
    office = resolve_names(geocoder, text, ["Ireland", "Cork"])[0]
    assert office is not None and office.name == "Cork"


@pytest.mark.parametrize("text", [
    "Storms swept across Ontario in Ottawa's suburbs and beyond.",  # "across Ontario": no name's word before it
    "The premier of Ontario in Toronto said the roads were open.",
    "Heavy rain hit Ontario. In Ottawa the river rose.",
])
def test_a_division_said_on_its_own_keeps_its_reading(geocoder: Geocoder, text: str) -> None:
    place = resolve_names(geocoder, text, ["Ontario"])[0]
    assert place is not None and place.name == "Ontario"


def test_a_country_inside_a_charity_found_end_to_end(nlp: Any, geocoder: Geocoder) -> None:
    text = "Staff of Greenpeace UK in London staged a protest outside parliament."
    places = {p.span.text: p for p in geocoder.find_places(nlp(text)) if p.span is not None}
    assert places["London"].name == "London"
    assert places["UK"].name == "London" and places["UK"].geo_precision == 2
