"""An unknown village read at precision 2 beside the town that locates it is the event's place, at that town
(`events/villages.py`, through `locate.event_places`). Team-written sentences."""

from __future__ import annotations

import dataclasses

import pytest
from evidence_text import evidence_in

from eventwatch.events.locate import event_places
from eventwatch.events.retelling import merge_undated
from eventwatch.records import Event, Place, Span


def _town(text: str, written: str, name: str, gid: int, precision: int = 1, nth: int = 0) -> Place:
    start = -1
    for _ in range(nth + 1):
        start = text.index(written, start + 1)
    return Place(name=name, latitude=1.0, longitude=2.0, country="HT", feature_code="PPL", admin1="Ouest",
                 geo_precision=precision, span=Span(start, start + len(written), written), geonameid=gid)


def _chosen(text: str, places: list[Place]) -> list[tuple[str, str, int]]:
    return [(p.span.text if p.span else "", p.name, p.geo_precision) for p in event_places(text, places, [])]


def test_a_village_that_fell_back_to_the_town_of_its_sentence_is_the_place() -> None:
    # the geocoder placed the unknown hamlet at the town the sentence names (its fallback): the hamlet's words stay
    text = "Arsonists burned a granary at the hamlet of Tarso in the commune of Bellamy late on Friday."
    places = [_town(text, "Tarso", "Bellamy", 7, precision=2), _town(text, "Bellamy", "Bellamy", 7)]
    assert _chosen(text, places) == [("Tarso", "Bellamy", 2)]


def test_a_village_placed_by_the_town_written_after_it_takes_that_town_s_point() -> None:
    # the fallback chose the report's main place (a city elsewhere); the sentence places the village by another town
    text = "Teachers picketed the district office in Tarso, on the northern fringe of Bellamy, for a third day."
    tarso = _town(text, "Tarso", "Capital City", 1, precision=2)
    bellamy = _town(text, "Bellamy", "Bellamy", 7)
    chosen = event_places(text, [tarso, bellamy], [])
    assert [(p.span.text if p.span else "", p.name, p.geonameid, p.geo_precision) for p in chosen] == [
        ("Tarso", "Bellamy", 7, 2)]


def test_a_distance_phrase_places_the_village_by_its_town() -> None:
    text = "A patrol exchanged fire with poachers near Tarso, some 12 km east of Bellamy, before dawn."
    places = [_town(text, "Tarso", "Capital City", 1, precision=2), _town(text, "Bellamy", "Bellamy", 7)]
    assert _chosen(text, places) == [("Tarso", "Bellamy", 2)]


def test_a_town_named_in_a_clause_of_its_own_keeps_its_reading() -> None:
    # "where" opens another clause: the town is where something else happened, not where the village lies
    text = "Students boycotted classes in Tarso, where riot police later detained two of them in Bellamy."
    places = [_town(text, "Tarso", "Capital City", 1, precision=2), _town(text, "Bellamy", "Bellamy", 7)]
    assert _chosen(text, places) == [("Bellamy", "Bellamy", 1)]


def test_a_part_of_a_name_still_yields_to_a_town_named_outright() -> None:
    # "Bellamy Road" read through part of its name (precision 2, another place) beside a town read whole
    text = "Protesters blocked the Bellamy Road and marched into Corail on Monday."
    road = dataclasses.replace(_town(text, "Bellamy Road", "Bellamy", 7, precision=2))
    corail = _town(text, "Corail", "Corail", 9)
    assert _chosen(text, [road, corail]) == [("Corail", "Corail", 1)]


def test_a_division_or_part_of_a_town_written_with_its_unit_word_is_no_village() -> None:
    # the zone the gazetteer lacks fell back to the town it holds; the town stays the place, under its own words
    text = "Heavy fighting was reported in and around Bellamy town, East Tarso Zone, on 5 April."
    places = [_town(text, "Bellamy", "Bellamy", 7), _town(text, "East Tarso Zone", "Bellamy", 7, precision=2)]
    assert _chosen(text, places) == [("Bellamy", "Bellamy", 1)]
    text = "A device went off in the Tarso district of Bellamy early on Wednesday."
    places = [_town(text, "Tarso", "Bellamy", 7, precision=2), _town(text, "Bellamy", "Bellamy", 7)]
    assert _chosen(text, places) == [("Bellamy", "Bellamy", 1)]


def test_a_site_or_a_name_read_at_its_town_is_no_village() -> None:
    # a site in the town (ACLED codes the town at precision 1), and a name after "in" alone that the town's fallback
    # holds (a party, a country's name inside another): the town named outright stays the place
    text = "About 300 people rallied at City Hall in Bellamy on Saturday."
    places = [_town(text, "City Hall", "Bellamy", 7, precision=2), _town(text, "Bellamy", "Bellamy", 7)]
    assert _chosen(text, places) == [("Bellamy", "Bellamy", 1)]
    text = "Bellamy: supporters of the Tarso Front marched in Corail Unity on Sunday."
    places = [_town(text, "Bellamy", "Bellamy", 7), _town(text, "Corail Unity", "Bellamy", 7, precision=2)]
    assert _chosen(text, places) == [("Bellamy", "Bellamy", 1)]


def test_a_village_on_the_outskirts_of_its_own_fallback_town_is_the_place() -> None:
    # geo58: "on the outskirts of" says "near", as "outside" does; the village keeps its words at the town
    text = "Soldiers and rebels fought for hours on the outskirts of Tarso, in the municipality of Bellamy, on Friday."
    places = [_town(text, "Tarso", "Bellamy", 7, precision=2), _town(text, "Bellamy", "Bellamy", 7)]
    assert _chosen(text, places) == [("Tarso", "Bellamy", 2)]



RAID = ("Two herdsmen killed in Moroto raid; army says four raiders shot dead. Two herdsmen were killed on Sunday "
        "when raiders attacked a homestead near Lomerikan, in Moroto district, elders said.")


def _raid(trigger: str, where: str, day: str | None, fatalities: int) -> Event:
    """An Attack at the district Moroto (precision 3) told by `trigger`, its place words `where`."""
    return Event(event_id=f"raid-{trigger}", doc_id="d", event_type="Violence against civilians",
                 sub_event_type="Attack", evidence=evidence_in(RAID, trigger, place=where, date=day),
                 event_date="2026-10-04", date_value="2026-10-04", time_precision=1 if day else 2, country="Uganda",
                 iso3="UGA", admin1="Northern", location="Moroto", latitude=2.5, longitude=34.7, geo_precision=3,
                 geonameid=229024, fatalities=fatalities)


def test_an_undated_headline_at_the_district_gives_way_to_the_dated_lead_s_village() -> None:
    """geo58: the undated headline names the district, the dated lead the village the gazetteer lacks there (read
    at the district under its own words); the lead stands whole, its words "Lomerikan" and its toll, not the
    headline's words with its sum of two events' dead (`villages.finer_telling`, `retelling.merge_undated`)."""
    head, lead = _raid("killed", "Moroto", None, 6), _raid("attacked", "Lomerikan", "Sunday", 2)
    [one] = merge_undated([head, lead], set())
    assert (one.evidence.place.text if one.evidence.place else None, one.fatalities) == ("Lomerikan", 2)


def test_a_lead_that_names_the_place_itself_keeps_the_headline_s_telling() -> None:
    # the detail's words name the district, as the headline's do: nothing finer is said, the lead's day is taken
    head, lead = _raid("killed", "Moroto", None, 6), _raid("attacked", "Moroto", "Sunday", 2)
    [one] = merge_undated([head, lead], set())
    assert (one.evidence.place.start if one.evidence.place else None, one.fatalities) == (RAID.index("Moroto"), 6)


HERD = ("Gunmen kill three herders in Moroto raid\n\n"
        "Gunmen attacked a homestead {where}, killing three herders, elders said.")


@pytest.mark.slow
@pytest.mark.parametrize(("where", "told"), [
    ("near Lomerikan, in Moroto district", "Lomerikan"),  # the lead names the village: its telling stands
    ("in Moroto district", "Moroto"),  # the lead names the district, as the headline does: the first telling kept
])
def test_a_headline_and_its_lead_told_with_one_actor_keep_the_village(  # type: ignore[no-untyped-def]
        nlp, where: str, told: str) -> None:
    """The undated headline and lead share one actor, day, type and place, so the assembly keeps one of them under
    one key before any fold runs: there `villages.finer_telling` decides, as `merge_undated` does for a dated lead."""
    from eventwatch.events.assemble import ExtractEvents
    from eventwatch.records import Document
    from eventwatch.settings import Settings

    stage = ExtractEvents(Settings.load(arbiter=False, published="2026-10-06"), nlp)
    [event] = stage(Document(raw="", text=HERD.format(where=where), id="herd")).events
    assert (event.location, event.evidence.place.text if event.evidence.place else None) == ("Moroto", told)
