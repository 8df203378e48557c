"""coder92 (issue 10, trial13's fix half): repeated or recurrent events that people or a place "have suffered" or
"have seen" are their history, not an occurrence (`perfect_repeated` in modality.toml), read in a story's sentences
only (`code_sentence`); team-written variants."""

from __future__ import annotations

import pytest
from test_staged import coded  # a story's sentence coded as `staged.py`'s tests code it

from eventwatch.events import EventCoder


@pytest.mark.parametrize("text", [
    "Fishing villages along the lake shore have suffered repeated kidnappings by pirates.",
    "Farming communities in the district have seen recurrent raids by cattle thieves.",
    "The border town has faced repeated bombings by insurgents.",
    "Traders on the highway have endured recurring attacks by armed robbers.",
])
def test_repeated_events_a_place_has_suffered_are_its_history(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(coder, nlp, text) == []


@pytest.mark.parametrize("text", [
    # the doer's own repeated attacks this week are events; so is the simple past
    "Gunmen have carried out repeated attacks on the village this week.",
    "Farmers in the valley suffered repeated attacks by gunmen on Monday.",
    "Gunmen have kidnapped four fishermen off the coast of Idabato.",
])
def test_the_events_that_stay(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(coder, nlp, text) != []

