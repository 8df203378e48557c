"""A capital written for its government ("Ankara accuses ...") is not what a report is about (`geo/governments.py`):
it does not vote for the report's main place, so a village the gazetteer lacks does not fall back to the capital of
the country whose government the report quotes. Team-written sentences."""

from __future__ import annotations

from typing import Any

import pytest

from eventwatch.geo import Geocoder
from eventwatch.geo.governments import names_government

_REPORT = ("SULAYMANIYAH, Iraq - A Turkish drone struck a car near Qalat Shirin on Sunday, killing two men, local "
           "officials said.\n\nAnkara accuses the group of sheltering fighters in the mountains. Ankara says its "
           "operations will go on until the border is safe, and Ankara blamed the group for an attack on a border "
           "post last month.")


@pytest.mark.parametrize(("text", "name", "government"), [
    ("Ankara accuses the group of sheltering fighters.", "Ankara", True),
    ("Officials said Moscow denied any role in the blast.", "Moscow", True),
    ("Police in Ankara said two men were detained.", "Ankara", False),  # after a preposition: the place
    ("Ankara was calm on Sunday morning.", "Ankara", False),  # no verb of saying or judging
])
def test_a_capital_before_a_verb_of_saying_names_its_government(text: str, name: str, government: bool) -> None:
    start = text.index(name)
    assert names_government(text, start, start + len(name)) is government


def test_an_unknown_village_does_not_fall_back_to_a_government_quoted(nlp: Any, geocoder: Geocoder) -> None:
    # Ankara named three times, each time for its government: the report is about the dateline's town
    places = [p for p in geocoder.find_places(nlp(_REPORT)) if p.span is not None]
    village = next(p for p in places if p.span is not None and p.span.text == "Qalat Shirin")
    assert (village.country, village.name, village.geo_precision) == ("IQ", "Sulaymaniyah", 2)
    assert {p.name for p in places if p.span is not None and p.span.text == "Ankara"} == {"Ankara"}


def test_a_capital_named_as_a_place_still_counts(nlp: Any, geocoder: Geocoder) -> None:
    # the same report with Ankara named where things happen: it is the report's main place again
    text = _REPORT.replace("Ankara accuses", "Protesters in Ankara accuse").replace(
        "Ankara says", "Police in Ankara say").replace("and Ankara blamed", "and officials in Ankara blamed")
    village = next(p for p in geocoder.find_places(nlp(text)) if p.span is not None and p.span.text == "Qalat Shirin")
    assert village.country == "TR"
