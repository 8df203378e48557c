"""A correction notice's retracted telling (`events/corrected.py`, the first step of `fold_occurrences`):
team-written notices whose sentence about the earlier article's error codes an event at the wrong place give only the
corrected event; a report quoting what an agency's report said, a story that corrects nothing, and a notice with no
other event keep their events."""

from __future__ import annotations

import dataclasses

from evidence_text import evidence_in

from eventwatch.events.occurrence import fold_occurrences
from eventwatch.records import Event, Span

TYPES = {"Attack": "Violence against civilians", "Mob violence": "Riots", "Peaceful protest": "Protests"}
PLACES = {"Kisumu": 1, "Eldoret": 2, "Tema": 3, "Kumasi": 4, "Mwanza": 5, "Arusha": 6}


def told(text: str, sub: str, place: str, *, trigger: str, country: str = "Kenya") -> Event:
    evidence = evidence_in(text, trigger, place=place)
    sentence = evidence.sentence  # a sentence starts after a paragraph's break too (the helper splits at ". ")
    start = text.rfind("\n", sentence.start, text.index(trigger)) + 1 or sentence.start
    evidence = dataclasses.replace(evidence, sentence=Span(start, sentence.end, text[start:sentence.end]))
    return Event(event_id=f"{sub}-{place}-{text.index(trigger)}", doc_id="d", event_type=TYPES[sub],
                 sub_event_type=sub, evidence=evidence, event_date="2026-03-01", date_value="2026-03-01",
                 time_precision=1, country=country, iso3=country[:3].upper(), admin1=place, location=place,
                 latitude=0.0, longitude=0.0, geo_precision=1, geonameid=PLACES[place])


def test_the_place_a_correction_retracts_is_no_event() -> None:
    text = ("CORRECTION - 3 March 2026\n\nAn article published on 2 March 2026 said that the traders attacked on "
            "Sunday were in Kisumu. They were in fact in Eldoret. We apologise for the error.\n\nA crowd beat two "
            "traders in Eldoret market on Sunday and set their stalls on fire.")
    events = [told(text, "Attack", "Kisumu", trigger="attacked"),
              told(text, "Mob violence", "Eldoret", trigger="beat")]
    assert [e.location for e in fold_occurrences(events, text)] == ["Eldoret"]


def test_an_earlier_version_of_the_story_is_retracted_in_other_words() -> None:
    text = ("An earlier version of this story stated that dock workers protested in Kumasi on Monday; the protest "
            "was held in Tema. Dock workers marched to the port authority's offices in Tema on Monday.")
    events = [told(text, "Peaceful protest", "Kumasi", trigger="protested", country="Ghana"),
              told(text, "Peaceful protest", "Tema", trigger="marched", country="Ghana")]
    assert [e.location for e in fold_occurrences(events, text)] == ["Tema"]


def test_a_report_that_quotes_an_agencys_report_keeps_its_events() -> None:
    # no correction: "A report published ... said" tells an event (an NGO's report), and nothing is retracted
    text = ("A report published on Monday by a rights group said that police beat protesters in Mwanza. Police "
            "dispersed a march in Arusha on Saturday.")
    events = [told(text, "Attack", "Mwanza", trigger="beat", country="Tanzania"),
              told(text, "Peaceful protest", "Arusha", trigger="dispersed", country="Tanzania")]
    assert [e.location for e in fold_occurrences(events, text)] == ["Mwanza", "Arusha"]


def test_an_article_that_said_something_in_a_story_that_corrects_nothing_is_kept() -> None:
    text = ("An article published on Monday said that a crowd attacked a bus in Kisumu. Police in Eldoret dispersed "
            "a march on Tuesday.")
    events = [told(text, "Attack", "Kisumu", trigger="attacked"),
              told(text, "Peaceful protest", "Eldoret", trigger="dispersed")]
    assert [e.location for e in fold_occurrences(events, text)] == ["Kisumu", "Eldoret"]


def test_a_correction_with_no_other_event_keeps_its_only_one() -> None:
    text = ("Correction: an article published on 2 March 2026 said that the attack took place in Kisumu on Sunday.")
    events = [told(text, "Attack", "Kisumu", trigger="attack")]
    assert [e.location for e in fold_occurrences(events, text)] == ["Kisumu"]
