"""An unknown village written beside the town that locates it: the village is the event's place, at the town.

ACLED codes an event at the most specific place its report names: a village at its own point when the gazetteer
holds it, else at the most specific unit named beside it, with geo_precision 2 ("near, or part of"). The geocoder
already falls back so (`geo/qualifiers`, `geo/fallback`): a village it does not know keeps its own words at a place
named around it, with precision 2. The events' choice of place (`locate.event_places`) then let any town named
outright (precision 1) beat it, as a town read whole beats one read through part of a longer name — so the event was
told of the town that only says where the village lies ("Arsonists burned a granary at the hamlet of Tarso in the
commune of Bellamy": the event at Bellamy, the report's words for it "Bellamy"), and a second mention of that town
elsewhere in the report looked like a second event.

Here a village read at precision 2 takes the place of the town of the sentence that locates it: the town its
fallback chose (the same gazetteer place: "clashed near Tarso ... Bellamy" where Tarso fell back to Bellamy), or the
town written right after it in a phrase that places one thing by another ("in Tarso, on the northern fringe of
Bellamy", "at Tarso market in Bellamy"). The village is written as one where an event happens: after "near",
"outside", "in" or "at", or after its kind and "of" (for the fallback's town alone, "near", "outside" or its kind:
"in X" also heads a country, a square or a party that a town's fallback holds), and its words are no site, street or
body ("City Hall", "Tarso Avenue": ACLED codes the town, at precision 1). The event keeps the town's point and
name (nothing moves on a map); its precision becomes 2 and its words the village's, as ACLED writes it. Not a name
written with a unit word ("Bellamy town, East Tarso Zone", "the Tarso district of Bellamy"): a division or a part of
a town the gazetteer lacks, which falls back to the town too, is no more specific than the town.
"""

from __future__ import annotations

import dataclasses
import re

from eventwatch.geo.normalize import key
from eventwatch.records import Event, Place, Span

# what stands between a village and the town placing it: a few words ending in "in", "of", "near" or "outside"
# (", on the northern fringe of", " in the commune of", " sector of", ", some 12 km east of", " market in")
_PLACED_BY = re.compile(r"^(?:\s+[\w-]+){0,2}\s*,?\s+(?:(?:a|an|the|about|some)\s+)?(?:[\w-]+\s+){0,4}?"
                        r"(?:in|of|near|outside)\s+(?:the\s+)?$", re.IGNORECASE)
# words that open a clause of their own: "Tarso, where crowds marched in Bellamy" says where else something happened
_CLAUSE = re.compile(r"\b(?:where|when|while|which|who|and|but|after|before|as|then|said|says)\b", re.IGNORECASE)
_GAP_MAX = 60
# a division or a part of a town, written with its unit word: "East Wollega Zone", "the Gottby district" — not a
# village; its town (or the town it surrounds) is ACLED's place, as before
_UNIT_WORD = (r"(?:zone|district|sub-?district|county|sub-?county|region|province|state|governorate|department|"
              r"division|municipality|commune|parish|township|territory|locality|upazila|tehsil|woreda|lga|"
              r"neighbou?rhood|quarter|suburb|sector|ward)s?")
_UNIT_AFTER = re.compile(r"\s+(?:" + _UNIT_WORD + r"|slums?|estates?)\b", re.IGNORECASE)
_UNIT_LAST = re.compile(r"\b" + _UNIT_WORD + r"$", re.IGNORECASE)
# a site, a street or a body named in a town ("City Hall", "Tarso Avenue", "the Unity Party"): ACLED codes the
# town itself (precision 1), so such a name read at precision 2 is no village
_SITE_LAST = re.compile(r"\b(?:hall|park|square|street|st|avenue|road|rd|boulevard|highway|route|station|bridge|school|"
                        r"college|university|hospital|market|mosque|church|cathedral|temple|palace|cent(?:er|re)|"
                        r"airport|port|tower|terminal|plaza|stadium|building|capitol|office|collectorate|garage|"
                        r"barn|party|front|union|council|court|ministry|embassy|prison|camp|base)s?\.?$", re.IGNORECASE)
# the edge of a place, which says "near it" as "outside" does: "on the outskirts of Tarso", "at the northern edge of
# Tarso", "on the fringes of Tarso"
_EDGE_OF = r"(?:outskirts|(?:[a-z]+ern\s+)?(?:edge|fringes?))\s+of"
# how a village is written where an event happened: after "near", "outside", "in" or "at", or after its kind and "of"
_CUE_BEFORE = re.compile(r"\b(?:near|outside|in|at|(?:village|hamlet|town|community|settlement)\s+of|" + _EDGE_OF
                         + r")\s+(?:the\s+)?$", re.IGNORECASE)
# the cue that lets a village stand for the town its fallback chose without that town written after it: near it,
# outside it, or a settlement by its kind ("in X" alone also heads a country, a square or a party read at a town)
_NEAR_BEFORE = re.compile(r"\b(?:near|outside|(?:village|hamlet|town|community|settlement)\s+of|" + _EDGE_OF
                          + r")\s+(?:the\s+)?$", re.IGNORECASE)


def is_town(p: Place) -> bool:
    """A place read as a settlement (below precision 3, no division and no country): the one test of a town for the
    village rule here and for the events' choice of place (`locate.event_places`)."""
    return p.geo_precision < 3 and not p.feature_code.startswith(("ADM", "PCL"))


def unit_or_site(text: str, span: Span) -> bool:
    """Whether a place's words name a division or a part of a town by its unit word ("the Gottby district", "East
    Wollega Zone") or a site in a town ("Tarso Avenue", "City Hall"): not a town or a village of its own."""
    return (_UNIT_LAST.search(span.text) is not None or _UNIT_AFTER.match(text, span.end) is not None
            or _SITE_LAST.search(span.text) is not None)


def _placed_by(text: str, village: Place, town: Place) -> bool:
    """Whether `town` is the town the sentence locates `village` by: the one the geocoder's fallback chose for it,
    or the town written right after it in a placing phrase (`_PLACED_BY`)."""
    a, b = village.span, town.span
    if a is None:
        return False
    if village.geonameid is not None and village.geonameid == town.geonameid:
        return _NEAR_BEFORE.search(text, max(0, a.start - 40), a.start) is not None
    if a is None or b is None or not a.end <= b.start or b.start - a.end > _GAP_MAX:
        return False
    gap = text[a.end:b.start]
    return _PLACED_BY.match(gap) is not None and _CLAUSE.search(gap) is None


def named_outright(text: str, chosen: list[Place], *, villages: bool = True) -> list[Place]:
    """`chosen` without the places read at precision 2 when a town is named outright (precision 1): a town read
    whole beats one found through part of a name ("the Bellamy Road" beside "Bellamy"). But a town that locates a
    village read at precision 2 gives the village its point instead (see the module docstring): the village stays,
    at the town, and the town's own entry goes. Not with `villages` False, for an event record (ACLED's notes,
    `opens_as_record`): read there, two records of villages near one town both carried the town's name, and the
    merge of reports joined three pairs of the look-alike set's even half that ACLED codes apart (22 -> 25 of 425),
    while one note of the odd half left 25 km; a news story's village keeps the rule."""
    if not any(p.geo_precision == 1 for p in chosen):
        return chosen
    if not villages:
        return [p for p in chosen if p.geo_precision != 2]
    found = [p for p in chosen if p.geo_precision == 2 and is_town(p) and p.span is not None
                and not unit_or_site(text, p.span)
                and _CUE_BEFORE.search(text, max(0, p.span.start - 40), p.span.start) is not None]
    used: list[Place] = []
    placed: list[Place] = []
    out: list[Place] = []
    for p in chosen:
        village = None
        if p.geo_precision == 1 and is_town(p):
            village = next((v for v in found if not any(v is u for u in used) and _placed_by(text, v, p)), None)
        if village is None:
            out.append(p)
            continue
        used.append(village)
        placed.append(dataclasses.replace(p, span=village.span, geo_precision=2))
        out.append(placed[-1])
    return [p for p in out if p.geo_precision != 2 or any(p is q for q in placed)]


_PARTICLES = frozenset({"de", "del", "la", "el", "al", "of"})


def _name_only(words: str) -> bool:
    """Whether a place's words are a name alone, every word capitalised but its particles ("El Tarso", "Kfar
    Tarso"), not a description ("the district capital"); a site's or a unit's name is `unit_or_site`'s."""
    return bool(words) and all(w[:1].isupper() or w.lower() in _PARTICLES for w in words.split())


def finer_telling(kept: Event, new: Event) -> bool:
    """Whether `new`, a later telling of the event `kept` (one type at one place), names its place more finely: a
    village read at its unit under its own words ("gunmen raided a homestead near Tarso, in Bellamy district") where
    the first telling named only the place itself ("Gunmen kill two in Bellamy cattle raid", a headline or a lead
    that says the district). ACLED codes the most specific place a report names; the place (its point and name) is
    the same, so the telling that says it replaces the first, whose words would leave the village unsaid. Not when
    the first telling already names something finer than the place (its words are not the place's name)."""
    at, first = new.evidence.place, kept.evidence.place
    if at is None or first is None or not kept.location or not new.location or not _name_only(at.text):
        return False
    if key(kept.location) not in key(first.text) or key(new.location) in key(at.text):
        return False
    start = new.evidence.sentence.start  # the place's words read in its own sentence
    return not unit_or_site(new.evidence.sentence.text, Span(at.start - start, at.end - start, at.text))


def finer_than_headline(kept: Event, new: Event, head_end: int) -> bool:
    """Whether `new` replaces `kept` where the assembly keeps one telling of an occurrence (one day, place, type and
    first actor) before any fold: `kept` is an undated headline (its sentence ends before `head_end`, the first
    paragraph's end) and `new` a telling of the story's own time that names its village (`finer_telling`): "Gunmen
    kill three in Bellamy raid" then "Gunmen raided a homestead near Tarso, in Bellamy district". A dated first
    telling or a later detail's part of a town is left to the folds, as a recalled telling is (it is not the story)."""
    return (kept.evidence.date is None and kept.evidence.sentence.end <= head_end and not new.background
            and finer_telling(kept, new))
