"""Merging in the store: new reports join or start events; the components they touch are clustered anew.

`merge_new` reads the new per-report events (those of the given documents not linked to an event yet), finds the
stored reports they could be the same event as (same country, days close: a query per batch, not a scan of
pairs), and re-clusters every component those links touch, from scratch: a report that splits what two others
joined is handled by clustering again, not by patching. Merged events whose fields did not change are left as
they are. `recompute` clusters everything again, one country at a time, as after a change of the rules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import pyarrow as pa

from eventwatch.merge.cluster import Cluster, cluster, compare_all
from eventwatch.merge.fields import MERGED_COLUMNS, merged_row, report_rows
from eventwatch.merge.reports import Report, to_report
from eventwatch.merge.rules import Rules, load_rules
from eventwatch.store import EVENT_REPORT_COLUMNS, Store

# Document columns a report needs, under the names `reports.to_report` reads (those a store lacks read as null).
_DOC_FIELDS: tuple[tuple[str, str], ...] = (
    ("published", "doc_published"), ("dateline_date", "doc_dateline_date"), ("source", "doc_source"),
    ("url", "doc_url"), ("reported_by", "doc_reported_by"), ("duplicate_of", "doc_duplicate_of"),
    ("origin", "doc_origin"), ("record_id", "doc_record_id"), ("outlet_id", "outlet_id"), ("outlet", "outlet"),
    ("source_scale", "doc_source_scale"), ("source_kind", "doc_source_kind"),
)
# Days a stored report's `event_date` may lie before a new report's days and still be compared: beyond the widest
# gap, a month (a month-precision report is dated by its first day and covers the month).
_MONTH = 31


@dataclass(frozen=True, slots=True)
class MergeCounts:
    reports: int = 0  # new reports merged
    events: int = 0  # merged events written (new or changed)
    removed: int = 0  # merged events that no longer exist (their reports now belong to others)


def _select(store: Store, where: str) -> str:
    docs = set(store.columns("documents"))
    fields = ", ".join(f"d.{c} AS {alias}" if c in docs else f"NULL AS {alias}" for c, alias in _DOC_FIELDS)
    return f"""
SELECT r.*, {fields},
       (SELECT v.text FROM evidence v WHERE v.event_id = r.event_id AND v.role = 'sentence') AS sentence,
       EXISTS (SELECT 1 FROM evidence v WHERE v.event_id = r.event_id AND v.role = 'date') AS date_span,
       EXISTS (SELECT 1 FROM evidence v WHERE v.event_id = r.event_id AND v.role = 'place') AS place_span
FROM report_events r LEFT JOIN documents d ON d.id = r.doc_id
{where}
ORDER BY r.event_id"""


def _reports(store: Store, where: str, params: Sequence[Any], rules: Rules) -> list[Report]:
    return [to_report(row, rules) for row in store.query(_select(store, where), params)]


def _with_ids(store: Store, name: str, ids: Iterable[str]) -> None:
    store.con.register(name, pa.table({"id": pa.array(sorted(set(ids)), pa.string())}))


def _neighbours(store: Store, new: Sequence[Report], rules: Rules) -> list[Report]:
    """Stored, already merged reports in the same country as a new report with days close to its days."""
    window = max(rules.max_gap_exact, rules.max_gap_vague)
    rows = []
    for r in new:
        lo = r.first - dt.timedelta(days=window + _MONTH) if r.first else None
        hi = r.last + dt.timedelta(days=window + rules.implicit_before) if r.last else None
        rows.append((r.country, lo, hi))
    store.con.register("merge_windows", pa.table({
        "country": pa.array([c for c, _, _ in rows], pa.string()),
        "lo": pa.array([lo for _, lo, _ in rows], pa.date32()),
        "hi": pa.array([hi for _, _, hi in rows], pa.date32()),
    }))
    try:
        where = """WHERE r.event_id IN (
            SELECT DISTINCT x.event_id FROM report_events x JOIN merge_windows w
              ON x.country IS NOT DISTINCT FROM w.country
             AND (w.lo IS NULL OR TRY_CAST(x.event_date AS DATE) IS NULL
                  OR TRY_CAST(x.event_date AS DATE) BETWEEN w.lo AND w.hi)
            WHERE x.event_id IN (SELECT report_event_id FROM event_reports))"""
        return _reports(store, where, (), rules)
    finally:
        store.con.unregister("merge_windows")


def merge_new(store: Store, doc_ids: Iterable[str] | None = None, rules: Rules | None = None) -> MergeCounts:
    """Merge the per-report events not linked to a merged event yet (of `doc_ids`, or all of them) into the
    store's events, in one transaction (or in the caller's)."""
    rules = rules or load_rules()
    with store.transaction():
        unlinked = "r.event_id NOT IN (SELECT report_event_id FROM event_reports)"
        if doc_ids is None:
            new = _reports(store, f"WHERE {unlinked}", (), rules)
        else:
            _with_ids(store, "merge_docs", doc_ids)
            try:
                new = _reports(store, f"WHERE r.doc_id IN (SELECT id FROM merge_docs) AND {unlinked}", (), rules)
            finally:
                store.con.unregister("merge_docs")
        if not new:
            return MergeCounts()
        old = _neighbours(store, new, rules)
        pairs = compare_all([*new, *old], rules)
        new_ids = {r.id for r in new}
        touched = {i for (a, b), link in pairs.items() if link.conflict is None and link.score >= rules.link
                   and (a in new_ids or b in new_ids) for i in (a, b) if i not in new_ids}
        members: list[Report] = []
        if touched:
            _with_ids(store, "merge_touched", touched)
            try:
                members = _reports(store, """WHERE r.event_id IN (SELECT report_event_id FROM event_reports
                    WHERE component IN (SELECT component FROM event_reports
                                        WHERE report_event_id IN (SELECT id FROM merge_touched)))""", (), rules)
            finally:
                store.con.unregister("merge_touched")
        affected = {r.id: r for r in [*new, *members]}
        clusters = cluster(list(affected.values()), rules)
        counts = _write(store, clusters, [r.id for r in members], rules)
        return MergeCounts(len(new), counts[0], counts[1])


def _write(store: Store, clusters: Sequence[Cluster], old_reports: Sequence[str], rules: Rules) -> tuple[int, int]:
    """Replace the merged events of `old_reports` by those of `clusters`; rows that did not change stay."""
    rows = {c.reports[0].id: merged_row(c, rules) for c in clusters}
    links = [row for c in clusters for row in report_rows(c, c.reports[0].id)]
    before: dict[str, dict[str, Any]] = {}
    if old_reports:
        _with_ids(store, "merge_old", old_reports)
        try:
            for row in store.query("SELECT * FROM events WHERE event_id IN (SELECT event_id FROM event_reports "
                                   "WHERE report_event_id IN (SELECT id FROM merge_old))"):
                before[str(row["event_id"])] = row
            store.con.execute("DELETE FROM event_reports WHERE report_event_id IN (SELECT id FROM merge_old)")
        finally:
            store.con.unregister("merge_old")
    gone = [i for i in before if i not in rows]
    changed = [i for i, row in rows.items() if i not in before or _differs(before[i], row)]
    stale = [i for i in changed if i in before]
    if gone or stale:
        _with_ids(store, "merge_gone", [*gone, *stale])
        try:
            store.con.execute("DELETE FROM events WHERE event_id IN (SELECT id FROM merge_gone)")
        finally:
            store.con.unregister("merge_gone")
    store.insert("events", MERGED_COLUMNS, [[rows[i][c] for c in MERGED_COLUMNS] for i in sorted(changed)])
    store.insert("event_reports", EVENT_REPORT_COLUMNS, links)
    store.number_events(sorted(changed))
    return len(changed), len(gone)


def _differs(stored: dict[str, Any], new: dict[str, Any]) -> bool:
    for column in MERGED_COLUMNS:
        a, b = stored.get(column), new.get(column)
        if isinstance(a, float) or isinstance(b, float):
            if a is None or b is None or abs(float(a) - float(b)) > 1e-9:
                return True
        elif (str(a) if a is not None else None) != (str(b) if b is not None else None):
            return True
    return False


def recompute(store: Store, rules: Rules | None = None) -> MergeCounts:
    """Cluster every stored report again (one country at a time: no occurrence spans two), replacing all merged
    events and links; what `eventwatch merge` runs after the rules change, and the cluster runner after loading
    per-report results."""
    rules = rules or load_rules()
    total, written, removed = 0, 0, 0
    with store.transaction():
        countries = [r["country"] for r in store.query(
            "SELECT DISTINCT country FROM report_events ORDER BY country NULLS FIRST")]
        linked = {str(r["report_event_id"]) for r in store.query("SELECT report_event_id FROM event_reports")}
        for country in countries:
            where, params = ("WHERE r.country IS NULL", ()) if country is None else ("WHERE r.country = ?", (country,))
            reports = _reports(store, where, params, rules)
            total += sum(1 for r in reports if r.id not in linked)
            done = _write(store, cluster(reports, rules), [r.id for r in reports if r.id in linked], rules)
            written, removed = written + done[0], removed + done[1]
    return MergeCounts(total, written, removed)

