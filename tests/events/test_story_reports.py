"""Whole reports where a sentence names no place and the story's place is carried to it (`events/story.py`):
team-written wire stories (tests/fixtures/story/) that tell a background paragraph, a side town, an official in
the capital or arrests after a protest between the lead and the unplaced sentence. Each checks where the unplaced
sentence's event goes (or that it joins an event told before it), not how its type is coded."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwatch.records import Event

STORIES = Path(__file__).resolve().parent.parent / "fixtures" / "story"


def _events(name: str) -> list[Event]:
    from eventwatch.api import process_document
    from eventwatch.readers import iter_documents
    from eventwatch.settings import Settings

    settings = Settings.load()
    [doc] = list(iter_documents([str(STORIES / name)], settings))
    return list(process_document(doc, settings).events)


def _at(events: list[Event], sentence: str) -> set[str | None]:
    """The places of the events coded from the sentence starting with `sentence`."""
    return {e.location for e in events if e.evidence.sentence.text.startswith(sentence)}


@pytest.mark.slow
def test_arrests_after_a_side_town_join_the_lead_protest() -> None:
    # the carry put "Police arrested 25 people" at Homa Bay, a town named only for its closed shops: an event of its own
    events = _events("kenya-2024-07-09-kisumu-tax-protest.txt")
    assert {e.location for e in events} == {"Kisumu"}
    assert "Arrests" not in {e.sub_event_type for e in events}  # part of the protest (a protest with intervention)


@pytest.mark.slow
def test_a_place_named_where_an_official_spoke_is_not_the_story_place() -> None:
    # "In Abuja, a defence ministry spokesman said ...": the carry put the looting and arrests in the capital
    events = _events("nigeria-2024-06-02-gajiram-village-raid.txt")
    assert _at(events, "Residents said the gunmen burned") <= {"Gajiram"}
    assert {e.location for e in events} == {"Gajiram"}


@pytest.mark.slow
def test_a_background_paragraph_does_not_become_the_story_place() -> None:
    # "Last week the RSF seized the town of Mellit": the shells that hit the hospital were a new event at Mellit
    events = _events("sudan-2024-05-20-el-fasher-market-shelling.txt")
    assert _at(events, "Shells also hit") <= {"El Fasher"}
    assert [e.location for e in events if e.sub_event_type.startswith("Shelling")] == ["El Fasher"]
    # "a town the army retook from the militants last year": the trucks were burned at the ambush, not at Bulo Burte
    events = _events("somalia-2024-09-14-beledweyne-ambush.txt")
    assert _at(events, "The militants also burned") == {"Beledweyne"}
    # "... gathered in Homa Bay for the funerals of two young men shot dead during protests last week"
    events = _events("kenya-2024-07-09-kisumu-protest-funerals.txt")
    assert "Homa Bay" not in {e.location for e in events if e.sub_event_type == "Arrests"}


@pytest.mark.slow
def test_the_carried_place_joins_the_event_its_sentence_retells() -> None:
    # the dateline town (main's fallback) made a second attack at Maiduguri out of the lead's Gamboru attack
    events = _events("nigeria-2024-03-12-gamboru-market-attack.txt")
    assert "Maiduguri" not in {e.location for e in events}
    assert [e.location for e in events if e.sub_event_type == "Attack"] == ["Gamboru"]
    # the crowds dispersed are the three towns' protests, not a fourth at the dateline's Islamabad
    events = _events("pakistan-2024-02-10-election-protests.txt")
    assert {e.location for e in events} == {"Lahore", "Peshawar", "Quetta"}


@pytest.mark.slow
def test_a_carried_retelling_with_no_actor_of_its_own_joins_the_lead() -> None:
    # filed from Bangkok: main folded "The aircraft dropped three bombs" (at the country) into the Magway strike; the
    # carry put it at Magway beside it, a second strike for its unnamed actor
    events = _events("myanmar-2024-02-05-magway-village-air-strike.txt")
    assert [e.location for e in events if e.sub_event_type == "Air/drone strike"] == ["Magway"]
