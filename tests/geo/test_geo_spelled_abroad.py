"""A city abroad that only another transliteration of the written name reaches is a look-alike in a report whose
locale is another country (`geo/checks._foreign_part`): an unknown hamlet falls to the report's own place, not
to a city of that spelling overseas. Team-written sentences."""

from __future__ import annotations

from typing import Any

import pytest

from eventwatch.geo import Geocoder


def _places(nlp: Any, geocoder: Geocoder, text: str) -> dict[str, tuple[str, str]]:
    return {p.span.text: (p.name, p.country) for p in geocoder.find_places(nlp(text)) if p.span is not None}


@pytest.mark.parametrize(("text", "country"), [
    ("JOS, Nigeria, March 3 - Gunmen killed four herders near Kaffo, a hamlet south of the city, on Sunday, police "
     "in Plateau State said.", "NG"),
    ("ACCRA, Ghana, May 4 - Two traders were shot dead near Kaffo on Monday night, police said.", "GH"),
])
def test_a_name_reached_only_by_another_spelling_stays_in_the_report_country(nlp: Any, geocoder: Geocoder,
                                                                             text: str, country: str) -> None:
    place = _places(nlp, geocoder, text).get("Kaffo")
    assert place is None or place[1] == country


def test_a_city_abroad_by_its_own_name_stands(nlp: Any, geocoder: Geocoder) -> None:
    text = "ACCRA, Ghana, May 4 - The minister flew to Madrid on Monday for talks on cocoa prices, officials said."
    assert _places(nlp, geocoder, text)["Madrid"] == ("Madrid", "ES")
