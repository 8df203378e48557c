"""Weekday and month names written in lower case (scraped regional news, transcripts, chat): "on tuesday", "since
tuesday morning", "in january" are the days and months they name, as no other word is spelled so; "may", "march"
and "august" are common words in lower case ("you may go", "a march on the capital", "an august body") and are
months only in text written all in lower case, after a preposition of time and before a clause's end or a year
(`name_case.named`, `name_case.lower_case_month`).

The sentences are written for these tests; the report is dated Wednesday 14 February 2024.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwatch.dates import find_dates
from eventwatch.dates.lexicon import lexicon
from eventwatch.dates.timeml import timexes

REF = dt.date(2024, 2, 14)  # a Wednesday


def found(text: str, reference: dt.date = REF) -> list[tuple[str, str]]:
    return [(r.span.text if r.span else "", r.value) for r in find_dates(text, reference)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # weekdays: the same day as the capitalised name gives (it was no date at all)
    ("the farmers had blocked the plaza since tuesday morning.", [("tuesday morning", "2024-02-13")]),
    ("punjab police on wednesday detained around 40 farmers.", [("wednesday", "2024-02-14")]),
    ("Police dispersed the sit-in on monday, residents said.", [("monday", "2024-02-12")]),
    ("the union will strike on friday.", [("friday", "2024-02-16")]),
    ("they met last sunday.", [("last sunday", "2024-02-11")]),
    ("the vote is on the first sunday of march.", [("the first sunday of march", "2024-03-03")]),
    # full month names that are no other word, in any text
    ("the protest began in january.", [("january", "2024-01")]),
    ("The strike ended last june.", [("last june", "2023-06")]),
    # "may", "march", "august" in a text written all in lower case: after "in", "since", "late"... and before a
    # clause's end or a year
    ("the talks will resume in may, the union said.", [("may", "2024-05")]),
    ("the road has been closed since march.", [("march", "2023-03")]),  # the latest March gone by
    ("the fighting began in late august.", [("late august", "2023-08-21/2023-08-31")]),
])
def test_lower_case_names_are_read(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "you may go now if you wish, said the officer at the gate.",
    "the farmers say they may march on the capital next month.",  # "next month" only
    "they held a march in support of the detained leaders.",
    "an august body of elders met the district officer.",
    "the sun sat low over the camp as the wed couple left.",
    "They may march in may to the capital.",  # a text with capitals: "may" in lower case stays a word
    "protesters joined the march to the palace on the hill.",
    "during the march police fired tear gas at the crowd.",
    "the jan shakti party and the mar thoma church joined the rally.",
])
def test_lower_case_words_stay_words(sentence: str) -> None:
    assert [text for text, _ in found(sentence) if text.lower() not in ("now", "next month")] == []


def test_timeml_values_match_the_capitalised_names() -> None:
    lower = "the farmers had blocked the plaza since tuesday morning and marched in january."
    upper = "the farmers had blocked the plaza since Tuesday morning and marched in January."
    assert [(t.type, t.value) for t in timexes(lower, REF)] == [(t.type, t.value) for t in timexes(upper, REF)]
    assert len(timexes(lower, REF)) == 2


_FULL_NAMES = sorted(set(lexicon().weekdays) | {"january", "february", "april", "june", "july", "september",
                                                 "october", "november", "december"})


@given(name=st.sampled_from(_FULL_NAMES), upper=st.booleans())
def test_a_full_name_reads_the_same_in_either_case(name: str, upper: bool) -> None:
    """Every weekday and every month name that is no other word gives the same value written either way."""
    word = name.capitalize() if upper else name
    sentence = f"the rally was held on {word} near the toll plaza."
    capitalised = f"the rally was held on {name.capitalize()} near the toll plaza."
    assert [v for _, v in found(sentence)] == [v for _, v in found(capitalised)]
    assert len(found(sentence)) == 1
