"""The event's own town over the dateline's, the statement's and a neighbour's (geo44, issues 10 and 12; trial12's
fix-half place classes 1-3). An unread "(wire)" dateline's town is the desk, not the scene, and yields to a place its
sentence names (`locate._unread_desk`); a bearing from a town ("south of X") and "nearby X" cue the town as a place
(`geo/cues.py`); the town a statement was made in ("the army said in a statement in Cairo") yields to the event's
(`locate._STATED_AT`); a people's adjective before an armed body ("Tajik border guards") names a side, not where the
next sentences happened (`locate._side_named`). Team-written texts: other countries, dateline forms, prepositions."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from eventwatch.api import extract
from eventwatch.events.place_sides import desk_again, government_named, scene_after_desk, side_named, unread_desk
from eventwatch.geo import Geocoder, get_gazetteer
from eventwatch.records import Place, Span


def _places(text: str) -> list[str | None]:
    return [e.location for e in extract(text, published="2026-03-04")]


@pytest.mark.parametrize(("text", "scene", "desk"), [
    ("DAKAR, 14 May 2025 (wire) - Three people were killed when a bus hit a landmine in Goudomp district of Sedhiou "
     "region on Tuesday morning.", "Goudomp", "Dakar"),
    ("LIMA, Aug. 2, 2025 (efe) - Police fired tear gas at farmers who blocked the highway near Huanta on Friday.",
     "Huanta", "Lima"),
])
def test_an_unread_wire_dateline_yields_to_the_sentences_town(text: str, scene: str, desk: str) -> None:
    places = _places(text)
    assert scene in places, places
    assert desk not in places, places


def test_a_wire_dateline_alone_in_its_sentence_keeps_the_desk() -> None:
    text = "BAMAKO, May 20, 2025 (wire) - Protesters marched through Bamako on Sunday to demand a journalist's release."
    assert _places(text) == ["Bamako"]


@pytest.mark.parametrize(("text", "town"), [
    ("The patrol stopped two trucks about 30 km west of Bir Moghrein on Sunday and the smugglers opened fire.",
     "Bîr Mogreïn"),
    ("Gunmen ambushed a police convoy north of Tessit on Friday, killing two officers.", "Tessit"),
])
def test_a_bearing_from_a_town_places_the_event_there(text: str, town: str) -> None:
    assert _places(text) == [town]


@pytest.fixture(scope="module")
def geocoder() -> Geocoder:
    return Geocoder(get_gazetteer())


def test_nearby_cues_a_small_town(nlp: Any, geocoder: Geocoder) -> None:
    text = "On Sunday about 40 residents of nearby Sisian gathered outside the town hall to ask for jobs."
    assert [p.name for p in geocoder.find_places(nlp(text))] == ["Sisian"]


@pytest.mark.parametrize(("text", "scene", "seat"), [
    ("Gunmen killed four villagers near Djibo on Sunday, the army said in a statement in Ouagadougou.",
     "Djibo", "Ouagadougou"),
    ("Two police officers were wounded when a bomb went off in Mardan on Friday, the provincial government said in "
     "a statement in Peshawar.", "Mardan", "Peshawar"),
])
def test_the_statements_town_yields_to_the_events(text: str, scene: str, seat: str) -> None:
    assert _places(text) == [scene]


@pytest.mark.parametrize(("text", "town", "neighbour"), [
    ("A Kenyan soldier was killed on Saturday near Mandera. Somali troops on the other side opened fire on the post. "
     "Our men returned fire.", "Mandera", "Somalia"),
    ("An Indian soldier was killed on Sunday in Kupwara district. Pakistani troops opened fire across the line. The "
     "soldiers returned fire for an hour.", "Kopawor", "Pakistan"),
])
def test_a_neighbours_forces_are_no_place_the_next_sentence_inherits(text: str, town: str, neighbour: str) -> None:
    places = _places(text)
    assert town in places, places
    assert neighbour not in places, places


def _at(text: str, written: str, code: str = "PPLC") -> Place:
    start = text.index(written)
    return Place(name=written.title(), latitude=0.0, longitude=0.0, country="XX", feature_code=code, geonameid=1,
                 geo_precision=1, span=Span(start, start + len(written), written))


@pytest.mark.parametrize(("text", "written", "desk"), [
    ("NIAMEY, Oct. 3, 2025 (wire) - Soldiers killed nine militants near Tera.", "NIAMEY", True),
    ("LIMA, Aug. 2, 2025 (efe) - Police fired tear gas at farmers.", "LIMA", True),
    ("NIAMEY, Oct. 3, 2025 - Soldiers killed nine militants near Tera.", "NIAMEY", False),  # read by the clean stage
    ("Soldiers killed nine militants. NIAMEY, the capital, was calm.", "NIAMEY", False),  # not opening its line
])
def test_unread_desk(text: str, written: str, desk: bool) -> None:
    assert unread_desk(text, _at(text, written)) is desk


def test_a_clause_of_another_time_keeps_the_desk() -> None:
    text = ("NIAMEY, Oct. 3, 2025 (wire) - Soldiers killed nine militants on Saturday, two days after gunmen raided a "
            "market in Tera district.")
    desk, other = _at(text, "NIAMEY"), _at(text, "Tera", "ADM2")
    assert not scene_after_desk(text, desk, other)
    assert scene_after_desk(text.replace("two days after gunmen raided", "when gunmen raided"), desk, other)


@pytest.mark.parametrize(("text", "written", "side"), [
    ("Eritrean troops opened fire on the post.", "Eritrean", True),
    ("Afghan border guards returned fire.", "Afghan", True),
    ("the Iranian people tear down his image", "Iranian", False),
])
def test_side_named(text: str, written: str, side: bool) -> None:
    assert side_named(text, _at(text, written, "PCLI")) is side


@pytest.mark.parametrize(("text", "written", "government"), [
    ("the Baloch Liberation Army, which Islamabad calls a terrorist group, said", "Islamabad", True),
    ("Moscow accused the rebels of shelling the town.", "Moscow", True),
    ("Police in Nairobi said the protest was peaceful.", "Nairobi", False),
    ("Protesters marched to Khartoum said organisers", "Khartoum", False),
])
def test_government_named(text: str, written: str, government: bool) -> None:
    assert government_named(text, _at(text, written)) is government


def test_the_desk_named_again_as_the_capital_yields_with_it() -> None:
    text = ("NAIROBI, 9 May 2025 (wire) - Police clashed with traders in Kibera, on the western edge of the Kenyan "
            "capital, on Friday.")
    desk = _at(text, "NAIROBI")
    again = dataclasses.replace(_at(text, "the Kenyan capital"), name="Nairobi")
    named = dataclasses.replace(_at(text, "NAIROBI"), span=Span(0, 7, "Nairobi"))
    assert desk_again(desk, again)
    assert not desk_again(desk, named)  # the town named by its name is a scene of its own
