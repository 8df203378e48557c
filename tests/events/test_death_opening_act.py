"""A lone death that opens a sentence with its act (`totals.death_opening_act`, read by `totals.carried_tolls` for a
sentence that codes an event and counts no dead): "A man died and eight were hurt when ..." is the event's one dead.
And a lone victim named by up to four words (`totals.lone_death`). Team-written sentences."""
from __future__ import annotations

import pytest

from eventwatch.events.totals import carried_tolls, death_opening_act, lone_death


@pytest.mark.parametrize("text", [
    "BUKAVU, 3 May 2026 - A trader died and six people were injured when two crowds fought with clubs at the market.",
    "A fan died when the stands were stormed after the final whistle.",
    "KANO, Jan. 4, 2026 — One student died and at least 12 were wounded when rival groups clashed on campus.",
])
def test_a_death_opening_with_its_act_is_read(text: str) -> None:
    assert death_opening_act(text)


@pytest.mark.parametrize("text", [
    "Protesters marched for a man who died in custody when police beat him.",
    "Crowds gathered after a man died when police fired on a market in March.",
    "Rioters - angry that a man died when police shot him - burned tyres.",
    "A man died in custody last week.",
    "Two people died when the roof collapsed.",
])
def test_other_deaths_are_not_read_so(text: str) -> None:
    assert not death_opening_act(text)


def test_a_victim_of_four_words_is_read() -> None:
    assert lone_death("A 52-year-old rickshaw puller died of his wounds in hospital on Friday.")


def test_the_sentence_keeps_its_own_dead(nlp) -> None:  # type: ignore[no-untyped-def]
    riot = next(iter(nlp("A trader died and six people were injured when two crowds fought at the market.").sents))
    counted = next(iter(nlp("Three traders died and six people were injured when two crowds fought.").sents))
    assert carried_tolls([(0, True, riot)]) == [1]
    assert carried_tolls([(0, True, counted)]) == [None]  # a count the sentence gives is read by the coder
