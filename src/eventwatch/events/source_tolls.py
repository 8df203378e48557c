"""A second source's lower toll told in a later sentence: ACLED codes the lowest figure when sources conflict.

A report gives one source's count of the dead and, a sentence or a few paragraphs on, another source's lower count
of the same dead: "Gunmen raided the market at dawn, killing nine traders, residents said. || The police confirmed
the raid but put the toll at five." or a group's claim against the local sources ("The rebels said they had killed
six soldiers. Villagers said two soldiers died."). `counts.find_fatalities` keeps the lowest of conflicting figures
within one sentence (`counts._CONFLICT`); across sentences the event kept the first figure, its own or the one
`totals.carried_tolls` carried to it. ACLED codes the lowest reported toll unless a later report revises it; a toll
that "rose to" a figure is a revision (`counts.revised_toll`, `totals.raised_tolls`), and so is one an earlier report
"first put at" a figure the story then corrects, which is not read here.

Two tellings are read as a second source's figure for the same dead:
- "put the (death) toll at N" with N lower than the count told before it (not "first/initially/earlier put": the
  superseded figure of a revision);
- a count told after a claim's count ("claimed", "claims") in the sentences that follow the claim, of the same
  victims (the noun both counts count, "soldiers" and "soldiers") and lower than the claim's.

The events told before the lower figure with the earlier count as their toll take the lower one: the story's lead and
its headline, which both told the earlier count, or the act a carried claim's count went to.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Span as SpacySpan

from eventwatch.events.counts import find_fatalities
from eventwatch.events.number_words import QUALIFIER, number_regex, parse_count
from eventwatch.events.totals import without_running_totals

# How far the lower figure may stand from the count it corrects: a wire story's police figure comes after the
# lead's detail paragraph, its headline a paragraph before the lead.
_PARAGRAPHS = 3
_CLAIM = re.compile(r"\bclaim(?:s|ed|ing)?\b", re.IGNORECASE)
_CUES = ("toll at", "claim")


@lru_cache(maxsize=1)
def _put_at() -> re.Pattern[str]:
    return re.compile(
        rf"(?<!first )(?<!initially )(?<!earlier )(?<!originally )\bput(?:s|ting)?\s+the\s+"
        rf"(?:(?:death|official|final)\s+)?toll\s+at\s+(?P<n>{QUALIFIER}{number_regex()})\b", re.IGNORECASE)


def _put_toll(text: str) -> int | None:
    """The figure of "put the (death) toll at N" ("The police put the toll at five"), or None."""
    m = _put_at().search(text)
    return parse_count(m.group("n")) if m else None


def _counted(span: SpacySpan) -> frozenset[str]:
    """The nouns a number counts in the sentence ("killed six soldiers": "soldier"), folded to their singular."""
    return frozenset(t.head.lower_.removesuffix("s") for t in span if t.dep_ == "nummod" and t.head is not t)


def lower_tolls(sentences: Sequence[tuple[int, bool, SpacySpan]]) -> list[tuple[int, int] | None]:
    """For each sentence of a report (its paragraph, whether it coded an event, its parse), the earlier count its
    events' toll may hold and the lower figure a later sentence gives for the same dead from a second source, as
    (earlier, lower); None when no later sentence does. An event of that sentence whose toll is the earlier count
    takes the lower one (`assemble`)."""
    out: list[tuple[int, int] | None] = [None] * len(sentences)
    if not any(cue in span.text.lower() for _, _, span in sentences for cue in _CUES):
        return out
    counts: list[int | None] = [None] * len(sentences)
    for i, (_, _, span) in enumerate(sentences):
        counts[i] = find_fatalities(without_running_totals(span)) or None
    for j, (para, _, _) in enumerate(sentences):
        conflict = _conflict(sentences, counts, j)
        if conflict is None:
            continue
        for i in range(j, -1, -1):
            if para - sentences[i][0] > _PARAGRAPHS:
                break
            if out[i] is None:
                out[i] = conflict
    return out


def _conflict(sentences: Sequence[tuple[int, bool, SpacySpan]], counts: Sequence[int | None],
              j: int) -> tuple[int, int] | None:
    """(earlier, lower) when sentence `j` gives a second source's lower figure for the dead counted last before it."""
    para, _, span = sentences[j]
    put = _put_toll(span.text)
    lower = put if put is not None else counts[j]
    if not lower:
        return None
    k = next((k for k in range(j - 1, -1, -1) if counts[k]), None)
    if k is None or para - sentences[k][0] > _PARAGRAPHS:
        return None
    earlier = counts[k]
    if earlier is None or lower >= earlier:
        return None
    if put is not None:
        return earlier, lower
    told = sentences[k][2]
    if (para - sentences[k][0] <= 1 and _CLAIM.search(told.text) and not _CLAIM.search(span.text)
            and _counted(told) & _counted(span)):
        return earlier, lower
    return None
