"""An occurrence told again at a part of its town (`events/quarters.py`, a fold of `fold_occurrences`): team-written
reports whose neighbourhood or city district the assembler codes beside the town give one event at the town; a
part told as another occurrence, on a day of its own, in another division, with another side, or with no event at
its town stays as it is."""

from __future__ import annotations

import dataclasses

from evidence_text import evidence_in

from eventwatch.events.occurrence import fold_occurrences
from eventwatch.records import Event

TYPES = {"Arrests": "Strategic developments", "Violent demonstration": "Riots", "Peaceful protest": "Protests",
         "Shelling/artillery/missile attack": "Explosions/Remote violence", "Attack": "Violence against civilians"}
# name -> (geonameid, first-level division, latitude, longitude): parts a few kilometres from their towns, one far
PLACES = {"Tartu": (1, "Tartu", 58.38, 26.72), "Annelinn": (2, "Tartu", 58.37, 26.76),
          "Plovdiv": (3, "Plovdiv", 42.15, 24.75), "Stolipinovo": (4, "Plovdiv", 42.16, 24.78),
          "Brno": (5, "South Moravian", 49.19, 16.61), "Bystrc": (6, "South Moravian", 49.22, 16.52),
          "Sumy": (7, "Sumy", 50.91, 34.80), "Zarichnyi": (8, "Sumy", 50.93, 34.76),
          "Setubal": (9, "Setubal", 38.52, -8.89), "Bela Vista": (10, "Setubal", 38.90, -9.20),
          "Kumasi": (11, "Ashanti", 6.69, -1.62), "Aboabo": (12, "Ashanti", 6.70, -1.60),
          "Accra": (13, "Greater Accra", 5.60, -0.19)}


def told(text: str, sub: str, place: str, date: str | None, *, trigger: str, where: str | None = None,
         actor1: str | None = None, fatalities: int = 0, country: str = "Estonia",
         background: bool = False, said: str | None = None) -> Event:
    """An event of `text` as the assembler builds it, placed by the first `where` (default: `place`) of the
    trigger's sentence, and dated by its words `said` when given."""
    evidence = evidence_in(text, trigger, place=where or place, date=said)
    gid, admin1, lat, lon = PLACES[place]
    return Event(event_id=f"{sub}-{place}-{text.index(trigger)}", doc_id="d", event_type=TYPES[sub],
                 sub_event_type=sub, evidence=evidence, event_date=date, date_value=date, time_precision=1,
                 actor1=actor1, country=country, iso3=country[:3].upper(), admin1=admin1, location=place,
                 latitude=lat, longitude=lon, geo_precision=1, geonameid=gid, fatalities=fatalities,
                 background=background)


def test_arrests_told_again_at_the_towns_district_are_one_event() -> None:
    text = ("TALLINN, 3 May 2026 (wire) - Estonian police arrested three men in Tartu on Friday over an arson attack "
            "on a rail depot. The men were detained at a flat in Tartu's Annelinn district, a police spokesman said.")
    events = [told(text, "Arrests", "Tartu", "2026-05-01", trigger="arrested", actor1="Police Forces of Estonia"),
              told(text, "Arrests", "Annelinn", None, trigger="detained", actor1="Police Forces of Estonia")]
    [one] = fold_occurrences(events, text)
    assert (one.location, one.event_date) == ("Tartu", "2026-05-01") and "at Annelinn" in one.notes


def test_a_riot_in_a_neighbourhood_of_the_town_its_sentence_names_is_one_event() -> None:
    # the neighbourhood's gazetteer place lies far away (a namesake): the sentence's words tie it to the town
    text = ("Late on Saturday, in the industrial town of Setubal, youths set fire to cars and threw stones at police "
            "in the Bela Vista neighbourhood after a man died in custody.")
    events = [told(text, "Violent demonstration", "Setubal", "2026-02-14", trigger="threw stones",
                   country="Portugal"),
              told(text, "Violent demonstration", "Bela Vista", "2026-02-14", trigger="threw stones",
                   country="Portugal")]
    [one] = fold_occurrences(events, text)
    assert one.location == "Setubal"


def test_shelling_of_a_city_district_told_in_the_next_sentence_is_the_citys() -> None:
    text = ("Russian artillery shelled Sumy on Tuesday morning, the regional governor said. Shells hit a school "
            "in the city's Zarichnyi district, wounding two teachers.")
    events = [told(text, "Shelling/artillery/missile attack", "Sumy", "2026-03-10", trigger="shelled",
                   actor1="Military Forces of Russia", country="Ukraine"),
              told(text, "Shelling/artillery/missile attack", "Zarichnyi", None, trigger="hit",
                   actor1="Military Forces of Russia", country="Ukraine")]
    [one] = fold_occurrences(events, text)
    assert one.location == "Sumy"


def test_a_neighbourhood_told_as_other_protests_stays() -> None:
    text = ("Roma residents protested in Plovdiv on Monday over water cuts. Two earlier protests in the "
            "Stolipinovo quarter, in January, ended peacefully.")
    events = [told(text, "Peaceful protest", "Plovdiv", "2026-03-02", trigger="protested", country="Bulgaria"),
              told(text, "Peaceful protest", "Stolipinovo", None, trigger="protests", country="Bulgaria")]
    assert {e.location for e in fold_occurrences(events, text)} == {"Plovdiv", "Stolipinovo"}


def test_a_district_told_on_a_day_of_its_own_stays() -> None:
    text = ("Police dispersed a march in Brno on Saturday 7 March 2026. On Sunday 8 March 2026 about 200 people "
            "marched in the Bystrc district, where the plant would be built.")
    events = [told(text, "Peaceful protest", "Brno", "2026-03-07", trigger="march", country="Czechia",
                   said="Saturday 7 March 2026"),
              told(text, "Peaceful protest", "Bystrc", "2026-03-08", trigger="marched", country="Czechia",
                   said="Sunday 8 March 2026")]
    assert {e.location for e in fold_occurrences(events, text)} == {"Brno", "Bystrc"}


def test_a_neighbourhood_with_another_side_or_no_event_at_its_town_stays() -> None:
    text = ("Police shot two traders in Kumasi on Friday. Soldiers beat a driver in the Aboabo neighbourhood on "
            "Friday, witnesses said. Youths attacked a bus in the Aboabo neighbourhood of Accra.")
    events = [told(text, "Attack", "Kumasi", "2026-01-09", trigger="shot", actor1="Police Forces of Ghana",
                   country="Ghana"),
              told(text, "Attack", "Aboabo", "2026-01-09", trigger="beat", actor1="Military Forces of Ghana",
                   country="Ghana")]
    assert {e.location for e in fold_occurrences(events, text)} == {"Kumasi", "Aboabo"}
    # the part's town is in another division: no town of its own in the report
    other = [dataclasses.replace(events[1], admin1="Greater Accra")]
    assert [e.location for e in fold_occurrences(other + events[:1], text)] == ["Aboabo", "Kumasi"]


def test_background_at_a_part_stays_beside_the_towns_news() -> None:
    text = ("Police arrested four men in Tartu on Friday. In 2023 police had arrested a gang in the Annelinn district.")
    events = [told(text, "Arrests", "Tartu", "2026-05-01", trigger="arrested four"),
              told(text, "Arrests", "Annelinn", None, trigger="arrested a gang", background=True)]
    assert {e.location for e in fold_occurrences(events, text)} == {"Tartu", "Annelinn"}
