"""A country's name joined by "and" is one place (`geo/recognize._country_whole`): the parser often tags only one
part ("Barbuda", "Tobago"), which the gazetteer then reads as that island's division, or as a namesake abroad
("Antigua" in the Canaries). Team-written sentences."""

from __future__ import annotations

from typing import Any

import pytest

from eventwatch.geo import Geocoder


def _places(nlp: Any, geocoder: Geocoder, text: str) -> list[tuple[str, str, str]]:
    return [(p.span.text, p.feature_code, p.country) for p in geocoder.find_places(nlp(text)) if p.span is not None]


@pytest.mark.parametrize(("text", "name", "country"), [
    ("The Royal Police Force of Antigua and Barbuda said two officers were hurt.", "Antigua and Barbuda", "AG"),
    ("Customs officers in Antigua and Barbuda seized a boat on Friday.", "Antigua and Barbuda", "AG"),
    ("The coast guard of Trinidad and Tobago stopped a trawler overnight.", "Trinidad and Tobago", "TT"),
    ("Ministers of Saint Kitts and Nevis met teachers on strike.", "Saint Kitts and Nevis", "KN"),
    ("Farmers marched in Saint Vincent and the Grenadines on Monday.", "Saint Vincent and the Grenadines", "VC"),
])
def test_a_country_named_with_and_is_one_place(nlp: Any, geocoder: Geocoder, text: str, name: str,
                                                country: str) -> None:
    places = _places(nlp, geocoder, text)
    assert places == [(name, "PCLI", country)]


def test_two_places_joined_by_and_stay_two(nlp: Any, geocoder: Geocoder) -> None:
    """Only a name the gazetteer knows as a country's is taken whole: two towns named together stay two."""
    places = _places(nlp, geocoder, "Clashes broke out in Kano and Kaduna on Friday.")
    assert [p[0] for p in places] == ["Kano", "Kaduna"]
