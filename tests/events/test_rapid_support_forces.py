"""Sudan's Rapid Support Forces (actors.csv, actor_periods.csv, `name_only_actors`): one actor under the words
"paramilitary", "Rapid Support Forces" and "RSF", a state force until 15 April 2023 and a rebel group from then, and
the media group Reporters Without Borders (also "RSF") no armed actor. Every sentence here is team-written."""

from __future__ import annotations

import pytest

from eventwatch.events import resolve_actor
from eventwatch.events.actors import find_actors, mention

_RSF = "Rapid Support Forces"


@pytest.mark.parametrize("text", [
    "Fighters of the paramilitary Rapid Support Forces stormed a village at dawn.",
    "The paramilitary RSF shelled the camp, witnesses said.",
    "Paramilitaries of the Rapid Support Forces (RSF) broke up the sit-in.",
    "Sudan's paramilitary Rapid Support Forces took the town.",
])
def test_paramilitary_describes_the_rsf_not_the_army(text: str) -> None:
    found = find_actors(text)
    assert [f.name for f in found] == [_RSF]
    assert "paramilitar" in text[found[0].start:found[0].end].lower()  # the army's row does not take the word


@pytest.mark.parametrize(("day", "name", "inter"), [
    ("2022-06-01", "Military Forces of Sudan (2019-) Rapid Support Forces", 1),
    ("2023-04-14", "Military Forces of Sudan (2019-) Rapid Support Forces", 1),
    ("2023-04-15", _RSF, 2),
    ("2026-05-20", _RSF, 2),
])
def test_the_rsf_are_a_state_force_until_15_april_2023(day: str, name: str, inter: int) -> None:
    text = "The army said the RSF attacked a market in the city."
    [rsf] = [f for f in find_actors(text) if f.name == _RSF]
    actor = resolve_actor(mention(rsf, text), "Sudan", day)
    assert (actor.name, actor.inter) == (name, inter)


@pytest.mark.parametrize("text", [
    "Reporters Without Borders (RSF) condemned the arrest of two reporters.",
    "RSF said press freedom had worsened across the region.",
    "According to RSF, three journalists were detained last year.",
])
def test_reporters_without_borders_is_no_armed_actor(text: str) -> None:
    assert all(f.name != _RSF for f in find_actors(text))


def test_the_rsf_row_feeds_no_cue_group() -> None:
    """Named only: the force words keep the reading they had before the row (the generic state-force row), so the
    rules and the arbiter's features read the sentence as before."""
    text = "Fighters of the paramilitary Rapid Support Forces stormed a village at dawn."
    cues = find_actors(text, cues=True)
    assert cues and all(f.name == "Military Forces of {country}" for f in cues)
