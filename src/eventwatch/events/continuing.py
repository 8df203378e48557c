"""The earlier days of a demonstration told on its Nth day ("for a second day"): ACLED codes one event per place
and day (split from `events.when`, which picks a sentence's date)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from eventwatch.events.mentions import EventMention
from eventwatch.records import DateRef, Span

# "blocked the highway for a second day", "for the third consecutive day", "for a fourth straight day", "for the
# second day running", "a second day in a row": a demonstration that went on over days. ACLED codes one event per
# location and day, so the days before the one told are events too (the development notes' own wording: "On 6 June
# 2022, residents ... cut the road ... for the second consecutive day"; its first day is a note of its own).
_CONTINUING = re.compile(
    r"\bfor\s+(?:a|the)\s+(?P<n>second|third|fourth|fifth|2nd|3rd|4th|5th)\s+(?:(?:straight|consecutive|"
    r"successive)\s+)?day\b|\b(?P<m>second|third|fourth|fifth)\s+(?:(?:straight|consecutive|successive)\s+)?"
    r"day\s+in\s+a\s+row\b", re.IGNORECASE)
_ORDINALS = {"second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5}
# Only demonstrations: of the 77 ACLED development notes (both halves) that say so, 71 are Protests or Riots; a state
# that lasts ("the airport stayed closed for a second day") beside an attack or a strike is no attack of the day
# before.
_CONTINUING_TYPES = frozenset({"Protests", "Riots"})
# What the earlier days keep of a protest told with its day's intervention: the intervention is of the day told
_PEACEFUL = "Peaceful protest"
_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")


def continuing_days(mention: EventMention, sentence: Span, when: DateRef | None) -> list[tuple[EventMention, DateRef]]:
    """The earlier days of a demonstration told on its Nth day ("had blocked the highway ... for a second day", told
    of Wednesday: Tuesday too), each with the mention it is coded by: a protest's earlier days are peaceful protests
    with no second actor (the police's intervention and any deaths are told of the day told, not of the days before:
    ACLED codes what is reported of each day), a riot's keep its type and actors with no deaths. Nothing when the
    event's date is not one day (`when`), or the sentence (a document span) says no such thing outside quotes.
    The earlier days' evidence is the phrase that tells them."""
    if mention.event_type not in _CONTINUING_TYPES or when is None or when.granularity != "day":
        return []
    found = _CONTINUING.search(_QUOTED.sub(lambda m: " " * len(m.group()), sentence.text))
    if found is None:
        return []
    count = _ORDINALS[(found.group("n") or found.group("m")).lower()]
    before = mention
    if mention.event_type == "Protests":
        before = dataclasses.replace(mention, sub_event_type=_PEACEFUL, actor2=None, assoc_actor_2=None,
                                     civilian_targeting=False)
    before = dataclasses.replace(before, fatalities=0)
    said = Span(sentence.start + found.start(), sentence.start + found.end(), found.group())
    out = []
    for back in range(count - 1, 0, -1):
        day = when.first - dt.timedelta(days=back)
        out.append((before, DateRef(value=day.isoformat(), granularity="day", first=day, last=day, span=said)))
    return out

