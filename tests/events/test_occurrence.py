"""One event per occurrence inside a report (`events/occurrence.py`): team-written reports, each telling one
occurrence twice, fold to one event; the look-alikes that are two occurrences stay two."""

from __future__ import annotations

import dataclasses

import pytest
from evidence_text import evidence_in

from eventwatch.events.occurrence import fold_occurrences
from eventwatch.records import Event

SUBTYPES = {"Attack": "Violence against civilians", "Remote explosive/landmine/IED": "Explosions/Remote violence",
            "Air/drone strike": "Explosions/Remote violence", "Arrests": "Strategic developments",
            "Disrupted weapons use": "Strategic developments", "Armed clash": "Battles",
            "Peaceful protest": "Protests", "Protest with intervention": "Protests",
            "Abduction/forced disappearance": "Violence against civilians"}
# name -> (country, iso3, admin1, geo_precision, latitude, longitude): a country has no admin1, a province is
# ACLED's precision 3 with one
PLACES = {"Brazil": ("Brazil", "BRA", None, 3, -10.0, -55.0),
          "Rio de Janeiro": ("Brazil", "BRA", "Rio de Janeiro", 1, -22.91, -43.18),
          "Mare": ("Brazil", "BRA", "Rio de Janeiro", 1, -22.86, -43.24),
          "Mare far": ("Brazil", "BRA", "Minas Gerais", 1, -19.9, -43.9),
          "Nigeria": ("Nigeria", "NGA", None, 3, 10.0, 8.0),
          "Delta": ("Nigeria", "NGA", "Delta", 3, 5.5, 6.0),
          "Warri": ("Nigeria", "NGA", "Delta", 1, 5.52, 5.75),
          "Mali": ("Mali", "MLI", None, 3, 18.0, -2.0),
          "Mopti": ("Mali", "MLI", "Mopti", 3, 14.5, -4.2),
          "Lima": ("Peru", "PER", "Lima", 1, -12.04, -77.03),
          "Cusco": ("Peru", "PER", "Cusco", 1, -13.52, -71.97),
          "Assam": ("India", "IND", "Assam", 3, 26.2, 92.9),
          "Meghalaya": ("India", "IND", "Meghalaya", 3, 25.5, 91.4),
          "Dawki": ("India", "IND", "Meghalaya", 1, 25.19, 92.02),
          "Kenya": ("Kenya", "KEN", None, 3, 0.5, 38.0),
          "Somalia": ("Somalia", "SOM", None, 3, 6.0, 47.0),
          "Trujillo": ("Peru", "PER", "La Libertad", 1, -8.11, -79.03),
          "Chiclayo": ("Peru", "PER", "Lambayeque", 1, -6.77, -79.84)}


def event(text: str, sub: str, place: str, date: str, *, trigger: str, said: str | None = None,
          where: str | None = None, day: str | None = None, actor1: str | None = None, nth: int = 0,
          fatalities: int = 0) -> Event:
    """An event of `text` as the assembler builds it: its sentence, trigger, place and date words found in it."""
    country, iso3, admin1, precision, lat, lon = PLACES[place]
    evidence = evidence_in(text, trigger, place=where, date=day)
    return Event(event_id=f"{sub}-{place}-{date}-{nth}", doc_id="d", event_type=SUBTYPES[sub], sub_event_type=sub,
                 evidence=evidence, event_date=date, date_value=date, time_precision=1 if day else 2,
                 actor1=actor1, country=country, iso3=iso3, admin1=admin1,
                 location=place.removesuffix(" far"), latitude=lat, longitude=lon, geo_precision=precision,
                 geonameid=hash(place) % 1000, fatalities=fatalities)


RAID = "Police killed six people in a raid on the Mare favela in northern Rio de Janeiro on Thursday."


@pytest.mark.parametrize(("inner", "kept"), [("Mare", "Mare"), ("Mare far", "Rio de Janeiro")])
def test_a_place_named_inside_another_is_one_event(inner: str, kept: str) -> None:
    # inside the city by the gazetteer: the finer place; read as a namesake 300 km away: the city the text names
    events = [event(RAID, "Attack", inner, "2025-03-06", trigger="killed", where="Mare", day="Thursday"),
              event(RAID, "Attack", "Rio de Janeiro", "2025-03-06", trigger="killed", where="Rio de Janeiro",
                    day="Thursday")]
    [one] = fold_occurrences(events, RAID)
    assert one.location == kept


def test_two_places_a_sentence_lists_stay_two_events() -> None:
    text = "Police raided homes in Lima and in Cusco on Thursday."
    events = [event(text, "Attack", "Lima", "2025-03-06", trigger="raided", where="Lima", day="Thursday"),
              event(text, "Attack", "Cusco", "2025-03-06", trigger="raided", where="Cusco", day="Thursday")]
    assert len(fold_occurrences(events, text)) == 2


PIPELINE = ("A bomb attack on Nigeria's main oil pipeline halted pumping on Monday, the company said. "
            "The explosive was placed on the pipeline near the town of Warri.")


def test_a_headline_at_the_country_folds_into_its_detail_at_the_town() -> None:
    events = [event(PIPELINE, "Remote explosive/landmine/IED", "Nigeria", "2025-06-02", trigger="bomb",
                    where="Nigeria", day="Monday"),
              event(PIPELINE, "Remote explosive/landmine/IED", "Warri", "2025-06-03", trigger="explosive",
                    where="Warri")]
    [one] = fold_occurrences(events, PIPELINE)
    assert (one.location, one.event_date, one.time_precision) == ("Warri", "2025-06-02", 1)
    assert "one occurrence" in one.notes


def test_a_dated_event_elsewhere_in_the_country_is_not_its_detail() -> None:
    text = PIPELINE.replace("The explosive was placed", "In 2019 an explosive was placed")
    events = [event(text, "Remote explosive/landmine/IED", "Nigeria", "2025-06-02", trigger="bomb",
                    where="Nigeria", day="Monday"),
              event(text, "Remote explosive/landmine/IED", "Warri", "2019-01-01", trigger="explosive",
                    where="Warri", day="2019")]
    assert len(fold_occurrences(events, text)) == 2


STRIKE = ("A drone strike killed nine civilians in the Mopti region on Sunday, residents said. "
          "Mali's army said on Monday that it had carried out an air strike against fighters in the area.")


def test_a_statement_day_does_not_date_the_act_it_reports() -> None:
    events = [event(STRIKE, "Air/drone strike", "Mopti", "2025-03-16", trigger="drone strike", where="Mopti",
                    day="Sunday", fatalities=9),
              event(STRIKE, "Air/drone strike", "Mali", "2025-03-17", trigger="air strike", where="Mali",
                    day="Monday")]
    [one] = fold_occurrences(events, STRIKE)
    assert (one.location, one.event_date, one.fatalities) == ("Mopti", "2025-03-16", 9)


def test_a_strike_told_on_its_own_day_is_a_second_strike() -> None:
    text = STRIKE.replace("said on Monday that it had carried out", "carried out on Monday")
    events = [event(text, "Air/drone strike", "Mopti", "2025-03-16", trigger="drone strike", where="Mopti",
                    day="Sunday"),
              event(text, "Air/drone strike", "Mali", "2025-03-17", trigger="air strike", where="Mali",
                    day="Monday")]
    assert len(fold_occurrences(events, text)) == 2


DISPERSAL = ("Riot police fired tear gas at thousands of protesters in Lima on Friday. "
             "At least 40 people had been arrested by the end of the night, a police spokesman said.")


def test_arrests_told_after_a_dispersal_are_part_of_it() -> None:
    events = [event(DISPERSAL, "Protest with intervention", "Lima", "2025-03-07", trigger="tear gas",
                    where="Lima", day="Friday"),
              event(DISPERSAL, "Arrests", "Lima", "2025-03-08", trigger="arrested", actor1="Police Forces of Peru")]
    [one] = fold_occurrences(events, DISPERSAL)
    assert (one.sub_event_type, one.event_date) == ("Protest with intervention", "2025-03-07")


def test_arrests_at_a_peaceful_protest_make_it_a_protest_with_intervention() -> None:
    text = DISPERSAL.replace("Riot police fired tear gas at", "There marched")
    protest = event(text, "Peaceful protest", "Lima", "2025-03-07", trigger="marched", where="Lima", day="Friday")
    protest = dataclasses.replace(protest, actor1="Protesters (Peru)", inter1=6)
    arrests = dataclasses.replace(event(text, "Arrests", "Lima", "2025-03-08", trigger="arrested"),
                                  actor1="Police Forces of Peru", inter1=1)
    [one] = fold_occurrences([protest, arrests], text)
    assert (one.sub_event_type, one.actor2, one.interaction) == ("Protest with intervention",
                                                                 "Police Forces of Peru", 16)


def test_a_crowd_against_earlier_arrests_is_its_own_event() -> None:
    text = ("Police arrested 11 activists in raids on their homes in Lima on Monday. "
            "Later on Monday, 300 people gathered outside the court to demand their release.")
    events = [event(text, "Arrests", "Lima", "2025-03-03", trigger="arrested", where="Lima", day="Monday"),
              event(text, "Peaceful protest", "Lima", "2025-03-03", trigger="gathered", day="Monday")]
    assert len(fold_occurrences(events, text)) == 2


def test_arrests_far_from_an_old_protest_are_their_own_event() -> None:
    text = ("Police detained four union leaders at their homes in Lima. "
            "In May 2023, dozens were briefly detained in Lima during a rally.")
    events = [event(text, "Arrests", "Lima", "2025-03-03", trigger="detained four", where="Lima"),
              event(text, "Protest with intervention", "Lima", "2023-05-01", trigger="rally", where="Lima",
                    day="May 2023")]
    assert len(fold_occurrences(events, text)) == 2


def test_arms_seized_in_a_gunfight_are_part_of_it() -> None:
    text = ("Officers entered the Mare favela before dawn and a gunfight lasted hours. "
            "Police said they seized 13 rifles and 12 grenades.")
    events = [event(text, "Armed clash", "Rio de Janeiro", "2025-03-06", trigger="gunfight"),
              event(text, "Disrupted weapons use", "Rio de Janeiro", "2025-03-06", trigger="seized")]
    [one] = fold_occurrences(events, text)
    assert one.sub_event_type == "Armed clash"


def test_a_road_and_its_province_in_one_sentence_stay_as_assembled() -> None:
    # a town read at precision 3 because the words name a road is not the province; the pair one sentence gives is
    # the assembler's (and the merge's) to read, not a retelling
    text = "Insurgents ambushed a convoy on the Warri-Sapele road in Delta State on Monday."
    road = event(text, "Armed clash", "Delta", "2025-03-17", trigger="ambushed", where="Warri-Sapele road",
                 day="Monday")
    road = dataclasses.replace(road, location="Warri")
    state = event(text, "Armed clash", "Delta", "2025-03-17", trigger="ambushed", where="Delta State", day="Monday",
                  nth=1)
    assert len(fold_occurrences([road, state], text)) == 2


def test_the_headline_names_the_actor_its_detail_leaves_unidentified() -> None:
    text = ("Suspected militants of the Delta front killed five villagers in Delta State on Tuesday. "
            "About 15 armed men stormed the village near Warri and shot them.")
    head = dataclasses.replace(event(text, "Attack", "Delta", "2025-01-07", trigger="killed", where="Delta State",
                                     day="Tuesday", fatalities=5), actor1="Delta Front", inter1=2)
    detail = dataclasses.replace(event(text, "Attack", "Warri", "2025-01-07", trigger="shot", where="Warri"),
                                 actor1="Unidentified Armed Group (Nigeria)", inter1=3)
    [one] = fold_occurrences([head, detail], text)
    assert (one.location, one.actor1, one.fatalities, one.event_date) == ("Warri", "Delta Front", 5, "2025-01-07")


def test_a_coarse_event_of_another_sub_type_is_not_folded() -> None:
    text = "Gunmen abducted 12 people in Delta State on Monday. They shot a guard in Warri."
    events = [event(text, "Abduction/forced disappearance", "Delta", "2025-03-17", trigger="abducted",
                    where="Delta State", day="Monday"),
              event(text, "Attack", "Warri", "2025-03-17", trigger="shot", where="Warri")]
    assert len(fold_occurrences(events, text)) == 2


@pytest.mark.slow
def test_the_assembled_report_tells_its_dispersal_once() -> None:
    import eventwatch

    text = ("LIMA, March 8, 2025 — Riot police fired tear gas at thousands of teachers marching against pension cuts "
            "in central Lima on Friday evening. At least 40 people had been arrested by the end of the night, a "
            "police spokesman said.")
    [one] = eventwatch.extract(text, published="2025-03-08")
    assert (one.event_type, one.location, one.event_date) == ("Protests", "Lima", "2025-03-07")
    assert "arrested" in one.notes


def _sides(text: str, sub: str, first: str, second: str, *, trigger: str, site: str | None = None) -> list[Event]:
    """The assembler's events of one mention fanned out to the two sides (and the site, when placed)."""
    places = [site, first, second] if site else [first, second]
    return [event(text, sub, p, "2025-03-04", trigger=trigger, where=p, day="Tuesday", nth=i)
            for i, p in enumerate(places)]


@pytest.mark.parametrize("text", [
    "Villagers clashed with police at the border between Assam and Meghalaya on Tuesday.",
    "Villagers clashed with police on the Assam-Meghalaya border on Tuesday.",
    "Villagers clashed with police on the Assam and Meghalaya inter-state border on Tuesday.",
    "Assam and Meghalaya police clashed with villagers at the boundary on Tuesday."])
def test_two_divisions_named_as_the_sides_of_one_border_are_one_event(text: str) -> None:
    [one] = fold_occurrences(_sides(text, "Armed clash", "Assam", "Meghalaya", trigger="clashed"), text)
    assert (one.location, one.geo_precision) == ("Assam", 3)  # the side named first, a division: precision 3
    assert "Meghalaya" in one.notes


def test_the_site_a_border_is_named_after_holds_the_event() -> None:
    text = "Villagers clashed with police at the Dawki border between Assam and Meghalaya on Tuesday."
    [one] = fold_occurrences(_sides(text, "Armed clash", "Assam", "Meghalaya", trigger="clashed", site="Dawki"), text)
    assert (one.location, one.geo_precision) == ("Dawki", 1)


def test_two_countries_and_two_towns_as_sides() -> None:
    text = "Troops clashed with militants on the border between Kenya and Somalia on Tuesday."
    [one] = fold_occurrences(_sides(text, "Armed clash", "Kenya", "Somalia", trigger="clashed"), text)
    assert one.location == "Kenya"
    text = "Gunmen attacked a bus on the boundary between Trujillo and Chiclayo on Tuesday."
    [one] = fold_occurrences(_sides(text, "Attack", "Trujillo", "Chiclayo", trigger="attacked"), text)
    assert (one.location, one.geo_precision) == ("Trujillo", 2)  # somewhere near the town: precision 2


@pytest.mark.parametrize("text", [
    "Villagers clashed with police in Assam and Meghalaya on Tuesday.",  # no border: a list, each its own event
    "Villagers clashed with police in Assam and Meghalaya on Tuesday, and troops sealed the border with Bhutan.",
    "Villagers clashed with police in Assam and in Meghalaya near the border on Tuesday."])  # not joined as sides
def test_two_divisions_listed_stay_two_events(text: str) -> None:
    assert len(fold_occurrences(_sides(text, "Armed clash", "Assam", "Meghalaya", trigger="clashed"), text)) == 2


def test_two_towns_of_one_division_are_no_sides() -> None:
    text = "Police raided homes in Lima and Cusco near the border on Tuesday."
    events = [dataclasses.replace(e, admin1="Lima")
              for e in _sides(text, "Attack", "Lima", "Cusco", trigger="raided")]
    assert len(fold_occurrences(events, text)) == 2
