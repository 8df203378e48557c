"""One occurrence told again in a later sentence with another type: its victims told alone, its shelling in a fight.

ACLED codes one event per occurrence (issue 10), of the type that names the whole of it; a report tells an
occurrence and then, in a sentence of its own, a part of it that the rules read as an event of another type:

- *the victims told alone* (`_victims_told`): "A drone hit a pick-up truck on the road out of Kismayo on Thursday.
  The driver and his passenger were killed and the truck burnt out" codes an attack on civilians beside the drone
  strike; "Gunmen raided the village of Kadaura on Monday night. Two farmers were shot dead and their granaries set
  on fire" a violent demonstration beside the attack. The later sentence tells only what was suffered: its trigger
  is a harm told in the passive with nobody named as its agent ("were killed", "were set on fire", no "by ..."), or
  a death ("died"), and no first actor is read in it. It names no act of its own, so it is the occurrence told
  before it at the same place.
- *the victims told alone, named as a side*: "An air strike hit a truck carrying militants near Afgooye on Sunday.
  Five militants were killed" codes an armed clash beside the strike, the passive's subject read as its first side.
  The subject of a passive harm is who suffered it, not who did it (`_patient_read`), so the sentence tells victims
  alone as above.
- *a fight told as each side's attack* (`_mutual`): "Herders and farmers fought with machetes at Koro on Friday ...
  Youths of both camps attacked each other's houses" codes an attack on civilians beside the clash. An attack whose
  object is "each other" or "one another" is the two sides fighting, so it is the fight or the riot told before it.
- *force used on a crowd told as an attack* (`_force_on_crowd`): "Police fired tear gas to clear the sit-in outside
  the ministry on Monday ... Officers beat several of the demonstrators with batons as they cleared the square" codes
  an attack on civilians beside the protest with intervention. Beating people while clearing them is the
  intervention itself (ACLED's protest with intervention, or a riot's dispersal), so an attack told by a beating,
  with no dead, folds into the protest the police answered or the riot told before it.
- *shelling inside a fight* (`_fire_in_battle`): "Rebels attacked an army base near Beni on Monday ... The fighters
  fired mortars and machine guns at the base for two hours" codes a shelling beside the clash. ACLED codes shelling
  when one side fires from afar at a side that does not fight back; mortars or rocket-propelled grenades fired
  together with small arms (rifles, machine guns, "opened fire") are weapons of the battle, which stays one Battles
  event.
- *the doers' next deed told by a pronoun* (`_doers_retold`, coder114): "Gunmen stormed the village of Gumsuri on
  Sunday night and shot dead five men. They then set fire to the granaries and the school" codes mob violence
  beside the attack. A sentence whose subject is a bare "They", "He" or "She" (then, also, later) tells what the
  doers of the telling before it went on to do, so its riot or property destroyed is that attack, clash or
  explosion's own, not a crowd's.

The later telling folds into the nearest fight, attack, explosion or riot (for the shelling: battle) told before it
in its paragraph or the one before, at the same place, on days that agree (a day that lies in the period the first
telling's words give agrees with it: "Six men died in two days of clan fighting earlier this week ... Four were
killed on Monday" is the fight's Monday told again); the first telling's toll is kept, or the
later one's when the first told none. A riot's dead are the riot's (coder104): "Supporters of two candidates fought
with clubs in the market of Kenema on Sunday. A trader was struck on the head and died in hospital" is one mob
violence event. So is a self-immolated protester's own death told alone (coder111, `_immolation`): "A vendor set
himself on fire outside the town hall on Monday. He died in hospital on Tuesday" is one Peaceful protest with one
dead, the death's day on or after the act's (the burns may take days to kill). What stays apart: a later
sentence that names the agent of the harm ("were killed by soldiers"), a first actor, another occurrence
(`ANOTHER`), a day that disagrees, or another place; shelling with no small arms in its sentence, or a first side the
battle does not name.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from eventwatch.events.aftermath import toll_kept
from eventwatch.events.immolation import tells_immolation
from eventwatch.events.report_days import paragraph_of
from eventwatch.events.retelling import ANOTHER, dayless, fold_later, unnamed
from eventwatch.records import Event
from eventwatch.sentences import paragraph_starts

# The event types whose occurrence a later sentence's victims may be (the first telling): a riot's dead are the
# riot's, as a fight's are the fight's ("supporters of rival parties fought with sticks ... The man was hit on the
# head and died on the way to hospital": one mob violence event, coder104).
_FIGHTS = frozenset({"Battles", "Violence against civilians", "Explosions/Remote violence", "Riots"})
# The later tellings the victims' sentence is read as: an attack on civilians, or a riot (a harm with no agent), or an
# armed clash when the victims were read as its first side (`_patient_read`).
_SUFFERED = frozenset({"Attack", "Violent demonstration", "Mob violence"})
_SUFFERED_AS_SIDE = frozenset({"Armed clash"})
# A harm told in the passive, right before the trigger's word: "were killed", "was badly beaten", "had been set".
_PASSIVE = re.compile(r"\b(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# The harms such a passive tells (the trigger's first word).
_HARMS = frozenset({"killed", "shot", "stabbed", "hacked", "beaten", "burnt", "burned", "set", "torched",
                    "wounded", "injured", "hurt"})
# A death told with no one doing it: "Both men died".
_DEATHS = frozenset({"died", "dead"})
# The agent of a passive harm, right after it: "killed by soldiers", "set on fire by the mob".
_AGENT = re.compile(r"^(?:\s+[\w-]+){0,3}?\s+by\b", re.IGNORECASE)
# Between a first side read before the trigger and a passive harm: the side is the passive's subject ("Four (4)
# militants were ", "the two gunmen had been "), a few words with no clause break.
_SUBJECT_OF_PASSIVE = re.compile(r"^[^,;:.]{0,30}?\b(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:\w+ly\s+)?$",
                                 re.IGNORECASE)
# A fight told in the victims' sentence ("Two suspects were killed after they opened fire on the troops"): the sentence
# tells an act of its own, a clash, not only who suffered.
_FOUGHT = re.compile(r"\b(?:opened\s+fire|fired|shot\s+at|gun\s*fights?|gunfire|firefights?|clash\w*|fought|fighting|"
                     r"battles?|exchanges?\s+of\s+fire|exchanged\s+fire|ambush\w*|attack\w*|resist\w*)\b",
                     re.IGNORECASE)
# An attack's object that makes it the two sides fighting: "attacked each other", "one another's villages".
_RECIPROCAL = re.compile(r"^\s+(?:each\s+other|one\s+another)\b", re.IGNORECASE)
# A beating, the force a crowd is cleared with (`_force_on_crowd`): the trigger's first word.
_BEATINGS = frozenset({"beat", "beats", "beating", "beaten", "clubbed", "clubbing", "whipped", "whipping", "batons"})
# A crowd's event types: what a beating told alone may be the force of.
_CROWDS = frozenset({"Protests", "Riots"})
# The protests a force answered (a crowd cleared): the sub-types a beating of it folds into.
_ANSWERED = frozenset({"Protest with intervention", "Excessive force against protesters"})
# What a crowd or a group does, which the doers of an attack told before may have done (`_doers_retold`).
_DEEDS = frozenset({"Mob violence", "Violent demonstration", "Looting/property destruction"})
# A sentence whose subject is a bare personal pronoun: the doers of the sentence before ("They then set fire to ...").
_PRONOUN_DOERS = re.compile(r"^\s*(?:they|he|she)\s+(?:(?:then|also|later|subsequently)\s+)?(?!(?:said|say|says|told|"
                            r"added|were|was|are|is|had\s+been|have\s+been))\w", re.IGNORECASE)
# A period of days as an event's `date_value` writes it ("2024-10-14/2024-10-19").
_DAYS = re.compile(r"(\d{4}-\d\d-\d\d)/(\d{4}-\d\d-\d\d)")
# Small arms fired in the shelling's sentence: the shelling is the fight's own fire.
_SMALL_ARMS = re.compile(r"\b(?:opened\s+fire|machine[- ]?guns?|rifles?|gunfire|small[- ]arms|kalashnikovs?|"
                         r"AK-47s?)\b", re.IGNORECASE)


def fold_other_type(events: list[Event], text: str, agree: Callable[[Event, Event], bool],
                    noted: Callable[[Event, Event], str]) -> list[Event]:
    """The events with each victims' sentence and each fight's shelling folded into the occurrence told before them
    (the module's docstring). `agree` says whether two events' days agree (`occurrence._days_agree`), `noted` writes
    the fold into the kept event's notes."""
    starts = paragraph_starts(text)

    def target(later: Event, before: list[Event], dropped: set[str]) -> Event | None:
        if later.location is None or ANOTHER.search(later.evidence.sentence.text):
            return None
        if _victims_told(later):
            kinds = _FIGHTS | (_CROWDS if _force_on_crowd(later) else frozenset())
        elif _fire_in_battle(later):
            kinds = frozenset({"Battles"})
        elif _mutual(later):
            kinds = frozenset({"Battles", "Riots"})
        elif _force_on_crowd(later):
            kinds = _CROWDS
        elif _doers_retold(later):
            kinds = _FIGHTS - {"Riots"}
        else:
            return None
        here = paragraph_of(starts, later.evidence.sentence.start)
        return next((e for e in reversed(before) if e.event_id not in dropped
                     and ((e.event_type in kinds and (e.event_type != "Protests" or e.sub_event_type in _ANSWERED))
                          or (kinds >= _FIGHTS and _immolation(e)))
                     and e.sub_event_type != later.sub_event_type
                     and e.evidence.sentence.start < later.evidence.sentence.start
                     and paragraph_of(starts, e.evidence.sentence.start) >= here - 1
                     and e.location == later.location and e.geonameid == later.geonameid
                     and _sides_fit(e, later)
                     and (agree(e, dayless(later)) or _in_period(later, e)
                          or (_immolation(e) and _not_before(later, e)))), None)

    return fold_later(events, target, lambda kept, later: dataclasses.replace(
        kept, fatalities=_toll(kept, later), notes=noted(kept, later)))


def _toll(kept: Event, later: Event) -> int:
    """The folded occurrence's toll (`aftermath.toll_kept`); a self-immolated protester's own death told alone ("he died
    in hospital on Tuesday") is one dead of the protest, which the lone death's sentence counts as none."""
    toll = toll_kept(kept, later)
    trigger = later.evidence.trigger
    if _immolation(kept) and trigger is not None and (trigger.text.split() or [""])[0].lower() in _DEATHS:
        return max(toll, 1)
    return toll


def _victims_told(e: Event) -> bool:
    """Whether `e` is an attack or a riot read from a sentence that tells only a harm suffered: a passive harm with
    no agent, or a death, and no first actor read."""
    trigger, sentence = e.evidence.trigger, e.evidence.sentence
    if trigger is None:
        return False
    if not ((e.sub_event_type in _SUFFERED and e.evidence.actor1 is None)
            or (e.sub_event_type in _SUFFERED_AS_SIDE and _patient_read(e))):
        return False
    word = (trigger.text.split() or [""])[0].lower()
    if word in _DEATHS:
        return True
    before = sentence.text[:trigger.start - sentence.start]
    after = sentence.text[trigger.end - sentence.start:]
    return word in _HARMS and _PASSIVE.search(before) is not None and _AGENT.match(after) is None


def _immolation(e: Event) -> bool:
    """Whether `e` is a protest told by a self-immolation (`immolation.tells_immolation`): the protester's own death,
    told alone after it ("he died in hospital on Tuesday"), is that protest's, not an attack (coder111)."""
    trigger = e.evidence.trigger
    return e.event_type == "Protests" and trigger is not None and tells_immolation(trigger.text)


def _not_before(later: Event, first: Event) -> bool:
    """Whether `later` is dated on or after `first` (or either is undated): a self-immolated protester may die of the
    burns days after the act, and the death is still the act's."""
    return later.event_date is None or first.event_date is None or later.event_date >= first.event_date


def _patient_read(e: Event) -> bool:
    """Whether `e`'s first side was read from the subject of its passive harm ("Four militants were killed"): the
    side that suffered, so the sentence names no agent, and it tells no fight of its own (`_FOUGHT`)."""
    side, trigger = e.evidence.actor1, e.evidence.trigger
    sentence = e.evidence.sentence
    if side is None or trigger is None or side.end > trigger.start or _FOUGHT.search(sentence.text):
        return False
    between = sentence.text[side.end - sentence.start:trigger.start - sentence.start]
    return _SUBJECT_OF_PASSIVE.match(between) is not None


def _mutual(e: Event) -> bool:
    """Whether `e` is an attack whose object is the attackers themselves ("attacked each other"): a fight."""
    trigger = e.evidence.trigger
    if e.sub_event_type != "Attack" or trigger is None:
        return False
    sentence = e.evidence.sentence
    return _RECIPROCAL.match(sentence.text[trigger.end - sentence.start:]) is not None


def _force_on_crowd(e: Event) -> bool:
    """Whether `e` is an attack with no dead told by a beating ("beating several people with batons"): the force
    that clears a crowd."""
    trigger = e.evidence.trigger
    if e.sub_event_type != "Attack" or e.fatalities or trigger is None:
        return False
    return (trigger.text.split() or [""])[0].lower() in _BEATINGS


def _doers_retold(e: Event) -> bool:
    """Whether `e` is a riot or property destroyed told by a sentence whose subject is a bare pronoun doing it ("They
    then set fire to the houses"): the deed of the doers told before, not a crowd's of its own."""
    return (e.sub_event_type in _DEEDS and unnamed(e.actor1)
            and _PRONOUN_DOERS.match(e.evidence.sentence.text) is not None)


def _in_period(later: Event, first: Event) -> bool:
    """Whether `later`'s day lies in the period of days `first`'s words gave it ("earlier this week"): a day of that
    period told again, which `occurrence._days_agree` (two days the text tells) keeps apart."""
    period = _DAYS.fullmatch(first.date_value or "")
    return period is not None and later.event_date is not None and period[1] <= later.event_date <= period[2]


def _fire_in_battle(e: Event) -> bool:
    """Whether `e` is a shelling whose sentence tells small arms fired with it: the fire of a battle."""
    return (e.sub_event_type == "Shelling/artillery/missile attack"
            and _SMALL_ARMS.search(e.evidence.sentence.text) is not None)


def _sides_fit(first: Event, later: Event) -> bool:
    """Whether the later telling's first side may be the first telling's: nobody named, or one of its sides."""
    return unnamed(later.actor1) or later.actor1 in {first.actor1, first.actor2}
