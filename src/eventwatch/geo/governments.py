"""A capital written for its government, not for where anything happens ("a group that Tehran calls a terrorist
organisation", "Moscow accused Kyiv of ..."): read by the events, which let no such name set the place the next
sentences inherit (`events.place_sides.government_named`), and by the geocoder, which does not count it towards the
place a report is mainly about (`resolve.Geocoder.resolve_mentions`): a report from Erbil on shelling near an
unknown village, that says "Tehran accuses" twice, is not about Tehran, and the village must not fall back there."""

from __future__ import annotations

import re

# the verb of saying or judging right after the name; not after a preposition ("police in Tehran said")
_GOVERNMENT_VERB = re.compile(r"\s+(?:calls|called|accuses|accused|blames|blamed|says|said|denies|denied|considers|"
                              r"considered|regards|regarded|brands|branded|labels|labell?ed|insists|insisted)\b")
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|to|from|into|of|outside|around|across)\s+$", re.IGNORECASE)


def names_government(text: str, start: int, end: int) -> bool:
    """Whether the name at `start`-`end` of `text` is the subject of a verb of saying or judging, with no preposition
    before it: for a capital, its government. The caller says whether the name is a capital (GeoNames' PPLC)."""
    return (_GOVERNMENT_VERB.match(text, end) is not None
            and _PLACE_BEFORE.search(text, max(0, start - 12), start) is None)
