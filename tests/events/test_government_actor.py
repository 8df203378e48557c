"""A government word read as an actor: the state's forces when it qualifies them, nothing when it names a place."""

from __future__ import annotations

import pytest

from eventwatch.events.actors import find_actors


def _names(text: str) -> list[tuple[str, str]]:
    return [(f.name, text[f.start:f.end]) for f in find_actors(text)]


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday, government soldiers clashed with rebels outside the town.",
        "Government troops retook the hill after a two-day fight.",
        "Rebels shelled government positions overnight.",
    ],
)
def test_government_qualifying_a_force_is_the_military(text: str) -> None:
    names = [name for name, _ in _names(text)]
    assert "Military Forces of {country}" in names
    assert "Government of {country}" not in names


@pytest.mark.parametrize(
    "text",
    [
        "Leaders of both clans signed the pact at the district government offices on Friday.",
        "Jets struck a camp in the forest of Kagara local government area.",
        "A bomb went off near a checkpoint in the municipality of Rio Claro.",
        "The army opened a post in the same municipality on Monday.",
        "Rioters hurled stones at the governor's office.",
        "Youths set fire to the prime minister's office.",
    ],
)
def test_government_word_naming_a_place_is_no_actor(text: str) -> None:
    assert "Government of {country}" not in [name for name, _ in _names(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The government banned the rally.",
        "The municipality demolished 40 kiosks.",
        "The ministry suspended the permit.",
    ],
)
def test_government_body_acting_stays_the_government(text: str) -> None:
    assert [name for name, _ in _names(text)] == ["Government of {country}"]
