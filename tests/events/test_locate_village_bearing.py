"""A town named only as the bearing of a village written before it ("in X, a village in Y district about 30 km south
of Z") is the reader's landmark, not the scene (`story.bearing_of_a_village`, geo59, issue 12): before, the town won
as the sentence's only town over the village read at its district, or became a second event beside it. A bearing
with no village word before it ("in X, about 30 km south of Z") still places the event at the town when X is not
found (`test_locate_desk_bearing.py`). Team-written sentences; the villages are invented."""

from __future__ import annotations

import pytest

from eventwatch.api import extract
from eventwatch.events.story import bearing_of_a_village
from eventwatch.records import Place, Span


def _located(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.location, e.evidence.place.text if e.evidence.place else None)
            for e in extract(text, published="2026-03-04")]


def test_the_village_not_its_bearings_town_locates_the_event() -> None:
    text = ("Soldiers clashed with militiamen on Sunday at Mbelenge, a small village in Rutshuru territory some 60 "
            "kilometres north of Goma, a local official said.")
    located = _located(text)
    assert [w for _, w in located] == ["Mbelenge"], located
    assert all(name != "Goma" for name, _ in located), located


def test_the_bearings_town_is_no_second_event_beside_the_villages_district() -> None:
    text = ("Gunmen killed five farmers on Tuesday in Tarsokoba, a village in Gwoza local government area about 30 km "
            "south of Maiduguri, residents said.")
    assert [name for name, _ in _located(text)] == ["Gwoza"]


def _town(text: str, name: str) -> Place:
    start = text.rindex(name)
    return Place(name=name, latitude=0.0, longitude=0.0, country="XX", feature_code="PPL",
                 span=Span(start, start + len(name), name))


@pytest.mark.parametrize(("text", "bearing"), [
    ("fighting in Tarsoko, a village in Moro district about 30 km east of Sadiya", True),
    ("fighting in Tarsoko, a remote hamlet 12 miles north-west of Sadiya", True),
    ("fighting in Tarsoko, about 30 km east of Sadiya", False),  # no village word: `bearing_to_desk`'s, if any
    ("fighting in Tarsoko, a village in Moro district, and in Sadiya", False),  # two scenes, no bearing
])
def test_a_bearing_counts_only_after_a_village_word(text: str, bearing: bool) -> None:
    assert bearing_of_a_village(text, _town(text, "Sadiya")) is bearing
