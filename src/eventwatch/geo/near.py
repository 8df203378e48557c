"""A village the gazetteer does not know, written with the town it lies near: "the village of Ndim, near
Ngaoundaye", "Kuria, near Mandera". A reader puts the village at that town (ACLED codes such a village at the
nearest known place, with precision 2), not at a look-alike abroad (Nadym, Russia) nor at the story's capital. The
town is read as the village's qualifier, so that `qualifiers.fallback` places it there when no reading of the
village lies in it. Only for a name with no reading by its own name: "Bucha, near Kyiv" keeps the town Bucha, its
own reading, which the qualifier would otherwise weigh against.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from eventwatch.geo.gazetteer import ADM1, ADM2, CITY

if TYPE_CHECKING:
    from eventwatch.geo.candidates import CandidateFinder
    from eventwatch.geo.recognize import Mention

# ", near Ngaoundaye", " near the town of Bocaranga", ", outside Mandera": the town a village lies near
_NEAR_AFTER = re.compile(r",?\s+(?:near|outside)\s+(?:the\s+(?:town|city|village)\s+of\s+)?"
                         r"([A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,2})")


def near_town(text: str, m: Mention, finder: CandidateFinder) -> Mention:
    """`m` with the town written after it with "near" as its qualifier, when `m` names no place by its own name
    (only look-alikes or parts of longer names, or none) and the town is a town or division by its own name."""
    if m.qualifier:
        return m
    found = _NEAR_AFTER.match(text, m.end)
    if found is None or any(not (c.fuzzy or c.partial) for c in finder.candidates(m.text)):
        return m
    words = found.group(1).rstrip(".")
    cols = finder.gaz.cols
    town = any(not (c.fuzzy or c.partial) and cols.kind[c.row] in (CITY, ADM2, ADM1) for c in finder.candidates(words))
    return replace(m, qualifier=words) if town else m
