"""The learned arbiter: a small classifier beside the rules that decides the sub-event type, or "no event".

Why: the rules were written on ACLED's notes and give every field its evidence, but on news prose they miss
cues and fire on words that tell of no event (crime, accidents, diplomacy). The arbiter reads what the rules saw
(the cue groups of the lead and of the rest of the text, the relevance gate, the rules' own decision) and the
sentence's all-MiniLM-L6-v2 embedding (`embed.py`), and answers with a probability per sub-event type and for "no
event". It decides only where it disagrees with the rules by at least the model's `margin`; otherwise the rules
stand. Either way the rules' spans stay the evidence, and `Verdict.decided_by` says who decided.

The model is a multinomial logistic regression shipped as JSON (`data/arbiter/model.json`), rebuilt bit for bit by
`eventwatch train` (`eventwatch.training`) from its recorded inputs; reading it needs numpy only.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from eventwatch.errors import ModelMissing
from eventwatch.events.codebook import SYNTACTIC_GROUPS, Codebook, load_codebook
from eventwatch.events.embed import (
    Embedder,
    Remembering,
    cascade_named,
    cascade_wanted,
    load_embedder,
    require_embedder,
    run_route,
)
from eventwatch.events.readings import Reading

NO_EVENT = "no event"
FORMAT = 1
# Rules whose decision is weak evidence by itself (a general attack word, a stated grievance, a patrol).
WEAK_RULES = frozenset({"attack_any", "grievance", "protest_any", "other", "change_group"})

Vector = npt.NDArray[np.float64]


def labels(codebook: Codebook | None = None) -> tuple[str, ...]:
    """The classes: ACLED's 25 sub-event types in taxonomy order, then "no event"."""
    book = codebook or load_codebook()
    return (*book.sub_events, NO_EVENT)


def groups(codebook: Codebook | None = None) -> tuple[str, ...]:
    """The cue groups a reading can hold, in a fixed order (the rule-side features)."""
    book = codebook or load_codebook()
    return (*sorted(book.cues), *sorted(SYNTACTIC_GROUPS))


def rule_label(reading: Reading) -> str:
    return reading.coding.rule.sub_event_type if reading.coding is not None else NO_EVENT


def rule_features(readings: Sequence[Reading], codebook: Codebook | None = None) -> Vector:
    """One row per reading: lead groups, later groups, gate fired, the rules' label, weak rule, known event."""
    names, classes = groups(codebook), labels(codebook)
    col = {g: i for i, g in enumerate(names)}
    cls = {c: i for i, c in enumerate(classes)}
    width = 2 * len(names) + 1 + len(classes) + 2
    out = np.zeros((len(readings), width), dtype=np.float64)
    for row, r in enumerate(readings):
        for g in r.lead:
            out[row, col[g]] = 1.0
        for g in r.later:
            out[row, len(names) + col[g]] = 1.0
        base = 2 * len(names)
        out[row, base] = 1.0 if r.gate else 0.0
        out[row, base + 1 + cls[rule_label(r)]] = 1.0
        weak = r.coding is not None and r.coding.rule.id in WEAK_RULES
        out[row, base + 1 + len(classes)] = 1.0 if weak else 0.0
        out[row, base + 2 + len(classes)] = 1.0 if r.note else 0.0
    return out


def features(readings: Sequence[Reading], embeddings: npt.NDArray[np.float32], embed_scale: float) -> Vector:
    """The arbiter's input: rule-side features beside the (scaled) sentence embedding."""
    return np.hstack([rule_features(readings), embed_scale * embeddings.astype(np.float64)])


@dataclass(frozen=True, slots=True)
class Verdict:
    label: str  # a sub-event type, or NO_EVENT
    confidence: float  # the arbiter's probability of `label`
    decided_by: str  # "rules and arbiter agree", "rules" (arbiter unsure) or "arbiter" (overrules the rules)
    rules_said: str
    rules_p: float = 0.0  # the arbiter's probability of what the rules said

    def keep_rules(self) -> Verdict:
        """The rules' answer after all (a caller holding the arbiter to more than its margin)."""
        return Verdict(self.rules_said, self.rules_p, "rules", self.rules_said, self.rules_p)

    @property
    def event(self) -> bool:
        return self.label != NO_EVENT


@dataclass(frozen=True, slots=True)
class ArbiterModel:
    classes: tuple[str, ...]
    coef: Vector  # classes x features
    intercept: Vector
    route: str
    embed_scale: float
    margin: float
    meta: dict[str, Any]

    def proba(self, x: Vector) -> Vector:
        z = x @ self.coef.T + self.intercept
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return np.asarray(e / e.sum(axis=1, keepdims=True), dtype=np.float64)

    def margin_for(self, reading: Reading) -> float:
        """The margin the arbiter must beat the rules by: `notes_margin` (in `meta`) for a text known to report an
        event (an ACLED note: the genre the rules were written on, where they are surer), else `margin`."""
        return float(self.meta.get("notes_margin", self.margin)) if reading.note else self.margin

    def decide(self, reading: Reading, p: Vector) -> Verdict:
        said = rule_label(reading)
        index = {c: i for i, c in enumerate(self.classes)}
        best, theirs = int(np.argmax(p)), float(p[index[said]])
        if self.classes[best] == said:
            return Verdict(said, theirs, "rules and arbiter agree", said, theirs)
        if p[best] - theirs >= self.margin_for(reading):
            return Verdict(self.classes[best], float(p[best]), "arbiter", said, theirs)
        return Verdict(said, theirs, "rules", said, theirs)

    def to_json(self) -> str:
        """A canonical text (sorted keys, rounded weights): the same model gives the same bytes."""
        payload = {
            "format": FORMAT, "classes": list(self.classes), "route": self.route,
            "embed_scale": self.embed_scale, "margin": self.margin, "meta": self.meta,
            "intercept": [_round(v) for v in self.intercept],
            "coef": [[_round(v) for v in row] for row in self.coef],
        }
        return json.dumps(payload, sort_keys=True, separators=(",", ":")) + "\n"

    @classmethod
    def from_json(cls, text: str) -> ArbiterModel:
        d = json.loads(text)
        if d.get("format") != FORMAT:
            raise ModelMissing(f"arbiter model format {d.get('format')!r} is not {FORMAT}: rebuild it with "
                               "eventwatch train")
        return cls(tuple(d["classes"]), np.array(d["coef"], dtype=np.float64),
                   np.array(d["intercept"], dtype=np.float64), d["route"], float(d["embed_scale"]),
                   float(d["margin"]), d["meta"])


def _round(v: float) -> float:
    return round(float(v), 5) + 0.0  # + 0.0 turns -0.0 into 0.0


class Arbiter:
    """The shipped model with its embedding model, loaded once per process (`load_arbiter`)."""

    def __init__(self, model: ArbiterModel) -> None:
        if model.classes != labels():
            raise ModelMissing("the arbiter model's classes differ from the codebook's: rebuild it with "
                               "eventwatch train")
        expected = len(rule_features([Reading(frozenset(), frozenset(), None, None, False)])[0])
        if model.coef.shape[1] != expected + 384:
            raise ModelMissing("the arbiter model's features differ from the codebook's cue groups: rebuild it "
                               "with eventwatch train")
        self.model = model
        self.route = run_route(model.route)  # the model's route unless $EVENTWATCH_EMBEDDER names another
        require_embedder(self.route)  # a missing model is said at once, not at the first unsure sentence
        # 8-bit vectors first, fp32 near a boundary (`cascade.py`); onnx8's graph is checked (built) at once too.
        # An install that cannot build it (no `onnx`) reads fp32 everywhere, unless the cascade was named outright.
        self.cascade = cascade_wanted(model.route)
        if self.cascade:
            try:
                require_embedder("onnx8")
            except ModelMissing:
                if cascade_named():
                    raise
                self.cascade = False

    @cached_property
    def embedder(self) -> Embedder:
        """Loaded at the first sentence the rules are unsure of: a process given none (a worker whose shards hold
        no unsure sentence, a run on text with no event) never loads onnxruntime and the model, about 170 MB.
        Each distinct sentence is embedded once while it is among the recently seen (`Remembering`)."""
        return Remembering(load_embedder(self.route, fast=True))

    @cached_property
    def eight(self) -> Embedder:
        """The cascade's first route, the 8-bit vectors (`cascade.py`), loaded and remembered as `embedder` is."""
        return Remembering(load_embedder("onnx8", fast=True))

    def judge(self, readings: Sequence[Reading], texts: Sequence[str],
              ranked: Sequence[bool] | None = None) -> list[Verdict]:
        """The verdict on each text (embedded together, in batches); with the cascade, on its 8-bit vector unless
        that verdict lies near a boundary (`cascade.near_boundary`), where the fp32 vector decides. `ranked[i]`:
        the verdict's confidence will be ranked against another event's (`cascade.py`), so the fp32 vector decides
        it outright."""
        if not texts:
            return []
        if not self.cascade:
            return self._decide(readings, self.embedder.embed(texts))
        from eventwatch.events.cascade import near_boundary

        first = [i for i in range(len(texts)) if ranked is None or not ranked[i]]
        verdicts: list[Verdict | None] = [None] * len(texts)
        if first:
            proba = self.model.proba(features([readings[i] for i in first], self.eight.embed([texts[i] for i in first]),
                                              self.model.embed_scale))
            for i, p in zip(first, proba, strict=True):
                if not near_boundary(self.model, readings[i], p):
                    verdicts[i] = self.model.decide(readings[i], p)
        again = [i for i, v in enumerate(verdicts) if v is None]
        if again:
            redone = self._decide([readings[i] for i in again], self.embedder.embed([texts[i] for i in again]))
            for i, verdict in zip(again, redone, strict=True):
                verdicts[i] = verdict
        return [v for v in verdicts if v is not None]

    def _decide(self, readings: Sequence[Reading], vectors: npt.NDArray[np.float32]) -> list[Verdict]:
        x = features(readings, vectors, self.model.embed_scale)
        return [self.model.decide(r, p) for r, p in zip(readings, self.model.proba(x), strict=True)]


MODEL_FILE = "data/arbiter/model.json"


def model_path() -> Path:
    return Path(str(resources.files("eventwatch").joinpath(MODEL_FILE)))


@lru_cache(maxsize=4)
def load_arbiter(path: str | None = None) -> Arbiter:
    """The arbiter of the model file `path` (default: the shipped one)."""
    file = Path(path) if path else model_path()
    if not file.is_file():
        raise ModelMissing(f"no arbiter model at {file}: build it with eventwatch train")
    return Arbiter(ArbiterModel.from_json(file.read_text(encoding="utf-8")))
