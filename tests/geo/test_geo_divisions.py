"""ACLED's first-level divisions, division seats and the place ruler's repairs (sentences written for these tests)."""

from __future__ import annotations

from typing import Any

import pytest

from eventwatch.geo import Geocoder
from eventwatch.geo.distance import km
from eventwatch.geo.divisions import DivisionRules, reshape


def _row(name: str, iso: str, gn: str, level: int, parent: str = "") -> list[str]:
    return [name, iso, gn, "1", "Region", "", str(level), parent, "9"]


def test_reshape_promotes_and_demotes() -> None:
    rows = [
        _row("Region K", "XX-K", "", 1),
        _row("Gov A", "XX-A", "XX.08", 2, "1"),
        _row("Unit W", "", "XY.W", 1),
        _row("Gov B", "XY-B", "XY.W.77", 1),
        _row("Gov C", "XY-C", "XY.Z.78", 1),
    ]
    rules = DivisionRules.from_rows([["promote", "XX-K"], ["demote", "XY.W", "West Unit"]])
    out, held = reshape(rows, rules)
    assert out[0][6] == "0"  # the region steps aside
    assert (out[1][6], out[1][7]) == ("1", "")  # its governorate is first level
    assert (out[2][0], out[2][6]) == ("West Unit", "1") and "Unit W" in out[2][5]
    assert (out[3][6], out[3][7]) == ("2", "3")  # inside the demoted unit
    assert (out[4][6], out[4][7]) == ("1", "")  # elsewhere: untouched
    assert held == {3: [4]}
    assert rows[3][6] == "1"  # the input is not modified


def test_unknown_rule_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown action"):
        DivisionRules.from_rows([["rename", "XX-1", "Y"]])


@pytest.mark.parametrize(("name", "admin1"), [
    ("Nablus", "West Bank"),  # governorates sit under the West Bank
    ("Zakho", "Duhok"),  # Iraqi Kurdistan's governorates are first level
    ("Idlib", "Idleb"),  # ACLED's spelling
    ("Jeonju", "North Jeolla"),
    ("Colombo", "Western"),
    ("Thessaloniki", "Macedonia-Thrace"),  # Greece's decentralised administrations
    ("Barnaul", "Altai"),  # "Altayskiy kray"
    ("Koshi", "Province 1"),  # Nepal's later name, as an alias; ACLED's 2022 rows write "Province 1"
    ("Kaohsiung", "Kaohsiung City"),
    ("Simferopol", "Crimea"),
    ("Mekelle", "Tigray"),
    ("Merauke", "Papua"),  # ACLED's 2022 Papua, which GeoNames already splits (South Papua)
    ("Sorong", "West Papua"),  # Southwest Papua
    ("Sarpsborg", "Viken"),  # Norway's counties of 2020-2023 (GeoNames: Ostfold, with no ISO code)
    ("Skien", "Vestfold og Telemark"),
    ("Tromso", "Troms og Finnmark"),
])
def test_admin1_as_acled_writes_it(geocoder: Geocoder, name: str, admin1: str) -> None:
    place = geocoder.resolve_name(name)
    assert place is not None and place.admin1 == admin1


def test_a_governorate_keeps_its_name_as_admin2(geocoder: Geocoder) -> None:
    place = geocoder.resolve_name("Nablus")
    assert place is not None and place.admin2 == "Nablus"


def test_division_event_goes_to_the_seat(nlp: Any, geocoder: Geocoder) -> None:
    places = geocoder.find_places(nlp("Drones were shot down over Odesa region on Sunday."))
    region = next(p for p in places if p.feature_code == "ADM1")
    point = geocoder.event_point(region)
    assert point.name == "Odesa" and point.geo_precision == 3 and point.admin1 == "Odesa"
    assert km(point.latitude, point.longitude, 46.48, 30.73) < 10  # the city, not the middle of the region
    assert point.span == region.span


def test_a_town_stays_where_it_is(nlp: Any, geocoder: Geocoder) -> None:
    town = next(p for p in geocoder.find_places(nlp("Protesters marched in Kharkiv on Friday.")))
    assert geocoder.event_point(town) == town


@pytest.mark.parametrize(("text", "mention", "country", "admin1"), [
    ("Hundreds marched in Madison (Wisconsin) on Saturday.", "Madison", "US", "Wisconsin"),
    ("Traders demonstrated in Sitrah (Capital) at noon.", "Sitrah", "BH", "Capital"),
    ("Gunmen wounded a driver in General Santos City on Monday.", "General Santos", "PH", None),
    ("In Mineral del Chico, Hidalgo, residents blocked the road.", "Mineral del Chico", "MX", "Hidalgo"),
])
def test_ruler_repairs(nlp: Any, geocoder: Geocoder, text: str, mention: str, country: str,
                       admin1: str | None) -> None:
    places = [p for p in geocoder.find_places(nlp(text)) if p.span is not None and p.span.text.startswith(mention)]
    assert places, text
    assert places[0].country == country and places[0].geo_precision == 1
    if admin1:
        assert places[0].admin1 == admin1


def test_person_with_a_state_in_parentheses_is_not_a_town(nlp: Any, geocoder: Geocoder) -> None:
    places = geocoder.find_places(nlp("Senator Tim Ryan (Ohio) spoke to reporters."))
    assert all(p.span is not None and "Ryan" not in p.span.text for p in places)


def test_joined_spelling_finds_the_hyphenated_name(nlp: Any, geocoder: Geocoder) -> None:
    places = geocoder.find_places(nlp("Soldiers beat a trader in Muse town (Muse township, Shan-North state)."))
    town = next(p for p in places if p.span is not None and p.span.text.startswith("Muse"))
    assert (town.country, town.admin1) == ("MM", "Shan-North")  # ACLED's part of Shan State


def test_news_abbreviation_of_a_province_qualifies_a_town(geocoder: Geocoder) -> None:
    place = geocoder.resolve_name("Hangu, KPK")
    assert place is not None and (place.country, place.admin1) == ("PK", "Khyber Pakhtunkhwa")


# part of a name (Valdivia) and a look-alike (Alberta) abroad
@pytest.mark.parametrize(("text", "mention", "admin1"), [
    ("On 2 May, in Pedro de Valdivia (Biobio), farmers blocked the road.", "Pedro de Valdivia", "Biobio"),
    ("On 3 May, in Llana Alta (Norte de Santander), a guard was shot.", "Llana Alta", "Norte de Santander"),
])
def test_partial_or_look_alike_yields_to_the_written_province(nlp: Any, geocoder: Geocoder, text: str, mention: str,
                                                              admin1: str) -> None:
    places = [p for p in geocoder.find_places(nlp(text)) if p.span is not None and p.span.text == mention]
    assert places and places[0].admin1 == admin1 and places[0].geo_precision == 2


def test_hyphenated_town_is_one_name(nlp: Any, geocoder: Geocoder) -> None:
    places = geocoder.find_places(nlp("In Croix-des-Bouquets, Ouest, armed men kidnapped a trader."))
    assert places[0].span is not None and places[0].span.text == "Croix-des-Bouquets"
    assert (places[0].country, places[0].geo_precision) == ("HT", 1)


def test_a_district_qualified_by_its_state_stands_against_a_namesake_country(nlp: Any, geocoder: Geocoder) -> None:
    text = "Members of a Niger militia clashed with guards escorting foreign workers in Shiroro LGA (Niger)."
    places = [p for p in geocoder.find_places(nlp(text)) if p.span is not None and p.span.text.startswith("Shiroro")]
    assert places and (places[0].country, places[0].admin1) == ("NG", "Niger")


def test_the_corpus_country_decides_between_namesakes() -> None:
    from eventwatch.api import extract

    text = "Protesters burned tyres in Hays on Monday to denounce fuel prices."
    assert [e.country for e in extract(text, "2022-05-04")] == ["United States"]
    assert [e.country for e in extract(text, "2022-05-04", country="YE")] == ["Yemen"]


def test_the_corpus_country_places_an_unplaced_event() -> None:
    from eventwatch.api import extract

    events = extract("Protesters burned tyres on Monday to denounce fuel prices.", "2022-05-04", country="YE")
    assert [(e.location, e.geo_precision) for e in events] == [("Yemen", 3)]


def test_a_big_namesake_abroad_yields_to_a_sure_qualifier(nlp: Any, geocoder: Geocoder) -> None:
    text = "On 7 March, in Santa Ana (Tucuman), flood victims blocked a road."
    places = [p for p in geocoder.find_places(nlp(text)) if p.span is not None and p.span.text == "Santa Ana"]
    assert places and (places[0].country, places[0].admin1) == ("AR", "Tucuman")


def test_a_facility_is_never_a_look_alike_town(nlp: Any, geocoder: Geocoder) -> None:
    text = "On 3 May, a crowd backing the bill filled the state Capitol in Denver (Colorado)."
    places = geocoder.find_places(nlp(text))
    assert all(p.name != "Capitola" for p in places)
    assert {p.name for p in places if p.span is not None and p.span.text == "Capitol"} <= {"Denver"}


def test_a_people_named_does_not_pull_a_place_abroad(nlp: Any, geocoder: Geocoder) -> None:
    text = "On 6 June, Russian forces pushed towards Staryi Karavan, Donetsk. Casualties unknown."
    places = [p for p in geocoder.find_places(nlp(text)) if p.span is not None and p.span.text == "Donetsk"]
    assert places and places[0].country == "UA"  # not the small Donetsk in Rostov oblast


@pytest.mark.parametrize(("text", "town", "country"), [
    ("On 3 March, hundreds of protesters gathered outside the White House to demand a ceasefire.", "Washington", "US"),
    ("On 3 March, veterans marched to the Pentagon to protest.", "Arlington", "US"),
    ("On 4 March, students staged a sit-in on Tahrir Square in Baghdad.", "Baghdad", "IQ"),
    ("On 4 March, thousands rallied in Tahrir Square and police detained 12 people in Cairo.", "Cairo", "EG"),
])
def test_a_landmark_places_the_event_in_its_town(nlp: Any, geocoder: Geocoder, text: str, town: str,
                                                  country: str) -> None:
    places = geocoder.find_places(nlp(text))
    site = next(p for p in places if p.span is not None and p.span.text.endswith(("House", "Pentagon", "Square")))
    assert (site.name, site.country, site.geo_precision) == (town, country, 2)


def test_a_landmark_speaking_is_an_actor_not_a_place(nlp: Any, geocoder: Geocoder) -> None:
    assert geocoder.find_places(nlp("The White House said on Monday that it would respond.")) == []


@pytest.mark.parametrize("name", ["Donbas", "Mindanao", "Java", "Darfur"])
def test_regions_news_names_are_regions(geocoder: Geocoder, name: str) -> None:
    place = geocoder.resolve_name(name)
    assert place is not None and place.feature_code == "RGN" and place.name == name


def test_an_unknown_village_takes_a_qualifier_given_as_an_abbreviation(nlp: Any, geocoder: Geocoder) -> None:
    text = "On 28 February, villagers protested over water cuts at Kotranka town (Rajouri district, J&K)."
    places = [p for p in geocoder.find_places(nlp(text)) if p.span is not None and p.span.text == "Kotranka"]
    assert places and (places[0].country, places[0].admin1, places[0].geo_precision) == ("IN", "Jammu and Kashmir", 2)


def test_a_look_alike_said_twice_does_not_support_itself(geocoder: Geocoder) -> None:
    from eventwatch.geo.recognize import Mention

    # "Pontelend" looks like Ponteland (England); saying it twice must not make England the report's country
    mentions = [Mention(0, 9, "Pontelend", label="GPE"), Mention(20, 29, "Pontelend", label="GPE"),
                Mention(40, 46, "Bosaso", label="GPE"), Mention(53, 60, "Bossaso", label="GPE"),
                Mention(62, 66, "Bari", label="GPE")]
    places = geocoder.resolve_mentions(mentions, fallback=True)
    assert all(p is None or p.country == "SO" for p in places)


def test_a_place_word_between_town_and_province_keeps_the_qualifier(nlp: Any, geocoder: Geocoder) -> None:
    text = "On 30 May, party supporters marched in Yenisehir town, Diyarbakir over prison conditions."
    places = [p for p in geocoder.find_places(nlp(text)) if p.span is not None and p.span.text == "Yenisehir"]
    assert places and places[0].admin1 == "Diyarbakir"  # not the Yenisehir of Bursa


def test_a_long_qualifier_path_places_an_unknown_village(nlp: Any, geocoder: Geocoder) -> None:
    text = "On 18 April, troops shelled homes in Thadin village (Kani township, Yinmarin district, Sagaing region)."
    places = [p for p in geocoder.find_places(nlp(text)) if p.span is not None and p.span.text == "Thadin"]
    assert places and (places[0].admin1, places[0].geo_precision) == ("Sagaing", 2)  # not Thaton in Mon


def test_the_only_state_by_a_name_is_a_sure_qualifier(nlp: Any, geocoder: Geocoder) -> None:
    text = "On 19 March, volunteers patrolled the border near Sasabe (Arizona) overnight."
    places = [p for p in geocoder.find_places(nlp(text)) if p.span is not None and p.span.text == "Sasabe"]
    assert places and (places[0].country, places[0].admin1) == ("US", "Arizona")  # not Sásabe in Sonora
