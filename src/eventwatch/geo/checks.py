"""Checks on a mention's chosen reading, with what the rest of the report says: a reading that should yield (a
small town abroad nothing backs, a namesake outside the division the report frames itself in, a district abroad
against one at home, a town of the report's state that a big city elsewhere in the country overshadows).

`ReadingChecks` is the part of the `Geocoder` that holds them; `resolve.py` applies them.
"""

from __future__ import annotations

from eventwatch.geo.build import Q_MAIN
from eventwatch.geo.candidates import Candidate
from eventwatch.geo.choice import Choice as _Choice
from eventwatch.geo.context import ContextReader
from eventwatch.geo.gazetteer import ADM1, ADM2, CITY, NOT_NAMED
from eventwatch.geo.locale import Locale
from eventwatch.geo.normalize import key, strip_article, translit
from eventwatch.geo.qualifiers import QUALIFIED_TOWN_POPULATION
from eventwatch.geo.recognize import Mention

STRAY_POPULATION, STRAY_FOCUS = 50_000, 0.6  # see `_stray`
BIG_CITY, OVERSHADOW = 300_000, 20  # see `_overshadowed`
WORLD_CITY, WORLD_RATIO = 1_000_000, 50  # see `_world_city`
HOME_STRAY_POPULATION = 20_000  # see `_stray_at_home`
PART_STORY, STORY_SHARE = 2, 0.8  # see `_part_abroad`
# countries whose news writes a town of another state with its state (AP style: "Pitman, N.J."; the Canadian and
# Australian press likewise); a Scottish paper names an English town bare ("Weybridge"), so the UK is not one
STATE_WRITTEN = frozenset({"US", "CA", "AU"})


class ReadingChecks(ContextReader):
    """Checks on chosen readings (see the module's docstring)."""

    def _overshadowed(self, row: int, bigs: list[int]) -> bool:
        """Whether a town shares its name with a city of its own country that every reader there knows, in another
        state: a big city (`BIG_CITY`) that many times its size (`OVERSHADOW`). Being in the report's state, or in
        a state the report names, does not make such a town the reading: "Louisville" in a game report datelined
        Columbus, Ohio is Kentucky's city, not the Ohio village. "Richmond" in a Kentucky paper stays Richmond, Ky.
        (Richmond, Va. is only six times its size), and a name written with its state ("Louisville, Ohio") keeps
        its qualifier's weight."""
        cols = self.gaz.cols
        if cols.kind[row] != CITY:
            return False
        floor = OVERSHADOW * cols.population[row]  # `bigs`: the name's cities of BIG_CITY or more
        return any(cols.population[b] >= floor and cols.country[b] == cols.country[row]
                   and cols.admin1[b] != cols.admin1[row] for b in bigs)

    def _world_city(self, cands: tuple[Candidate, ...]) -> int | None:
        """The city of a million or more among a name's readings (by its own name, not part of a longer one or a
        look-alike), if any. A report's focus on a country does not carry a namesake there fifty times smaller
        past it (`_pick`): a report on Zara, a Spanish firm, citing "an economist at the University of California,
        Los Angeles" means the American city, not the Madrid suburb of that name; only the report's own locale
        (its dateline, outlet, address or the places it names surely) does, as "Lagos" in a Portuguese paper is
        the Algarve town."""
        cols = self.gaz.cols
        best = max((c.row for c in cands if cols.kind[c.row] == CITY and not (c.partial or c.fuzzy)),
                   key=lambda r: cols.population[r], default=None)
        return best if best is not None and cols.population[best] >= WORLD_CITY else None

    def _dwarfed(self, row: int, world: int | None, locale: Locale | None) -> bool:
        """Whether a town is a namesake abroad of the `world` city fifty times smaller, outside the report's
        grounded locale (see `_world_city`): a locale only countries and peoples point to ("Spanish", "Spain")
        does not carry it either."""
        cols = self.gaz.cols
        return (world is not None and cols.kind[row] == CITY and cols.country[row] != cols.country[world]
                and cols.population[row] * WORLD_RATIO <= cols.population[world]
                and not (locale is not None and locale.grounded and locale.country == cols.country[row]))

    def _home_division(self, best: _Choice, home: _Choice, locale: Locale | None) -> bool:
        """Whether a district the report's own country holds is read there rather than as a district abroad by
        the same name: "Bara district" in a note on Nepal's LSP is Nepal's Bara, though Sudan's Bara, with towns
        in it, ranks above a district no cities500 town lies in. Only between districts (a town or province abroad
        keeps its own weight against the locale), with a grounded locale, and not against the reading abroad's
        own qualifier."""
        if locale is None or not locale.grounded or locale.country is None:
            return False
        cols = self.gaz.cols
        return (cols.kind[best.row] == ADM2 and cols.country[best.row] != locale.country
                and not (best.qualified or best.fallback or best.landmark))

    def _foreign_part(self, choice: _Choice, locale: Locale, k: str) -> bool:
        """A look-alike abroad in a report whose locale is another country: part of a longer name ("the army's
        Third Military Region"), a spelling variant, or a small namesake. An unknown village is never such a
        place; the report's own place is likelier. A city of some size stands (a report from Yemen may name
        Riyadh) when it is named by one of its own names: a city of any size that only another transliteration
        of the written name reaches (`k` is none of its names, with or without an article) is a look-alike too,
        a hamlet the gazetteer lacks, "near Kaffo" in a report datelined Jos, is not Carrefour in Haiti."""
        cols = self.gaz.cols
        row = choice.row
        if (locale.country is None or cols.country[row] == locale.country or choice.qualified or choice.fallback
                or choice.landmark or cols.kind[row] not in (ADM1, ADM2, CITY)):
            return False
        if choice.partial or choice.fuzzy or self._spelled_only(row, k):
            return True
        return locale.grounded and cols.kind[row] == CITY and cols.population[row] < QUALIFIED_TOWN_POPULATION

    def _spelled_only(self, row: int, k: str) -> bool:
        """Whether `row` carries the key `k` under none of its names, with or without a leading article, and the
        written name is no transliteration of the place's own name either: the reading came from another
        transliteration of one of its other names, often another language's (`CandidateFinder._exact`). "Deir
        Ezzor" for Deir ez-Zor is a spelling of the city's own name and stands."""
        bare, form = strip_article(k), translit(k)
        return (self.gaz.lookup_quality(row, k) == NOT_NAMED
                and (not bare or self.gaz.lookup_quality(row, bare) == NOT_NAMED)
                and self.gaz.lookup_quality(row, form) != NOT_NAMED and translit(key(self.gaz.cols.name[row])) != form)

    def _stray(self, choice: _Choice, i: int, first: list[_Choice | None], cands: list[tuple[Candidate, ...]],
               anchors: list[int], regions: frozenset[int], hint: str | None, keys: list[str]) -> bool:
        """A small town abroad that nothing else in the document points to, in a document about another country
        ("Kani township" as a town in Japan in a report on Sagaing, Myanmar): the report's own place is likelier.
        A name said again is no support for a namesake that carries it only among its other names (a spelling of
        another language, not its own name): a camp the gazetteer lacks, named four times in a report on North
        Darfur, is not the Yemeni hamlet that lists its name as a variant because each mention backs the others
        (geo50); a town abroad by its own name keeps the support of its repetitions."""
        cols = self.gaz.cols
        row = choice.row
        if choice.fallback or cols.kind[row] not in (CITY, ADM2) or cols.population[row] >= STRAY_POPULATION:
            return False
        if choice.qualified:
            return False
        alternate = self.gaz.lookup_quality(row, keys[i]) != Q_MAIN
        rest_at = [j for j in range(len(first)) if j != i and not (alternate and keys[j] == keys[i])]
        rest, rest_cands = [first[j] for j in rest_at], [cands[j] for j in rest_at]
        local = self._focus(rest, rest_cands, local=True)
        if not local or max(local.values()) < STRAY_FOCUS or self._focus(rest, rest_cands).get(cols.country[row]):
            return False
        return not (cols.country[row] == hint or self._inside(row, regions) or self._proximity(row, anchors) > 0)

    def _part_abroad(self, choice: _Choice, i: int, keys: list[str], final: list[_Choice | None]) -> bool:
        """A part of a town (a neighbourhood, quarter, suburb: `Mention.part`) read as a village abroad, in a
        story whose other places, as finally read, lie in one other country (at least `PART_STORY` distinct names
        below country level, `STORY_SHARE` of them, none in the village's country): the part lies in the story's
        town, which the gazetteer does not hold by the part's name, not in the village. "Two men were shot in the
        Cieneguita neighbourhood" under a heading "LIMON:" of a Costa Rican column is a barrio of Limón, not
        Cieneguitas in Zacatecas, Mexico; it falls back to the story's place as an unknown site does. A town of
        some size (`QUALIFIED_TOWN_POPULATION`) keeps its reading: "the Soweto suburb" is no barrio of the story."""
        cols = self.gaz.cols
        row = choice.row
        iso = cols.country[row]
        if (cols.kind[row] != CITY or cols.population[row] >= QUALIFIED_TOWN_POPULATION or choice.qualified
                or choice.fallback or choice.landmark):
            return False
        story: dict[str, str] = {}
        for j, c in enumerate(final):
            if (c is None or keys[j] == keys[i] or c.partial or c.fuzzy or c.fallback
                    or cols.kind[c.row] not in (CITY, ADM1, ADM2)):
                continue
            story[keys[j]] = cols.country[c.row]
        if len(story) < PART_STORY or iso in story.values():
            return False
        home = max(sum(1 for c in story.values() if c == country) for country in set(story.values()))
        return home >= STORY_SHARE * len(story)

    def _stray_at_home(self, choice: _Choice, locale: Locale | None, anchors: list[int], regions: frozenset[int],
                       final: list[_Choice | None]) -> bool:
        """A small town of another state of the report's own country, named bare in a report grounded in one state
        (of a country whose news writes such towns with their state, `STATE_WRITTEN`), that nothing else in the
        report points to (no place it names lies within 250 km, no division it names holds it): news writes such a
        town with its state ("a man from Pitman, N.J."), so the bare name is likelier a site of the report's own
        town, a park, a street or a shop, than that town ("an adjacent park (Washington Square)" in a New Orleans
        history is not the Philadelphia neighbourhood; "The Shops at Stonewall" in a Virginia report no Louisiana
        village). It falls back as an unknown site does. The report's places count as finally read as well as
        first read: "the Spotswood quarantine station in Victoria" names the Australian state that holds Spotswood,
        though the first reading of "Victoria" was the Canadian city."""
        cols = self.gaz.cols
        row = choice.row
        if (locale is None or not locale.grounded or locale.admin1 is None or cols.kind[row] != CITY
                or cols.country[row] != locale.country or locale.country not in STATE_WRITTEN
                or cols.admin1[row] == locale.admin1 or cols.population[row] >= HOME_STRAY_POPULATION
                or choice.qualified or choice.fallback or choice.landmark):
            return False
        return not (self._inside(row, regions | self._divisions(final))
                    or self._proximity(row, anchors + self._anchors(final)) > 0)

    def _framed(self, mentions: list[Mention], final: list[_Choice | None]) -> frozenset[int]:
        """The first-level division a report frames itself in by a qualifier ("Guapi municipality (Cauca)", "in
        La Esperanza corregimiento (Norte de Santander)"), when its qualified places all lie in one; else none."""
        cols = self.gaz.cols
        held = {cols.admin1[c.row] if cols.kind[c.row] != ADM1 else c.row
                for m, c in zip(mentions, final, strict=False) if c is not None and not c.partial and not c.fuzzy
                and ((m.qualifier and (c.qualified or c.fallback)) or (m.bracketed and cols.kind[c.row] == ADM1))}
        return frozenset(held) if len(held) == 1 and min(held) >= 0 else frozenset()

    def _elsewhere(self, choice: _Choice, cands: tuple[Candidate, ...], framed: frozenset[int]) -> bool:
        """A small town whose name several towns of its country bear, lying outside the division the report frames
        itself in ("on farmland outside Guapi municipality (Cauca) ... people from San Antonio": not the San
        Antonio in Magdalena): the report's own unknown village, not that namesake."""
        cols = self.gaz.cols
        row, iso = choice.row, cols.country[choice.row]
        if (not framed or cols.kind[row] != CITY or choice.qualified or choice.fallback or choice.landmark
                or self._inside(row, framed) or not any(cols.country[d] == iso for d in framed)):
            return False
        if not choice.partial and cols.population[row] >= QUALIFIED_TOWN_POPULATION:
            return False  # a city of some size stands (a sports digest framed in California still names Dallas)
        return choice.partial or sum(1 for c in cands if cols.country[c.row] == iso and cols.kind[c.row] == CITY
                                     and not c.fuzzy) >= 2  # part of a name ("Nyaung Pin Gyi junction") or a namesake
