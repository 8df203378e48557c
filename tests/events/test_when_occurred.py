"""The day a report gives its event by a verb of occurrence alone ("the raid took place in the early hours of
Monday"): the story's day for what the lead dates only by a statement and a detail paragraph only by an hour
(`events.when.occurred_day`, `said_on`). Team-written stories in several countries and wordings."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwatch.dates import find_dates
from eventwatch.events.when import occurred_day
from eventwatch.records import Event

REF = dt.date(2024, 3, 14)  # a Thursday


def _occurred(text: str, reference: dt.date | None = REF) -> str | None:
    dates = sorted((d for d in find_dates(text, reference) if d.span is not None),
                   key=lambda d: d.span.start if d.span else 0)
    ref = occurred_day(text, dates, reference)
    return ref.value if ref else None


@pytest.mark.parametrize(("text", "day"), [
    ("Police said the raid took place in the early hours of Monday.", "2024-03-11"),
    ("The ambush happened early on Wednesday, a soldier said.", "2024-03-13"),
    ("The clashes occurred late on Tuesday night near the market.", "2024-03-12"),
    ("Witnesses said this attack was carried out shortly before dawn on Sunday.", "2024-03-10"),
    ("The students' march took place on 12 March.", "2024-03-12"),
    ("The night's bombings took place on Wednesday.", "2024-03-13"),
])
def test_a_verb_of_occurrence_gives_the_storys_day(text: str, day: str) -> None:
    assert _occurred(text) == day


@pytest.mark.parametrize("text", [
    # another clause between the verb and the day: the day is that clause's
    "The protest took place after residents blocked the road on Tuesday.",
    # not the report's event: a funeral, a meeting
    "The funeral took place on Wednesday.",
    "The meeting took place on Tuesday.",
    # no day: a bare time, a day after the report, one more than a week before it, a month
    "The attack took place at around 2 a.m.",
    "The rally will take place on Saturday.",
    "The attack took place on 2 March.",
    "The attack took place in February.",
    # no verb of occurrence
    "The attack on Tuesday killed two.",
])
def test_no_storys_day(text: str) -> None:
    assert _occurred(text) is None


def test_no_report_day_no_occurred_day() -> None:
    assert _occurred("The raid took place on Monday.", None) is None


def _events(raw: str) -> list[Event]:
    from eventwatch.api import process_document
    from eventwatch.records import Document
    from eventwatch.settings import Settings

    return list(process_document(Document(raw=raw, origin="story.txt"), Settings.load()).events)


@pytest.mark.slow
@pytest.mark.parametrize(("raw", "day"), [
    # the lead dates the statement, the detail paragraph the hour, and a later line the day: the hour read against
    # the statement's day put Wednesday's ambush on Thursday
    ("GAROWE, March 14, 2024 — Gunmen killed three traders in an ambush on a minibus near Galkayo, police said on "
     "Thursday.\n\nThe attackers opened fire at around 6 a.m. and fled into the bush.\n\nA police officer said the "
     "ambush happened early on Wednesday.", "2024-03-13"),
    ("PESHAWAR, March 14, 2024 — Militants attacked a police checkpoint in Bannu overnight, killing two officers, "
     "officials said on Thursday.\n\nThe gunmen struck at about 2 a.m. with rifles and grenades.\n\nThe attack took "
     "place late on Tuesday night, a police spokesman said.", "2024-03-12"),
])
def test_the_occurred_day_dates_the_story(raw: str, day: str) -> None:
    events = _events(raw)
    assert events and {e.event_date for e in events} == {day}


@pytest.mark.slow
def test_a_funeral_day_dates_nothing() -> None:
    events = _events("PESHAWAR, March 14, 2024 — Militants attacked a police checkpoint in Bannu overnight, killing "
                     "two officers, officials said on Thursday.\n\nThe gunmen struck at about 2 a.m. with rifles and "
                     "grenades.\n\nThe funeral took place on Tuesday, a police spokesman said.")
    assert events and {e.event_date for e in events} == {"2024-03-14"}
