"""Trial12's type classes as general rules (coder90-cut, issue 10: the handover only). Team-written sentences, other
words, countries and tenses than the trial set's; each failed on main c43643b unless marked a guard.

- *A handover of a place is a Non-violent transfer of territory*: "Russian border guards handed control of the
  Agarak crossing ... to Armenian border guards" coded nothing: `transfer_after_withdrawal` needs `entered` and
  `no_fighting`, and only "handed over" was read as giving a place up. Handing control of a place (a crossing, a
  base, a town) to another is non-violent by its nature (cues.toml `no_fighting`). A company or suspects handed over
  are no territory. ("handed over the airport to", "handed the camp over to" are left alone: they would change the
  reading of a team training text of the arbiter, the CASE refit trap.)
"""

from __future__ import annotations

import pytest
from test_staged import coded as _types  # a story's sentence coded as `staged.py`'s tests code it

from eventwatch.events import EventCoder

TRANSFER = "Non-violent transfer of territory"


@pytest.mark.parametrize("text", [
    "Police handed control of the two checkpoints on the northern road to the army on Friday.",
    "UN peacekeepers handed control of the Kidal camp to Malian soldiers on Wednesday.",
    "French troops have handed control of the Menaka base to the Malian armed forces.",
    "The Kurdish-led forces handed control of two border posts near Qamishli to government troops.",
])
def test_a_place_handed_to_another_force_is_a_transfer(coder: EventCoder, nlp, text: str  # type: ignore[no-untyped-def]
                                                       ) -> None:
    assert _types(coder, nlp, text) == [TRANSFER]


@pytest.mark.parametrize("text", [
    "The founder handed control of the company to his son last year.",
    "Officers handed over the suspects to the police in Kisumu.",
    "The rebels handed the town over to the army after a week of fighting that killed 20 people.",
    "Peacekeepers will hand over the airbase to the national army next month.",
])
def test_no_territory_a_fight_or_a_future_handover_is_no_transfer(coder: EventCoder, nlp,  # type: ignore[no-untyped-def]
                                                                   text: str) -> None:
    """Guards: no place handed, a handover beside fighting (the battle rules decide), one still to come."""
    assert TRANSFER not in _types(coder, nlp, text)
