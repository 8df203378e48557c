"""An event's aftermath told in a later sentence (`events/aftermath.py`, inside `retelling.fold_retellings`): a toll
revised, a wounded victim's later death and the police's answer to a riot fold into the occurrence told before them;
a new attack that raises a weekly toll, a crowd dispersed on another day and a separate crowd stay apart. Team-written
reports in several countries, wordings and tenses."""

from __future__ import annotations

import dataclasses

import pytest
from evidence_text import evidence_in

from eventwatch.events.occurrence import fold_occurrences
from eventwatch.records import Event, Span

TYPES = {"Armed clash": "Battles", "Attack": "Violence against civilians", "Peaceful protest": "Protests",
         "Protest with intervention": "Protests", "Violent demonstration": "Riots", "Mob violence": "Riots",
         "Remote explosive/landmine/IED": "Explosions/Remote violence",
         "Excessive force against protesters": "Protests"}
PLACES = {"Afgoye": 1, "Gwoza": 2, "Kisumu": 3, "Ogossagou": 4, "Chala": 5, "Mogadishu": 6}


def told(text: str, sub: str, place: str, date: str | None, *, trigger: str, day: str | None = None,
         actor1: str | None = None, actor2: str | None = None, force: str | None = None,
         fatalities: int = 0) -> Event:
    """An event of `text` as the assembler builds it (its sentence is the one holding the first `trigger`)."""
    evidence = evidence_in(text, trigger, date=day, actor2=force)
    return Event(event_id=f"{sub}-{place}-{text.index(trigger)}", doc_id="d", event_type=TYPES[sub],
                 sub_event_type=sub, evidence=evidence, event_date=date, date_value=date, time_precision=1,
                 actor1=actor1, actor2=actor2, country="Somewhere", iso3="SMW", admin1="Province", location=place,
                 latitude=0.0, longitude=0.0, geo_precision=1, geonameid=PLACES[place], fatalities=fatalities)


BOMB = ("A roadside bomb hit a police pickup near Afgoye on Sunday, killing four police officers, the governor said. "
        "{later}")
GUNMEN = "Unidentified Armed Group (Somalia)"


@pytest.mark.parametrize(("later", "trigger", "sub", "fatalities"), [
    ("The governor had first put the toll at three dead and five wounded.", "wounded", "Attack", 3),
    ("One of the wounded officers died overnight in the regional hospital, a medical source said.",
     "wounded officers", "Armed clash", 1),
    ("Two of the injured later died, raising the death toll to six.", "died", "Attack", 2),
    ("A sixth officer succumbed to his injuries in hospital on Tuesday.", "succumbed", "Armed clash", 1),
    ("The police had initially reported two officers killed.", "killed", "Attack", 2),
])
def test_a_revised_toll_or_a_later_death_is_the_occurrence(later: str, trigger: str, sub: str,
                                                           fatalities: int) -> None:
    text = BOMB.format(later=later)
    events = [told(text, "Remote explosive/landmine/IED", "Afgoye", "2025-06-08", trigger="roadside bomb",
                   day="Sunday", actor1=GUNMEN, fatalities=4),
              told(text, sub, "Afgoye", None, trigger=trigger, actor1=GUNMEN, fatalities=fatalities)]
    [one] = fold_occurrences(events, text)
    # the bomb keeps its type, day and own toll: the revision repeats a figure the lead already gives
    assert (one.sub_event_type, one.event_date, one.fatalities) == ("Remote explosive/landmine/IED", "2025-06-08", 4)


def test_a_later_death_gives_the_toll_the_lead_did_not_tell() -> None:
    text = ("An explosive device went off under an army truck near Gwoza on Sunday, wounding six soldiers. One of them "
            "died on Monday at the hospital in Maiduguri, the minister said.")
    events = [told(text, "Remote explosive/landmine/IED", "Gwoza", "2025-03-02", trigger="explosive device",
                   day="Sunday"),
              told(text, "Attack", "Gwoza", "2025-03-03", trigger="died", day="Monday", fatalities=1)]
    [one] = fold_occurrences(events, text)
    assert (one.event_date, one.fatalities) == ("2025-03-02", 1)


@pytest.mark.parametrize(("later", "trigger", "doers"), [
    # a new attack raising a weekly toll: its trigger is an act of violence with its doers told
    ("On Tuesday, gunmen killed three more villagers there, bringing the week's toll to eight.", "killed", "gunmen"),
    # a sentence that says it tells another occurrence
    ("In a separate attack, two of the wounded died, raising the toll to six.", "died", None),
    # a death told with no word of a later death or of a toll
    ("A herder died on Tuesday when raiders stole his cattle.", "died", None),
])
def test_a_new_occurrence_with_a_toll_stays_apart(later: str, trigger: str, doers: str | None) -> None:
    text = "Gunmen shot five villagers dead in an attack on Ogossagou on Sunday, officials said. " + later
    first = told(text, "Attack", "Ogossagou", "2025-02-09", trigger="shot", day="Sunday", actor1=GUNMEN,
                 fatalities=5)
    second = told(text, "Attack", "Ogossagou", "2025-02-11", trigger=trigger, actor1=GUNMEN, fatalities=3)
    if doers is not None:
        at = text.index(doers)
        second = dataclasses.replace(second, evidence=dataclasses.replace(
            second.evidence, actor1=Span(at, at + len(doers), doers)))
    assert len(fold_occurrences([first, second], text)) == 2


RIOT = ("Hundreds of young men burned tyres and stoned shops in the centre of Kisumu on Monday over fuel prices. "
        "{later}")
RIOTERS, POLICE = "Rioters (Kenya)", "Police Forces of Kenya (2013-)"


@pytest.mark.parametrize(("later", "trigger", "sub"), [
    ("Police fired tear gas and rubber bullets to disperse them, and nine people were treated in hospital.",
     "disperse", "Protest with intervention"),
    ("Officers fired tear gas and warning shots at the crowd.", "tear gas", "Protest with intervention"),
    ("Riot police beat the youths with batons.", "beat", "Excessive force against protesters"),
])
def test_the_police_answer_to_a_riot_is_the_riot(later: str, trigger: str, sub: str) -> None:
    text = RIOT.format(later=later)
    force = "Police" if "Police" in later else ("Officers" if "Officers" in later else "Riot police")
    events = [told(text, "Violent demonstration", "Kisumu", "2025-05-05", trigger="burned tyres", day="Monday",
                   actor1=RIOTERS),
              told(text, sub, "Kisumu", None, trigger=trigger, actor1="Protesters (Kenya)", actor2=POLICE,
                   force=force)]
    [one] = fold_occurrences(events, text)
    assert (one.event_type, one.sub_event_type, one.event_date) == ("Riots", "Violent demonstration", "2025-05-05")


@pytest.mark.parametrize(("later", "place", "date", "day"), [
    # the police answer a crowd on another day
    ("Police cleared the road with tear gas on Tuesday morning after the youths came back.", "Kisumu",
     "2025-05-06", "Tuesday"),
    # a separate crowd
    ("Police fired tear gas to disperse a separate crowd of traders at the county offices.", "Kisumu", None, None),
    # police answering a crowd elsewhere
    ("Police fired tear gas at students marching in Mogadishu.", "Mogadishu", None, None),
])
def test_police_against_another_crowd_stays_apart(later: str, place: str, date: str | None,
                                                  day: str | None) -> None:
    text = RIOT.format(later=later)
    events = [told(text, "Violent demonstration", "Kisumu", "2025-05-05", trigger="burned tyres", day="Monday",
                   actor1=RIOTERS),
              told(text, "Protest with intervention", place, date, trigger="tear gas", day=day,
                   actor1="Protesters (Kenya)", actor2=POLICE, force="Police")]
    assert len(fold_occurrences(events, text)) == 2


@pytest.mark.parametrize(("later", "trigger"), [
    # coder110: a riot's toll revised by its victims' later deaths, the victims told by their wounds ("both shot")
    ("Two more men, both shot in the chest, died on Tuesday in hospital, bringing the toll to five.", "shot"),
    ("One of the injured men died of his wounds overnight, the hospital said.", "died"),
])
def test_a_riots_later_deaths_are_the_riot(later: str, trigger: str) -> None:
    text = RIOT.format(later=later)
    events = [told(text, "Violent demonstration", "Kisumu", "2025-05-05", trigger="burned tyres", day="Monday",
                   actor1=RIOTERS, fatalities=3),
              told(text, "Attack", "Kisumu", None, trigger=trigger, actor1="Unidentified Armed Group (Kenya)",
                   fatalities=2)]
    [one] = fold_occurrences(events, text)
    assert (one.sub_event_type, one.event_date, one.fatalities) == ("Violent demonstration", "2025-05-05", 3)


def test_a_new_shooting_after_a_riot_with_its_shooters_told_stays_apart() -> None:
    text = RIOT.format(later="On Tuesday, gunmen shot two traders dead there, bringing the week's toll to five.")
    second = told(text, "Attack", "Kisumu", "2025-05-06", trigger="shot", actor1="Unidentified Armed Group (Kenya)",
                  fatalities=2)
    at = text.index("gunmen")
    doers = Span(at, at + len("gunmen"), "gunmen")
    second = dataclasses.replace(second, evidence=dataclasses.replace(second.evidence, actor1=doers))
    first = told(text, "Violent demonstration", "Kisumu", "2025-05-05", trigger="burned tyres", day="Monday",
                 actor1=RIOTERS, fatalities=3)
    assert len(fold_occurrences([first, second], text)) == 2


def test_a_day_inside_the_fights_told_period_is_the_fight() -> None:
    # coder110: the lead tells a period ("earlier this week"), a later sentence one of its days and only its victims
    text = ("Six men were killed in two days of fighting between rival clans near Chala earlier this week. "
            "Four men were killed on Monday, most of them shot.")
    lead = dataclasses.replace(told(text, "Armed clash", "Chala", "2024-10-14", trigger="fighting",
                                    day="earlier this week", fatalities=6), date_value="2024-10-14/2024-10-19")
    victims = told(text, "Attack", "Chala", "2024-10-14", trigger="killed on Monday", day="Monday", fatalities=4)
    [one] = fold_occurrences([lead, victims], text)
    assert (one.sub_event_type, one.fatalities) == ("Armed clash", 6)
    # a day the text tells outside the period stays apart
    later = dataclasses.replace(victims, event_date="2024-10-21", date_value="2024-10-21")
    assert len(fold_occurrences([lead, later], text)) == 2
