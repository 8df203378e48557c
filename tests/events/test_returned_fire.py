"""A side's answering fire told in a later sentence (`returned_fire.fold_returned_fire`): "Soldiers returned fire and
killed four of the attackers" after the attack on their post is that fight told again, one armed clash with every
death of both sides; a raid's killing answered by "officers fired back" is one armed clash with the raid's toll and
day. Team-written reports; a later sentence that says it tells another incident, names another weekday or opens a
column item of its own stays an event of its own."""

from __future__ import annotations

import pytest

_POST = ("NIAMEY, March 6, 2026 (wire) - Three soldiers were killed when gunmen on motorbikes attacked an army post "
         "near Tillaberi on Friday, the defence ministry said.\n\n")


@pytest.mark.slow
def test_answering_fire_at_another_place_word_is_the_clash() -> None:
    from eventwatch.api import extract_texts

    text = _POST + ("Soldiers returned fire and killed four of the attackers before the rest fled north towards "
                    "Ayorou, the ministry said.")
    events = extract_texts([text])[0]
    assert [(e.sub_event_type, e.location, e.fatalities) for e in events] == [("Armed clash", "Tillabéri", 7)]


@pytest.mark.slow
def test_a_raid_answered_by_fire_is_one_clash() -> None:
    from eventwatch.api import extract_texts

    text = ("LAGOS, June 3, 2025 (wire) - At least nine people were killed in a police raid on a market district of "
            "Port Harcourt on Tuesday, state officials said.\n\nPolice said gang members opened fire and officers "
            "fired back during a shootout that lasted two hours.")
    events = extract_texts([text])[0]
    assert [(e.sub_event_type, e.location, e.fatalities, e.event_date) for e in events] == [
        ("Armed clash", "Port Harcourt", 9, "2025-06-03")]


_APART = [
    # another incident said in words
    _POST + "In a separate incident, soldiers returned fire and killed four gunmen near Niamey, the ministry said.",
    # another weekday named, though no day of it was read as the event's
    _POST + "On Wednesday, soldiers returned fire and killed four of the attackers near Niamey, the ministry said.",
    # a column item of its own
    "Security briefs\n\nTILLABERI: Three soldiers were killed when gunmen on motorbikes attacked an army post near the "
    "town on Friday, the defence ministry said.\n\nNIAMEY: Police returned fire and killed two robbers who had "
    "attacked a bank van in the capital on Friday, police said.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", _APART)
def test_answering_fire_of_another_fight_stays_apart(text: str) -> None:
    from eventwatch.api import extract_texts

    events = extract_texts([text])[0]
    assert sorted(e.location or "" for e in events) == ["Niamey", "Tillabéri"]
