"""Who takes part in a coded event: actor 1 and actor 2 by ACLED's conventions for each event type, and the
association of demonstrators ("supporters of X", a named organisation, an identity such as students).

Why apart from the coder: the conventions depend on the event type only, not on how the type was decided, so the
rules and the arbiter (which may retype an event, `arbitrate.py`) read actors the same way.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from spacy.tokens import Span as SpacySpan

from eventwatch.events.actors import FoundActor, find_actors, is_state_force, mention
from eventwatch.events.codebook import Rule, modality_pattern, word_sets
from eventwatch.events.mentions import ActorMention
from eventwatch.events.parsed import text_of
from eventwatch.events.readings import CueHit
from eventwatch.events.syntax import beside, spoken_for
from eventwatch.events.syntax import role as role_of

_PROTESTERS = ActorMention("Protesters ({country})", 6, None)
_RIOTERS = ActorMention("Rioters ({country})", 5, None)
_CIVILIANS = ActorMention("Civilians ({country})", 7, None)
_UNIDENTIFIED = ActorMention("Unidentified Armed Group ({country})", 3, None)
_POLICE = ActorMention("Police Forces of {country}", 1, None)
# Strategic developments whose second actor is who is held or whose property is taken (`_held_party`).
_HELD_CIVILIANS = frozenset({"Arrests", "Looting/property destruction"})
_ASSOC = re.compile(
    r"\b(?:supporters|members|activists|followers|militants|cadres|workers) of (?:the )?"
    r"((?:[A-Z][\w'/()-]*\s?(?:of |and |for |the )?)+)"
)


def event_actors(
    sent: SpacySpan, rule: Rule, anchor: CueHit | None, context: str | None = None
) -> tuple[ActorMention | None, ActorMention | None]:
    """Actor 1 and actor 2 of an event of `rule`'s type in the sentence, from the actors' syntactic roles;
    `context`: the text the event is read from (a short text's whole text; default the sentence), where a
    counter-demonstration may be told (`_crowd_sides`)."""
    text = text_of(sent)
    # who a spokesman speaks for tells the event and takes no part in it ("a spokesman for the police said")
    found = [f for f in find_actors(text) if not spoken_for(sent, f)]
    roles = [(f, role_of(sent, f)) for f in found]
    agents = [f for f, r in roles if r == "agent"]
    patients = [f for f, r in roles if r == "patient"]
    others = [f for f, r in roles if r == "other"]
    base = sent.start_char

    def pick(
        cands: list[FoundActor], *, inters: tuple[int, ...] = (), exclude: tuple[int, ...] = ()
    ) -> ActorMention | None:
        fitting = [f for f in cands if (not inters or f.inter in inters) and f.inter not in exclude]
        # a named group ("IS militants") says more than a generic one ("an armed group") in the same role
        named = [f for f in fitting if "{country}" not in f.name]
        best = (named or fitting)[:1]
        return mention(best[0], text, base) if best else None

    armed = (1, 2, 3, 4, 8)
    etype = rule.event_type
    if etype == "Protests":
        if rule.sub_event_type == "Peaceful protest":
            return _PROTESTERS, _crowd_sides("counter_protest", text if context is None else context, _PROTESTERS)
        return _PROTESTERS, pick(agents + others + patients, inters=(1, 2, 3, 4, 5, 8)) or _POLICE
    if etype == "Riots":
        target = pick(patients + others, inters=(1, 2, 3, 4, 7, 8))
        if rule.sub_event_type == "Mob violence" and (target is None or target.inter == 7):
            target = _crowd_sides("mutual_fight", text, _RIOTERS) or target or _CIVILIANS
        return _RIOTERS, target
    if etype == "Violence against civilians":
        return pick(agents, inters=armed) or pick(others, inters=armed) or _UNIDENTIFIED, _CIVILIANS
    if etype == "Strategic developments":
        lead = pick(agents, exclude=(7,)) or pick(others, exclude=(7,))
        if lead is None and rule.sub_event_type == "Arrests":
            lead = _POLICE
        rest = [f for f in patients + others if lead is None or f.name != lead.name]
        if rule.sub_event_type in _HELD_CIVILIANS:
            return lead, _held_party(pick([f for f in rest if not _partner(f, lead, found, base)]))
        return lead, pick(rest)
    # Battles and Explosions/Remote violence: attacker first, target second. Battles have two armed sides, so one
    # named only as hit ("soldiers were killed in the clash") is still a side; an explosion's victim never set it
    # off ("a bomb blast killed the head of the council", "a mine killed two soldiers"): who did is unidentified.
    if etype == "Explosions/Remote violence":
        # "blew up outside the police station": an actor named only as where a device went off is neither who set
        # it off nor, by ACLED's notes, a side of it (a bomb "near the police station" with no casualties has no
        # actor 2)
        others = [f for f in others if not beside(sent, f)]
    actor1 = pick(agents, inters=armed) or pick(others, inters=armed)
    if etype != "Explosions/Remote violence":
        actor1 = actor1 or pick(patients, inters=armed)
    actor1 = actor1 or _UNIDENTIFIED
    rest = [f for f in patients + others + agents if f.name != actor1.name or not is_state_force(f.name)]
    rest = [f for f in rest if actor1.span is None or f.start != actor1.span.start - base]
    actor2 = pick(rest, inters=(1, 2, 3, 4, 7, 8))
    if actor2 is None and etype == "Explosions/Remote violence" and _civilians_harmed(sent):
        actor2 = _CIVILIANS
    return actor1, actor2


def _partner(found: FoundActor, lead: ActorMention | None, every: list[FoundActor], base: int) -> bool:
    """True for an actor of the doer's own kind and country ("soldiers and police arrested six farmers"): its partner
    in an arrest or a looting, not whom it holds or robs. Forces of another country are another side ("Ukrainian
    forces destroyed a column of Russian forces")."""
    if lead is None or found.inter != lead.inter:
        return False
    doer = next((f for f in every if lead.span is not None and f.start == lead.span.start - base), None)
    return doer is None or doer.country == found.country


def _civilians_harmed(sent: SpacySpan) -> bool:
    """True when the sentence tells people who belong to no armed side killed or hurt (`harm_verbs` with a
    `civilian_victims` noun as object or passive subject: "killing one child", "injuring three shepherds", "two
    women were wounded"): an explosion's second actor, Civilians, where the dictionary names no actor for them."""
    words = word_sets("harm_verbs", "civilian_victims")
    for token in sent:
        if token.lemma_.lower() not in words["harm_verbs"]:
            continue
        if any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in words["civilian_victims"]
               for c in token.children):
            return True
    return False


def _crowd_sides(key: str, text: str, side: ActorMention) -> ActorMention | None:
    """`side` when `text` tells a crowd on the other side too (`counter_protest`, `mutual_fight` in modality.toml):
    a counter-demonstration's protesters, or the other group of a fight between two crowds, whom ACLED codes as
    protesters or rioters and not as civilians. None when it tells none."""
    return side if modality_pattern(key).search(text) else None


def _held_party(held: ActorMention | None) -> ActorMention:
    """Who an arrest holds or whose property is looted or destroyed (`_HELD_CIVILIANS`): civilians unless the text
    names another party. ACLED codes the people arrested and the owners of what is seized, burnt or razed as
    Civilians (inter 7) when they belong to no armed side; a crowd word naming them ("residents", "villagers") is
    not rioters here, for they only suffer the act; and an actor of the doer's own kind is its partner, not its
    target (`event_actors` leaves it out: "soldiers and police arrested six villagers"). Team-written example,
    actor 2 Civilians: "Soldiers burnt down four houses in the village on Tuesday." """
    if held is None:
        return _CIVILIANS
    if held.inter == 5:
        return dataclasses.replace(held, name=_CIVILIANS.name, inter=7)
    return held


def associated_actor(text: str, identities: Sequence[tuple[re.Pattern[str], str]]) -> str | None:
    """Who the demonstrators are: "supporters of X", a named organisation, or an identity such as students."""
    for found in find_actors(text):
        if found.inter in (2, 3, 4) and "{country}" not in found.name:
            return found.name
    m = _ASSOC.search(text)
    if m:
        return m.group(1).strip()
    for pattern, identity in identities:
        if pattern.search(text):
            return identity
    return None
