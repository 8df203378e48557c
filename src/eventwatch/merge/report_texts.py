"""What the merge reads from a report's words (its sentence, and its headline when that tells its lead event): read
when the merge first asks for it, not when the report is read from the store.

Reading a report (`reports.to_report`) was the largest part of the cluster driver's CPU, and most of it went to
these words: the names and distinctive words, the parts of a town and the spots, the causes, targets and the like,
some thirty pattern searches per text. Yet a report is compared with another only when the two are in one country
with days close, and most comparisons end at the type or the days, before a word is read: replaying the bench
corpus's parts, 485 of 4,007 reports had one of these fields read at all. So a report keeps what they are read from
(`Reading`: its texts and row, and its document's text when `doc_names` will need it) and reads them all at once,
by the same functions in the same order, the first time one is asked for (`Reading.texts`); what is read is the
same whenever it is read, since it depends on the report's own row and the rules alone.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from eventwatch.geo.normalize import key
from eventwatch.merge.named import (
    beside,
    bracket_divisions,
    division_words,
    fighter_words,
    organisation_words,
    reference,
    spots,
    town_parts,
    value_words,
)
from eventwatch.merge.rules import Rules
from eventwatch.merge.targets import targets
from eventwatch.merge.words import (
    WORD,
    acronyms,
    cause_words,
    pick_salient,
    salient_candidates,
    salient_words,
    stance_words,
    teller_names,
)
from eventwatch.merge.workforce import workforce
from eventwatch.merge.written import capitals

TOLL = " dead"  # the toll a report gives, among its words: "3 dead"
_LETTERS = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class Texts:
    """The fields of a `Report` read from its words (`reports.Report` says what each is)."""

    late: bool
    early: bool
    run: bool
    reference: bool
    near: bool
    targets: frozenset[str]
    cause: frozenset[str]
    stance: tuple[frozenset[str], frozenset[str]]
    workforce: frozenset[str]
    caps: frozenset[str]
    words: frozenset[str]
    names: frozenset[str]
    orgs: frozenset[str]
    doc_names: frozenset[str]
    parts: frozenset[str]
    divisions: frozenset[str]
    spots: frozenset[str]
    seen: frozenset[str]
    initials: frozenset[str]


def _place_words(row: Mapping[str, Any]) -> set[str]:
    return set().union(*(value_words(row.get(c)) for c in ("location", "admin1", "admin2", "country")))


def _own_words(row: Mapping[str, Any], rules: Rules, place: set[str]) -> set[str]:
    """Words a report's sentence has that do not tell its event from another: the names of its place (scored
    on their own), and the names of the armed groups and forces among its actors ("ADF", "Boko Haram"): they take
    part in every event of their war, and the actor score weighs a group the two share."""
    words = set(place)  # the names of its place (`_place_words`), read once per report
    for name, inter in ((row.get("actor1"), row.get("inter1")), (row.get("actor2"), row.get("inter2"))):
        if isinstance(name, str) and inter in rules.force_inter:
            words.update(key(w) for w in _LETTERS.findall(name))
    return words


def _toll(row: Mapping[str, Any]) -> set[str]:
    """The toll a report gives, as a word two reports giving the same toll share ("3 dead"); none when it gives
    none (tolls that differ say little: they rise from report to report)."""
    n = row.get("fatalities")
    return {f"{n}{TOLL}"} if isinstance(n, int) and n > 0 else set()


def document_names(title: object, text: object, rules: Rules) -> frozenset[str]:
    """The names a report's whole document gives (headline and text, less the clauses dating an event by another),
    for a report placed only at a province or its country: a news report leads with "in western Niger" and names the
    village a few sentences on, as a reader of the whole article (and an ACLED coder) places it."""
    texts = [str(t or "") for t in (title, text)]
    return frozenset().union(*(salient_words(t, set(), rules) for t in texts if t))


class Reading:
    """What a report's word fields are read from, until they are (`texts`): its row as the merge reads it (its place
    columns emptied for a namesake abroad), its texts (the sentence without its dateline, and the headline when it is
    read with it), and its document's title and text when it is placed coarser than a town or aside."""

    __slots__ = ("_inputs", "_texts")

    def __init__(self, row: Mapping[str, Any], rules: Rules, texts: list[str], town: bool, exact: bool,
                 document: tuple[object, object] | None) -> None:
        self._inputs: tuple[Mapping[str, Any], Rules, list[str], bool, bool, tuple[object, object] | None] | None = (
            row, rules, texts, town, exact, document)
        self._texts: Texts | None = None

    def __repr__(self) -> str:
        return f"Reading({'read' if self._texts is not None else 'not read yet'})"

    def texts(self) -> Texts:
        """The word fields, read once (the inputs are let go then)."""
        if self._texts is None:
            assert self._inputs is not None
            self._texts = _read(*self._inputs)
            self._inputs = None
        return self._texts


def _read(row: Mapping[str, Any], rules: Rules, texts: list[str], town: bool, exact: bool,
          document: tuple[object, object] | None) -> Texts:
    """The word fields of a report, as `reports.to_report` read them when it built the report."""
    sentence = texts[0]
    place = _place_words(row)  # read by several fields below, none of which changes it
    parts = frozenset().union(*(town_parts(t, place, rules) for t in texts))
    finer, seen = spots(texts, row, town, rules, parts)
    # a group named by its fighters anywhere in the report is armed wherever it is named ("Gulf Clan gunmen ...",
    # headline "... in Gulf Clan lockdown"); "Gulf Clan members" are armed, "KCTU members" march
    members = row.get("event_type") in rules.fighter_types
    armed = set().union(*(fighter_words(t, rules, members) for t in texts))
    candidates = [salient_candidates(t, rules) for t in texts]  # names and words from one reading of each text
    own = _own_words(row, rules, place)
    if row.get("event_type") not in rules.crowded:
        # who tells an attack (a police chief, a spokesman) tells every attack of his district: his name is no name
        # of the event; a demonstration's is most often its organiser's, which names it
        own = own | set().union(*(teller_names(t, rules) for t in texts))
    # "the Chilean capital" names Santiago (`written.capitals`)
    names = frozenset().union(*(numbers | found | {key(w) for c in capitals(t) for w in c.split()}
                                for t, (numbers, found) in zip(texts, candidates, strict=True)))
    return Texts(
        late=exact and rules.late.search(sentence) is not None,
        early=exact and rules.early.search(sentence) is not None,
        run=exact and rules.run.search(sentence) is not None,
        reference=reference(sentence, row.get("place_text")),
        near=beside(sentence, row.get("place_text")),
        targets=frozenset().union(*(targets(t, rules) for t in texts)),
        cause=frozenset().union(*(cause_words(t, rules) for t in texts)),
        stance=stance_words(sentence, rules),
        # a name capitalised only as a headline's first word ("Basra municipal staff ...") is no employer
        workforce=frozenset().union(*(workforce(t) for t in texts)) - names - place,
        caps=frozenset(key(w) for t in texts for w in WORD.findall(t) if w.isupper() and 2 <= len(w) <= 6),
        words=frozenset().union(*(pick_salient(c, own | division_words(t, rules) | armed, rules)
                                  for t, c in zip(texts, candidates, strict=True)), _toll(row)),
        names=names,
        orgs=frozenset().union(*(organisation_words(t, rules) for t in texts)),
        doc_names=document_names(*document, rules) if document is not None else frozenset(),
        parts=parts,
        divisions=frozenset().union(*(bracket_divisions(t) for t in texts)),
        spots=finer, seen=seen,
        initials=frozenset().union(*(acronyms(WORD.findall(t)) for t in texts)),
    )

