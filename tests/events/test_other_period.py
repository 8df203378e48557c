"""A sentence dated to another period than the report's is background, no event (`staged.other_period`, the
`history_*` words of `modality.toml`; coder75, issue 10). Team-written reports (other words, countries, tenses, lower
case), each with a lead of the day that must stay: the background sentence's event goes when every date it tells is
a year or longer or a span begun then ("since 2021"); it stays for "last week", a weekday, a month or a day however
old (a recalled occurrence), a sentence that also tells the day, a clause in the simple present,
and an ACLED-style note read months after its own date. A text with no report's day reads its sentences against
its first date (coder88)."""

from __future__ import annotations

import pytest

from eventwatch.api import extract


def events(text: str, published: str, everything: bool = True) -> list[tuple[str, str | None]]:
    """(sub-event type, evidence sentence's first words) of each event of the report; with `everything` false, of
    those the export keeps (an event of another period is kept, marked background: coder128)."""
    return [(e.sub_event_type, e.evidence.sentence.text[:30]) for e in extract(text, published=published)
            if everything or not e.background]


LEAD = "Gunmen killed four farmers in Konduga on Monday, police said."


@pytest.mark.parametrize("background", [
    "In 2019, gunmen abducted 40 traders on the road to Maiduguri.",  # a year
    "The state has seen heavy fighting since the 2020 elections.",  # a span begun then
    "Insurgents have killed hundreds of people in the area since 2016.",  # a tally since a year
    "last year, bandits burned down the market in bama.",  # lower case, "last year"
])
def test_a_sentence_of_another_period_is_no_event(background: str) -> None:
    found = events(f"{LEAD} {background}", "2025-03-05", everything=False)
    assert found and all(start == LEAD[:30] for _, start in found), found


@pytest.mark.parametrize(("text", "published"), [
    # Peru, a report of January: a tally since an earlier year
    ("Police fired tear gas at protesters blocking the highway in Juliaca on Tuesday. More than 30 people have died "
     "in clashes with security forces in Puno since December 2022.", "2025-01-15"),
    # Ukraine, the past perfect and a year range
    ("Russian drones struck Kharkiv overnight, killing two people, officials said on Wednesday. The city had been "
     "shelled almost daily in 2022 and 2023.", "2025-05-28"),
    # Hungary, a season of an earlier year with its article ("in the winter of 2024", trial11's class 5; coder88)
    ("Thousands of people marched in Budapest on Sunday against the new media law. Similar protests took place across "
     "Hungary in the summer of 2023 against a teachers' pay law.", "2025-10-13"),
    # Bangladesh, lower case, "during the spring of"
    ("police broke up a sit-in by students in dhaka on monday. students clashed with police across the country during "
     "the spring of 2023.", "2025-05-06"),
    # France, all capitals, the past simple
    ("FARMERS BLOCKED THE MOTORWAY NEAR LYON ON FRIDAY. FARMERS RIOTED IN PARIS IN THE WINTER OF 2024.", "2026-02-07"),
    # Greece, a part of a season of an earlier year ("in late summer 2023", trial11's class 5; coder88)
    ("Masked men set fire to a migrant-owned shop in Patras on Sunday. Anti-migrant riots took place in Athens and "
     "Piraeus in late summer 2023.", "2025-09-02"),
    # South Sudan, all capitals, a part of a year
    ("REBELS SHELLED THE AIRPORT IN JUBA ON MONDAY. REBELS SEIZED THE TOWN OF MALAKAL IN LATE 2022.", "2025-03-11"),
])
def test_background_in_other_words_and_countries(text: str, published: str) -> None:
    found = events(text, published, everything=False)
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


@pytest.mark.parametrize("text", [
    # Niger, a situation report with no report's day: the text's first day is its period (coder88)
    "On 3 March 2025 gunmen killed four farmers near Tillaberi. In 2021, jihadists killed 66 villagers in Banibangou.",
    # Peru, lower case, a year opening the sentence
    "on 14 january 2025 police fired tear gas at road blockers in juliaca. in 2023, protesters burned the police "
    "station in juliaca.",
    # Philippines, a year after the event
    "On 2 June 2024, soldiers clashed with communist rebels near Catarman, the army said. Rebels ambushed an army "
    "patrol in Northern Samar in 2019.",
    # Cyprus, a correction notice's own line, then the recalled year
    "CORRECTION - published in Nicosia, 3 July 2025. Gunmen killed two guards in Limassol on 30 June 2025. Rioters "
    "attacked migrant shops in Paphos in 2023.",
    # DR Congo, all capitals, a span begun then
    "ON 9 MAY 2024 SOLDIERS CLASHED WITH REBELS NEAR GOMA. REBELS HAVE ATTACKED ARMY POSTS AROUND GOMA SINCE 2021.",
])
def test_a_text_with_no_report_day_reads_its_background_against_its_first_date(text: str) -> None:
    found = events(text, "", everything=False)
    background = text.split(". ")[-1][:30]
    assert found and all(start != background for _, start in found), found


def test_a_text_with_no_report_day_keeps_a_first_date_that_is_old() -> None:
    """The text's first date is its own period however old: a note of 2019 keeps its event."""
    note = "In March 2019, gunmen killed twelve herders near Ogossagou. The village was attacked again in 2020."
    found = events(note, "")
    assert any(start == note[:30] for _, start in found), found


def test_a_span_between_two_days_keeps_its_event() -> None:
    """A span between two days is an occurrence's own dates, however old (an event record's)."""
    second = "Between 3 and 30 June 2023, gunmen killed 40 villagers in Mangu."
    found = events(f"Gunmen killed three farmers near Jos on Monday. {second}", "2025-03-11")
    assert any(start == second[:30] for _, start in found), found
