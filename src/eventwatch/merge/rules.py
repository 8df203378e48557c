"""The merge's rules as data (`data/merge/rules.toml`): weights, day and distance limits, related event types.

Read once per process into a frozen record, so that every comparison of two reports uses the same fixed table and
nothing depends on what else the store holds (which is what makes merging in batches equal to merging at once).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from eventwatch.errors import EventwatchError


class MergeRulesError(EventwatchError):
    code = "E110"


@dataclass(frozen=True, slots=True)
class Rules:
    link: float
    weights: dict[str, float]
    implicit_before: int
    max_gap_exact: int
    max_gap_vague: int
    exact_by_gap: tuple[float, ...]
    vague_by_gap: tuple[float, ...]
    wide_range: float  # factor of an overlap of day ranges wider than three days
    story: float  # factor of a day score when a report's day is only its story's (`report_days.days`)
    night: float  # score of two days of one night (one report's late evening, the other's small hours)
    late: re.Pattern[str]  # the event ran on into the night (past midnight)
    early: re.Pattern[str]  # the event began in the small hours (the night before)
    run: re.Pattern[str]  # the event is one day of a run of days ("for the second consecutive day")
    small_toll: int  # a shared toll below this is a name only on one day
    revision: re.Pattern[str]  # a toll revision naming its event by a weekday (group 1)
    told: re.Pattern[str]  # the clause of who tells an event, ending where the day it gives begins
    told_before: int  # days before the day of its telling an event told so may lie on
    told_by_gap: tuple[float, ...]  # score of a day told and a day named, by the days between
    toll_rise: re.Pattern[str]  # a toll revision's cue ("the toll rose", "three more died")
    revised: float  # score of a revision naming no day and a report of a day in the week before it
    places: dict[str, float]
    actors: dict[str, float]
    group_inter: frozenset[int]
    force_inter: frozenset[int]  # actors whose names every event of their war shares: forces and armed groups
    generic_actors: tuple[str, ...]
    same_sub: float
    same_type: float
    related: dict[tuple[str, str], float]
    family: float  # score of two types of one disorder family that no related pair names
    families: tuple[frozenset[str], ...]  # ACLED's disorder families, as event types
    loose: frozenset[str]  # event types whose sub-types are unrelated acts: two of them score as a family's
    crowded: frozenset[str]  # event types a town sees many of a day: joined only on something shared
    crowded_with: frozenset[str]  # "type/sub-type" of what befalls one of them (arrests): joined to one likewise
    cause: re.Pattern[str]  # the clause giving a demonstration's cause (group 1)
    min_cause: int  # words of their causes two demonstrations must share
    cause_common: frozenset[str]  # words every demonstration's cause has
    stance_for: re.Pattern[str]  # the cue of a demonstration's support ("in favour of")
    stance_against: re.Pattern[str]  # the cue of its opposition ("against")
    min_word: int
    fuzzy: int
    words_unknown: float
    common_words: frozenset[str]  # the months included
    peoples: frozenset[str]  # ethnic groups and faiths: who takes part in every event of a communal conflict
    sides: frozenset[str]  # "-led", "-backed": a compound naming a side of a war ("Saudi-led"), no distinctive word
    months: frozenset[str]
    numbers: dict[str, str]  # numbers written out -> digits
    elsewhere: re.Pattern[str]  # a clause dating an event by another one: its words name that other one
    tellers: re.Pattern[str]  # the name of who tells an event (group 1): no distinctive word of the event
    subplace: re.Pattern[str]  # a part of a town named: group 1 before a noun, group 2 after "<noun> of"
    division: re.Pattern[str]  # a division named ("West Gojjam zone"): group 1 before a noun, group 2 after
    locative: re.Pattern[str]  # a name a report places its event at ("in Namti", "in front of the Blue House")
    callers: frozenset[str]  # words between a locative and "of" that make the name who called it ("at the call of")
    speakers: frozenset[str]  # words before a locative that make it the place of who tells it ("officials in")
    aftermath: frozenset[str]  # words before a locative that make it where what followed happened ("hospital in")
    settlement: re.Pattern[str]  # a settlement named with its noun, group 1 ("Pakulu village")
    organisations: frozenset[str]  # last words of a name that make it an organisation, not a spot ("... Militia")
    # an armed group's name before or after a noun of its fighters ("Gulf Clan gunmen", "gunmen of the Gulf Clan"),
    # and before a noun of its members ("Gulf Clan members"), which names a group in reports of `fighter_types` only
    fighters: re.Pattern[str]
    members: re.Pattern[str]
    fighter_types: frozenset[str]
    plural_spots: frozenset[str]  # kinds of place that, named in the plural, are many spots ("... Centers")
    # kinds of what an attack struck, each named by its first noun, with the pattern of its nouns ("an army base")
    targets: tuple[tuple[str, re.Pattern[str]], ...]
    target_types: frozenset[str]  # event types whose reports are told apart by what they struck
    scale_order: tuple[str, ...]
    wires: frozenset[str]  # case-folded names of wire agencies

    def type_score(self, a: tuple[str, str], b: tuple[str, str]) -> float | None:
        """How well two (event type, sub-event type) pairs agree; None when no report of one occurrence would be
        coded both ways."""
        if a == b:
            return self.same_sub
        if a[0] == b[0] and a[0] not in self.loose:
            return self.same_type
        best: float | None = None
        for x in (f"{a[0]}/{a[1]}", a[0]):
            for y in (f"{b[0]}/{b[1]}", b[0]):
                score = self.related.get((x, y))
                if score is not None and (best is None or score > best):
                    best = score
        if best is None and (a[0] == b[0] or any(a[0] in f and b[0] in f for f in self.families)):
            return self.family
        return best


def _pairs(items: list[Any]) -> dict[tuple[str, str], float]:
    out: dict[tuple[str, str], float] = {}
    for item in items:
        if not (isinstance(item, list) and len(item) == 3):
            raise MergeRulesError(f"merge rules: a related pair must be [type, type, score], got {item!r}")
        a, b, score = str(item[0]), str(item[1]), float(item[2])
        out[(a, b)] = out[(b, a)] = score
    return out


NAME = r"[A-Z][\w'’-]+(?:[ -](?:[A-Z][\w'’-]+|(?:al|el|ul|e|de|del|du|la|da|do|dos)\b))*"


def _subplace(nouns: list[str]) -> re.Pattern[str]:
    """A part of a town (or a division) named: capitalised words before one of `nouns` ("Sariab Road", "the Oblatos
    neighbourhood", "West Gojjam zone"), or after "<noun> of" ("the district of Oblatos")."""
    alternatives = "|".join(re.escape(n) for n in nouns)
    return re.compile(rf"({NAME})\s+(?i:{alternatives})s?\b|\b(?i:{alternatives})\s+of\s+({NAME})")


def _locative(words: list[str]) -> re.Pattern[str]:
    """A name after a locative preposition (group 1), through "the ... of" ("in Namti", "near the village of
    Hranitne", "in front of the Blue House")."""
    alternatives = "|".join(re.escape(w) for w in words)
    return re.compile(rf"\b(?i:{alternatives})\s+(?:(?:the|a|an)\s+)?(?:(?:[a-z]+\s+){{0,2}}?of\s+(?:the\s+)?)?"
                      rf"({NAME})")


def _settlement(nouns: list[str]) -> re.Pattern[str]:
    """A settlement named with its noun (group 1): "Pakulu village", "Al Asadiyah town"."""
    return re.compile(rf"({NAME})\s+(?:{'|'.join(re.escape(n) for n in nouns)})s?\b")


def _fighters(nouns: list[str]) -> re.Pattern[str]:
    """An armed group named with a noun of its fighters: before it (group 1, "Gulf Clan gunmen") or after "<noun> of
    (the)" (group 2, "gunmen of the Gulf Clan")."""
    alternatives = "|".join(re.escape(n) for n in nouns)
    return re.compile(rf"({NAME})\s+(?:{alternatives})\b|\b(?i:{alternatives})\s+of\s+(?:the\s+)?({NAME})")


def _targets(kinds: list[Any]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each kind of target ([noun, noun, ...], its first noun its name) with a pattern of its nouns as whole words,
    case-insensitive; a noun is matched as written (plurals are listed where they name the kind too)."""
    out = []
    for nouns in kinds:
        if not (isinstance(nouns, list) and nouns):
            raise MergeRulesError(f"merge rules: a kind of target must be a list of nouns, got {nouns!r}")
        alternatives = "|".join(re.escape(str(n)).replace(r"\ ", r"\s+") for n in nouns)
        out.append((str(nouns[0]), re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)))
    return tuple(out)


@lru_cache(maxsize=4096)
def apart(text: str, elsewhere: re.Pattern[str]) -> str:
    """`text` with the clauses dating an event by another one blanked (`rules.elsewhere`). Every reader of a
    report's text starts with this (its words, names, parts of town, spots, targets, causes, stance), and reading
    a report calls five of them on each of its texts: the substitution, a long case-insensitive pattern, is made
    once per text (kept for the most recent texts, as a report's texts are read one after another)."""
    return elsewhere.sub(" ", text)


def parse_rules(data: dict[str, Any]) -> Rules:
    """Rules from the parsed TOML; a missing or malformed entry is a `MergeRulesError` naming it."""
    try:
        score, dates, places, actors, types, words = (data[k] for k in
                                                      ("score", "dates", "places", "actors", "types", "words"))
        weights = {k: float(score[k]) for k in ("type", "date", "place", "actors", "words")}
        if abs(sum(weights.values()) - 1.0) > 1e-6:
            raise MergeRulesError(f"merge rules: the score weights must sum to 1, got {sum(weights.values()):.3f}")
        return Rules(
            link=float(score["link"]), weights=weights,
            implicit_before=int(dates["implicit_before"]), max_gap_exact=int(dates["max_gap_exact"]),
            max_gap_vague=int(dates["max_gap_vague"]), exact_by_gap=tuple(float(x) for x in dates["exact"]),
            vague_by_gap=tuple(float(x) for x in dates["vague"]),
            wide_range=float(dates["wide_range"]), story=float(dates["story"]), night=float(dates["night"]),
            late=re.compile(str(dates["late"]), re.IGNORECASE), early=re.compile(str(dates["early"]), re.IGNORECASE),
            run=re.compile(str(dates["run"]), re.IGNORECASE),
            small_toll=int(dates["small_toll"]), revision=re.compile(str(dates["revision"]), re.IGNORECASE),
            told=re.compile(str(dates["told"]), re.IGNORECASE), told_before=int(dates["told_before"]),
            told_by_gap=tuple(float(x) for x in dates["told_by_gap"]),
            toll_rise=re.compile(str(dates["toll_rise"]), re.IGNORECASE), revised=float(dates["revised"]),
            places={k: float(v) for k, v in places.items()},
            actors={k: float(actors[k]) for k in ("shared", "unknown")},
            group_inter=frozenset(int(x) for x in actors["group_inter"]),
            force_inter=frozenset(int(x) for x in actors["force_inter"]),
            generic_actors=tuple(str(x) for x in actors["generic"]),
            same_sub=float(types["same_sub"]), same_type=float(types["same_type"]), related=_pairs(types["related"]),
            crowded=frozenset(str(t) for t in types["crowded"]), family=float(types["family"]),
            crowded_with=frozenset(str(t) for t in types.get("crowded_with", ())),
            cause=re.compile(str(types["cause"]), re.IGNORECASE), min_cause=int(types["min_cause"]),
            cause_common=frozenset(str(w) for w in types["cause_common"]),
            stance_for=re.compile(str(types["stance_for"]), re.IGNORECASE),
            stance_against=re.compile(str(types["stance_against"]), re.IGNORECASE),
            families=tuple(frozenset(str(t) for t in f) for f in types["families"]),
            loose=frozenset(str(t) for t in types.get("loose", ())),
            min_word=int(words["min_length"]), fuzzy=int(words["fuzzy"]), words_unknown=float(words["unknown"]),
            common_words=frozenset(str(w) for w in (*words["common"], *words["months"])),
            months=frozenset(str(w) for w in words["months"]),
            peoples=frozenset(str(w) for w in words["peoples"]),
            sides=frozenset(str(w) for w in words["sides"]),
            numbers={str(k): str(v) for k, v in words["numbers"].items()},
            elsewhere=re.compile(str(words["elsewhere"]), re.IGNORECASE), tellers=re.compile(str(words["tellers"])),
            subplace=_subplace([str(w) for w in words["subplace_nouns"]]),
            division=_subplace([str(w) for w in words["division_nouns"]]),
            locative=_locative([str(w) for w in words["locative"]]),
            callers=frozenset(str(w) for w in words["callers"]),
            speakers=frozenset(str(w) for w in words["speakers"]),
            aftermath=frozenset(str(w) for w in words["aftermath"]),
            settlement=_settlement([str(w) for w in words["settlement_nouns"]]),
            organisations=frozenset(str(w) for w in words["organisation_nouns"]),
            fighter_types=frozenset(str(t) for t in words["fighter_types"]),
            fighters=_fighters([str(w) for w in words["fighter_nouns"]]),
            members=_fighters([str(w) for w in words["member_nouns"]]),
            plural_spots=frozenset(str(w) for w in words["plural_spots"]),
            targets=_targets(data["targets"]["kinds"]),
            target_types=frozenset(str(t) for t in data["targets"]["types"]),
            scale_order=tuple(str(s) for s in data["fields"]["scale_order"]),
            wires=frozenset(str(w).casefold() for w in data["sources"]["wires"]),
        )
    except (KeyError, TypeError, ValueError, re.error) as exc:
        raise MergeRulesError(f"merge rules: missing or malformed entry {exc}") from exc


@lru_cache(maxsize=1)
def load_rules() -> Rules:
    text = resources.files("eventwatch.data").joinpath("merge").joinpath("rules.toml").read_text(encoding="utf-8")
    return parse_rules(tomllib.loads(text))
