"""What cheaper forms of the arbiter's MiniLM would cost: each built from the shipped int8 ONNX file, timed on the
sentences the arbiter embeds in the bench corpus, beside the shipped model.

Why: the arbiter's embedding is about a third of the extraction on distinct news (`bench_floor.py`), and the
shipped file is an fp32 computation (its int8 weights are turned back into fp32 when onnxruntime loads it), so a
cheaper arbiter needs a different graph. Each variant gives different vectors (its minimum cosine to the shipped
vectors is printed), so the arbiter would have to be retrained on it and judged by `make eval`; this bench sizes
the saving first. Variants, all built in a temporary folder with the `onnx` package (`pip install onnx`; not a
dependency of eventwatch):
- `fp32`: the int8 weights folded into fp32 initializers (the same computation as shipped: a check of the bench);
- `int8`: onnxruntime's dynamic quantisation of every MatMul, per output channel (int8 arithmetic at run time);
- `layers3`, `layers3_int8`: the first 3 of the model's 6 transformer layers (the output of the third layer's last
  layer normalisation as the token vectors, pooled as before), fp32 and quantised.
In one process, alternated, medians of `--runs`; CPU seconds (`time.process_time`) and each over the shipped model.
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


def fold_weights(source: Path, target: Path) -> None:
    """The shipped graph with each int8 weight's Cast and Mul by its scale folded into one fp32 initializer."""
    import numpy as np
    import onnx
    from onnx import numpy_helper

    model = onnx.load(str(source))
    inits = {i.name: i for i in model.graph.initializer}
    cast: dict[str, Any] = {}
    folded: dict[str, Any] = {}
    kept = []
    for node in model.graph.node:
        if node.op_type == "Cast" and node.input[0] in inits and node.input[0].endswith("_q"):
            cast[node.output[0]] = numpy_helper.to_array(inits[node.input[0]]).astype(np.float32)
        elif node.op_type == "Mul" and node.input[0] in cast and node.input[1] in inits:
            scale = numpy_helper.to_array(inits[node.input[1]]).astype(np.float32)
            folded[node.output[0]] = numpy_helper.from_array(cast[node.input[0]] * scale, node.output[0])
        else:
            kept.append(node)
    used = {name for node in kept for name in node.input}
    del model.graph.node[:]
    model.graph.node.extend(kept)
    others = [i for i in model.graph.initializer if i.name in used]
    del model.graph.initializer[:]
    model.graph.initializer.extend([*others, *folded.values()])
    onnx.save(model, str(target))


def first_layers(source: Path, target: Path, layers: int) -> None:
    """The graph cut after its `layers`-th transformer layer (each layer ends in its second layer normalisation;
    the embeddings have one of their own, the first)."""
    import onnx

    model = onnx.load(str(source))
    norms = [n.output[0] for n in model.graph.node if n.op_type == "LayerNormalization"]
    cut = onnx.utils.Extractor(model).extract_model([i.name for i in model.graph.input], [norms[2 * layers]])
    onnx.save(cut, str(target))


def quantise(source: Path, target: Path) -> None:
    import logging

    from onnxruntime.quantization import QuantType, quantize_dynamic

    logging.getLogger().setLevel(logging.ERROR)  # its advice to pre-process applies to static quantisation

    quantize_dynamic(str(source), str(target), weight_type=QuantType.QInt8, per_channel=True,
                     op_types_to_quantize=["MatMul"])


def variants(folder: Path, shipped: Path) -> dict[str, Path]:
    paths = {name: folder / f"{name}.onnx" for name in ("fp32", "int8", "layers3", "layers3_int8")}
    fold_weights(shipped, paths["fp32"])
    quantise(paths["fp32"], paths["int8"])
    first_layers(paths["fp32"], paths["layers3"], 3)
    quantise(paths["layers3"], paths["layers3_int8"])
    return paths


def main() -> None:
    args = bench_options(__doc__, copies=4)
    try:
        import onnx  # noqa: F401
    except ImportError:
        sys.exit("bench_embedders.py builds its variants with the onnx package: pip install onnx")
    import numpy as np
    import onnxruntime as ort

    from eventwatch.events.embed import _onnx_files

    load_before = os.getloadavg()[0]
    _, docs, stage, unsure = staged_corpus(args.copies, batch=16)
    if stage.arbiter is None:
        sys.exit("the arbiter is off in these settings: nothing to embed")
    embedder: Any = stage.arbiter.embedder.inner
    options = ort.SessionOptions()
    options.intra_op_num_threads = options.inter_op_num_threads = 1
    options.log_severity_level = 3
    with tempfile.TemporaryDirectory() as tmp:
        sessions = {"shipped": embedder.session}
        sessions.update({name: ort.InferenceSession(str(path), sess_options=options,
                                                    providers=["CPUExecutionProvider"])
                         for name, path in variants(Path(tmp), _onnx_files()[0]).items()})
    cpu: dict[str, list[float]] = {name: [] for name in sessions}
    cosine: dict[str, float] = {}
    shipped_vectors = None
    for _ in range(args.runs):
        for name, session in sessions.items():
            embedder.session = session
            start = time.process_time()
            vectors = embedder.embed(unsure)
            cpu[name].append(time.process_time() - start)
            shipped_vectors = vectors if shipped_vectors is None else shipped_vectors
            cosine[name] = float(np.min(np.sum(vectors * shipped_vectors, axis=1)))
    embedder.session = sessions["shipped"]
    med = {name: statistics.median(v) for name, v in cpu.items()}
    lengths = [len(e.ids) for e in embedder.tokenizer.encode_batch(unsure)]
    figures: dict[str, Any] = {"documents": len(docs), "sentences_embedded": len(unsure),
                               "tokens_median": statistics.median(lengths), "tokens_max": max(lengths)}
    for name in sessions:
        figures[f"{name}_cpu_s"] = round(med[name], 2)
        figures[f"{name}_over_shipped"] = round(med[name] / med["shipped"], 3)
        figures[f"{name}_min_cosine_to_shipped"] = round(cosine[name], 4)
    figures["load_average_before"], figures["load_average_after"] = round(load_before, 2), round(os.getloadavg()[0], 2)
    print_figures(figures, args.json)


if __name__ == "__main__":
    main()
