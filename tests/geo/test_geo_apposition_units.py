"""The unit a village is written to lie in, read so that a village the gazetteer lacks falls back to that unit under
its own name (geo49): an apposition's unit after words of kind ("Largu, a trading town in the Djugu territory",
"a small farming village in"), a short name read with its unit ("in the northern Gao region": "Gao" alone is a town
in three countries and no qualifier the gazetteer reads safely), a village after "the village of" and before such a
unit read as a place whatever the model tagged it, and no unit read from an adjective before a
division ("a farming town in the Caribbean department of Atlantida" names the department, not "Caribbean").
Team-written sentences; the villages are invented or absent from the gazetteer."""

from __future__ import annotations

from typing import Any

import pytest

from eventwatch.geo import Geocoder
from eventwatch.geo.written import qualifier_after

_UNITS = frozenset({"district", "department", "state", "region", "territory", "province"})


@pytest.mark.parametrize(("text", "name", "qualifier"), [
    ("Militiamen killed six people in Largu, a trading town in the Djugu territory, on Sunday.", "Largu", "Djugu"),
    ("Gunmen killed two farmers in Mubanga, a small farming village in Irumu territory.", "Mubanga", "Irumu"),
    ("Soldiers shot two herders near Tinzawat in the northern Gao region.", "Tinzawat", "Gao region"),
    ("Rebels burned Kaya Tembo, a village in the Upper Nile state.", "Kaya Tembo", "Upper Nile"),
    ("Gunmen shot three men in Esparta, a farming town in the Caribbean department of Atlantida.", "Esparta", ""),
    ("Rebels looted Largu, a trading town in the Djugu territory of Ituri province.", "Largu", "Djugu, Ituri"),
    # geo58: the side of the unit the place lies in, written before the unit's name
    ("Drones bombed the market in Tarsoko, a town in the north of Sagaing Region, on Tuesday.", "Tarsoko",
     "Sagaing Region"),
    ("Gunmen raided Tarsoko, a village in the far south-east of Mopti region, on Friday.", "Tarsoko", "Mopti"),
])
def test_the_unit_written_after_a_village(text: str, name: str, qualifier: str) -> None:
    end = text.index(name) + len(name)
    assert qualifier_after(text, end, _UNITS)[0] == qualifier


def _places(nlp: Any, geocoder: Geocoder, text: str) -> dict[str, tuple[str, str, int | None]]:
    return {p.span.text: (p.name, p.country, p.geo_precision) for p in geocoder.find_places(nlp(text))
            if p.span is not None}


@pytest.mark.parametrize(("text", "name", "unit", "country"), [
    ("Militiamen killed six people in Largu, a trading town in the Djugu territory, on Sunday.", "Largu", "Djugu",
     "CD"),
    ("Soldiers shot two herders near Tinzawat in the Gao region.", "Tinzawat", "Gao",
     "ML"),
    # the model tags a village after "the village of" an organisation: read as a place by the unit after it
    ("A drone strike killed nine civilians in the village of Tinzawat in the northern Gao region.", "Tinzawat",
     "Gao", "ML"),
    ("Armenian units fired on army positions near the settlement of Kara in the Kalbajar district.", "Kara",
     "Kalbajar", "AZ"),
    # geo55: the kind in an apposition after the name, which the model tags an organisation ("Tarsoko" is invented)
    ("Bandits kidnapped three traders at Tarsoko, a village in Awaran district, on Monday.", "Tarsoko", "Awaran",
     "PK"),
    ("Militants burned the market of Tarsoko, a small farming village in Kaura district, on Monday.", "Tarsoko",
     "Kaura", "NG"),
    # geo58: the side of the region before its name ("in the north of"): without it the town fell to the region's
    # seat under the region's words
    ("Drones bombed the morning market in Letpanzin, a town in the north of Sagaing Region, on Tuesday.",
     "Letpanzin", "Sagaing", "MM"),
])
def test_an_unknown_village_falls_back_to_its_written_unit(nlp: Any, geocoder: Geocoder, text: str, name: str,
                                                           unit: str, country: str) -> None:
    assert _places(nlp, geocoder, text)[name] == (unit, country, 2)


def test_a_town_with_its_arabic_article_after_the_village_of(nlp: Any, geocoder: Geocoder) -> None:
    """geo55: "the town of al-Tarsa in Sennar state": the name opens on a lower-case article joined by a hyphen, which
    the model tags an organisation; read as a place there, under its own words (not at the state's seat alone)."""
    places = _places(nlp, geocoder, "The army said its troops had entered the town of al-Tarsa in Sennar state.")
    assert places["al-Tarsa"] == ("Sennar", "SD", 2)
