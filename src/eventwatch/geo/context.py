"""What the rest of a report says about each of its place mentions: the countries it is about (its focus), the
towns and divisions it names outright (neighbours and containers for the others), its locale, and the place it is
mainly about (where a mention the gazetteer cannot place falls back to).

`ContextReader` is the part of the `Geocoder` that reads this context from the mentions' first, context-free
readings; `resolve.py` then re-ranks every mention with it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace

from eventwatch.geo.candidates import Candidate, CandidateFinder
from eventwatch.geo.choice import Choice as _Choice
from eventwatch.geo.distance import km as _km
from eventwatch.geo.fallback import partial_town
from eventwatch.geo.gazetteer import ADM1, ADM2, CITY, COUNTRY, REGION, Gazetteer
from eventwatch.geo.locale import (
    LIKELY_WEIGHT,
    MIN_COUNTRY,
    QUALIFIED_WEIGHT,
    SURE_WEIGHT,
    Locale,
    LocaleVotes,
    weigh_locale,
)
from eventwatch.geo.normalize import key
from eventwatch.geo.recognize import Mention

NEAR_BONUS = 2.5  # a candidate within 60 km of another place the document names
STORY_LEAD, STORY_MIN = 2, 3  # see `ContextReader._story_country`


class ContextReader:
    """Reads a document's context from its mentions' readings (see the module's docstring)."""

    gaz: Gazetteer
    finder: CandidateFinder

    def _locale(self, votes: LocaleVotes | None, hint: str | None, keys: list[str], first: list[_Choice | None],
                cands: list[tuple[Candidate, ...]]) -> Locale:
        """The report's locale: the signals the caller gives (dateline, outlet, web address), the country hint, and
        each distinct name the report places surely, a town named with its state most of all ("Dublin, Ohio")."""
        outside = LocaleVotes().merged(votes) if votes is not None else LocaleVotes()
        text = LocaleVotes()
        cols = self.gaz.cols
        if hint:
            outside.add(hint, None, 2.0)
        seen: set[str] = set()
        placed: set[str] = set()
        for k, choice, cs in zip(keys, first, cands, strict=False):
            if choice is None or k in seen or choice.partial or choice.fuzzy or choice.fallback:
                continue
            kind = cols.kind[choice.row]
            if kind not in (CITY, ADM2, ADM1, COUNTRY):
                continue
            seen.add(k)
            admin1 = None if kind == COUNTRY else choice.row if kind == ADM1 else cols.admin1[choice.row]
            sure = len(cs) <= 1 or cs[0].prior - cs[1].prior > 2.0
            weight = QUALIFIED_WEIGHT if choice.qualified else SURE_WEIGHT if sure else LIKELY_WEIGHT
            text.add(cols.country[choice.row], admin1, weight)
            if kind != COUNTRY:
                placed.add(cols.country[choice.row])
        locale = weigh_locale(outside, text)
        # a locale only countries and peoples point to ("protest against the invasion of Ukraine" in St. Gallen)
        # says what a report is about more than where it is
        return replace(locale, grounded=locale.country in placed or locale.country in outside.countries)

    def _focus(self, first: list[_Choice | None], cands: list[tuple[Candidate, ...]], *,
               local: bool = False, extra: dict[str, float] | None = None) -> dict[str, float]:
        """Share of the document's mentions that point (on their own) to each country, with `extra` votes from
        what the report says of itself (its dateline, outlet and web address); with `local`, only places below
        country level vote (a report on a village may name the country it is about: "for Ukraine")."""
        votes: dict[str, float] = defaultdict(float, extra or {})
        cols = self.gaz.cols
        for choice, cs in zip(first, cands, strict=False):
            if choice is None or (local and cols.kind[choice.row] not in (CITY, ADM1, ADM2)):
                continue
            iso = cols.country[choice.row]
            if not iso:
                continue
            sure = len(cs) <= 1 or cs[0].prior - (cs[1].prior if len(cs) > 1 else 0.0) > 2.0
            votes[iso] += (1.5 if cols.kind[choice.row] == COUNTRY else 1.0) * (1.0 if sure else 0.5)
        total = sum(votes.values())
        return {iso: v / total for iso, v in votes.items()} if total else {}

    def _anchors(self, first: list[_Choice | None]) -> list[int]:
        """Distinct town-level places the document names, used as neighbours for the others."""
        cols = self.gaz.cols
        seen: dict[int, None] = {}
        for choice in first:
            if choice is not None and not choice.partial and not choice.fuzzy and cols.kind[choice.row] in (CITY, ADM2):
                seen[choice.row] = None
        return list(seen)[:30]

    def _listed_divisions(self, mentions: list[Mention], first: list[_Choice | None]) -> list[frozenset[str]]:
        """For each mention, the countries of the first-level divisions listed right beside it, read on their own
        ("California, Texas, Kansas and Ohio"; "states such as California or Washington"): an item of a list of
        states is a state too, so "Washington" there is the state, not the capital, and "New York" the state, not
        the city. Only a neighbour read by its own name as a division counts (not a town, a part of a name or a
        look-alike), and a country is never read as a state so ("Oaxaca State, Mexico" is a path, not a list)."""
        cols = self.gaz.cols
        state = [c is not None and not (c.partial or c.fuzzy) and cols.kind[c.row] == ADM1 for c in first]
        out: list[frozenset[str]] = []
        for i, m in enumerate(mentions):
            if (own := first[i]) is not None and cols.kind[own.row] == COUNTRY:  # "Oaxaca State, Mexico": a path
                out.append(frozenset())
                continue
            beside = ([i - 1] if i > 0 and m.listed else []) + (
                [i + 1] if i + 1 < len(mentions) and mentions[i + 1].listed else [])
            out.append(frozenset(cols.country[c.row] for j in beside if state[j] and (c := first[j]) is not None))
        return out

    def _written_as_unit(self, m: Mention) -> bool:
        """Whether a mention is written as a unit of a path: with its unit word after it or inside it ("Hays
        district"), or as a bracket's first part ("(At Tuhayat, Al Hudaydah)")."""
        words = m.text.lower().split()
        return m.admin or m.path_part or (len(words) > 1 and words[-1] in self.finder.lex.admin_words)

    def _as_qualifiers_read(self, mentions: list[Mention], keys: list[str], final: list[_Choice | None],
                            cands: list[tuple[Candidate, ...]]) -> list[_Choice | None]:
        """A name the report writes as a town's qualifier is, said alone, the division it named there: after
        "farms in Pandi, Bulacan", "Bulacan farms" is the province Bulacan that holds Pandi, not a village Bulacan
        the report's other places favour. The division is the qualified town's own division of that name
        (second level, then first). A district's qualifier is its first-level division, the very mention included:
        in "Hays district (Al Hudaydah)" the bracket is the governorate, not its capital, which as a town named
        outright would outrank the district when the event's place is chosen (and put the event 110 km off); so
        too the last part of a bracketed path, "(At Tuhayat, Al Hudaydah)". Only a district written as one, by its
        unit word or as a bracket's first part: in "Beyoglu, Istanbul" or "Artuklu town, Mardin" the district is
        the city's own, and the city stays the place."""
        cols = self.gaz.cols
        named: dict[str, int] = {}
        for m, c in zip(mentions, final, strict=False):
            if c is None or not m.qualifier or not c.qualified or cols.kind[c.row] not in (CITY, ADM2):
                continue
            if cols.kind[c.row] == ADM2 and not self._written_as_unit(m):  # "Beyoglu, Istanbul"
                continue
            for part in m.qualifier.split(","):
                k = key(part)
                units = (cols.admin2[c.row], cols.admin1[c.row]) if cols.kind[c.row] == CITY else (cols.admin1[c.row],)
                for unit in units:
                    if unit >= 0 and k and k not in named and self.gaz.lookup_quality(unit, k) in (0, 1, 3):
                        named[k] = unit
        if not named:
            return final
        out = list(final)
        for i, (m, c, cs) in enumerate(zip(mentions, final, cands, strict=False)):
            reading = named.get(keys[i])
            if (c is None or m.qualifier or reading is None or c.row == reading
                    or not any(o.row == reading for o in cs)):
                continue
            out[i] = _Choice(reading, c.score, False, False, qualified=True)
        return out

    def _qualifiers_as_read(self, mentions: list[Mention], keys: list[str],
                            final: list[_Choice | None]) -> list[_Choice | None]:
        """An unknown place that fell back to its qualifier is in the namesake the report reads that qualifier as
        where it names it again: "the Rice Lake area of Fulton County ... Fulton County, located in Illinois" puts
        Rice Lake in Illinois' Fulton County, not in the largest county of the name (Georgia's), which the qualifier
        alone would give. Only another place of the same name: a path that placed the village in another of its
        units ("Zin Kyaik village of Paung township (Mawlamyine district, Mon state)") keeps that unit. A qualifier of
        one part may be read as a place of another kind: "Ramor Theatre, Virginia" in a report that reads its
        "Virginia" as the Cavan town is in that town, not in the US state the qualifier alone would give."""
        cols = self.gaz.cols
        read = {k: c for k, c in zip(keys, final, strict=False)
                if c is not None and not (c.partial or c.fuzzy or c.fallback)}
        out = list(final)
        for i, (m, c) in enumerate(zip(mentions, final, strict=False)):
            if c is None or not c.fallback or not m.qualifier:
                continue
            k = key(m.qualifier.split(",")[0])
            again = read.get(k)
            if (again is not None and again.row != c.row
                    and (cols.kind[again.row] == cols.kind[c.row] or "," not in m.qualifier)
                    and self.gaz.lookup_quality(c.row, k) != 99):
                out[i] = replace(c, row=again.row)
        return out

    def _divisions(self, first: list[_Choice | None]) -> frozenset[int]:
        """First- and second-level divisions the document names outright (not by a partial or fuzzy match)."""
        cols = self.gaz.cols
        return frozenset(c.row for c in first
                         if c is not None and not c.partial and not c.fuzzy and cols.kind[c.row] in (ADM1, ADM2))

    def _proximity(self, row: int, anchors: list[int]) -> float:
        cols = self.gaz.cols
        lat, lon = cols.lat[row], cols.lon[row]
        best = 1e9
        for a in anchors:
            if a == row:
                continue
            if abs(cols.lat[a] - lat) > 5.0:
                continue
            best = min(best, _km(lat, lon, cols.lat[a], cols.lon[a]))
        if best < 60:
            return NEAR_BONUS
        if best < 250:
            return 1.5
        return 0.0

    def _holds(self, row: int, anchors: list[int]) -> float:
        """A division holding one of the towns the document names ("Buffalo, New York") is as close as can be."""
        cols = self.gaz.cols
        if any(cols.admin1[a] == row or cols.admin2[a] == row for a in anchors):
            return NEAR_BONUS
        return self._proximity(row, anchors)

    def _inside(self, row: int, divisions: frozenset[int]) -> bool:
        """Whether a place lies in one of the divisions the document names ("Velykomykhailivka, Dnipropetrovsk")."""
        return self.gaz.cols.admin1[row] in divisions or self.gaz.cols.admin2[row] in divisions

    def _said_country(self, row: int, external: dict[str, float]) -> bool:
        """Whether what the report says of itself (`external`: its dateline, outlet, web address and the national
        institutions it names) puts it foremost in `row`'s country, with a locale's worth of evidence. That is
        support for a look-alike or a part of a name there as much as another place of the country would be: "in
        Carhaix, called by the CGT and FO unions" is the French town even when the report names no other place."""
        iso = self.gaz.cols.country[row]
        votes = external.get(iso, 0.0)
        return votes >= MIN_COUNTRY and all(v < votes for c, v in external.items() if c != iso)

    def _backed(self, choice: _Choice, i: int, keys: list[str], first: list[_Choice | None],
                anchors: list[int], external: dict[str, float]) -> bool:
        """Whether a small town abroad read by its own name (not a look-alike or part of a name) is backed by the
        rest of the report: the report names its country by name (not by a people or adjective: "the French
        Quarter" of New Orleans does not make its Chartres Street the French town), it lies near another town the
        report names, or the report's own address or dateline is there. "Swans died in the town of Pulawy" in a
        report that names Poland though its locale is England, or "Clacton" in a `.co.uk` paper that names Las
        Vegas, are those towns; an unknown village in a note on Syria that shares a Polish town's name is not."""
        if choice.partial or choice.fuzzy:
            return False
        cols = self.gaz.cols
        country = self.gaz.country_index.get(cols.country[choice.row], -2)
        named = any(c is not None and c.row == country and keys[j] != keys[i] and not (c.partial or c.fuzzy)
                    and self.finder.lex.demonym_target(keys[j]) is None for j, c in enumerate(first))
        towns = [c.row for c in first if c is not None and c.row != choice.row and c.row in anchors
                 and not c.landmark]  # a town named by its own name, not by a site in it ("Champs-Elysees")
        return named or self._proximity(choice.row, towns) > 0 or self._said_country(choice.row, external)

    def _supported(self, row: int, focus: dict[str, float], anchors: list[int]) -> bool:
        return focus.get(self.gaz.cols.country[row], 0.0) >= 0.3 or self._proximity(row, anchors) > 0

    def _in_locale_division(self, row: int, locale: Locale) -> bool:
        """Whether a place lies in the report's own first-level division ("Gainesville, Va." makes Virginia the
        report's state: of the towns named once, the report is about the one there, not a Charleston elsewhere)."""
        cols = self.gaz.cols
        return locale.admin1 is not None and locale.admin1 in (row, cols.admin1[row], cols.admin2[row])

    def _story_country(self, final: list[_Choice | None], keys: list[str]) -> str | None:
        """The country a story's own places lie in, when they plainly lie in one: the distinct names it places below
        country level by their own names (not a look-alike, a part of a name or a qualifier's fallback), at least
        `STORY_LEAD` times as many in that country as in any other. A report on Apure that names the Colombian city
        across the river, and Colombia twice, is still about Venezuela (La Victoria, Apure, Caracas, Guasdualito
        against Arauca and a municipality read in Colombia); None when no country leads so."""
        cols = self.gaz.cols
        names: dict[str, str] = {}
        for k, c in zip(keys, final, strict=False):
            if (c is not None and not (c.partial or c.fuzzy or c.fallback or c.landmark)
                    and cols.kind[c.row] in (CITY, ADM1, ADM2)):
                names.setdefault(k, cols.country[c.row])
        ranked = Counter(names.values()).most_common()
        if not ranked or len(ranked) == 1:
            return None  # one country only: the focus already keeps the main place there
        (best, most), (_, runner) = ranked[0], ranked[1]
        return best if most >= STORY_LEAD * runner and most >= STORY_MIN else None

    def _document_place(self, final: list[_Choice | None], focus: dict[str, float], locale: Locale,
                        keys: list[str], external: dict[str, float]) -> int | None:
        """The place a report is mainly about: its most named town, else its most named division or country; ties go
        to the report's locale, its state first, then its country (a dateline town named once is not what a report
        filed there on another country is about), then to text order. A look-alike counts only when nothing else
        does, and a town named only at the head of a site's name ("Belfast Magistrate's Court") after that, in the
        country the report's `external` signals put it in (`fallback.partial_town`). The main place lies in the
        story's own country when its places plainly lie in one (`_story_country`)."""
        cols = self.gaz.cols
        story = self._story_country(final, keys)
        for looks in (False, True):
            by_level: dict[int, Counter[int]] = {CITY: Counter(), ADM2: Counter(), ADM1: Counter(), COUNTRY: Counter()}
            for choice in final:
                if choice is None or choice.partial or choice.fuzzy != looks:
                    continue
                kind = cols.kind[choice.row]
                if kind == REGION:
                    continue
                if focus and focus.get(cols.country[choice.row], 0.0) < 0.25:
                    continue
                if story is not None and cols.country[choice.row] != story:
                    continue
                by_level[kind][choice.row] += 1
            for level in (CITY, ADM2, ADM1, COUNTRY):
                if by_level[level]:
                    counts = by_level[level]
                    return max(counts, key=lambda r: (counts[r], self._in_locale_division(r, locale),
                                                      cols.country[r] == locale.country))
        return partial_town(final, keys, self.gaz, lambda row: self._said_country(row, external))
