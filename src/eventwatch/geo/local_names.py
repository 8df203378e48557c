"""Names whose place is wherever the report is: an abbreviation its own country uses, and "the state Capitol".

- "SA" in a South African paper is South Africa ("mining in post-apartheid SA"), in an Australian one South
  Australia; elsewhere it is an acronym ("SA Power Networks") and keeps whatever reading it had
  (`data/geo/locale_abbreviations.tsv`). Only the report's own country reads it so: the abbreviation is its
  country's habit, not the world's.
- "The state Capitol" (and "the statehouse", or "the Capitol" in a report from a state) is the capitol of the
  report's state, at its capital town (`data/geo/state_capitals.tsv`): "teachers filled the state Capitol" in an
  Oklahoma report is in Oklahoma City, not at the California town Capitola that the name looks like. "The Capitol"
  in a report from no state (a national or Washington report) is the US Capitol, in Washington.

`LocalNames.reading` gives the row of such a name in a report's locale, or None; `resolve.py` puts it before any
reading the name's own words found (look-alikes of a short word: "Wiang Sa", "Capitola").
"""

from __future__ import annotations

import re
from functools import cached_property

from eventwatch.geo.build import data_rows
from eventwatch.geo.choice import Choice
from eventwatch.geo.gazetteer import ADM1, CITY, COUNTRY, Gazetteer
from eventwatch.geo.locale import Locale
from eventwatch.geo.normalize import key
from eventwatch.geo.recognize import Mention

_CAPITOL = frozenset({"capitol", "state capitol", "statehouse", "state house", "capitol building",
                      "state capitol building"})
_STATE_BEFORE = re.compile(r"\b[Ss]tate\s+$")
_CAPITOL_COUNTRY = "US"


class LocalNames:
    """Readings that depend on the report's locale (see the module's docstring)."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz

    def _row(self, name: str, iso2: str, kinds: tuple[int, ...], admin1: int | None = None) -> int | None:
        cols = self.gaz.cols
        rows = [r for r, _ in self.gaz.lookup(key(name)) if cols.country[r] == iso2 and cols.kind[r] in kinds
                and (admin1 is None or cols.admin1[r] == admin1)]
        return max(rows, key=lambda r: (cols.kind[r] == COUNTRY, cols.population[r]), default=None)

    @cached_property
    def _abbreviations(self) -> dict[tuple[str, str], int]:
        out: dict[tuple[str, str], int] = {}
        for abbrev, full, iso2 in data_rows("locale_abbreviations.tsv"):
            row = self._row(full, iso2, (COUNTRY, ADM1))
            if row is None:
                raise ValueError(f"locale_abbreviations.tsv: no country or division {full!r} in {iso2}")
            out[(abbrev, iso2)] = row
        return out

    @cached_property
    def _capitals(self) -> dict[int, int]:
        out: dict[int, int] = {}
        for division, town, iso2 in data_rows("state_capitals.tsv"):
            state = self._row(division, iso2, (ADM1,))
            capital = self._row(town, iso2, (CITY,), state) if state is not None else None
            if state is None or capital is None:
                raise ValueError(f"state_capitals.tsv: no town {town!r} in {division!r}, {iso2}")
            out[state] = capital
        return out

    @cached_property
    def _us_capitol(self) -> int | None:
        return next((r for r, _ in self.gaz.lookup(key("US Capitol"))), None)

    def reading(self, words: str, before: str, locale: Locale | None, state_said: bool) -> tuple[int, bool] | None:
        """The row of a name read in the report's locale and whether it is a site in that place (the Capitol, at
        its town, precision 2), else None. `before`: the words just before the name ("the state "); `state_said`:
        whether the report writes "state Capitol" anywhere, so that its bare "the Capitol" is that one too."""
        if locale is None:
            locale = Locale(None, None)
        if locale.country is not None and (row := self._abbreviations.get((words, locale.country))) is not None:
            return row, False
        k = key(words)
        if k not in _CAPITOL or locale.country not in (None, _CAPITOL_COUNTRY):
            return None
        state = k.startswith("state") or _STATE_BEFORE.search(before) is not None or state_said
        capital = self._capitals.get(locale.admin1) if locale.admin1 is not None else None
        if capital is not None and (state or k == "capitol"):
            return capital, True
        return (self._us_capitol, True) if not state and self._us_capitol is not None else None

    def apply(self, mentions: list[Mention], final: list[Choice | None], locale: Locale | None,
              text: str | None) -> list[Choice | None]:
        """The readings of a document's mentions with the locale's own names put first (`reading`); a name written
        with a qualifier keeps what its qualifier says."""
        # the cheap test first: most names are neither a two-letter abbreviation nor a capitol
        todo = [i for i, m in enumerate(mentions) if not m.qualifier and (
            len(m.text) == 2 or (("apitol" in m.text or "ouse" in m.text) and key(m.text) in _CAPITOL))]
        if not todo:
            return final
        said = any(k.startswith("state") and k in _CAPITOL for m in mentions if (k := key(m.text))) or (
            text is not None and re.search(r"\b[Ss]tate\s+Capitol\b", text) is not None)
        out = list(final)
        for i in todo:
            m = mentions[i]
            before = text[max(0, m.start - 8):m.start] if text is not None else ""
            found = self.reading(m.text, before, locale, said)
            if found is not None:
                row, site = found
                was = final[i]
                out[i] = Choice(row, was.score if was is not None else 0.0, False, False, landmark=site)
        return out
