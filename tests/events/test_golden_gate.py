"""Quality gate on the team-written golden set (`data/arbiter/golden.jsonl`), as trafilatura's eval gate does.

Every sentence of each text is coded; predicted (event_type, sub_event_type) pairs are matched against the gold
list of the text, and micro precision/recall/F1 are computed over the whole set. The floor only goes up: raise
it when the coder improves, never lower it to let a regression through.
"""

from __future__ import annotations

import json
from importlib import resources

from eventwatch.events import EventCoder
from eventwatch.training.data import GOLDEN_FILE

F1_FLOOR = 0.98  # measured 1.00 on 53 gold events
FATALITIES_FLOOR = 0.95  # measured 1.00
GOLDEN = resources.files("eventwatch").joinpath(GOLDEN_FILE)


def test_golden_set_covers_every_sub_type_and_non_event_case() -> None:
    from eventwatch.events import load_codebook

    items = [json.loads(line) for line in GOLDEN.read_text().splitlines() if line]
    subs = {e["sub_event_type"] for it in items for e in it["events"]}
    assert subs == set(load_codebook().sub_events)
    non_events = {it["case"] for it in items if not it["events"]}
    for case in ("slogan on a poster", "demand with must", "threat", "prediction", "plan", "hypothetical", "denial",
                 "negation"):
        assert case in non_events


def test_golden_f1_floor(nlp) -> None:  # type: ignore[no-untyped-def]
    coder = EventCoder()
    tp = fp = fn = 0
    fatal_checked = fatal_ok = 0
    failures: list[str] = []
    for line in GOLDEN.read_text().splitlines():
        item = json.loads(line)
        mentions = []  # as in an article: a definite event noun refers back once an event is coded
        for sent in nlp(item["text"]).sents:
            mentions += coder.code_sentence(sent, antecedent=bool(mentions))
        predicted = [(m.event_type, m.sub_event_type) for m in mentions]
        remaining = [(e["event_type"], e["sub_event_type"]) for e in item["events"]]
        hits = 0
        for pair in predicted:
            if pair in remaining:
                remaining.remove(pair)
                hits += 1
        tp, fp, fn = tp + hits, fp + len(predicted) - hits, fn + len(remaining)
        if remaining or hits != len(predicted):
            failures.append(f"{item['case']}: predicted {predicted}")
        for gold, m in zip(item["events"], mentions, strict=False):
            if "fatalities" in gold:
                fatal_checked += 1
                fatal_ok += gold["fatalities"] == m.fatalities
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= F1_FLOOR, f"golden F1 {f1:.3f} < {F1_FLOOR}; failures: {failures}"
    assert fatal_checked and fatal_ok / fatal_checked >= FATALITIES_FLOOR
