"""A part of the day with its article ("in the morning", "by mid-afternoon") is a bare time of day like "at noon":
it names no day, so the story's day dates it (`events.when._TIME_OF_DAY`, `lead_date`, `on_story_day`); "that
morning", "the next morning", "the previous night" point to a day and keep it. Team-written sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwatch.dates import find_dates
from eventwatch.events.when import lead_date, on_story_day, pick_date
from eventwatch.records import DateRef, Span

REF = dt.date(2024, 3, 14)  # a Thursday


def _day(value: str, text: str) -> DateRef:
    d = dt.date.fromisoformat(value)
    return DateRef(value=value, granularity="day", first=d, last=d, span=Span(0, len(text), text))


TUESDAY = _day("2024-03-12", "on Tuesday")


@pytest.mark.parametrize("text", [
    "the morning", "the afternoon", "the evening", "the night", "the mid-morning", "The Afternoon",
    "10 in the morning", "the late evening",
])
def test_a_part_of_the_day_with_its_article_takes_the_day_told(text: str) -> None:
    moved = on_story_day(_day(REF.isoformat(), text), (None, TUESDAY), REF)
    assert moved is not None and moved.value == "2024-03-12"


@pytest.mark.parametrize("text", [
    "that morning", "that same evening", "the next morning", "the previous night", "the night before",
    "the following afternoon", "this morning", "Thursday morning",
])
def test_a_part_of_the_day_that_points_to_a_day_keeps_it(text: str) -> None:
    kept = _day(REF.isoformat(), text)
    assert on_story_day(kept, (None, TUESDAY), REF) is kept


def _lead(text: str) -> str | None:
    ref = lead_date(text, find_dates(text, REF), REF, len(text))
    return ref.value if ref else None


@pytest.mark.parametrize(("lead", "day"), [
    # the statement's day, not the morning's (read as the report's day, the morning was the story's day)
    ("Gunmen stormed a village in Zamfara in the morning, killing four farmers, police said on Tuesday.",
     "2024-03-12"),
    ("Traders shut their stalls in Peshawar's old city in the afternoon, a union leader said on Wednesday.",
     "2024-03-13"),
    ("Militants will attack the convoy in the evening, officials warned.", None),
    ("Riot police dispersed students in Dhaka that morning.", "2024-03-14"),  # a day, the report's own
])
def test_a_part_of_the_day_is_no_leads_day(lead: str, day: str | None) -> None:
    assert _lead(lead) == day


@pytest.mark.parametrize(("text", "trigger", "value"), [
    # the morning is the verb's, the day last told (the report's here); Saturday is the arrest's
    ("Traders gathered outside the market in the morning after a vendor arrested on Saturday was found dead.",
     "gathered", "2024-03-14"),
    ("Villagers blocked the road to Kasese in the afternoon, days after a boy who went missing on Monday was buried.",
     "blocked", "2024-03-14"),
])
def test_within_its_sentence_a_part_of_the_day_competes_by_its_verb(nlp, text: str, trigger: str,  # type: ignore[no-untyped-def]
                                                                     value: str) -> None:
    doc = nlp(text)
    start = text.index(trigger)
    ref = pick_date(doc, 0, Span(start, start + len(trigger), trigger), find_dates(text, REF))
    assert ref is not None and ref.value == value
