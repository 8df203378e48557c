"""`eventwatch train`: rebuild the learned arbiter's model file from its inputs, bit for bit.

By default it reads the ACLED notes and the CASE 2021 half from `--data` (`../shared/eval`) and the team-written
sentences shipped in the package, and writes `src/eventwatch/data/arbiter/model.json` with `provenance.json` beside
it. `--examples FILE.jsonl` trains on a file of examples of your own instead (`{"text", "label", "genre"?,
"note"?}` per line; labels are ACLED sub-event types or "no event").
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from eventwatch.errors import BadRecord
from eventwatch.events.embed import DEFAULT_ROUTE, ROUTES


def register(cli: click.Group) -> None:
    cli.add_command(train)


def _read_examples(path: Path) -> list[object]:
    from eventwatch.events.arbiter import labels
    from eventwatch.training.data import GENRE_WEIGHTS, Example

    known = set(labels())
    out: list[object] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            example = Example(f"file:{n}", str(rec["text"]), str(rec["label"]), str(rec.get("genre", "team")),
                              bool(rec.get("note", False)))
        except (ValueError, KeyError, TypeError) as exc:
            raise BadRecord(f"{path}:{n}: not an example record ({exc})") from exc
        if example.label not in known or example.genre not in GENRE_WEIGHTS:
            raise BadRecord(f"{path}:{n}: unknown label {example.label!r} or genre {example.genre!r}")
        out.append(example)
    return out


@click.command()
@click.option("--data", default="../shared/eval", show_default=True,
              help="The folder holding acled/acled_2022_dev.csv and events/case2021_task2_dev_half.tsv.")
@click.option("--examples", "examples_file", type=click.Path(dir_okay=False, exists=True),
              help="Train on this JSONL file of examples instead of the default inputs.")
@click.option("--out", default=None, help="The model file to write (default: the packaged model.json).")
@click.option("--route", type=click.Choice(list(ROUTES)), default=DEFAULT_ROUTE, show_default=True,
              help="Which MiniLM embedding route the model is trained on (and will read with).")
@click.option("--quiet", is_flag=True, help="No progress messages.")
def train(data: str, examples_file: str | None, out: str | None, route: str, quiet: bool) -> None:
    """Train the learned arbiter (sub-event type or "no event") and write its model file reproducibly."""
    from eventwatch.events.arbiter import model_path
    from eventwatch.training.data import Example, training_examples
    from eventwatch.training.fit import featurise, fit, provenance

    def say(message: str) -> None:
        if not quiet:
            click.echo(message, err=True)

    if examples_file:
        examples = [e for e in _read_examples(Path(examples_file)) if isinstance(e, Example)]
        command = f"eventwatch train --examples {examples_file}"
    else:
        examples = training_examples(Path(data))
        command = "eventwatch train" + (f" --data {data}" if data != "../shared/eval" else "")
    if route != DEFAULT_ROUTE:
        command += f" --route {route}"
    say(f"{len(examples)} examples; reading them with the rules and embedding them ...")
    model = fit(featurise(examples, route, progress=say))
    text = model.to_json()
    target = Path(out) if out else model_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    (target.parent / (target.stem + ".provenance.json")).write_text(provenance(text, command), encoding="utf-8")
    say(f"wrote {target} ({len(text.encode()):,} bytes) and its provenance")
