"""One occurrence told again in a later sentence (`events/retelling.py`, the last fold of `fold_occurrences`):
team-written reports whose later sentence tells the earlier event again (a toll told by an official, a crowd told
again by what the police did to it, a drone strike told by the side it struck) give one event; two places, two told
days, two different named groups and a sentence that says "a separate attack" stay two."""

from __future__ import annotations

import pytest
from evidence_text import evidence_in

from eventwatch.events.occurrence import fold_occurrences
from eventwatch.records import Event

TYPES = {"Armed clash": "Battles", "Attack": "Violence against civilians", "Peaceful protest": "Protests",
         "Protest with intervention": "Protests", "Violent demonstration": "Riots", "Mob violence": "Riots",
         "Shelling/artillery/missile attack": "Explosions/Remote violence"}
PLACES = {"Goma": 101, "Bukavu": 102, "Harare": 201, "Soweto": 301, "Kharkiv": 401, "Izium": 402, "Kupiansk": 403}


def told(text: str, sub: str, place: str, date: str | None, *, trigger: str, day: str | None = None,
         actor1: str | None = None, actor2: str | None = None, force: str | None = None, fatalities: int = 0,
         inter1: int | None = None, inter2: int | None = None) -> Event:
    """An event of `text` as the assembler builds it: its sentence (the one holding `trigger`), its trigger, and the
    words of its day and of its second actor (`force`) found in that sentence."""
    evidence = evidence_in(text, trigger, date=day, actor2=force)
    return Event(event_id=f"{sub}-{place}-{date}-{text.index(trigger)}", doc_id="d", event_type=TYPES[sub],
                 sub_event_type=sub,
                 evidence=evidence, event_date=date, date_value=date, time_precision=1, actor1=actor1,
                 actor2=actor2, inter1=inter1, inter2=inter2, country="Somewhere", iso3="SMW", admin1="Province",
                 location=place, latitude=0.0, longitude=0.0, geo_precision=1, geonameid=PLACES[place],
                 fatalities=fatalities)


CLASH = ("Members of a vigilante group clashed with cattle raiders near Goma on Tuesday. Four vigilantes and two "
         "raiders were killed, according to a provincial official.")


def test_a_toll_told_by_an_official_is_the_clash_it_counts() -> None:
    # the lead names no side; the toll's sentence makes the official's government its first actor
    group = "Unidentified Armed Group (DR Congo)"
    events = [told(CLASH, "Armed clash", "Goma", "2024-03-12", trigger="clashed", day="Tuesday", actor1=group,
                   actor2=group),
              told(CLASH, "Armed clash", "Goma", "2024-03-12", trigger="killed", actor1="Government of DR Congo",
                   inter1=1, actor2=group, fatalities=6)]
    [one] = fold_occurrences(events, CLASH)
    assert (one.evidence.trigger and one.evidence.trigger.text, one.fatalities) == ("clashed", 6)
    assert one.actor1 == group and "Also told as armed clash" in one.notes


def test_a_detail_told_by_the_side_that_was_struck_is_the_strike() -> None:
    text = ("Rebel artillery shelled an army base in Goma on Monday, killing three soldiers. The shells hit a barracks "
            "at dawn, an army officer said.")
    army = "Military Forces of DR Congo"
    events = [told(text, "Shelling/artillery/missile attack", "Goma", "2024-03-11", trigger="shelled", day="Monday",
                   actor1="M23", actor2=army, fatalities=3),
              told(text, "Shelling/artillery/missile attack", "Goma", "2024-03-11", trigger="shells hit",
                   actor1=army)]
    [one] = fold_occurrences(events, text)
    assert (one.actor1, one.fatalities) == ("M23", 3)


def test_two_named_groups_are_two_clashes() -> None:
    text = "Al-Shabaab fighters clashed with soldiers in Goma on Tuesday. ISWAP fighters clashed with soldiers there."
    events = [told(text, "Armed clash", "Goma", "2024-03-12", trigger="clashed with soldiers in", day="Tuesday",
                   actor1="Al Shabaab", actor2="Military Forces of DR Congo", inter2=1),
              told(text, "Armed clash", "Goma", "2024-03-12", trigger="clashed with soldiers there",
                   actor1="Islamic State (West Africa)", actor2="Military Forces of DR Congo", inter2=1)]
    assert len(fold_occurrences(events, text)) == 2


@pytest.mark.parametrize("second", [
    "In a separate attack, gunmen shot dead a driver in Goma.",
    "Elsewhere in Goma, gunmen shot dead a driver.",
    "Gunmen also shot dead a driver in another part of Goma.",
])
def test_a_sentence_that_tells_another_attack_stays_apart(second: str) -> None:
    text = f"Gunmen shot dead a trader in Goma on Monday. {second}"
    events = [told(text, "Attack", "Goma", "2024-03-11", trigger="shot dead a trader", day="Monday",
                   actor1="Unidentified Armed Group (DR Congo)"),
              told(text, "Attack", "Goma", "2024-03-11", trigger="shot dead a driver",
                   actor1="Unidentified Armed Group (DR Congo)")]
    assert len(fold_occurrences(events, text)) == 2


def test_two_places_and_two_told_days_stay_apart() -> None:
    text = ("Militants attacked a police post in Goma on Monday, killing two officers. Militants attacked a post in "
            "Bukavu on Monday. On Tuesday, militants attacked a police post in Goma, killing one officer.")
    group = "Unidentified Armed Group (DR Congo)"
    events = [told(text, "Armed clash", "Goma", "2024-03-11", trigger="attacked a police post in Goma on Monday",
                   day="Monday", actor1=group, fatalities=2),
              told(text, "Armed clash", "Bukavu", "2024-03-11", trigger="attacked a post", day="Monday",
                   actor1=group),
              told(text, "Armed clash", "Goma", "2024-03-12", trigger="attacked a police post in Goma, killing",
                   day="Tuesday", actor1=group, fatalities=1)]
    assert len(fold_occurrences(events, text)) == 3


def test_an_intervention_told_after_the_gathering_makes_one_protest_with_intervention() -> None:
    text = ("Hundreds of teachers gathered outside parliament in Harare on Tuesday to demand higher pay. Police fired "
            "tear gas to disperse them in the afternoon.")
    events = [told(text, "Peaceful protest", "Harare", "2024-03-12", trigger="gathered", day="Tuesday",
                   actor1="Protesters (Zimbabwe)"),
              # the afternoon is put on the report's day, the next: a time of day gives no day of its own
              told(text, "Protest with intervention", "Harare", "2024-03-13", trigger="tear gas",
                   day="the afternoon", actor1="Protesters (Zimbabwe)", actor2="Police Forces of Zimbabwe",
                   force="Police", inter2=1)]
    [one] = fold_occurrences(events, text)
    assert (one.sub_event_type, one.event_date, one.actor2) == ("Protest with intervention", "2024-03-12",
                                                                "Police Forces of Zimbabwe")
    # the second actor keeps the words it was read from, in the later sentence
    assert one.evidence.actor2 is not None and text[one.evidence.actor2.start:one.evidence.actor2.end] == "Police"


def test_a_crowd_that_went_away_names_no_force() -> None:
    text = ("Hundreds of pensioners marched to the finance ministry in Harare on Tuesday. They dispersed peacefully "
            "after an official received their petition.")
    events = [told(text, "Peaceful protest", "Harare", "2024-03-12", trigger="marched", day="Tuesday",
                   actor1="Protesters (Zimbabwe)"),
              told(text, "Protest with intervention", "Harare", "2024-03-12", trigger="dispersed",
                   actor1="Protesters (Zimbabwe)", actor2="Police Forces of Zimbabwe", inter2=1)]
    [one] = fold_occurrences(events, text)
    assert one.sub_event_type == "Peaceful protest" and one.actor2 is None


def test_arrests_told_as_mob_violence_are_the_riot() -> None:
    text = "Residents of Soweto blocked roads with burning tyres on Wednesday. Three people were arrested for violence."
    events = [told(text, "Violent demonstration", "Soweto", "2024-03-13", trigger="blocked roads", day="Wednesday",
                   actor1="Rioters (South Africa)"),
              told(text, "Mob violence", "Soweto", "2024-03-13", trigger="arrested for violence",
                   actor1="Rioters (South Africa)", actor2="Civilians (South Africa)")]
    [one] = fold_occurrences(events, text)
    assert one.sub_event_type == "Violent demonstration"


def test_two_kinds_of_violence_are_not_one_telling() -> None:
    text = "Rebels clashed with soldiers in Goma on Monday. Rebels shot dead two farmers in Goma on Monday."
    events = [told(text, "Armed clash", "Goma", "2024-03-11", trigger="clashed", day="Monday",
                   actor1="Rebel Group (DR Congo)"),
              told(text, "Attack", "Goma", "2024-03-11", trigger="shot dead", day="Monday",
                   actor1="Rebel Group (DR Congo)", fatalities=2)]
    assert len(fold_occurrences(events, text)) == 2


def test_a_lead_shared_by_several_towns_gives_its_toll_to_the_detail() -> None:
    # "killing four" is the lead's toll for all three towns; the detail counts Kharkiv's alone
    text = ("Russian forces shelled Kharkiv, Izium and Kupiansk on Sunday, killing four civilians. In Kharkiv, three "
            "people died when a shell hit a market.")
    lead = {"trigger": "shelled", "day": "Sunday", "actor1": "Military Forces of Russia", "fatalities": 4}
    events = [told(text, "Shelling/artillery/missile attack", town, "2024-03-10", **lead)  # type: ignore[arg-type]
              for town in ("Kharkiv", "Izium", "Kupiansk")]
    events.append(told(text, "Shelling/artillery/missile attack", "Kharkiv", "2024-03-10", trigger="shell hit",
                       actor1="Unidentified Armed Group (Ukraine)", fatalities=3))
    tolls = {e.location: (e.fatalities, e.actor1) for e in fold_occurrences(events, text)}
    assert tolls == {"Kharkiv": (3, "Military Forces of Russia"), "Izium": (4, "Military Forces of Russia"),
                     "Kupiansk": (4, "Military Forces of Russia")}


STORIES = [
    # (team-written report, the events it should give: sub-type, place, toll)
    ("Government troops and rebel fighters clashed for several hours near Goma on Tuesday. A provincial official said "
     "seven rebels and two soldiers were killed.", [("Armed clash", "Goma", 9)]),  # both sides' dead (coder76)
    ("Residents of Soweto blocked roads with burning tyres on Wednesday over power cuts. Three people were arrested "
     "for public violence, police said.", [("Violent demonstration", "Soweto", 0)]),
    ("Hundreds of farmers gathered outside the district office in Ludhiana on Monday. Police detained the leaders in "
     "the evening, and the farmers dispersed.", [("Protest with intervention", "Ludhiana", 0)]),
    ("Hundreds of farmers gathered outside the district office in Ludhiana on Monday. They dispersed peacefully in the "
     "evening after officials received their demands.", [("Peaceful protest", "Ludhiana", 0)]),
    # two days, two towns: two occurrences each
    ("Militants attacked a police post in Bannu on Monday, killing two officers. On Tuesday, militants attacked "
     "another police post in Bannu, killing one officer.", [("Armed clash", "Bannu", 2), ("Armed clash", "Bannu", 1)]),
    ("Militants attacked a police post in Bannu on Monday, killing two officers. Militants attacked a police post in "
     "Lakki Marwat on Monday, killing one officer.", [("Armed clash", "Bannu", 2), ("Armed clash", "Lakki", 1)]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "wanted"), STORIES)
def test_team_written_reports_give_one_event_per_occurrence(text: str, wanted: list[tuple[str, str, int]]) -> None:
    from eventwatch.api import extract

    got = [(e.sub_event_type, e.location, e.fatalities) for e in extract(text, "2024-03-14")]
    assert got == wanted
