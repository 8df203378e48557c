"""An event its sentence does not place happened where the story was last (`events/story.py`), not at the dateline
town the reporter filed from; the dateline stays right for a story about its own town. Team-written reports."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwatch.events.story import StoryPlace
from eventwatch.records import Dateline, DateRef, Document, Event, Evidence, Place, Span


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


def _day(value: str) -> DateRef:
    day = dt.date.fromisoformat(value)
    return DateRef(value=value, granularity="day", first=day, last=day)


def test_a_background_sentence_leaves_the_story_place() -> None:
    story = StoryPlace(_doc("Gunmen attacked Farah.", None), None, None)
    farah, herat = _place("Farah", "AF"), _place("Herat", "AF")
    story.set([farah], lead=dt.date(2024, 5, 3))
    last_week = DateRef(value="2024-W17", granularity="week", first=dt.date(2024, 4, 22), last=dt.date(2024, 4, 28))
    story.set([herat], dates=[last_week], lead=dt.date(2024, 5, 3))  # "Last week the Taliban seized Herat"
    assert story.at(100) == [farah]
    story.set([herat], dates=[_day("2024-05-02")], lead=dt.date(2024, 5, 3))  # the day before: the story's own
    assert story.at(100) == [herat]


def test_a_place_where_something_was_said_is_not_the_story_place() -> None:
    text = "Gunmen attacked Farah.\n\nIn Kabul, a spokesman said troops were sent."
    story = StoryPlace(_doc(text, None), None, None)
    farah = _place("Farah", "AF")
    story.set([farah])
    start = text.index("Kabul")
    kabul = Place(name="Kabul", latitude=0.0, longitude=0.0, country="AF", feature_code="PPLC",
                  span=Span(start, start + 5, "Kabul"))
    story.set([kabul], said=[Span(start, start + 5, "Kabul")])
    assert story.at(len(text)) == [farah]


def _event(sub_type: str, event_type: str, day: str) -> Event:
    return Event(event_id=sub_type, doc_id="t", event_date=day, sub_event_type=sub_type, event_type=event_type,
                 evidence=Evidence(sentence=Span(0, 1, "x")))


def test_unplaced_arrests_join_the_lead_protest_not_a_side_town() -> None:
    kisumu, homa_bay = _place("Kisumu", "KE"), _place("Homa Bay", "KE")
    protest = _event("Protest with intervention", "Protests", "2024-07-09")
    assert StoryPlace.host([homa_bay], "Arrests", _day("2024-07-09"), [(protest, kisumu)]) == [kisumu]
    # a host at the carried place keeps it; a lead that is no host, or of another week, leaves the carry alone
    assert StoryPlace.host([homa_bay], "Arrests", _day("2024-07-09"), [(protest, kisumu), (protest, homa_bay)]) \
        == [homa_bay]
    looting = _event("Looting/property destruction", "Strategic developments", "2024-07-09")
    assert StoryPlace.host([homa_bay], "Arrests", _day("2024-07-09"), [(looting, kisumu), (protest, kisumu)]) \
        == [homa_bay]
    assert StoryPlace.host([homa_bay], "Arrests", _day("2024-07-20"), [(protest, kisumu)]) == [homa_bay]
    assert StoryPlace.host([homa_bay], "Attack", _day("2024-07-09"), [(protest, kisumu)]) == [homa_bay]


@pytest.mark.slow
def test_a_locative_on_a_verb_of_saying_is_where_it_was_said(nlp) -> None:  # type: ignore[no-untyped-def]
    from eventwatch.events.locate import said_at_spans

    said = [s.text for s in said_at_spans(nlp("In Abuja, a defence ministry spokesman said troops were sent."), 0)]
    assert said == ["Abuja"]
    said = [s.text for s in said_at_spans(nlp("The minister told reporters in Bamako that the army was ready."), 0)]
    assert said == ["Bamako"]
    assert said_at_spans(nlp("Gunmen killed eight people in Gajiram, residents said."), 0) == []


def test_a_carried_retelling_by_an_unnamed_actor_is_the_story_event() -> None:
    from eventwatch.events.story import retold

    told = {("2024-02-04", "Magway", "Air/drone strike", "Military Forces of Myanmar (2021-)"): None}
    assert retold(("2024-02-04", "Magway", "Air/drone strike", "Unidentified Armed Group (Myanmar)"), told)
    assert retold(("2024-02-04", "Magway", "Air/drone strike", None), told)
    assert not retold(("2024-02-04", "Magway", "Air/drone strike", "Arakan Army"), told)  # an actor of its own
    assert not retold(("2024-02-03", "Magway", "Air/drone strike", None), told)  # another day
    assert not retold(("2024-02-04", "Pauk", "Air/drone strike", None), told)  # another place
