"""The other side's dead told by a later sentence (`retelling._attack_of`): "Four of the attackers were killed" after
"Militants attacked a police post ..., killing five policemen" is one event with nine dead (ACLED counts every
death of an event, on both sides), whatever type the later sentence's own event took; a later sentence that tells
its own day, says it tells another occurrence, or whose count the attack's telling already gives stays as it was."""

from __future__ import annotations

import pytest
from evidence_text import evidence_in

from eventwatch.events.occurrence import fold_occurrences
from eventwatch.records import Event

TYPES = {"Armed clash": "Battles", "Attack": "Violence against civilians", "Disrupted weapons use":
         "Strategic developments", "Peaceful protest": "Protests"}


def told(text: str, sub: str, place: str, date: str, *, trigger: str, day: str | None = None,
         fatalities: int = 0, actor1: str | None = None) -> Event:
    """An event of `text` as the assembler builds it (its sentence, trigger and day's words)."""
    return Event(event_id=f"{sub}-{text.index(trigger)}", doc_id="d", event_type=TYPES[sub], sub_event_type=sub,
                 evidence=evidence_in(text, trigger, date=day), event_date=date, date_value=date, time_precision=1,
                 actor1=actor1, country="Somewhere", iso3="SMW", admin1="Province", location=place, latitude=0.0,
                 longitude=0.0, geo_precision=1, geonameid=hash(place) % 1000, fatalities=fatalities)


POST = ("Gunmen attacked an army post near Tillaberi late on Friday, killing six soldiers, the defence ministry said "
        "on Saturday. {}")


@pytest.mark.parametrize(("later", "sub"), [
    ("Eleven of the attackers were killed in the fighting.", "Armed clash"),
    ("Eleven of them were killed, the ministry said.", "Attack"),
    ("The ministry said that eleven of the assailants had been killed.", "Attack"),
])
def test_the_attackers_dead_are_the_attacks_toll(later: str, sub: str) -> None:
    text = POST.format(later)
    trigger = "killed"
    events = [told(text, "Armed clash", "Tillaberi", "2025-06-13", trigger="attacked", day="Friday", fatalities=6),
              told(text, sub, "Tillaberi", "2025-06-14", trigger=trigger, fatalities=11)]
    [one] = fold_occurrences(events, text)
    assert (one.sub_event_type, one.fatalities, one.event_date) == ("Armed clash", 17, "2025-06-13")


def test_one_sentence_told_as_two_events_adds_its_dead_once() -> None:
    text = POST.format("Eleven of them were killed and weapons were recovered, the ministry said.")
    events = [told(text, "Armed clash", "Tillaberi", "2025-06-13", trigger="attacked", day="Friday", fatalities=6),
              told(text, "Attack", "Tillaberi", "2025-06-14", trigger="killed", fatalities=11),
              told(text, "Disrupted weapons use", "Tillaberi", "2025-06-14", trigger="weapons were recovered",
                   fatalities=11)]
    [one] = fold_occurrences(events, text)
    assert one.fatalities == 17


@pytest.mark.parametrize("later", [
    "On Sunday, eleven of the attackers were killed in the hills.",  # a day of its own: another fight
    "In another raid, eleven of the attackers were killed.",  # says it is another occurrence
])
def test_another_occurrences_dead_stay_apart(later: str) -> None:
    text = POST.format(later)
    events = [told(text, "Armed clash", "Tillaberi", "2025-06-13", trigger="attacked", day="Friday", fatalities=6),
              told(text, "Armed clash", "Tillaberi", "2025-06-15", trigger="killed",
                   day="Sunday" if "Sunday" in later else None, fatalities=11)]
    assert sorted(e.fatalities for e in fold_occurrences(events, text)) == [6, 11]


def test_a_count_the_attack_already_gives_is_not_added_again() -> None:
    text = ("Gunmen attacked an army post near Tillaberi late on Friday, killing six soldiers and eleven of the "
            "attackers. Eleven of the attackers were killed in the fighting, the ministry said.")
    events = [told(text, "Armed clash", "Tillaberi", "2025-06-13", trigger="attacked", day="Friday", fatalities=17),
              told(text, "Armed clash", "Tillaberi", "2025-06-13", trigger="killed in", fatalities=11)]
    assert [e.fatalities for e in fold_occurrences(events, text)] == [17]


def test_a_protest_takes_no_dead_of_attackers() -> None:
    text = "Hundreds of traders marched in Tillaberi on Friday. Two of the attackers were killed in the fighting."
    events = [told(text, "Peaceful protest", "Tillaberi", "2025-06-13", trigger="marched", day="Friday"),
              told(text, "Armed clash", "Tillaberi", "2025-06-13", trigger="killed", fatalities=2)]
    assert len(fold_occurrences(events, text)) == 2


STORIES = [
    # (team-written report, the events it should give: sub-type, place, toll)
    ("Gunmen attacked a gendarmerie post in Kaya on Friday night, killing four gendarmes. Nine of the attackers were "
     "killed in the gunfight, the governor said.", [("Armed clash", "Kaya", 13)]),
    ("Insurgents stormed an army base near Mocímboa da Praia on Tuesday, killing three soldiers, the army said on "
     "Wednesday. Twelve of them were killed and weapons were recovered, a spokesman said.",
     [("Armed clash", "Mocímboa da Praia", 15)]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "wanted"), STORIES)
def test_team_written_reports_count_both_sides_once(text: str, wanted: list[tuple[str, str, int]]) -> None:
    from eventwatch.api import extract

    got = [(e.sub_event_type, e.location, e.fatalities) for e in extract(text, "2025-06-15")]
    assert got == wanted
