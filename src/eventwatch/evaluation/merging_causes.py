"""Why the merge kept two reports of one occurrence apart, counted by cause (`eventwatch eval merge`).

A corpus part that is never tuned on may only be read as counts: a missed pair is never printed from it one by one
when its causes are what a developer looks at. So the pairs the merge itself lost (both records have events in a
common country) are put into a few classes by the best comparison of their main events: a conflict (days named
apart, towns far apart, a town outside the other's province, parts of a town named apart, two armed groups, types
of no common family), a score under the link threshold (demonstrations sharing nothing, one of two places of a
sentence, a day apart or vague days overlapping with no name shared, a coarse or unnamed place, related types), or
a link the clustering did not take (a third report conflicting with one side).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from eventwatch.merge.load import events_of, report_rows
from eventwatch.merge.match import Link, compare
from eventwatch.merge.reports import Report, to_report
from eventwatch.merge.rules import Rules, load_rules
from eventwatch.store import Store

# (words a conflict's reason contains, its class), first match wins
_CONFLICTS: tuple[tuple[str, str], ...] = (
    ("named apart", "parts of a town named apart"), ("km apart", "towns far apart"),
    ("is not in", "a town outside the other's province"), ("different provinces", "two provinces"),
    ("districts ", "two districts"),
    ("days apart", "days named apart"), ("armed groups", "two armed groups"), ("event types", "types of no family"),
    ("one report", "one report's events"), ("countries", "two countries"),
)


def conflict_class(reason: str) -> str:
    return next((name for words, name in _CONFLICTS if words in reason), "other conflict")


def low_class(link: Link, rules: Rules) -> str:
    """The class of a score under the threshold, by the first thing its reasons say fell short."""
    why = " | ".join(link.why)
    if "one demonstration" in why:
        return "demonstrations, nothing shared"
    if "named apart" in why:
        return "spots named apart"
    if "two places of its sentence" in why:
        return "one of two places of a sentence"
    if "day apart" in why or "days apart" in why:
        return "a day apart, no name shared"
    if "days overlap" in why or "undated" in why:
        return "vague days, no name shared"
    if "same place" not in why and " km apart" not in why:
        return "coarse or unnamed place"
    if "same type" not in why:
        return "related types"
    return "other low score"


def _reports(store: Store, doc_ids: Iterable[str], event_ids: set[str], rules: Rules) -> dict[str, list[Report]]:
    docs = sorted(set(doc_ids))
    if not docs:
        return {}
    rows = report_rows(store, events_of(store, docs))
    out: dict[str, list[Report]] = {}
    for row in rows:
        if str(row["event_id"]) in event_ids:
            out.setdefault(str(row["doc_id"]), []).append(to_report(row, rules))
    return out


def decision_causes(store: Store, pairs: Iterable[tuple[str, str]], counted: Mapping[str, set[str]],
                    rules: Rules | None = None) -> dict[str, int]:
    """Counts by cause of document pairs the merge kept apart; `counted` gives each document's counted events."""
    rules = rules or load_rules()
    pairs = list(pairs)
    docs = {d for pair in pairs for d in pair}
    wanted = {e for d in docs for e in counted.get(d, set())}
    reports = _reports(store, docs, wanted, rules)
    out: Counter[str] = Counter()
    for a, b in pairs:
        links = [compare(x, y, rules) for x in reports.get(a, []) for y in reports.get(b, [])
                 if x.country == y.country]
        if not links:
            out["two countries"] += 1
            continue
        best = max(links, key=lambda link: (link.conflict is None, link.score))
        if best.conflict is not None:
            out[conflict_class(best.conflict)] += 1
        elif best.score >= rules.link:
            out["linked, kept apart in its cluster"] += 1
        else:
            out[low_class(best, rules)] += 1
    return dict(sorted(out.items(), key=lambda kv: (-kv[1], kv[0])))


def linked_class(link: Link) -> str:
    """The class of a link at or over the threshold, by what joined it: a distinctive name both give, the town both
    are placed at (or two towns near each other), or a coarser place (a town and its province, two reports of one
    province)."""
    if link.named:
        return "a name shared"
    why = " | ".join(link.why)
    if "same place" in why or " km apart" in why:
        return "type, town and day, no name shared"
    return "type, coarse place and day, no name shared"


def false_causes(store: Store, pairs: Iterable[tuple[str, str]], counted: Mapping[str, set[str]],
                 rules: Rules | None = None) -> dict[str, int]:
    """Counts by cause of document pairs the merge joined though they tell two events (look-alikes): by the class of
    the best link of their counted events (`linked_class`), or "through a third report" when no link of theirs
    reaches the threshold (the clustering chained them). Counts only: a part never tuned on is read so, as the
    missed pairs' causes are."""
    rules = rules or load_rules()
    pairs = list(pairs)
    docs = {d for pair in pairs for d in pair}
    reports = _reports(store, docs, {e for d in docs for e in counted.get(d, set())}, rules)
    out: Counter[str] = Counter()
    for a, b in pairs:
        links = [link for x in reports.get(a, []) for y in reports.get(b, []) if x.country == y.country
                 for link in (compare(x, y, rules),) if link.conflict is None and link.score >= rules.link]
        if not links:
            out["through a third report"] += 1
            continue
        out[linked_class(max(links, key=lambda link: (link.named, link.score)))] += 1
    return dict(sorted(out.items(), key=lambda kv: (-kv[1], kv[0])))
