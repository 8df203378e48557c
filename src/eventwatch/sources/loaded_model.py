"""A learned scorer of loaded language and name-calling, built on the user's machine from a labelled corpus.

The team-written lexicon (`loaded.py`) names terms that are loaded wherever they stand; annotators of the
Propaganda Techniques Corpus (PTC) mark far more, and which words they mark depends on context. This model learns
that from the corpus's tuning part (odd article ids): for every word, a logistic regression over cheap surface
features (the word, its last three and four letters and first four, the words before and after, capitalisation,
the character before it, whether the lexicon flags it and as what) gives the chance that an annotator marked it;
words above a threshold, chosen by two-fold cross-validation inside the tuning part, form spans (neighbours
joined), and a second regression over the same features tells name-calling from loaded language. No tagger or
embedding runs: scoring a document costs a dictionary look-up per feature, so the sources stage stays cheap.

Why it is built, not shipped: PTC is licensed for research use only, so the weights learned from it are not
distributed with eventwatch. `eventwatch loaded-model [PTC_DIR]` builds them into the user's cache (bit for bit the
same file from the same corpus: full-batch training in a fixed order, no randomness), and `find_spans` uses them
when they are there (setting `loaded_detector`: "auto", "model" or "lexicon"); without them the lexicon answers.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from eventwatch.errors import ModelMissing
from eventwatch.records import LoadedSpan
from eventwatch.settings import cache_root
from eventwatch.sources.loaded import LOADED, NAME_CALLING, find_loaded

MODEL_VERSION = 1
_WORD = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9'’-]*[A-Za-z0-9])?")
_C = 1.0  # inverse L2 strength (as scikit-learn's C), chosen by cross-validation on the odd ids
_THRESHOLDS = (0.15, 0.2, 0.25, 0.3, 0.35)
_GROW = (0.02, 0.03, 0.05, 0.1, 1.0)  # 1.0: no growing
_ITERATIONS = 400
Features = list[dict[str, float]]
Gold = Sequence[tuple[int, int, str]]


def model_path() -> Path:
    """$EVENTWATCH_LOADED_MODEL, else $EVENTWATCH_CACHE/loaded-v1/model.json (else under $XDG_CACHE_HOME or
    ~/.cache, as the gazetteer)."""
    if os.environ.get("EVENTWATCH_LOADED_MODEL"):
        return Path(os.environ["EVENTWATCH_LOADED_MODEL"])
    return cache_root() / f"loaded-v{MODEL_VERSION}" / "model.json"


def word_features(text: str) -> tuple[list[re.Match[str]], Features]:
    """The words of `text` and each word's features."""
    words = list(_WORD.finditer(text))
    lower = [m.group(0).lower() for m in words]
    flagged = [(s.start, s.end, "N" if s.technique == NAME_CALLING else "L") for s in find_loaded(text)]
    out: Features = []
    k_flag = 0
    for k, match in enumerate(words):
        word = lower[k]
        feats = {"w=" + word: 1.0, "s3=" + word[-3:]: 1.0, "s4=" + word[-4:]: 1.0, "p4=" + word[:4]: 1.0,
                 "prev=" + (lower[k - 1] if k else "<s>"): 1.0,
                 "next=" + (lower[k + 1] if k + 1 < len(words) else "</s>"): 1.0,
                 "before=" + text[max(0, match.start() - 1):match.start()]: 1.0}
        if match.group(0)[0].isupper():
            feats["capital"] = 1.0
        while k_flag < len(flagged) and flagged[k_flag][1] <= match.start():
            k_flag += 1
        if k_flag < len(flagged) and flagged[k_flag][0] <= match.start():
            feats["lexicon"] = 1.0
            feats["lexicon=" + flagged[k_flag][2]] = 1.0
        out.append(feats)
    return words, out


def word_labels(words: Sequence[re.Match[str]], gold: Gold) -> tuple[list[int], list[int]]:
    """Per word: 1 if it lies in a gold span of either technique; 1 if in a name-calling one."""
    marked, named = [], []
    for m in words:
        hits = [t for s, e, t in gold if s < m.end() and m.start() < e]
        marked.append(int(bool(hits)))
        named.append(int(NAME_CALLING in hits))
    return marked, named


@dataclass(frozen=True, slots=True)
class Regression:
    """A logistic regression over named features."""

    weights: dict[str, float]
    bias: float

    def probabilities(self, features: Features) -> list[float]:
        """The chance of each word's features; a very negative score is 0 outright (no overflow in `exp`)."""
        w = self.weights
        out = []
        for feats in features:
            z = self.bias + sum(w.get(f, 0.0) * v for f, v in feats.items())
            out.append(1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0)
        return out


def fit(features: Features, labels: Sequence[int], c: float = _C) -> Regression:
    """L2-regularised logistic regression, full-batch Adam over a fixed feature order: the same input gives the same
    weights, bit for bit, on any machine with the same numpy."""
    names = sorted({f for feats in features for f in feats})
    index = {f: i for i, f in enumerate(names)}
    rows = np.fromiter((r for r, feats in enumerate(features) for _ in feats), dtype=np.int64)
    cols = np.fromiter((index[f] for feats in features for f in feats), dtype=np.int64)
    vals = np.fromiter((v for feats in features for v in feats.values()), dtype=np.float64)
    y = np.asarray(labels, dtype=np.float64)
    n, d = len(features), len(names)
    w = np.zeros(d + 1)  # the last one is the bias
    m, v = np.zeros(d + 1), np.zeros(d + 1)
    l2 = 1.0 / (c * n)
    for step in range(1, _ITERATIONS + 1):
        z = np.bincount(rows, weights=w[cols] * vals, minlength=n) + w[d]
        err = 1.0 / (1.0 + np.exp(-z)) - y
        grad = np.empty(d + 1)
        grad[:d] = np.bincount(cols, weights=err[rows] * vals, minlength=d) / n + l2 * w[:d]
        grad[d] = err.mean()
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= 0.1 * (m / (1 - 0.9 ** step)) / (np.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
    return Regression({f: round(float(w[i]), 6) for i, f in enumerate(names) if abs(w[i]) >= 1e-4},
                      round(float(w[d]), 6))


@dataclass(frozen=True, slots=True)
class LoadedModel:
    marked: Regression
    named: Regression
    threshold: float
    grow: float
    trained_on: str  # what it was built from: corpus folder name, article count, digest of the training texts
    # SemEval SI F1 of the chosen thresholds in the two-fold cross-validation over the training articles (each half
    # scored by weights fitted to the other): the honest figure on the data it was built from; None when unknown
    cv_f1: float | None = None

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[LoadedSpan]:
        """The loaded-language and name-calling spans of `text[start:end]`, with offsets into the whole `text`, so
        that a span found in one stretch of a report stands where it is in the report."""
        end = len(text) if end is None else end
        words, features = word_features(text[start:end])
        return spans_from(text, start, words, self.marked.probabilities(features),
                          self.named.probabilities(features), self.threshold, self.grow)

    def save(self, path: Path) -> None:
        """Write the model as sorted, compact JSON through a temporary file: the same corpus gives the same bytes,
        and an interrupted build leaves no half-written model to be read."""
        path.parent.mkdir(parents=True, exist_ok=True)
        data = {"version": MODEL_VERSION, "threshold": self.threshold, "grow": self.grow, "trained_on": self.trained_on,
                "cv_f1": self.cv_f1,
                "marked": {"bias": self.marked.bias, "weights": self.marked.weights},
                "named": {"bias": self.named.bias, "weights": self.named.weights}}
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, sort_keys=True, separators=(",", ":")), encoding="utf-8")
        tmp.replace(path)


def spans_from(text: str, offset: int, words: Sequence[re.Match[str]], marked: Sequence[float],
               named: Sequence[float], threshold: float, grow: float) -> list[LoadedSpan]:
    """Words above `threshold` seed spans; a seed takes in its neighbours (separated by spaces only) while they are
    above `grow` (hysteresis: "a complete travesty of justice" is marked whole though only "travesty" is sure).
    A span is name-calling when its words lean that way on average."""
    n = len(words)
    keep = [False] * n

    def joined(k: int) -> bool:  # word k-1 and word k are one phrase
        return not words[k].string[words[k - 1].end():words[k].start()].strip()

    for k in range(n):
        if marked[k] < threshold or keep[k]:
            continue
        keep[k] = True
        j = k - 1
        while j >= 0 and not keep[j] and marked[j] >= grow and joined(j + 1):
            keep[j] = True
            j -= 1
        j = k + 1
        while j < n and marked[j] >= grow and joined(j):
            keep[j] = True
            j += 1
    groups: list[list[int]] = []
    for k in range(n):
        if keep[k]:
            if groups and groups[-1][-1] == k - 1 and joined(k):
                groups[-1].append(k)
            else:
                groups.append([k])
    out = []
    for group in groups:
        s, e = offset + words[group[0]].start(), offset + words[group[-1]].end()
        technique = NAME_CALLING if sum(named[k] for k in group) / len(group) >= 0.5 else LOADED
        out.append(LoadedSpan(s, e, text[s:e], technique))
    return out


def read_model(path: Path | None = None) -> LoadedModel:
    """The model built into the cache (or at `path`); `ModelMissing`, saying how to build it, when there is none or
    it is of another version, so that an old model is never read as a new one."""
    path = path or model_path()
    if not path.is_file():
        raise ModelMissing(f"no loaded-language model at {path}: build it with `eventwatch loaded-model PTC_DIR`")
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("version") != MODEL_VERSION:
        raise ModelMissing(f"the loaded-language model at {path} is of another version: rebuild it")
    return LoadedModel(Regression(data["marked"]["weights"], data["marked"]["bias"]),
                       Regression(data["named"]["weights"], data["named"]["bias"]), float(data["threshold"]),
                       float(data["grow"]), str(data["trained_on"]),
                       None if data.get("cv_f1") is None else float(data["cv_f1"]))


@lru_cache(maxsize=4)
def _cached(path: str, mtime: float) -> LoadedModel:
    return read_model(Path(path))


def built_model() -> LoadedModel | None:
    """The model in the cache, if one was built."""
    path = model_path()
    return _cached(str(path), path.stat().st_mtime) if path.is_file() else None


Detector = Callable[..., list[LoadedSpan]]
DETECTORS = ("auto", "model", "lexicon")


def detector(name: str = "auto") -> Detector:
    """`find_loaded` (the lexicon), the built model, or ("auto") the model when built and else the lexicon."""
    if name not in DETECTORS:
        raise ValueError(f"loaded_detector must be one of {', '.join(DETECTORS)}, not {name!r}")
    if name == "lexicon":
        return find_loaded
    model = built_model()
    if model is None:
        if name == "model":
            read_model()  # raises ModelMissing with the way to build it
        return find_loaded
    return model.find


def _article_data(articles: Iterable[tuple[str, Gold]]) -> tuple[list[Features], list[list[int]], list[list[int]],
                                                                   list[list[re.Match[str]]]]:
    feats, marked, named, words = [], [], [], []
    for text, gold in articles:
        w, f = word_features(text)
        m, n = word_labels(w, gold)
        feats.append(f)
        marked.append(m)
        named.append(n)
        words.append(w)
    return feats, marked, named, words


Rate = Callable[[Sequence[tuple[Gold, list[LoadedSpan]]]], float]


def _fit_pair(feats: list[Features], marked: list[list[int]], named: list[list[int]],
              chosen: Iterable[int]) -> tuple[Regression, Regression]:
    """The marked-word regression over all words of the chosen articles; the name-calling one over their marked
    words only (which technique, given that a word is marked)."""
    chosen = list(chosen)
    all_feats = [f for i in chosen for f in feats[i]]
    all_marked = [m for i in chosen for m in marked[i]]
    on_marked = [(f, n) for i in chosen for f, m, n in zip(feats[i], marked[i], named[i], strict=True) if m]
    return fit(all_feats, all_marked), fit([f for f, _ in on_marked], [n for _, n in on_marked])


def train(articles: Sequence[tuple[str, str, Gold]], rate: Rate, source: str = "") -> LoadedModel:
    """A model from (id, text, gold spans) articles: the threshold by two-fold cross-validation over them (folds by
    article id), the weights from all of them. `rate` scores (gold, predicted) pairs, higher is better."""
    ordered = sorted(articles, key=lambda a: (len(a[0]), a[0]))
    feats, marked, named, words = _article_data((text, gold) for _, text, gold in ordered)
    folds = [[i for i, a in enumerate(ordered) if (int(re.sub(r"\D", "", a[0]) or 0) // 2) % 2 == f] for f in (0, 1)]
    grid = [(t, g) for t in _THRESHOLDS for g in _GROW if g <= t or g == 1.0]
    predictions: dict[tuple[float, float], list[tuple[Gold, list[LoadedSpan]]]] = {tg: [] for tg in grid}
    for held, fitted in ((folds[0], folds[1]), (folds[1], folds[0])):
        if not held or not fitted:
            continue
        model_m, model_n = _fit_pair(feats, marked, named, fitted)
        for i in held:
            pm, pn = model_m.probabilities(feats[i]), model_n.probabilities(feats[i])
            text, gold = ordered[i][1], ordered[i][2]
            for t, g in grid:
                predictions[t, g].append((gold, spans_from(text, 0, words[i], pm, pn, t, g)))
    rated = {tg: rate(found) for tg, found in predictions.items() if found}
    threshold, grow = max(rated, key=lambda tg: (rated[tg], -tg[0], tg[1])) if rated else (0.2, 1.0)
    digest = hashlib.sha256("\n".join(f"{a[0]}\t{a[1]}" for a in ordered).encode("utf-8")).hexdigest()[:16]
    marked_model, named_model = _fit_pair(feats, marked, named, range(len(ordered)))
    return LoadedModel(marked_model, named_model, threshold, grow,
                       f"{source} ({len(ordered)} articles, sha256 {digest})".strip(),
                       round(rated[threshold, grow], 4) if rated else None)


