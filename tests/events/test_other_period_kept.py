"""An event a story tells of another period is kept and marked background, not dropped (coder128, issue 10;
`assemble.py` reading `staged.other_period`). ACLED codes an event from the reports about it; a later story that
recalls it with a year, a season, a span begun then or several periods is no report of it, and the export leaves it
out, but the dataset keeps it, traceable to its words, as it keeps a recalled month (coder119). An event record's
sentence of another period still codes nothing (ACLED's notes are read against their own day), and the report's own
events are neither flagged nor moved by the kept ones. Team-written reports."""

from __future__ import annotations

import pytest

from eventwatch.api import extract
from eventwatch.records import Event

LEAD = "Gunmen killed four farmers in Konduga on Monday, police said."


def told(text: str, published: str = "2025-03-05") -> list[Event]:
    return extract(text, published=published)


def of_sentence(events: list[Event], sentence: str) -> list[Event]:
    """The events whose evidence sentence is `sentence`."""
    return [e for e in events if e.evidence.sentence.text.startswith(sentence[:30])]


@pytest.mark.parametrize("recall", [
    "In 2019, the same militia burned the market in Bama, killing nine traders.",  # a year opening the sentence
    "Last year, herders and farmers clashed near Dikwa, leaving five people dead.",  # "last year"
    "Soldiers shot dead six fishermen on the lake shore at Baga in the winter of 2023.",  # a season
    "IN LATE 2022, INSURGENTS OVERRAN THE ARMY BASE AT MONGUNO.",  # capitals, a part of a year
    "Gunmen attacked the market in Bama in March and June 2024.",  # several periods
    "Bandits have attacked villages around Gwoza since 2021.",  # a span begun then
])
def test_an_event_of_another_period_is_kept_and_marked_background(recall: str) -> None:
    events = told(f"{LEAD} {recall}")
    old = of_sentence(events, recall)
    assert old and all(e.background for e in old), [(e.location, e.background) for e in events]
    lead = of_sentence(events, LEAD)
    assert lead and not any(e.background for e in lead), [(e.location, e.background) for e in events]


def test_the_report_s_event_is_the_same_with_or_without_the_recall() -> None:
    """The kept recall takes no part in the report's folds, tolls or places: the lead's event is built as before."""
    alone = [(e.sub_event_type, e.location, e.event_date, e.fatalities) for e in told(LEAD)]
    recall = "In 2019, gunmen attacked the same village of Konduga, killing 12 farmers."
    events = told(f"{LEAD} {recall}")
    kept = [(e.sub_event_type, e.location, e.event_date, e.fatalities) for e in events if not e.background]
    assert kept == alone, (alone, kept)
    assert any(e.background and e.fatalities == 12 for e in events), events


def test_an_event_record_s_sentence_of_another_period_still_codes_nothing() -> None:
    """An ACLED-style note: its recalled year is no event, flagged or not, and its own event is no background."""
    note = ("On 12 April 2022, unidentified gunmen shot dead a ward head in Dikwa. In 2018, insurgents killed 30 "
            "herders near the same town.")
    events = told(note, "2022-04-20")
    assert [e.evidence.sentence.text[:30] for e in events] == [note[:30]], events
    assert not any(e.background for e in events), events
