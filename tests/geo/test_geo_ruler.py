"""The place ruler: towns the small model calls people become places, personal names do not."""

from __future__ import annotations

from typing import Any

from eventwatch.geo.ruler import COMPONENT, add_place_ruler


def _labels(nlp: Any, text: str) -> dict[str, str]:
    return {e.text: e.label_ for e in nlp(text).ents}


def test_towns_become_places(nlp: Any) -> None:
    labels = _labels(nlp, "Youths set fire to posters in Tehran, Sabzevar, Doroud, Bandar Abbas and Nour.")
    for town in ("Sabzevar", "Doroud", "Bandar Abbas", "Nour"):
        assert labels.get(town) == "GPE", (town, labels)


def test_personal_names_stay_people(nlp: Any) -> None:
    labels = _labels(nlp, "Ali said that Khamenei and Soleimani were praised by Maryam Rajavi.")
    for name in ("Ali", "Khamenei", "Soleimani", "Maryam Rajavi"):
        assert labels.get(name) not in ("GPE", "LOC"), (name, labels)


def test_adding_twice_adds_one_ruler(nlp: Any) -> None:
    add_place_ruler(nlp)
    add_place_ruler(nlp)
    assert nlp.pipe_names.count(COMPONENT) == 1
