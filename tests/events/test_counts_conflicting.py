"""Conflicting tolls: ACLED codes the lowest figure when sources disagree (`counts._CONFLICT`).

A note or report gives one source's count and then "other sources" with another; the two count the same dead, so
the lower one is kept, not the larger. Team-written sentences."""

from __future__ import annotations

import pytest

from eventwatch.events.counts import find_fatalities


@pytest.mark.parametrize(("text", "dead"), [
    ("On 3 March 2026, militants claimed killing four guards at the pumping station. Other sources report two guards "
     "were killed.", 2),
    ("Gunmen attacked the ferry landing and killed three traders; two other sources reported one trader was killed.",
     1),
])
def test_other_sources_lower_figure_is_kept(text: str, dead: int) -> None:
    assert find_fatalities(text) == dead

