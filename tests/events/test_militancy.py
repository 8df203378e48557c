"""Armed militancy told in a violent event's own sentence (`events/militancy.py`): a political killing, militants named
as the doers, an act called terror. Team-written sentences; the trigger is the violent word given beside each."""

from __future__ import annotations

import pytest

from eventwatch.events.militancy import told_as_militancy


def _told(nlp, text: str, trigger: str) -> bool:  # type: ignore[no-untyped-def]
    start = text.index(trigger)
    return told_as_militancy(nlp, text, start, start + len(trigger))


@pytest.mark.parametrize(("text", "trigger"), [
    ("Terrorists killed fourteen worshippers at the shrine on Friday.", "killed"),
    ("Six farmers were shot dead by insurgents near the river.", "shot"),
    ("The terror attack on the bus station killed six shoppers.", "attack"),
    ("Police blamed the terrorist bombing of the market on a local cell.", "bombing"),
    ("Unknown men shot dead a local union leader outside his home.", "shot"),
    ("The deputy mayor was assassinated on his way to the council.", "assassinated"),
])
def test_militancy_told(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert _told(nlp, text, trigger)


@pytest.mark.parametrize(("text", "trigger"), [
    ("Gunmen shot a shopkeeper during a robbery on Tuesday.", "shot"),
    ("A man shot his neighbour dead after a quarrel.", "shot"),
    ("Robbers killed a night watchman at the warehouse.", "killed"),
    ("The attack on the farmhouse left two pensioners dead.", "attack"),
])
def test_crime_is_no_militancy(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert not _told(nlp, text, trigger)


def test_only_the_trigger_is_read(nlp) -> None:  # type: ignore[no-untyped-def]
    """Militants named elsewhere in the sentence do not make a robber's killing militancy."""
    text = "While the army hunted militants in the hills, a robber killed a trader in the town."
    assert not _told(nlp, text, "killed")
