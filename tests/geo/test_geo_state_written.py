"""A village written with its first-level division after a comma ("Tudun Bayi, Katsina State"), and a small namesake
abroad turned down in a report that names the unknown village again and again (`geo/ruler_paths`, `geo/checks`,
`geo/resolve`). Team-written sentences."""

from __future__ import annotations

from typing import Any

import pytest

from eventwatch.geo import Geocoder


def _places(nlp: Any, geocoder: Geocoder, text: str) -> dict[str, tuple[str, str, int]]:
    return {p.span.text: (p.name, p.country, p.geo_precision) for p in geocoder.find_places(nlp(text))
            if p.span is not None}


@pytest.mark.parametrize(("text", "village", "division", "country"), [
    ("Gunmen raided Tudun Bayi, Katsina State, on Sunday night.", "Tudun Bayi", "Katsina", "NG"),
    ("Bandits stormed Gidan Kara, Zamfara State, overnight.", "Gidan Kara", "Zamfara", "NG"),
    ("Troops retook Kampani Ywa, Chin State, Myanmar, after a week of fighting.", "Kampani Ywa", "Chin", "MM"),
])
def test_a_village_written_with_its_state_falls_back_to_it_under_its_own_name(
        nlp: Any, geocoder: Geocoder, text: str, village: str, division: str, country: str) -> None:
    # the model tags such a village an organisation or nothing; the division it is written with places it
    assert _places(nlp, geocoder, text)[village] == (division, country, 2)


@pytest.mark.parametrize("text", [
    "Ali Musa, Kano State commissioner, said the road was closed.",  # an office, not where he is
    "Hassan Bello, Katsina State, told reporters the road was closed.",  # a common personal name
])
def test_a_person_written_with_a_state_is_no_place(nlp: Any, geocoder: Geocoder, text: str) -> None:
    places = _places(nlp, geocoder, text)
    assert not any(name in places for name in ("Ali Musa", "Hassan Bello"))


_CAMP_REPORT = """Families reach Tawila after raid on farms in North Darfur

Hundreds of families arrived in Tawila this week after gunmen burned farms west of El Fasher, aid workers said.

"We walked for three days," said a farmer who reached Tawila on Tuesday with his children.

Aid workers in Tawila said the camp had run short of water since the new arrivals began.
"""


def test_a_name_said_again_is_no_support_for_a_namesake_abroad(nlp: Any, geocoder: Geocoder) -> None:
    # the camp is not in the gazetteer; a Yemeni hamlet carries its name among its other names. Its four mentions
    # backed each other and made the hamlet the report's main place; the report's other places are in Sudan
    found = [p for p in geocoder.find_places(nlp(_CAMP_REPORT)) if p.span is not None and p.span.text == "Tawila"]
    assert len(found) == 4
    assert {(p.country, p.admin1) for p in found} == {("SD", "North Darfur")}
