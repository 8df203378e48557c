"""The story's day when the lead names none: the earliest day the next paragraph tells ("Armed bandits abducted
dozens ... in a night raid" / "The gunmen arrived at around 11 p.m. on Saturday ..., a resident told reporters on
Sunday"), `events.when.told_next`. Team-written stories in several countries, wordings and tenses."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwatch.dates import find_dates
from eventwatch.events.when import told_next
from eventwatch.records import Event
from eventwatch.sentences import paragraph_starts

REF = dt.date(2024, 3, 14)  # a Thursday


def _told(text: str, reference: dt.date | None = REF) -> str | None:
    dates = sorted((d for d in find_dates(text, reference) if d.span is not None),
                   key=lambda d: d.span.start if d.span else 0)
    starts = paragraph_starts(text)
    ref = told_next(text, dates, reference, starts[1], starts[2] if len(starts) > 2 else len(text))
    return ref.value if ref else None


@pytest.mark.parametrize(("text", "day"), [
    ("Gunmen abducted eleven farmers from their fields in a raid on a village, officials said.\n\n"
     "The attackers came at around 5 p.m. on Tuesday, a villager told reporters on Wednesday.", "2024-03-12"),
    ("Rebels have seized a mining town in the east of the country after a day of fighting.\n\n"
     "Residents said the fighters entered the town on Monday afternoon and the army withdrew overnight.",
     "2024-03-11"),
    # the statement's day comes first in the paragraph; the event's day is still the earliest
    ("Police fired tear gas at hundreds of traders protesting against new market fees.\n\n"
     "On Wednesday the police said officers had acted after the crowd blocked the road on Tuesday morning.",
     "2024-03-12"),
    ("Soldiers clashed with smugglers near the border post, leaving two dead.\n\n"
     "The clash began shortly before midnight on 10 March, a customs official said.", "2024-03-10"),
])
def test_the_next_paragraph_gives_the_day(text: str, day: str) -> None:
    assert _told(text) == day


@pytest.mark.parametrize("text", [
    # the lead tells a time itself (a week, a span of days): a roundup whose next paragraph is its first item
    ("Gangs kept up attacks on roads across the region this week.\n\n"
     "KADUNA: Gunmen abducted passengers near Kachia on Monday evening."),
    ("Here are the incidents reported from Monday to Friday.\n\n"
     "Bandits attacked farmers outside the town on Tuesday."),
    # no day in the next paragraph: a bare time, a month, a day after the report or more than a week before it
    "Gunmen abducted eleven farmers in a raid.\n\nThe attackers came at around 5 p.m., a villager said.",
    "Gunmen abducted eleven farmers in a raid.\n\nSuch raids have grown since February, officials said.",
    "Gunmen abducted eleven farmers in a raid.\n\nElders will meet the governor on Saturday.",
    "Gunmen abducted eleven farmers in a raid.\n\nA similar raid took place on 2 March.",
    # a day after "since": when a state began
    "Gunmen abducted eleven farmers in a raid.\n\nThe road has been closed since Monday.",
    # the lead dates its event itself: its day is the story's (`lead_date`)
    "Gunmen abducted eleven farmers in a raid on Tuesday.\n\nThey came back for cattle on Wednesday.",
])
def test_no_day_from_the_next_paragraph(text: str) -> None:
    assert _told(text) is None


def test_no_report_day_no_told_day() -> None:
    assert _told("Gunmen abducted farmers.\n\nThey came on Tuesday night.", None) is None


def _events(raw: str) -> list[Event]:
    from eventwatch.api import process_document
    from eventwatch.records import Document
    from eventwatch.settings import Settings

    return list(process_document(Document(raw=raw, origin="story.txt"), Settings.load()).events)


@pytest.mark.slow
@pytest.mark.parametrize(("raw", "place", "day"), [
    # the lead's abduction has no day of its own: dated by the report's week it fell on the dateline's day
    ("MAIDUGURI, Nigeria, March 14, 2024 - Armed men abducted at least twenty women from a camp for displaced "
     "people in Ngala, residents and a local official said.\n\nThe gunmen arrived at around 10 p.m. on Tuesday "
     "and left before dawn, a resident told reporters on Wednesday.", "Ngala", "2024-03-12"),
    ("MOPTI, Mali, March 14, 2024 - Suspected jihadists kidnapped a village chief and two of his sons near "
     "Djenne, a local official said.\n\nThe men came to the village on motorbikes late on Monday night, the "
     "official said on Wednesday.", "Djenné", "2024-03-11"),
])
def test_the_leads_event_takes_the_next_paragraphs_day(raw: str, place: str, day: str) -> None:
    events = [e for e in _events(raw) if e.location == place]
    assert events and {e.event_date for e in events} == {day}
