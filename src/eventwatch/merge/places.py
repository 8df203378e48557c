"""Whether two reports' places tell one place: a conflict (two towns far apart, two spots or districts named apart)
or a score, by how precisely each report placed its event and whether the coarser one holds the finer.

Kept apart from `match`, which weighs the place with the day, the actors and the words of the two reports: a place
is where most look-alikes part (two air strikes on two camps of one province), so its rules grow on their own.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from eventwatch.geo.distance import km
from eventwatch.geo.normalize import key
from eventwatch.merge.reports import Report
from eventwatch.merge.rules import Rules


def found(word: str, other: frozenset[str], threshold: int) -> bool:
    """Whether `word` is among `other`, or spelt a little differently there (names of five letters or more)."""
    if word in other:
        return True
    if word.isdigit() or len(word) < 5:
        return False
    return any(len(w) >= 5 and not w.isdigit() and fuzz.ratio(word, w) >= threshold for w in other)


def _inside(coarse: Report, fine: Report) -> bool:
    """Whether a report placed at a province, a district (or only at its country) may enclose the other's place."""
    if coarse.admin1 is None:
        return True
    if coarse.admin1 != fine.admin1:
        return False
    return not coarse.district or fine.admin2 is None or coarse.admin2 == fine.admin2


def _holds(coarse: Report, fine: Report, threshold: int) -> bool:
    """Whether the coarser report's province (or district) holds the finer report's place: by the gazetteer
    (`_inside`), or because the finer report itself writes the coarser one's province ("Kokorou, a village in
    Niger's Tillabéri region", "Oke-Ode in Kwara State's Ifelodun area", its village misplaced by the gazetteer in
    another province): its words outweigh a coordinate. The province is written as the coarser report's place
    (its seat, "Ilorin", stands for "Kwara") or by its own name."""
    if _inside(coarse, fine):
        return True
    if coarse.precision != 3:
        return False
    if _names_place(fine, coarse, threshold):
        return True
    # a report that wrote its province ("in Kwara State"), not one of its districts ("Sivasagar district, Assam":
    # a town of another district writing "Assam" is no more in it)
    words = [w for w in key(coarse.admin1 or "").split() if len(w) >= 4 and w not in _DIVISION_WORDS]
    written = set(key(str(coarse.row.get("place_text") or "")).split()) - _DIVISION_WORDS
    if coarse.district or not words or not written or not written <= set(words):
        return False
    return all(found(w, fine.names, threshold) for w in words)


# words of a province's name that say what kind of division it is, not which
_DIVISION_WORDS = frozenset({"state", "region", "province", "department", "district", "governorate", "oblast",
                             "county", "prefecture", "division", "territory", "autonomous"})


def _writes_province(report: Report, admin1: str | None, threshold: int) -> bool:
    """Whether a report's sentence writes a province by its name ("in Kwara State", "Cauca department"): every word
    of four letters or more that is no division's noun, spelt a little differently or not."""
    words = _province_words(admin1)
    return bool(words) and all(found(w, report.names, threshold) for w in words)


def _province_words(admin1: str | None) -> list[str]:
    """The words of a province's name that say which it is (four letters or more, no division's noun)."""
    return [w for w in key(admin1 or "").split() if len(w) >= 4 and w not in _DIVISION_WORDS]


def _misplaced(report: Report, other: Report, threshold: int) -> str:
    """Why a town report's point is not where its own words put it, beside another town report far away, else "": it
    writes the other's province by name, and not the province its point lies in ("Oke-Ode, in Kwara State" read as
    Ode in Ondo, beside a report placed at Ilorin): a namesake the gazetteer chose in another province. Its words
    outweigh the coordinate: it is compared as a report of the province it writes, which holds the other's town."""
    if report.admin1 is None or other.admin1 is None or report.admin1 == other.admin1 or report.aside or report.twin:
        # a report read at one of two places of its sentence was placed at a place it writes, not at a namesake
        return ""
    if not _writes_province(report, other.admin1, threshold) or _writes_province(report, report.admin1, threshold):
        return ""
    if set(_province_words(other.admin1)) <= set(_province_words(report.admin1)):
        return ""  # the other's province named inside its own's ("Buenos Aires", "Ciudad Autonoma de Buenos Aires")
    return f"{report.location} placed outside {other.admin1}, which its report writes"


def near_and_inside(a: Report, b: Report) -> str:
    """A report putting its event only near a town, beside one putting it in a named part of that town ("at a station
    near Peshawar", "in Peshawar's Qissa Khwani bazaar"), else "": one beside the town, the other inside it."""
    for near, inside in ((a, b), (b, a)):
        if near.near and not inside.near and near.geonameid == inside.geonameid and not near.parts:
            # a part named as such: capitalised words, none of them the town's or its divisions' ("the Bannu-Miranshah
            # road" leads out of Bannu; "Jere local government area" is a division)
            town = {w for x in (near.location, near.admin1, near.admin2, inside.location, *near.seen, *inside.seen)
                    if x for w in key(x).split()}
            named = sorted(x for x in inside.parts if not set(x.split()) & (_AREA_WORDS | town)
                           and all(w in inside.names for w in x.split()))
            if named:
                return f"near {near.location} and in {', '.join(named)}"
    return ""


# words of a division's name, which is no part of a town ("Jere local government area")
_AREA_WORDS = frozenset({"area", "government", "district", "division", "county", "municipality"})


def _parts_apart(a: Report, b: Report, threshold: int) -> str:
    """The parts of a town two reports name when each names one and none is the other's ("Sariab Road and Liaquat
    Bazaar"), else ""."""
    if not a.parts or not b.parts:
        return ""
    if any(found(w, b.parts, threshold) or any(w in x or x in w for x in b.parts) for w in a.parts):
        return ""
    # a part one report names that the other mentions too, though not as a part ("the Kurmi market", "traders
    # at Kurmi"): one place, named more or less precisely
    if any(_mentions(x, y, threshold) for x, y in ((a, b), (b, a))):
        return ""
    return f"{', '.join(sorted(a.parts))} and {', '.join(sorted(b.parts))} named apart"


def _spot_in(spot: str, other: Report, threshold: int) -> bool:
    """Whether `other` names a spot too: one of its own spots, or every word of the spot (of three letters or more)
    among the names of its sentence, spelt a little differently or not; not in an organisation's name ("the
    Luhansk People's Militia" names no "Luhanske")."""
    if spot in other.spots or spot in other.seen:
        return True
    # the town or the district the other was placed at ("the Zangon Kataf area" and a town of that district)
    if any(spot == key(x) for x in (other.location, other.admin2) if x):
        return True
    words = [w for w in spot.split() if len(w) >= 3]
    if words and all(found(w, other.names - other.orgs, threshold) for w in words):
        return True
    # the spot written whole in the other's sentence, its small words too ("Maguindanao del Sur": "del" is no
    # capitalised name, so the word-by-word look-up above misses it)
    return f" {spot} " in sentence_key(other)


def sentence_key(report: Report) -> str:
    """The key of a report's sentence with a space either side, to find a name written whole in it."""
    return _sentence_key(str(report.row.get("sentence") or ""))


@lru_cache(maxsize=4096)
def _sentence_key(sentence: str) -> str:
    return f" {key(sentence)} "


def _written(report: Report) -> frozenset[str]:
    """The place a report wrote as its own: the town's name, or the district it was placed by ("in Barmer
    district")."""
    if report.seen or not report.district or not report.admin2:
        return report.seen
    return frozenset({key(report.admin2)})


def spots_apart(a: Report, b: Report, threshold: int) -> str:
    """The spots two reports place their event at when they name two places ("Kamianka" and "Semenivka", both
    placed at Donetsk; "in Kosli" and "in Fatehabad"), else "". At least one names a spot finer than where it was
    placed; the other's finest is its own finer spot or else its place as it wrote it; and neither report names
    one of the other's, nor was placed at it (a town, its district). A report naming only its town joins a spot
    of that same town; two reports naming only the towns they were placed at are left to the place score and
    `towns_apart` (a town and its neighbour, two spellings of one)."""
    if (not a.spots and not b.spots) or a.revision or b.revision:
        # a toll revision names its event by its day, and often where the wounded died ("in hospital in Peshawar")
        return ""
    if not a.spots or not b.spots:
        # one names only its town: the other's spot may lie in it or beside it, unless the other was placed only at
        # its province (its spot unknown to the gazetteer: "in Kosli" placed at Rewari district, and "in Fatehabad")
        plain, other = (a, b) if not a.spots else (b, a)
        if not _written(plain) or (other.town and plain.geonameid == other.geonameid):
            return ""
    mine, theirs = a.spots or _written(a), b.spots or _written(b)
    mine = frozenset(x for x in mine if not _spot_in(x, b, threshold))
    theirs = frozenset(y for y in theirs if not _spot_in(y, a, threshold))
    if not mine or not theirs:
        return ""
    return f"{', '.join(sorted(mine))} and {', '.join(sorted(theirs))} named apart"


def towns_apart(a: Report, b: Report, rules: Rules, named: bool = False) -> str:
    """Two towns more than `near_km` apart, each report naming its own and not the other's ("in Podolsk", "in
    Vidnoye"), else "": two towns of a province each have their events; a report naming both, or a place that is
    a part of the other town, joins. Two towns within `near_km` ("shelled Pervomaisk", "shelled Zolote", 8 km
    apart) are told apart the same way unless the two reports share a name (`named`): a neighbour or a suburb
    may stand for the town an outlet placed one occurrence at, but then its reports share more than its type."""
    if not (a.town and b.town) or a.geonameid == b.geonameid or None in (a.latitude, a.longitude, b.latitude,
                                                                         b.longitude):
        return ""
    if a.aside or b.aside:  # a town written only as the hospital's is not where its report puts the event
        return ""
    near = km(a.latitude, a.longitude, b.latitude, b.longitude) <= rules.places["near_km"]  # type: ignore[arg-type]
    if near and (named or not _own_town_written(a) or not _own_town_written(b)):
        return ""
    if _names_place(a, b, rules.fuzzy) or _names_place(b, a, rules.fuzzy) or a.parts & b.parts or a.spots & b.spots:
        return ""  # one names the other's town, or both one spot ("the Oko-Oba market", geocoded at two towns)
    return f"{a.location} and {b.location} named apart"


def _own_town_written(report: Report) -> bool:
    """Whether a report writes the town it was placed at as such, and nothing finer (a town's name after "in", not
    a building or a part of it, nor a name the gazetteer read in another)."""
    return bool(report.seen) and not report.spots and not report.parts


def _mentions(report: Report, other: Report, threshold: int) -> bool:
    """Whether every word of a part of a town `report` names is a name `other`'s sentence gives."""
    return any(words and all(found(w, other.names, threshold) for w in words)
               for words in (part.split() for part in report.parts))


def _names_place(report: Report, place: Report, threshold: int) -> bool:
    """Whether a report's sentence names the other's town though it did not place itself there ("the town of
    Kupiansk" in a report placed only in Ukraine): the town's name, spelt a little differently or not."""
    if place.location is None:
        return False
    words = [key(w) for w in re.findall(r"[^\W\d_]{4,}", place.location)]
    return bool(words) and all(found(w, report.names, threshold) for w in words)


def _document_names_spot(coarse: Report, fine: Report, threshold: int) -> str:
    """The place the finer report wrote (its town or a spot of it) when the whole document of the report placed
    only at a province or its country names it too ("in western Niger" leading a report that names Kokorou a few
    sentences on), else ""."""
    if not coarse.doc_names:
        return ""
    for place in sorted({*fine.seen, *fine.spots, *([key(fine.location)] if fine.location else [])}):
        words = [w for w in place.split() if len(w) >= 4]
        if words and all(found(w, coarse.doc_names, threshold) for w in words):
            return place
    return ""


def _unplaced_score(a: Report, b: Report, rules: Rules) -> tuple[float, str]:
    """A report with no country (no word of it resolved to a place: "in the capital", a village the gazetteer does
    not know, "in Ashulia") beside a placed one: its place is the other's when its sentence names the other's town
    ("raided Um Kadada" beside "the town of Um Kadada in North Darfur"), or its whole document names the other's
    town or a spot the other wrote ("staged a protest in the capital ... outside Parliament in Nairobi", "arrested
    18 workers in Ashulia" beside a report placed at Dhaka by its dateline that wrote "in Ashulia"), scored as a
    coarse report naming the town; or the other names a spot it wrote ("the town of Datu Hoffer"), scored
    as named; else it is scored `unplaced` (nothing says where it was)."""
    p = rules.places
    unplaced, placed = (a, b) if a.country is None or (a.aside and b.country is not None) else (b, a)
    if placed.country is None:
        return p["unplaced"], "both unplaced"
    if placed.admin1 is None:  # a report placed only at its country says no more where it was
        return p["unplaced"], "one unplaced"
    own = unplaced.aside and unplaced.location == placed.location  # the hospital's town is no naming of it
    if not own and _names_place(unplaced, placed, rules.fuzzy):
        return p["named"], f"both name {placed.location}"
    # a spot it writes, "the town of Datu Hoffer", that the other names too ("in Datu Hoffer Ampatuan,
    # Maguindanao del Sur", placed by its dateline's city): not a name of the other's province or country
    divisions = {w for x in (placed.admin1, placed.country) if x for w in key(x).split()}
    spot = next((x for x in sorted(unplaced.spots) if not set(x.split()) <= divisions
                 and _spot_in(x, placed, rules.fuzzy)), "")
    if not spot:  # or a spot the other writes ("the Darra Adam Khel police station") that it names
        spot = next((x for x in sorted(placed.spots) if not set(x.split()) <= divisions
                     and _spot_in(x, unplaced, rules.fuzzy)), "")
    if spot:
        return p["named"], f"both name {spot}"
    where = _document_names_spot(unplaced, placed, rules.fuzzy)
    if where and not (own and placed.location and where == key(placed.location)):
        return p["named_document"], f"{where} named in the unplaced report's document"
    return p["unplaced"], "one unplaced"


def place_score(a: Report, b: Report, rules: Rules) -> tuple[float | None, str]:
    p = rules.places
    if a.country is None or b.country is None:
        return _unplaced_score(a, b, rules)
    if a.country != b.country:
        return None, "different countries"
    if a.aside != b.aside:
        # a report placed only where who tells it is, or the wounded died: compared as one with no place
        return _unplaced_score(a, b, rules)
    same = (a.geonameid is not None and a.geonameid == b.geonameid) or (
        a.geonameid is None and b.geonameid is None and a.location is not None and a.location == b.location)
    if a.town and b.town:
        apart = _parts_apart(a, b, rules.fuzzy)
        if apart:  # two parts of one town (or of two towns side by side) named apart: two places
            return None, f"{a.location}: {apart}" if same else f"{a.location} and {b.location}: {apart}"
        if same:
            return p["same"], f"same place ({a.location})"
        if None in (a.latitude, a.longitude, b.latitude, b.longitude):
            return p["far"], "nearby places"
        distance = km(a.latitude, a.longitude, b.latitude, b.longitude)  # type: ignore[arg-type]
        if distance <= p["near_km"]:
            return p["near"], f"{a.location} and {b.location} {distance:.0f} km apart"
        if distance <= p["far_km"]:
            return p["far"], f"{a.location} and {b.location} {distance:.0f} km apart"
        moved = _misplaced(a, b, rules.fuzzy) or _misplaced(b, a, rules.fuzzy)
        if moved:
            return p["inside"], moved
        return None, f"{a.location} and {b.location} {distance:.0f} km apart"
    if a.town or b.town:
        fine, coarse = (a, b) if a.town else (b, a)
        if _names_place(coarse, fine, rules.fuzzy):
            return p["named"], f"both name {fine.location}"
        where = _document_names_spot(coarse, fine, rules.fuzzy)
        if where and _holds(coarse, fine, rules.fuzzy):
            return p["named_document"], f"{where} named in the coarser report's document"
    if not a.place_named or not b.place_named:
        unnamed = b if a.place_named else a
        return p["fallback"], f"{unnamed.location or unnamed.country} stands in for the place"
    if a.town or b.town:
        if not _holds(coarse, fine, rules.fuzzy):
            return None, f"{fine.location} is not in {coarse.admin1}"
        if coarse.admin1 is None:
            return p["country_only"], f"{fine.location} in {coarse.country}"
        return p["inside"], f"{fine.location} in {coarse.location}"
    if a.admin1 is None or b.admin1 is None:
        return p["country_only"], "one placed only at its country"
    if a.admin1 != b.admin1:
        return None, "different provinces"
    if a.district and b.district and a.admin2 and b.admin2 and a.admin2 != b.admin2:
        # each placed by the name of its own district ("in Dholpur district", "in Barmer district"): two districts of
        # one province are two places, as two towns far apart are
        return None, f"districts {a.admin2} and {b.admin2}"
    return p["same_province"], f"same province ({a.admin1})"
