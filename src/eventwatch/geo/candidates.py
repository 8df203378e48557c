"""Candidate places for one mention: exact, alternate, article-less, transliterated and partial name matches.

Each candidate carries a context-free prior (name quality, kind of place, population, capital) so that the
resolver only has to add what the document says (country focus, qualifiers, nearby places).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from eventwatch.geo.build import Q_ALIAS, Q_ALT, Q_MAIN, Q_TRANSLIT, data_rows
from eventwatch.geo.gazetteer import ADM1, ADM2, CITY, COUNTRY, Q_FUZZY, Q_LANDMARK, REGION, Gazetteer, capitals
from eventwatch.geo.normalize import key, strip_article, translit

_QUALITY_BONUS = {0: 3.0, 1: 2.0, 2: 1.8, 3: 3.2, Q_FUZZY: 0.0, Q_LANDMARK: 3.0, Q_TRANSLIT: 1.6}
_KIND_BONUS = {CITY: 0.0, ADM1: 1.5, ADM2: 0.3, COUNTRY: 4.0, REGION: 3.5}
MAX_CANDIDATES = 25
_WRITTEN_NAMES = (Q_MAIN, Q_ALT, Q_ALIAS)  # a place's names as written, not derived spellings (`unknown_unit`)
CURRENT_NAME_POPULATION = 20_000
ALTERNATE_PENALTY = 3.0
OUTGROWN = 10  # see `_prefer_towns`
CITY_POPULATION, PROVINCE_PENALTY = 100_000, 2.0
UNKNOWN_POPULATION = 2_000  # GeoNames writes 0 for a town whose population it does not know: not a hamlet
OWN_NAME_BONUS = 3.0  # "Quebec City": the town named Québec, over one carrying the phrase as another name
COUNTY_PENALTY = 6.0  # see `_below_first_level`
HISTORIC_RATIO = 40  # a former name of a place this many times bigger still points to it ("Calcutta")


@dataclass(frozen=True, slots=True)
class Candidate:
    row: int
    prior: float
    partial: bool = False  # matched on part of the mention ("Dulles" in "Dulles International Airport")
    fuzzy: bool = False  # matched a spelling variant only: kept when the document supports it
    landmark: bool = False  # a site in the town ("the White House"): the town, at precision 2


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Project word lists used while generating candidates (see data/geo/*.tsv)."""

    demonyms: dict[str, str]
    admin_words: frozenset[str]
    generic_words: frozenset[str]
    prefix_words: frozenset[str]
    settlement_words: frozenset[str] = frozenset()
    abroad_words: frozenset[str] = frozenset()
    quarter_words: frozenset[str] = frozenset()
    institution_words: frozenset[str] = frozenset()
    seat_words: frozenset[str] = frozenset()
    river_words: frozenset[str] = frozenset()

    @classmethod
    def load(cls) -> Lexicon:
        demonyms = {key(r[0]): r[1] for r in data_rows("demonyms.tsv")}
        words = data_rows("place_words.tsv")
        return cls(
            demonyms=demonyms,
            admin_words=frozenset(w for w, role in words if role == "admin"),
            generic_words=frozenset(w for w, role in words if role == "generic"),
            prefix_words=frozenset(w for w, role in words if role == "prefix"),
            settlement_words=frozenset(w for w, role in words if role == "settlement"),
            abroad_words=frozenset(w for w, role in words if role == "abroad"),
            quarter_words=frozenset(w for w, role in words if role == "quarter"),
            institution_words=frozenset(w for w, role in words if role == "institution"),
            seat_words=frozenset(w for w, role in words if role == "seat"),
            river_words=frozenset(w for w, role in words if role == "river"),
        )

    def demonym_target(self, k: str) -> str | None:
        """What a people or adjective names, by its key ("syrian", "syrians" -> SY; "european" -> Europe): an ISO
        code, a region or a constituent country; plural people-forms drop their s."""
        target = self.demonyms.get(k)
        if target is None and k.endswith("s"):
            target = self.demonyms.get(k[:-1])
        return target


@lru_cache(maxsize=1)
def project_lexicon() -> Lexicon:
    """The project's word lists, read once per process."""
    return Lexicon.load()


class CandidateFinder:
    """Finds and ranks (context-free) the places a mention may refer to."""

    def __init__(self, gazetteer: Gazetteer, lexicon: Lexicon | None = None) -> None:
        self.gaz = gazetteer
        self.lex = lexicon or project_lexicon()
        self.candidates = lru_cache(maxsize=100_000)(self._candidates)

    def prior(self, row: int, quality: int) -> float:
        c = self.gaz.cols
        kind = c.kind[row]
        population = c.population[row] or (UNKNOWN_POPULATION if kind == CITY else 0)
        score = _QUALITY_BONUS[quality] + _KIND_BONUS[kind] + 0.9 * math.log10(population + 1)
        if c.fcode[row] == "PPLC":
            score += 2.5
        if kind == COUNTRY and quality == 1:
            score -= 1.0
        return score

    def demonym_row(self, k: str) -> int | None:
        target = self.lex.demonym_target(k)
        if target is None:
            return None
        if len(target) == 2 and target.isupper():
            return self.gaz.country_row(target)
        # a region ("European"), a constituent country ("English"), or a first-level division of one country,
        # written "Florida (US)" where other countries have a division of the name (a Puerto Rican municipality)
        name, _, iso2 = target.partition(" (")
        cols = self.gaz.cols
        regions = [r for r, _ in self.gaz.lookup(key(name)) if cols.kind[r] in (REGION, ADM1)
                   and (not iso2 or cols.country[r] == iso2.rstrip(")"))]
        return regions[0] if regions else None

    def _exact(self, k: str, *, spelling: bool = True) -> list[Candidate]:
        out = [Candidate(row, self.prior(row, q), landmark=q == Q_LANDMARK)
               for row, q in self.gaz.lookup(k) if q != Q_TRANSLIT]
        if not out:
            bare = strip_article(k)
            if bare:
                out = [Candidate(row, self.prior(row, q) - 0.3, landmark=q == Q_LANDMARK)
                       for row, q in self.gaz.lookup(bare) if q != Q_TRANSLIT]
        # another transliteration of the name ("Dayr az Zawr" for "Deir ez-Zor", "Tall" for "Tal"); not for a short
        # word (an acronym: "UCLA" is not Uccle) or a people ("Russian state TV" is not Rosian)
        if not out and spelling and len(k) >= 5 and self.demonym_row(k) is None:
            form = translit(k)
            if form:
                out = [Candidate(row, self.prior(row, Q_TRANSLIT)) for row, _ in self.gaz.lookup(form)]
        return out

    def _fuzzy(self, k: str) -> list[Candidate]:
        out: list[Candidate] = []
        if len(k) < 4:
            return out
        seen: set[int] = set()
        ratios: dict[str, float] = {}  # many places share a spelling: compare each spelling once
        for row, matched in self.gaz.fuzzy(k):
            if row in seen:
                continue
            ratio = ratios.get(matched)
            if ratio is None:
                ratio = ratios[matched] = fuzz.ratio(k, matched)
            if ratio >= 80:
                seen.add(row)
                out.append(Candidate(row, self.prior(row, Q_FUZZY) - (100 - ratio) / 15, fuzzy=True))
        return out

    def all_candidates(self, text: str) -> tuple[Candidate, ...]:
        """Every candidate, ranked, beyond the first `MAX_CANDIDATES` (not memoised: for the rare name with more
        namesakes than that, written with the division it lies in: "Benito Juarez, Nuevo Leon")."""
        return self._candidates(text, None)

    def _candidates(self, text: str, cap: int | None = MAX_CANDIDATES) -> tuple[Candidate, ...]:
        """Ranked candidates for a mention's text; empty when nothing plausible matches. An Albanian name written
        in its indefinite form ("Tetovë", "Kërçovë") that the gazetteer lacks is read in its definite form, which
        GeoNames lists as the town's Albanian name ("Tetova": Tetovo; "Kërçova": Kičevo), before any look-alike
        (trial11's "the Sports Hall in Tetovë" went to the report's dateline town, Skopje; "Kërçovë" was Kerch)."""
        k = key(text)
        if not k:
            return ()
        demonym = self.demonym_row(k)
        if demonym is not None:
            return (Candidate(demonym, 10.0),)
        words = k.split(" ")
        found: list[Candidate] = []
        typed = unit = len(words) > 1 and words[-1] in self.lex.admin_words
        if typed:
            base = " ".join(words[:-1])
            found = self._below_first_level(words[-1], [
                Candidate(c.row, c.prior + (3.0 if self.gaz.cols.kind[c.row] in (ADM1, ADM2) else -2.0))
                for c in self._exact(base)])
            if found:  # a place whose own name ends in the unit word ("the Lake District", a region, is no Lake
                seen = {c.row for c in found}  # County): the whole name is a reading too
                found += [c for c in self._exact(k, spelling=False) if c.row not in seen
                          and self.gaz.lookup_quality(c.row, k) in (0, 3)]
        if not found:
            typed = False
            found = self._exact(k)
        if not found and text.endswith("ë") and len(k) >= 5:
            found = [Candidate(c.row, c.prior - 0.5) for c in self._exact(key(text[:-1] + "a"), spelling=False)]
        if len(words) > 1 and words[-1] in self.lex.settlement_words:  # "Hays city", "Sfuhen town"
            bare = " ".join(words[:-1])
            # a town whose own name is the bare one outranks a town that lists the whole phrase among its other
            # names ("Quebec City" is Québec, though GeoNames also gives the name to a town in Connecticut)
            found = [Candidate(c.row, c.prior + OWN_NAME_BONUS, c.partial, c.fuzzy, c.landmark)
                     if self.gaz.cols.kind[c.row] == CITY and not c.fuzzy and self.gaz.lookup_quality(c.row, k) != 0
                     and self.gaz.lookup_quality(c.row, bare) == 0 else c for c in found]
            seen = {c.row for c in found}  # a town by its bare name, never the country ("Mexico City")
            # when a town carries the whole phrase as one of its written names, a town that lists the bare name only
            # among its other names is no reading of it: "Quebec City" is Québec, not a Connecticut town GeoNames
            # also calls "Quebec"
            named = any(self.gaz.cols.kind[c.row] == CITY and self.gaz.lookup_quality(c.row, k) in _WRITTEN_NAMES
                        for c in found)
            found += [c for c in self._exact(bare) if c.row not in seen and self.gaz.cols.kind[c.row] == CITY
                      and not (named and self.gaz.lookup_quality(c.row, bare) == Q_ALT)]
        found = self._prefer_current(found, k)
        kinds, quality = self.gaz.cols.kind, self.gaz.lookup_quality
        if any(kinds[c.row] == COUNTRY and quality(c.row, k) in (0, 3) for c in found):
            # a country by its own name is never a town that merely lists it among old names ("Iraq" is not Arak)
            found = [c for c in found if not (kinds[c.row] == CITY and quality(c.row, k) == 1)]
        if not any(self.gaz.lookup_quality(c.row, k) in (0, 3, Q_LANDMARK) for c in found):
            seen = {c.row for c in found}
            found += [c for c in self._fuzzy(k) if c.row not in seen]
        if not typed:  # "Orange County" is the county even where a town Orange lies in it
            found = self._prefer_towns(found, k)
        if len(words) > 1 and all(c.fuzzy for c in found):
            partial = self._partial(words)  # "Bank of Mexico": the embedded name beats a look-alike
            found = ([] if unit and self.unknown_unit(words[:-1], partial) else partial) or found
        found.sort(key=lambda c: -c.prior)
        return tuple(found[:cap])

    def _below_first_level(self, word: str, found: list[Candidate]) -> list[Candidate]:
        """A county is not the state of its name ("Ohio County" is the Kentucky county, "Washington County" one of
        the thirty, not the state): with "county", a first-level division yields to a second-level one of its own
        country by the name, where there is one (a country whose first level is counties, Kenya or Liberia, has
        none such, and keeps its county)."""
        if word != "county":
            return found
        cols = self.gaz.cols
        seconds = {cols.country[c.row] for c in found if cols.kind[c.row] == ADM2}
        return [Candidate(c.row, c.prior - COUNTY_PENALTY, c.partial, c.fuzzy, c.landmark)
                if cols.kind[c.row] == ADM1 and cols.country[c.row] in seconds else c for c in found]

    def _prefer_current(self, found: list[Candidate], k: str) -> list[Candidate]:
        """A town known by this name today outranks a big place that merely once bore it ("Salisbury" is the
        English city, not Harare): alternate-name matches yield when a town of some size carries it as its name."""
        cols = self.gaz.cols
        main = max((cols.population[c.row] for c in found if not c.fuzzy and cols.kind[c.row] == CITY
                    and self.gaz.lookup_quality(c.row, k) == 0), default=0)
        if main < CURRENT_NAME_POPULATION:
            return found
        return [Candidate(c.row, c.prior - ALTERNATE_PENALTY, c.partial, c.fuzzy)
                if cols.kind[c.row] == CITY and not c.fuzzy and self.gaz.lookup_quality(c.row, k) == 1
                and cols.population[c.row] < HISTORIC_RATIO * main else c
                for c in found]

    def _prefer_towns(self, found: list[Candidate], k: str) -> list[Candidate]:
        """A division named after its seat ("Tehran", "Kerman") yields to the town unless "province" was said."""
        cols = self.gaz.cols
        # a town counts by its own name, or by another of its names when it is a big part of its province ("New
        # York" City in New York State) rather than a hamlet nicknamed after it ("Montana" City)
        towns = [c.row for c in found if cols.kind[c.row] == CITY and not c.partial
                 and (c.fuzzy or self.gaz.lookup_quality(c.row, k) != 1 or (cols.admin1[c.row] >= 0 and cols.population[
                     c.row] * 10 >= cols.population[cols.admin1[c.row]]))]
        # a division a tenth the size of a town of its province known by its name (`OUTGROWN`) yields past that
        # town's other-name reading (`_prefer_current`'s penalty): "Sudbury (Ontario)" is Greater Sudbury, 166,000
        # people, not the Sudbury District around it, 9,000. A county seat that lists its county's name among its
        # own (LaFayette, Georgia, as "Chattooga") is about the county's size and leaves the county be
        others = [c.row for c in found if cols.kind[c.row] == CITY and not (c.partial or c.fuzzy)
                  and c.row not in towns]  # towns by another name that the province rule did not count

        def outgrows(t: int, d: int) -> bool:  # town `t`, in division `d` or in its province, ten times its size
            return bool(cols.admin1[t] in (d, cols.admin1[d]) and cols.population[t] >= OUTGROWN * cols.population[d])

        outgrown = {c.row for c in found if others and cols.kind[c.row] in (ADM1, ADM2) and not c.partial
                    and cols.population[c.row] > 0 and any(outgrows(t, c.row) for t in others)}
        towns += [t for t in others if any(outgrows(t, d) for d in outgrown)]
        if not towns:
            return found
        admin1s = {cols.admin1[t] for t in towns}
        admin1s |= {cols.admin1[a] for a in admin1s if a >= 0 and cols.admin1[a] >= 0}  # a part's division (Bago)
        admin2s = {cols.admin2[t] for t in towns}
        # a province abroad yields to a city of some size by that name ("Bari", "Cordoba", "Manchester")
        city = any(cols.population[t] >= CITY_POPULATION and self.gaz.lookup_quality(t, k) == 0 for t in towns)
        out = []
        for c in found:
            row = c.row
            kind = cols.kind[row]
            if (kind == ADM1 and row in admin1s) or (kind == ADM2 and (row in admin2s or cols.admin1[row] in admin1s)):
                c = Candidate(row, c.prior - 3.0 - (ALTERNATE_PENALTY if row in outgrown else 0.0), c.partial, c.fuzzy)
            elif kind == ADM1 and city:
                c = Candidate(row, c.prior - PROVINCE_PENALTY, c.partial, c.fuzzy)
            out.append(c)
        return out

    def _beside_country(self, words: list[str]) -> list[str]:
        """The words of a mission's name other than its head word and the run that names its country ("Embassy of
        the Republic of Armenia in" keeps only "the"): what is left may name the town it is in."""
        named = [False] * len(words)
        for size in range(len(words), 0, -1):
            for start in range(0, len(words) - size + 1):
                run = " ".join(words[start:start + size])
                if any(named[start:start + size]) or len(run) < 3:
                    continue
                if self.demonym_row(run) is not None or any(
                        self.gaz.cols.kind[c.row] == COUNTRY for c in self._exact(run, spelling=False)):
                    named[start:start + size] = [True] * size
        return [w for w, n in zip(words, named, strict=True) if not n and w not in self.lex.abroad_words]

    def _country_code(self, k: str) -> bool:
        """Whether a short key is a country's listed abbreviation ("us", "uk")."""
        return any(q == Q_ALIAS and self.gaz.cols.kind[r] == COUNTRY for r, q in self.gaz.lookup(k))

    def _partial(self, words: list[str]) -> list[Candidate]:
        """Drop generic head words and leading qualifiers, then try the longest runs of the remaining words.

        Every run of the longest length that names something is tried, and a demonym among the words counts as its
        country ("Bank of Mexico" -> Mexico rather than a village Bank); a ministry named whole is at its country's
        capital (`_seated`), while "Russia" in "Russia's Foreign Ministry" stays the country. A
        country's embassy or consulate is the one thing named after a country that never lies in it: when its name
        also writes a town ("the British Embassy Tokyo"), the town is where it is, and the words that name the
        country (and any namesake of them, "Armenia" in Colombia) are no reading. Named by its country alone ("the
        British Embassy said") it stays that country, the government speaking through it, as news geoparsing
        corpora annotate it.
        """
        if any(w in self.lex.abroad_words for w in words):
            hosted = self._runs(self._beside_country(words), abroad=True)
            if hosted:
                return hosted
        found = self._runs(words)
        if any(w in self.lex.seat_words for w in words):
            return self._seated(found) or found
        if words[-1] in self.lex.river_words:  # "the Mississippi River" runs through the report's town
            return [c for c in found if self.gaz.cols.kind[c.row] not in (ADM1, ADM2)]  # nor Ohio County
        return found

    def unknown_unit(self, words: list[str], partial: list[Candidate]) -> bool:
        """Whether the words of a unit's name (written with its kind: "Oddar Meanchey province") open on a word that
        names nothing and its `partial` readings (runs of its words) name no place by one of that place's written
        names (its own, another or a listed alias): the name is then one the gazetteer lacks or spells otherwise
        (GeoNames' Otdar Mean Chey), and a run of it is another place ("Meanchey" is only a derived spelling of Mean
        Chey, a district of Phnom Penh 400 km away; trial10's cambodia). A unit named after a place it writes
        ("Madeinat Al Gedaref locality": Gedaref) keeps that reading, as does a name opening on a name of its own
        ("Maiduguri Borno State")."""
        kept = [w for w in words if w not in self.lex.generic_words and w != "of"]
        while kept and kept[0] in self.lex.prefix_words:
            kept = kept[1:]
        if not (len(kept) > 1 and len(kept[0]) >= 3 and not self._exact(kept[0], spelling=False)
                and self.demonym_row(kept[0]) is None):
            return False
        runs = [" ".join(kept[i:j]) for i in range(len(kept)) for j in range(i + 1, len(kept) + 1)]
        return not any(self.gaz.lookup_quality(c.row, run) in _WRITTEN_NAMES for c in partial for run in runs)

    def unit_candidates(self, text: str, cap: int | None = MAX_CANDIDATES) -> tuple[Candidate, ...]:
        """Candidates of a name written with its kind ("Sindhupalchok district", "the province of X"): as that
        unit, else by the bare name, whose runs of words are no reading when the name is an unknown unit
        (`unknown_unit`)."""
        found = self._candidates(text + " province", cap) if cap is None else self.candidates(text + " province")
        if found:
            return found
        bare = self._candidates(text, cap) if cap is None else self.candidates(text)
        partial = [c for c in bare if c.partial]
        if partial and self.unknown_unit(key(text).split(" "), partial):
            return tuple(c for c in bare if not c.partial)
        return bare

    def _seated(self, found: list[Candidate]) -> list[Candidate]:
        """A country's ministry sits in its capital: "the Russian Foreign Ministry" is in Moscow, not at the middle of
        Russia, 3,600 km off, and so is "the Ministry of Defence of Ukraine" in Kyiv (role `seat` of
        `place_words.tsv`); named by a region or a people of no country, or in a country without a capital in the
        gazetteer, it stays what its words name. A state's own ministry ("Lagos State Ministry of Health") is no
        country's."""
        cols = self.gaz.cols
        seats = [capitals(self.gaz).get(cols.country[c.row]) for c in found if cols.kind[c.row] == COUNTRY]
        return [Candidate(row, 10.0, landmark=True) for row in dict.fromkeys(seats) if row is not None]

    def _runs(self, words: list[str], *, abroad: bool = False) -> list[Candidate]:
        """The candidates of the longest runs of words that name something (`_partial`); `abroad`: towns only, each
        a site in that town (a mission's host)."""
        kept = [w for w in words if w not in self.lex.generic_words and w != "of"]
        while kept and kept[0] in self.lex.prefix_words:
            kept = kept[1:]
        named = any(w in self.lex.institution_words for w in words) and 2 <= len(kept) <= 3
        for size in range(len(kept), 0, -1):
            # "Marjory Stoneman Douglas High School", "SM Mall of Asia": a later word of an institution's longer proper
            # name (a person's, a company's) is not where it is; its first word still is ("Tokyo Medical University")
            last = 1 if named and size == 1 else len(kept) - size + 1
            hits: dict[int, Candidate] = {}
            for start in range(0, last):
                sub = " ".join(kept[start:start + size])
                if len(sub) < 3 and not self._country_code(sub):  # "western US" is the US; "of A" no place
                    continue
                found = self._exact(sub, spelling=False)
                demonym = self.demonym_row(sub)
                if demonym is not None:  # "the Latin Quarter", "the French Quarter": a part of a town, no country
                    found = [] if any(w in self.lex.quarter_words for w in words) else [Candidate(demonym, 10.0)]
                if abroad:  # a town written in a mission's name is where the mission is ("British Embassy Tokyo")
                    found = [Candidate(c.row, c.prior, landmark=True) for c in found
                             if self.gaz.cols.kind[c.row] == CITY and not c.fuzzy]
                for c in found:
                    old = hits.get(c.row)
                    if old is None or c.prior > old.prior:
                        hits[c.row] = c
            if hits:
                return [Candidate(c.row, c.prior - 1.0, partial=not c.landmark, fuzzy=c.fuzzy, landmark=c.landmark)
                        for c in hits.values()]
        return []
