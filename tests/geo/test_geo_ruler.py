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


def test_a_bracketed_path_makes_a_place_of_a_name(nlp: Any) -> None:
    # the model calls these towns people; the bracket's outer part holds them, or repeats the name before a district
    doc = nlp("Traders closed their shops in Sidi Bouzid (Sidi Bouzid Est, Sidi Bouzid) over new taxes. "
              "Students marched in Ben Arous (Ben Arous Nord, Ben Arous) against fees.")
    first = {}
    for e in doc.ents:
        first.setdefault(e.text, e.label_)
    assert first.get("Sidi Bouzid") == "GPE" and first.get("Ben Arous") == "GPE"


def test_a_person_with_a_bracket_stays_a_person(nlp: Any) -> None:
    labels = _labels(nlp, "Senator Sherrod Brown (D, Ohio) said the bill would pass.")
    assert labels.get("Sherrod Brown") == "PERSON"


def test_a_hyphenated_town_after_a_locative_word_is_a_place(nlp: Any) -> None:
    """The model calls "Bourg-de-Peage" an organisation; after "in" and known to the gazetteer it is the town, its
    hyphens not counted as words."""
    labels = _labels(nlp, "About 40 nurses on strike rallied in Bourg-de-Peage on Monday.")
    assert labels.get("Bourg-de-Peage") == "GPE"


def test_a_name_with_of_cut_in_two_is_joined_when_the_whole_is_a_place(nlp: Any) -> None:
    """The model reads "Port of Spain" as "Port" and "Spain"; the gazetteer knows the whole, so it is one place.
    "Governor of Texas" is no place's name: Texas stays apart."""
    labels = _labels(nlp, "On Friday, around 200 asphalt workers gathered in Port of Spain in front of the ministry.")
    assert labels.get("Port of Spain") == "GPE" and "Spain" not in labels, labels
    labels = _labels(nlp, "The Governor of Texas spoke in Austin on Monday.")
    assert labels.get("Texas") == "GPE" and not any("of Texas" in name for name in labels), labels


def test_a_town_written_with_its_kind_and_its_division_is_a_place(nlp: Any) -> None:
    # "X community, Sumy" as "Columbus, Ohio": Ukraine's communities are named after their seat; the model called
    # these towns an organisation and a person
    for text, town in (("Drones struck a farm in the Velyka Pysarivka community, Sumy.", "Velyka Pysarivka"),
                       ("Shells fell on the Esman community, Sumy, at dawn.", "Esman")):
        assert _labels(nlp, text).get(town) == "GPE", text
