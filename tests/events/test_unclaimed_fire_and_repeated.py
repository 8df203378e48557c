"""coder92 (issue 10, trial13's fix half): two story-sentence readings, each with team-written variants.

- Property set on fire with no one named who set it, and no crowd, armed group or harm to people, is ACLED's
  Looting/property destruction, not Mob violence (`staged.unclaimed_arson`).
- Repeated or recurrent events that people or a place "have suffered" or "have seen" are their history, not an
  occurrence (`perfect_repeated` in modality.toml).

Both are read in a story's sentences only (`code_sentence`); a short text read alone (`classify`, the arbiter's
training readings) keeps its reading, checked here too."""

from __future__ import annotations

import pytest
from test_staged import coded  # a story's sentence coded as `staged.py`'s tests code it

from eventwatch.events import EventCoder


@pytest.mark.parametrize("text", [
    "A ruling party office in the market town was set ablaze overnight.",
    "Two lorries were torched overnight near the depot in Kisumu.",
    "Last week, a wooden polling station at Mahebourg was set on fire in the early hours of Tuesday.",
    "Three buses belonging to a transport company were set alight at a depot in Bulawayo on Sunday night.",
    "The house of the district commissioner had been burned down before firefighters arrived.",
])
def test_an_unclaimed_fire_is_property_destruction(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(coder, nlp, text) == ["Looting/property destruction"]


@pytest.mark.parametrize(("text", "sub"), [
    # a crowd, a doer, or stones beside the fire: the riot stays
    ("Youths set fire to the office of the ruling party in Kumasi.", "Violent demonstration"),
    ("Two buses were torched by rioters in Kano.", "Mob violence"),
    ("Two men threw petrol bombs at buses parked in the depot.", "Mob violence"),
    ("A mob attacked the shop and it was set on fire.", "Mob violence"),
])
def test_a_fire_with_its_setters_stays(coder: EventCoder, nlp, text: str, sub: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(coder, nlp, text) == [sub]


def test_a_short_text_keeps_its_reading(coder: EventCoder, nlp) -> None:  # type: ignore[no-untyped-def]
    label = coder.classify(nlp("A ruling party office in the market town was set ablaze overnight."))
    assert label is not None and label[1] == "Mob violence", label


@pytest.mark.parametrize("text", [
    "Fishing villages along the lake shore have suffered repeated kidnappings by pirates.",
    "Farming communities in the district have seen recurrent raids by cattle thieves.",
    "The border town has faced repeated bombings by insurgents.",
    "Traders on the highway have endured recurring attacks by armed robbers.",
])
def test_repeated_events_a_place_has_suffered_are_its_history(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(coder, nlp, text) == []


@pytest.mark.parametrize("text", [
    # the doer's own repeated attacks this week are events; so is the simple past
    "Gunmen have carried out repeated attacks on the village this week.",
    "Farmers in the valley suffered repeated attacks by gunmen on Monday.",
    "Gunmen have kidnapped four fishermen off the coast of Idabato.",
])
def test_the_events_that_stay(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(coder, nlp, text) != []


@pytest.mark.parametrize("text", [
    # looting beside the fire is a rioting crowd's plunder; a fire set by debris or lava is no one's arson
    "Several stalls were looted and a minibus was set alight near the stadium.",
    "Dozens of houses in the hamlet were set ablaze by glowing rocks thrown out by the volcano.",
])
def test_a_fire_beside_looting_or_with_its_cause_is_no_unclaimed_arson(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(coder, nlp, text) == ["Mob violence"]  # the reading main gave them (riot_no_actor)
