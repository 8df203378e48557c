"""The attackers' dead told in the paragraph after a lead that counted the other side's: added to the lead's toll.

ACLED counts every death of an event, on all sides. A wire story's lead counts the dead of the side that was attacked
("Nine policemen were killed when gunmen raided the post on the highway before dawn on Friday"), and its next
paragraph adds the attackers' dead ("The raiders fought the police for an hour before fleeing. Six of the raiders
were also killed, the ministry said."). That sentence often codes nothing of its own or retells the fight, so the
clash kept only the lead's count. The attackers' nouns and death verbs are data (`other_side.toml`).

What is not added: a lead whose dead are not counted as soldiers or police (a count of "people" may already hold
every side), a count in the lead's own paragraph or two paragraphs on (as often another occurrence), a count of
attackers when the lead already names attackers among its dead ("killing nine policemen and two attackers"), a
running total (`totals.without_running_totals`), and anything for an event record (its note states its own toll).
Read only for the lead's Battles events (`assemble`): the attackers' dying means there was a fight.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Span as SpacySpan

from eventwatch.events.codebook import codebook_toml, load_codebook
from eventwatch.events.counts import without_echoed_digits
from eventwatch.events.number_words import number_regex, parse_count
from eventwatch.events.totals import without_running_totals


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = codebook_toml("other_side.toml")
    nouns = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(data["attackers"]["words"], key=len,
                                                                           reverse=True))
    verbs = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in data["death_verbs"]["words"])
    # "more than 20 terrorists" were killed; 14 of the assailants had been "neutralised"; four attackers had also
    # been killed
    dead = re.compile(
        rf"(?P<count>(?:(?:more\s+than|at\s+least|some|about|over)\s+)?(?:{number_regex()}))\s+(?:of\s+the\s+)?"
        rf"(?:{nouns})\W{{0,2}}\s+(?:(?:had|have)\s+(?:also\s+)?been|were|was)\s+(?:also\s+)?\W?(?:{verbs})\b",
        re.IGNORECASE)
    counted = re.compile(rf"\b(?:{number_regex()})\s+(?:of\s+the\s+)?(?:{nouns})\b", re.IGNORECASE)
    forces = "|".join(re.escape(w) for w in load_codebook().modality["force_members"])
    # the lead's dead are the forces that were attacked: "Eleven soldiers", "a dozen soldiers", "five police officers"
    hit = re.compile(rf"\b(?:{number_regex()})\s+(?:[\w-]+\s+){{0,2}}?(?:{forces})\b", re.IGNORECASE)
    return dead, counted, hit


def attackers_dead(text: str) -> int | None:
    """The count of attackers a sentence tells died ("Six of the raiders were also killed"), or None."""
    dead = _patterns()[0]
    m = dead.search(without_echoed_digits(text))
    return parse_count(m.group("count")) if m else None


def other_side_tolls(sentences: Sequence[tuple[int, bool, SpacySpan]]) -> list[int | None]:
    """For each sentence of a story (its paragraph, whether it coded an event, its parse), the attackers' dead to add
    to its events' count: set only for the lead (the first sentence that codes an event) when the first sentence of
    the next paragraph that counts attackers' dead does so, the lead counts dead soldiers or police (`force_members` in
    modality.toml) and names no attackers among its counted dead.

    Team-written example: "Nine policemen were killed when gunmen raided the post before dawn on Friday. || The
    raiders fought the police for an hour. Six of the raiders were also killed, the ministry said." gives the lead 6
    to add (15 in all)."""
    out: list[int | None] = [None] * len(sentences)
    lead = next((i for i, (_, coded, _) in enumerate(sentences) if coded), None)
    if lead is None:
        return out
    para = sentences[lead][0]
    _, counted, hit = _patterns()
    told = without_echoed_digits(sentences[lead][2].text)
    if counted.search(told) or not hit.search(told):
        return out  # the lead counts attackers itself ("killing nine policemen and two attackers"), or no forces
    for p, _, span in sentences[lead + 1:]:
        if p > para + 1:
            break
        if p == para + 1:
            count = attackers_dead(without_running_totals(span))
            if count:
                out[lead] = count
                break
    return out
