"""Qualifiers, division centres and name priority in resolution (sentences written for these tests)."""

from __future__ import annotations

from typing import Any

import pytest

from eventwatch.geo import Geocoder, get_gazetteer
from eventwatch.records import Place


def _first(nlp: Any, geocoder: Geocoder, text: str, mention: str) -> Place:
    places = [p for p in geocoder.find_places(nlp(text)) if p.span is not None and p.span.text.startswith(mention)]
    assert places, text
    return places[0]


def test_unknown_village_takes_its_qualifier_path(nlp: Any, geocoder: Geocoder) -> None:
    place = _first(nlp, geocoder, "On 3 May, gunmen burnt houses in Ampang (Mangu, Plateau) before dawn.", "Ampang")
    assert (place.country, place.admin1, place.geo_precision) == ("NG", "Plateau", 2)


def test_village_outside_the_written_province_yields_to_it(nlp: Any, geocoder: Geocoder) -> None:
    place = _first(nlp, geocoder, "Artillery hit the village of Pisky, Donetsk. Nobody was hurt.", "Pisky")
    assert (place.country, place.admin1) == ("UA", "Donetsk")


def test_qualifier_after_a_place_word(nlp: Any, geocoder: Geocoder) -> None:
    place = _first(nlp, geocoder, "Jets struck Harad city (Haradh, Hajjah) twice on Monday.", "Harad")
    assert (place.country, place.admin1) == ("YE", "Hajjah")


def test_a_country_is_never_replaced_by_its_qualifier(nlp: Any, geocoder: Geocoder) -> None:
    place = _first(nlp, geocoder, "Fans gathered outside the stadium. 16:14, UK, Thursday 05 April.", "UK")
    assert place.country == "GB"


@pytest.mark.parametrize(("name", "country", "kind"), [
    ("Salisbury", "GB", "PPL"),  # today's town, not Harare's colonial name
    ("Calcutta", "IN", "PPL"),  # a former name of a far bigger city still points to it
    ("Mexico City", "MX", "PPLC"),  # a town word never turns a city into its country
    ("Montana", "US", "ADM1"),  # a hamlet nicknamed after the state does not demote the state
    ("NSW", "AU", "ADM1"),
    ("Bari", "IT", "PPL"),  # a city of some size outranks a province abroad by that name
    ("Manchester", "GB", "PPL"),
    ("Republic of Dagestan", "RU", "ADM1"),
])
def test_name_priority(geocoder: Geocoder, name: str, country: str, kind: str) -> None:
    place = geocoder.resolve_name(name)
    assert place is not None and (place.country, place.feature_code) == (country, kind), place


def test_large_division_centre_is_its_interior(geocoder: Geocoder) -> None:
    place = geocoder.resolve_name("Ontario")
    assert place is not None and place.latitude > 48.5  # GeoNames' centre, far north of the towns on the lakes


def test_division_holding_a_named_town(geocoder: Geocoder) -> None:
    text = "Snow closed schools in Buffalo, New York on Monday."
    places = geocoder.resolve_spans(text, [(23, 30), (32, 40)])
    assert places[1] is not None and places[1].feature_code == "ADM1", places[1]


def test_lowercase_state_after_a_name_is_the_state(geocoder: Geocoder) -> None:
    text = "Inspectors visited a Washington state dairy farm."
    place = geocoder.resolve_spans(text, [(21, 31)])[0]
    assert place is not None and place.feature_code == "ADM1"


def test_constituent_country_adjective(geocoder: Geocoder) -> None:
    place = geocoder.resolve_name("Scottish")
    assert place is not None and (place.name, place.feature_code) == ("Scotland", "ADM1")


def test_town_named_like_its_province(nlp: Any, geocoder: Geocoder) -> None:
    place = _first(nlp, geocoder, "On 2 March, in Merida (Merida), students blocked the main avenue.", "Merida")
    assert (place.country, place.admin1) == ("VE", "Merida")


def test_misspelt_province_still_qualifies(nlp: Any, geocoder: Geocoder) -> None:
    place = _first(nlp, geocoder, "On 9 June, drones struck Mykhailivka, Zaporizhia. Two homes burnt.", "Mykhailivka")
    assert (place.country, place.admin1) == ("UA", "Zaporizhia")


def test_small_town_abroad_yields_to_the_report_place(nlp: Any, geocoder: Geocoder) -> None:
    text = "Separatists fired Grad rockets towards Yasynuvata, Donetsk, overnight. Two shops burnt in Makiivka."
    places = geocoder.find_places(nlp(text))
    assert places and all(p.country == "UA" for p in places), [(p.span, p.country) for p in places]


def test_a_town_in_the_country_the_report_names_is_kept(nlp: Any, geocoder: Geocoder) -> None:
    place = _first(nlp, geocoder, "Neighbours gathered in Cetinje to show support for Ukraine.", "Cetinje")
    assert place.country == "ME"


def test_part_of_a_street_name_stays_in_the_report_town(geocoder: Geocoder) -> None:
    text = "Volunteers repainted the old mural on Eagle Street in Burlington, Vermont, on Sunday."
    spans = [(text.index(w), text.index(w) + len(w)) for w in ("Eagle Street", "Burlington", "Vermont")]
    street = geocoder.resolve_spans(text, spans)[0]
    assert street is not None and (street.name, street.geo_precision) == ("Burlington", 2), street


@pytest.mark.parametrize(("town", "admin1"), [("Kursk", "Kursk"), ("Galle", "Southern")])
def test_division_names_without_their_type_word(geocoder: Geocoder, town: str, admin1: str) -> None:
    place = geocoder.resolve_name(town)
    assert place is not None and place.admin1 == admin1, place


@pytest.mark.parametrize(("text", "mention", "admin1"), [
    ("Residents of Rosario (Huila) protested over water cuts.", "Rosario", "Huila"),
    ("Unknown men shot a trader in Valparaiso (Bolivar).", "Valparaiso", "Bolivar"),
    ("Rioters burned tyres in Salta (Santander) after a police raid.", "Salta", "Santander"),
])
def test_a_qualifier_that_names_nothing_in_a_towns_country_moves_it(nlp: Any, geocoder: Geocoder, text: str,
                                                                    mention: str, admin1: str) -> None:
    # Huila, Bolivar and Santander are divisions of Colombia (and of Angola, Venezuela, Ecuador: the qualifier
    # alone does not say which country), but never of Argentina or Chile: the big towns there cannot be meant
    place = _first(nlp, geocoder, text, mention)
    assert (place.country, place.admin1, place.geo_precision) == ("CO", admin1, 2)


def test_a_qualifier_after_a_long_unit_word(nlp: Any, geocoder: Geocoder) -> None:
    place = _first(nlp, geocoder, "Gunmen shot a farmer in the rural area of Santa Rosa corregimiento (Cauca).",
                   "Santa Rosa")
    assert (place.country, place.admin1) == ("CO", "Cauca")


def test_a_qualifier_repeating_part_of_the_name_is_the_division(nlp: Any, geocoder: Geocoder) -> None:
    # "Askenish Hanover" is unknown; its last word is a town in Virginia, but the qualifier names the parish
    place = _first(nlp, geocoder, "In Askenish Hanover, Hanover, gunmen shot a shopkeeper outside his shop.",
                   "Askenish Hanover")
    assert (place.country, place.admin1) == ("JM", "Hanover")



@pytest.mark.parametrize(("text", "name", "admin1"), [
    # more than the candidate list's 25 towns bear the name; the one in the state written beside it is meant
    ("Farmers blocked the highway near Buenavista, Chiapas, over water rights.", "Buenavista", "Chiapas"),
    # no town by the name lies in the state written: the state, not Quintana Roo's big municipality so named
    ("Police found a body in Benito Juarez, Nuevo Leon, on Saturday.", "Benito Juarez", "Nuevo Leon"),
])
def test_a_common_name_is_read_in_the_state_written_beside_it(text: str, name: str, admin1: str) -> None:
    geocoder = Geocoder(get_gazetteer())
    start = text.index(name)
    place = geocoder.resolve_spans(text, [(start, start + len(name))])[0]
    assert place is not None and place.country == "MX" and place.admin1 == admin1


def test_a_division_named_so_beats_a_town_that_bears_the_name_among_others(nlp: Any, geocoder: Geocoder) -> None:
    # GeoNames lists "Poni" among the other names of Pawnee, Oklahoma; the path names Burkina Faso's province
    place = _first(nlp, geocoder, "Two soldiers were killed in Kpere (Kampti, Poni).", "Kampti")
    assert (place.country, place.admin1) == ("BF", "Sud-Ouest")


@pytest.mark.parametrize(("text", "mention", "country", "admin1"), [
    # the qualifier is foremost a first-level division (Peru's Loreto, Colombia's Bolivar): a lesser town by that
    # name abroad is not where the unknown village lies, nor is a look-alike of the village ("Puncan")
    ("Residents beat up a thief in Punchana (Loreto) on Sunday night.", "Punchana", "PE", "Loreto"),
    ("Unknown men set fire to a house in El Salado (Bolivar) on Friday.", "El Salado", "CO", "Bolivar"),
])
def test_a_qualifier_is_read_as_the_division_it_foremost_names(nlp: Any, geocoder: Geocoder, text: str,
                                                               mention: str, country: str, admin1: str) -> None:
    place = _first(nlp, geocoder, text, mention)
    assert (place.country, place.admin1) == (country, admin1)


def test_a_county_abroad_does_not_take_a_province_qualifier(nlp: Any, geocoder: Geocoder) -> None:
    """North York is also a town in the United States, and Ontario a county of New York: the bracket names the
    Canadian province first."""
    place = _first(nlp, geocoder, "Students marched in Toronto - North York (Ontario) against the mandate.", "Toronto")
    assert (place.country, place.admin1) == ("CA", "Ontario")


@pytest.mark.parametrize(("text", "mention", "admin1"), [
    # the model calls the villages persons; a bracketed path of divisions says they are places
    ("Gunmen shot a herder dead in the village of Ougarou (Matiacoali, Gourma) at dawn.", "Ougarou", "Est"),
    ("A patrol was ambushed near Matsapha (Manzini North, Manzini) on Sunday.", "Matsapha", "Manzini"),
])
def test_a_bracketed_path_makes_a_place_of_a_name(nlp: Any, geocoder: Geocoder, text: str, mention: str,
                                                  admin1: str) -> None:
    places = [p for p in geocoder.find_places(nlp(text)) if p.admin1]
    assert places and places[0].admin1 == admin1


@pytest.mark.parametrize(("text", "mention", "country", "admin1"), [
    # ACLED's coding aside stands between a place and its division; the division still qualifies it
    ("A police officer was shot in Kishm district [coded to Mashhad], Badakhshan, on Monday.", "Kishm", "AF",
     "Badakhshan"),
    ("Jets shot down a drone over the border (coded to Al Talh) (Sahar, Sadah) at night.", "Al Talh", "YE",
     "Sadah"),
])
def test_a_coding_aside_does_not_part_a_place_from_its_division(nlp: Any, geocoder: Geocoder, text: str,
                                                                mention: str, country: str, admin1: str) -> None:
    place = _first(nlp, geocoder, text, mention)
    assert (place.country, place.admin1) == (country, admin1)


@pytest.mark.parametrize(("text", "mention", "admin1"), [
    # a particle inside a district's name ("wa"); a unit word inside the bracket and the kind of site before it
    ("The coalition conducted air raids on Al Qarn (Kitaf wa Al Boqee, Sadah) on Friday.", "Al Qarn", "Sadah"),
    ("Fighting was reported at Nyanwar cantonment site (Koch county, Unity state). Both sides claimed victory.",
     "Nyanwar", "Unity"),
])
def test_a_bracketed_path_with_unit_words_and_particles_makes_a_place(nlp: Any, geocoder: Geocoder, text: str,
                                                                     mention: str, admin1: str) -> None:
    assert _first(nlp, geocoder, text, mention).admin1 == admin1


def test_lower_case_words_before_a_bracket_need_a_sure_path(nlp: Any, geocoder: Geocoder) -> None:
    """Words between a name and a bracket make a place of it only when the bracket is a path of divisions that
    surely places it; a party and a state after a senator's name do not."""
    doc = nlp("Senator Sherrod Brown said today (D, Ohio) that the bill would pass.")
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels.get("Sherrod Brown") == "PERSON"


@pytest.mark.parametrize(("text", "mention", "country", "admin1"), [
    # GeoNames files these towns under another division than the one the report writes: the report's stands
    ("People barricaded roads in Fochville (Gauteng, West Rand) on Monday.", "Fochville", "ZA", "Gauteng"),
    ("Nurses held a sit-in in Nouakchott (Nouakchott, Nouakchott West) on Monday.", "Nouakchott", "MR",
     "Nouakchott West"),
    ("Teachers marched in Maluso (Basilan, Bangsamoro Autonomous Region in Muslim Mindanao) on Friday.",
     "Maluso", "PH", "Bangsamoro Autonomous Region in Muslim Mindanao"),
    # the division GeoNames gives is among those written: nothing changes
    ("Tribesmen rallied in Sanaa city (Sanaa, Amanat al Asimah) at noon.", "Sanaa", "YE", "Amanat al Asimah"),
])
def test_the_division_a_report_writes_is_the_places_admin1(nlp: Any, geocoder: Geocoder, text: str, mention: str,
                                                           country: str, admin1: str) -> None:
    place = _first(nlp, geocoder, text, mention)
    assert (place.country, place.admin1) == (country, admin1)
