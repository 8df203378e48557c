"""Whether two per-report events tell the same occurrence: a conflict (surely two events) or a score in [0, 1].

The score weighs what real multi-outlet news varies and what it keeps: outlets code one bombing as an attack or
an explosion, date it by the day or by their own publication, place it at the town or its province, name the
perpetrator or not, and give different tolls; but a report naming another day outright, another town far away,
or another armed group tells another event. Distinctive words (names, numbers) shared by the two sentences
separate look-alikes that type, day and a coarse place cannot: two air strikes on two camps of one province.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from eventwatch.geo.distance import km
from eventwatch.geo.normalize import key
from eventwatch.merge.reports import TOLL, Report
from eventwatch.merge.rules import Rules


@dataclass(frozen=True, slots=True)
class Link:
    """The comparison of two reports: `conflict` says why they cannot be one event (then `score` is 0)."""

    score: float
    conflict: str | None = None
    why: tuple[str, ...] = ()
    # two reports naming two places (spots or towns named apart) with no name in common beyond those places: not
    # joined through a third report either (a town-level report of one of them is not evidence that both are one)
    separate: bool = False


def _conflict(reason: str) -> Link:
    return Link(0.0, reason)


def day_gap(a: Report, b: Report) -> int | None:
    """Days between the two reports' day ranges (0 when they overlap); None when either is undated."""
    if a.first is None or a.last is None or b.first is None or b.last is None:
        return None
    if a.last < b.first:
        return (b.first - a.last).days
    if b.last < a.first:
        return (a.first - b.last).days
    return 0


def date_score(a: Report, b: Report, rules: Rules) -> tuple[float | None, str]:
    gap = day_gap(a, b)
    if gap is None:
        return rules.vague_by_gap[-1], "undated"
    exact = a.exact_day and b.exact_day
    limit, scores = (rules.max_gap_exact, rules.exact_by_gap) if exact else (rules.max_gap_vague, rules.vague_by_gap)
    if gap > limit:
        return None, f"{gap} days apart"
    if exact and gap == 1 and _one_night(a, b):
        return rules.night, "one night"
    word = "same day" if gap == 0 and exact else "days overlap" if gap == 0 else f"{gap} day{'s' * (gap > 1)} apart"
    score = scores[min(gap, len(scores) - 1)]
    if gap == 0 and not exact and (a.first, a.last) != (b.first, b.last):
        # overlapping ranges say less the wider they are (a week overlaps another by chance); one range given by
        # two reports of one day is no chance
        width = max((r.last - r.first).days + 1 for r in (a, b) if r.first is not None and r.last is not None)
        score *= 1.0 if width <= 3 else rules.wide_range
    return score, word


def _one_night(a: Report, b: Report) -> bool:
    """Two reports a day apart telling of one night: the earlier one of its late evening or night ("late on
    Friday", "last night"), or the later one of its small hours ("in the early hours of Saturday")."""
    earlier, later = (a, b) if a.first is not None and b.first is not None and a.first < b.first else (b, a)
    return earlier.late or later.early


def _inside(coarse: Report, fine: Report) -> bool:
    """Whether a report placed at a province, a district (or only at its country) may enclose the other's place."""
    if coarse.admin1 is None:
        return True
    if coarse.admin1 != fine.admin1:
        return False
    return not coarse.district or fine.admin2 is None or coarse.admin2 == fine.admin2


def _parts_apart(a: Report, b: Report, threshold: int) -> str:
    """The parts of a town two reports name when each names one and none is the other's ("Sariab Road and Liaquat
    Bazaar"), else ""."""
    if not a.parts or not b.parts:
        return ""
    if any(_found(w, b.parts, threshold) or any(w in x or x in w for x in b.parts) for w in a.parts):
        return ""
    # a part one report names that the other mentions too, though not as a part ("the Kurmi market", "traders
    # at Kurmi"): one place, named more or less precisely
    if any(_mentions(x, y, threshold) for x, y in ((a, b), (b, a))):
        return ""
    return f"{', '.join(sorted(a.parts))} and {', '.join(sorted(b.parts))} named apart"


def _spot_in(spot: str, other: Report, threshold: int) -> bool:
    """Whether `other` names a spot too: one of its own spots, or every word of the spot (of three letters or more)
    among the names of its sentence, spelt a little differently or not."""
    if spot in other.spots or spot in other.seen:
        return True
    # the town or the district the other was placed at ("the Zangon Kataf area" and a town of that district)
    if any(spot == key(x) for x in (other.location, other.admin2) if x):
        return True
    words = [w for w in spot.split() if len(w) >= 3]
    return bool(words) and all(_found(w, other.names, threshold) for w in words)


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
    return any(words and all(_found(w, other.names, threshold) for w in words)
               for words in (part.split() for part in report.parts))


def _names_place(report: Report, place: Report, threshold: int) -> bool:
    """Whether a report's sentence names the other's town though it did not place itself there ("the town of
    Kupiansk" in a report placed only in Ukraine): the town's name, spelt a little differently or not."""
    if place.location is None:
        return False
    words = [key(w) for w in re.findall(r"[^\W\d_]{4,}", place.location)]
    return bool(words) and all(_found(w, report.names, threshold) for w in words)


def _document_names_spot(coarse: Report, fine: Report, threshold: int) -> str:
    """The place the finer report wrote (its town or a spot of it) when the whole document of the report placed
    only at a province or its country names it too ("in western Niger" leading a report that names Kokorou a few
    sentences on), else ""."""
    if not coarse.doc_names:
        return ""
    for place in sorted({*fine.seen, *fine.spots, *([key(fine.location)] if fine.location else [])}):
        words = [w for w in place.split() if len(w) >= 4]
        if words and all(_found(w, coarse.doc_names, threshold) for w in words):
            return place
    return ""


def place_score(a: Report, b: Report, rules: Rules) -> tuple[float | None, str]:
    p = rules.places
    if a.country is None or b.country is None:
        return p["unplaced"], "one unplaced"
    if a.country != b.country:
        return None, "different countries"
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
        return None, f"{a.location} and {b.location} {distance:.0f} km apart"
    if a.town or b.town:
        fine, coarse = (a, b) if a.town else (b, a)
        if _names_place(coarse, fine, rules.fuzzy):
            return p["named"], f"both name {fine.location}"
        where = _document_names_spot(coarse, fine, rules.fuzzy)
        if where and _inside(coarse, fine):
            return p["named_document"], f"{where} named in the coarser report's document"
    if not a.place_named or not b.place_named:
        unnamed = b if a.place_named else a
        return p["fallback"], f"{unnamed.location or unnamed.country} stands in for the place"
    if a.town or b.town:
        if not _inside(coarse, fine) and not (coarse.precision == 3 and _names_place(fine, coarse, rules.fuzzy)):
            # unless the finer report itself writes the coarser one's province ("Kokorou, a village in Niger's
            # Tillabéri region", its village misplaced by the gazetteer): its words outweigh a coordinate
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


_GROUP_NOISE = frozenset({"the", "of", "and", "or", "and/or", "group", "forces", "faction", "front", "movement"})


def _group_words(name: str) -> set[str]:
    """The words of a group's name that say which group it is ("Islamic State (West Africa)" -> islamic, state,
    west, africa), so that two spellings of one group share some."""
    return {key(w) for w in re.findall(r"[^\W\d_]+", name)} - _GROUP_NOISE


def different_groups(a: Report, b: Report) -> bool:
    """Both reports name armed groups and no group of one shares a word of its name with a group of the other
    ("Islamic State" and "Islamic State (West Africa)" are one group; "ADF" and "M23" are not)."""
    if not a.groups or not b.groups:
        return False
    return not any(_group_words(x) & _group_words(y) for x in a.groups for y in b.groups)


def actor_score(a: Report, b: Report, rules: Rules) -> tuple[float | None, str]:
    """Named armed groups decide: two different ones are two events, one in common is evidence of one. State
    forces and unnamed actors take part in too many events of a place to tell one from another."""
    if different_groups(a, b):
        return None, "different armed groups"
    if a.groups & b.groups:
        return rules.actors["shared"], "same armed group"
    if a.groups and b.groups:
        return rules.actors["shared"], "one armed group by two names"
    return rules.actors["unknown"], ""


def _found(word: str, other: frozenset[str], threshold: int) -> bool:
    if word in other:
        return True
    if word.isdigit() or len(word) < 5:
        return False
    return any(len(w) >= 5 and not w.isdigit() and fuzz.ratio(word, w) >= threshold for w in other)


def _without_other_tolls(a: frozenset[str], b: frozenset[str], small: int = 0) -> tuple[frozenset[str],
                                                                                   frozenset[str]]:
    """Two reports' words, leaving out their tolls unless both give the same (and it is at least `small`): a toll
    rises from report to report, and many reports give none, so only one toll given by both says anything."""
    ta, tb = {w for w in a if w.endswith(TOLL)}, {w for w in b if w.endswith(TOLL)}
    if ta and ta == tb and all(int(w.removesuffix(TOLL)) >= small for w in ta):
        return a, b
    # the toll's number written on its own ("killing 14 villagers") is the toll too
    numbers = {w.removesuffix(TOLL) for w in ta | tb}
    return a - ta - numbers, b - tb - numbers


NAMES, ACRONYMS = "shared names: ", "shared acronyms: "


def word_score(a: Report, b: Report, rules: Rules, min_toll: int = 0) -> tuple[float, str]:
    """The share of the distinctive words of one report the other gives (a shared toll below `min_toll` left out)."""
    words_a, words_b = _without_other_tolls(a.words, b.words, min_toll)
    if not words_a or not words_b:
        return rules.words_unknown, ""
    (small, mine), (large, theirs) = sorted([(words_a, a), (words_b, b)], key=lambda x: (len(x[0]), sorted(x[0])))
    # a name one writes out and the other abbreviates ("Rapid Support Forces", "RSF") is shared too
    found = sorted({w for w in small if _found(w, large, rules.fuzzy) or w in theirs.initials}
                   | {i for i in mine.initials if i in large})
    score = min(1.0, len(found) / len(small))
    if found and all(w in mine.caps or w in theirs.caps for w in found):
        # an organisation's acronym ("DPR", "KCTU") is shared by every event it takes part in that day: it adds to
        # the score, but is no name that tells one demonstration, or one of two places, from another
        return score, f"{ACRONYMS}{', '.join(found[:4])}"
    return score, (f"{NAMES}{', '.join(found[:4])}" if found else "")


def shared_cause(a: Report, b: Report, rules: Rules) -> list[str]:
    """The words of their causes two demonstrations share, when they are at least `min_cause` and a third of the
    words of the shorter cause ("illegal mining" and "illegal gold mining"; not "fuel prices" alone, which a day's
    protests of a country share, beside "better working conditions" and "urgent measures on energy")."""
    shared = sorted(a.cause & b.cause)
    if len(shared) < rules.min_cause or 3 * len(shared) < min(len(a.cause), len(b.cause)):
        return []
    return shared


def same_participants(a: Report, b: Report, threshold: int) -> bool:
    """Whether the two reports name one group of marchers: both as associated actors ("teachers"), or one as an
    actor and the other in a name it writes ("Kenya National Union of Teachers" for teachers coded as a labour
    group), a plural and its singular alike; an organisation's acronym among the names does not count (every event
    of the organisation that day has it)."""
    if a.participants & b.participants:
        return True
    for one, other in ((a, b), (b, a)):
        for group in one.participants - one.caps - other.caps:  # an organisation's acronym ("KCTU") is no group
            words = [w.removesuffix("s") for w in group.split()]
            names = {n.removesuffix("s") for n in other.names}
            if words and all(_found(w, frozenset(names), threshold) for w in words):
                return True
    return False


def _place_keys(report: Report) -> set[str]:
    """The words of the places a report puts its event at: its spots, the names it wrote for its place, and the
    place it was resolved to."""
    names = {*report.spots, *report.seen, *(key(x) for x in (report.location, report.admin2, report.admin1) if x)}
    return {w for name in names for w in name.split()}


def _shared_beyond_places(a: Report, b: Report, rules: Rules, common: bool = False) -> bool:
    """Whether two reports share a distinctive name that is none of the places either puts its event at ("Joseph
    Ngwiri", the union official quoted on one nurses' march told at a hospital and at a road it blocked; not
    "Yinmarbin", the township two villages' clashes were told at)."""
    words_a, words_b = _without_other_tolls(a.words, b.words, rules.small_toll)
    places = _place_keys(a) & _place_keys(b) if common else _place_keys(a) | _place_keys(b)
    return any(w not in places and not any(_found(w, frozenset({p}), rules.fuzzy) for p in places)
               and (_found(w, words_b, rules.fuzzy) or w in b.initials) for w in words_a - a.caps)


_DEMONSTRATIONS = frozenset({"Protests", "Riots"})


def _arrests_at_demonstration(a: Report, b: Report) -> bool:
    """A report's demonstration and the arrests it tells at the same place and day ("... threw stones at police.
    Police said 32 people were arrested."): one occurrence by ACLED's rule (arrests of demonstrators are coded
    with their demonstration), which a report telling only the arrests joins."""
    if a.location != b.location or (a.first, a.last) != (b.first, b.last):
        return False
    return any(x.kind[1] == "Arrests" and y.kind[0] in _DEMONSTRATIONS for x, y in ((a, b), (b, a)))


def compare(a: Report, b: Report, rules: Rules) -> Link:
    """The link between two reports; symmetric (the same whichever comes first)."""
    if a.id > b.id:
        a, b = b, a
    if a.doc_id == b.doc_id and (a.kind, a.location, a.first, a.last) != (b.kind, b.location, b.first, b.last) \
            and not _arrests_at_demonstration(a, b):
        # a report tells different events, unless it told one twice (same type, place and day in two sentences,
        # with its actors worded apart): that is one event by ACLED's rule
        return _conflict("one report's events are different events")
    if a.story == b.story and (a.kind, a.location, a.first, a.last) == (b.kind, b.location, b.first, b.last) \
            and not spots_apart(a, b, rules.fuzzy):
        # a copy of one story, unless the copy names another spot (a template filled with another village)
        return Link(1.0, None, ("one story (a copy)", "same type, place and day"))
    types = rules.type_score(a.kind, b.kind)
    if types is None:
        return _conflict("unrelated event types")
    date, date_why = date_score(a, b, rules)
    if date is None:
        return _conflict(date_why)
    place, place_why = place_score(a, b, rules)
    if place is None:
        return _conflict(place_why)
    actors, actors_why = actor_score(a, b, rules)
    if actors is None:
        return _conflict(actors_why)
    # a toll of one or two tells one event from another only on one day (a soldier killed on Saturday, another
    # on Sunday, in one city)
    words, words_why = word_score(a, b, rules, 0 if date_why in ("same day", "one night") else rules.small_toll)
    if same_participants(a, b, rules.fuzzy):
        actors, actors_why = max(actors, rules.actors["shared"]), "same participants"
    w = rules.weights
    score = (w["type"] * types + w["date"] * date + w["place"] * place + w["actors"] * actors
             + w["words"] * words)
    type_why = ("same type" if types >= rules.same_sub else "types of one family" if types <= rules.family
                else "related types")
    why = tuple(x for x in (place_why, date_why, type_why, actors_why, words_why) if x)
    if score >= rules.link and (a.reference or b.reference):
        # a place written only as where a distance is measured from is not the place of any event
        return Link(round(rules.link - 0.01, 6), None, (*why, "a place named only as a distance's reference"), True)
    apart = (spots_apart(a, b, rules.fuzzy) or towns_apart(a, b, rules, words_why.startswith(NAMES))
             if score >= rules.link else "")
    if apart:
        # each names a spot finer than its town, and neither the other's: two villages placed at one town, two
        # buildings of one district; or one spot told by two names of different reach (a market, its
        # neighbourhood). Not joined on their own, but a third report naming both spots can join them
        return Link(round(rules.link - 0.01, 6), None, (*why, apart), not _shared_beyond_places(a, b, rules))
    crowded = a.kind[0] in rules.crowded and b.kind[0] in rules.crowded
    # the names of the place both tell ("Ciudad de Mexico - Cuauhtemoc", "in front of the National Palace") do not
    # tell one demonstration of it from another
    named = words_why.startswith(NAMES) and (not crowded or _shared_beyond_places(a, b, rules, common=True))
    if score >= rules.link and not named:
        cause = shared_cause(a, b, rules) if crowded and " km apart" not in place_why else []
        if cause:
            why = (*why, f"same cause: {', '.join(cause[:4])}")
        if (a.twin and not a.revision) or (b.twin and not b.revision):
            # extraction read one sentence as one event at two places ("Kas, 90 km north of Nyala", "Solodke
            # (Donetsk)"): at most one is where it happened, so each joins another report only on a name shared
            # (not a cause: one campaign's protests in two towns share it); a toll revision naming its event by its
            # day refers back to it wherever the wounded died ("the toll from Saturday's bombing in Bannu rose ...
            # in hospital in Peshawar")
            return Link(round(rules.link - 0.01, 6), None, (*why, "one of two places of its sentence, no name shared"))
        if crowded and actors_why != "same participants" and not cause:
            # a town holds many demonstrations a day (two unions, two causes): type, place and day do not make two
            # reports one of them; a name, a group of marchers or the cause they share does
            return Link(round(rules.link - 0.01, 6), None, (*why, "nothing shared to tell one demonstration"))
    return Link(round(score, 6), None, why)
