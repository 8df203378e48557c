"""The arbiter's 8-bit embedding (`events/embed_q8.py`): which products it rewrites, that it is built bit for bit
from the wheel's model into the cache, refused when its bytes differ, and that its vectors do not depend on the
batch a text is embedded in (`Remembering`, the merge and the cluster's workers rely on it)."""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from eventwatch.errors import ModelMissing
from eventwatch.events import embed_q8
from eventwatch.events.embed import saturating_int8
from eventwatch.events.embed_q8 import GRAPH_SHA256, _int8_weights, build, ensure_built

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


def test_the_graph_lives_in_the_cache_folder_under_its_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                                               ) -> None:
    monkeypatch.setenv("EVENTWATCH_CACHE", str(tmp_path))
    assert embed_q8.graph_path() == tmp_path / f"minilm-q8-v{embed_q8.GRAPH_VERSION}.onnx"


def test_a_graph_already_built_is_not_built_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    built = tmp_path / "graph.onnx"
    built.write_bytes(b"built")
    monkeypatch.setattr(subprocess, "run", lambda *a, **k: pytest.fail("built again"))
    assert ensure_built(built) == built


def test_a_build_that_fails_is_said_with_the_pinned_onnx(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    failed = SimpleNamespace(returncode=1, stderr="ModuleNotFoundError: No module named 'onnx'")
    monkeypatch.setattr(subprocess, "run", lambda *a, **k: failed)
    with pytest.raises(ModelMissing, match=r"onnx==1\.23\.2.*No module named 'onnx'"):
        ensure_built(tmp_path / "graph.onnx")


def test_only_an_x86_cpu_without_vnni_saturates(tmp_path: Path) -> None:
    def cpu(flags: str) -> Path:
        path = tmp_path / flags.replace(" ", "_")
        path.write_text(f"processor\t: 0\nflags\t\t: fpu sse4_1 {flags}\n")
        return path

    assert saturating_int8(cpu("avx2 fma"))  # an AVX2 server of the earlier sessions
    assert saturating_int8(cpu("avx2 avx512f avx512bw"))  # AVX-512 without VNNI
    assert not saturating_int8(cpu("avx2 avx512bw avx512_vnni"))  # this session's Xeon
    assert not saturating_int8(cpu("avx2 avx_vnni"))  # VNNI on AVX2 (Alder Lake and later)
    assert not saturating_int8(tmp_path / "no such file")
    arm = tmp_path / "arm"
    arm.write_text("processor\t: 0\nFeatures\t: fp asimd asimddp\n")
    assert not saturating_int8(arm)


@pytest.mark.slow
def test_the_graph_is_built_bit_for_bit_and_other_bytes_are_refused(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("onnx", reason="the 8-bit graph is built with onnx==1.23.2 (pip install -e '.[q8]')")
    first, second = tmp_path / "a.onnx", tmp_path / "b.onnx"
    assert build(first) == 36 and build(second) == 36  # the 36 weight products of the six layers
    assert first.read_bytes() == second.read_bytes()
    assert hashlib.sha256(first.read_bytes()).hexdigest() == GRAPH_SHA256
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".part"] == []  # no temporary file left
    monkeypatch.setattr(embed_q8, "GRAPH_SHA256", "0" * 64)
    with pytest.raises(ModelMissing, match="not the recorded"):
        build(tmp_path / "c.onnx")
    assert not (tmp_path / "c.onnx").exists()


@pytest.mark.slow
def test_a_texts_8_bit_vector_does_not_depend_on_its_batch() -> None:
    from eventwatch.events.embed import load_embedder
    from eventwatch.events.embed_q8 import graph_path

    if not graph_path().is_file():
        pytest.importorskip("onnx", reason="the 8-bit graph is built with onnx==1.23.2 (pip install -e '.[q8]')")
    embed = load_embedder("onnx8")
    texts = ["Police fired tear gas at students marching in Nairobi.", "Rebels shelled the town overnight.",
             "The minister opened a new bridge.", "Farmers blocked the highway with tractors for a third day.",
             "Two soldiers were killed when their convoy hit a roadside bomb near Gao.", "Strike.", "x " * 200]
    together = embed.embed(texts)
    alone = np.vstack([embed.embed([t]) for t in texts])
    backwards = embed.embed(list(reversed(texts)))[::-1]
    assert np.array_equal(together, alone) and np.array_equal(together, backwards)
    assert np.allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-5)
    # exact integer sums on a CPU without VNNI too (u8u8 there instead of the saturating u8s8 kernels), and the
    # faster u8s8 kernels where they are exact
    options = embed.session.get_session_options()  # type: ignore[attr-defined]
    try:
        asked: str | None = options.get_session_config_entry("session.x64quantprecision")
    except RuntimeError:  # not set
        asked = None
    assert asked == ("1" if saturating_int8() else None)
    fp32 = load_embedder("onnx", fast=True).embed(texts)
    assert float((fp32 * together).sum(axis=1).min()) > 0.99  # the same model, 8-bit products


def _product_session(version: int) -> object:
    """One rewritten product `x @ (W * scale)` of a small team-made graph, by recipe `version`: 2 is `_rewrite`'s
    (QuantizeLinear and DequantizeLinear over the rows), 1 the arithmetic spelled out as before (Div, Round, Add 128,
    Cast; Cast, Mul), kept here as the reference the new recipe must match byte for byte."""
    onnx = pytest.importorskip("onnx", reason="the 8-bit graph is built with onnx==1.23.2 (pip install -e '.[q8]')")
    ort = pytest.importorskip("onnxruntime")
    from onnx import TensorProto, helper, numpy_helper

    rng = np.random.default_rng(7)
    weights = {"w_q": rng.integers(-128, 128, size=(16, 24)).astype(np.int8),
               "w_scale": rng.uniform(0.001, 0.05, size=(1, 24)).astype(np.float32)}
    nodes = [helper.make_node("Cast", ["w_q"], ["w_f"], to=TensorProto.FLOAT),
             helper.make_node("Mul", ["w_f", "w_scale"], ["w"]), helper.make_node("MatMul", ["x", "w"], ["y"])]
    inputs = [helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["b", "t"]),
              helper.make_tensor_value_info("x", TensorProto.FLOAT, ["b", "t", 16])]
    output = helper.make_tensor_value_info("y", TensorProto.FLOAT, ["b", "t", 24])
    made = helper.make_graph(nodes, "product", inputs, [output],
                             [numpy_helper.from_array(v, k) for k, v in weights.items()])
    model = helper.make_model(made, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    assert embed_q8._rewrite(model) == 1
    if version == 1:
        p, u = "q8_0", "q8_x0"
        spelled = [helper.make_node("Div", ["x", u + "s"], [p + "d"]), helper.make_node("Round", [p + "d"], [p + "r"]),
                   helper.make_node("Add", [p + "r", "q8_128"], [p + "u"]),
                   helper.make_node("Cast", [p + "u"], [p + "v"], to=TensorProto.UINT8),
                   helper.make_node("MatMulInteger", [p + "v", "w_q", "q8_zp"], [p + "i"]),
                   helper.make_node("Cast", [p + "i"], [p + "c"], to=TensorProto.FLOAT),
                   helper.make_node("Mul", [p + "c", u + "s"], [p + "cs"]),
                   helper.make_node("Mul", [p + "cs", "w_scale"], ["y"])]
        kept = [n for n in model.graph.node if n.output[0] in (u + "abs", u + "max", u + "s0", u + "s")]
        del model.graph.node[:]
        model.graph.node.extend(kept + spelled)
        model.graph.initializer.append(numpy_helper.from_array(np.array(128.0, np.float32), "q8_128"))
    onnx.checker.check_model(model)
    options = ort.SessionOptions()
    options.log_severity_level = 3
    return ort.InferenceSession(model.SerializeToString(), options, providers=["CPUExecutionProvider"])


def test_the_rows_quantised_by_quantize_linear_give_the_spelled_out_arithmetics_bytes() -> None:
    new, old = _product_session(2), _product_session(1)
    rng = np.random.default_rng(11)
    for batch, tokens in ((1, 1), (3, 7), (8, 31)):
        ids = np.zeros((batch, tokens), np.int64)
        x = (rng.standard_normal((batch, tokens, 16)) * rng.uniform(0.01, 40)).astype(np.float32)
        # quotients at half steps, where rounding half to even and a division done otherwise would part
        scale = np.abs(x).max(axis=-1, keepdims=True) / np.float32(127)
        halves = (rng.integers(-127, 127, size=x.shape) + 0.5).astype(np.float32) * scale
        halves[..., 0] = 127 * scale[..., 0]
        zeros = np.zeros_like(x)  # a row of zeros: the smallest scale, TINY
        for sample in (x, halves.astype(np.float32), zeros):
            got = new.run(None, {"input_ids": ids, "x": sample})[0]  # type: ignore[attr-defined]
            want = old.run(None, {"input_ids": ids, "x": sample})[0]  # type: ignore[attr-defined]
            assert got.shape == want.shape == (batch, tokens, 24)
            assert got.tobytes() == want.tobytes()
