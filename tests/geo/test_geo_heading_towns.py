"""A brief-news item's heading in capitals before a colon names the item's town even when the town is small
("KIRTIPUR:", 45,000 people) or written by another of its names ("BIRGUNJ:", GeoNames' Birgañj), when the word is
no English word; a label heading a line ("PHOTO:", "DATE:", "QUOTE:") stays none, whatever village bears the word
(geo41; trial10's Nepalese column put its KIRTIPUR item at the item before it). Team-written items, other towns and
countries than trial10's."""

from __future__ import annotations

from typing import Any

import pytest

from eventwatch.geo import Geocoder


def _names(nlp: Any, geocoder: Geocoder, text: str) -> dict[str, tuple[str, str]]:
    return {p.span.text: (p.name, p.country) for p in geocoder.find_places(nlp(text)) if p.span is not None}


@pytest.mark.parametrize(("text", "heading", "town", "country"), [
    ("KIRTIPUR: Two student groups clashed with stones outside the campus on Friday.", "KIRTIPUR", "Ki̇̄rtipur", "NP"),
    ("BIRGUNJ: Truck drivers blocked the customs road for six hours on Monday.", "BIRGUNJ", "Birgañj", "NP"),
    ("KASUNGU: Farmers marched to the district offices over unpaid tobacco money on Tuesday.", "KASUNGU", "Kasungu",
     "MW"),
])
def test_a_small_or_otherwise_named_heading_town_is_the_item_s_place(nlp: Any, geocoder: Geocoder, text: str,
                                                                      heading: str, town: str, country: str) -> None:
    assert _names(nlp, geocoder, text).get(heading) == (town, country)


@pytest.mark.parametrize("text", [
    "PHOTO: Police stand guard outside the court on Monday.",
    "DATE: The vendors will march again next week.",
    "QUOTE: We will not leave the square, a leader said.",
    "LOCATION: The camp lies near the river.",
])
def test_a_label_heading_a_line_stays_no_place(nlp: Any, geocoder: Geocoder, text: str) -> None:
    assert _names(nlp, geocoder, text) == {}


@pytest.mark.parametrize(("text", "heading", "town"), [
    ("MOROTO: Herders blocked the main road with stones on Monday.", "MOROTO", "Moroto"),
    ("KABALE: Traders marched to the district offices on Friday.", "KABALE", "Kabale"),
    ("BUDAKA: Vendors protested outside the council offices on Tuesday.", "BUDAKA", "Budaka"),
])
def test_a_short_heading_town_in_capitals_is_no_acronym(nlp: Any, geocoder: Geocoder, text: str, heading: str,
                                                        town: str) -> None:
    """A small town of six letters or fewer heading its item: the ruler reads it as the item's town, and the test of
    an acronym ("TASS said") must not take it back (geo57: such items fell back to the town of the item before)."""
    assert _names(nlp, geocoder, text).get(heading) == (town, "UG")


def test_an_acronym_inside_a_sentence_stays_none(nlp: Any, geocoder: Geocoder) -> None:
    assert "CGT" not in _names(nlp, geocoder, "Members of the CGT marched in Lyon on Thursday.")
