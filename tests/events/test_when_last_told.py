"""`events.when.last_told`: the day a sentence tells, carried to the next sentence of its paragraph, is never the
day a state began ("since Tuesday", "since the weekend"): "They handed over a petition and dispersed." after "On
Wednesday morning, ... marched ..., over cuts which have lasted since the weekend" is Wednesday's. Team-written
sentences in several countries and tenses."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwatch.dates import find_dates
from eventwatch.events.when import last_told

REPORT = dt.date(2025, 10, 8)  # a Wednesday


@pytest.mark.parametrize(("sentence", "wanted"), [
    # the weekend, a Monday, a day of the month after "since": the state's start, the sentence's own day is told
    ("On Wednesday morning, several hundred people marched to the town hall in Kara over the water cuts, which have "
     "hit the north since the weekend.", "2025-10-08"),
    ("On Tuesday, taxi drivers blocked the ring road in Arequipa, where fuel has been rationed since Monday.",
     "2025-10-07"),
    ("Students occupied the rectorate in Cebu City on Monday; lectures have been suspended since 1 October.",
     "2025-10-06"),
    # a sentence whose only day follows "since" tells none
    ("The road to Garissa has been closed since Sunday.", None),
    # a day told last, with no "since" before it, is carried as before
    ("Police said on Tuesday that the march had ended peacefully on Monday.", "2025-10-06"),
])
def test_the_day_a_state_began_is_not_carried(sentence: str, wanted: str | None) -> None:
    dates = [d for d in find_dates(sentence, REPORT) if d.span is not None]
    told = last_told(sentence, 0, dates)
    assert (told.first.isoformat() if told is not None else None) == wanted


@pytest.mark.slow
def test_a_wire_s_dispersal_after_a_state_s_start_is_the_march_s_day() -> None:
    from eventwatch.api import extract_texts

    text = ("MONROVIA, Oct. 8, 2025 - Youths burned tyres and threw stones at police in Monrovia on Tuesday "
            "night after a week without electricity, police said.\n\nOn Wednesday morning, several hundred people "
            "marched peacefully to the city hall in Buchanan over the same power cuts, which have affected the coast "
            "since the weekend. They handed over a petition and dispersed.")
    got = {(e.location, e.event_date) for e in extract_texts([text])[0]}
    assert ("Buchanan", "2025-10-08") in got
    assert not any(place == "Buchanan" and day != "2025-10-08" for place, day in got)
