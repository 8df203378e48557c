"""Whose voice a report is: whether an outlet (or a claimant) speaks for a side in the conflicts of a country.

ACLED asks its coders to note when only one side tells of an event; eventwatch measures it and keeps the event:
a per-report event is `partisan_only` when its outlet is a state-affiliated, partisan or advocacy outlet of a side
in the conflicts of the event's country, or when the claim it rests on is made by a party to the event. A merged
event (several reports) is partisan-only when every report is.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import pycountry

from eventwatch.records import Event, Outlet


def is_partisan(outlet: Outlet | None, country: str | None) -> bool:
    """Whether `outlet` speaks for a side in the conflicts of `country` (ISO alpha-2; None: any of its conflicts).

    IRNA is partisan for an event in Iran, Iraq or Yemen and not for one in Chile; a wire is never partisan."""
    if outlet is None or not outlet.side:
        return False
    return country is None or country in outlet.party_to


def partisan_only(reports: Iterable[Event]) -> bool:
    """Whether every report of an event comes only from a side of its conflict (False when there are none)."""
    flags = [bool(e.partisan_only) for e in reports]
    return bool(flags) and all(flags)


# How much each thing that says "according to whom" takes off an event's extraction confidence (multiplied).
PARTISAN_FACTOR = 0.8  # only a side of the conflict tells it (its outlet, or every claim it rests on)
SOCIAL_MEDIA_FACTOR = 0.85  # published on a platform, not by an outlet with an editor
LOADED_FACTOR = 0.3  # a sentence at the top of the loaded-language scale keeps 70%


def source_confidence(confidence: float, outlet: Outlet | None, partisan: bool, loaded: float | None) -> float:
    """An event's confidence once its source is known: the extraction's confidence, times 0.8 when only one side
    tells it, times 0.85 when a social-media post is its outlet, times (1 - 0.3 x the loaded-language score of its
    sentence). An unknown outlet takes nothing off: not knowing is not evidence of bias."""
    factor = PARTISAN_FACTOR if partisan else 1.0
    if outlet is not None and outlet.kind == "social-media":
        factor *= SOCIAL_MEDIA_FACTOR
    factor *= 1.0 - LOADED_FACTOR * (loaded or 0.0)
    return round(confidence * factor, 3)


@lru_cache(maxsize=512)
def alpha2(iso3: str | None) -> str | None:
    """ISO alpha-2 of an alpha-3 code (events carry `iso3`; the registry, alpha-2)."""
    if not iso3:
        return None
    country = pycountry.countries.get(alpha_3=iso3.upper())
    return str(country.alpha_2) if country is not None else None
