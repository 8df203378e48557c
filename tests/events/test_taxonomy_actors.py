"""Interaction codes and the naming of actors per country."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwatch.events import ActorMention, fill_country, interaction, resolve_actor
from eventwatch.events.actors import find_actors


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [(1, 8, 18), (8, 1, 18), (7, 3, 37), (6, None, 60), (None, 2, 20), (None, None, 0), (1, 1, 11), (8, 0, 80)],
)
def test_interaction(a: int | None, b: int | None, expected: int) -> None:
    assert interaction(a, b) == expected


@given(st.integers(1, 8), st.integers(1, 8))
def test_interaction_is_symmetric_and_smallest_first(a: int, b: int) -> None:
    code = interaction(a, b)
    assert code == interaction(b, a)
    assert code // 10 <= code % 10


def test_foreign_state_forces_are_external() -> None:
    russian = find_actors("Russian forces shelled the village.")[0]
    mention = ActorMention(russian.name, russian.inter, None)
    assert resolve_actor(mention, "Ukraine").inter == 8
    assert resolve_actor(mention, "Russia").inter == 1
    assert resolve_actor(mention, "Russia").name.startswith("Military Forces of Russia (")


def test_placeholder_is_filled_with_the_event_country() -> None:
    actor = resolve_actor(ActorMention("Military Forces of {country}", 1, None), "Iran")
    assert actor.name == "Military Forces of Iran (1989-)"
    assert actor.inter == 1
    assert resolve_actor(ActorMention("Protesters ({country})", 6, None), "Chile").name == "Protesters (Chile)"
    assert resolve_actor(ActorMention("Protesters ({country})", 6, None), None).name == "Protesters"
    assert fill_country("Students ({country})", "Kenya") == "Students (Kenya)"


@pytest.mark.parametrize(
    ("text", "name", "inter"),
    [
        ("Al Shabaab militants stormed the base.", "Al Shabaab", 2),
        ("Unknown gunmen opened fire.", "Unidentified Armed Group ({country})", 3),
        ("Fulani herdsmen attacked the farmers.", "Communal Militia ({country})", 4),
        ("An off-duty police officer was shot.", "Civilians ({country})", 7),
        ("Saudi-led coalition jets struck the port.", "Operation Restoring Hope", 8),
        # a country before "People's Defence Forces" is that country's army, not Myanmar's local PDF
        ("UPDF soldiers repulsed cattle rustlers near Moroto.", "Military Forces of Uganda (1986-)", 1),
        ("The Uganda People's Defence Forces shelled a rebel camp.", "Military Forces of Uganda (1986-)", 1),
        ("A People's Defence Force unit ambushed a convoy near Sagaing.", "PDF: People's Defense Force", 3),
    ],
)
def test_actor_dictionary(text: str, name: str, inter: int) -> None:
    first = find_actors(text)[0]
    assert (first.name, first.inter) == (name, inter)


@pytest.mark.parametrize("country", ["Iran", "Iran, Islamic Republic of", "IR", "IRN"])
def test_country_given_as_name_or_code_gives_acled_names(country: str) -> None:
    assert resolve_actor(ActorMention("Military Forces of {country}", 1, None), country).name == (
        "Military Forces of Iran (1989-)"
    )
    assert fill_country("Youth ({country})", country) == "Youth (Iran)"
    foreign = resolve_actor(ActorMention("Military Forces of the United States (2021-)", 1, None), country)
    assert foreign.inter == 8


@pytest.mark.parametrize("country", ["Palestine", "Palestine, State of", "PS", "PSE"])
def test_a_country_outside_the_codebook_is_named_as_acled_spells_it(country: str) -> None:
    # ISO's "Palestine, State of" is no ACLED actor's country; the shared table of ACLED's spellings says "Palestine"
    assert fill_country("Civilians ({country})", country) == "Civilians (Palestine)"
    assert resolve_actor(ActorMention("Rioters ({country})", 5, None), country).name == "Rioters (Palestine)"


def test_the_central_african_republics_forces_carry_acleds_article_and_period() -> None:
    army = resolve_actor(ActorMention("Military Forces of {country}", 1, None), "Central African Republic")
    assert (army.name, army.inter) == ("Military Forces of the Central African Republic (2016-)", 1)
    assert resolve_actor(ActorMention("Police Forces of {country}", 1, None), "CF").name == (
        "Police Forces of the Central African Republic (2016-)")


def test_forces_of_the_event_country_stay_state_forces_under_any_spelling() -> None:
    drc = ActorMention("Military Forces of the Democratic Republic of Congo (2019-)", 1, None)
    assert resolve_actor(drc, "Congo, The Democratic Republic of the").inter == 1
    assert resolve_actor(drc, "COD").inter == 1
    assert resolve_actor(drc, "Uganda").inter == 8


def test_taliban_are_state_forces_only_from_15_august_2021() -> None:
    from eventwatch.events.actors import find_actors, mention

    text = "Taliban fighters attacked the district centre."
    found = [f for f in find_actors(text) if "Afghanistan" in f.name]
    assert found
    m = mention(found[0], text)
    assert resolve_actor(m, "Afghanistan", "2022-03-01").inter == 1
    before = resolve_actor(m, "Afghanistan", "2021-06-10")
    assert (before.name, before.inter) == ("Taliban", 2)


def test_a_generic_force_word_after_a_named_group_is_its_head_noun() -> None:
    [naf] = [f for f in find_actors("NAF forces shelled the village.")]
    assert naf.name.startswith("NAF") and naf.end == len("NAF forces")
    assert all(f.name.startswith("Military Forces of Russia") for f in find_actors("Russian forces shelled it."))
