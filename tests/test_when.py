from __future__ import annotations

import datetime as dt

import pytest

from eventwatch.dates import find_dates
from eventwatch.records import Span
from eventwatch.when import pick_date

REF = dt.date(2022, 1, 25)


def _pick(nlp, text: str, trigger: str) -> str | None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    start = text.index(trigger)
    ref = pick_date(doc, 0, Span(start, start + len(trigger), trigger), find_dates(text, REF))
    return ref.value if ref else None


@pytest.mark.parametrize(("text", "trigger", "value"), [
    ("On 20 January, relatives of a man who was found dead on 13 January protested in Asuncion.", "protested",
     "2022-01-20"),
    ("On 18 January, overnight, gunmen attacked a checkpoint near Kismayo.", "attacked", "2022-01-18"),
    ("On 21 January, veterans of the 2020 war marched in Yerevan.", "marched", "2022-01-21"),
    ("Soldiers shelled the village on Sunday, residents said on Monday.", "shelled", "2022-01-23"),
    ("Workers protested against the current government in Gyumri.", "protested", "2022-01-25"),
])
def test_the_date_attached_to_the_event_verb_wins(nlp, text: str, trigger: str, value: str) -> None:  # type: ignore[no-untyped-def]
    assert _pick(nlp, text, trigger) == value


def test_no_dates_no_pick(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _pick(nlp, "Gunmen attacked a checkpoint.", "attacked") is None
