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
    names = ["Danish Embassy", "Kenyan", "Embassy of Chile", "Holy See"]
    nairobi, _, vatican = resolve_names(geocoder, text, names)[:3]
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


def test_a_bare_small_town_of_another_state_is_a_site_of_the_reports_town(geocoder: Geocoder) -> None:
    # Stonewall is a Louisiana village, Helmetta a New Jersey borough: named bare, nothing else near them
    text = "Families from Omaha and Lincoln filled the new splash pad at Stonewall on Saturday."
    site = resolve_names(geocoder, text, ["Omaha", "Lincoln", "Stonewall"])[2]
    assert site is not None and site.admin1 == "Nebraska" and site.geo_precision == 2
    text = ("Shoppers in Tucson lined up before dawn. The Shops at Helmetta opened at six, and Pima County deputies "
            "directed traffic.")
    site = resolve_names(geocoder, text, ["Tucson", "Helmetta", "Pima County"])[1]
    assert site is not None and site.name == "Tucson"


def test_a_small_town_of_another_state_near_a_place_the_report_names_stands(geocoder: Geocoder) -> None:
    text = ("Families from Omaha and Lincoln filled the new splash pad at Stonewall on Saturday, then drove on to "
            "Shreveport.")
    town = resolve_names(geocoder, text, ["Omaha", "Lincoln", "Stonewall", "Shreveport"])[2]
    assert town is not None and town.admin1 == "Louisiana"


def test_a_small_town_of_another_part_of_the_uk_stands(geocoder: Geocoder) -> None:
    text = "GLASGOW - Health officials in Glasgow said a second case had been found in Weybridge."
    town = resolve_names(geocoder, text, ["GLASGOW", "Glasgow", "Weybridge"])[2]
    assert town is not None and town.admin1 == "England"


def test_a_university_written_at_a_town_is_a_campus_there(geocoder: Geocoder) -> None:
    text = "She was admitted to Arizona State University at Tempe and to the University of Texas at El Paso."
    tempe, _, el_paso, _ = resolve_names(geocoder, text, ["Arizona State University", "Tempe", "University of Texas",
                                                          "El Paso"])
    assert tempe is not None and tempe.name == "Tempe" and tempe.geo_precision == 2
    assert el_paso is not None and el_paso.name == "El Paso"


def test_campus_at_only_after_a_universitys_name(geocoder: Geocoder) -> None:
    text = "Texas beat Ohio State at Columbus on Saturday."
    texas = resolve_names(geocoder, text, ["Texas", "Ohio", "Columbus"])[0]
    assert texas is not None and texas.feature_code == "ADM1"


def test_a_small_town_in_a_state_the_report_names_as_finally_read_stands(geocoder: Geocoder) -> None:
    # "Victoria" is first read as the Canadian city; as finally read it is the Australian state that holds Kyneton
    text = ("Racing was called off across New South Wales after a virus reached stables near Sydney. Two imported "
            "mares are being held at the Kyneton animal station in Victoria.")
    town = resolve_names(geocoder, text, ["New South Wales", "Sydney", "Kyneton", "Victoria"])[2]
    assert town is not None and town.name == "Kyneton" and town.geo_precision == 1


def test_a_universitys_own_reading_in_its_town_stands(geocoder: Geocoder) -> None:
    text = "Students rallied at Morgan State University in Baltimore on Friday."
    campus = resolve_names(geocoder, text, ["Morgan State University", "Baltimore"])[0]
    assert campus is not None and campus.name == "Morgan State University"
