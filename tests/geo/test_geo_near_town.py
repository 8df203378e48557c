"""An unknown village written "near" or "outside" a town is placed at that town (`near.near_town`); a town the
gazetteer knows keeps its own reading. Team-written sentences (Uganda), other towns and words than the trial sets'."""

from __future__ import annotations

from typing import Any

import pytest

from eventwatch.geo import Geocoder


def _places(nlp: Any, geocoder: Geocoder, text: str) -> dict[str, tuple[str, str, int | None]]:
    return {p.span.text: (p.name, p.country, p.geo_precision) for p in geocoder.find_places(nlp(text))
            if p.span is not None}


@pytest.mark.parametrize(("text", "name", "town"), [
    ("Gunmen killed four farmers in the village of Kyabenda, near Kamwenge, on Friday, police said.", "Kyabenda",
     "Kamwenge"),
    ("Soldiers clashed with rebels in the village of Nyabiheke, outside Mubende, on Tuesday night.", "Nyabiheke",
     "Mubende"),
    ("Rebels attacked Nyabiheke, near the town of Mubende, on Tuesday night, the army said.", "Nyabiheke", "Mubende"),
])
def test_an_unknown_village_near_a_town_is_placed_at_the_town(nlp: Any, geocoder: Geocoder, text: str, name: str,
                                                              town: str) -> None:
    assert _places(nlp, geocoder, text)[name][:2] == (town, "UG")


@pytest.mark.parametrize(("text", "name", "town", "country"), [
    ("Gunmen killed three farmers in the village of Nyimbaduru, near Kafanchan, on Sunday.", "Nyimbaduru",
     "Kafanchan", "NG"),
    ("Troops clashed with militants in the village of Kerbaya, outside Maroua, on Friday night.", "Kerbaya", "Maroua",
     "CM"),
    ("Rebels raided Kitshanga, near the town of Masisi, on Monday.", "Kitshanga", "Masisi", "CD"),
])
def test_in_other_countries_too(nlp: Any, geocoder: Geocoder, text: str, name: str, town: str, country: str) -> None:
    assert _places(nlp, geocoder, text)[name][:3] == (town, country, 2)


def test_a_known_town_near_another_keeps_its_own_reading(nlp: Any, geocoder: Geocoder) -> None:
    found = _places(nlp, geocoder, "Police dispersed traders in Kasese, near Kamwenge, on Monday.")
    assert found["Kasese"][:2] == ("Kasese", "UG")
