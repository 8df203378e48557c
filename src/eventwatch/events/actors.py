"""Actors: the dictionary lookup (actors.csv, demonyms.csv) and the naming of state forces per country.

ACLED names state forces by country and period ("Military Forces of Iran (1989-)") and codes forces acting
outside their own country as external (inter 8): Russian forces in Ukraine are 8, Ukrainian forces there are 1.
A sentence rarely names its own country, so the coder emits "{country}" placeholders and a country-less
inter; `resolve_actor` finishes the job once the assembler knows where the event happened.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from eventwatch.events.codebook import ActorPattern, StateForces, csv_rows, load_codebook
from eventwatch.events.literals import CueScreens
from eventwatch.events.mentions import ActorMention
from eventwatch.records import Actor, Span

_MILITARY = "Military Forces of {country}"
_POLICE = "Police Forces of {country}"
_EVENT_NOUNS = (
    r"(?:drone|air|airstrikes?|strikes?|raids?|shelling|missiles?|rockets?|warplanes?|jets?|aircraft|artillery|"
    r"bombardment|bombing|attacks?|helicopters?|navy|military|army|forces|troops|soldiers|police|air force|"
    r"ministry of defen[cs]e|mod|border guards?|special forces|occupation forces|occupation|positions)"
)


@dataclass(frozen=True, slots=True)
class FoundActor:
    start: int
    end: int
    name: str
    inter: int
    foreign: bool = False  # named by a demonym ("Russian forces"): may be external where the event happens
    country: str = ""  # ISO3 of that demonym's country


@lru_cache(maxsize=1)
def _demonym_patterns() -> tuple[tuple[re.Pattern[str], StateForces], ...]:
    out = []
    for state in load_codebook().states:
        for dem in state.demonyms:
            if dem in ("us", "uk", r"u\.s\."):
                pattern = re.compile(rf"(?<![\w.])(?:{dem.upper()})(?![\w])")
            else:
                pattern = re.compile(rf"\b{dem}\b", re.IGNORECASE)
            out.append((pattern, state))
    return tuple(out)


def _state_before(text: str, start: int) -> StateForces | None:
    """The country whose demonym stands just before a force word: "Russian forces", "U.S.-led troops"."""
    window = text[max(0, start - 45):start]
    best: tuple[int, StateForces] | None = None
    for pattern, state in _demonym_patterns():
        for m in pattern.finditer(window):
            tail = window[m.end():]
            close = re.fullmatch(r"(?:[- ]led)?(?:\s+and\s+\w+)?\s*(?:[\w'-]+\s+){0,2}", tail)
            if close and (best is None or m.start() > best[0]):
                best = (m.start(), state)
    return best[1] if best else None


def find_actors(text: str, *, cues: bool = False) -> list[FoundActor]:
    """Actor mentions in `text`, left to right, without overlaps (the earliest, then the longest, wins). `cues`: the
    mentions the cue groups are read from (`CueReader.actor_groups`, the prefilter), without the rows that name an
    actor only (`name_only_actors` in modality.toml), so such a row moves no rule's and no arbiter feature's reading.
    A text where no such row won its words reads the same both ways (a match that lost its words to another blocks
    nothing), so the dictionary is run a second time only where one did."""
    found = _find_actors(text, False)
    if cues and any(f.name in _name_only() for f in found):
        found = _find_actors(text, True)
    return list(found)


@lru_cache(maxsize=1)
def _name_only() -> frozenset[str]:
    return frozenset(load_codebook().modality["name_only_actors"])


@lru_cache(maxsize=1)
def _actor_screens() -> tuple[tuple[tuple[str, ActorPattern], ...], CueScreens]:
    """Each actor's pattern with the words it requires (`literals.py`), one screen per actor (named by its
    position): a pattern none of whose words is in the sentence cannot match and is not run, as for the cues. The
    demonyms' patterns (`_demonym_patterns`, named "d" and their position) are screened in the same look-up: each
    of some 60 was run over every sentence before (1% of a worker)."""
    actors = tuple((str(i), actor) for i, actor in enumerate(load_codebook().actors))
    demonyms = ((f"d{i}", [pattern]) for i, (pattern, _) in enumerate(_demonym_patterns()))
    return actors, CueScreens([*((key, [actor.pattern]) for key, actor in actors), *demonyms])


@lru_cache(maxsize=256)
def _find_actors(text: str, cues: bool) -> tuple[FoundActor, ...]:
    """Memoised: the coder asks for the actors of a sentence several times while deciding what it reports. Only
    the patterns whose words occur in the sentence are run, in the dictionary's order: the same matches in the
    same order as running every one."""
    found: list[FoundActor] = []
    actors, screens = _actor_screens()
    chosen = screens.candidates(screens.words_in(text))
    skipped = _name_only() if cues else frozenset()
    for key, actor in actors:
        if key not in chosen or actor.name in skipped:
            continue
        for m in actor.pattern.finditer(text):
            name, inter, foreign, iso3 = actor.name, actor.inter, False, ""
            if name in (_MILITARY, _POLICE):
                state = _state_before(text, m.start())
                if state is not None:
                    name = state.military if name == _MILITARY else state.police
                    foreign, iso3 = True, state.iso3
            found.append(FoundActor(m.start(), m.end(), name, inter, foreign, iso3))
    for i, (pattern, state) in enumerate(_demonym_patterns()):
        if f"d{i}" not in chosen:
            continue
        for m in pattern.finditer(text):
            after = text[m.end():m.end() + 40]
            if re.match(rf"(?:[- ]led)?\s*(?:[\w-]+\s+){{0,1}}{_EVENT_NOUNS}\b", after, re.IGNORECASE):
                found.append(FoundActor(m.start(), m.end(), state.military, 1, True, state.iso3))
    found.sort(key=lambda f: (f.start, -(f.end - f.start)))
    kept: list[FoundActor] = []
    for f in found:
        if kept and f.start < kept[-1].end:
            continue
        if kept and (_head_noun_of(kept[-1], f, text) or _same_force(kept[-1], f, text)):
            first = kept[-1]
            named = f if first.foreign and f.foreign and f.country == first.country else first
            kept[-1] = FoundActor(first.start, f.end, named.name, named.inter, named.foreign, named.country)
            continue
        kept.append(f)
    return tuple(kept)


def _head_noun_of(named: FoundActor, generic: FoundActor, text: str) -> bool:
    """True when a generic force word right after a named group is that group's own head noun: "NAF forces",
    "TPLF fighters", "Houthi forces" are the named group, not also the country's army (whose side would then say
    which way territory changes hands)."""
    return "{country}" not in named.name and "{country}" in generic.name and not generic.foreign \
        and text[named.end:generic.start].strip() == "" and named.name != generic.name


def _same_force(first: FoundActor, then: FoundActor, text: str) -> bool:
    """True when a force word right after a state force names that same force: each word of one noun phrase
    ("regime forces", "army troops", "Iraqi army soldiers", "police forces") matches the dictionary, and read apart
    they made the force its own opponent (an actor2 where ACLED codes none). The phrase keeps the first word's
    reading (the merge in `_find_actors`), as before; forces of another kind or country stay apart ("military
    police" is two words of different kinds, "Russian forces, Ukrainian forces" two countries). A country's adjective
    before its force word ("Kenyan police") is that force: the phrase takes the force word's reading."""
    if then.inter != 1 or first.inter != 1 or text[first.end:then.start].strip() != "":
        return False
    kind = first.name.split(" ", 1)[0]
    same_kind = then.name.startswith(kind) and ("{country}" in first.name or then.name == first.name)
    one_country = first.foreign and then.foreign and then.country == first.country
    return same_kind or one_country or text[then.start:then.end].lower() == "forces"


def countries_named(text: str) -> set[str]:
    """ISO3 codes of the countries a text names by demonym or by name ("Turkish", "in Syria")."""
    named = {state.iso3 for pattern, state in _demonym_patterns() if pattern.search(text)}
    named.update(state.iso3 for state in load_codebook().states if re.search(rf"\b{re.escape(state.country)}\b", text))
    return named


def own_forces(found: FoundActor, text: str) -> bool:
    """True for state forces that act in their own country as far as the sentence tells: "Somali troops took the
    town" (a nationality adjective does not make forces foreign); "Turkish troops took the town in Syria" is
    foreign because the sentence names another country."""
    return found.inter == 1 and (not found.foreign or not (countries_named(text) - {found.country}))


def mention(found: FoundActor, text: str, offset: int = 0) -> ActorMention:
    span = Span(offset + found.start, offset + found.end, text[found.start:found.end])
    return ActorMention(found.name, found.inter, span)


def is_state_force(name: str) -> bool:
    return name.startswith(("Military Forces of", "Police Forces of", "Government of"))


@lru_cache(maxsize=512)
def _alpha3(country: str) -> str | None:
    """ISO alpha-3 for a country name or code ("Iran", "Iran, Islamic Republic of", "IR", "IRN"), if known."""
    import pycountry

    try:
        return str(pycountry.countries.lookup(country).alpha_3)
    except LookupError:
        try:
            found = pycountry.countries.search_fuzzy(country)
        except LookupError:
            return None
        return str(found[0].alpha_3) if found else None


@lru_cache(maxsize=512)
def _state_for_country(country: str) -> StateForces | None:
    code = _alpha3(country)
    for state in load_codebook().states:
        if state.country.lower() == country.lower() or (code is not None and state.iso3 == code):
            return state
    return None


@lru_cache(maxsize=512)
def acled_country_name(country: str) -> str:
    """The short name ACLED uses in actor names ("Iran", not "Iran, Islamic Republic of"; "IR" -> "Iran"): the
    codebook's state, else the name ACLED spells where it differs from pycountry's (`country_names.tsv`, the table
    the gazetteer and the merge read: "Palestine", never ISO's "Palestine, State of", which no ACLED actor carries),
    else pycountry's common name."""
    state = _state_for_country(country)
    if state is not None:
        return state.country
    import pycountry

    code = _alpha3(country)
    if code is None:
        return country
    entry = pycountry.countries.get(alpha_3=code)
    if entry is None:
        return country
    return _acled_spelling().get(str(entry.alpha_2)) or str(getattr(entry, "common_name", None) or entry.name)


@lru_cache(maxsize=1)
def _acled_spelling() -> dict[str, str]:
    from eventwatch.geo.build import data_rows

    return dict(data_rows("country_names.tsv"))


@lru_cache(maxsize=1)
def _periods() -> tuple[tuple[re.Pattern[str], str, str, str, int], ...]:
    return tuple((re.compile(r["pattern"], re.IGNORECASE), r["name"], r["until"], r["name_before"],
                  int(r["inter_before"])) for r in csv_rows("actor_periods.csv"))


def dated_actor(actor: ActorMention, day: str | None) -> ActorMention:
    """The actor as ACLED names it on `day` (ISO date): conventions that change on a date (`actor_periods.csv`:
    the Taliban are Afghanistan's state forces only from 15 August 2021) are applied to the words that named it."""
    if not day or actor.span is None:
        return actor
    for pattern, name, until, before, inter in _periods():
        if actor.name == name and day < until and pattern.search(actor.span.text):
            return ActorMention(before, inter, actor.span)
    return actor


@lru_cache(maxsize=1)
def _country_names() -> tuple[tuple[re.Pattern[str], str, frozenset[str], str, int], ...]:
    return tuple((re.compile(r["pattern"], re.IGNORECASE), r["name"], frozenset(r["countries"].split(";")),
                  r["name_there"], int(r["inter_there"])) for r in csv_rows("actor_countries.csv"))


def placed_actor(actor: ActorMention, country: str) -> ActorMention:
    """The actor as ACLED names it in `country` (its short name): conventions that hold in some countries only
    (`actor_countries.csv`: an unnamed militia is a communal militia, inter 4, in Nigeria or Sudan and an
    unidentified armed group, inter 3, elsewhere), applied to the words that named it."""
    if actor.span is None:
        return actor
    code = _alpha3(country)
    for pattern, name, countries, there, inter in _country_names():
        if actor.name == name and code in countries and pattern.search(actor.span.text):
            return ActorMention(there, inter, actor.span)
    return actor


def resolve_actor(actor: ActorMention, country: str | None, day: str | None = None) -> Actor:
    """Fill the "{country}" placeholder and give foreign state forces ACLED's external inter code (8).

    "Military Forces of {country}" becomes the country's ACLED name when the codebook has one
    ("Military Forces of Iran (1989-)"); forces named for another country than the event's are external. With the
    event's `day`, conventions that change on a date apply (`dated_actor`); with its country, those that hold in
    some countries only (`placed_actor`).
    """
    actor = dated_actor(actor, day)
    name, inter = actor.name, actor.inter
    if country:
        country = acled_country_name(country)
        actor = placed_actor(actor, country)
        name, inter = actor.name, actor.inter
        state = _state_for_country(country)
        if state is not None and name == _MILITARY:
            name = state.military
        elif state is not None and name == _POLICE:
            name = state.police
        name = name.replace("{country}", country)
        if is_state_force(name) and inter == 1 and not _names_country(name, country):
            inter = 8
    else:
        name = name.replace(" ({country})", "").replace(" of {country}", "").replace("{country}", "")
    return Actor(name=name, inter=inter, span=actor.span)


def _names_country(name: str, country: str) -> bool:
    rest = re.sub(r"^(?:Military|Police) Forces of (?:the )?|^Government of (?:the )?", "", name)
    rest = re.sub(r"\s*\(.*$", "", rest)
    if rest.lower().startswith(country.lower().removeprefix("the ")):
        return True
    state = _state_for_country(rest)
    code = state.iso3 if state is not None else _alpha3(rest)
    return code is not None and code == _alpha3(country)


def fill_country(name: str | None, country: str | None) -> str | None:
    """Fill the "{country}" placeholder of an associated-actor name (or drop it when the country is unknown)."""
    if name is None:
        return None
    if country:
        return name.replace("{country}", acled_country_name(country))
    return name.replace(" ({country})", "").replace("{country}", "").strip() or None
