"""Reports into clusters, one per occurrence: deterministic, independent of input order, and local.

Only reports of one country whose days lie within a few days of each other are compared (a sweep over the days:
near-linear, not all pairs; a dated report with no country is compared with the reports of every country; a report
of no day with those whose days meet the season, year or decade it names: `undated.py`). Pairs
scoring at least the link threshold are the graph's edges; each connected component of that graph is clustered on
its own, joining the strongest edges first (ties broken by the reports' ids) as long as no two reports of the joined
group conflict. Because the result of a component depends only on its own reports, merging new reports into a
store is done by re-clustering the components they touch, and gives the same clusters as clustering everything at
once.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass

from eventwatch.merge.disjoint import Disjoint
from eventwatch.merge.match import Link, compare
from eventwatch.merge.reports import Report
from eventwatch.merge.rules import Rules
from eventwatch.merge.undated import meets, reach


@dataclass(frozen=True, slots=True)
class Cluster:
    """The reports of one occurrence, earliest first, and the links that joined them (ids and comparison)."""

    reports: tuple[Report, ...]
    links: tuple[tuple[str, str, Link], ...]
    component: str  # the smallest report id of the component the cluster was found in


Pairs = dict[tuple[str, str], Link]


def _key(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


def candidates(reports: Iterable[Report], rules: Rules,
               focus: Collection[str] | None = None) -> Iterator[tuple[Report, Report]]:
    """The pairs worth comparing: same country, days within the widest gap any rule allows (and, with `focus`,
    one of the two among those ids). A dated report with no country (its place unknown to the gazetteer: "in
    Ashulia", "in the capital") is compared with the dated reports of every country as well as with the other
    unplaced ones: its own words, or its document's, may name the other's town (`places.place_score`); two reports of
    two countries are never compared, so no cluster joins them. A report the gazetteer placed at a namesake abroad, in
    a country its document never names, is such a report, compared with the country its document writes only."""
    blocks: dict[str | None, list[Report]] = {}
    for report in reports:
        blocks.setdefault(report.country, []).append(report)
    unplaced = [r for r in blocks.get(None, []) if r.first is not None]
    for country in sorted(blocks, key=lambda c: c or ""):
        yield from _sweep(blocks[country], rules, focus)
        if country is not None and unplaced:
            # a report placed by a namesake abroad is compared with the country it writes only (`written.py`)
            codes = {r.row.get("iso3") for r in blocks[country]}
            mine = [r for r in unplaced if r.written is None or r.written in codes]
            if mine:
                yield from _sweep(blocks[country], rules, focus, mine)


def _sweep(block: list[Report], rules: Rules, focus: Collection[str] | None,
           unplaced: Sequence[Report] = ()) -> Iterator[tuple[Report, Report]]:
    """The candidate pairs of one country's reports (a sweep over their days); with `unplaced`, only the pairs of a
    dated report of the block and one of those."""
    window = max(rules.max_gap_exact, rules.max_gap_vague)
    outside = {r.id for r in unplaced}
    dated = sorted((r for r in (*block, *unplaced) if r.first is not None), key=lambda r: (r.first, r.id))
    active: list[Report] = []
    for report in dated:
        assert report.first is not None
        active = [r for r in active if r.last is not None and (report.first - r.last).days <= window]
        mine = focus is None or report.id in focus
        for other in active:
            across = not outside or (report.id in outside) != (other.id in outside)
            if across and (mine or other.id in focus):  # type: ignore[operator]
                yield other, report
        active.append(report)
    if unplaced:
        return
    # a report of no day, with the reports whose days (or periods) meet its period (`undated.py`)
    undated = sorted((r for r in block if r.first is None), key=lambda r: r.id)
    reaches = {r.id: reach(r) for r in (*dated, *undated)} if undated else {}
    for n, report in enumerate(undated):
        period = reaches[report.id]
        for other in (*dated, *undated[:n]):
            if (focus is None or report.id in focus or other.id in focus) and meets(period, reaches[other.id]):
                yield other, report


def compare_all(reports: Iterable[Report], rules: Rules, known: Pairs | None = None,
                focus: Collection[str] | None = None) -> Pairs:
    """Every candidate pair's comparison, keyed by the two ids in order (taken from `known` when there)."""
    out: Pairs = {}
    for a, b in candidates(reports, rules, focus):
        pair = _key(a.id, b.id)
        link = known.get(pair) if known is not None else None
        out[pair] = link if link is not None else compare(a, b, rules)
    return out


def components(ids: Iterable[str], pairs: Pairs, rules: Rules) -> list[list[str]]:
    """Connected components of the graph of pairs scoring at least the link threshold, each sorted, in order."""
    sets = Disjoint(ids)
    for (a, b), link in pairs.items():
        if link.conflict is None and link.score >= rules.link:
            sets.union(a, b)
    groups: dict[str, list[str]] = {}
    for i in sets.parent:
        groups.setdefault(sets.find(i), []).append(i)
    return sorted((sorted(g) for g in groups.values()), key=lambda g: g[0])


def _joinable(left: list[str], right: list[str], pairs: Pairs) -> bool:
    """No two reports of the two groups conflict (a pair never compared lies too far apart to be one event)."""
    for a in left:
        for b in right:
            link = pairs.get(_key(a, b))
            if link is None or link.conflict is not None or link.separate:
                return False
    return True


def _linked(pairs: Pairs, rules: Rules) -> list[tuple[float, str, str]]:
    """The pairs scoring at least the link threshold, strongest first (ties by the ids)."""
    return sorted(((link.score, a, b) for (a, b), link in pairs.items()
                   if link.conflict is None and link.score >= rules.link), key=lambda e: (-e[0], e[1], e[2]))


def cluster_component(members: Sequence[Report], pairs: Pairs, rules: Rules,
                      edges: Sequence[tuple[float, str, str]] | None = None) -> list[Cluster]:
    """Greedy clustering of one component: strongest links first (`edges`, the component's links in that order,
    when the caller has them), never joining conflicting reports."""
    by_id = {r.id: r for r in members}
    ids = sorted(by_id)
    if edges is None:
        edges = [e for e in _linked(pairs, rules) if e[1] in by_id and e[2] in by_id]
    group = {i: [i] for i in ids}
    used: dict[str, list[tuple[str, str, Link]]] = {i: [] for i in ids}
    for _, a, b in edges:
        left, right = group[a], group[b]
        if left is right or not _joinable(left, right, pairs):
            continue
        joined = sorted(left + right)
        links = [*used[left[0]], *used[right[0]], (a, b, pairs[(a, b)])]
        for i in joined:
            group[i] = joined
        used[joined[0]] = links
    component = ids[0]
    seen: set[str] = set()
    out = []
    for i in ids:
        g = group[i]
        if g[0] in seen:
            continue
        seen.add(g[0])
        reports = tuple(sorted((by_id[x] for x in g), key=lambda r: r.sort_key))
        out.append(Cluster(reports, tuple(sorted(used[g[0]], key=lambda t: (t[0], t[1]))), component))
    return out


def cluster(reports: Sequence[Report], rules: Rules, pairs: Pairs | None = None) -> list[Cluster]:
    """All reports into clusters (every report in exactly one), ordered by their founder's id."""
    by_id = {r.id: r for r in reports}
    pairs = compare_all(by_id.values(), rules) if pairs is None else pairs
    groups = components(by_id, pairs, rules)
    where = {i: n for n, ids in enumerate(groups) for i in ids}
    edges: list[list[tuple[float, str, str]]] = [[] for _ in groups]
    for edge in _linked(pairs, rules):
        if edge[1] in where:
            edges[where[edge[1]]].append(edge)
    out: list[Cluster] = []
    for n, ids in enumerate(groups):
        out.extend(cluster_component([by_id[i] for i in ids], pairs, rules, edges[n]))
    return sorted(out, key=lambda c: c.reports[0].id)
