"""Restoring the case of all-capital and all-lower-case text before it is split and parsed."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from eventwatch.events.casing import needs_case, restore_case


def test_capitals_become_sentence_case() -> None:
    text = "GUERRILLAS ATTACKED A POLICE POST NEAR THE RIVER.\n\n  TROOPS SAID I SAW THEM."
    assert restore_case(text) == "Guerrillas attacked a police post near the river.\n\n  Troops said I saw them."


def test_lower_case_gets_sentence_starts() -> None:
    text = "police arrested five students in the town. they were released later, officials said."
    assert restore_case(text) == "Police arrested five students in the town. They were released later, officials said."


def test_mixed_case_and_short_text_are_left_alone() -> None:
    assert not needs_case("Police arrested five students in Nairobi on Monday.")
    assert restore_case("NATO SAID") == "NATO SAID"


@given(st.text(max_size=300))
def test_length_never_changes(text: str) -> None:
    assert len(restore_case(text)) == len(text)


def test_all_capital_report_is_coded(nlp) -> None:  # type: ignore[no-untyped-def]
    from eventwatch.events import EventCoder

    doc = nlp(restore_case("GUERRILLAS DYNAMITED A POWER PYLON AND AMBUSHED AN ARMY PATROL NEAR THE BORDER YESTERDAY."))
    assert EventCoder().classify(doc) == ("Battles", "Armed clash")
