"""The story's day for what a report tells without a day of its own, and the earlier days of a demonstration told
on its second or third day (`events.when.lead_date`, `on_story_day`, `continuing_days`). Team-written stories."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwatch.dates import find_dates
from eventwatch.events.continuing import continuing_days
from eventwatch.events.mentions import ActorMention, EventMention
from eventwatch.events.when import lead_date, on_story_day
from eventwatch.records import DateRef, Span

REF = dt.date(2024, 3, 14)  # a Thursday


def _lead(text: str, reference: dt.date | None = REF) -> str | None:
    ref = lead_date(text, find_dates(text, reference), reference, len(text))
    return ref.value if ref else None


@pytest.mark.parametrize(("lead", "day"), [
    ("Dock workers walked off the job at the port on Tuesday, and the strike turned violent by nightfall.",
     "2024-03-12"),
    ("Students marched on parliament on 13 March to demand lower fees.", "2024-03-13"),
    # not a story's day: a bare time, a state's start, the ends of a roundup's span, a day too far back, one ahead
    ("Dock workers walked off the job at the port overnight.", None),
    ("Dock workers have blocked the port since Tuesday.", None),
    ("Here are the incidents reported from Monday to Wednesday.", None),
    ("Dock workers marched through the port on 2 March to demand higher pay.", None),
    ("Dock workers will march on Saturday.", None),
])
def test_the_leads_day(lead: str, day: str | None) -> None:
    assert _lead(lead) == day


def test_no_report_day_no_story_day() -> None:
    assert _lead("Dock workers walked off the job at the port on Tuesday.", None) is None


def _day(value: str, text: str = "x", granularity: str = "day") -> DateRef:
    d = dt.date.fromisoformat(value)
    return DateRef(value=value, granularity=granularity, first=d, last=d, span=Span(0, len(text), text))  # type: ignore[arg-type]


def test_a_bare_time_of_day_takes_the_day_told_last() -> None:
    tuesday = _day("2024-03-12", "on Tuesday evening")
    at_ten = _day(REF.isoformat(), "shortly before 10 p.m.")
    moved = on_story_day(at_ten, (None, tuesday), REF)
    assert moved is not None and moved.value == "2024-03-12" and moved.span == at_ten.span
    # the paragraph's own last day comes first; a time the report's day did not place, a named day, a day told
    # that is itself a bare time or not before the report, move nothing
    wednesday = _day("2024-03-13", "on Wednesday")
    assert on_story_day(at_ten, (wednesday, tuesday), REF).value == "2024-03-13"  # type: ignore[union-attr]
    assert on_story_day(_day("2024-03-13", "at noon"), (None, tuesday), REF).value == "2024-03-13"  # type: ignore[union-attr]
    assert on_story_day(_day(REF.isoformat(), "on Thursday"), (None, tuesday), REF).value == REF.isoformat()  # type: ignore[union-attr]
    assert on_story_day(_day(REF.isoformat(), "at noon"), (None, tuesday), REF).value == "2024-03-12"  # type: ignore[union-attr]
    assert on_story_day(at_ten, (_day("2024-03-12", "overnight"),), REF) is at_ten
    assert on_story_day(at_ten, (_day(REF.isoformat(), "on Thursday"),), REF) is at_ten
    assert on_story_day(None, (tuesday,), REF) is None


def _mention(event_type: str, sub_event_type: str) -> EventMention:
    return EventMention(event_type, sub_event_type, Span(0, 5, "fired"), ActorMention("Protesters", 6),
                        ActorMention("Police", 1), None, "Police", 2, None, False, 0.9)


@pytest.mark.parametrize(("sentence", "days"), [
    ("Police fired tear gas at farmers who had blocked the bypass for a second day.", ["2024-03-12"]),
    ("For the third consecutive day, farmers blocked the bypass.", ["2024-03-11", "2024-03-12"]),
    ("Farmers blocked the bypass for a fourth straight day.", ["2024-03-10", "2024-03-11", "2024-03-12"]),
    ("Farmers blocked the bypass, a second day in a row.", ["2024-03-12"]),
    ("Farmers blocked the bypass on Wednesday.", []),
    ('Farmers chanted "for a second day we wait" on the bypass.', []),  # in quotes: a slogan
])
def test_a_demonstration_told_on_its_nth_day_was_on_the_days_before(sentence: str, days: list[str]) -> None:
    told = _day("2024-03-13", "on Wednesday")
    earlier = continuing_days(_mention("Protests", "Protest with intervention"), Span(100, 100 + len(sentence),
                                                                                         sentence), told)
    assert [d.value for _, d in earlier] == days
    for mention, day in earlier:  # a peaceful protest: the intervention and the deaths are of the day told
        assert (mention.sub_event_type, mention.actor2, mention.fatalities) == ("Peaceful protest", None, 0)
        assert day.span is not None and sentence[day.span.start - 100:].startswith(day.span.text)


def test_only_demonstrations_continue_and_only_from_a_day() -> None:
    sentence = "Gunmen attacked the convoy as the road stayed closed for a second day."
    span = Span(0, len(sentence), sentence)
    assert continuing_days(_mention("Battles", "Armed clash"), span, _day("2024-03-13")) == []
    riot = continuing_days(_mention("Riots", "Violent demonstration"), span, _day("2024-03-13"))
    assert [(m.sub_event_type, m.actor2 is not None, m.fatalities, d.value) for m, d in riot] == [
        ("Violent demonstration", True, 0, "2024-03-12")]
    assert continuing_days(_mention("Riots", "Violent demonstration"), span, _day("2024-W11", granularity="week")) == []
    assert continuing_days(_mention("Riots", "Violent demonstration"), span, None) == []


# -- end to end: a report's detail paragraphs and bare times on the story's day ---------------------------------
STRIKE = (
    "MOMBASA, March 14, 2024 (Wire) – Thousands of dock workers walked off the job at the port of Mombasa on "
    "Tuesday to demand higher pay, and the strike turned violent in Likoni, where police fired tear gas at crowds "
    "blocking the ferry road.\n\n"
    "Dock workers in Likoni hurled stones at police and set fire to two warehouses, the port police said.\n\n"
    "Police moved in shortly before 10 p.m. and cleared the road, residents said."
)


@pytest.mark.slow
def test_a_detail_paragraph_is_of_the_leads_day() -> None:
    from eventwatch.api import extract

    events = extract(STRIKE)
    riots = [e for e in events if e.event_type == "Riots"]
    assert riots and {e.event_date for e in riots} == {"2024-03-12"}  # not the report's Thursday, week precision
    assert all(e.event_date != "2024-03-14" for e in events)


BLOCKADE = (
    "QUITO, March 14, 2024 – Police fired tear gas on Wednesday to clear hundreds of farmers who had blocked the "
    "Pan-American highway outside Latacunga for a second day, demanding lower fuel prices.\n\n"
    "Farmers in Ambato held a peaceful march on Thursday."
)


@pytest.mark.slow
def test_a_blockade_told_on_its_second_day_is_an_event_of_the_first_too() -> None:
    from eventwatch.api import extract

    days = sorted((e.event_date, e.sub_event_type) for e in extract(BLOCKADE) if e.location == "Latacunga")
    assert ("2024-03-12", "Peaceful protest") in days and any(d == "2024-03-13" for d, _ in days)
