"""An event its sentence does not place happened where the story was last (`events/story.py`), not at the dateline
town the reporter filed from; the dateline stays right for a story about its own town. Team-written reports."""

from __future__ import annotations

import pytest

from eventwatch.events.story import StoryPlace
from eventwatch.records import Dateline, Document, Place, Span


def _place(name: str, country: str, code: str = "PPL", span: str | None = None) -> Place:
    written = span or name
    return Place(name=name, latitude=0.0, longitude=0.0, country=country, feature_code=code,
                 span=Span(0, len(written), written))


def _doc(text: str, place: str | None, title: str | None = None) -> Document:
    return Document(raw=text, text=text, id="t", title=title, dateline=Dateline(place=place))


HOME = _place("Herat", "AF")


def test_the_story_place_carries_until_the_story_names_its_dateline_town() -> None:
    text = "HERAT, May 3 (Wire) - Gunmen attacked Farah.\n\nFighting went on.\n\nIn Herat, shops shut.\n\nTwo died."
    story = StoryPlace(_doc(text, "HERAT"), HOME, (0, 22))
    farah = _place("Farah", "AF")
    story.set([farah])
    assert story.at(text.index("Fighting")) == [farah]
    assert story.at(text.index("Two died")) == []  # "In Herat": the story is about its dateline town again


def test_a_headline_naming_the_dateline_town_keeps_the_dateline() -> None:
    text = "HERAT, May 3 (Wire) - Youths marched after a Kabul court ruled.\n\nThey threw stones at police."
    story = StoryPlace(_doc(text, "HERAT", title="Herat mourns its dead"), HOME, (0, 22))
    story.set([_place("Kabul", "AF")])
    assert story.at(text.index("They threw")) == []


def test_a_country_written_out_ends_the_story_place_and_a_people_does_not() -> None:
    story = StoryPlace(_doc("Gunmen attacked Farah.", None), None, None)
    farah = _place("Farah", "AF")
    story.set([farah])
    story.set([_place("Israel", "IL", "PCLI", span="Israeli")])  # "the Israeli army said": an actor
    story.set([_place("Afghanistan", "AF", "PCLI")])  # the story's own country
    assert story.at(100) == [farah]
    story.set([_place("Pakistan", "PK", "PCLI")])  # "In neighbouring Pakistan, ..."
    assert story.at(100) == []


def test_a_town_the_wounded_were_taken_to_is_not_the_story_place() -> None:
    text = "HERAT, May 3 (Wire) - Gunmen attacked Farah.\n\nThe wounded were flown to a hospital in Kandahar."
    story = StoryPlace(_doc(text, "HERAT"), HOME, (0, 22))
    farah = _place("Farah", "AF")
    story.set([farah])
    start = text.index("Kandahar")
    story.set([Place(name="Kandahar", latitude=0.0, longitude=0.0, country="AF", feature_code="PPLA",
                     span=Span(start, start + 8, "Kandahar"))])
    assert story.at(len(text)) == [farah]  # where what followed the attack happened, not where the story is


@pytest.mark.slow
def test_an_unplaced_event_goes_where_the_story_is_not_to_the_dateline(nlp) -> None:  # type: ignore[no-untyped-def]
    from eventwatch.events.assemble import ExtractEvents
    from eventwatch.settings import Settings

    stage = ExtractEvents(Settings.load(arbiter=False), nlp)
    text = ("HERAT, May 3, 2024 (Wire) - Gunmen attacked a police checkpoint in Farah on Sunday, killing four "
            "officers, officials said.\n\nThe attackers also set fire to two police vehicles before fleeing, a "
            "police spokesman said.")
    doc = Document(raw=text, text=text, id="a", published="2024-05-03", dateline=Dateline(place="HERAT"))
    places = {e.location for e in next(iter(stage.pipe([doc]))).events}
    assert places == {"Farah"}  # main put the vehicles' burning at the dateline's Herat

    text = ("HERAT, May 3, 2024 (Wire) - Protesters marched through Herat on Sunday after a court in Kabul jailed "
            "a local cleric.\n\nYouths threw stones at the police and set fire to a car, witnesses said.")
    doc = Document(raw=text, text=text, id="b", published="2024-05-03", dateline=Dateline(place="HERAT"))
    [riot] = [e for e in next(iter(stage.pipe([doc]))).events if e.evidence.sentence.text.startswith("Youths")]
    assert riot.location in ("Herat", "Herāt")  # the story is about its dateline town: the riot stays there

    text = ("KABUL, May 3, 2024 (Wire) - Gunmen attacked a checkpoint in Farah on Sunday, killing four officers."
            "\n\nThe wounded were rushed to the provincial hospital in Herat.\n\nThe attackers also set fire to two "
            "police vehicles before fleeing, a police spokesman said.")
    doc = Document(raw=text, text=text, id="c", published="2024-05-03", dateline=Dateline(place="KABUL"))
    [fire] = [e for e in next(iter(stage.pipe([doc]))).events if e.evidence.sentence.text.startswith("The attackers")]
    assert fire.location == "Farah"  # Herat is where the wounded were taken, not where the story is
