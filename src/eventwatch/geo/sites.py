"""A site written with the town it lies in: "the Palais des Nations in Geneva", "a dinner at Balthazar in New
York", "a swan found in Cellardyke in Fife".

News names restaurants, theatres, hospitals, embassies and hamlets the gazetteer does not hold, and writes the town
right after them. A reader places the site at that town; the resolver otherwise falls back to the report's main
place (a report on several cities picks the wrong one) or takes a look-alike ("CHU in Montpellier" is a hospital,
not a hamlet Chũ in Vietnam; "Crossroads Correctional Center in Shelby" is no town Powells Crossroads). Only a name
followed directly by "in" (or a comma; or by the kind of site and "in": "Buta migrant camp in Jammu district") and a
place read surely (a town or a division, by its own name) is such a site; a name of its own that lies in that place,
or near it, keeps its own reading.
"""

from __future__ import annotations

import re
from functools import lru_cache

from eventwatch.geo.build import Q_ALIAS, Q_ALT, Q_DERIVED, Q_MAIN, Q_TRANSLIT, data_rows
from eventwatch.geo.choice import Choice
from eventwatch.geo.distance import km
from eventwatch.geo.gazetteer import ADM1, ADM2, CITY, COUNTRY, REGION, Gazetteer, capitals

_OWN_NAME = frozenset({Q_MAIN, Q_ALT, Q_DERIVED, Q_ALIAS, Q_TRANSLIT})  # not a look-alike or a landmark's town
NEAR_KM = 60.0  # a reading of the site's own name this close to the place written after it is that place's


@lru_cache(maxsize=1)
def _site_gap() -> re.Pattern[str]:
    """What stands between a site and the place written after it ("X in Geneva", "X in the Swat Valley", "X,
    Tacoma"); the kind of site may be written between ("Buta migrant camp in Jammu district", "Wakema market in
    Myaungmya"): only a site's head noun (`place_words.tsv`, role "site"), so that "Aleppo residents in Gaziantep"
    stays two places. A part of a town is written with "of" as well as "in" ("the Chinatown neighbourhood of
    Houston": role "part"), and lies in the town written after it as a site does."""
    rows = data_rows("place_words.tsv")
    parts = sorted((w for w, role in rows if role == "part"), key=len, reverse=True)
    nouns = sorted({w for w, role in rows if role == "site"} | set(parts), key=len, reverse=True)
    noun = "(?:" + "|".join(re.escape(w) for w in nouns) + ")"
    part = "(?:" + "|".join(re.escape(w) for w in parts) + ")"
    return re.compile(rf"(\s+(?:(?:[a-z]+\s+)?{noun}\s+)?in\s+(?:the\s+)?|\s+{part}\s+of\s+(?:the\s+)?)?"
                      rf"(?(1)|,[ \t]*)(?=[A-Z])")


# a university's campus written with "at" after its name ("California State University at San Marcos", "the
# University of Texas at Austin"): the campus town is where it is, as "in" says of any site
_CAMPUS = re.compile(r"(?:University|College)(?:\s+of\s+[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*)?)?\Z")
_CAMPUS_AT = re.compile(r"\s+at\s+(?=[A-Z])")
_CAMPUS_WORDS = frozenset({"university", "college"})


def site_gap(text: str, end: int) -> int:
    """The length of the words linking a mention ending at `end` to a name written right after it: positive for
    "in" ("in the", and "at" after a university's name), negative for a comma (which also separates the items of a
    list: "Nitra, Presov"), 0 for none."""
    campus = _CAMPUS_AT.match(text, end)
    if campus is not None and _CAMPUS.search(text, max(0, end - 60), end) is not None:
        return campus.end() - end
    found = _site_gap().match(text, end)
    if found is None:
        return 0
    return found.end() - end if found.group(1) else end - found.end()


_FEATURE_TAIL = frozenset({"valley", "countryside", "hills", "plains", "basin"})


def _division_feature(k: str, row: int, gaz: Gazetteer) -> bool:
    """Whether a name is a division's own name and a land feature's word ("the Swat Valley"): "the hill resort of
    Kalam up in the Swat Valley" is in the district of Swat, though the gazetteer holds no village Kalam."""
    head, _, tail = k.rpartition(" ")
    return (tail in _FEATURE_TAIL and bool(head) and gaz.cols.kind[row] in (ADM1, ADM2)
            and gaz.lookup_quality(row, head) in _OWN_NAME)


def hosts(starts: list[int], ends: list[int], gaps: list[int], keys: list[str], final: list[Choice | None],
          gaz: Gazetteer) -> list[int | None]:
    """For each mention, the row of the town or division written right after it when that one is read surely (by
    its own name, not a look-alike, part of a name or a fallback; a division by its name and a feature word, "the
    Swat Valley", is its own name too), else None."""
    by_start = {s: j for j, s in enumerate(starts)}
    cols = gaz.cols
    out: list[int | None] = []
    for i, (end, gap) in enumerate(zip(ends, gaps, strict=True)):
        j = by_start.get(end + abs(gap)) if gap else None
        host = final[j] if j is not None else None
        ok = (host is not None and j is not None and keys[j] != keys[i] and not host.fuzzy
              and cols.kind[host.row] in (CITY, ADM2, ADM1)
              and (gaz.lookup_quality(host.row, keys[j]) in _OWN_NAME  # "Washington Township" is not the state
                   or (host.partial and _division_feature(keys[j], host.row, gaz))))
        out.append(host.row if ok and host is not None else None)
    return out


def at_host(choice: Choice | None, host: int, gaz: Gazetteer, *, weak: bool, written_in: bool,
            inner: bool = False) -> bool:
    """Whether a mention written right before the place `host` is a site there rather than the reading it has:
    always when it has no reading of its own that stands (`weak`: unknown, or a look-alike nothing supports); when
    `written_in` ("X in Y", not "X, Y", which may be a list: "after Paris, London"), for part of a name, a town
    of another country than the host's ("CHU in Montpellier") or a town far from a host town ("August in New
    Orleans"), unless it lies inside the host or near it; and for a division, region or country that names an
    organisation or an event (`inner`, or read by part of its name: `named_body`). A qualified reading ("Paris,
    Texas"), and a division or a country said on its own, keep theirs."""
    if choice is None or weak:
        return True
    if not written_in:
        return False
    cols = gaz.cols
    row = choice.row
    if named_body(choice, gaz, inner=inner):
        return True
    if choice.qualified or choice.fallback or choice.landmark or cols.kind[row] not in (CITY, ADM2):
        return False
    if row == host or host in (cols.admin1[row], cols.admin2[row]):
        return False
    if km(cols.lat[row], cols.lon[row], cols.lat[host], cols.lon[host]) < NEAR_KM:
        return False
    # no town lies in a place of another country ("CHU in Montpellier" is not Chũ, Vietnam), nor in another town far
    # from it ("her new restaurant Toledo in Chicago opens in May": a restaurant, not Toledo, Ohio)
    return (choice.partial or choice.fuzzy or cols.country[row] != cols.country[host]
            or (cols.kind[row] == CITY and cols.kind[host] == CITY))


# the word before a name that makes it part of a longer proper name ("FrontCounter BC", "Greenpeace UK"): one
# capitalised word, one space before the name, not itself the first word of its sentence ("In Ohio", "The UK")
_WORD_BEFORE = re.compile(r"([A-Z][\w&'’\-]*) \Z")
_SENTENCE_END = frozenset(".!?:;\"“”(")


def inside_name(text: str, start: int) -> bool:
    """Whether a mention starting at `start` stands inside a longer proper name, after a capitalised word of it that
    does not open its sentence ("a new FrontCounter BC office", "staff of Greenpeace UK"; not "In Texas" or
    "said. Texas"): the name is then an organisation's or an event's, and the place words name is not where it is."""
    word = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if word is None:
        return False
    before = text[max(0, word.start() - 3):word.start()].rstrip()
    return bool(before) and before[-1] not in _SENTENCE_END


def named_body(choice: Choice, gaz: Gazetteer, *, inner: bool) -> bool:
    """Whether a reading is a division, region or country that names an organisation or an event rather than
    where it is: the mention stands inside a longer proper name (`inner`: "FrontCounter BC" is a government
    office's name, "Greenpeace UK" a charity's), or is read by part of its own name ("the Summit of the Americas").
    Written "in" a town or division read surely ("The opening of a FrontCounter BC in Nelson", "staff of
    Greenpeace UK in London"), the body is in that place, as any site is: its name says whose it is, the place after
    it where. A division said on its own before "in" ("the war in Ukraine in Kharkiv" is not written; "protests
    across Texas in Austin" would be) is not inner and keeps its reading, as a town's part of a name does under
    `at_host`'s own tests. Towns and districts are left to those tests ("CHU in Montpellier")."""
    kind = gaz.cols.kind[choice.row]
    return (inner or choice.partial) and kind in (ADM1, COUNTRY, REGION) and not (choice.qualified or choice.fallback
                                                                                   or choice.fuzzy)


def mission_hosts(starts: list[int], ends: list[int], gaps: list[int], keys: list[str], final: list[Choice | None],
                  gaz: Gazetteer, abroad: frozenset[str],
                  hosted: list[int | None]) -> tuple[list[int | None], list[bool]]:
    """`hosts` with a country's mission written "in" a place (`place_words.tsv`, role "abroad"): an embassy or a
    consulate lies in the place written after it, never in the country its own words name, whatever reading those
    words have ("the US Embassy in Kabul" is in Kabul, not the United States); written "in" a country, it is in that
    country's capital ("the Embassy of Armenia in the Holy See" is at the Vatican; "the Russian Embassy in the U.S.
    capital" in Washington); so is a university's campus (see `_CAMPUS`). The flags say which mentions are such
    missions or campuses (`at_host` is not asked)."""
    by_start = {s: j for j, s in enumerate(starts)}
    out, missions = list(hosted), [False] * len(keys)
    for i, (k, end, gap) in enumerate(zip(keys, ends, gaps, strict=True)):
        if gap <= 0:
            continue
        words = k.split(" ")
        if out[i] is not None and not _CAMPUS_WORDS.isdisjoint(words):
            # a university written "at" or "in" a town is a campus there, whatever state or country its name holds
            # ("California State University at San Marcos" is not California); a reading of its own in that town
            # or near it stands, as any site's does ("Osmania University in Hyderabad", a quarter of the city)
            missions[i] = not _near_host(final[i], out[i], gaz)
            continue
        if abroad.isdisjoint(words):
            continue
        j = by_start.get(end + gap)
        host = final[j] if j is not None else None
        if host is not None and out[i] is None and not (host.fuzzy or host.partial) \
                and gaz.cols.kind[host.row] == COUNTRY:
            out[i] = capitals(gaz).get(gaz.cols.country[host.row], host.row)
        missions[i] = out[i] is not None
    return out, missions


def _near_host(choice: Choice | None, host: int | None, gaz: Gazetteer) -> bool:
    """Whether a site's own reading is a town or district inside `host` or within `NEAR_KM` of it (`at_host`'s
    test for a reading that stands)."""
    if choice is None or host is None or choice.partial or choice.fuzzy:
        return False
    cols = gaz.cols
    row = choice.row
    if cols.kind[row] not in (CITY, ADM2):
        return False
    return (row == host or host in (cols.admin1[row], cols.admin2[row])
            or km(cols.lat[row], cols.lon[row], cols.lat[host], cols.lon[host]) < NEAR_KM)
