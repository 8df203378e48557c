"""Who asserts an event inside a report: "according to X", "X said", "X claimed responsibility", "X reported",
"X denied", activists' and monitors' counts.

The patterns and the kinds of claimant are data (`data/sources/claims.toml`). A claim is found in the event's own
sentence, with the span of the claimant's words, its kind (state, armed group, crowd, civilian, medical, monitor,
media, other) and, when it names a registered outlet or organisation ("the state news agency IRNA", "the Syrian
Observatory for Human Rights"), that outlet. Whether the claimant is a party to the event is decided from the
event's actors: the police speaking of a protest they broke up are, witnesses are not.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from eventwatch.errors import RegistryError
from eventwatch.records import Event, Outlet, Span
from eventwatch.sources.partisan import is_partisan
from eventwatch.sources.registry import Registry

_MAX_WORDS = 12


@dataclass(frozen=True, slots=True)
class Pattern:
    id: str
    regex: re.Pattern[str]
    why: str
    example: str
    example_who: str


@dataclass(frozen=True, slots=True)
class ClaimantKind:
    kind: str
    pattern: re.Pattern[str]
    party_when: frozenset[int]
    why: str
    example: str


@dataclass(frozen=True, slots=True)
class ClaimRules:
    patterns: tuple[Pattern, ...]
    kinds: tuple[ClaimantKind, ...]
    not_claimants: frozenset[str]
    strip_leading: tuple[str, ...]
    strip_trailing: frozenset[str]
    verbs: frozenset[str]
    negations: frozenset[str]


@dataclass(frozen=True, slots=True)
class Claim:
    """One attribution: the claimant as written (`span`), how it was said, the kind of each claimant it names
    ("police and union leaders": state, crowd) and the registered outlet or body it names, if any."""

    span: Span
    verb: str
    kinds: tuple[str, ...]
    pattern: str
    outlet: Outlet | None = None

    @property
    def who(self) -> str:
        return self.span.text

    @property
    def responsibility(self) -> bool:
        return "responsibility" in self.pattern


def _compile(regex: str, where: str, flags: int = 0) -> re.Pattern[str]:
    try:
        return re.compile(regex, flags)
    except re.error as exc:
        raise RegistryError(f"claims.toml {where}: bad regular expression: {exc}") from exc


@lru_cache(maxsize=1)
def claim_rules() -> ClaimRules:
    """The claim patterns of `data/sources/claims.toml`, their shared pieces (`{say}`, `{tail}`) filled in and
    compiled once: the rules are data, so that each carries its why and an example its test reads."""
    text = resources.files("eventwatch.data").joinpath("sources").joinpath("claims.toml").read_text(encoding="utf-8")
    data: dict[str, Any] = tomllib.loads(text)
    fill = {"{say}": data["say"], "{tail}": data["tail"]}
    patterns = []
    for spec in data["pattern"]:
        regex = spec["regex"]
        for key, value in fill.items():
            regex = regex.replace(key, value)
        patterns.append(Pattern(spec["id"], _compile(regex, spec["id"]), spec["why"], spec["example"],
                                spec["example_who"]))
    kinds = tuple(
        ClaimantKind(spec["kind"], _compile(spec["pattern"], spec["kind"], re.IGNORECASE),
                     frozenset(spec["party_when"]), spec["why"], spec["example"])
        for spec in data["claimant"]
    )
    words = data["not_claimants"]
    return ClaimRules(tuple(patterns), kinds, frozenset(words["words"]), tuple(words["strip_leading"]),
                      frozenset(words["strip_trailing"]), frozenset(words["verbs"]), frozenset(words["negations"]))


def claimant_kind(who: str) -> str:
    """The kind of a claimant by the first kind whose words it holds ("other" when none does)."""
    for kind in claim_rules().kinds:
        if kind.pattern.search(who):
            return kind.kind
    return "other"


_CONJUNCTS = re.compile(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*")
# A registered outlet or body named by a claimant gives its kind: an NGO is a monitor, a side's outlet speaks for
# that side, any other outlet is the media.
_OUTLET_KINDS = {"ngo": "monitor", "government": "state", "armed group": "armed group",
                 "opposition movement": "opposition", "party": "opposition"}


def claimant_kinds(who: str, outlet: Outlet | None = None) -> tuple[str, ...]:
    """The kind of each claimant a phrase names ("police and union leaders" -> state, crowd)."""
    if outlet is not None:
        return (_OUTLET_KINDS.get(outlet.side) or _OUTLET_KINDS.get(outlet.kind) or "media",)
    kinds = [claimant_kind(part) for part in _CONJUNCTS.split(who) if part.strip()]
    return tuple(dict.fromkeys(kinds)) or ("other",)


def _clean(text: str, start: int, end: int, rules: ClaimRules) -> tuple[int, int] | None:
    """Trim a claimant's span: no leading conjunction ("and police"), no pronoun or relative for a claimant."""
    who = text[start:end]
    changed = True
    while changed:
        changed = False
        for word in rules.strip_leading:
            if who.lower().startswith(word + " "):
                start += len(word) + 1
                who = text[start:end]
                changed = True
    stripped = who.strip()
    start += len(who) - len(who.lstrip())
    end = start + len(stripped)
    words = stripped.split()
    while len(words) > 1 and words[-1].lower() in rules.strip_trailing:
        end = start + stripped.rindex(words[-1]) - 1
        stripped = text[start:end].rstrip()
        end = start + len(stripped)
        words = stripped.split()
    lower = [w.lower() for w in words]
    if not words or len(words) > _MAX_WORDS or stripped.lower() in rules.not_claimants:
        return None
    if lower[-1] in {"who", "which", "that", "and", "or", "but"} or not any(c.isalpha() for c in stripped):
        return None
    if lower[0] in rules.negations or any(w in rules.verbs for w in lower):
        return None
    return start, end


def find_claims(text: str, start: int = 0, end: int | None = None, *, registry: Registry | None = None,
                country: str | None = None) -> list[Claim]:
    """The attributions in `text[start:end]` (one sentence), left to right; spans are offsets into `text`."""
    end = len(text) if end is None else end
    sentence = text[start:end]
    rules = claim_rules()
    found: list[Claim] = []
    taken: list[tuple[int, int]] = []
    for pattern in rules.patterns:
        for match in pattern.regex.finditer(sentence):
            span = _clean(sentence, match.start("who"), match.end("who"), rules)
            if span is None or any(a < span[1] and span[0] < b for a, b in taken):
                continue
            taken.append(span)
            who = sentence[span[0]:span[1]]
            outlet = registry.find_in(who, country) if registry is not None else None
            verb = " ".join((match.groupdict().get("verb") or "according to").split())
            found.append(Claim(Span(start + span[0], start + span[1], who), verb, claimant_kinds(who, outlet),
                               pattern.id, outlet))
    return sorted(found, key=lambda c: c.span.start)


def claim_side(claim: Claim, event: Event, country: str | None) -> str | None:
    """The side a claim speaks for when its claimant is a party to the event, else None: the perpetrator claiming
    responsibility; an outlet or body that speaks for a side in the conflicts of `country`; a kind of claimant
    that is a party to an event with such actors (state officials of an event involving state forces, a rebel
    group of one involving rebels, organisers of a protest). A claim naming two sides ("police and union
    leaders") speaks for none: both sides tell it."""
    if claim.responsibility:
        return "perpetrator"
    if claim.outlet is not None and claim.outlet.side:
        return claim.outlet.side if is_partisan(claim.outlet, country) else None
    inters = {i for i in (event.inter1, event.inter2) if i is not None}
    rules = {k.kind: k.party_when for k in claim_rules().kinds}
    sides = {kind if rules.get(kind, frozenset()) & inters else None for kind in claim.kinds}
    return sides.pop() if len(sides) == 1 else None


def one_side_only(claims: Sequence[Claim], event: Event, country: str | None) -> bool:
    """Whether the claims an event rests on are all made by one and the same party to it."""
    sides = {claim_side(c, event, country) for c in claims}
    return bool(claims) and len(sides) == 1 and None not in sides


def claims_for(claims: Sequence[Claim], sentence: Span) -> list[Claim]:
    """The claims inside one sentence."""
    return [c for c in claims if sentence.start <= c.span.start and c.span.end <= sentence.end]
