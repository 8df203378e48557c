"""A name the report uses for a person is not a place unless a place reading is written (`geo/persons.py`).

The sentences are the team's own."""

from __future__ import annotations

from typing import Any

import pytest

from eventwatch.geo import Geocoder
from eventwatch.geo.persons import person_titles


def _names(nlp: Any, geocoder: Geocoder, text: str) -> dict[str, str]:
    return {p.span.text: p.country or "" for p in geocoder.find_places(nlp(text)) if p.span is not None}


@pytest.mark.parametrize(("text", "person", "place"), [
    # after an honorific or a title
    ("Police detained 12 protesters in Bogota on Monday. Mr. Torres, a union leader, said the march would go on.",
     "Torres", "Bogota"),
    ("Gen. Torres ordered more troops into Mosul on Friday.", "Torres", "Mosul"),
    ("President Rodriguez condemned the attack on the market in Kano.", "Rodriguez", "Kano"),
    ("Mr. Washington, the union's treasurer, spoke to strikers in Detroit.", "Washington", "Detroit"),
    # the surname of someone the report names in full
    ("Governor Luis Medina visited the camp outside Goma. Medina said aid would arrive within days.",
     "Medina", "Goma"),
    # the subject of a speech verb
    ("Rodriguez told reporters that the clashes in Caracas had left two dead.", "Rodriguez", "Caracas"),
])
def test_a_name_used_for_a_person_is_not_a_place(nlp: Any, geocoder: Geocoder, text: str, person: str,
                                                  place: str) -> None:
    names = _names(nlp, geocoder, text)
    assert person not in names, names
    assert place in names, names


@pytest.mark.parametrize(("text", "place", "country"), [
    ("Farmers marched in Torres on Monday to demand fair prices.", "Torres", "BR"),
    ("Flooding cut the road to Rodriguez, Rizal, on Tuesday.", "Rodriguez", "PH"),
    ("Maria Torres said the floods had reached the town of Torres overnight.", "Torres", "BR"),
    ("Wildfires forced hundreds to leave their homes near Prince George.", "Prince George", "CA"),
    ("Moscow said the talks would resume next week.", "Moscow", "RU"),
])
def test_a_place_reading_written_keeps_the_place(nlp: Any, geocoder: Geocoder, text: str, place: str,
                                                 country: str) -> None:
    names = _names(nlp, geocoder, text)
    assert names.get(place) == country, names


def test_titles_are_read_without_their_full_stop() -> None:
    titles = person_titles()
    assert {"mr", "gen", "president"} <= titles
    assert "general" not in titles  # "General Santos", "General Roca": towns


@pytest.mark.parametrize("text", [
    "Governor Luis Medina visited the camp outside Goma. Medina said aid would arrive within days.",
    "Fans of the Houston Rockets clashed with US police near Kano State Police headquarters in Kano.",
])
def test_entities_handed_on_are_read_as_the_docs_own(nlp: Any, geocoder: Geocoder, text: str) -> None:
    """`extract_mentions` reads `Doc.ents` once and hands the tuple to the persons' tests and the places beyond the
    entities: given them, each answers as when it reads the Doc itself; given other entities, it reads those."""
    from eventwatch.geo.beyond import extra_spans
    from eventwatch.geo.persons import PersonUse

    doc = nlp(text)
    ev = geocoder.evidence
    ents = doc.ents
    own, handed = PersonUse(doc, ev), PersonUse(doc, ev, ents)
    assert (handed.places, handed.surnames) == (own.places, own.surnames)
    assert extra_spans(doc, ev, ents) == extra_spans(doc, ev)
    assert PersonUse(doc, ev, ()).places == set() != own.places  # the handed entities are the ones read
