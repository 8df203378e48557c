"""An event needs a day: one known only by its year (or season) keeps that in `date_value` and gets no event_date,
rather than a made-up 1 January; it stays in the store, out of the default export."""

from __future__ import annotations

import pytest

import eventwatch


@pytest.mark.slow
@pytest.mark.parametrize(("text", "value"), [
    ("In 2019, militants attacked a police station in Kano, Nigeria.", "2019"),
    ("Gunmen attacked a village near Kano in the summer of 2023.", "2023-06-01/2023-08-31"),
])
def test_a_year_or_season_names_no_day(text: str, value: str) -> None:
    [event] = eventwatch.extract(text, published="2024-04-18")
    assert event.event_date is None and event.time_precision is None
    assert event.date_value == value and event.background


@pytest.mark.slow
def test_a_month_is_still_a_date_at_month_precision() -> None:
    [event] = eventwatch.extract("In November 2019, security forces killed 1,500 protesters in Tehran.",
                                 published="2024-04-18")
    assert (event.event_date, event.time_precision, event.date_value) == ("2019-11-01", 3, "2019-11")
