"""Look-alike events of real ACLED data, for the merge's precision on real look-alikes (`eventwatch eval merge
ACLED.csv`).

ACLED codes one event per location, day, actor pair and type, so two rows of an export are two occurrences. Rows of
one country, first-level division, day and event type are the look-alikes a simple key of those four fields merges
(artillery on two villages of one governorate the same day, two riots in two villages of one district): each such
group becomes a topic, each row its own cluster, and its note the text of a report published on the day ACLED
stamped it. Every pair the merge joins is then a false merge of real look-alikes; the corpus has no pair to join,
so it measures precision only, on ACLED's coder prose rather than news. The groups are split by a checksum of
their key into two halves, to tune on one and report the other. The export is read at evaluation time and nothing
of it is written anywhere but a temporary directory.
"""

from __future__ import annotations

import json
import zlib
from collections import defaultdict
from pathlib import Path

from eventwatch.evaluation.acled import _SIZE_SUFFIX, _published, load_acled

HALVES = ("even", "odd")


def lookalike_records(csv_path: Path, half: str | None = None) -> list[dict[str, str]]:
    """JSONL records (id, text, published, cluster, topic) of the look-alike groups of an ACLED export, in one half
    of the groups (by the CRC-32 of the group's key: "even" or "odd") or all."""
    groups: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in load_acled(csv_path, strip_date_prefix=False):
        if not (row.event_date and row.admin1 and row.notes):
            continue
        topic = f"{row.country}|{row.admin1}|{row.event_date}|{row.event_type}"
        text = _SIZE_SUFFIX.sub("", row.notes).strip()
        groups[topic].append({"id": row.event_id, "text": text, "published": _published(row) or row.event_date,
                              "cluster": row.event_id, "topic": topic})
    out = []
    for topic in sorted(groups):
        if len(groups[topic]) < 2:
            continue
        if half is not None and zlib.crc32(topic.encode("utf-8")) % 2 != HALVES.index(half):
            continue
        out.extend(sorted(groups[topic], key=lambda r: r["id"]))
    return out


def write_lookalikes(csv_path: Path, target: Path, half: str | None = None) -> Path:
    """The look-alike corpus as a JSONL file at `target` (a temporary file of the caller's)."""
    with target.open("w", encoding="utf-8") as fh:
        for record in lookalike_records(csv_path, half):
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return target
