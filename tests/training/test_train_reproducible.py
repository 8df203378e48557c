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


@pytest.mark.slow
def test_rebuilding_from_a_small_fixed_input_gives_identical_bytes(tmp_path: Path) -> None:
    first, second = tmp_path / "a" / "model.json", tmp_path / "b" / "model.json"
    for out, seed in ((first, "1"), (second, "2")):  # two processes, different hash seeds (set iteration order)
        result = _train(out, seed)
        assert result.returncode == 0, result.stderr
    assert first.read_bytes() == second.read_bytes()
    digest = hashlib.sha256(first.read_bytes()).hexdigest()
    assert digest == (FIXTURE / "examples.model.sha256").read_text().split()[0], (
        "the model trained from tests/fixtures/arbiter/examples.jsonl changed: if on purpose, record its new "
        f"sha256 {digest} in examples.model.sha256")
    provenance = json.loads((first.parent / "model.provenance.json").read_text())
    assert provenance["sha256"] == digest
    assert provenance["command"].startswith("eventwatch train --examples")
    model = ArbiterModel.from_json(first.read_text())
    assert model.classes == labels()
    assert model.meta["examples"] == {"team": 21}


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
