"""Text written all in capitals (wire copy, telex archives): its dates read as in sentence case (`detect.
sentence_case`), with the spans keeping the text as written. The rules' cues assume mixed case: a capitalised
"TODAY" in mid-sentence was taken for part of a name ("USA Today"), and "ATTACKED" was no verb told in the past.

The sentences are written for these tests; the report is dated Wednesday 14 February 2024.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwatch.dates import find_dates
from eventwatch.dates.detect import sentence_case

REF = dt.date(2024, 2, 14)  # a Wednesday


def found(text: str) -> list[tuple[str, str]]:
    return [(r.span.text if r.span else "", r.value) for r in find_dates(text, REF)]


@pytest.mark.parametrize("sentence", [
    "Rebels attacked the garrison today and again this morning, the army said.",
    "Police said the strike that began last week will end tomorrow.",
    "The rebels had shelled the town in recent days and now hold the bridge.",
    "Troops fired on protesters on Tuesday night; the curfew ends next Monday.",
    "The talks resumed in May. You may go, the officer said.",
    "The march on the capital was held in March after the vote of last year.",
])
def test_capitals_give_the_dates_of_the_sentence_as_written(sentence: str) -> None:
    upper = found(sentence.upper())
    assert [v for _, v in upper] == [v for _, v in found(sentence)]
    assert all(text == text.upper() for text, _ in upper)  # the spans are the text as written


def test_today_in_mid_sentence_is_a_date_in_capitals() -> None:
    # in mixed case a capitalised "Today" in mid-sentence is a name ("USA Today"); in capitals it cannot say so
    assert found("REBELS ATTACKED THE GARRISON TODAY, THE ARMY SAID.") == [("TODAY", "2024-02-14")]
    assert found("Rebels attacked the garrison, USA Today said.") == []


def test_mixed_case_text_is_read_as_written() -> None:
    # a few words in capitals do not make a text written in capitals: "TODAY" there stays a name's
    assert found("Police said the NATO summit ended Tuesday, ABC's THIS WEEK reported.") == [("Tuesday", "2024-02-13")]


@given(st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ .,;!?\n'\"İ0123456789", max_size=200))
def test_sentence_case_keeps_the_length(text: str) -> None:
    assert len(sentence_case(text)) == len(text)
