"""Gazetteer look-ups, spelling variants, provinces, demonyms and the one-answer-per-span contract."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwatch.geo import Geocoder, get_gazetteer
from eventwatch.geo.normalize import key, skeleton


def test_keys_fold_accents_and_articles() -> None:
    assert key("Neyshābūr") == "neyshabur"
    assert key("St. Louis") == "saint louis"
    assert key("Al-Qamishli") == "al qamishli"
    assert key("Yangiobod") == "yangiabad"


@pytest.mark.parametrize(("a", "b"), [("Noshahr", "Nowshahr"), ("Nishabur", "Neyshabur"), ("Doroud", "Dorud"),
                                      ("Nour", "Nur"), ("Isfahan", "Esfahan")])
def test_transliteration_variants_share_a_skeleton(a: str, b: str) -> None:
    assert skeleton(key(a)) == skeleton(key(b))


@pytest.mark.parametrize(
    ("name", "geonameid"),
    [("Noshahr", 121959), ("Nishabur", 122285), ("Doroud", 135878), ("Sabzevar", 118063), ("Bandar Abbas", 141681)],
)
def test_iranian_variants_resolve_with_a_country_hint(geocoder: Geocoder, name: str, geonameid: int) -> None:
    place = geocoder.resolve_name(name, country_hint="IR")
    assert place is not None and place.geonameid == geonameid


def test_admin_qualifier_picks_the_right_town(geocoder: Geocoder) -> None:
    place = geocoder.resolve_name("Nur, Mazandaran")
    assert place is not None and place.geonameid == 113797 and place.admin1 == "Mazandaran"


def test_article_prefix_is_optional(geocoder: Geocoder) -> None:
    with_article = geocoder.resolve_name("Al-Qamishli")
    without = geocoder.resolve_name("Qamishli")
    assert with_article is not None and without is not None
    assert with_article.geonameid == without.geonameid and with_article.country == "SY"


def test_dateline_forms(geocoder: Geocoder) -> None:
    beirut = geocoder.resolve_name("BEIRUT")
    kabul = geocoder.resolve_name("Kabul, Afghanistan")
    iran = geocoder.resolve_name("Iran")
    assert beirut is not None and beirut.country == "LB" and beirut.geo_precision == 1
    assert kabul is not None and kabul.country == "AF" and kabul.country_name == "Afghanistan"
    assert iran is not None and iran.feature_code == "PCLI" and iran.geo_precision == 3 and iran.iso3 == "IRN"


def test_province_resolves_as_a_province(geocoder: Geocoder) -> None:
    place = geocoder.resolve_name("Hormozgan")
    assert place is not None
    assert place.feature_code == "ADM1" and place.geo_precision == 3 and place.admin1 == "Hormozgan"
    assert abs(place.latitude - 27.19) < 2.5 and abs(place.longitude - 56.28) < 2.5


def test_acled_country_spellings(geocoder: Geocoder) -> None:
    for name, expected in [("Syria", "Syria"), ("Iran", "Iran"), ("DRC", "Democratic Republic of Congo"),
                           ("U.S.", "United States")]:
        place = geocoder.resolve_name(name)
        assert place is not None and place.country_name == expected


def test_demonyms_resolve_to_their_country(geocoder: Geocoder) -> None:
    text = "Turkish troops shelled positions held by Syrian fighters."
    spans = [(0, 7), (41, 47)]
    turkey, syria = geocoder.resolve_spans(text, spans)
    assert turkey is not None and turkey.country == "TR" and turkey.feature_code == "PCLI"
    assert syria is not None and syria.country == "SY"


def test_one_answer_per_span_in_order(geocoder: Geocoder) -> None:
    text = "Crowds gathered in Mashhad and in Sabzevar; a bakery on Elm Road was shut."
    spans = [(19, 26), (34, 42), (56, 64), (0, 6)]
    places = geocoder.resolve_spans(text, spans)
    assert len(places) == len(spans)
    assert places[0] is not None and places[0].name == "Mashhad"
    assert places[1] is not None and places[1].geonameid == 118063
    assert places[0].span is not None and places[0].span.start == 19
    # a street the gazetteer does not know is placed "near / part of" the report's main town
    assert places[2] is not None and places[2].geo_precision == 2 and places[2].country == "IR"


def test_unknown_name_is_none(geocoder: Geocoder) -> None:
    assert geocoder.resolve_name("Qxzvwpt Blorf") is None
    assert geocoder.resolve_name("") is None


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=40))
def test_resolve_name_never_raises(name: str) -> None:
    place = Geocoder(get_gazetteer()).resolve_name(name)
    assert place is None or -90 <= place.latitude <= 90


def test_embedded_country_in_an_organisation_name(geocoder: Geocoder) -> None:
    # an organisation named after a country resolves to the country, not to a village called "Bank"
    place = geocoder.resolve_spans("The Bank of Mexico raised rates.", [(4, 18)])[0]
    assert place is not None and place.country == "MX"


def test_town_inside_a_named_state_wins(geocoder: Geocoder) -> None:
    text = "Police in Parkland, a city in Florida, said the school was closed."
    places = geocoder.resolve_spans(text, [(10, 18), (30, 37)])
    assert places[0] is not None and places[0].country == "US" and places[0].latitude < 30


def test_comma_qualifier_names_the_region_through_its_seat(geocoder: Geocoder) -> None:
    # "Mykhailivka, Zaporizhzhia": one of many villages of that name, placed by the region written after it
    place = geocoder.resolve_name("Mykhailivka, Zaporizhzhia")
    assert place is not None and place.admin1 == "Zaporizhia"


def test_typed_division_names_display_as_writers_spell_them(geocoder: Geocoder) -> None:
    place = geocoder.resolve_name("Kramatorsk")
    assert place is not None and place.admin1 == "Donetsk"


def test_settlement_word_after_a_name_keeps_every_place_of_that_name(geocoder: Geocoder) -> None:
    # "Hays city (Hays, Al Hudaydah)": the Yemeni town, not Hays City in Kansas; the repeated name is no qualifier
    text = "Artillery hit villages south of Hays city (Hays, Al Hudaydah)."
    start = text.index("Hays city")
    place = geocoder.resolve_spans(text, [(start, start + 9)])[0]
    assert place is not None and place.country == "YE"


def test_a_look_alike_alone_does_not_vouch_for_itself(geocoder: Geocoder) -> None:
    # part of an unknown name ("Campo Novo" in a longer town name) needs other mentions in its country
    text = "Gunmen attacked a hotel in Campo Novo do Parecis (Mato Grosso)."
    start = text.index("Campo")
    place = geocoder.resolve_spans(text, [(start, start + 22)])[0]
    assert place is None or place.admin1 != "Rio Grande do Sul"


@pytest.mark.parametrize(("text", "name", "country"), [
    # GeoNames also lists "Quebec City" among a Connecticut town's names; the town named Québec is meant
    ("After talks in Washington with American and Mexican officials, the trade minister told reporters in Quebec "
     "City that a deal was close.", "Quebec City", "CA"),
    # a town whose own name is the whole phrase stays itself in its state's news
    ("Storm damage closed beaches from Pensacola to Panama City, Florida officials said.", "Panama City", "US"),
])
def test_a_town_named_with_city_after_it(text: str, name: str, country: str) -> None:
    geocoder = Geocoder(get_gazetteer())
    start = text.index(name)
    place = geocoder.resolve_spans(text, [(start, start + len(name))])[0]
    assert place is not None and place.country == country


@pytest.mark.parametrize(("text", "name", "admin1"), [
    # each town's own name is the whole phrase; a bigger town lists the bare name among its other names (GeoNames
    # gives Phoenix "Phenix", Touba "Tuba", Katsina "Kachina", Rolla "Weber"), which is no reading of the phrase
    ("Floodwaters closed two bridges in Phenix City on Tuesday, county officials said.", "Phenix City", "Alabama"),
    ("A clinic in Tuba City treated 40 patients after the storm.", "Tuba City", "Arizona"),
    ("Residents of Weber City lost power for six hours.", "Weber City", "Virginia"),
    ("Firefighters saved homes in Kachina Village overnight.", "Kachina Village", "Arizona"),
])
def test_a_town_named_whole_is_no_town_of_another_name(text: str, name: str, admin1: str) -> None:
    geocoder = Geocoder(get_gazetteer())
    start = text.index(name)
    place = geocoder.resolve_spans(text, [(start, start + len(name))])[0]
    assert place is not None and (place.country, place.admin1) == ("US", admin1)
