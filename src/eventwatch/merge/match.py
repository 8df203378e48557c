"""Whether two per-report events tell the same occurrence: a conflict (surely two events) or a score in [0, 1].

The score weighs what real multi-outlet news varies and what it keeps: outlets code one bombing as an attack or
an explosion, date it by the day or by their own publication, place it at the town or its province, name the
perpetrator or not, and give different tolls; but a report naming another day outright, another town far away,
or another armed group tells another event. Distinctive words (names, numbers) shared by the two sentences
separate look-alikes that type, day and a coarse place cannot: two air strikes on two camps of one province.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from eventwatch.geo.normalize import key
from eventwatch.merge.marchers import organisers_apart, same_participants, shared_cause, stances_apart, workforces_apart
from eventwatch.merge.places import found as _found
from eventwatch.merge.places import near_and_inside, place_score, spots_apart, towns_apart
from eventwatch.merge.reports import TOLL, Report
from eventwatch.merge.rules import Rules
from eventwatch.merge.targets import targets_apart
from eventwatch.merge.words import side


@dataclass(frozen=True, slots=True)
class Link:
    """The comparison of two reports: `conflict` says why they cannot be one event (then `score` is 0)."""

    score: float
    conflict: str | None = None
    why: tuple[str, ...] = ()
    # two reports naming two places (spots or towns named apart) with no name in common beyond those places: not
    # joined through a third report either (a town-level report of one of them is not evidence that both are one)
    separate: bool = False
    # the two sentences share a distinctive name (not only an organisation's acronym: `word_score`): what the rules
    # that keep a chain or a near town read, as a field rather than from the wording of `why`
    named: bool = False


def _conflict(reason: str) -> Link:
    return Link(0.0, reason)


def _held(rules: Rules, why: tuple[str, ...], named: bool, separate: bool = False) -> Link:
    """A link held just below the threshold: not joined on its own, though a third report may join the two."""
    return Link(round(rules.link - 0.01, 6), None, why, separate, named)


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
    if gap == 0 and any(_revises(x, y) for x, y in ((a, b), (b, a))):
        return rules.revised, "a revision of its toll"
    told = _told_score(a, b, rules)
    if told is not None:
        return told
    word = "same day" if gap == 0 and exact else "days overlap" if gap == 0 else f"{gap} day{'s' * (gap > 1)} apart"
    score = scores[min(gap, len(scores) - 1)]
    if gap == 0 and not exact and (a.first, a.last) != (b.first, b.last):
        # overlapping ranges say less the wider they are (a week overlaps another by chance); one range given by
        # two reports of one day is no chance
        width = max((r.last - r.first).days + 1 for r in (a, b) if r.first is not None and r.last is not None)
        score *= 1.0 if width <= 3 else rules.wide_range
    if a.story_day or b.story_day:
        score *= rules.story  # a day only the story gives, as a week the report's own date gives
    return score, word


def _told_score(a: Report, b: Report, rules: Rules) -> tuple[float | None, str] | None:
    """Two reports of which one gives only the day its source told the event ("police said on Monday"), and the other
    names a day or gives the day of its telling too: that day is the event's (the day is scored as named by both) or
    one of the `told_before` days before it (`told_by_gap`, by the days between); else None (a vaguer range is
    scored as any)."""
    if not (a.told or b.told) or not (a.exact_day or a.told) or not (b.exact_day or b.told):
        return None
    if a.last is None or b.last is None:
        return None
    if a.told and b.told:  # both told on one day, or days apart: the days of their tellings
        gap = abs((a.last - b.last).days)
    else:
        told, named = (a, b) if a.told else (b, a)
        assert named.first is not None and told.last is not None
        back = (told.last - named.first).days
        if 0 <= back < len(rules.told_by_gap):
            return rules.told_by_gap[back], "same day" if back == 0 else f"told {back} day{'s' * (back > 1)} after"
        gap = abs(back)
    if gap > rules.max_gap_exact:
        return None, f"{gap} days apart"
    return rules.exact_by_gap[gap], "same day" if gap == 0 else f"{gap} day{'s' * (gap > 1)} apart"


def _revises(revision: Report, event: Report) -> bool:
    """Whether a toll revision naming no day (dated by the week up to the revision's day) may revise the toll of a
    report naming one of those days: a toll rose from one, so the report gives a toll ("the toll rose to nine" does
    not refer back to a grenade attack that wounded three)."""
    return (revision.revision and not revision.exact_day and event.exact_day
            and int(event.row.get("fatalities") or 0) > 0)


def _one_night(a: Report, b: Report) -> bool:
    """Two reports a day apart telling of one night: the earlier one of its late evening or night ("late on
    Friday", "last night"), or the later one of its small hours ("in the early hours of Saturday")."""
    earlier, later = (a, b) if a.first is not None and b.first is not None and a.first < b.first else (b, a)
    return earlier.late or later.early


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


def word_score(a: Report, b: Report, rules: Rules, min_toll: int = 0) -> tuple[float, str, bool]:
    """The share of the distinctive words of one report the other gives (a shared toll below `min_toll` left out),
    what they are, and whether one of them is a name that tells one event from another (not only acronyms)."""
    words_a, words_b = _without_other_tolls(a.words, b.words, min_toll)
    if a.revision or b.revision:
        # a revision's numbers are the toll it rose to and the dead it adds ("raising the toll to 11"): they differ
        # from the first reports' by nature
        words_a, words_b = (frozenset(w for w in x if not w.isdigit()) for x in (words_a, words_b))
    if not words_a or not words_b:
        return rules.words_unknown, "", False
    (small, mine), (large, theirs) = sorted([(words_a, a), (words_b, b)], key=lambda x: (len(x[0]), sorted(x[0])))
    # a name one writes out and the other abbreviates ("Rapid Support Forces", "RSF") is shared too
    # a side of the war named by whom it is led or backed ("the Saudi-led coalition") is shared by every event of
    # the war: it counts among the words, never among those found
    found = sorted({w for w in small if (_found(w, large, rules.fuzzy) or w in theirs.initials) and not side(w, rules)}
                   | {i for i in mine.initials if i in large})
    score = min(1.0, len(found) / len(small))
    if found and all(w in mine.caps or w in theirs.caps for w in found):
        # an organisation's acronym ("DPR", "KCTU") is shared by every event it takes part in that day: it adds to
        # the score, but is no name that tells one demonstration, or one of two places, from another
        return score, f"{ACRONYMS}{', '.join(found[:4])}", False
    # a toll of one or two shared is a name of nothing: a city's killings of one man each share it on any day
    naming = [w for w in found if not (w.endswith(TOLL) and int(w.removesuffix(TOLL)) < rules.small_toll)]
    return score, (f"{NAMES}{', '.join(found[:4])}" if found else ""), bool(naming)


def _place_keys(report: Report) -> set[str]:
    """The words of the places a report puts its event at: its spots, the names it wrote for its place, the place it
    was resolved to, and the divisions it writes in a bracket after its place (`named.bracket_divisions`)."""
    names = {*report.spots, *report.seen, *(key(x) for x in (report.location, report.admin2, report.admin1) if x)}
    return {w for name in names for w in name.split()} | report.divisions


def _shared_beyond_places(a: Report, b: Report, rules: Rules, common: bool = False) -> bool:
    """Whether two reports share a distinctive name that is none of the places either puts its event at ("Joseph
    Ngwiri", the union official quoted on one nurses' march told at a hospital and at a road it blocked; not
    "Yinmarbin", the township two villages' clashes were told at)."""
    words_a, words_b = _without_other_tolls(a.words, b.words, rules.small_toll)
    places = _place_keys(a) & _place_keys(b) if common else _place_keys(a) | _place_keys(b)
    return any(w not in places and not side(w, rules)
               and not any(_found(w, frozenset({p}), rules.fuzzy) for p in places)
               and (_found(w, words_b, rules.fuzzy) or w in b.initials) for w in words_a - a.caps)


_DEMONSTRATIONS = frozenset({"Protests", "Riots"})


def _one_demonstration(a: Report, b: Report) -> bool:
    """Two events of one report at one place and day that are one demonstration by ACLED's rules: a demonstration
    and the arrests it tells ("... threw stones at police. Police said 32 people were arrested."; arrests of
    demonstrators are coded with their demonstration), which a report telling only the arrests joins; and a march
    and the riot it ended in ("Students marched in the capital ... The march ended in clashes with riot police": a
    protest that turns violent is one event, coded by its violence), which a report telling only the clashes joins.
    Two demonstrations of one report's sentence are not (a rally and its counter-rally are told in one)."""
    if a.location != b.location or (a.first, a.last) != (b.first, b.last):
        return False
    if any(x.kind[1] == "Arrests" and y.kind[0] in _DEMONSTRATIONS for x, y in ((a, b), (b, a))):
        return True
    return {a.kind[0], b.kind[0]} == _DEMONSTRATIONS and a.row.get("sentence") != b.row.get("sentence")


def _crowded(a: Report, b: Report, rules: Rules) -> bool:
    """Two demonstrations (`rules.crowded`: a town holds many a day), or a demonstration and a report of what befell
    the marchers of one (`rules.crowded_with`: "police detained 14 protesters in the city"): joined only on
    something shared beyond type, place and day."""
    if a.kind[0] in rules.crowded and b.kind[0] in rules.crowded:
        return True
    return any(x.kind[0] in rules.crowded and f"{y.kind[0]}/{y.kind[1]}" in rules.crowded_with
               for x, y in ((a, b), (b, a)))


def _targets_apart(a: Report, b: Report, rules: Rules, named: bool) -> str:
    """What two attacks struck, named apart (`targets.py`), when a report gives no town of its own (placed at its
    province or country, or by a dateline standing in) and the two share no distinctive name (`named`): no spot or
    town can tell which of two attacks of its province it tells ("an attack on an army base in Borno state" beside a
    convoy ambushed near Damboa). Two reports placed at towns are told apart by their places, and a name shared by
    their sentences outweighs two nouns: one outlet's "a blast near a mosque" is another's "in the market"."""
    if (a.town and b.town) or named:
        return ""
    return targets_apart(a.targets, b.targets, a.kind[0], b.kind[0], rules)


def _country(r: Report) -> str | None:
    """The ISO3 code of the country a report is in: the one its document writes, for a report the gazetteer placed
    at a namesake abroad (`written.py`), else its place's (None: no place)."""
    return r.written or (r.row.get("iso3") or None if r.country is not None else None)


def days_named_apart(a: Report, b: Report) -> str:
    """Two reports each placing its event at a town by its own words and naming its day outright, on two days that
    are not one night told either side of midnight ("in Bannu on Monday", "in Bannu on Tuesday morning"), else "":
    each says where and when its event happened, and they disagree. A report placed only at its province or by its
    dateline says too little of its own ("residents of a village in the Mopti region buried 16 on Sunday", the day
    after the massacre other reports date)."""
    if not (a.exact_day and b.exact_day and a.town and b.town):
        return ""
    gap = day_gap(a, b)
    if not gap or (gap == 1 and _one_night(a, b)):
        return ""
    return "days named apart"


def days_of_a_run(a: Report, b: Report) -> str:
    """Two reports naming their days outright, days apart and not one night told either side of midnight, of which
    one tells its event as a day of a run of days ("blocked the road for a third consecutive day on Wednesday"),
    else "": the run's days are each an event, and the other report tells another of them, whatever names the two
    share (the road, the union, the cause). A day given only by who tells it, a toll revision's or a story's day is
    no day named outright."""
    if not (a.run or b.run) or not (a.exact_day and b.exact_day):
        return ""
    if any(r.told or r.revision or r.story_day for r in (a, b)):
        return ""
    gap = day_gap(a, b)
    if not gap or (gap == 1 and _one_night(a, b)):
        return ""
    return "two days of a run"


def compare(a: Report, b: Report, rules: Rules) -> Link:
    """The link between two reports; symmetric (the same whichever comes first). Two reports that do not join on
    their own, name two days outright and share no name are `separate`: no third report joins them either. A toll
    update naming no day of its own ("the toll rose to seven on Tuesday") fits Monday's market bomb and Tuesday's
    attack on a security post of one town alike; linking to both, it would chain two events that each say when they
    happened. It joins the one it matches best, and the other stays its own event. A name shared (the village both
    name) keeps the chain: one massacre may be dated by its burial the next day ("buried 16 on Sunday, a day after
    jihadists attacked the village"). Two days of a run of days (`days_of_a_run`) are `separate` too."""
    if a.id > b.id:
        a, b = b, a
    link = _compare(a, b, rules)
    run = days_of_a_run(a, b) if link.conflict is None else ""
    if run:
        return replace(link, score=min(link.score, round(rules.link - 0.01, 6)), why=(*link.why, run), separate=True)
    if link.conflict is None and link.score < rules.link and not link.separate and not link.named:
        apart = days_named_apart(a, b)
        if apart:
            return replace(link, why=(*link.why, apart), separate=True)
    return link


def _compare(a: Report, b: Report, rules: Rules) -> Link:
    """The link between two reports, `a` the one of the smaller id; `named` when their sentences share a distinctive
    name (`word_score`; False when a conflict or a copy decides before the words are read)."""
    if a.doc_id == b.doc_id and (a.kind, a.location, a.first, a.last) != (b.kind, b.location, b.first, b.last) \
            and not _one_demonstration(a, b):
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
    if (a.written or b.written) and None not in (_country(a), _country(b)) and _country(a) != _country(b):
        return _conflict("two countries (one written by a report the gazetteer placed abroad)")
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
    words, words_why, shared = word_score(a, b, rules, 0 if date_why in ("same day", "one night") else rules.small_toll)
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
        return _held(rules, (*why, "a place named only as a distance's reference"), shared, True)
    apart = (spots_apart(a, b, rules.fuzzy) or towns_apart(a, b, rules, shared)
             or near_and_inside(a, b) or _targets_apart(a, b, rules, shared)
             if score >= rules.link else "")
    if apart:
        # each names a spot finer than its town, and neither the other's: two villages placed at one town, two
        # buildings of one district; or one spot told by two names of different reach (a market, its
        # neighbourhood); or each names what its attack struck, and not the other's (a base, a convoy). Not joined
        # on their own, but a third report naming both spots can join them
        return _held(rules, (*why, apart), shared, not _shared_beyond_places(a, b, rules))
    crowded = _crowded(a, b, rules)
    organisers = (organisers_apart(a, b) or stances_apart(a, b, rules)) if crowded and score >= rules.link else ""
    if organisers:
        # two demonstrations each called by an organisation the other does not name: two unions' press conferences
        # at one building the same day are two events (ACLED codes each), whatever else they share; and a rally with
        # its counter-rally
        return _held(rules, (*why, organisers), shared)
    # the names of the place both tell ("Ciudad de Mexico - Cuauhtemoc", "in front of the National Palace") do not
    # tell one demonstration of it from another
    named = shared and (not crowded or _shared_beyond_places(a, b, rules, common=True))
    if named and score >= rules.link and date_why == "1 day apart" and a.twin and b.twin \
            and not _shared_beyond_places(a, b, rules):
        # a day apart joins only on a name shared; two events each read at the second place of its sentence ("near
        # Fresnillo, Zacatecas" and "in Fresnillo, Zacatecas", both read at the state's city too) share their first
        # place's name, where each is compared already: two shootings of one town on Monday and Tuesday
        return _held(rules, (*why, "a day apart, each read at a second place"), shared)
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
            return _held(rules, (*why, "one of two places of its sentence, no name shared"), shared)
        if crowded and (actors_why == "same participants" or cause) and workforces_apart(a, b):
            # two groups' protests, each named by whom its marchers work for: the cause they share, or the codebook's
            # "Labour Group" both are coded with, does not make them one
            return _held(rules, (*why, workforces_apart(a, b)), shared)
        if crowded and actors_why != "same participants" and not cause:
            # a town holds many demonstrations a day (two unions, two causes): type, place and day do not make two
            # reports one of them; a name, a group of marchers or the cause they share does
            return _held(rules, (*why, "nothing shared to tell one demonstration"), shared)
    return Link(round(score, 6), None, why, named=shared)
