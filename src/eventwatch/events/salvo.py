"""An air defence's tally of a night's salvo, counted out of the weapons launched: no occurrence at a place
(coder104, issue 10; the trial sets' fix halves coded it as a Disrupted weapons use at the country).

Read in a story's sentences only (`staged.no_event`): a short text read alone (the arbiter's training examples, CASE)
keeps its reading. The words are data (`modality.toml`: `interception_lemmas`, `salvo_nouns`). Team-written example,
no event: "The air force said it had destroyed 41 of the 60 drones launched at the country overnight."
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span as SpacySpan

from eventwatch.events.codebook import word_sets
from eventwatch.events.number_words import number_regex
from eventwatch.events.parsed import Tok, text_of


def _lists() -> dict[str, frozenset[str]]:
    return word_sets("interception_lemmas", "salvo_nouns")


@lru_cache(maxsize=1)
def _salvo() -> re.Pattern[str]:
    """A count out of a number before a salvo's weapon, a few words between: "52 of the 74 drones", "24 of 31
    Iranian-designed Shahed drones"."""
    nouns = "|".join(sorted(_lists()["salvo_nouns"], key=len, reverse=True))
    num = number_regex()
    return re.compile(rf"\b{num}\s+of\s+(?:the\s+)?{num}\s+(?:[\w-]+\s+){{0,3}}?(?:{nouns})\b", re.IGNORECASE)


def salvo_tally(token: Tok, sent: SpacySpan) -> bool:
    """True for an interception (`interception_lemmas`: shot down, intercepted, destroyed) whose sentence counts the
    weapons it stopped out of those launched ("shot down 52 of the 74 drones Russia launched against the country"):
    an air defence's tally of a night's salvo across a country, no occurrence at a place. Why: the strikes of the
    salvo are coded where they land, and the tally names no place but the country, where it was coded as a Disrupted
    weapons use of its own (coder104, issue 10; trial2's and trial6's fix halves; no ACLED 2022 note tells such a
    count). An interception over a place with no count out of a number ("air defence downed two drones over the
    port") keeps its event.
    """
    if token.lemma_.lower() not in _lists()["interception_lemmas"]:
        return False
    return _salvo().search(text_of(sent)) is not None
