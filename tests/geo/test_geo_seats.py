"""Where a country's bodies are: a ministry at its capital, an embassy in the place written after it, and a river
that is no reading of the state named after it (team-written sentences)."""

from __future__ import annotations

from geospans import resolve_names

from eventwatch.geo import Geocoder


def test_a_countrys_ministry_is_at_its_capital(geocoder: Geocoder) -> None:
    text = ("The ambassador was summoned to the Norwegian Foreign Ministry on Friday, and a letter reached the "
            "Ministry of Agriculture of Kenya a day later.")
    oslo, nairobi = resolve_names(geocoder, text, ["Norwegian Foreign Ministry", "Ministry of Agriculture of Kenya"])
    assert oslo is not None and oslo.name == "Oslo" and oslo.geo_precision == 2
    assert nairobi is not None and nairobi.name == "Nairobi"


def test_the_country_named_beside_a_ministry_stays_the_country(geocoder: Geocoder) -> None:
    text = "Norway's Foreign Ministry said the talks would go on."
    norway = resolve_names(geocoder, text, ["Norway"])[0]
    assert norway is not None and norway.feature_code.startswith("PCL")


def test_a_ministry_of_no_country_stays_what_its_words_name(geocoder: Geocoder) -> None:
    text = "The Kano State Ministry of Health opened two clinics."
    place = resolve_names(geocoder, text, ["Kano State Ministry of Health"])[0]
    assert place is not None and place.country == "NG" and place.name.startswith("Kano")


def test_a_mission_written_in_a_town_is_there(geocoder: Geocoder) -> None:
    text = "Staff of the Canadian Embassy in Lima were moved to a hotel."
    mission = resolve_names(geocoder, text, ["Canadian Embassy", "Lima"])[0]
    assert mission is not None and mission.name == "Lima" and mission.geo_precision == 2


def test_a_mission_written_in_a_country_is_at_its_capital(geocoder: Geocoder) -> None:
    text = ("Protesters gathered outside the Danish Embassy in the Kenyan capital, and later outside the Embassy of "
            "Chile in the Holy See.")
    nairobi, _, vatican = resolve_names(geocoder, text, ["Danish Embassy", "Kenyan", "Embassy of Chile", "Holy See"])[:3]
    assert nairobi is not None and nairobi.name == "Nairobi" and nairobi.geo_precision == 2
    assert vatican is not None and vatican.country == "VA"


def test_a_mission_named_by_its_country_alone_stays_that_country(geocoder: Geocoder) -> None:
    text = "A statement from the Danish Embassy said the visit was cancelled."
    place = resolve_names(geocoder, text, ["Danish Embassy"])[0]
    assert place is not None and place.country == "DK"


def test_a_river_is_no_reading_of_the_state_named_after_it(geocoder: Geocoder) -> None:
    text = ("ST. LOUIS - Barge traffic on the Missouri River slowed this week, and crews in St. Louis closed two "
            "ramps on the waterfront.")
    river = resolve_names(geocoder, text, ["Missouri River", "St. Louis"])[0]
    assert river is not None and river.name == "St. Louis" and river.geo_precision == 2


def test_a_river_named_after_a_town_keeps_the_town(geocoder: Geocoder) -> None:
    text = "Dye turned the Chicago River green for the parade, as it does every March in Chicago."
    river = resolve_names(geocoder, text, ["Chicago River", "Chicago"])[0]
    assert river is not None and river.name == "Chicago"
