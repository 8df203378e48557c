"""An unknown village written with its path is placed at the path's most specific known unit, and the path's other
parts do not become the event's place (`locate._without_a_village_path`). The sentences are the team's own."""

from __future__ import annotations

import dataclasses

from eventwatch.events.locate import event_places
from eventwatch.records import Place, Span


def _place(text: str, written: str, name: str, code: str = "PPL", admin1: str = "Magway", precision: int = 1,
           country: str = "MM") -> Place:
    start = text.index(written)
    return Place(name=name, latitude=0.0, longitude=0.0, country=country, feature_code=code, admin1=admin1,
                 geo_precision=precision, span=Span(start, start + len(written), written),
                 geonameid=hash(name) % 10**6)


TEXT = "Soldiers burned houses in Nyaung Bin village (Pauk township, Pakokku district, Magway region)."


def _path(text: str) -> list[Place]:
    return [_place(text, "Pakokku", "Pakokku"), _place(text, "Magway", "Magway", "ADM1", precision=3)]


def test_an_unknown_village_keeps_its_township_over_the_district_town() -> None:
    village = _place(TEXT, "Nyaung Bin", "Pauk", precision=2)  # the geocoder's fallback to the township's town
    assert [p.name for p in event_places(TEXT, [village, *_path(TEXT)], [])] == ["Pauk"]


def test_the_village_word_may_be_inside_the_mention() -> None:
    village = _place(TEXT, "Nyaung Bin village", "Pauk", precision=2)
    assert [p.name for p in event_places(TEXT, [village, *_path(TEXT)], [])] == ["Pauk"]


def test_a_known_village_and_a_name_without_a_settlement_word_are_left_as_they_were() -> None:
    known = _place(TEXT, "Nyaung Bin", "Nyaung Bin")  # found by its own name: the path is not taken away
    assert [p.name for p in event_places(TEXT, [known, *_path(TEXT)], [])] == ["Nyaung Bin", "Pakokku"]
    text = "The Zero Guerrilla Force (Pakokku, Magway) attacked a police post."
    group = _place(text, "Force", "Pauk", precision=2)  # a group's name, no village: the path's town stands
    assert [p.name for p in event_places(text, [group, *_path(text)], [])] == ["Pakokku"]


def test_a_fallback_in_another_province_does_not_take_the_path() -> None:
    elsewhere = dataclasses.replace(_place(TEXT, "Nyaung Bin", "Mandalay", precision=2), admin1="Mandalay")
    assert [p.name for p in event_places(TEXT, [elsewhere, *_path(TEXT)], [])] == ["Pakokku"]


def test_a_town_found_by_a_spelling_of_its_own_name_keeps_its_path() -> None:
    """"Gariyaband town" found as Gariaband by a spelling variant (precision 2) is no unknown village: the bracket's
    town, named outright, stands as before (the variant keeps the diacritic GeoNames writes, to tell the two apart)."""
    text = "Traders protested in Gariyaband town (Gariaband, Chhattisgarh) against fuel prices."
    variant = _place(text, "Gariyaband", "Gariāband", precision=2, admin1="Chhattisgarh", country="IN")
    town = _place(text, "Gariaband,", "Gariaband", admin1="Chhattisgarh", country="IN")
    assert [p.name for p in event_places(text, [variant, town], [])] == ["Gariaband"]


def test_a_village_placed_beyond_its_first_unit_leaves_the_path_alone() -> None:
    """The village fell back past its district (to the province's town): the district's town, named outright,
    stays nearer than that fallback, so the path keeps it."""
    text = "Farmers blocked a road in Wae Sala village (Leihitu district, Central Maluku regency)."
    village = _place(text, "Wae Sala", "Ambon", precision=2, admin1="Maluku", country="ID")
    district_town = _place(text, "Leihitu", "Leihitu", admin1="Maluku", country="ID")
    assert [p.name for p in event_places(text, [village, district_town], [])] == ["Leihitu"]
