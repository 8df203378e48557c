"""A report's head day in the desk's own language and with dots (`dates.head_forms`). Team-written texts."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwatch.dates import printed_days
from eventwatch.dates.head_forms import foreign_days, head_days

_FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
              "novembre", "décembre"]
_ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
              "noviembre", "diciembre"]
_PT_MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
              "novembro", "dezembro"]
_FR_WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
_DAYS = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31))


def _values(text: str) -> list[str | None]:
    return [ref.value if ref else None for _, ref in head_days(text, None)]


@pytest.mark.parametrize(("text", "value"), [
    ("TAMALE, 4 mars 2026 - Traders blocked the road", "2026-03-04"),
    ("Lomé, le mercredi 4 mars 2026", "2026-03-04"),
    ("Lomé, le 1er mai 2026", "2026-05-01"),
    ("Bogotá, 14 de febrero de 2026", "2026-02-14"),
    ("Maputo, 3 de março de 2025", "2025-03-03"),
    ("TAMALE, 04.03.2026 - Traders blocked the road", "2026-03-04"),
])
def test_a_head_day_in_another_language_or_with_dots_is_read(text: str, value: str) -> None:
    assert _values(text) == [value]


def test_an_impossible_foreign_day_is_none() -> None:
    assert foreign_days("Lomé, le 30 février 2026") == []


def test_a_foreign_month_without_a_day_and_year_is_no_day() -> None:
    # "mars" and "mai" are words of other languages too: only a whole day with its year is read
    assert foreign_days("The Mars rover and the mai tai bar reopened in 2026.") == []


def test_an_english_head_day_is_read_once() -> None:
    assert _values("KABUL, March 3, 2024 - Police said") == ["2024-03-03"]


def test_a_dotted_day_is_no_printed_day_outside_a_head() -> None:
    # captions and the sentence scanner keep their own kinds: only a report's head reads dots as a printed day
    assert printed_days("SKOPJE, 18.05.2026 - Police said", None) == []


@given(_DAYS, st.sampled_from(["fr", "es", "pt"]), st.booleans())
def test_every_foreign_day_reads_back(day: dt.date, language: str, weekday: bool) -> None:
    if language == "fr":
        named = f"le {_FR_WEEKDAYS[day.weekday()]} " if weekday else "le "
        text = f"Cayenne, {named}{day.day} {_FR_MONTHS[day.month - 1]} {day.year}"
    elif language == "es":
        text = f"Cali, {day.day} de {_ES_MONTHS[day.month - 1]} de {day.year} - La policía"
    else:
        text = f"Maputo, {day.day} de {_PT_MONTHS[day.month - 1]} de {day.year}"
    [(span, ref)] = foreign_days(text)
    assert ref.first == day and ref.granularity == "day"
    assert text[span.start:span.end] == span.text and span.text.endswith(str(day.year))


@given(_DAYS, st.booleans())
def test_every_dotted_head_day_reads_day_first(day: dt.date, padded: bool) -> None:
    printed = f"{day.day:02d}.{day.month:02d}.{day.year}" if padded else f"{day.day}.{day.month}.{day.year}"
    assert _values(f"SKOPJE, {printed} - Police said") == [day.isoformat()]
