"""Reports extraction found no event in, linked to an event other reports told: mentions, never events of their own.

A report may tell an occurrence in words the coder does not read as an event: "Northern Railway cancelled 14 trains
after members of the Kisan Mazdoor Sangharsh Committee squatted on the tracks near Amritsar on Monday" (the trains,
not the sit-in), "Three more victims of the bombing in the vegetable market of Bannu died overnight". It has no
per-report event, so it cannot be merged as one; but it is one more report of the event, and a reader counting who
told it should see it. Such a document is linked to a merged event in `event_mentions` (one row per document: the
event, the document's own provenance, the sentence that names the event's place and why it was linked) when its
text names, all at once:

- the event's town, or a spot a report of it wrote ("Alausa", the secretariat of a protest placed at Ikeja), as a
  whole name: a merged event placed only at its province or country is never mentioned (too many events share it);
- a day the event lies on, or one up to `told_before` days after it ("died overnight ..., police said on
  Tuesday", Monday's bombing), read by `eventwatch.dates` against the document's own date, within the
  `implicit_before` days before it;
- a word of the event's kind (`[mentions.kinds]`: a sit-in is "squatted", a bombing "bomb" or "blast");
- at least `min_words` words shared with the event's reports (their sentences and headlines) beyond the places.

When two events of the town and days fit, the document joins the one it shares the most words with, and only by
`margin` words more: two look-alikes stay unlinked rather than guessed. Nothing of the event changes (its type,
day, place, toll, `n_reports` and `n_sources` stay those of its reports): a mention corroborates, it is not coded.

The link of a document depends only on its text and the merged events of its days, so it is recomputed for every
document whose days a merge changed (`refresh`): the same in any order of arrival, and after `recompute`.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from eventwatch.dates import find_dates
from eventwatch.geo.normalize import key
from eventwatch.merge.load import Loader, id_column
from eventwatch.merge.report_days import as_date
from eventwatch.store import Store, days

MENTION_COLUMNS: tuple[str, ...] = ("doc_id", "event_id", "record_id", "outlet", "url", "published", "evidence",
                                    "why")
_DDL = """CREATE TABLE IF NOT EXISTS event_mentions (
    doc_id VARCHAR PRIMARY KEY, event_id VARCHAR, record_id VARCHAR, outlet VARCHAR, url VARCHAR,
    published VARCHAR, evidence VARCHAR, why VARCHAR)"""


@dataclass(frozen=True, slots=True)
class MentionRules:
    min_words: int
    margin: int
    min_length: int
    stop: frozenset[str]
    kinds: dict[str, re.Pattern[str]]  # event type -> its words' stems


@lru_cache(maxsize=1)
def mention_rules() -> MentionRules:
    """The `[mentions]` table of `data/merge/rules.toml`."""
    text = resources.files("eventwatch.data").joinpath("merge").joinpath("rules.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)["mentions"]
    kinds = {str(t): re.compile(r"\b(?:" + "|".join(re.escape(str(s)).replace(r"\ ", r"\s+") for s in stems) + ")",
                                re.IGNORECASE) for t, stems in data["kinds"].items()}
    return MentionRules(int(data["min_words"]), int(data["margin"]), int(data["min_length"]),
                        frozenset(str(w) for w in data["stop"]), kinds)


@dataclass(frozen=True, slots=True)
class _Event:
    event_id: str
    day: dt.date
    kind: str
    town: str  # key of the place it is placed at
    places: frozenset[str]  # keys of that town and of the spots its reports wrote
    divisions: frozenset[str]  # words of its district and province, places too though no town
    words: frozenset[str]  # content words of its reports' sentences and headlines
    docs: frozenset[str]  # the documents of its reports


@dataclass(frozen=True, slots=True)
class _Doc:
    doc_id: str
    published: dt.date
    text: str
    keyed: str  # the text's key, a space either side, to find a name written whole
    words: frozenset[str]
    row: dict[str, Any]


def ensure_table(store: Store) -> None:
    store.con.execute(_DDL)


def content_words(text: str, rules: MentionRules) -> frozenset[str]:
    """The words of a text that can say which event it tells: `min_length` letters or more, no stop word."""
    return frozenset(w for w in (key(x) for x in re.findall(r"[^\W\d_]+", text))
                     if len(w) >= rules.min_length and w not in rules.stop)


def _documents(store: Store, doc_ids: Sequence[str], lo: dt.date | None, hi: dt.date | None) -> list[dict[str, Any]]:
    """The stored documents with no per-report event: those of `doc_ids`, and (with `lo` and `hi`) those published
    from `lo` to `hi`, found through the key of documents stored with no event (`store/days.py`), not a scan of
    `documents`; each is kept only if it still has no event (through the index on `report_events.doc_id`)."""
    ids = sorted({*doc_ids, *(days.between(store.con, lo, hi) if lo is not None and hi is not None else ())})
    coded = set(id_column(store, "SELECT DISTINCT doc_id FROM report_events WHERE list_contains(?, doc_id)", ids))
    ids = [i for i in ids if i not in coded]
    if not ids:
        return []
    columns = store.columns("documents")
    extra = ", ".join(f"d.{c}" if c in columns else f"NULL AS {c}" for c in ("record_id", "outlet"))
    return store.query(f"""
        SELECT d.id, d.published, d.title, d.text, d.url, d.source, {extra} FROM documents d
        WHERE list_contains(?, d.id) ORDER BY d.id""", [ids])


def _events(store: Store, load: Loader, lo: dt.date, hi: dt.date, rules: MentionRules) -> list[_Event]:
    """The merged events placed at a town (precision 1 or 2) and dated to a day from `lo` to `hi`, with the places
    and words of their reports."""
    rows = store.query("""
        SELECT e.event_id, CAST(e.event_date AS VARCHAR) AS day, e.event_type, e.location,
               concat_ws(' ', any_value(e.admin1), any_value(e.admin2), any_value(e.country)) AS divisions,
               list(l.report_event_id ORDER BY l.report_event_id) AS reports,
               list(coalesce(l.evidence, '') ORDER BY l.report_event_id) AS sentences,
               list(coalesce(d.title, '') ORDER BY l.report_event_id) AS titles,
               list(l.doc_id ORDER BY l.report_event_id) AS docs
        FROM events e JOIN event_reports l ON l.event_id = e.event_id LEFT JOIN documents d ON d.id = l.doc_id
        WHERE e.geo_precision IN (1, 2) AND coalesce(e.time_precision, 1) = 1 AND e.location IS NOT NULL
          AND CAST(e.event_date AS DATE) BETWEEN CAST(? AS DATE) AND CAST(? AS DATE)
        GROUP BY e.event_id, e.event_date, e.event_type, e.location ORDER BY e.event_id""", [lo, hi])
    out = []
    for row in rows:
        day = as_date(row["day"])
        if day is None or row["event_type"] not in rules.kinds:
            continue
        places = {key(str(row["location"]))}
        for report in load.load_ids([str(i) for i in row["reports"]]):
            places |= set(report.spots) | set(report.seen)
            if report.town and report.location:
                places.add(key(report.location))
        words = content_words(" ".join([*row["sentences"], *row["titles"]]), rules)
        out.append(_Event(str(row["event_id"]), day, str(row["event_type"]), key(str(row["location"])),
                          frozenset(p for p in places if len(p) >= rules.min_length),
                          frozenset(key(str(row["divisions"] or "")).split()), words,
                          frozenset(str(d) for d in row["docs"])))
    return out


def _days(doc: _Doc) -> list[dt.date]:
    """The days a document names (a day's granularity), read against its own date."""
    return sorted({r.first for r in find_dates(doc.text, doc.published)
                   if r.granularity == "day" and r.first is not None and r.first == r.last})


def mention_of(doc: _Doc, events: Iterable[_Event], rules: MentionRules, implicit_before: int,
               told_before: int) -> tuple[_Event, str] | None:
    """The event a document with no event of its own mentions, and why; None when none fits or two fit alike. Of
    two events one report's sentence was read as, at two places ("sat on the tracks at Devidaspura near Amritsar
    ..., halting trains to Delhi"), the one whose town the document names is the rival of none: they are one
    report's reading, not two look-alikes."""
    fitting: list[tuple[int, bool, str, _Event, str]] = []
    days: list[dt.date] | None = None
    for event in events:
        if not dt.timedelta(0) <= doc.published - event.day <= dt.timedelta(days=implicit_before):
            continue
        places = sorted(p for p in event.places if f" {p} " in doc.keyed)
        if not places or not rules.kinds[event.kind].search(doc.text):
            continue
        days = _days(doc) if days is None else days
        if not any(dt.timedelta(0) <= d - event.day <= dt.timedelta(days=told_before) for d in days):
            continue
        names = {w for p in event.places for w in p.split()} | event.divisions
        shared = sorted((doc.words & event.words) - names)
        own = f" {event.town} " in doc.keyed
        fitting.append((len(shared), own, event.event_id, event,
                        f"names {places[0]} and its day; shares {', '.join(shared[:5])}"))
    if not fitting:
        return None
    fitting.sort(key=lambda f: (-f[0], not f[1], f[2]))
    best = fitting[0]
    rivals = [f for f in fitting[1:] if not (best[1] and not f[1] and best[3].docs & f[3].docs)]
    if best[0] < rules.min_words or (rivals and best[0] < rivals[0][0] + rules.margin):
        return None
    return best[3], best[4]


def _evidence(doc: _Doc, event: _Event) -> str | None:
    """The first sentence of the document naming the event's place."""
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", doc.text):
        if any(f" {p} " in f" {key(sentence)} " for p in event.places):
            return sentence.strip()
    return None


def refresh(store: Store, load: Loader, doc_ids: Sequence[str] = (), lo: dt.date | None = None,
            hi: dt.date | None = None, every: bool = False) -> int:
    """Link anew the documents with no event of `doc_ids`, those published from `lo` to `hi` (the days a merge
    changed events on, widened by `implicit_before`), or with `every` all of them; returns the links written."""
    ensure_table(store)
    rules, merge_rules = mention_rules(), load.rules
    if every:
        store.con.execute("DELETE FROM event_mentions")
        rows = store.query("SELECT d.id FROM documents d WHERE NOT EXISTS (SELECT 1 FROM report_events r "
                           "WHERE r.doc_id = d.id) ORDER BY d.id")
        doc_ids, lo, hi = [str(r["id"]) for r in rows], None, None
    found = _documents(store, doc_ids, lo, hi)
    # documents of these ids that now have events (coded again) lose their mention too
    stale = sorted({*doc_ids, *(str(r["id"]) for r in found)})
    if stale:
        store.con.execute("DELETE FROM event_mentions WHERE list_contains(?, doc_id)", [stale])
    docs = []
    for row in found:
        published = as_date(row["published"])
        if published is None:
            continue
        text = "\n".join(str(row[c]) for c in ("title", "text") if row.get(c))
        docs.append(_Doc(str(row["id"]), published, text, f" {key(text)} ", content_words(text, rules), row))
    if not docs:
        return 0
    window = dt.timedelta(days=merge_rules.implicit_before)
    events = _events(store, load, min(d.published for d in docs) - window, max(d.published for d in docs), rules)
    out: list[list[Any]] = []
    for doc in docs:
        found_event = mention_of(doc, events, rules, merge_rules.implicit_before, merge_rules.told_before)
        if found_event is None:
            continue
        event, why = found_event
        row = doc.row
        out.append([doc.doc_id, event.event_id, row.get("record_id"), row.get("outlet") or row.get("source"),
                    row.get("url"), doc.published.isoformat(), _evidence(doc, event), why])
    store.insert("event_mentions", MENTION_COLUMNS, out, ignore=False)
    return len(out)
