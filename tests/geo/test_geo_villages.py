"""Villages cities500 lacks, written by the project (`data/geo/villages.tsv`, `geo/additions.add_villages`): each is
a town of its first-level division at its point, found by a locative cue, and only by its own name. Team-written
sentences, other words, tenses and events than the trial sets'."""

from __future__ import annotations

from typing import Any

import pytest

from eventwatch.geo import Geocoder
from eventwatch.geo.build import data_rows
from eventwatch.geo.distance import km


def _places(nlp: Any, geocoder: Geocoder, text: str) -> dict[str, tuple[str, str, str | None]]:
    return {p.span.text: (p.name, p.country, p.admin1) for p in geocoder.find_places(nlp(text))
            if p.span is not None}


@pytest.mark.parametrize(("text", "name", "country", "admin1"), [
    ("Truck drivers blocked the junction at Caracollo for most of Tuesday.", "Caracollo", "BO", "Oruro"),
    ("Teachers will march from Caracollo to the capital next week, their union said.", "Caracollo", "BO", "Oruro"),
    ("Coca growers had set up a roadblock at Parotani before dawn.", "Parotani", "BO", "Cochabamba"),
    ("Police cleared the bridge near Parotani with tear gas on Monday.", "Parotani", "BO", "Cochabamba"),
    ("Police exchanged fire with gold smugglers near Eteringbang on Sunday.", "Eteringbang", "GY",
     "Cuyuni-Mazaruni"),
    ("Gunmen raided a fish market in Idabato overnight, a local chief said.", "Idabato", "CM", "Sud-Ouest"),
    ("Officers searched two houses in Grays Farm before dawn.", "Grays Farm", "AG", "Saint John"),
    ("Rebels burned a health centre in Mayi-Moya overnight, residents said.", "Mayi-Moya", "CD", "Nord-Kivu"),
    ("A drone hit a car on the road into Kfar Roummane on Thursday.", "Kfar Roummane", "LB", "Al Nabatieh"),
    ("Residents of Fermathe put up barricades against the gangs on Sunday.", "Fermathe", "HT", "Ouest"),
])
def test_a_village_the_project_adds_is_a_town_of_its_division(nlp: Any, geocoder: Geocoder, text: str, name: str,
                                                               country: str, admin1: str) -> None:
    assert _places(nlp, geocoder, text)[name] == (name, country, admin1)


@pytest.mark.parametrize(("village", "town", "most_km"), [
    ("Caracollo", "Oruro", 60),  # where the La Paz road meets the Cochabamba road, north-west of Oruro city
    ("Parotani", "Cochabamba", 60),  # west of Cochabamba city, where the Oruro road leaves the valley
    ("Mayi-Moya", "Beni", 60),  # on the RN4 north of Oicha, itself north of Beni town
])
def test_a_village_lies_where_its_row_says(geocoder: Geocoder, village: str, town: str, most_km: float) -> None:
    v, t = geocoder.resolve_name(village), geocoder.resolve_name(town)
    assert v is not None and t is not None and v.admin1 is not None
    assert 10 < km(v.latitude, v.longitude, t.latitude, t.longitude) < most_km


def test_a_village_is_found_by_its_own_name_only(geocoder: Geocoder) -> None:
    """Kept out of the close-spelling table: a misspelling is no reading of the village (a transliteration of its
    own name still is)."""
    for written in ("Parotoni", "Eteringban", "Idabeto"):
        place = geocoder.resolve_name(written)
        assert place is None or place.name not in ("Parotani", "Eteringbang", "Idabato")


def test_every_row_is_well_formed() -> None:
    rows = data_rows("villages.tsv")
    assert rows
    for name, _alts, lat, lon, code, population in rows:
        assert name[:1].isupper() and -90 <= float(lat) <= 90 and -180 <= float(lon) <= 180
        assert code[:2].isalpha() and code[2] == "-" and int(population) >= 0
