"""Merging in the store: new reports join or start events; the components they touch are clustered anew.

`merge_new` reads the new per-report events (those of the given documents not linked to an event yet), finds the
stored reports they could be the same event as (same country, days close: a query per batch, not a scan of
pairs), and re-clusters every component those links touch, from scratch: a report that splits what two others
joined is handled by clustering again, not by patching. Merged events whose fields did not change are left as
they are. `recompute` clusters everything again, one country at a time, as after a change of the rules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import pyarrow as pa

from eventwatch.merge.cluster import Cluster, Pairs, cluster
from eventwatch.merge.disjoint import Disjoint
from eventwatch.merge.fields import MERGED_COLUMNS, merged_row, report_rows
from eventwatch.merge.load import Loader, events_of, id_column, loader
from eventwatch.merge.load import _Registered as _ids
from eventwatch.merge.mentions import refresh
from eventwatch.merge.report_days import as_date
from eventwatch.merge.reports import Report
from eventwatch.merge.rules import Rules, load_rules
from eventwatch.merge.undated import meets, period_of, reach
from eventwatch.merge.written import written_abroad
from eventwatch.store import EVENT_REPORT_COLUMNS, Store
from eventwatch.store.schema import NEAR_DAYS

# Days a report dated by a month (its first day) covers after its `event_date` (`report_days.days` has the exact rule;
# a stored report's window is widened by as much to find it by its `event_date`, with a week for a week).
_MONTH = 31


@dataclass(frozen=True, slots=True)
class MergeCounts:
    reports: int = 0  # new reports merged
    events: int = 0  # merged events written (new or changed)
    removed: int = 0  # merged events that no longer exist (their reports now belong to others)


def _near(store: Store, new: Sequence[Report], rules: Rules, load: Loader, skip: Collection[str] = ()) -> list[str]:
    """The ids of the stored reports in the same country as one of `new` with days close to its days (of any country,
    for a dated report with no country, and those with no country for a placed one, or that the merge read as
    placed at a namesake abroad: their `event_reports` row has no place): a query for the batch, not a
    scan of pairs. Days are widened as `cluster.candidates` needs (a superset: the sweep compares the pairs).
    The rows are first found by their keys (`schema.NEAR_KEY`, through its index: what a batch costs does not grow
    with the store), then filtered as they always were; of a new report of no day, only those of a type that can be
    one event with its own (`_candidates`). The ids of `skip` are left out (each id is kept or not on its own row
    alone): the batch's new reports, whose rows the look-ups would otherwise read again and which no caller keeps."""
    window = dt.timedelta(days=max(rules.max_gap_exact, rules.max_gap_vague))
    rows = [(r.country, r.first - window if r.first else None, r.last + window if r.last else None) for r in new]
    found = [i for i in _candidates(store, new, rows, rules, load) if i not in skip]
    if not found:
        return []
    store.con.register("merge_windows", pa.table({
        "country": pa.array([c for c, _, _ in rows], pa.string()),
        "lo": pa.array([lo for _, lo, _ in rows], pa.date32()),
        "hi": pa.array([hi for _, _, hi in rows], pa.date32()),
    }))
    try:
        return [str(r[0]) for r in store.con.execute(f"""
            WITH abroad AS (SELECT e.report_event_id AS id FROM event_reports e
                            WHERE list_contains($1, e.report_event_id) AND e.location IS NULL),
            x AS (SELECT * FROM report_events WHERE list_contains($1, event_id))
            SELECT DISTINCT x.event_id FROM x JOIN merge_windows w
              ON (x.country IS NOT DISTINCT FROM w.country
                  OR ((x.country IS NULL OR w.country IS NULL OR x.event_id IN (SELECT id FROM abroad))
                      AND w.lo IS NOT NULL
                      AND TRY_CAST(x.event_date AS DATE) IS NOT NULL))
             AND (w.lo IS NULL OR TRY_CAST(x.event_date AS DATE) IS NULL
                  OR (TRY_CAST(x.event_date AS DATE) - {rules.implicit_before} <= w.hi
                      AND TRY_CAST(x.event_date AS DATE) + (CASE x.time_precision WHEN 3 THEN {_MONTH}
                                                                 WHEN 2 THEN 6 ELSE 0 END) >= w.lo))
            ORDER BY x.event_id""", [_reached(store, found, new)]).fetchall()]
    finally:
        store.con.unregister("merge_windows")


def _candidates(store: Store, new: Sequence[Report], windows: Sequence[tuple[str | None, dt.date | None,
                                                                            dt.date | None]],
                rules: Rules, load: Loader) -> list[str]:
    """What `_near` finds for the windows (country, first day, last day) of the reports `new`, and more: the rows of
    the keys of the spans a stored day may lie on to meet a window (from a month before its first day, the most a
    report dated by its month reaches forward, to `implicit_before` days after its last), through the index on the
    keys. For a report of no day, every row of its country (it is compared with all of them, `cluster.candidates`)
    of a type that can be one event with its own (`Rules.type_score`): of two unrelated types the comparison is a
    conflict, and a stored report that is nothing to any new one changes nothing of the merge (only the reports a
    new one joins are clustered again), whereas a scan of a country's reports grows with the store."""
    keys: set[str] = set()
    undated: dict[str | None, set[tuple[str, str]]] = {}
    for report, (country, lo, hi) in zip(new, windows, strict=True):
        if lo is None:
            period = reach(report)
            if period is None:  # no period named: every report of its country
                undated.setdefault(country, set()).add(report.kind)
                continue
            # the stored days meeting its period (a stored day's range starts up to `_back` days before it), and
            # the country's reports of no day
            first = (period[0] - dt.timedelta(days=_MONTH)).toordinal() // NEAR_DAYS
            last = (period[1] + dt.timedelta(days=_back(rules))).toordinal() // NEAR_DAYS
            keys.update([f"{country}|{s}" for s in range(first, last + 1)] + [f"{country}|-"] if country is not None
                        else [f"*|{s}" for s in range(first, last + 1)] + ["|-"])
            continue
        first = (lo - dt.timedelta(days=_MONTH)).toordinal() // NEAR_DAYS
        last = ((hi or lo) + dt.timedelta(days=rules.implicit_before)).toordinal() // NEAR_DAYS
        spans = [str(s) for s in range(first, last + 1)]
        # of no country, or read as placed abroad; of its own country, or with no day
        keys.update(f"*|{s}" for s in spans)
        if country is not None:
            keys.update([f"{country}|{s}" for s in spans] + [f"{country}|-"])
        else:  # any country's dated rows, and those of no country with no day
            keys.update(f"{c}|{s}" for c in load.countries() for s in spans)
            keys.add("|-")
    found = set(id_column(store, "SELECT event_id FROM merge_keys WHERE list_contains(?, key)", sorted(keys)))
    for country, kinds in sorted(undated.items(), key=lambda c: c[0] or ""):  # a scan: the country's rows
        found.update(str(i) for i, t, sub in store.con.execute(
            "SELECT event_id, event_type, sub_event_type FROM report_events WHERE country IS NOT DISTINCT FROM ?",
            [country]).fetchall()
            if any(rules.type_score(k, (str(t), str(sub))) is not None for k in kinds))
    return sorted(found)


def _back(rules: Rules) -> int:
    """The most days a stored report's range starts before its `event_date` (`report_days.days`: a day its report's own
    date gave, a day told, a toll revision's weekday of the week before)."""
    return max(rules.implicit_before, rules.told_before, 7)


def _reached(store: Store, found: list[str], new: Sequence[Report]) -> list[str]:
    """`found` less the stored reports of no day whose period meets no new report's days or period (`undated.py`):
    they are not compared with any, so they are not read; those of a period are a few, but a country's grow with
    the store."""
    # the rows of `found` first, through report_events' key (MATERIALIZED: with the day's condition folded into the
    # scan's filter DuckDB read every row of the table, a batch's cost growing with the store)
    rows = store.con.execute("WITH r AS MATERIALIZED (SELECT event_id, country, date_value, doc_id, event_date FROM "
                             "report_events WHERE list_contains(?, event_id)) SELECT event_id, country, date_value, "
                             "doc_id FROM r WHERE event_date IS NULL", [found]).fetchall()
    if not rows:
        return found
    docs = {str(i): as_date(p) or as_date(d) for i, p, d in store.con.execute(
        "SELECT id, published, dateline_date FROM documents WHERE list_contains(?, id)",
        [sorted({str(r[3]) for r in rows})]).fetchall()}
    reaches = [(r.country, reach(r)) for r in new]
    far: set[str] = set()
    for event_id, country, value, doc in rows:
        period = period_of(value, docs.get(str(doc)))
        if not any((c is None or country is None or c == country) and meets(period, p) for c, p in reaches):
            far.add(str(event_id))
    return [i for i in found if i not in far]


def _neighbours(store: Store, new: Sequence[Report], rules: Rules, load: Loader) -> list[Report]:
    """Stored, already merged reports that `cluster.candidates` may compare with a new report (`_near`). The new
    reports themselves are not looked up: they are not linked yet, so the look-up in `event_reports` dropped them."""
    near = _near(store, new, rules, load, skip={r.id for r in new})
    # those already merged, looked up through the index of `event_reports` (not a hash of all its rows)
    return load.load_ids(id_column(store, "SELECT report_event_id FROM event_reports WHERE list_contains(?, "
                                          "report_event_id) ORDER BY report_event_id", near))


def merge_new(store: Store, doc_ids: Iterable[str] | None = None, rules: Rules | None = None) -> MergeCounts:
    """Merge the per-report events not linked to a merged event yet (of `doc_ids`, or all of them) into the
    store's events, in one transaction (or in the caller's)."""
    rules = rules or load_rules()
    load = loader(store, rules)
    with store.transaction():
        batch = sorted(set(doc_ids)) if doc_ids is not None else []
        if doc_ids is None:
            new = load.load("WHERE r.event_id NOT IN (SELECT report_event_id FROM event_reports)")
        else:  # the batch's reports, through the indexes: not a scan of the store's tables
            ids = events_of(store, batch)
            linked = set(id_column(store, "SELECT report_event_id FROM event_reports WHERE list_contains(?, "
                                       "report_event_id)", ids))
            new = load.load_ids([i for i in ids if i not in linked])
        if not new:
            if batch:  # the batch's documents with no event may mention an event already stored
                refresh(store, load, batch)
            return MergeCounts()
        new_ids = {r.id for r in new}
        load.add_countries(new)
        pairs = load.compare([*new, *_neighbours(store, new, rules, load)], focus=new_ids)
        touched = {i for (a, b), link in pairs.items() if link.conflict is None and link.score >= rules.link
                   and (a in new_ids or b in new_ids) for i in (a, b) if i not in new_ids}
        members: list[Report] = []
        if touched:  # every report of their components (through the index on `event_reports.component`)
            components = id_column(store, "SELECT DISTINCT component FROM event_reports WHERE list_contains(?, "
                                       "report_event_id) ORDER BY component", sorted(touched))
            members = load.load_ids(id_column(store, "SELECT report_event_id FROM event_reports WHERE "
                                                  "list_contains(?, component) ORDER BY report_event_id", components))
        affected = list({r.id: r for r in [*new, *members]}.values())
        clusters = cluster(affected, rules, load.compare(affected))
        counts = _write(store, clusters, [r.id for r in members], rules)
        # the documents with no event of the batch, and those whose days the changed events lie on, are linked anew
        lo, hi = _days(affected)
        refresh(store, load, batch, lo, hi + dt.timedelta(days=rules.implicit_before) if hi else None)
        return MergeCounts(len(new), counts[0], counts[1])


def _days(reports: Sequence[Report]) -> tuple[dt.date | None, dt.date | None]:
    """The first and last day the merged events of these reports may be dated to (each report's range and its
    own stored day)."""
    days = [d for r in reports for d in (r.first, r.last, as_date(r.row.get("event_date"))) if d is not None]
    return (min(days), max(days)) if days else (None, None)


def _write(store: Store, clusters: Sequence[Cluster], old_reports: Sequence[str], rules: Rules) -> tuple[int, int]:
    """Replace the merged events of `old_reports` by those of `clusters`; rows that did not change stay."""
    rows = {c.reports[0].id: merged_row(c, rules) for c in clusters}
    links = {str(row[1]): dict(zip(EVENT_REPORT_COLUMNS, row, strict=True))
             for c in clusters for row in report_rows(c, c.reports[0].id)}
    before: dict[str, dict[str, Any]] = {}
    linked: dict[str, dict[str, Any]] = {}
    if old_reports:
        with _ids(store, "merge_old", old_reports):
            for row in store.query("SELECT * FROM events WHERE event_id IN (SELECT event_id FROM event_reports "
                                   "WHERE report_event_id IN (SELECT id FROM merge_old))"):
                before[str(row["event_id"])] = row
            for row in store.query("SELECT * FROM event_reports WHERE report_event_id IN (SELECT id FROM merge_old)"):
                linked[str(row["report_event_id"])] = row
    gone = [i for i in before if i not in rows]
    changed = [i for i, row in rows.items() if i not in before or _differs(before[i], row, MERGED_COLUMNS)]
    relinked = [i for i, row in links.items() if i not in linked or _differs(linked[i], row, EVENT_REPORT_COLUMNS)]
    _delete(store, "events", "event_id", [*gone, *(i for i in changed if i in before)])
    _delete(store, "event_reports", "report_event_id", [i for i in relinked if i in linked])
    store.insert("events", MERGED_COLUMNS, [[rows[i][c] for c in MERGED_COLUMNS] for i in sorted(changed)],
                 ignore=False)
    store.insert("event_reports", EVENT_REPORT_COLUMNS,
                 [[links[i][c] for c in EVENT_REPORT_COLUMNS] for i in sorted(relinked)], ignore=False)
    # a report linked with no place is compared with every country's reports: found by its key of no country
    store.near_keys([i for i in relinked if links[i]["location"] is None], anywhere=True)
    store.number_events(sorted(changed))
    return len(changed), len(gone)


def _delete(store: Store, table: str, column: str, ids: Sequence[str]) -> None:
    if ids:
        with _ids(store, "merge_gone", ids):
            store.con.execute(f"DELETE FROM {table} WHERE {column} IN (SELECT id FROM merge_gone)")


def _differs(stored: dict[str, Any], new: dict[str, Any], columns: Sequence[str]) -> bool:
    """Whether a stored row and a new one differ in any of `columns` (values compared as the store gives them)."""
    for column in columns:
        a, b = stored.get(column), new.get(column)
        if isinstance(a, float) or isinstance(b, float):
            if a is None or b is None or abs(float(a) - float(b)) > 1e-9:
                return True
        elif (str(a) if a is not None else None) != (str(b) if b is not None else None):
            return True
    return False


def recompute(store: Store, rules: Rules | None = None) -> MergeCounts:
    """Cluster every stored report again, replacing all merged events and links; what `eventwatch merge` runs after
    the rules change, and the cluster runner after loading per-report results. One country at a time (no occurrence
    spans two), with the reports of no country that link to its reports (`_unplaced_groups`): a country's pass
    holds every report its clusters can have."""
    rules = rules or load_rules()
    total, written, removed = 0, 0, 0
    with store.transaction():
        countries = [str(r["country"]) for r in store.query(
            "SELECT DISTINCT country FROM report_events WHERE country IS NOT NULL ORDER BY country")]
        linked = {str(r["report_event_id"]) for r in store.query("SELECT report_event_id FROM event_reports")}
        load = loader(store, rules)
        # with the reports the gazetteer placed at a namesake abroad, which are read as of no place (`written.py`)
        unplaced = load.load("WHERE r.country IS NULL") + load.load_ids(_abroad(store))
        for group, extra in _unplaced_groups(countries, unplaced, load):
            reports: list[Report] = list(extra)
            for country in group:
                reports += [r for r in load.load("WHERE r.country = ?", (country,)) if r.country is not None]
            total += sum(1 for r in reports if r.id not in linked)
            clusters = cluster(reports, rules, load.compare(reports))
            done = _write(store, clusters, [r.id for r in reports if r.id in linked], rules)
            written, removed = written + done[0], removed + done[1]
        refresh(store, load, every=True)  # every document with no event, against the events as they now are
    return MergeCounts(total, written, removed)


def _abroad(store: Store) -> list[str]:
    """The ids of the placed reports whose document writes another country than their place's and never names
    theirs (`written.written_abroad`), each document's text read once."""
    out: list[str] = []
    cursor = store.con.execute("""
        SELECT r.doc_id, list(r.event_id ORDER BY r.event_id), list(r.iso3 ORDER BY r.event_id),
               list(r.location ORDER BY r.event_id), list(r.admin1 ORDER BY r.event_id),
               any_value(d.title), any_value(d.text)
        FROM report_events r JOIN documents d ON d.id = r.doc_id
        WHERE r.country IS NOT NULL GROUP BY r.doc_id ORDER BY r.doc_id""")
    while batch := cursor.fetchmany(500):
        for _, ids, codes, places, provinces, title, text in batch:
            for event_id, iso3, location, admin1 in zip(ids, codes, places, provinces, strict=True):
                if written_abroad({"iso3": iso3, "location": location, "admin1": admin1, "doc_title": title,
                                   "doc_text": text}):
                    out.append(str(event_id))
    return out


def _unplaced_groups(countries: Sequence[str], unplaced: Sequence[Report],
                     load: Loader) -> list[tuple[list[str], list[Report]]]:
    """The passes of `recompute`: each country with the reports of no country linked to its reports (directly or
    through another such report), countries that such a report links to two of taken together (the clustering keeps
    their reports apart), and last the reports of no country linked to none."""
    rules = load.rules
    # countries ("c:") and unplaced reports ("u:") in one union-find: a set holding a country has its "c:" root
    sets = Disjoint([*(f"c:{c}" for c in countries), *(f"u:{r.id}" for r in unplaced)])

    def joins(pairs: Pairs) -> list[tuple[str, str]]:
        return [(a, b) for (a, b), link in pairs.items() if link.conflict is None and link.score >= rules.link]

    for a, b in joins(load.compare(unplaced)):
        sets.union(f"u:{a}", f"u:{b}")
    if unplaced:
        # only the placed reports a dated unplaced one can be compared with (days close, any country), one query
        # for them all: each country's reports are read once, by its own pass, not here as well
        ids = {r.id for r in unplaced}
        placed = [r for r in load.load_ids([i for i in _near(load.store, unplaced, rules, load) if i not in ids])
                  if r.country is not None]
        country_of = {r.id: str(r.country) for r in placed}
        for a, b in joins(load.compare([*placed, *unplaced], focus=ids)):
            if (a in ids) != (b in ids):
                sets.union(f"c:{country_of[b if a in ids else a]}", f"u:{a if a in ids else b}")
    groups: dict[str, tuple[list[str], list[Report]]] = {}
    for country in countries:
        groups.setdefault(sets.find(f"c:{country}"), ([], []))[0].append(country)
    alone: list[Report] = []
    for r in unplaced:
        root = sets.find(f"u:{r.id}")
        (groups[root][1] if root in groups else alone).append(r)
    out = sorted(groups.values(), key=lambda g: g[0][0])
    return [*out, ([], alone)] if alone else out
