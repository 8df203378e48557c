"""One state force named by several dictionary words in a row (`actors._same_force`): the words of one noun phrase
are one actor, so a force is never its own opponent; forces of another kind or country stay apart. And a country's
adjective before its positions names its forces (`_EVENT_NOUNS`). Team-written sentences."""

from __future__ import annotations

import pytest

from eventwatch.events.actors import find_actors


def _named(text: str) -> list[tuple[str, str]]:
    return [(f.name, text[f.start:f.end]) for f in find_actors(text)]


@pytest.mark.parametrize(("text", "words"), [
    ("Regime forces shelled the village of Kafr Nabl on Monday.", "Regime forces"),
    ("Army troops opened fire on a convoy near the border.", "Army troops"),
    ("Police forces fired tear gas at the march.", "Police forces"),
])
def test_force_words_in_a_row_are_one_actor(text: str, words: str) -> None:
    found = _named(text)
    assert len(found) == 1 and found[0][1] == words


def test_a_country_adjective_and_two_force_words_are_that_country_s_one_force() -> None:
    assert _named("Iraqi army soldiers raided a farm outside the town.") == [
        ("Military Forces of Iraq (2020-)", "Iraqi army soldiers")]


def test_a_country_adjective_before_police_names_that_country_s_police() -> None:
    found = _named("Kenyan police arrested two traders at the market.")
    assert [name for name, _ in found] == ["Police Forces of Kenya (2013-)"]


def test_forces_of_another_kind_or_country_stay_apart() -> None:
    assert len(_named("Military police detained a student at the gate.")) == 2
    assert [name for name, _ in _named("Russian forces shelled Ukrainian forces near the river.")] == [
        "Military Forces of Russia (2000-)", "Military Forces of Ukraine (2019-)"]


def test_a_country_adjective_before_positions_names_its_forces() -> None:
    assert [name for name, _ in _named("Russian troops shelled Ukrainian positions east of the town.")] == [
        "Military Forces of Russia (2000-)", "Military Forces of Ukraine (2019-)"]
