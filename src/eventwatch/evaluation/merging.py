"""How well merging finds one event per occurrence: pairwise scores over documents (`eventwatch eval merge`).

The input is JSON Lines records as `eventwatch run` reads them (`id`, `text`, `published`, `url`, `source`...) with a
`cluster` label (records telling the same occurrence share it) and, optionally, a `topic` (records of one topic
that are not of one cluster are look-alikes: two shootings in one city a week apart, two air strikes on two camps).
The records go through the whole pipeline into a temporary store, exactly as `eventwatch run` stores and merges
them; then every pair of records is scored:

- gold: the two records share a cluster; predicted: their documents share a merged event;
- precision, recall and F1 over those pairs (the measure of cross-document event coreference by pairs);
- look-alike false merges: the share of look-alike pairs (same topic, different clusters) predicted as one;
  beside it, how many of those pairs are one text (two records whose cleaned texts are identical are one document,
  which any reader, and this pipeline, must read as one report: ACLED codes one note at several places), so the
  figure's floor is printed beside it and the share of the pairs a reader can tell apart. The figure itself still
  counts them: its definition is unchanged.

A document's events are its *main* events by default (`events="main"`): those of the first sentence that reports a
current event. A news report leads with its occurrence; a later sentence recalling last week's shooting in the same
city tells another event, which the merge rightly joins to that shooting's reports, but the document is not about
it (the labels say what each document is about). `events="current"` counts every current event (not background:
not dated more than the reporting window before the report), `events="all"` background events too. Beside the
merge, the same pairs are scored for a simple key (event type, country, admin1 and day of the main events), the
baseline the merge must beat on recall without losing precision.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

from eventwatch.errors import BadRecord, EvalDataMissing
from eventwatch.evaluation.merging_causes import decision_causes, false_causes
from eventwatch.evaluation.metrics import f1
from eventwatch.settings import Settings
from eventwatch.store import Store

Pair = tuple[int, int]
EVENT_CHOICES = ("main", "current", "all")


@dataclass(frozen=True, slots=True)
class Record:
    line: int  # 1-based line of the record in its file
    id: str
    cluster: str
    topic: str | None


@dataclass(slots=True)
class PairScore:
    name: str
    predicted: int = 0
    correct: int = 0
    gold: int = 0
    lookalike_merged: int = 0
    lookalikes: int = 0
    # look-alike pairs whose two records are one text (one document): merged by every reader, the figure's floor
    lookalike_one_text: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)

    @property
    def lookalike_rate(self) -> float:
        return self.lookalike_merged / self.lookalikes if self.lookalikes else 0.0

    @property
    def told_apart_rate(self) -> float:
        """The look-alike false merge rate over the pairs of two texts (the pairs a reader can tell apart)."""
        rest = self.lookalikes - self.lookalike_one_text
        return (self.lookalike_merged - self.lookalike_one_text) / rest if rest else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "pairs_predicted": self.predicted, "pairs_correct": self.correct, "pairs_gold": self.gold,
                "lookalike_pairs": self.lookalikes, "lookalike_false_merges": self.lookalike_merged,
                "lookalike_false_merge_rate": round(self.lookalike_rate, 4),
                "lookalike_pairs_one_text": self.lookalike_one_text,
                "lookalike_false_merge_rate_two_texts": round(self.told_apart_rate, 4)}


@dataclass(slots=True)
class MergeReport:
    records: int = 0
    clusters: int = 0
    events: str = "main"
    without_events: list[str] = field(default_factory=list)
    merge: PairScore = field(default_factory=lambda: PairScore("merge"))
    key: PairScore = field(default_factory=lambda: PairScore("type+country+admin1+day key"))
    missed: list[str] = field(default_factory=list)  # gold pairs not predicted
    # missed pairs by where they were lost: extraction (a record with no counted event, or the two records' events
    # in no common country: a place misread) or the merge's decision
    missed_by: dict[str, int] = field(default_factory=dict)
    # the merge's own missed pairs by the class of the best comparison of their events (`merging_causes`)
    decisions_by: dict[str, int] = field(default_factory=dict)
    # the look-alike pairs of two texts the merge joined, by the class of the link that joined them (`merging_causes`)
    false_by: dict[str, int] = field(default_factory=dict)
    false: list[str] = field(default_factory=list)  # predicted pairs not gold
    # False for the figures and the counts by cause only, no record or pair named (`eval merge --summary`): a held-out
    # corpus is read by its summary, and a list of its missed pairs is its errors read one by one
    pairs_shown: bool = True

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "records": self.records, "clusters": self.clusters, "events": self.events,
            "records_without_events": self.without_events if self.pairs_shown else len(self.without_events),
            "merge": self.merge.as_dict(), "simple_key": self.key.as_dict(), "missed_by_cause": self.missed_by,
            "merge_decisions_by_cause": self.decisions_by, "lookalike_false_merges_by_cause": self.false_by}
        if self.pairs_shown:
            out |= {"missed_pairs": self.missed, "false_pairs": self.false}
        return out

    def format(self) -> str:
        lines = [f"records {self.records} in {self.clusters} clusters; {len(self.without_events)} with no "
                 f"{'' if self.events == 'all' else self.events + ' '}event", "",
                 f"{'':32} {'P':>6} {'R':>6} {'F1':>6}  pairs (gold {self.merge.gold})  look-alike false merges"]
        for s in (self.merge, self.key):
            lines.append(f"{s.name:32} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}  {s.correct}/{s.predicted}"
                         f"{'':12} {s.lookalike_merged}/{s.lookalikes} ({s.lookalike_rate:.1%})")
        if self.merge.lookalike_one_text:
            s = self.merge
            lines.append(f"look-alike pairs of one text (identical, merged by any reader): {s.lookalike_one_text}; "
                         f"the rest {s.lookalike_merged - s.lookalike_one_text}/{s.lookalikes - s.lookalike_one_text}"
                         f" ({s.told_apart_rate:.1%})")
        if self.missed_by:
            lines += ["", "missed pairs by cause: " + "; ".join(f"{k} {v}" for k, v in self.missed_by.items())]
        if self.decisions_by:
            lines += ["merge decisions by cause: " + "; ".join(f"{k} {v}" for k, v in self.decisions_by.items())]
        if self.false_by:
            lines += ["look-alike false merges of two texts by cause: "
                      + "; ".join(f"{k} {v}" for k, v in self.false_by.items())]
        for title, items in (("missed", self.missed), ("false", self.false)):
            if items and self.pairs_shown:
                lines += ["", f"{title} pairs ({len(items)}):", *(f"  {x}" for x in items[:40])]
        return "\n".join(lines)


def load_records(path: Path) -> list[Record]:
    """The labels of a corpus: each record's id, cluster and topic (a record without a cluster is an error)."""
    if not path.is_file():
        raise EvalDataMissing(f"no evaluation data at {path}")
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except ValueError as exc:
            raise BadRecord(f"{path}:{n}: not JSON ({exc})") from exc
        cluster = item.get("cluster") if isinstance(item, dict) else None
        if cluster is None or cluster == "":
            raise BadRecord(f"{path}:{n}: a record of a merge corpus needs a `cluster` label")
        topic = item.get("topic")
        out.append(Record(n, str(item.get("id", n)), str(cluster), None if topic is None else str(topic)))
    return out


def score(name: str, records: Sequence[Record], predicted: set[Pair], report: MergeReport | None = None,
          one_text: Collection[Pair] = ()) -> PairScore:
    """Pairwise scores of `predicted` (pairs of record indices, smaller first) against the records' clusters;
    `one_text` holds the pairs of records that are one document (counted among the look-alikes' floor)."""
    out = PairScore(name)
    for i, j in combinations(range(len(records)), 2):
        a, b = records[i], records[j]
        gold, pred = a.cluster == b.cluster, (i, j) in predicted
        out.gold += gold
        out.predicted += pred
        out.correct += gold and pred
        if not gold and a.topic is not None and a.topic == b.topic:
            out.lookalikes += 1
            out.lookalike_merged += pred
            out.lookalike_one_text += (i, j) in one_text
        if report is not None and gold != pred:
            (report.missed if gold else report.false).append(f"{a.id} ({a.cluster}) ~ {b.id} ({b.cluster})")
    return out


def _pairs(groups: Iterable[Iterable[int]]) -> set[Pair]:
    out: set[Pair] = set()
    for group in groups:
        out.update(combinations(sorted(set(group)), 2))
    return out


def _run(path: Path, settings: Settings, db: Path) -> Store:
    from eventwatch.readers import iter_documents
    from eventwatch.runner import run_into_store

    store = Store(db)
    run_into_store(iter_documents([str(path)], settings), store, settings)
    return store


def _doc_of_record(store: Store, records: Sequence[Record]) -> dict[int, str]:
    """Record index -> its document id: a stored document by its origin (`file#line`), an exact copy dropped by
    dedupe -> the document it copies."""
    line_of = {r.line: i for i, r in enumerate(records)}
    out: dict[int, str] = {}
    rows = store.query("SELECT origin, id AS doc FROM documents UNION ALL SELECT origin, duplicate_of AS doc FROM "
                       "drops WHERE duplicate_of IS NOT NULL")
    for row in rows:
        line = str(row["origin"]).rsplit("#", 1)[-1]
        if line.isdigit() and int(line) in line_of and row["doc"]:
            out[line_of[int(line)]] = str(row["doc"])
    return out


def _counted_events(store: Store, events: str) -> list[dict[str, Any]]:
    """Per-report events with their merged event and key: the current ones, each document's lead ones (`main`),
    or all."""
    rows = store.query("""
        SELECT r.doc_id, r.event_id, l.event_id AS merged, r.event_type, r.country, r.admin1,
               CAST(r.event_date AS VARCHAR) AS day, r.background,
               (SELECT v.start_char FROM evidence v WHERE v.event_id = r.event_id AND v.role = 'sentence') AS at
        FROM report_events r JOIN event_reports l ON l.report_event_id = r.event_id""")
    if events == "all":
        return rows
    if events == "current":
        return [row for row in rows if not row["background"]]
    lead: dict[str, int] = {}
    for row in rows:
        if not row["background"] and row["at"] is not None:
            lead[row["doc_id"]] = min(lead.get(row["doc_id"], row["at"]), row["at"])
    return [row for row in rows if not row["background"] and row["at"] == lead.get(row["doc_id"])]


def evaluate_merge(path: Path, settings: Settings | None = None, events: str = "main") -> MergeReport:
    """Run the corpus at `path` into a temporary store and score the merge and the simple key on it."""
    if events not in EVENT_CHOICES:
        raise ValueError(f"events must be one of {', '.join(EVENT_CHOICES)}, not {events!r}")
    records = load_records(path)
    settings = settings or Settings.load()
    report = MergeReport(records=len(records), clusters=len({r.cluster for r in records}), events=events)
    with tempfile.TemporaryDirectory() as tmp, _run(path, settings, Path(tmp) / "merge.duckdb") as store:
        doc_of = _doc_of_record(store, records)
        rows = _counted_events(store, events)
        records_of: dict[str, list[int]] = {}
        for i, doc in doc_of.items():
            records_of.setdefault(doc, []).append(i)
        by_merged: dict[str, set[int]] = {}
        by_key: dict[tuple[Any, ...], set[int]] = {}
        counted: dict[str, set[str]] = {}
        with_events: set[int] = set()
        for row in rows:
            mine = records_of.get(str(row["doc_id"]), [])
            with_events.update(mine)
            by_merged.setdefault(str(row["merged"]), set()).update(mine)
            counted.setdefault(str(row["doc_id"]), set()).add(str(row["event_id"]))
            if row["day"] is not None:
                key = (row["event_type"], row["country"], row["admin1"], row["day"])
                by_key.setdefault(key, set()).update(mine)
        for row in _mentions(store):  # a document with no event linked to one as a mention (`merge.mentions`)
            mine = records_of.get(str(row["doc_id"]), [])
            with_events.update(mine)
            by_merged.setdefault(str(row["event_id"]), set()).update(mine)
        copies = _pairs(records_of.values())  # records whose texts are one document are one report
        report.without_events = [r.id for i, r in enumerate(records) if i not in with_events]
        predicted = _pairs(by_merged.values()) | copies
        report.merge = score("merge", records, predicted, report, copies)
        joined = sorted({(doc_of[i], doc_of[j]) for i, j in predicted - copies
                         if records[i].cluster != records[j].cluster and records[i].topic is not None
                         and records[i].topic == records[j].topic})
        report.false_by = false_causes(store, joined, counted)
        lost: list[Pair] = []
        report.missed_by = missed_by_cause(records, predicted, with_events, _countries(rows, records_of), lost)
        report.decisions_by = decision_causes(store, sorted({(doc_of[i], doc_of[j]) for i, j in lost}), counted)
        report.key = score("type+country+admin1+day key", records, _pairs(by_key.values()) | copies, None, copies)
    return report


def _mentions(store: Store) -> list[dict[str, Any]]:
    """The documents with no event of their own linked to a merged event (`event_mentions`), if the store has any."""
    if "event_mentions" not in store.tables():
        return []
    return store.query("SELECT doc_id, event_id FROM event_mentions ORDER BY doc_id")


def _countries(rows: Iterable[dict[str, Any]], records_of: dict[str, list[int]]) -> dict[int, set[str]]:
    out: dict[int, set[str]] = {}
    for row in rows:
        for i in records_of.get(str(row["doc_id"]), []):
            out.setdefault(i, set()).add(str(row["country"]))
    return out


def missed_by_cause(records: Sequence[Record], predicted: set[Pair], with_events: set[int],
                    countries: dict[int, set[str]], lost: list[Pair] | None = None) -> dict[str, int]:
    """Gold pairs not predicted, by where they were lost: a record with no counted event, or events of the two
    records in no common country (extraction placed one abroad or nowhere), else the merge's decision (those
    pairs are added to `lost` when given)."""
    out = {"no event": 0, "no common country": 0, "merge decision": 0}
    for i, j in combinations(range(len(records)), 2):
        if records[i].cluster != records[j].cluster or (i, j) in predicted:
            continue
        if i not in with_events or j not in with_events:
            out["no event"] += 1
        elif not countries.get(i, set()) & countries.get(j, set()):
            out["no common country"] += 1
        else:
            out["merge decision"] += 1
            if lost is not None:
                lost.append((i, j))
    return out
