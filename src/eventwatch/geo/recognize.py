"""Place mentions: from spaCy entities (GPE, LOC, FAC, demonyms among NORP), or from spans a caller gives.

Beyond the entities, a parsed doc also yields (`eventwatch.geo.beyond`, with `eventwatch.geo.cues`): place names
standing inside the name of an organisation, team or event ("the Houston Rockets", "Central Bank of Malta", "Kano
State Police"), labelled EMBEDDED; demonyms the model left out or called a person ("Azerbaijani soldiers",
"anti-Russian"); "X-based"; and all-capitals datelines ("KOLKATA, India -", "DALLAS (AP) -").

Around each mention we read what a reader would use to place it (`eventwatch.geo.written`): an admin qualifier
after a comma or in parentheses ("Nur, Mazandaran", "Crater (Aden)") and a following "province"/"district".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from eventwatch.geo.beyond import EMBEDDED, PLACE_LABELS, extra_spans, heads_line
from eventwatch.geo.gazetteer import ADM1, ADM2, CITY, COUNTRY
from eventwatch.geo.governments import names_government
from eventwatch.geo.near import near_town
from eventwatch.geo.normalize import key
from eventwatch.geo.persons import PersonUse, speaks
from eventwatch.geo.shapes import elided_head, street_after, street_named
from eventwatch.geo.sites import inside_name, site_gap
from eventwatch.geo.view import doc_text
from eventwatch.geo.written import (
    EPONYM_AFTER,
    PAPER_AFTER,
    container_after,
    country_of_after,
    qualifier_after,
    qualifier_before,
    saint_owns_site,
    unit_before,
    units_after,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from eventwatch.geo.candidates import CandidateFinder
    from eventwatch.geo.cues import PlaceEvidence

_NAME_PREFIXED = re.compile(r"(?:Mc|Mac|De|Du|La|Le)[A-Z][a-z]{2,}$")
_SITE_IN_TOWN = re.compile(r"^[A-Z][\w'’.\- ]*?\s+in\s+([A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3})$")


@dataclass(frozen=True, slots=True)
class Mention:
    """A place mention: character offsets into the text, its words and what stands next to it."""

    start: int
    end: int
    text: str
    qualifier: str = ""
    admin: bool = False  # followed by "province", "district", ...
    label: str = ""
    town: bool = False  # followed by "city", "town" or "village": a town, not a division by that name
    bracketed: bool = False  # opens a bracket ("(Norte de Santander)"): where the place before it lies
    site_gap: int = 0  # "in" (> 0) or a comma (< 0) between it and a name written right after it (`sites`)
    listed: bool = False  # joined to the mention before it as an item of one list ("California or Washington")
    paper: bool = False  # the first words of a newspaper's title ("The Washington Post")
    elided: str = ""  # the head shared with the next item ("Central and South America": "America"; `shapes`)
    street: bool = False  # the name of a street written after it ("Bourbon and Dauphine streets"; `shapes`)
    eponym: bool = False  # names a body or a treaty after a town ("the Venice Commission", "the Paris Agreement")
    path_part: bool = False  # a bracket's first part, an article between ("(At Tuhayat, Al Hudaydah)"; `context`)
    inner: bool = False  # stands inside a longer proper name ("FrontCounter BC", "Greenpeace UK"; `sites.inside_name`)
    part: bool = False  # written as a part of a town ("the Cieneguita neighbourhood"; `written.part_of_town`)
    government: bool = False  # the subject of a verb of saying ("Tehran accuses"; `governments.names_government`)


_LIST_GAP = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or|&)\s+)")


def _listed(text: str, previous: Mention | None, m: Mention) -> bool:
    """Whether a mention is the next item of a list the mention before it opens: only a comma, "and" or "or"
    between them ("Texas, Utah, Virginia, Washington and Wyoming"; "states such as California or Washington")."""
    if previous is None or previous.end > m.start:
        return False
    gap = _LIST_GAP.match(text, previous.end, m.start)
    return gap is not None and gap.end() == m.start


def _typed_lists(text: str, mentions: list[Mention]) -> list[Mention]:
    """Every item of a list of two or more whose last item is followed by a plural unit word is a division ("Edo and
    Ondo states", "Cordoba and Santa Fe provinces"): the unit word is written once for all (`written.units_after`).
    A single name before a plural ("the Gulf states", "the Baltic states") names a group, not a division."""
    out = list(mentions)
    i = 0
    while i < len(out):
        j = i
        while j + 1 < len(out) and out[j + 1].listed:
            j += 1
        if j > i and units_after(text, out[j].end):
            out[i:j + 1] = [replace(m, admin=True) for m in out[i:j + 1]]
        i = j + 1
    return out


def _opens_path(text: str, start: int) -> bool:
    """Whether a mention is the first part of a bracket, an article dropped before it or not ("(At Tuhayat, ...")."""
    return "(" in text[max(0, start - 5):start]


def _written_before(text: str, m: Mention, finder: CandidateFinder) -> Mention:
    """A mention with the unit written before it as its qualifier, and read as a town ("the Ohio town of Lebanon"
    reads as "Lebanon, Ohio"; `written.qualifier_before`), when it has no qualifier after it and the words name a
    country (by its name or its adjective, "Lebanese") or a first-level division by its own name ("Missouri"). The
    adjective of a people living across borders or of a division ("the Kurdish town of Kobani" is in Syria, not in
    Iran's Kurdistan province) says nothing of where the town is, nor does a word naming a town or a county."""
    if m.qualifier:
        return m
    words = qualifier_before(text, m.start)
    if not words:
        return m
    return replace(m, qualifier=words, town=True) if _countries_or_states(words, finder) else m


def _countries_or_states(words: str, finder: CandidateFinder) -> list[int]:
    """The countries (by their name or adjective) and first-level divisions (by their own name, not an adjective)
    that `words` name outright, the first reading first ("Georgia": the country and the US state), else none: what a
    qualifier written around a town may safely say of where it lies."""
    found = finder.candidates(words)
    if not found or found[0].fuzzy or found[0].partial:
        return []
    cols = finder.gaz.cols
    adjective = finder.lex.demonyms.get(key(words)) is not None
    return [c.row for c in found if not (c.fuzzy or c.partial)
            and (cols.kind[c.row] == COUNTRY or (cols.kind[c.row] == ADM1 and not adjective))]


def _written_in(text: str, m: Mention, finder: CandidateFinder) -> Mention:
    """A mention with the country or state written after it with "in" as its qualifier ("Tripoli in northern
    Lebanon", "Lebanon, in Ohio,"; "Kano, northern Nigeria"), when the name has a town or district there: "in Y"
    after a name also follows names that do not lie in Y ("Russia's war in Ukraine", "the US in Afghanistan"), so
    it is read as the name's qualifier only where it can be one, and never sends the name to Y itself (a
    qualifier naming no candidate would: `qualifiers.fallback`). A name whose first reading already lies in Y
    keeps its reading as it was ("Pandi, Bulacan in Central Luzon": the province, itself a qualifier)."""
    if m.qualifier:
        return m
    cols = finder.gaz.cols
    words, rows = next(((w, r) for w in container_after(text, m.end) if (r := _countries_or_states(w, finder))),
                       ("", []))
    countries = {cols.country[r] for r in rows if cols.kind[r] == COUNTRY}

    def there(row: int) -> bool:
        return cols.country[row] in countries or cols.admin1[row] in rows

    found = finder.candidates(m.text) if rows else ()
    if found and not there(found[0].row) and any(  # the first reading lies elsewhere, a town of the name there
            not (c.fuzzy or c.partial) and cols.kind[c.row] in (CITY, ADM2) and there(c.row) for c in found):
        return replace(m, qualifier=words)
    return m


def _written(text: str, m: Mention, finder: CandidateFinder) -> Mention:
    """A mention with what is written around it read: its unit before it, its country or state after "in" or after
    its unit word and "of", and the town it is near."""
    return near_town(text, _written_of(text, _written_in(text, _written_before(text, m, finder), finder), finder),
                     finder)


def _written_of(text: str, m: Mention, finder: CandidateFinder) -> Mention:
    """A division written with its unit word and "of" its country ("the Kurdistan Region of Iraq", "the Somali region
    of Ethiopia") lies in that country: the country is its qualifier when its first reading lies elsewhere (Iran's
    Kurdistan province), and a division the gazetteer does not hold there falls back to the country, not abroad."""
    if m.qualifier or not m.text.strip() or not (m.admin or m.text.split()[-1].lower() in finder.lex.admin_words):
        return m
    cols = finder.gaz.cols
    words = next((w for w in country_of_after(text, m.end)
                  if any(cols.kind[r] == COUNTRY for r in _countries_or_states(w, finder))), "")
    if not words:
        return m
    country = cols.country[_countries_or_states(words, finder)[0]]
    found = finder.candidates(m.text)
    return replace(m, qualifier=words) if found and cols.country[found[0].row] != country else m


def mentions_for_spans(text: str, spans: list[tuple[int, int]], finder: CandidateFinder) -> list[Mention]:
    """One mention per given span, in order (spans outside the text become empty mentions)."""
    out: list[Mention] = []
    admin_words = finder.lex.admin_words
    for start, end in spans:
        start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
        words = text[start:end]
        qualifier, admin = qualifier_after(text, end, admin_words)
        admin = admin or unit_before(text, start)
        m = Mention(start, end, words, qualifier, admin, site_gap=site_gap(text, end),
                    paper=PAPER_AFTER.match(text, end) is not None, elided=elided_head(text, start, end),
                    street=street_after(text, end) or street_named(words),
                    eponym=EPONYM_AFTER.match(text, end) is not None, path_part=_opens_path(text, start),
                    inner=inside_name(text, start), government=names_government(text, start, end))
        m = _written(text, m, finder)
        out.append(replace(m, listed=_listed(text, out[-1] if out else None, m)))
    return _typed_lists(text, out)


def extract_mentions(doc: Doc, finder: CandidateFinder, evidence: PlaceEvidence | None = None) -> list[Mention]:
    """Place mentions among a parsed doc's entities, in text order; with `evidence`, also those found inside
    other names, unlabelled demonyms and datelines."""
    text = doc_text(doc)
    admin_words = finder.lex.admin_words
    out: list[Mention] = []
    # read once and handed on: spaCy builds a new tuple of `Span`s at every read of `Doc.ents`, which the persons'
    # tests and the places beyond the entities read again (six reads a sentence before)
    ents = doc.ents
    people = PersonUse(doc, evidence, ents) if evidence is not None else None  # names the report uses for persons
    owned: list[tuple[int, int]] = []  # a saint's name owning a site: no place, nor any part of it
    for ent in ents:
        label = ent.label_
        start, end = ent.start_char, ent.end_char
        words = ent.text
        if words.lower().startswith("the "):
            start, words = start + 4, words[4:]
        if words.endswith("'s") or words.endswith("’s"):
            if saint_owns_site(text, start, end):
                owned.append((start, end))
                continue  # "St. John's Lutheran Church": the church's name, not St. Johns
            end, words = end - 2, words[:-2]
        if words.endswith((",", ";", ":")):  # "Agua Blanca Sur," as the entity: the province follows the comma
            words = words.rstrip(",;: ")
            end = start + len(words)
        if " - " in words:  # "Manaus - East Zone": a town and a part of it
            words = words[:words.index(" - ")]
            end = start + len(words)
            if label == "PERSON" and evidence is not None and evidence.level(words) >= 2:
                label = "GPE"  # "(Daejeon - Yuseong)": no one's name is written so
        if label in PLACE_LABELS and ", " in words:  # "Piskivka, Kyiv" as one entity: a place and its province
            words = words[:words.index(", ")]
            end = start + len(words)
        site = _SITE_IN_TOWN.search(words) if label in ("FAC", "LOC") else None
        if site is not None:  # "the City Hall in Malmo" as one entity: a site and the town it lies in
            start, words = start + site.start(1), site.group(1)
        if not words.strip():
            continue
        if label == "NORP":
            if finder.demonym_row(key(words)) is None:
                continue
        elif label not in PLACE_LABELS or _doubtful(ent, words, evidence):
            continue
        qualifier, admin = qualifier_after(text, end, admin_words)
        if people is not None and ent.label_ in ("GPE", "LOC") and people.person(ent, qualifier):
            continue  # "Mr. Torres", "Maria Torres ... Torres said": `geo/persons.py`
        out.append(Mention(start, end, words, qualifier, admin, label))
    out = _outermost([_country_whole(text, _longest(text, m, finder), finder) for m in _joined(text, out, admin_words)])
    if evidence is None:
        return out
    taken = {i for m in out for i in range(m.start, m.end)} | {i for s, e in owned for i in range(s, e)}
    for start, end, label in extra_spans(doc, evidence, ents):
        if any(i in taken for i in range(start, end)):
            continue
        taken.update(range(start, end))
        qualifier, admin = qualifier_after(text, end, admin_words)
        out.append(_country_whole(text, _longest(text, Mention(start, end, text[start:end], qualifier, admin, label),
                                                 finder), finder))
    out.sort(key=lambda m: m.start)
    marked = [replace(m, town=bool(_SETTLEMENT_AFTER.match(text, m.end)), admin=m.admin or unit_before(text, m.start),
                    bracketed=text[max(0, m.start - 2):m.start].rstrip().endswith("("),
                    site_gap=site_gap(text, m.end), listed=_listed(text, out[n - 1] if n else None, m),
                    paper=PAPER_AFTER.match(text, m.end) is not None, elided=elided_head(text, m.start, m.end),
                    street=street_after(text, m.end) or street_named(m.text),
                    eponym=EPONYM_AFTER.match(text, m.end) is not None, path_part=_opens_path(text, m.start),
                    inner=m.label == EMBEDDED or inside_name(text, m.start))
              for n, m in enumerate(out)]
    return _typed_lists(text, [_written(text, m, finder)
                               for m in marked])


def _outermost(mentions: list[Mention]) -> list[Mention]:
    """The mentions not lying inside a longer one: a name run on over the rest of itself ("Bad Neustadt an der
    Saale") swallows the model's entity for its last word ("Saale", else read as Salé in Morocco); of two mentions
    of the same words (both parts of "Antigua and Barbuda" taken whole, `_country_whole`) the first is kept."""
    out = [m for m in mentions if not any(n.start <= m.start and m.end <= n.end and n.end - n.start > m.end - m.start
                                          for n in mentions)]
    return [m for i, m in enumerate(out) if not any((n.start, n.end) == (m.start, m.end) for n in out[:i])]


# the rest of a name the tokenizer or the model cut off: "Vaulx-en-Velin", "Newcastle upon Tyne", "Bad Neustadt an
# der Saale", "Vitoria-Gasteiz", "St. John's"
_NAME_REST = re.compile(
    r"(?:[-‐‑][^\W\d_][\w'’]*)+|'s\b|’s\b|\s+(?:upon|on|an|am|im|in|de|del|der|di|da|sur|sous|la|le|les|lès)"
    r"(?:\s+(?:der|dem|den|la|le))?\s+[A-Z][\w'’]*(?:[-‐‑][^\W\d_][\w'’]*)*")
_SETTLEMENT_AFTER = re.compile(r"\s+(?:city|town|village)\b")


def _longest(text: str, m: Mention, finder: CandidateFinder) -> Mention:
    """A mention run on over the rest of its name when the gazetteer knows the longer name as such (the longest
    name wins: "Vaulx-en-Velin" is not Vaulx, "Newcastle upon Tyne" not Newcastle in New South Wales). A country's
    name never runs on over a possessive: "Mali's army" is Mali's, not the key "malis" of a German village."""
    end = m.end
    for _ in range(3):
        rest = _NAME_REST.match(text, end)
        if rest is None or (rest.group().startswith(("'", "’")) and _a_country(text[m.start:end], finder)):
            break
        if not any(q in (0, 1, 3) for _, q in finder.gaz.lookup(key(text[m.start:rest.end()]))):
            break
        end = rest.end()
    if end == m.end:
        return m
    qualifier, admin = qualifier_after(text, end, finder.lex.admin_words)
    return replace(m, end=end, text=text[m.start:end], qualifier=qualifier, admin=admin)


# a country's name joined by "and" around a mention: "Antigua and Barbuda", "Saint Vincent and the Grenadines"
_AND_AFTER = re.compile(r"\s+(?:and|AND|&)\s+(?:(?:the|THE)\s+)?([A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3})")
_AND_BEFORE = re.compile(r"((?:[A-Z][\w'’.\-]*\s+){1,3})(?:and|AND|&)\s+(?:(?:the|THE)\s+)?$")


def _country_whole(text: str, m: Mention, finder: CandidateFinder) -> Mention:
    """A mention that is one part of a country's name joined by "and" taken as the whole name: "the Royal Police
    Force of Antigua and Barbuda" names the country, not the island of Barbuda (nor Antigua in the Canaries); "the
    government of Trinidad and Tobago" is not Tobago's. The parser often tags one part alone, so the words around
    the mention are read, not only the mentions beside it; the whole is taken only when the gazetteer knows it as a
    country's name (main, alternate or alias)."""
    after = _AND_AFTER.match(text, m.end)
    if after is not None:
        words = after.group(1).rstrip(".").split()
        for n in range(len(words), 0, -1):
            end = after.start(1) + len(" ".join(words[:n]))
            if _a_country(text[m.start:end], finder):
                return _whole(text, m, m.start, end, finder)
    before = _AND_BEFORE.search(text, max(0, m.start - 60), m.start)
    if before is not None:
        words = before.group(1).split()
        for n in range(len(words), 0, -1):
            start = before.end(1) - len(" ".join(words[-n:])) - (len(before.group(1)) - len(before.group(1).rstrip()))
            if _a_country(text[start:m.end], finder):
                return _whole(text, m, start, m.end, finder)
    return m


def _whole(text: str, m: Mention, start: int, end: int, finder: CandidateFinder) -> Mention:
    qualifier, admin = qualifier_after(text, end, finder.lex.admin_words)
    return replace(m, start=start, end=end, text=text[start:end], qualifier=qualifier, admin=admin)


def _a_country(name: str, finder: CandidateFinder) -> bool:
    """Whether the gazetteer knows `name` as a country's main, alternate or alias name."""
    return any(q in (0, 1, 3) and finder.gaz.cols.kind[r] == COUNTRY for r, q in finder.gaz.lookup(key(name)))


_JOIN = re.compile(r"^(?: |-|-[ie]-| [ie] )$")  # "Paso Canoas", "Pul-i-Khumri": one name the parser cut
_SETTLED_RUN = re.compile(  # "Pa Khan Gyi village", "Myin Khat Pyin village": the rest of a name before its kind
    r"((?:\s+[A-Z][a-z]+){1,3})\s+(?:village|town|township|hamlet|area|neighbou?rhood|camp|locality)\b")


_VILLAGE_RUN = re.compile(r"(?:\s+[A-Z][a-z]+){1,2}\s+(?:village|hamlet)\b")
_SETTLED_AFTER = re.compile(r"\s+(?:village|hamlet|township)\b")
_SETTLED_LEAD = re.compile(r"\b(?:of|in|near|at|from|the)\s+((?:[A-Z][a-z]+\s+){1,2})$")


def _joined(text: str, mentions: list[Mention], admin_words: frozenset[str]) -> list[Mention]:
    """Place mentions the parser cut in two put back together (two places are never written with only a space
    or a hyphen between them), and a short mention run on to the kind of place that follows its name, or back to
    the words of its name the parser left out before it ("Pa Nan village")."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        prev = out[-1] if out else None
        if (prev is not None and prev.label in PLACE_LABELS and m.label in PLACE_LABELS
                and _JOIN.match(text[prev.end:m.start])):
            qualifier, admin = qualifier_after(text, m.end, admin_words)
            out[-1] = Mention(prev.start, m.end, text[prev.start:m.end], qualifier, admin, prev.label)
            continue
        run = _SETTLED_RUN.match(text, m.end) if m.label in PLACE_LABELS else None
        if run is not None and len(m.text) > 4 and not _VILLAGE_RUN.match(text, m.end):
            run = None  # a longer name runs on only to "village" ("Nyaung Hla village"), not to "area" or "town"
        if run is not None:
            end = m.end + len(run.group(1))
            qualifier, admin = qualifier_after(text, end, admin_words)
            m = Mention(m.start, end, text[m.start:end], qualifier, admin, m.label)
        elif len(m.text) <= 4 and m.label in PLACE_LABELS and _SETTLED_AFTER.match(text, m.end):
            lead = _SETTLED_LEAD.search(text, max(0, m.start - 40), m.start)  # "in northwest of Pa Nan village"
            if lead is not None and (prev is None or prev.end <= lead.start(1)):
                m = Mention(lead.start(1), m.end, text[lead.start(1):m.end], m.qualifier, m.admin, m.label)
        out.append(m)
    return out


def _doubtful(ent: Span, words: str, ev: PlaceEvidence | None) -> bool:
    """A GPE label the gazetteer only backs with a small town, on an acronym ("TASS", "MoD", "UConn"; one word,
    not "Al Far") or on someone who speaks ("Noma said", "said Noma"); big places keep it ("Washington said").
    A capitalised word heading its line before a colon or a dateline's mark is no acronym: it is the town a column
    item or a report was filed under ("TARSO: Youths blocked ...", `heads_line`)."""
    if ev is None or ent.label_ != "GPE":
        return False
    # one word: "Al Far" is a village's name with its article, not an acronym
    acronym = (len(words) <= 6 and sum(ch.isupper() for ch in words[1:]) >= 1 and not set(words) & {".", " "}
               and _NAME_PREFIXED.match(words) is None  # "McLean", "DeKalb": a name's shape, not an acronym's
               and not heads_line(ent))  # "TARSO: Police fired ...": a column item's town, not an acronym
    speaker = speaks(ent)
    return (acronym or speaker) and ev.level(words) < 2
