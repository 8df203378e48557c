"""The ends of a way: places a sentence names as where a road, a journey or a march runs from and to.

Why: "a bus travelling from Maiduguri towards Bama struck a bomb 6 km outside Konduga" names three towns, and one
event happened, outside Konduga; read as a list, it gave one event at each of the three. The ends of a way say
where the way runs, not where the event on it happened: they yield to a town the sentence says the event was near
or at (`near_a_way`), and when it says none ("gunmen ambushed a convoy on the road from Gao to Menaka"), one event
is coded, at the first end (ACLED codes one event per occurrence; where on the road is unknown). A march or a
protest convoy is where it passes: for protests and riots each end stays an event (`assemble._MOVING`).

The ways read here, each from the text between two found places (the parse hangs "to" on the verb or the noun
as it likes):
- "from A to B", "from A towards B", "from A, the state capital, to B" (an apposition may follow the first end);
- "the A-B road" (highway, route, motorway, railway, railroad, axis, corridor);
- "the road between A and B", "the highway linking A and B", "the road that links A to B", "the highway which
  joins A with B" (a way's noun before "between" or a verb of joining, "that" or "which" allowed between, so
  "clashes between A and B" is no way).
- "buses travelling to B", "a convoy heading for B", "a lorry bound for B": a journey's destination named alone, after
  a verb of going (the vehicle was on its way there; the event happened somewhere short of it).
A found place is an end though the other end was not found (a town the parser did not tag or the gazetteer lacks):
"near Dessalines Hill, on the road that links Jacmel to Marigot" with Marigot unread still names the way, not the
event's place, beside the hill it was near.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from eventwatch.records import Place

# A way's noun, singular or plural ("the A-B road", "the roads between A and B"): read here and by `headed`, whose
# "A-B road" after a head's town names no town as the place.
WAY = (r"(?:road|highway|route|motorway|expressway|freeway|railway|railroad|rail line|axis|corridor|stretch"
       r"|section)s?")
_OF_A_TOWN = r"(?:the\s+(?:town|city|village)\s+of\s+)?"  # "from the town of A", "near the village of B"
_BEFORE_FROM = re.compile(rf"\bfrom\s+{_OF_A_TOWN}$", re.IGNORECASE)
_FROM_TO = re.compile(rf"^(?:\s*,[^,.;:()]{{1,60}},)?\s+(?:to|towards|toward|into)\s+{_OF_A_TOWN}$", re.IGNORECASE)
_DASH = re.compile(r"^\s?[-–]\s?$")
_AFTER_DASH = re.compile(rf"^\s+{WAY}\b", re.IGNORECASE)
_BEFORE_BETWEEN = re.compile(rf"\b{WAY}\s+(?:between|(?:(?:that|which)\s+)?(?:link|connect|join)(?:s|ing)?)\s+$",
                             re.IGNORECASE)
_AND = re.compile(r"^\s+(?:and|to|with)\s+$", re.IGNORECASE)
# A way's other end named but not found as a place ("the road that links Kenscoff to Petion-Ville" with the second
# town unread, "the Jos-Bauchi road" with one of them unknown): the found end is still an end of the way.
_OTHER_END_AFTER = re.compile(rf"^\s+(?:and|to|with)\s+{_OF_A_TOWN}[A-Z]")
_OTHER_END_DASHED_AFTER = re.compile(rf"^\s?[-–]\s?[A-Z][\w'’.]*\s+{WAY}\b", re.IGNORECASE)
_OTHER_END_DASHED_BEFORE = re.compile(r"\b[A-Z][\w'’.]*\s?[-–]\s?$")
# A journey's destination alone: "travelling to", "heading for", "bound for", "on their way to", "en route to".
_GOING_TO = re.compile(rf"\b(?:travell?ing|travell?ed|heading|headed|bound|en route|on (?:its|their|his|her) way)\s+"
                       rf"(?:to|towards|toward|for)\s+{_OF_A_TOWN}$", re.IGNORECASE)


# Where on a way something happened: a town said to be near it ("near Katari", "6 km outside Konduga", "close to",
# "on the outskirts of"); a town merely named elsewhere in the sentence ("in solidarity with the protest in Ottawa")
# says nothing of where on the way.
_NEAR = re.compile(r"\b(?:near|nearby|outside|close to|next to|(?:\d+|a few|several) (?:km|kilometres|kilometers|miles)"
                   rf"(?: \w+)?(?: of| from)?|outskirts of|vicinity of|at)\s+{_OF_A_TOWN}$", re.IGNORECASE)


def near_a_way(text: str, place: Place) -> bool:
    """Whether `place` is named as where on a way something happened (`_NEAR`)."""
    return place.span is not None and _NEAR.search(text[max(0, place.span.start - 40):place.span.start]) is not None


def route_ends(text: str, places: Sequence[Place]) -> set[int]:
    """The indexes in `places` of those named as a way's ends (see the module's docstring)."""
    starts = {i: p.span.start for i, p in enumerate(places) if p.span is not None}
    order = sorted(starts, key=starts.__getitem__)
    ends: set[int] = set()
    for i, j in itertools.pairwise(order):
        a, b = places[i].span, places[j].span
        assert a is not None and b is not None
        before, between, after = text[max(0, a.start - 40):a.start], text[a.end:b.start], text[b.end:b.end + 30]
        if (_BEFORE_FROM.search(before) and _FROM_TO.match(between)) \
                or (_DASH.match(between) and _AFTER_DASH.match(after)) \
                or (_BEFORE_BETWEEN.search(before) and _AND.match(between)):
            ends.update((i, j))
    for i in order:  # a lone end: the other end is not among the found places
        span = places[i].span
        assert span is not None
        before, after = text[max(0, span.start - 40):span.start], text[span.end:span.end + 40]
        if (_BEFORE_BETWEEN.search(before) and _OTHER_END_AFTER.match(after)) \
                or _OTHER_END_DASHED_AFTER.match(after) \
                or (_OTHER_END_DASHED_BEFORE.search(before) and _AFTER_DASH.match(after)) \
                or _GOING_TO.search(before):
            ends.add(i)
    return ends
