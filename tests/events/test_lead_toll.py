"""An uncoded lead's count of dead goes to the first act coded after it (`lead_toll`). Team-written sentences; the
coded flags are given, as `assemble` passes them."""

from __future__ import annotations

import pytest

from eventwatch.events.lead_toll import lead_tolls, wounded_died

_LEAD = ("BUKAVU, 3 May 2026 - A trader died and six people were injured when two crowds clashed at the market on "
         "Friday, police said.")
_ACT = "Youths from both quarters threw stones at each other and set two stalls alight."


def _sent(nlp, text: str):  # type: ignore[no-untyped-def]
    return nlp(text)[:]


def test_the_uncoded_leads_toll_goes_to_the_act_after_it(nlp) -> None:  # type: ignore[no-untyped-def]
    lead, act = _sent(nlp, _LEAD), _sent(nlp, _ACT)
    assert lead_tolls([(0, False, lead), (1, True, act)]) == [None, 1]
    counted = _sent(nlp, "Three people were killed when two crowds clashed at the market in Bukavu on Friday.")
    assert lead_tolls([(0, False, counted), (1, False, act), (1, True, act)]) == [None, None, 3]


def test_nothing_from_a_coded_lead_a_lead_with_no_dead_or_two_paragraphs_on(nlp) -> None:  # type: ignore[no-untyped-def]
    lead, act = _sent(nlp, _LEAD), _sent(nlp, _ACT)
    assert lead_tolls([(0, True, lead), (1, True, act)]) == [None, None]  # the lead's own event keeps it
    assert lead_tolls([(0, False, lead), (2, True, act)]) == [None, None]
    hurt = _sent(nlp, "Six people were injured when two crowds clashed at the market in Bukavu on Friday.")
    assert lead_tolls([(0, False, hurt), (1, True, act)]) == [None, None]
    assert lead_tolls([(0, True, act), (0, False, lead), (1, True, act)]) == [None, None, None]  # not the first


@pytest.mark.parametrize(("text", "died"), [
    ("A man wounded in Saturday's clash at the market died in hospital on Monday, police said.", True),
    ("Kisumu, May 4: a teenager injured during Friday night's fight between two villages succumbed to his wounds.",
     True),
    ("A man injured in the riot who died in 2019 was remembered at the rally.", False),  # someone else's story
    ("Two men wounded in the clash died in hospital.", False),  # a count: `find_fatalities` reads it
    ("Police said a man died after the clash.", False),  # not the lead's opening
])
def test_one_victims_later_death_in_the_lead(text: str, died: bool) -> None:
    assert wounded_died(text) is died


def test_a_coded_lead_telling_a_victims_later_death_gets_one(nlp) -> None:  # type: ignore[no-untyped-def]
    lead = _sent(nlp, "A man wounded in Saturday's clash at the market died in hospital on Monday, police said.")
    assert lead_tolls([(0, True, lead), (1, True, _sent(nlp, _ACT))]) == [1, None]
