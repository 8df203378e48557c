"""A name written with the kind of unit it is, opening on a word that names nothing, is a unit the gazetteer lacks
or spells otherwise (geo41): "Oddar Meanchey province", GeoNames' Otdar Mean Chey, was read by its last word as Mean
Chey, a district of Phnom Penh 400 km away (trial10's cambodia), and the shelling went there. No run of such a
name's words is a reading; a name that opens on a name of its own keeps its partial reading ("Maiduguri Borno
State"), and so does one that writes a place by one of its written names ("Madeinat Al Gedaref locality").
Team-written sentences, other spellings, kinds and countries than trial10's."""

from __future__ import annotations

import pytest

from eventwatch.geo import Geocoder


@pytest.mark.parametrize("name", ["Otdar Meanchey province", "Oddar Meanchey district", "Otdar Meanchey region"])
def test_a_unit_opening_on_an_unknown_word_is_no_run_of_its_words(geocoder: Geocoder, name: str) -> None:
    assert geocoder.finder.candidates(name) == ()  # main: Mean Chey, Phnom Penh (a town and a district)
    assert geocoder.finder.unit_candidates(name.rsplit(" ", 1)[0]) == ()


@pytest.mark.parametrize(("name", "expected"), [
    ("Maiduguri Borno State", ("Borno", "NG")),
    ("Nenagh Municipal District", ("Nenagh", "IE")),
    ("Ubol Ratchathani province", ("Ubon Ratchathani", "TH")),
    ("Western Rukum district", ("Rukum", "NP")),
    ("Madeinat Al Gedaref locality", ("Gedaref", "SD")),  # named after a place it writes by a written name
    ("Medinat Sennar locality", ("Sennar Locality", "SD")),
])
def test_a_unit_opening_on_a_name_keeps_its_partial_reading(geocoder: Geocoder, name: str,
                                                            expected: tuple[str, str]) -> None:
    cols = geocoder.gaz.cols
    first = geocoder.finder.candidates(name)[0]
    assert (cols.name[first.row], cols.country[first.row]) == expected
