"""A division written with its unit word and "of" its country ("the Kurdistan Region of Iraq") lies in that country
(`recognize._written_of`, `qualifiers.Qualifiers._in_country`): where the country holds no division by that name, the
place is the country, not a division of that name abroad (Iran's Kurdistan province), and an unknown village written
in it falls back into that country. Team-written sentences."""

from __future__ import annotations

from typing import Any

import pytest

from eventwatch.geo import Geocoder


def _places(nlp: Any, geocoder: Geocoder, text: str) -> dict[str, tuple[str, str, int]]:
    return {p.span.text: (p.name, p.country, p.geo_precision) for p in geocoder.find_places(nlp(text))
            if p.span is not None}


def test_a_region_of_a_country_that_holds_no_division_so_named_is_that_country(nlp: Any, geocoder: Geocoder) -> None:
    places = _places(nlp, geocoder, "Aid trucks reached families near Mala Kani in the Kurdistan Region of Iraq on "
                                    "Friday.")
    assert places["Kurdistan Region"][1:] == ("IQ", 3)
    assert places["Mala Kani"][1] == "IQ"  # the unknown village is not sent to Iran either


@pytest.mark.parametrize(("text", "name", "division", "country"), [
    # the country holds the division: read there, as before
    ("Flooding cut the main road in the Amhara Region of Ethiopia on Monday.", "Amhara Region", "Amhara", "ET"),
    ("Teachers marched in the Far North Region of Cameroon on Tuesday.", "Far North Region", "Extreme-Nord", "CM"),
])
def test_a_region_its_country_holds_stays_that_division(nlp: Any, geocoder: Geocoder, text: str, name: str,
                                                        division: str, country: str) -> None:
    found, where, _ = _places(nlp, geocoder, text)[name]
    assert (found, where) == (division, country)
