"""The day a correction notice gives in place of the day an earlier version told (`events.corrected_day`): every
event dated the retracted day takes the corrected one. Team-written notices in several countries and wordings."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwatch.events.corrected_day import corrected_days
from eventwatch.records import Event
from eventwatch.sentences import paragraph_starts

REF = dt.date(2026, 3, 14)  # a Saturday


def _moves(text: str, reference: dt.date | None = REF) -> dict[str, str]:
    return {k.isoformat(): v.value for k, v in corrected_days(text, paragraph_starts(text), reference).items()}


@pytest.mark.parametrize(("text", "moves"), [
    ("Correction: an earlier version of this story said the ambush took place on Tuesday. According to the army it "
     "took place on Monday, 9 March.", {"2026-03-10": "2026-03-09"}),
    ("Correction: A previous version of this article said the march was held on Friday. It was held on Thursday, 12 "
     "March.", {"2026-03-13": "2026-03-12"}),
    # a notice whose heading is a line of its own, the right day a bare weekday
    ("Farmers block the ring road\n\nCORRECTION\n\nAn earlier version of this report stated that the blockade began "
     "on 11 March. It began on Tuesday.", {"2026-03-11": "2026-03-10"}),
    # the last day told after the retraction is the right one (the police's first word is no correction)
    ("Correction: an earlier version of this story said the clashes were on Wednesday, 4 March. The police first "
     "said Thursday, 5 March; the clashes were on Friday, 6 March.", {"2026-03-04": "2026-03-06"}),
])
def test_a_notice_moves_the_retracted_day(text: str, moves: dict[str, str]) -> None:
    assert _moves(text) == moves


@pytest.mark.parametrize("text", [
    # a correction of a place or a toll: no day retracted, or the same day kept
    "Correction: an earlier version of this story said the attack was in Larnaca. The shops are in Limassol.",
    "Correction: an earlier version of this story said eight soldiers died on Tuesday. Twelve died on Tuesday.",
    # two days in the retracted sentence (the earlier report's own day, the event's): which is wrong is not said
    "Correction: our report of Monday said the clashes were on Wednesday, 4 March. They were on Thursday, 5 March.",
    # two days retracted: which one the right day replaces is not said
    "Correction: an earlier version of this story said the raids were on Monday and Tuesday. They were on Sunday.",
    # no correction: an agency's report said a day, another day follows
    "A report published by Amnesty said police fired on Tuesday. Protesters marched again on Wednesday.",
    # a correction with no day after the retraction
    "Correction: an earlier version of this story said the strike was on Monday. We apologise for the error.",
])
def test_nothing_moves(text: str) -> None:
    assert _moves(text) == {}


def test_no_report_day_reads_the_unread_datelines_day() -> None:
    text = ("NAIROBI, March 14, 2026 (wire) - Police fired tear gas at traders in Nairobi on Thursday.\n\nCorrection: "
            "an earlier version of this story said the protest took place on Thursday. It took place on Wednesday, 11 "
            "March.")
    assert _moves(text, None) == {"2026-03-12": "2026-03-11"}
    assert _moves(text.replace("NAIROBI, March 14, 2026 (wire) - ", ""), None) == {}


def _events(raw: str) -> list[Event]:
    from eventwatch.api import process_document
    from eventwatch.records import Document
    from eventwatch.settings import Settings

    return list(process_document(Document(raw=raw, origin="story.txt"), Settings.load()).events)


@pytest.mark.slow
@pytest.mark.parametrize(("raw", "day"), [
    ("BAMAKO, March 14, 2026 (wire) - Gunmen ambushed an army patrol near Menaka on Thursday, killing six soldiers, "
     "the army said on Friday.\n\nNo group has claimed the attack.\n\nCorrection: an earlier version of this story "
     "said the ambush took place on Thursday. According to the army it took place on Wednesday, 11 March.",
     "2026-03-11"),
    ("LIMA, 14 March 2026 - Hundreds of miners blocked the Pan-American highway near Chala on Friday, demanding "
     "formal mining permits.\n\nCorrection: A previous version of this article said the blockade was on Friday. It "
     "was on Thursday, 12 March.", "2026-03-12"),
])
def test_the_lead_event_takes_the_corrected_day(raw: str, day: str) -> None:
    events = _events(raw)
    assert events and {e.event_date for e in events} == {day}
