"""A later entry that says the toll has risen gives the occurrence its latest toll (coder99, issue 10:
`counts.revised_toll` reads a toll that names its town, `aftermath.toll_kept` keeps the risen figure). Team-written
live-blog entries."""

from __future__ import annotations

from eventwatch.api import extract
from eventwatch.events.counts import find_fatalities

BLOG = """Tuesday 3 March 2026. Live coverage.

06:40 - The governor of Sumy says Russian drones struck a residential street in Sumy overnight, killing two people.

09:15 - The toll in Sumy has risen to four, the governor says: an old man taken out of the ruins has died in hospital.
"""


def test_a_toll_named_by_its_town_is_revised() -> None:
    assert find_fatalities("The toll in Sumy has risen to four, the governor says.") == 4


def test_the_latest_toll_is_kept() -> None:
    # the rules alone: whether the arbiter keeps the later entry is its own matter (the short blog reads it as none)
    events = [e for e in extract(BLOG, arbiter=False) if e.location == "Sumy"]
    assert len(events) == 1 and events[0].fatalities == 4
