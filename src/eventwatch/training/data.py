"""The arbiter's training examples, gathered from its recorded inputs.

In-genre data matters more than the model, so three genres are mixed, each with its weight (`GENRE_WEIGHTS`):
- `acled`: ACLED notes, only the three quarters that `holdout_split` (seed 4) tunes on; the held-out quarter is
  never trained on. Notes are known to report an event (`note=True`), as `classify --known-event` reads them.
- `case`: the CASE 2021 Task 2 development half (news snippets, with "no event" for crime, disasters, diplomacy
  and claims). Reported only by cross-validation (`training/crossval.py`): a fold is never in its own model.
- `team`: sentences the team wrote — `data/arbiter/sentences.jsonl` (news-style, many "no event" cases),
  the rules' examples frozen in `data/arbiter/rule_examples.jsonl`, and the golden sentences
  `data/arbiter/golden.jsonl` (package data, so an installed package trains and cross-validates on the same examples
  as the source tree; the extraction tests read the same file).

Why the rules' examples are a frozen file and not read from the codebook (coder65, 6 December 2026): read from the
codebook, every new rule's example was one more training sentence, so adding a rule moved the CASE cross-validation
(every fold refits) even where no reading of any snippet changed (coder60's settlers rule: CASE's reported CV 0.7936 →
0.7927 with all 540 snippets read as before), and `eventwatch train` silently trained on something new. Frozen, a
rule round moves the arbiter's figures only through what the rules read; a round that means to teach the arbiter a
rule's example appends it to the file, retrains and measures that as a retrain. The file holds the 64 examples the
codebook had on main 3971594, in its order and with its keys, so the training inputs (digest `c0433f5c…`) and every
figure are what they were.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from eventwatch.errors import EvalDataMissing
from eventwatch.evaluation.acled import holdout_split, load_acled
from eventwatch.evaluation.case import Snippet, load_case
from eventwatch.events.arbiter import NO_EVENT

GENRE_WEIGHTS = {"acled": 0.1, "case": 8.0, "team": 3.0}
ACLED_FILE = Path("acled") / "acled_2022_dev.csv"
CASE_FILE = Path("events") / "case2021_task2_dev_half.tsv"
TEAM_FILE = "data/arbiter/sentences.jsonl"
GOLDEN_FILE = "data/arbiter/golden.jsonl"
RULE_EXAMPLES_FILE = "data/arbiter/rule_examples.jsonl"


@dataclass(frozen=True, slots=True)
class Example:
    key: str  # genre:id, unique
    text: str
    label: str  # a sub-event type or NO_EVENT
    genre: str
    note: bool = False


def case_label(snippet: Snippet) -> str:
    gold = snippet.gold
    return gold[1] if gold is not None else NO_EVENT


def case_examples(snippets: Sequence[Snippet]) -> list[Example]:
    return [Example(f"case:{s.id}", s.text, case_label(s), "case") for s in snippets]


def acled_examples(path: Path) -> list[Example]:
    tuning, _held_out = holdout_split(load_acled(path, strip_date_prefix=True))
    return [Example(f"acled:{r.event_id or i}", r.notes, r.sub_event_type, "acled", note=True)
            for i, r in enumerate(tuning) if r.notes]


def team_examples() -> list[Example]:
    """The team-written sentences, the rules' frozen examples and the golden sentences with one event or none."""
    out: list[Example] = []
    text = resources.files("eventwatch").joinpath(TEAM_FILE).read_text(encoding="utf-8")
    for n, line in enumerate(text.splitlines()):
        if line.strip():
            rec = json.loads(line)
            out.append(Example(f"team:{n}", rec["text"], rec["label"], "team"))
    out.extend(rule_examples())
    golden = resources.files("eventwatch").joinpath(GOLDEN_FILE).read_text(encoding="utf-8")
    for n, line in enumerate(golden.splitlines()):
        rec = json.loads(line)
        if len(rec["events"]) <= 1:
            label = rec["events"][0]["sub_event_type"] if rec["events"] else NO_EVENT
            out.append(Example(f"golden:{n}", rec["text"], label, "team"))
    return out


def rule_examples() -> list[Example]:
    """The rules' examples the arbiter trains on (`RULE_EXAMPLES_FILE`, one `{"rule", "text", "label"}` a line): a
    frozen copy, so a rule added to the codebook changes no training input (module docstring)."""
    text = resources.files("eventwatch").joinpath(RULE_EXAMPLES_FILE).read_text(encoding="utf-8")
    return [Example(f"codebook:{rec['rule']}", rec["text"], rec["label"], "team")
            for rec in (json.loads(line) for line in text.splitlines() if line.strip())]


def training_examples(data: Path, case_file: Path | None = None) -> list[Example]:
    """Every example `eventwatch train` fits on, in a fixed order; a missing input is an error naming it."""
    case_file = case_file or data / CASE_FILE
    missing = [p for p in (data / ACLED_FILE, case_file) if not p.is_file()]
    if missing:
        raise EvalDataMissing("the arbiter's training inputs are missing: " + ", ".join(str(p) for p in missing)
                              + " (ACLED notes and the CASE 2021 half are read from --data, default ../shared/eval)")
    return [*acled_examples(data / ACLED_FILE), *case_examples(load_case(case_file)), *team_examples()]


def digest(examples: Sequence[Example]) -> str:
    """A hash of the examples (text, label, genre, note): what the model file records as its inputs."""
    h = hashlib.sha256()
    for e in examples:
        h.update(json.dumps([e.key, e.text, e.label, e.genre, e.note]).encode())
    return h.hexdigest()
