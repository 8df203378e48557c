"""trial11's fix-half type and non-event classes as general rules (coder87, issue 10), each with team-written
variants in other countries, words and tenses:

- a call for a gathering still to come ("called for a vigil on Saturday", "urged members to join a go-slow") is no
  protest yet (`claimants.calls_for_gathering`, `call_words` and `called_gatherings` in modality.toml);
- officers or soldiers hurt, told with no one who hurt them ("one officer was lightly injured"), count the force's
  losses in an event told beside it: no Attack by the force (`EventCoder._force_hurt_only`, `force_hurt_verbs` and
  `force_members` in modality.toml)."""

from __future__ import annotations

import pytest

from eventwatch.api import extract


def types(text: str, published: str = "2025-06-10") -> list[str]:
    """The sub-event types of the report's events."""
    return [e.sub_event_type for e in extract(text, published=published)]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "A group of Soweto residents called for a candlelight vigil on Friday.",
    "Students at the University of Nairobi called on Monday for a nationwide strike next week.",
    "Farmers in the Kharkiv region have urged their neighbours to join a tractor blockade next Tuesday.",
    "An association of Lyon tenants is calling for a march on the town hall on Saturday.",
])
def test_call_for_a_gathering_to_come_is_no_protest(text: str) -> None:
    assert types(text) == []


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Hundreds of residents marched in Kibera on Monday, calling for a general strike.",
    "Dozens of nurses gathered outside the hospital in Lusaka on Tuesday, calling for unpaid wages.",
])
def test_gathering_that_calls_stays_a_protest(text: str) -> None:
    assert types(text) == ["Peaceful protest"]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    ("The police said a trooper was lightly injured and three men were held.", []),
    ("Police said two constables were injured and four youths were arrested.", ["Arrests"]),
    ("Two gendarmes were slightly hurt, the prefecture said.", []),
])
def test_forces_hurt_alone_are_no_attack(text: str, expected: list[str]) -> None:
    assert types(text) == expected


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "A police officer was wounded by gunmen in Peshawar on Monday.",
    "A police officer was shot dead in Peshawar on Monday.",
    "Two soldiers were injured when a roadside bomb exploded near Bannu on Tuesday.",
    "Two police constables were wounded when unidentified armed men opened fire on a checkpoint near Maiduguri.",
    "A bank guard was injured when three unidentified gunmen fired at a branch in Kano on Friday.",
])
def test_forces_hurt_by_someone_stay_an_event(text: str) -> None:
    assert types(text)
