"""A sentence that is nothing but a count of dead: "Four (4) fighters were killed." after the act it counts for.

Communiqués and police releases tell an act and then, in a sentence of its own, how many died in it ("Gunmen
attacked the checkpoint at dawn. Three (3) policemen were killed."). When the count names who died by a word the
rules read as an actor ("fighters", "bandits"), the toll sentence codes an event of its own, and
`totals.carried_tolls`, which carries a count only from a sentence that codes no event, left the act told just
before it with no dead. A sentence that holds nothing but the count, its dead and a death verb says nothing of its
own act, so its count is also the toll of the act told before it (the sentence keeps its own reading).
"""

from __future__ import annotations

import re
from functools import lru_cache

from eventwatch.events.counts import find_fatalities, without_echoed_digits
from eventwatch.events.number_words import number_regex


@lru_cache(maxsize=1)
def _bare_toll() -> re.Pattern[str]:
    # the whole sentence: "[At least] <count> [(digits)] <one to three words> were|was killed|shot dead|died."
    return re.compile(
        rf"\s*(?:(?:at\s+least|another|a\s+further)\s+)?(?:{number_regex()})(?:\s*\(\s*\d+\s*\))?\s+"
        r"(?:[\w'-]+\s+){1,3}?(?:(?:were|was|had\s+been|have\s+been)\s+(?:killed|shot\s+dead)|died)\s*[.!]?\s*",
        re.IGNORECASE)


def bare_toll(text: str) -> int | None:
    """The count of a sentence that only counts dead ("Four (4) fighters were killed.", "Two soldiers died."), or
    None for any other sentence: one with a place, a time, an actor doing the killing, or injured beside the dead.

    Team-written example: "Militia fighters raided the camp at night. Five (5) bandits were killed." gives 5."""
    if _bare_toll().fullmatch(text) is None:
        return None
    return find_fatalities(without_echoed_digits(text)) or None
