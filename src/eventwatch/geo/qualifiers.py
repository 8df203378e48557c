"""What an admin qualifier written next to a place names: "Nur, Mazandaran", "Ampang (Mangu, Plateau)".

`rows` gives every place the qualifier's parts may name, so that a candidate lying in one of them can be preferred.
`place` reads the qualifier as a path from the outermost division inwards (province, then district or town) and
gives its most specific place; a coder places an event there when the mention itself is a village the gazetteer
does not know in that division, rather than at a namesake abroad.
"""

from __future__ import annotations

from functools import lru_cache

from eventwatch.geo.build import Q_ALIAS, Q_ALT, Q_MAIN, Q_TRANSLIT
from eventwatch.geo.candidates import Candidate, CandidateFinder
from eventwatch.geo.choice import Choice
from eventwatch.geo.distance import km
from eventwatch.geo.gazetteer import ADM1, ADM2, CITY, COUNTRY
from eventwatch.geo.normalize import key, translit
from eventwatch.geo.written import MIN_KEY

PATH, SINGLE = 2, 1
QUALIFIED_TOWN_POPULATION = 100_000  # a town this big keeps its name even against a qualifier that misses it
BESIDE_KM = 60.0  # a village this near the town its qualifier reads as lies in the unit named after it (`_beside`)


def _split(qualifier: str) -> list[str]:
    """The qualifier's parts, innermost first: "Kishm, Badakhshan"; ACLED writes a town's part as "City - District"
    ("(Daejeon - Yuseong)", "(Seoul City - Jongno)"), outermost first, which reads as "Yuseong, Daejeon"."""
    parts: list[str] = []
    for part in qualifier.split(","):
        parts.extend(reversed(part.split(" - ")))
    return parts


class Qualifiers:
    """Reads admin qualifiers against the gazetteer (memoised per qualifier)."""

    def __init__(self, finder: CandidateFinder) -> None:
        self.finder = finder
        self.gaz = finder.gaz
        self.rows = lru_cache(maxsize=20_000)(self._rows)
        self.place = lru_cache(maxsize=20_000)(self._place)
        self.countries = lru_cache(maxsize=20_000)(self._countries)

    @staticmethod
    def _parts(qualifier: str, own: str) -> list[str]:
        """The qualifier's name keys, a part repeating the mention's own name ("Hays city (Hays, ...)") left out."""
        out = []
        for part in _split(qualifier):
            k = key(part)
            if k and not (own and (k == own or own.startswith(k + " "))):
                out.append(k)
        return out

    def _rows(self, qualifier: str, own: str = "") -> frozenset[int]:
        """Places a qualifier names (by any spelling the candidate finder accepts: "Zaporizhia", "Sagaing region"),
        with the province of a town named like it ("Pisky, Donetsk"). A part repeating the mention's own name names
        its province only ("Merida (Merida)": the town in Merida state; "Santoy Hanover, Hanover": the parish)."""
        cols = self.gaz.cols
        rows: set[int] = set()
        for part in _split(qualifier):
            k = key(part)
            if not k:
                continue
            # the qualifier repeats (part of) the name: it can only confirm a division by that name, not a town
            # whose name is the repeated part ("Santoy Hanover, Hanover" is in Hanover parish, not a town Hanover)
            same = bool(own) and (k == own or own.startswith(k + " ") or own.endswith(" " + k) or f" {k} " in own)
            found = [c.row for c in self.finder.candidates(k) if not c.partial]
            named = set(found)
            for r in found:
                if same and cols.kind[r] != ADM1:
                    continue
                rows.add(r)
                a1 = cols.admin1[r]
                if cols.kind[r] == CITY and a1 >= 0 and (a1 in named or self.gaz.lookup_quality(a1, k) < 99):
                    rows.add(a1)
        return frozenset(rows)

    def _untyped(self, k: str) -> str:
        """A qualifier part without the kind of unit written after it ("magway region" -> "magway")."""
        words = k.split(" ")
        if len(words) > 1 and words[-1] in self.finder.lex.admin_words:
            return " ".join(words[:-1])
        return k

    def _abbreviation(self, k: str) -> bool:
        """A short qualifier the project lists as a division's abbreviation ("J&K", "KPK")."""
        cols = self.gaz.cols
        return any(q == Q_ALIAS and cols.kind[r] == ADM1 for r, q in self.gaz.lookup(k))

    def _outer(self, parts: list[str]) -> list[Candidate]:
        """The places the outermost part of a qualifier may name (by its own name, not a look-alike or part). A
        qualifier is written for a division: when the name is foremost a first-level division, the lesser towns of
        that name elsewhere are not read ("El Salado (Bolivar)" is in a department Bolivar, not the Mexican town),
        and
        when a place word is written after it, neither are the towns of a second-level one ("Udayapur district"
        is no town Udaipur)."""
        cols = self.gaz.cols
        bare = self._untyped(parts[-1])  # "Magway region" is named "Magway"
        outer = [c for c in self.finder.candidates(parts[-1]) if not c.fuzzy and not c.partial
                 and cols.kind[c.row] in (ADM1, ADM2, CITY)
                 and (self.gaz.lookup_quality(c.row, bare) in (0, 1, 3)
                      or self.gaz.lookup_quality(c.row, translit(bare)) == Q_TRANSLIT)]
        if bare != parts[-1]:
            # the name with its unit word is the very name of some divisions: those ("Plateau State" is Nigeria's,
            # not Benin's department Plateau; geo51)
            named = [c for c in outer if cols.kind[c.row] in (ADM1, ADM2)
                     and self.gaz.lookup_quality(c.row, parts[-1]) in (Q_MAIN, Q_ALT, Q_ALIAS)]
            outer = named or outer
        first = next((i for i, c in enumerate(outer) if cols.kind[c.row] == ADM1), None)
        if first is not None:  # towns ranked above the division stand ("Gaza" the city, not Mozambique's province)
            provinces = {c.row for c in outer if cols.kind[c.row] == ADM1}
            return outer[:first] + [c for c in outer[first:] if cols.kind[c.row] != CITY
                                    or cols.admin1[c.row] in provinces]
        if bare != parts[-1] and any(cols.kind[c.row] != CITY for c in outer):
            return [c for c in outer if cols.kind[c.row] != CITY]
        return outer

    def _country(self, k: str) -> str:
        """The ISO code of the country a qualifier part names by its own name or an alias ("ethiopia"), else ""."""
        cols = self.gaz.cols
        return next((cols.country[c.row] for c in self.finder.candidates(k) if not (c.fuzzy or c.partial)
                     and cols.kind[c.row] == COUNTRY and self.gaz.lookup_quality(c.row, k) in (Q_MAIN, Q_ALT, Q_ALIAS)),
                    "")

    def _countries(self, qualifier: str, own: str = "") -> frozenset[str]:
        """The countries the qualifier's outermost part names places in (empty when it names none)."""
        parts = self._parts(qualifier, own)
        if not parts or (len(parts[-1]) < MIN_KEY and not self._abbreviation(parts[-1])):
            return frozenset()
        return frozenset(self.gaz.cols.country[c.row] for c in self._outer(parts))

    def _place(self, qualifier: str, own: str = "", country: str = "", lesser: bool = True) -> tuple[int, int] | None:
        """The most specific below-country place of a qualifier path, and how sure it is: PATH for two levels that
        fit ("Mangu, Plateau"), SINGLE for a name all of whose places lie in one country, else 0. A reading in
        `country` (where the mention's own best candidate lies, or the report's locale) is preferred; without
        `lesser`, only for a reading ranked above the first-level divisions by that name or one of them ("Toronto -
        North York (Ontario)": a North York in the United States does not make it Ontario County, New York; a
        report placed in Burkina Faso by its VDP reads "(Ouo, Comoe)" as its province Comoe, though Comoe is
        foremost a district of Ivory Coast). None when the outer part is unknown."""
        cols = self.gaz.cols
        parts = self._parts(qualifier, own)
        if len(parts) > 1 and (nation := self._country(parts[-1])) and not self._outer(parts[-1:]):
            # a path ending in its country ("Oromia, Ethiopia", from "Ethiopia's Oromia region"): the country holds
            # the rest, whose readings elsewhere are none (geo51); not a name a division or town also bears
            # ("Kuchiri (Paikoro, Niger)" is in Nigeria's Niger State, not the country Niger)
            parts, country, lesser = parts[:-1], nation, True
        else:
            nation = ""
        if not parts or (len(parts[-1]) < MIN_KEY and not self._abbreviation(parts[-1])):
            return None
        bare = self._untyped(parts[-1])  # "Magway region" is named "Magway"
        outer = [c for c in self._outer(parts) if not nation or cols.country[c.row] == nation]
        if not outer:
            return None
        # one country holds every reading, or the only first-level division by that name (towns named after a
        # state elsewhere, "Arizona" in Honduras, do not make "Sasabe (Arizona)" doubtful); with no first-level
        # division by that name, the only second-level one ("Inata (Tongomayel, Soum)": Burkina Faso's province,
        # not a Senegalese village)
        provinces = ({cols.country[c.row] for c in outer if cols.kind[c.row] == ADM1}
                     or {cols.country[c.row] for c in outer if cols.kind[c.row] == ADM2})
        single = len({cols.country[c.row] for c in outer}) == 1 or len(provinces) == 1
        first = next((i for i, c in enumerate(outer) if cols.kind[c.row] == ADM1), len(outer))
        home = [c for i, c in enumerate(outer) if cols.country[c.row] == country
                and (lesser or i < first or cols.kind[c.row] == ADM1)]
        outer = home or outer
        # a division by that name first ("Donetsk" the region rather than its city), else the likeliest place
        divisions = {c.row for c in outer if cols.kind[c.row] in (ADM1, ADM2)}
        current = outer[0].row
        if cols.kind[current] == CITY and cols.admin1[current] in divisions:
            current = cols.admin1[current]
        elif cols.kind[current] == CITY and self.gaz.lookup_quality(current, bare) == Q_ALT:
            # a town that bears the name only among its other names yields to a division whose own name it is
            # ("Djigoue (Poni)" is in Burkina Faso's Poni, not at Pawnee, Oklahoma, once also written Poni)
            current = next((r for r in divisions if self.gaz.lookup_quality(r, bare) == Q_MAIN), current)
        depth = 1
        unit = parts[-1] != bare
        for k in reversed(parts[:-1]):  # inwards: "Mangu" inside "Plateau"
            # a part written as a division but read as the town it is named after stands for that town's division:
            # "(Madaya township, Pyinoolwin district, Mandalay region)" walks on from the district Pyin Oo Lwin town
            # is the seat of, which holds Madaya, not from the town, which holds nothing
            within = {current}
            if unit and cols.kind[current] == CITY and cols.admin2[current] >= 0:
                within.add(cols.admin2[current])
            inner = [c.row for c in self.finder.candidates(k) if not c.fuzzy and not c.partial and c.row != current
                     and (cols.admin1[c.row] in within or cols.admin2[c.row] in within)]
            if not inner:
                break
            current = inner[0]
            unit = k != self._untyped(k)
            depth += 1
        return current, PATH if depth > 1 else SINGLE if single else 0

    def fallback(self, text: str, qualifier: str, best: Choice | None, home: str | None = None) -> Choice | None:
        """The qualifier's own place for a mention none of whose candidates lies in it. Never instead of a country
        or province ("UK, Thursday ..."); abroad on a path ("Mangu, Plateau"), or on a name one country holds for a
        modest town; at home a village placed in another province than the one written yields to that province.
        A look-alike or partial match, a name the place no longer bears, or a province abroad, always yields to a
        qualifier that surely places it. An unknown name's qualifier whose namesakes lie in several countries is
        read in the report's own country (`home`, its grounded locale) when that holds one: "Kalaiya city (Bara
        district)" in a note on Nepal's parties is in Nepal's Bara district, not Sudan's."""
        cols = self.gaz.cols
        # where the mention's own reading lies, unless that is only a look-alike ("Punchana (Loreto)" is not read
        # in the Philippines for a town Puncan there)
        own_country = cols.country[best.row] if best is not None and not (best.fuzzy or best.partial) else ""
        found = self.place(qualifier, key(text), own_country or home or "", not own_country)
        if found is None:
            return self._in_country(qualifier, text, best)
        row, sureness = found
        if best is None:
            accept = sureness > 0 or (home is not None and cols.country[row] == home)
        elif best.partial or best.fuzzy or self.gaz.lookup_quality(best.row, key(text)) == Q_ALT:
            # a look-alike, part of the name ("Pedro de Valdivia (Biobio)") or a name the place no longer bears
            # ("Oleksandrivka, Kharkiv" is not Donetsk, once called so)
            accept = sureness > 0 or cols.country[best.row] == cols.country[row]
        elif cols.kind[best.row] == ADM1 and cols.kind[row] in (ADM1, ADM2) and sureness > 0 and (
                cols.country[best.row] != cols.country[row]):  # "Ehime Mbano, Imo": no Japanese prefecture there
            accept = True
        elif (cols.kind[best.row] in (CITY, ADM2, ADM1) and cols.kind[row] in (ADM1, ADM2)
              and cols.country[best.row] not in self.countries(qualifier, key(text))):
            # the qualifier names a division and nothing in the best reading's country: "Rio Negro (Huila)" is
            # not Argentina's province, "Punta Arenas (Bolivar)" not the Chilean city, whichever Bolivar it is
            accept = True
        else:
            town = cols.kind[best.row] in (CITY, ADM2)
            abroad = cols.country[best.row] != cols.country[row]  # "Santa Ana (Tucuman)" is not in California
            # at home, a district is never "a city of some size": "Benito Juarez, Nuevo Leon" is not the municipality
            # of Quintana Roo by that name, whatever its population
            accept = (town and sureness in (PATH, SINGLE)) if abroad else (
                town and (cols.kind[best.row] == ADM2 or cols.population[best.row] < QUALIFIED_TOWN_POPULATION)
                and not self._beside(best.row, row))
        return Choice(row, 0.0, False, False, fallback=True) if accept else None

    def _in_country(self, qualifier: str, text: str, best: Choice | None) -> Choice | None:
        """A division written with its unit word (`text`: "Kurdistan Region"), read abroad, whose qualifier is a
        country that holds no division by its name ("the Kurdistan Region of Iraq": Iran's Kurdistan province is
        the only division so named) lies in that country: its place is the country's, at its precision, not the
        division abroad. Only with the unit word written: a bare name with a country after it may be a place the
        report means abroad."""
        cols = self.gaz.cols
        words = key(text).split()
        if (best is None or best.fuzzy or best.partial or cols.kind[best.row] not in (ADM1, ADM2)
                or len(words) < 2 or words[-1] not in self.finder.lex.admin_words):
            return None
        nation = self._country(key(qualifier))
        row = self.gaz.country_row(nation) if nation and nation != cols.country[best.row] else None
        return Choice(row, 0.0, False, False) if row is not None else None

    def _beside(self, row: int, town: int) -> bool:
        """Whether a qualifier read as a town stands for the unit named after it, which holds the place `row` near it:
        "the village of Zaibo, in the Daloa department" names the department the gazetteer lacks by its seat, and a
        village read by its own name within `BESIDE_KM` of that seat is in it, not to be moved there (geo51)."""
        cols = self.gaz.cols
        return cols.kind[town] == CITY and cols.kind[row] == CITY and km(
            cols.lat[row], cols.lon[row], cols.lat[town], cols.lon[town]) <= BESIDE_KM

    def written_admin1(self, qualifier: str, own: str, row: int) -> int | None:
        """The first-level division a place's qualifier names outright in the place's own country when it is not
        the one the gazetteer files the town under: the report's hierarchy, not GeoNames' older or newer one
        ("Fochville (Gauteng, West Rand)": Gauteng since 2009, though GeoNames keeps it in North West; "Maluso
        (Basilan, Bangsamoro ...)"). None when the qualifier names no such division or several, or names the
        division that the gazetteer's one is a part of (Lashio's Shan-North in "(Lashio district, Shan State)")."""
        cols = self.gaz.cols
        if cols.kind[row] not in (CITY, ADM2):
            return None
        named = {c.row for part in self._parts(qualifier, own) if len(part) >= MIN_KEY
                 for c in self.finder.candidates(part)
                 if not (c.partial or c.fuzzy) and cols.kind[c.row] == ADM1 and cols.country[c.row] == cols.country[row]
                 and self.gaz.lookup_quality(c.row, self._untyped(part)) in (Q_MAIN, Q_ALT, Q_ALIAS, Q_TRANSLIT)}
        held = cols.admin1[row]
        if len(named) != 1 or held in named or (held >= 0 and cols.admin1[held] in named):
            return None  # the gazetteer's division, or ACLED's part of it ("Shan State" holds Shan-North)
        return next(iter(named))

