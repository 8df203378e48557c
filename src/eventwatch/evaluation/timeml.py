"""Evaluate time-expression detection and normalisation on TimeML (.tml) documents.

Each document's creation time (the TIMEX3 with functionInDocument="CREATION_TIME") is the reference date, as
a report's publication date is in the pipeline. Scored by default: DATE and TIME expressions. DURATION and SET
are a different task (lengths and frequencies, not points in time) and are excluded: they are not in the gold
count, the system's own lengths are not answered, and a system date that overlaps only a DURATION/SET is not
counted as a false positive (it is reported separately). `types="all"` scores every TIMEX3 type, the system's
lengths and recurrences with them, as TempEval-3's scorer does.
Detection is relaxed (any character overlap, one-to-one); value accuracy is over
matched pairs; value F1 = 2 * correct values / (system + gold), as in TempEval-3.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from eventwatch.dates import calendar as cal
from eventwatch.dates.timeml import timexes
from eventwatch.errors import EvalDataMissing
from eventwatch.evaluation.metrics import f1

SCORED = ("DATE", "TIME")
ALL_TYPES = ("DATE", "TIME", "DURATION", "SET")


@dataclass(frozen=True, slots=True)
class Timex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True, slots=True)
class TimemlDocument:
    name: str
    text: str
    creation: dt.date
    timexes: tuple[Timex, ...]


def _date_of(value: str) -> dt.date | None:
    m = re.match(r"(\d{4})-(\d\d)-(\d\d)", value)
    return cal.valid_day(int(m[1]), int(m[2]), int(m[3])) if m else None


def read_tml(path: Path) -> TimemlDocument | None:
    """Plain text of <TEXT> with the offsets of its TIMEX3s, and the creation date; None without a DCT."""
    root = ET.parse(path).getroot()
    creation: dt.date | None = None
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            creation = _date_of(timex.get("value", ""))
    body = root.find("TEXT")
    if creation is None or body is None:
        return None
    parts: list[str] = []
    found: list[Timex] = []
    length = 0

    def walk(element: ET.Element) -> None:
        nonlocal length
        start = length
        if element.text:
            parts.append(element.text)
            length += len(element.text)
        for child in element:
            walk(child)
            if child.tail:
                parts.append(child.tail)
                length += len(child.tail)
        if element.tag == "TIMEX3":
            text = "".join(parts)[start:length]
            found.append(Timex(start, length, text, element.get("type", ""), element.get("value", "")))

    walk(body)
    return TimemlDocument(path.stem, "".join(parts), creation, tuple(sorted(found, key=lambda t: t.start)))


def _normal(value: str) -> str:
    """Comparable form: week numbers without leading zeros, "T24:00" as "T24", upper case."""
    value = re.sub(r"-W0(\d)", r"-W\1", value.upper())
    return re.sub(r"T(\d\d):00$", r"T\1", value)


@dataclass
class TimemlReport:
    documents: int = 0
    gold: int = 0
    system: int = 0
    matched: int = 0
    value_correct: int = 0
    excluded_system: int = 0
    gold_excluded: Counter[str] = field(default_factory=Counter)
    types: tuple[str, ...] = SCORED
    errors: list[tuple[str, str, str, str]] = field(default_factory=list)  # doc, text, gold, system
    missed: list[tuple[str, str]] = field(default_factory=list)
    spurious: list[tuple[str, str]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.system if self.system else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)

    @property
    def value_accuracy(self) -> float:
        return self.value_correct / self.matched if self.matched else 0.0

    @property
    def value_f1(self) -> float:
        return 2 * self.value_correct / (self.system + self.gold) if self.system + self.gold else 0.0

    def as_dict(self) -> dict[str, object]:
        raw = asdict(self)
        for key in ("errors", "missed", "spurious"):
            raw.pop(key)
        raw["types"] = list(self.types)
        raw["gold_excluded"] = dict(self.gold_excluded)
        raw.update(
            precision=round(self.precision, 4), recall=round(self.recall, 4), f1=round(self.f1, 4),
            value_accuracy=round(self.value_accuracy, 4), value_f1=round(self.value_f1, 4),
        )
        return raw

    def format(self) -> str:
        excluded = ", ".join(f"{k} {v}" for k, v in sorted(self.gold_excluded.items()))
        return "\n".join([
            f"TimeML {'/'.join(self.types)} expressions in {self.documents} documents"
            " (reference = document creation time)",
            f"  gold {self.gold}, system {self.system}, matched (relaxed overlap) {self.matched}",
            f"  detection  P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}",
            f"  value      accuracy on matched {self.value_accuracy:.3f}  value F1 {self.value_f1:.3f}",
            f"  excluded from scoring: gold {excluded or 'none'}; system expressions on them {self.excluded_system}",
        ])


def _documents(directory: Path, limit: int | None, half: str | None = None) -> Iterator[TimemlDocument]:
    """The documents of a folder in file-name order; with `half`, only those at even or odd positions of that
    order (a fixed split for tuning on one part and reporting the other)."""
    paths = sorted(directory.rglob("*.tml"))
    if not paths:
        raise EvalDataMissing(f"no TimeML (.tml) files under {directory}")
    if half is not None:
        paths = paths[0 if half == "even" else 1::2]
    count = 0
    for path in paths:
        if limit is not None and count >= limit:
            return
        doc = read_tml(path)
        if doc is not None:
            count += 1
            yield doc


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def evaluate_timeml(directory: Path, limit: int | None = None, half: str | None = None,
                    types: str = "date-time") -> TimemlReport:
    """Detection and value scores; `types` "date-time" (DATE and TIME, the default) or "all" (TempEval-3's)."""
    scored = ALL_TYPES if types == "all" else SCORED
    report = TimemlReport(types=scored)
    for doc in _documents(directory, limit, half):
        report.documents += 1
        gold = [t for t in doc.timexes if t.type in scored]
        other = [t for t in doc.timexes if t.type not in scored]
        report.gold_excluded.update(t.type for t in other)
        report.gold += len(gold)
        used: set[int] = set()
        for timex in timexes(doc.text, doc.creation):
            if timex.type not in scored:
                continue
            s = timex.span
            hit = next((i for i, g in enumerate(gold) if i not in used and _overlap(s.start, s.end, g.start, g.end)),
                       None)
            if hit is None:
                if any(_overlap(s.start, s.end, t.start, t.end) for t in other):
                    report.excluded_system += 1
                    continue
                report.system += 1
                report.spurious.append((doc.name, s.text))
                continue
            used.add(hit)
            report.system += 1
            report.matched += 1
            value = timex.value
            if _normal(value) == _normal(gold[hit].value):
                report.value_correct += 1
            else:
                report.errors.append((doc.name, f"{s.text} | {gold[hit].text}", gold[hit].value, value))
        report.missed.extend((doc.name, g.text) for i, g in enumerate(gold) if i not in used)
    return report
