"""The arbiter's cascade: every judged sentence embedded by the 8-bit route first, and again by the fp32 route only
where its 8-bit verdict lies within `BAND` of a boundary that could change what the output records.

Why: the embedding is the dearest step of a worker after spaCy (speed52, speed53), and the 8-bit route costs about
half the fp32 route's CPU. The shipped arbiter (trained on fp32 vectors) reads the 8-bit vectors nearly unchanged:
speed59 found every label they move (94 of 15,450 verdicts, on every genre) at a boundary of the decision, and
speed60 that a band of 0.15 around those boundaries holds them all. A verdict outside the band keeps the label, the
decider and every veto the fp32 verdict would give; only its `confidence` (the arbiter's probability, recorded to
three decimals) is the 8-bit model's, some thousandths from the fp32 one (README "The learned arbiter" says how far,
measured). A verdict inside the band is decided on the fp32 vector, exactly as without the cascade.

The boundaries (`near_boundary`), read on the 8-bit probabilities `p`:
- the top class and the next within `BAND` of each other (the top class could swap: agreement with the rules, the
  arbiter's own class, "no event" or an event);
- the arbiter's lead over the rules' class within `BAND` of the margin it must beat (`ArbiterModel.margin_for`);
- for a "no event" on top: its probability within `BAND` of `VETO_MIN` or `VETO_MIN_OF_KIND` (`arbitrate.py`: whether
  it removes the rules' events). Which of the two a veto is held to (`arbitrate.doubts_reading`) matters only for a
  probability between them, which lies within `BAND` of both; so with `BAND` at least half their distance (0.075)
  no line of its own is needed: every "no event" above `VETO_MIN - BAND` is decided on the fp32 vector.

Beyond the arbiter, confidences are compared in two places that decide an output. `main_event` (ACLED notes: a
note's main event is the most confident of its first event sentence's events) compares events of one sentence, all
known here: a judged sentence holding another event (`judge_sentences`: the rules coded more than one) is decided on
the fp32 vector outright (`Arbiter.judge`'s `ranked`), since the judged event's confidence is ranked against the
others' (a rule's fixed 0.8, each times the place factor 0.7 or 1: a band around them would cover 0.41-0.95) and an
8-bit probability could swap the order (speed62 met one: 0.805 by fp32, 0.766 by 8 bits, against a rules' 0.8).
Team-written example: in "Police fired tear gas at students marching on the ministry in Quito, and arrested four
of them." the arbiter's protest and the rules' arrest share the sentence: fp32. The merge (`merge/fields.py`) takes
a merged event's civilian targeting from the most confident report of the winning kind, across reports no worker
sees together: not guarded here (README "The learned arbiter", speed63).

A text's vector depends on its text only (either route: `embed.py`), so the cascade's answer for a sentence does not
depend on the batch, the worker or the run it is judged in: the in-process run and `--workers N` agree.
The cascade is the default (speed63; `embed.cascade_wanted`: `$EVENTWATCH_EMBEDDER` unset or `cascade`); `onnx` makes
every verdict fp32 (the confidences of before too), `onnx8` reads 8 bits everywhere (`embed.run_route`).
"""

from __future__ import annotations

import numpy as np

from eventwatch.events.arbiter import NO_EVENT, ArbiterModel, Vector, rule_label
from eventwatch.events.arbitrate import VETO_MIN, VETO_MIN_OF_KIND
from eventwatch.events.readings import Reading

# How near a boundary an 8-bit verdict must lie to be decided again on the fp32 vector. speed59 measured the 8-bit
# probabilities' largest move against the fp32 ones at 0.147 on ACLED's notes (0.124 on the news genres); speed60
# that 0.15 holds every label change on the news genres, the fix halves and the bench corpus.
BAND = 0.15


def near_boundary(model: ArbiterModel, reading: Reading, p: Vector, band: float = BAND) -> bool:
    """True when the verdict on `p` (8-bit probabilities) lies within `band` of a boundary of the decision or of the
    veto applied to it (see the module's docstring): the fp32 vector must decide it."""
    order = np.argsort(-p, kind="stable")
    best, second = int(order[0]), int(order[1])
    if p[best] - p[second] < band:
        return True
    said = model.classes.index(rule_label(reading))
    if best != said and abs(p[best] - p[said] - model.margin_for(reading)) < band:
        return True
    if model.classes[best] == NO_EVENT and best != said:
        none = float(p[best])
        return abs(none - VETO_MIN) < band or abs(none - VETO_MIN_OF_KIND) < band
    return False
