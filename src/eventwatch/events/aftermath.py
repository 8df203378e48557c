"""An event's aftermath told in a later sentence: a toll revised, a wounded victim's later death, the police's answer.

ACLED codes one event per occurrence (issue 10) and counts in it every death the occurrence caused, whenever the
victim died; what the police did to a riot's crowd is part of the riot. A report tells these in sentences of their
own, and the rules read each as an event of another type than the occurrence's:

- *a toll revised or a later death* (`death_of`): "A roadside bomb exploded under an army vehicle near Muqdadiya on
  Monday, killing three soldiers ... The ministry had first put the toll at two dead and two wounded. One of the
  wounded soldiers died overnight in the general hospital" codes an attack on civilians and an armed clash beside the
  bomb; "an explosive device ... went off under an army truck, wounding six soldiers ... One of them died on Monday
  at the hospital" an attack on civilians beside the bomb;
- *the police's answer to a riot told in its own sentence* (`dispersal_of`): "Several hundred youths burned tyres
  ... and set fire to two police cars. Officers fired tear gas and warning shots" codes a protest with intervention
  beside the violent demonstration.

The later telling is folded into the occurrence told before it at the same place. Distinct occurrences stay apart: a
later sentence that tells a new attack (its trigger is an act of violence, not a death or a toll: "gunmen killed two
more villagers on Tuesday, bringing the week's toll to 12"), says it tells another occurrence (`ANOTHER`), is at
another place, or, for the police, answers a crowd on another day.
"""

from __future__ import annotations

import re

from eventwatch.records import Event

# The event types a later sentence's death or toll may be read as.
_FIGHTS = frozenset({"Battles", "Violence against civilians", "Explosions/Remote violence"})
# The event types whose toll a later sentence may revise: a riot's dead are the riot's, as a fight's are the fight's
# ("Three people died in the riot on Monday ... Two more men, both stabbed, died in hospital, bringing the toll to
# five").
_TOLLED = _FIGHTS | {"Riots"}
# A harm the later sentence's trigger may tell when nobody is told doing it: the victims' wounds, not a new act
# ("both shot in the chest, died on Tuesday"; "gunmen shot two more" names its agent and stays an act of its own).
_AGENTLESS = frozenset({"killed", "shot", "stabbed", "hacked", "beaten"})
# A sentence that revises a toll or tells a victim's later death: "first put the toll at two", "raising the toll to
# five", "the toll rose to", "had initially reported three killed", "one of the wounded soldiers died overnight",
# "died of his wounds", "succumbed to her injuries", "died on the way to hospital", "later succumbed".
_AFTER = re.compile(
    r"\b(?:(?:put|puts|putting|raised|raises|raising|brought|brings|bringing|took|takes|taking)\s+the\s+(?:death\s+)?"
    r"toll|toll\s+(?:rose|climbed|has\s+(?:risen|climbed)|had\s+(?:risen|climbed))|(?:first|initially|earlier)\s+"
    r"(?:said|reported|put|gave|announced)|of\s+(?:the|them|those)\s+(?:\w+\s+){0,2}?(?:wounded|injured)?\b[^.;]{0,60}?"
    r"\b(?:died|succumbed)|(?:died|succumbed)\s+(?:later|overnight|(?:of|from|to)\s+(?:his|her|their)\s+(?:wounds|injuries|burns)|"
    r"(?:on\s+the\s+way\s+)?(?:in|at|to)\s+(?:the\s+)?(?:\w+\s+){0,2}?hospital)|later\s+(?:died|succumbed))",
    re.IGNORECASE)
# A later telling that says the toll went up: its figure is the latest (`toll_kept`).
_RISEN = re.compile(r"\b(?:toll\s+(?:[\w'-]+\s+){0,3}?(?:has\s+|had\s+)?(?:risen|rose|climbed|increased|jumped)|"
                    r"(?:raised|raising|pushed|pushing)\s+the\s+(?:death\s+)?toll)\b", re.IGNORECASE)
# The words a death or a toll is told by (a later telling's trigger); any other trigger is an act of its own.
_DEATH_WORDS = frozenset({"died", "dies", "dead", "death", "deaths", "toll", "wounded", "injured", "wounds",
                          "injuries", "succumbed"})
# A protest's sub-types that tell a force's answer to a crowd.
_ANSWERS = frozenset({"Protest with intervention", "Excessive force against protesters"})


def death_of(before: list[Event], later: Event, dropped: set[str], another: re.Pattern[str]) -> Event | None:
    """The fight or attack whose toll `later`'s sentence revises or whose wounded it tells dying, or None. Why: the
    death belongs to the occurrence that caused it, on the day it happened, not on the day the victim died; the
    revised figure is the occurrence's own toll told again. Only when the sentence says so (`_AFTER`), its trigger is
    a death or a toll (`_DEATH_WORDS`; a harm, `_AGENTLESS`, only with nobody told doing it), no word of another
    occurrence, and an earlier fight, attack or riot (`_TOLLED`) at the same place; the nearest such is the one told
    again."""
    sentence, trigger = later.evidence.sentence, later.evidence.trigger
    if later.event_type not in _FIGHTS or later.location is None or trigger is None:
        return None
    word = (trigger.text.split() or [""])[0].lower()  # "wounded officers": the trigger's head word comes first
    if word not in _DEATH_WORDS and not (word in _AGENTLESS and later.evidence.actor1 is None):
        return None
    if (_AFTER.search(sentence.text) is None and _RISEN.search(sentence.text) is None) or another.search(sentence.text):
        return None
    for first in reversed(before):
        if (first.event_id not in dropped and first.event_type in _TOLLED and first.location == later.location
                and first.geonameid == later.geonameid
                and first.evidence.sentence.start < sentence.start):
            return first
    return None


def dispersal_of(first: Event, later: Event) -> bool:
    """Whether `later` is the police's answer to the riot `first`, told in a sentence of its own: a protest with
    intervention (or excessive force) after a violent demonstration or mob violence. Why: ACLED codes one event per
    day, place and type family, and the riot, the more violent telling, absorbs its dispersal; the caller checks
    place, day, sides and words of another occurrence (`retelling._retold`)."""
    return first.event_type == "Riots" and later.event_type == "Protests" and later.sub_event_type in _ANSWERS


def toll_kept(kept: Event, later: Event) -> int:
    """The folded occurrence's toll: its own when it told one (a revision repeats a figure the first telling already
    gives or gave wrong), else the later telling's ("wounding six ... One of them died"). A later telling that says
    the toll has risen ("the toll in Sumy has risen to four", `_RISEN`) gives the latest figure, which ACLED codes
    (coder99, issue 10: a live blog's later entry raised its first toll of two; trial15's fix half kept the two)."""
    if later.fatalities > kept.fatalities and _RISEN.search(later.evidence.sentence.text):
        return later.fatalities
    return kept.fatalities or later.fatalities

