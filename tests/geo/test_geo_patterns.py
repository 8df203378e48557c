"""Places written out with the unit they lie in, names the parser cuts, and unknown villages (sentences written for
these tests)."""

from __future__ import annotations

from typing import Any

import pytest

from eventwatch.geo import Geocoder
from eventwatch.geo.written import qualifier_after as _context

ADMIN = frozenset({"district", "province", "governorate"})


@pytest.mark.parametrize(("tail", "qualifier"), [
    (" town in Ar Raqqa countryside, shelling", "Ar Raqqa"),
    (" district of Badakhshan province", "Badakhshan"),
    (", a village in the Aleppo countryside", "Aleppo"),
    (" in Al Hasakeh governorate", "Al Hasakeh"),
    (" city in Najaf governorate", "Najaf"),
    (" village in northern Idlib", "Idlib"),
    (" village in the countryside of Deir ez Zor, shelling", "Deir ez Zor"),
    (" in the outskirts of Aleppo", "Aleppo"),
    (" in the district of Misungwi on Friday", "Misungwi"),
    # a plain or a valley written with the unit it lies in
    (" plains in Homs countryside on Monday", "Homs"),
    (" valley of Panjshir province", "Panjshir"),
    (" in January", ""),
    (" in Kabul on Monday", ""),
    (" in the north of Syria", ""),
    # the unit after the first part of a path does not hide the division after it (Sudan's localities)
    (" locality, North Darfur state)", "North Darfur"),
    (" department, Cauca. Police said", "Cauca"),
])
def test_the_unit_written_out_is_the_qualifier(tail: str, qualifier: str) -> None:
    assert _context(tail, 0, ADMIN)[0] == qualifier


def test_an_unknown_village_falls_back_to_the_unit_beside_it(geocoder: Geocoder) -> None:
    text = "Gunmen shelled Qaryat Zuwayzin Saghir village in the Aleppo countryside."
    start = text.index("Qaryat")
    village = geocoder.resolve_spans(text, [(start, start + len("Qaryat Zuwayzin Saghir"))])[0]
    assert village is not None and village.country == "SY" and village.admin1 == "Aleppo"
    assert village.geo_precision >= 2  # the province it is said to lie in, never a look-alike abroad


def test_a_place_in_a_locality_of_a_state_is_in_that_state(nlp: Any, geocoder: Geocoder) -> None:
    """An unknown village east of an unknown town, whose bracket names a locality and its state: the state places
    them, not a namesake of the village abroad (Toto is a town in India and in Nigeria), nor the locality's
    look-alike in Yemen (the gazetteer knows no Tawila in Sudan)."""
    text = "Gunmen stole cattle in Toto area, east of Umm Kurra (Tawila locality, North Darfur state)."
    places = geocoder.find_places(nlp(text))
    assert places and {(p.country, p.admin1) for p in places} == {("SD", "North Darfur")}


def test_a_name_run_on_over_its_rest_swallows_the_entity_for_its_last_word(nlp: Any, geocoder: Geocoder) -> None:
    """"Bad Neustadt an der Saale" is read whole; the model's own entity for "Saale" inside it is no second place
    (it was read as Salé, Morocco, and as a town named outright it outranked the whole name)."""
    text = "On Saturday, around 300 people marched in Bad Neustadt an der Saale against the new bypass."
    assert [(p.name, p.country) for p in geocoder.find_places(nlp(text))] == [("Bad Neustadt an der Saale", "DE")]


@pytest.mark.slow
def test_a_name_the_parser_cuts_is_one_place(nlp: Any, geocoder: Geocoder) -> None:
    places = geocoder.find_places(nlp("On 31 January 2022, a shopkeeper was shot dead by gunmen in Kod-e-Barq "
                                      "area of Pul-i-Khumri city, Baghlan."))
    assert any(p.span is not None and p.span.text == "Pul-i-Khumri" and p.country == "AF" for p in places)
    assert all(p.country == "AF" for p in places)


@pytest.mark.slow
def test_geocode_gives_the_province_and_an_event_its_seat(nlp: Any, geocoder: Geocoder) -> None:
    """The `geocode` contract returns the gazetteer's entity (a province is the province, ADM1); an event known only
    by its province follows ACLED (at the seat, geo_precision 3), with the province kept in admin1."""
    from eventwatch.api import extract

    province = geocoder.resolve_name("Kerman province")
    assert province is not None and province.feature_code == "ADM1" and province.name == "Kerman"
    events = extract("Farmers protested across Kerman province on Monday over water shortages.", "2024-05-08")
    assert events and all(e.location == "Kerman" and e.geo_precision == 3 and e.admin1 == "Kerman" for e in events)
    assert all(e.geonameid != province.geonameid for e in events)  # the town, not the division


@pytest.mark.slow
def test_an_acronym_in_a_sentence_is_not_a_division(nlp: Any, geocoder: Geocoder) -> None:
    text = ("Called out by the CGT, FSU, FO and SUD unions, teachers struck in Osny.\n"
            "ADEN, Yemen - A drone hit a camp.")
    places = geocoder.find_places(nlp(text))
    assert all(p.span is None or p.span.text != "SUD" for p in places)  # Sud is a department of Haiti
    assert any(p.span is not None and p.span.text == "ADEN" and p.country == "YE" for p in places)  # a dateline


def test_a_village_in_the_countryside_of_a_governorate_is_there(geocoder: Geocoder) -> None:
    """"Saalu" is also an old name of a Finnish town: the governorate written after it says otherwise."""
    text = "At dawn, fighters took Saalu in the countryside of Ar Raqqa."
    start = text.index("Saalu")
    place = geocoder.resolve_spans(text, [(start, start + len("Saalu"))])[0]
    assert place is not None and place.country == "SY" and place.admin1 == "Ar Raqqa"


def test_a_qualifier_naming_one_countrys_province_places_an_unknown_village(geocoder: Geocoder) -> None:
    """Soum is a province of Burkina Faso and a village in Senegal; no first-level division bears the name, so the
    province alone is what the qualifier names ("Inata" is also another name of a Japanese town)."""
    text = "Airstrikes hit militant positions around Inata (Tongomayel, Soum) on Saturday."
    start = text.index("Inata")
    place = geocoder.resolve_spans(text, [(start, start + len("Inata"))])[0]
    assert place is not None and place.country == "BF" and place.name == "Soum"


def test_a_path_written_outwards_in_reads_a_state_not_a_country(geocoder: Geocoder) -> None:
    """"(Niger, Shiroro)": Shiroro lies in Nigeria's Niger state, so this Niger is the state, not the country."""
    text = "A roadside bomb exploded near Galadima Kogo (Niger, Shiroro) on Friday."
    start = text.index("Niger")
    place = geocoder.resolve_spans(text, [(start, start + len("Niger"))])[0]
    assert place is not None and place.country == "NG" and place.feature_code == "ADM1"
