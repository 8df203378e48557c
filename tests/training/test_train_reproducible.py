"""`eventwatch train` rebuilds a model bit for bit from its inputs, and says which inputs are missing."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from eventwatch.events.arbiter import ArbiterModel, labels

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "arbiter"
EXAMPLES = FIXTURE / "examples.jsonl"


def _train(out: Path, hash_seed: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    return subprocess.run([sys.executable, "-m", "eventwatch", "train", "--examples", str(EXAMPLES),
                           "--out", str(out), "--quiet"], capture_output=True, text=True, env=env, timeout=600)


def int8_kind() -> str:
    """The instruction set onnxruntime's int8 kernels take on this CPU. The embeddings differ in their last digits
    between them (AVX2's 8-bit multiply-add saturates, VNNI's does not), so the trained weights do too: a model is
    rebuilt bit for bit on one kind of CPU, and the fixture records one digest per kind."""
    try:
        words = set(Path("/proc/cpuinfo").read_text().split())
    except OSError:
        return "unknown"
    if {"avx512_vnni", "avx_vnni"} & words:
        return "vnni"
    if "avx512bw" in words:
        return "avx512"
    return "avx2" if "avx2" in words else "other"


def recorded_digests() -> dict[str, str]:
    """`examples.model.sha256`: one `<sha256>  <kind>` line per kind of CPU the fixture model was trained on."""
    lines = (FIXTURE / "examples.model.sha256").read_text().splitlines()
    return {parts[1]: parts[0] for parts in (line.split() for line in lines) if len(parts) == 2}


def test_the_recorded_digests_name_their_cpu_kind() -> None:
    recorded = recorded_digests()
    assert set(recorded) >= {"vnni", "avx2"}
    assert all(len(d) == 64 and int(d, 16) >= 0 for d in recorded.values())


@pytest.mark.slow
def test_rebuilding_from_a_small_fixed_input_gives_identical_bytes(tmp_path: Path) -> None:
    first, second = tmp_path / "a" / "model.json", tmp_path / "b" / "model.json"
    for out, seed in ((first, "1"), (second, "2")):  # two processes, different hash seeds (set iteration order)
        result = _train(out, seed)
        assert result.returncode == 0, result.stderr
    assert first.read_bytes() == second.read_bytes()
    digest = hashlib.sha256(first.read_bytes()).hexdigest()
    provenance = json.loads((first.parent / "model.provenance.json").read_text())
    assert provenance["sha256"] == digest
    assert provenance["command"].startswith("eventwatch train --examples")
    model = ArbiterModel.from_json(first.read_text())
    assert model.classes == labels()
    assert model.meta["examples"] == {"team": 21}
    kind, recorded = int8_kind(), recorded_digests()
    if kind not in recorded:  # the two processes agreed above; the digest of this kind of CPU is not known yet
        pytest.skip(f"no fixture digest recorded for CPUs of the {kind!r} int8 path (this one trains {digest}): "
                    "add it to tests/fixtures/arbiter/examples.model.sha256 after checking the model")
    assert digest == recorded[kind], (
        "the model trained from tests/fixtures/arbiter/examples.jsonl changed: if on purpose, record its new "
        f"sha256 {digest} for {kind!r} in examples.model.sha256 (and retrain on a CPU of the other kind)")


def test_train_names_the_missing_inputs(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from eventwatch.cli import cli, train

    train.register(cli)
    result = CliRunner().invoke(cli, ["train", "--data", str(tmp_path / "nowhere"), "--out", str(tmp_path / "m")])
    assert result.exit_code != 0
    assert "acled_2022_dev.csv" in result.output and "case2021_task2_dev_half.tsv" in result.output
    assert not (tmp_path / "m").exists()


def test_a_bad_example_file_is_a_clear_error(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from eventwatch.cli import cli, train

    train.register(cli)
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"text": "Troops clashed with rebels.", "label": "Skirmish"}) + "\n")
    result = CliRunner().invoke(cli, ["train", "--examples", str(bad), "--out", str(tmp_path / "m")])
    assert result.exit_code != 0
    assert "unknown label 'Skirmish'" in result.output
