"""The place ruler's reading of a name followed by where it lies: "Columbus, Ohio", "Madison (Wisconsin)",
"Ougarou (Matiacoali, Gourma)".

A name followed by the division that holds a town of that name is that town, whatever the model said; so is a name
before a bracketed path of divisions the gazetteer knows (ACLED's way of writing a village with its district and
province). Split from `geo/ruler.py`, which asks `Qualified.holds` of each entity and capitalised word run; the
words are read from the Doc's view (`geo/view.py`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from eventwatch.geo.cues import unit_comma
from eventwatch.geo.gazetteer import ADM1, ADM2, CITY, COUNTRY
from eventwatch.geo.normalize import key
from eventwatch.geo.written import qualifier_after

if TYPE_CHECKING:
    from eventwatch.geo.candidates import CandidateFinder
    from eventwatch.geo.qualifiers import Qualifiers
    from eventwatch.geo.view import Words

# a settlement's kind and "of" written before its name: "the village of", "the hillside village of", "the settlement of"
_SETTLEMENT_BEFORE = re.compile(r"\b(?:village|town|hamlet|settlement|community)\s+of\s+$")
# the same kind written after the name, in an apposition that goes on to the unit it lies in: "Tarsoko, a village in
# Kaura district", "Tarsoko, a small farming village near ..." (the qualifier itself is read by `qualifier_after`)
_SETTLEMENT_APPOSED = re.compile(r",\s+an?\s+(?:[a-z]+(?:-[a-z]+)?\s+){0,2}?"
                                 r"(?:village|town|hamlet|settlement|community)\s+(?:of|in|near|outside)\s")
# the unit words of a first-level division, written after its name ("Kachin State", "Ituri Province") and what
# may follow such a division when it closes a place's clause (`Qualified._state_written`)
_STATE_WORDS = frozenset({"state", "province", "region", "governorate", "prefecture", "oblast", "division"})
_CLAUSE_END = frozenset({",", ".", ";", ":", "-", "\u2013", "\u2014", ")"})
PARTICLES = frozenset({"de", "del", "da", "do", "dos", "das", "di", "al", "el", "ez", "az", "ad", "ash", "wa", "bin",
                       "ibn", "les", "des", "du", "d", "la", "le"})


class Qualified:
    """Whether a word run is a town by the division written after it (see the module docstring)."""

    def __init__(self, finder: CandidateFinder, qualifiers: Qualifiers, people: frozenset[str]) -> None:
        self.finder, self.qualifiers, self.people = finder, qualifiers, people

    def holds(self, w: Words, start: int, end: int) -> bool:
        """A name followed by the division that holds a town of that name is that town, whatever the model said:
        "Madison (Wisconsin)", "Sitrah (Capital)", "Columbus, Ohio" (its kind may stand before the comma: "Krasnopillia
        community, Sumy", `cues.unit_comma`), and in a bracketed path any part may hold it
        ("Sidi Bouzid (Sidi Bouzid Ouest, Sidi Bouzid)"). A bracket that repeats the name before a division the
        gazetteer knows is ACLED's way of writing a place and its district ("Orugodawatta (Orugodawatta,
        Western)"), a place even when the gazetteer does not know it; so is a bracket of two parts or more that reads
        as a path of divisions the gazetteer knows ("Ougarou (Matiacoali, Gourma)", "Matsapha (Manzini North,
        Manzini)"): ACLED's village with its district and province, whatever the model called the village (not a
        common personal name, nor a party and state after a senator's name: "Sherrod Brown (D, Ohio)")."""
        if not w[start].text[:1].isupper():
            return False
        n = len(w)
        gap = self._unit_gap(w, end)  # "Mirmir cantonment site (Koch county, Unity state)"
        comma = end + 1 if unit_comma(w, end, self.finder.lex.settlement_words) else end
        if gap == end and (comma >= n or w[comma].text not in ("(", ",")):
            return False
        bracket = gap < n and w[gap].text == "("
        if gap != end and not bracket:
            return False
        parts: list[str] = []
        first = (gap if bracket else comma) + 1
        while True:
            stop = first
            while stop < n and stop - first < 4 and w[stop].is_alpha and w[stop].text[:1].isupper():
                stop += 1
            if bracket and stop > first:
                stop = self._part_end(w, first, stop)
            if stop == first or (bracket and (stop >= n or w[stop].text not in (")", ","))):
                return False
            parts.append(w[first:stop].text)
            if not bracket or w[stop].text == ")" or len(parts) == 4:
                break
            first = stop + 1
        name = w[start:end].text
        if gap != end and not (len(parts) > 1 and self._sure_path(name, parts)):
            return False  # lower-case words before the bracket: only a sure path of divisions makes a place
        if not bracket and stop - (comma + 1) > 3:
            return False
        gaz = self.finder.gaz
        c = gaz.cols
        holders = {h.row for part in parts for h in self.finder.candidates(part)
                   if not h.partial and not h.fuzzy and c.kind[h.row] in (ADM1, ADM2, COUNTRY)}
        if bracket and len(parts) > 1 and holders and key(parts[0]) == key(name):
            return True
        if bracket and len(parts) > 1 and holders and self._sure_path(name, parts):
            return True
        if not bracket and self._state_written(w, start, end, parts[0], stop):
            return True
        return any(c.kind[t.row] == CITY and not t.partial and not t.fuzzy
                   and holders & {c.admin1[t.row], c.admin2[t.row], gaz.country_index.get(c.country[t.row], -2)}
                   for t in self.finder.candidates(name))

    def settled(self, w: Words, start: int, end: int) -> bool:
        """A name written after a settlement's kind and "of" and before the unit it lies in, which surely places it
        ("the village of Tinzawat in the Gao region", "the settlement of Kara in the Kalbajar district"): a place,
        whatever the model called it (it tags such a village an organisation or nothing), so that a village the
        gazetteer lacks falls back to that unit under its own name (`qualifiers`) rather than leaving the event
        at the unit's seat (geo49). So is a name followed by that kind in an apposition ("Tarsoko, a village in Kaura
        district"). Capitalised words only, or an Arabic article joined to one ("the town of al-Dinder in Sennar
        state"); a unit the qualifier does not surely place makes none."""
        if not _name_words(w, start, end):
            return False
        first, last = w[start].idx, w[end - 1].idx + len(w[end - 1].text)
        if not (_SETTLEMENT_BEFORE.search(w.text, max(0, first - 30), first)
                or _SETTLEMENT_APPOSED.match(w.text, last)):
            return False
        name = w[start:end].text
        if any(word in self.people for word in key(name).split(" ")):
            return False
        qualifier, _ = qualifier_after(w.text, last, self.finder.lex.admin_words)
        found = self.qualifiers.place(qualifier, key(name)) if qualifier else None
        return found is not None and found[1] > 0

    def _sure_path(self, name_text: str, parts: list[str]) -> bool:
        """Whether a bracket of two parts or more reads as a path of divisions that surely places a name (not a
        common personal name, nor a party and state after a senator's name: "Sherrod Brown (D, Ohio)")."""
        name = key(name_text)
        if not all(len(p) >= 4 for p in parts) or any(w in self.people for w in name.split(" ")):
            return False
        found = self.qualifiers.place(", ".join(parts), name)
        return found is not None and found[1] > 0

    @staticmethod
    def _unit_gap(w: Words, end: int) -> int:
        """Where a bracket opens after a name and at most two lower-case words, the kind of place or the rest of its
        name ("Mirmir cantonment site (Koch county, Unity state)", "Hlaingtharya township (...)"); `end` when
        none."""
        for n in (1, 2):
            at = end + n
            if (at < len(w) and w[at].text == "("
                    and all(t.is_alpha and t.is_lower and len(t.text) >= 3 for t in w.words[end:at])):
                return at
        return end

    def _part_end(self, w: Words, first: int, stop: int) -> int:
        """The end of one part of a bracketed path run on over the linking particles, hyphens and unit words
        written inside a division's name ("Kitaf wa Al Boqee", "Yangon-North district", "Koch county")."""
        words = self.finder.lex.admin_words
        while stop < len(w) and stop - first < 6:
            tok = w[stop]
            linked = stop + 1 < len(w) and w[stop + 1].text[:1].isupper()
            if linked and (tok.text in ("-", "‐", "‑") or tok.lower_ in PARTICLES):
                stop += 2
            elif (tok.is_lower and tok.lower_ in words) or (tok.is_alpha and tok.text[:1].isupper()):
                stop += 1
            else:
                break
        return stop

    def _state_written(self, w: Words, start: int, end: int, part: str, stop: int) -> bool:
        """A name followed by a comma and a first-level division written with its own unit word or with its country
        after it ("Kuru, Plateau State -", "Bokpyin, Tanintharyi Region, Myanmar"): the way a dateline, a caption or
        an address writes a village and where it lies, a place even when the gazetteer does not know it (the model
        tags such a village an organisation), so that it falls back to that division under its own name
        (`qualifiers`) instead of leaving the event at the division's capital. Only a division the qualifier surely
        places, only where the division ends its clause (punctuation or a dash after it: "Ali Musa, Kano State
        commissioner" is a person's office), and not a name with a common personal name in it (geo50)."""
        n = len(w)
        if stop < n and w[stop].text not in _CLAUSE_END:
            return False
        if not all(w[i].is_alpha and w[i].text[:1].isupper() for i in range(start, end)):
            return False
        own = key(w[start:end].text)
        if len(own) < 4 or any(word in self.people for word in own.split(" ")):
            return False
        unit = part.rsplit(" ", 1)[-1].lower() in _STATE_WORDS
        if not unit and not (stop + 1 < n and w[stop].text == "," and w[stop + 1].text[:1].isupper()
                             and self._country_of(w[stop + 1].text) is not None):
            return False
        found = self.qualifiers.place(part, own)
        if found is None or found[1] <= 0 or self.finder.gaz.cols.kind[found[0]] != ADM1:
            return False
        country = None if unit else self._country_of(w[stop + 1].text)
        return country is None or self.finder.gaz.cols.country[found[0]] == country

    def _country_of(self, name: str) -> str | None:
        """The ISO code of the country a word names by its own name ("Myanmar"), else None."""
        c = self.finder.gaz.cols
        rows = [h.row for h in self.finder.candidates(name)
                if not h.partial and not h.fuzzy and c.kind[h.row] == COUNTRY]
        return c.country[rows[0]] if rows else None


def _name_words(w: Words, start: int, end: int) -> bool:
    """Whether words start..end are a settlement's name: capitalised words, the first perhaps a lower-case article
    joined to the next by a hyphen ("al-Dinder", "el-Geneina"), as an Arabic name is often written."""
    if end - start > 2 and w[start].lower_ in ("al", "el", "ad", "ed", "as", "ash", "az") and w[start + 1].text == "-" \
            and not w[start].whitespace_ and not w[start + 1].whitespace_:
        start += 2
    return all(w[i].text[:1].isupper() and w[i].is_alpha for i in range(start, end))
