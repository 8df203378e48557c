"""A sentence dated to another period than the report's is background, no event (`staged.other_period`, the
`history_*` words of `modality.toml`; coder75, issue 10). Team-written reports (other words, countries, tenses, lower
case), each with a lead of the day that must stay: the background sentence's event goes when every date it tells is
a year or longer or a span begun then ("since 2021"); it stays for "last week", a weekday, a month or a day however
old (a recalled occurrence), a sentence that also tells the day, a clause in the simple present,
and an ACLED-style note read months after its own date."""

from __future__ import annotations

import pytest

from eventwatch.api import extract


def events(text: str, published: str) -> list[tuple[str, str | None]]:
    """(sub-event type, evidence sentence's first words) of each event of the report."""
    return [(e.sub_event_type, e.evidence.sentence.text[:30]) for e in extract(text, published=published)]


LEAD = "Gunmen killed four farmers in Konduga on Monday, police said."


@pytest.mark.parametrize("background", [
    "In 2019, gunmen abducted 40 traders on the road to Maiduguri.",  # a year
    "The state has seen heavy fighting since the 2020 elections.",  # a span begun then
    "Insurgents have killed hundreds of people in the area since 2016.",  # a tally since a year
    "last year, bandits burned down the market in bama.",  # lower case, "last year"
])
def test_a_sentence_of_another_period_is_no_event(background: str) -> None:
    found = events(f"{LEAD} {background}", "2025-03-05")
    assert found and all(start == LEAD[:30] for _, start in found), found


@pytest.mark.parametrize(("text", "published"), [
    # Peru, a report of January: a tally since an earlier year
    ("Police fired tear gas at protesters blocking the highway in Juliaca on Tuesday. More than 30 people have died "
     "in clashes with security forces in Puno since December 2022.", "2025-01-15"),
    # Ukraine, the past perfect and a year range
    ("Russian drones struck Kharkiv overnight, killing two people, officials said on Wednesday. The city had been "
     "shelled almost daily in 2022 and 2023.", "2025-05-28"),
])
def test_background_in_other_words_and_countries(text: str, published: str) -> None:
    found = events(text, published)
    lead = text.split(". ")[0][:30]
    assert found and all(start == lead for _, start in found), found


@pytest.mark.parametrize(("second", "published"), [
    ("Last week, gunmen killed two herders near the same village.", "2025-03-05"),  # inside the window
    ("On Saturday, bandits abducted six women in Konduga.", "2025-03-05"),  # a weekday
    ("In June 2024, an attack on the same village killed 19 people.", "2025-03-05"),  # a month of the last two years
    ("In March 2021, an attack on the same village killed 19 people.", "2025-03-05"),  # a month however old
    ("Boko Haram fighters overran the army base in Bama in August 2022.", "2025-03-05"),
    # the sentence tells the day's event and recalls an old one
    ("On Tuesday, soldiers clashed with the gunmen near Bama, two years after a raid there in 2021.", "2025-03-05"),
    # a date of another clause or noun dates that, not the event
    ("Police also detained a local activist for breaking a court order imposed on him since 2020.", "2025-03-05"),
    ("Traders protested in Maiduguri against the 12-2019 decree that taxes their stalls.", "2025-03-05"),
])
def test_the_events_that_stay(second: str, published: str) -> None:
    found = events(f"{LEAD} {second}", published)
    assert any(start == second[:30] for _, start in found), found


def test_a_clause_in_the_simple_present_is_no_old_event() -> None:
    """"since 2019" dates the front line's standstill, not the shelling that "is regular" now."""
    text = ("Houthi forces shelled government positions near Qataba on Tuesday night, killing one soldier. Front lines "
            "around Qataba have barely moved since 2019, but shelling and sniper fire are regular.")
    found = events(text, "2025-06-04")
    assert any(start.startswith("Front lines") for _, start in found), found


def test_a_note_read_months_after_its_own_date_keeps_its_event() -> None:
    """An ACLED note stamped long after the day it tells: its first date is its period, not the stamp's."""
    note = ("On 5 May 2022, unidentified gunmen shot dead a village chief in Bandiagara. In 2019, a militia killed "
            "160 people in the nearby village of Ogossagou.")
    found = events(note, "2023-02-10")
    assert [start for _, start in found] == [note[:30]], found
