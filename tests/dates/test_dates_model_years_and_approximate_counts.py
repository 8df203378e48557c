"""A model year names a product, not a time (`dates/resolve_names.py`, `data/dates/model_makes.tsv`); a count
"or so ago" is that count, approximately (`dates/patterns.py`).

"Police found the suspect's 1987 Chevrolet" tells of a car built in 1987, not of anything that happened then:
TimeML leaves such a year unmarked, as it leaves "Orion 1980", and an event told beside it is not dated to 1987.
Only a year between an article or a possessive and a make or model is read so; a year that opens a clause keeps
its reading ("In 1987 Chevrolet sold more trucks"). The sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwatch.dates import find_dates
from eventwatch.dates.lexicon import lexicon
from eventwatch.dates.timeml import timeml_mod, to_timeml_value

REF = dt.date(2013, 3, 14)


def spans(text: str) -> list[str]:
    return [r.span.text if r.span else "" for r in find_dates(text, REF, indefinite=True)]


@pytest.mark.parametrize(
    "text",
    [
        "Investigators said the suspect's 1987 Chevrolet Cavalier was seen near the clinic.",
        "The protesters set fire to a 2004 Toyota Corolla parked outside the police station.",
        "He fled in his 1999 Ford pickup after the shooting.",
        "Witnesses saw the gunmen leave in their 2010 Hyundai.",
        "The mayor's 2008 Jeep was torched overnight.",
    ],
)
def test_a_year_between_an_owner_and_a_make_is_no_date(text: str) -> None:
    assert not any(span[:2] in ("19", "20") for span in spans(text))


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("In 1987 Chevrolet sold more trucks than ever.", "1987"),
        ("The plant has built engines since 1999 for Ford and others.", "1999"),
        ("The 2004 Toyota strike ended after three weeks.", "2004"),  # "the": the strike of 2004
        ("a strike in 2011 at the Honda plant", "2011"),
    ],
)
def test_a_year_not_between_an_owner_and_a_make_keeps_its_reading(text: str, year: str) -> None:
    assert year in spans(text)


@settings(max_examples=60, deadline=None)
@given(year=st.integers(min_value=1950, max_value=2025), make=st.sampled_from(sorted(lexicon().model_makes)),
       owner=st.sampled_from(["a", "his", "her", "their", "the driver's"]))
def test_any_model_year_of_any_make_is_no_date(year: int, make: str, owner: str) -> None:
    text = f"Police towed {owner} {year} {make} from the square on Monday."
    assert spans(text) == ["Monday"]


@settings(max_examples=40, deadline=None)
@given(year=st.integers(min_value=1950, max_value=2012), make=st.sampled_from(sorted(lexicon().model_makes)))
def test_a_year_opening_its_clause_before_a_make_stays_a_year(year: int, make: str) -> None:
    assert spans(f"In {year} {make} recalled thousands of cars.") == [str(year)]


@pytest.mark.parametrize(
    ("text", "value", "first"),
    [
        ("Then, a week or so ago, the commander picked the night of the crossing.", "2013-W10", dt.date(2013, 3, 4)),
        ("A month or so ago the talks collapsed.", "2013-02", dt.date(2013, 2, 1)),
        ("Two years or so from now the bridge will open.", "2015", dt.date(2015, 1, 1)),
    ],
)
def test_a_count_or_so_ago_is_that_count_approximately(text: str, value: str, first: dt.date) -> None:
    """"A week or so ago" is the week a week before, as "a week ago" is, with TimeML's mod APPROX ("or so" was
    read as no date at all, so an event told with it took the report's day)."""
    (ref,) = [r for r in find_dates(text, REF, indefinite=True) if r.span and "or so" in r.span.text]
    assert (to_timeml_value(ref), timeml_mod(ref), ref.first) == (value, "APPROX", first)
