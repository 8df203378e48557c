"""Loading the team-written codebook (package data under `eventwatch/data/codebook/`) once.

The coding rules live in data files so that a reviewer can read, test and change them without touching code:
`taxonomy.toml` (types, definitions, PLOVER), `cues.toml` (named regex cue groups), `decisions.toml` (ordered
rules combining cues into sub-event types), `actors.csv` (actor dictionary with inter codes), `demonyms.csv`
(state-force names per country), `crowd_identities.csv` (who demonstrators are), `modality.toml` (irrealis
and negation cues) and `counts.toml` (number words).
"""

from __future__ import annotations

import csv
import io
import re
import tomllib
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from eventwatch.errors import EventwatchError

# Cue groups computed from the parse rather than matched by regex (see EventCoder.actor_groups): the actor
# dictionary applied to the subject (agent) and object (victim) of the sentence.
SYNTACTIC_GROUPS = frozenset({
    "agent_crowd", "agent_armed", "agent_state", "agent_non_state", "victim_armed", "victim_civilian",
})


class CodebookError(EventwatchError):
    """A codebook data file is missing or malformed: the package is broken, not the input."""

    code = "E020"


@dataclass(frozen=True, slots=True)
class CueGroup:
    name: str
    patterns: tuple[re.Pattern[str], ...]
    anywhere: bool
    why: str
    example: str
    # patterns (`story_patterns` in cues.toml) read in a news story's sentences only: a short text read alone (an
    # ACLED note, a CASE sentence, the arbiter's training) keeps the reading it had without them (the refit trap)
    story_only: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    event_type: str
    sub_event_type: str
    all: tuple[str, ...]
    any: tuple[str, ...]
    none: tuple[str, ...]
    why: str
    example: str
    fallback: bool = False  # used only for short texts known to hold an event (classify), never for sentences

    def fires(self, present: frozenset[str]) -> bool:
        """True when the cue groups `present` satisfy this rule's all/any/none conditions."""
        return (
            all(g in present for g in self.all)
            and (not self.any or any(g in present for g in self.any))
            and not any(g in present for g in self.none)
        )


@dataclass(frozen=True, slots=True)
class ActorPattern:
    pattern: re.Pattern[str]
    name: str
    inter: int
    why: str


@dataclass(frozen=True, slots=True)
class StateForces:
    country: str
    iso3: str
    demonyms: tuple[str, ...]
    military: str
    police: str


@dataclass(frozen=True, slots=True)
class Codebook:
    sub_events: dict[str, tuple[str, str, str]]  # sub_event_type -> (event_type, plover, definition)
    cues: dict[str, CueGroup]
    rules: tuple[Rule, ...]
    actors: tuple[ActorPattern, ...]
    states: tuple[StateForces, ...]
    modality: dict[str, Any]
    counts: dict[str, dict[str, int]]
    identities: tuple[tuple[re.Pattern[str], str], ...] = ()
    suppress: dict[str, frozenset[str]] = field(default_factory=dict)
    gates: tuple[Rule, ...] = ()  # relevance gates: when one fires, the text reports no ACLED event

    def event_type_of(self, sub_event_type: str) -> str:
        return self.sub_events[sub_event_type][0]


def _text(name: str) -> str:
    try:
        return resources.files("eventwatch").joinpath("data/codebook/" + name).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError) as exc:
        raise CodebookError(f"codebook file {name!r} is missing from the package") from exc


def csv_rows(name: str) -> list[dict[str, str]]:
    """The rows of a codebook CSV file (`data/codebook/NAME`), each a dict by its header: the actor dictionary, the
    demonyms, and the conventions `actors` applies by date and by country (`actor_periods.csv`,
    `actor_countries.csv`)."""
    return list(csv.DictReader(io.StringIO(_text(name))))


def codebook_toml(name: str) -> dict[str, Any]:
    """A codebook TOML file (`data/codebook/NAME`) parsed, with a `CodebookError` when it is missing or invalid."""
    try:
        return tomllib.loads(_text(name))
    except tomllib.TOMLDecodeError as exc:
        raise CodebookError(f"codebook file {name!r} is not valid TOML: {exc}") from exc


def _compile(pattern: str, where: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        raise CodebookError(f"bad regular expression in {where}: {pattern!r}: {exc}") from exc


@lru_cache(maxsize=1)
def load_codebook() -> Codebook:
    taxonomy = codebook_toml("taxonomy.toml")
    sub_events = {s["name"]: (s["event_type"], s["plover"], s["definition"]) for s in taxonomy["sub_event"]}
    cues = {
        name: CueGroup(
            name=name,
            patterns=tuple(_compile(p, f"cues.toml [{name}]")
                           for p in [*spec["patterns"], *spec.get("story_patterns", [])]),
            anywhere=bool(spec.get("anywhere", False)),
            why=spec.get("why", ""),
            example=spec.get("example", ""),
            story_only=frozenset(spec.get("story_patterns", [])),
        )
        for name, spec in codebook_toml("cues.toml").items()
    }
    rules: list[Rule] = []
    gates: list[Rule] = []
    decisions = codebook_toml("decisions.toml")
    suppress = {k: frozenset(v) for k, v in decisions.get("suppress", {}).items()}
    for spec in [*decisions["rule"], *decisions.get("gate", [])]:
        sub = spec.get("sub_event_type", "")
        is_gate = "sub_event_type" not in spec
        if not is_gate and sub not in sub_events:
            raise CodebookError(f"rule {spec['id']!r} names an unknown sub-event type {sub!r}")
        groups = [*spec.get("all", []), *spec.get("any", []), *spec.get("none", [])]
        unknown = [g for g in groups if g not in cues and g not in SYNTACTIC_GROUPS]
        if unknown:
            raise CodebookError(f"rule {spec['id']!r} uses unknown cue groups {unknown}")
        (gates if is_gate else rules).append(Rule(
            id=spec["id"], event_type=sub_events[sub][0] if sub else "", sub_event_type=sub,
            all=tuple(spec.get("all", [])), any=tuple(spec.get("any", [])), none=tuple(spec.get("none", [])),
            why=spec.get("why", ""), example=spec.get("example", ""), fallback=bool(spec.get("fallback", False)),
        ))
    actors = tuple(
        ActorPattern(_compile(row["pattern"], "actors.csv"), row["name"], int(row["inter"]), row["why"])
        for row in csv_rows("actors.csv")
    )
    states = tuple(
        StateForces(row["country"], row["iso3"], tuple(row["demonyms"].split("|")), row["military"], row["police"])
        for row in csv_rows("demonyms.csv")
    )
    counts_raw = codebook_toml("counts.toml")
    counts = {k: {str(w): int(n) for w, n in v.items()} for k, v in counts_raw.items()}
    identities = tuple(
        (_compile(row["pattern"], "crowd_identities.csv"), row["identity"])
        for row in csv_rows("crowd_identities.csv")
    )
    return Codebook(
        sub_events, cues, tuple(rules), actors, states, codebook_toml("modality.toml"), counts, identities, suppress,
        tuple(gates),
    )


@cache
def word_sets(*keys: str) -> dict[str, frozenset[str]]:
    """The modality lists named by `keys` (`modality.toml`), each as a set of words, built once per tuple of keys:
    what the story checks look a token's word or lemma up in (`staged`, `ordinary`, `senses`)."""
    modality = load_codebook().modality
    return {k: frozenset(modality[k]) for k in keys}


@cache
def modality_pattern(key: str) -> re.Pattern[str]:
    """The modality regular expression named by `key` (`modality.toml`), compiled once, case-insensitive: what a
    check matches on an event's words or text (`claimants.calls_for_gathering`, `participants._crowd_sides`)."""
    return re.compile(load_codebook().modality[key], re.IGNORECASE)
