"""A weekday alone told with a verb of the future names the coming day, not the last one (`events.when.ahead`):
"they would hold another rally on Saturday" is a plan, after the report, which the assembler drops, and its day is
no day a next sentence's event took place on. The finder dates a bare weekday in the week before the report, as
news tells the past. Team-written sentences in several wordings and tenses (dates42)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwatch.dates import find_dates
from eventwatch.events.when import ahead
from eventwatch.records import DateRef

REF = dt.date(2026, 1, 21)  # a Wednesday


def _weekday(text: str) -> DateRef:
    [day] = [d for d in find_dates(text, REF) if d.granularity == "day"]
    return day


@pytest.mark.parametrize("text", [
    "The organisers said they would hold another rally in Sofia on Saturday.",
    "Unions will march to the ministry on Friday.",
    "Teachers said they'll strike again on Monday.",
    "The opposition said it would stage a sit-in outside parliament Thursday.",
])
def test_a_weekday_with_a_future_verb_is_the_coming_one(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    day = _weekday(text)
    moved = ahead(nlp(text), 0, day, REF)
    assert moved is not None and moved.first > REF  # after the report: a plan
    if day.first <= REF:  # the finder's reading was the last such day ("would hold"): a week on
        assert moved.first - day.first == dt.timedelta(days=7)
    else:  # the finder read the coming one already ("will march"): kept
        assert moved == day


def test_the_finder_reads_would_as_the_past_week() -> None:
    # why `ahead` is needed: "would" after a past "said" is the past's future, which the finder does not see
    assert _weekday("The organisers said they would hold another rally in Sofia on Saturday.").first <= REF


@pytest.mark.parametrize("text", [
    "Several thousand people rallied in Sofia on Saturday.",
    "The workers, who had stopped work on Monday, said they would return.",  # the weekday's own verb is past
    "Police said on Tuesday that they would investigate.",  # the telling's day, told in the past
    "Protesters have gathered every evening since Saturday.",
])
def test_a_weekday_with_a_past_verb_is_kept(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    day = _weekday(text)
    assert ahead(nlp(text), 0, day, REF) == day


def test_a_calendar_date_or_no_reference_is_kept(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Unions will march on 3 January."
    [day] = find_dates(text, REF)
    assert ahead(nlp(text), 0, day, REF) == day
    weekday = _weekday("Unions will march on Friday.")
    assert ahead(nlp("Unions will march on Friday."), 0, weekday, None) == weekday
