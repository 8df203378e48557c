"""The team's blind trial sets by halves: one summary line per set and half, and the fix half's events for reading.

A trial set is a folder of articles with its gold beside it (`tests/fixtures/trial7/` and
`tests/fixtures/trial7_expected.json`). Its halves are `golden.halves`': the fix half may be read and fixed on, the
report half only ever reported. So `half_lines` prints a summary line for either half, while `fix_half_listing`
lists events for the fix half alone: there is deliberately no way to list the report half's events or misses, since
reading them would make that half stop being a test of news the rules have never seen.

The summary line is the set's name, the half and the figures as sorted JSON (`GoldenReport.as_dict` without the
misses): one line per half, so that two runs (a branch and main) compare with `diff`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

from eventwatch.evaluation.golden import GoldenReport, fold, halves, load_expected, score_halves
from eventwatch.records import Event

HALVES = ("fix", "report")


def expected_path(folder: Path) -> Path:
    """The gold file beside a trial folder: `trial7/` -> `trial7_expected.json`."""
    return folder.parent / f"{folder.name}_expected.json"


def find_sets(root: Path) -> list[Path]:
    """Every trial folder under `root` that has its gold beside it, in the order of their numbers (trial, trial2,
    ..., trial10: not the file system's order, which puts trial10 before trial2)."""
    found = [p for p in root.glob("trial*") if p.is_dir() and expected_path(p).exists()]

    def number(p: Path) -> tuple[int, str]:
        digits = re.sub(r"\D", "", p.name)
        return (int(digits) if digits else 1, p.name)

    return sorted(found, key=number)


def summary(report: GoldenReport) -> dict[str, object]:
    """A half's figures without its misses (the line that may be printed for either half)."""
    return {k: v for k, v in report.as_dict().items() if k != "misses"}


def half_lines(folder: Path, extracted: Mapping[str, Sequence[Event]], wanted: Sequence[str] = HALVES,
               view: str = "export") -> Iterator[str]:
    """`name half {figures}` for each wanted half of one set, scored in `view` (`golden.VIEWS`)."""
    reports = score_halves(expected_path(folder), extracted, view)
    for half in wanted:
        yield f"{folder.name} {half} {json.dumps(summary(reports[half]), sort_keys=True)}"


def _matches(event: Event, gold: Sequence[Mapping[str, object]]) -> bool:
    """The scorer's match (`golden.score`): the expected event's type and country, its place by name or in the words
    the place was found in."""
    place = fold(event.evidence.place.text if event.evidence.place else "")
    return any(event.event_type == g["event_type"] and event.country == g["country"] and
               (fold(event.location) == fold(str(g["location"])) or fold(str(g["location"])) in place) for g in gold)


def fix_half_listing(folder: Path, extracted: Mapping[str, Sequence[Event]]) -> Iterator[str]:
    """The fix half, file by file: each gold event, then each extracted event marked `ok` (it matches a gold event of
    its file) or `EXTRA`, with its sentence, trigger and place: what a round reads to find a class of error. A gold
    entry or an extracted event marked background says so (`background`): the export's view scores neither."""
    raw: dict[str, list[dict[str, object]]] = json.loads(expected_path(folder).read_text(encoding="utf-8"))
    for name in halves(sorted(load_expected(expected_path(folder))))["fix"]:
        yield f"=== {folder.name}/{name}"
        gold = raw[name]
        for g in gold:
            yield (f"  GOLD  {g['event_type']} / {g['sub_event_type']} | {g['location']} ({g['country']}) | {g['date']}"
                   f" | fatalities {g.get('fatalities', 0)} | {g.get('actor1')} vs {g.get('actor2')}"
                   + (" | background" if g.get("background") else ""))
        for e in extracted.get(name, ()):
            tag = "ok   " if _matches(e, gold) else "EXTRA"
            yield (f"  {tag} {e.event_type} / {e.sub_event_type} | {e.location} ({e.country}) | {e.event_date} | "
                   f"fatalities {e.fatalities} | {e.actor1} vs {e.actor2} | confidence {e.confidence:.2f}"
                   + (" | background" if e.background else ""))
            yield f"        sentence: {e.evidence.sentence.text!r}"
            if e.evidence.trigger is not None:
                where = e.evidence.place.text if e.evidence.place else None
                yield f"        trigger: {e.evidence.trigger.text!r}, place: {where!r}"
