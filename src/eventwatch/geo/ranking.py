"""Ranking a mention's candidates with what the rest of the report says: its country focus and the country hint,
the admin qualifier written beside it ("Nur, Mazandaran"), the places named near it and the divisions holding it,
the report's locale, a list of divisions of one country ("California or Washington") and the countries named
outright (a capital abroad carries its country: "In Washington" in a London report that names the United States).

`Ranking` is the part of the `Geocoder` that chooses one reading per mention (`_pick`); `resolve.py` reads the
document's context and calls it twice, first context-free, then with that context.
"""

from __future__ import annotations

from eventwatch.geo.candidates import MAX_CANDIDATES, Candidate
from eventwatch.geo.checks import BIG_CITY, ReadingChecks
from eventwatch.geo.choice import Choice as _Choice
from eventwatch.geo.context import NEAR_BONUS
from eventwatch.geo.distance import km as _km
from eventwatch.geo.gazetteer import ADM1, ADM2, CITY, COUNTRY
from eventwatch.geo.locale import Locale
from eventwatch.geo.normalize import key
from eventwatch.geo.qualifiers import Qualifiers
from eventwatch.geo.recognize import Mention

FOCUS_WEIGHT = 4.0
HINT_WEIGHT = 3.0
QUALIFIER_WEIGHT = 8.0
CONTAIN_WEIGHT = 1.5  # a town or district inside a division the document names ("Parkland" with "Florida")
LOCALE_ADMIN1_WEIGHT, LOCALE_COUNTRY_WEIGHT = 3.0, 2.0  # a namesake in the report's own state, or country
PRIOR_WINDOW = 8.0  # candidates this far below the first one are not weighed (`_pick`)
NAMESAKE_GAP = FOCUS_WEIGHT + LOCALE_COUNTRY_WEIGHT  # the most a locale can add to a namesake abroad
CAPITAL_WEIGHT = 4.0  # a national capital whose country the report names by its name (`_named_countries`)
LISTED_WEIGHT = 4.0  # a first-level division listed beside others of its country ("California or Washington")
SEAT_KM = 25.0  # a division drawn this close to its town of the name is that town when listed (`_seats`)


class Ranking(ReadingChecks):
    """Chooses a mention's reading among its candidates (see the module's docstring)."""

    qualifiers: Qualifiers

    def _all_candidates(self, m: Mention) -> tuple[Candidate, ...]:
        """`_candidates` without the cap on their number."""
        if m.admin:
            return self.finder.unit_candidates(m.text, None)
        if m.town:
            return self.finder.all_candidates(m.text + " town") or self.finder.all_candidates(m.text)
        return self.finder.all_candidates(m.text)

    def _in_qualifier(self, row: int, qual_rows: frozenset[int], *, holds: bool = True) -> bool:
        """Whether a candidate lies in a place its qualifier names (or in the qualifier's country), or, with
        `holds`, is the first-level division holding the next part of a path written outwards-in ("Galadima Kogo
        (Niger, Shiroro)"; not a division found inside a longer name: "University of California, Los Angeles")."""
        cols = self.gaz.cols
        return (cols.admin1[row] in qual_rows or cols.admin2[row] in qual_rows
                or self.gaz.country_index.get(cols.country[row], -2) in qual_rows
                or (holds and cols.kind[row] == ADM1 and any(cols.admin1[q] == row for q in qual_rows)))

    def _pick(
        self,
        mention: Mention,
        cands: tuple[Candidate, ...],
        focus: dict[str, float],
        hint: str | None,
        anchors: list[int] | None,
        divisions: frozenset[int] = frozenset(),
        locale: Locale | None = None,
        listed: frozenset[str] = frozenset(),
        named: frozenset[str] = frozenset(),
    ) -> _Choice | None:
        cols = self.gaz.cols
        qual_rows = self.qualifiers.rows(mention.qualifier, key(mention.text)) if mention.qualifier else frozenset()
        qualified = False
        best: _Choice | None = None
        home: _Choice | None = None  # the best second-level division by the name in the report's locale country
        top = cands[0].prior if cands else 0.0
        towns = bool(cands) and cols.kind[cands[0].row] in (CITY, ADM2)
        bigs = [c.row for c in cands if cols.population[c.row] >= BIG_CITY and cols.kind[c.row] == CITY
                ] if towns else []
        seats = self._seats(cands) if listed else set()
        world = self._world_city(cands) if len(cands) > 1 and (focus or locale is not None) else None
        for c in cands:
            if c.prior < top - PRIOR_WINDOW and best is not None:
                break
            iso = cols.country[c.row]
            share = focus.get(iso, 0.0)
            dwarfed = world is not None and self._dwarfed(c.row, world, locale)  # not past a world city
            if dwarfed and world is not None:
                share = min(share, focus.get(cols.country[world], 0.0))
            score = c.prior + FOCUS_WEIGHT * share
            if hint and iso == hint:
                score += HINT_WEIGHT
            if (iso in named and locale is not None and locale.country not in (None, iso)
                    and cols.fcode[c.row] == "PPLC" and not (c.partial or c.fuzzy)):  # a capital abroad
                score += CAPITAL_WEIGHT
            if iso in listed and cols.kind[c.row] == ADM1 and not (c.partial or c.fuzzy or c.row in seats):
                score += LISTED_WEIGHT
            hit = bool(qual_rows) and self._in_qualifier(c.row, qual_rows, holds=not c.partial)
            if hit:
                score += QUALIFIER_WEIGHT
                qualified = True
            small = bool(bigs) and self._overshadowed(c.row, bigs)
            if anchors and cols.kind[c.row] in (CITY, ADM2, ADM1):
                near = self._proximity(c.row, anchors) if cols.kind[c.row] == CITY else self._holds(c.row, anchors)
                # an overshadowed town counts a neighbour only right beside it ("Portland" in a Texas sports digest
                # that names Houston is Oregon's city, not the Texas town 250 km from Houston)
                score += near if not small or near >= NEAR_BONUS else 0.0
            if divisions and (cols.admin1[c.row] in divisions or cols.admin2[c.row] in divisions) and not small:
                score += CONTAIN_WEIGHT
            if locale is not None:  # among namesake towns, the one in the report's state; else in its country
                if (towns and locale.admin1 is not None and locale.admin1 in (cols.admin1[c.row], cols.admin2[c.row])
                        and not small):
                    score += LOCALE_ADMIN1_WEIGHT
                elif locale.country == iso and iso != hint and not dwarfed:
                    score += LOCALE_COUNTRY_WEIGHT
            if best is None or score > best.score:
                best = _Choice(c.row, score, c.partial, c.fuzzy, qualified=hit, landmark=c.landmark)
            if (locale is not None and iso == locale.country and cols.kind[c.row] == ADM2
                    and not (c.partial or c.fuzzy) and (home is None or score > home.score)):
                home = _Choice(c.row, score, False, False, qualified=hit)
        if best is not None and home is not None and self._home_division(best, home, locale):
            best = home
        if qual_rows and not qualified and len(cands) >= MAX_CANDIDATES:  # a name borne by many places: the one
            deeper = next((c for c in self._all_candidates(mention)[MAX_CANDIDATES:]  # the qualifier names may
                           if self._in_qualifier(c.row, qual_rows)), None)  # rank lower ("Buenavista, Chiapas")
            if deeper is not None:
                return _Choice(deeper.row, deeper.prior + QUALIFIER_WEIGHT, deeper.partial, deeper.fuzzy,
                               qualified=True, landmark=deeper.landmark)
        if qual_rows and not qualified:  # "Ampang (Mangu, Plateau)": no Ampang there, so in Mangu, Plateau
            home_country = locale.country if locale is not None and locale.grounded else None
            return self.qualifiers.fallback(mention.text, mention.qualifier, best, home_country) or best
        return best

    def _seats(self, cands: tuple[Candidate, ...]) -> set[int]:
        """The divisions named after a town of the name in them that GeoNames draws at that town: listed or not, such
        a name stays the town ("Tamil Nadu, Kerala and Puducherry": the territory is drawn at its town). A division
        drawn far from its town of the name is read as the division when listed with others ("Quebec and Ontario":
        the province's point is 580 km from Quebec City; "New York and New Jersey"; "Sao Paulo and Minas Gerais")."""
        cols = self.gaz.cols
        out: set[int] = set()
        for c in cands:
            seat = cols.admin1[c.row]
            if cols.kind[c.row] == CITY and seat >= 0 and _km(cols.lat[c.row], cols.lon[c.row], cols.lat[seat],
                                                              cols.lon[seat]) <= SEAT_KM:
                out.add(seat)
        return out

    def _named_countries(self, mentions: list[Mention], first: list[_Choice | None],
                         keys: list[str]) -> frozenset[tuple[str, str]]:
        """Countries the report names by their own name (not by a people: "Russian diplomats"). A capital carries
        its country: a London report that names the United States means its capital by "In Washington", not the
        English town of that name, which the report's locale would otherwise prefer. It weighs only against the
        locale (a capital abroad, not within the report's own country: "California or Washington" stays the
        state), and the capital needs its country named outright by another mention ("Luxembourg" said once names
        the country, not a capital of its own), so a report at home that never names the other country keeps its
        own town. Returned as (country, the naming mention's key) pairs."""
        cols = self.gaz.cols
        return frozenset((cols.country[f.row], k) for m, f, k in zip(mentions, first, keys, strict=False)
                         if f is not None and m.label != "NORP" and cols.kind[f.row] == COUNTRY
                         and not (f.partial or f.fuzzy) and self.finder.demonym_row(key(m.text)) is None)

    def _contested(self, cands: list[tuple[Candidate, ...]]) -> bool:
        """Whether some mention has a namesake in another country close enough to its first reading for the
        report's locale to change the choice (most reports' names have none: the cue search is then skipped)."""
        country = self.gaz.cols.country
        for cs in cands:
            if len(cs) > 1:
                top = cs[0]
                if any(c.prior >= top.prior - NAMESAKE_GAP and country[c.row] != country[top.row] for c in cs[1:]):
                    return True
        return False
