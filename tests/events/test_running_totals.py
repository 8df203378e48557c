"""Aggregate statistics are not events: cumulative tolls and running totals make no event, and their counts never
become an event's fatalities (`running_totals.toml`). Sentences written for this project."""

from __future__ import annotations

import pytest

import eventwatch

TOTALS = [
    "The conflict in the north-east, which began with an uprising in 2009, has killed more than 40,000 people, "
    "according to the United Nations.",
    "The insurgency in Borno has killed more than 40,000 people since 2009.",
    "Borno: 40,000 killed since 2009.",
    "Security forces in Kano have arrested 10,000 people so far.",
    "At least 300 civilians were killed in air raids in Sagaing over the past three months.",
    "More than 500 people have been abducted in Zamfara state this year.",
    "The overall death toll from the unrest in Dhaka has risen to 96.",
]
EVENTS = [
    ("Thousands of people marched in Nairobi on Friday in the largest protest since 2019.", "Peaceful protest", 0),
    ("Gunmen killed five villagers in Damboa on Monday in a conflict that has killed 40,000 people since 2009.",
     "Attack", 5),
    ("In July last year, gunmen killed nine people at a party in Salamanca, Mexico.", "Attack", 9),
    ("The army said it had killed 20 militants in an air strike near Gwoza on Tuesday.", "Air/drone strike", 20),
    ("Police arrested 12 students in Kisumu on Monday.", "Arrests", 0),
    ("Around 250 nurses demonstrated in Bonn for better pay and overall better working conditions.",
     "Peaceful protest", 0),
]


@pytest.mark.slow
@pytest.mark.parametrize("text", TOTALS)
def test_a_cumulative_toll_or_running_total_is_no_event(text: str) -> None:
    assert eventwatch.extract(text, published="2024-04-18") == []


@pytest.mark.slow
@pytest.mark.parametrize(("text", "sub_event_type", "fatalities"), EVENTS)
def test_an_event_beside_a_total_keeps_its_own_count(text: str, sub_event_type: str, fatalities: int) -> None:
    events = eventwatch.extract(text, published="2024-04-18")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [(sub_event_type, fatalities)]


def test_every_marker_has_its_why_and_an_example_that_matches() -> None:
    import tomllib
    from importlib import resources

    data = tomllib.loads(resources.files("eventwatch.data").joinpath("codebook/running_totals.toml").read_text())
    from eventwatch.events.totals import running_total_cues

    cues = running_total_cues()
    for entry, (pattern, _perfect) in zip(data["span_marker"], cues.markers, strict=True):
        assert entry["why"] and pattern.search(entry["example"]), entry["pattern"]
    assert data["aggregate_subjects"]["why"] and "conflict" in cues.subjects
