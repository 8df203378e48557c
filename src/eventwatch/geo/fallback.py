"""Where a name the gazetteer cannot place falls back to: the town its own paragraph has just named, else the
report's main place.

A gallery, a hotel, a museum, a street or a court is named in news without its town when the paragraph has just
named that town: in a weekend digest that names Denver and Chicago twice each, "A sculpture show opens in Chicago
this month. The Copper Heron Gallery will stay open late" puts the gallery in Chicago, where a reader puts it. The
report's main place (`ContextReader._document_place`, its most named town, ties to the first named) is right for a
report about one town and wrong for one that moves between towns. So an unknown name takes the town named last
before it in its paragraph when that town is read surely (by its own name: not a look-alike, a part of a longer
name, a landmark's town or a qualifier's fallback) and the report is not plainly about another town: the town is
named at least as often as the main place, in its country, and is a town of some size (`SURE_POPULATION`, which the
stray check never doubts) or lies in the main place's state. A small namesake read far off (a golf course
"Kingfisher" read as the Oklahoma town in a report on Frederick, Maryland) would otherwise carry every site after it
away. Across a paragraph's end, or where paragraphs are not known (the event assembler's sentences), the main place
stands; an unknown name with a qualifier of its own ("X, Kenya") keeps to what its qualifier says. Only a site
(a name with a word of role "premises" in `place_words.tsv`: museum, hotel, street, court...): an unknown village
in a report on a rural district lies anywhere around the towns it names, and the village the report names most is
a nearer guess than the city its paragraph named last ("outbreaks in villages near the county town").

When a report names its town only at the head of a site's name ("before Leeds Crown Court ... a raid on Brudenell
Terrace"), that town is still where the report is: it is the main place when nothing is named outright
(`partial_town`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from eventwatch.geo.build import place_words
from eventwatch.geo.choice import Choice
from eventwatch.geo.gazetteer import ADM2, CITY, Gazetteer

SURE_POPULATION = 50_000  # a town this size is read surely (no stray: `checks.STRAY_POPULATION`)


def paragraph_numbers(text: str, starts: list[int]) -> list[int]:
    """The paragraph (counted by line breaks before it) each mention starting at `starts` lies in."""
    return [text.count("\n", 0, s) for s in starts]


def _site(k: str) -> bool:
    """Whether a name key is a site's ("museum of ice cream", "grand hotel", "14th st"), not a village's."""
    return any(w in place_words("premises") for w in k.split())


def _sure_town(choice: Choice | None, gaz: Gazetteer) -> bool:
    return (choice is not None and gaz.cols.kind[choice.row] == CITY
            and not (choice.partial or choice.fuzzy or choice.fallback or choice.landmark))


def towns_before(final: list[Choice | None], keys: list[str], starts: list[int], paragraphs: list[int] | None,
                 main: int | None, gaz: Gazetteer, header: int | None = None) -> list[int | None]:
    """For each mention of a site (`_site`), the town read surely that its paragraph names last before it (another
    name than its own), else the report's header town (`header`: the town its headline or header line names,
    `headers.py`) when that lies in the main place's country, else None. A report about one town (`main`, named more
    often than the town before) keeps its town: "the depot on Front Street" in a history of Memphis that names
    Memphis three times is in Memphis though its sentence has just named Collierville. Where the paragraphs are not
    known (the event assembler's sentences), only the header town."""
    cols = gaz.cols
    if header is not None and main is not None and cols.country[header] != cols.country[main]:
        header = None
    out: list[int | None] = [header if header is not None and _site(k) else None for k in keys]
    if paragraphs is None:
        return out
    counts = Counter(c.row for c in final if c is not None and _sure_town(c, gaz))
    if main is not None and cols.kind[main] != CITY:
        counts[main] = 0
    last: int | None = None
    last_key, paragraph = "", -1
    for i in sorted(range(len(final)), key=lambda j: starts[j]):
        if paragraphs[i] != paragraph:
            last, last_key, paragraph = None, "", paragraphs[i]
        if last is not None and keys[i] != last_key and _site(keys[i]) and (main is None or (
                counts[last] >= counts[main] and cols.country[last] == cols.country[main]
                and (cols.population[last] >= SURE_POPULATION or cols.admin1[last] in (main, cols.admin1[main])))):
            out[i] = last
        choice = final[i]
        if choice is not None and _sure_town(choice, gaz):
            last, last_key = choice.row, keys[i]
    return out


def _heads(k: str, row: int, gaz: Gazetteer) -> bool:
    """Whether the name key `k` begins with a name of the place `row` ("belfast magistrates court")."""
    words = k.split()
    return any(gaz.lookup_quality(row, " ".join(words[:n])) < 99 for n in range(1, len(words)))


def partial_town(final: list[Choice | None], keys: list[str], gaz: Gazetteer,
                 said: Callable[[int], bool]) -> int | None:
    """The town a report names most often at the head of a site's name ("Belfast Magistrate's Court"), for a
    report that names no place outright; None when there is none. Only the head ("Brudenell Terrace" is a street,
    not the Canadian town Terrace), and only where what the report says of itself (`said`: its dateline, outlet,
    web address or the national institutions it names, as `ContextReader._said_country` reads them) puts it, as
    for any part of a name read alone: an unknown quarter "Borj X (Al Matn)" in a note on Lebanon is not at a
    village Borj in Iran."""
    counts = Counter(c.row for c, k in zip(final, keys, strict=True) if c is not None and c.partial
                     and not c.fuzzy and gaz.cols.kind[c.row] in (CITY, ADM2) and _heads(k, c.row, gaz)
                     and said(c.row))
    return counts.most_common(1)[0][0] if counts else None
