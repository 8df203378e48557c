"""`eventwatch eval case|glocon|muc4|satp|all`: the multi-genre development harness.

Each command scores one genre on the part of its data that is never tuned on (`--part report`, the default), or
on the tuning part; `eval all` runs every genre found under `--data` (default `../shared/eval`) and prints one
table, so that a change aimed at one genre is seen on all of them.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, cast

import click

from eventwatch.cli.evaluate import CASE, _emit, _need, eval_group
from eventwatch.cli.options import make_settings
from eventwatch.evaluation.folds import REPEATS

if TYPE_CHECKING:
    from eventwatch.evaluation.case import Predict
    from eventwatch.evaluation.relevance import Found
    from eventwatch.evaluation.suite import Part
    from eventwatch.records import Event
    from eventwatch.settings import Settings

PART = click.option("--part", type=click.Choice(["report", "tuning", "all"]), default="report", show_default=True,
                    help="Which part of the split to score: the reported part is never tuned on.")
JSON = click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
LIMIT = click.option("--limit", type=int, help="Score the first N items of the part only.")

# The repetitions of the CASE cross-validation (read from the leaf `evaluation.folds`: `--help` loads no training code)
CV_REPEATS = click.option("--cv-repeats", "cv_repeats", type=click.IntRange(min=1), default=REPEATS, show_default=True,
                          help="Repetitions of the CASE cross-validation, each with its own folds; the figures are "
                               "their mean (1: the single split of before, exactly).")


def register(cli: click.Group) -> None:
    """The commands attach to the `eval` group when this module is imported; nothing else to add."""


def _part(part: str) -> Part:
    return cast("Part", part)


RULES_ONLY = click.option("--rules-only", is_flag=True,
                          help="The rules alone, without the learned arbiter (the figures before it).")


def _say(quiet: bool) -> Callable[[str], None]:
    def say(message: str) -> None:
        if not quiet:
            click.echo(message, err=True)

    return say


def _classify(texts: Sequence[str], rules_only: bool = False) -> list[tuple[str, str] | None]:
    from eventwatch.api import classify_texts

    return classify_texts(texts, make_settings(None, arbiter=not rules_only))


def _classify_notes(texts: Sequence[str], rules_only: bool = False) -> list[tuple[str, str] | None]:
    from eventwatch.api import classify_texts

    return classify_texts(texts, make_settings(None, arbiter=not rules_only), known_event=True)


def _extract(texts: Sequence[str], rules_only: bool = False, quiet: bool = False) -> list[list[Found]]:
    """The events of each text, one text at a time (with a progress bar on stderr unless `quiet`)."""
    from eventwatch.api import extract_texts

    settings = make_settings(None, arbiter=not rules_only)
    out: list[list[Found]] = []
    # click.progressbar draws nothing when its file is not a terminal; a null stream keeps that path for `quiet`
    with click.progressbar(list(texts), label="extracting", file=io.StringIO() if quiet else sys.stderr) as bar:
        for text in bar:
            out.append([_found(e, settings) for e in extract_texts([text], settings)[0]])
    return out


def _found(event: Event, settings: Settings) -> Found:
    """What the genre tests read of one event; whether its sentence tells armed militancy is parsed only for the
    violence against civilians by non-state hands where GLOCON's mapping can count it (`relevance.glocon_event`)."""
    from eventwatch.evaluation.relevance import Found, militant_violence

    found = Found(event.event_type, event.sub_event_type, event.actor1, event.inter1, event.actor2, event.inter2,
                  event.civilian_targeting)
    trigger, sentence = event.evidence.trigger, event.evidence.sentence
    if trigger is None or not militant_violence(found):
        return found
    from eventwatch.events.militancy import told_as_militancy
    from eventwatch.nlp import load_nlp

    start = trigger.start - sentence.start
    return found._replace(militancy=told_as_militancy(load_nlp(settings), sentence.text, start,
                                                      start + len(trigger.text)))


@eval_group.command(name="case")
@click.argument("path")
@PART
@LIMIT
@JSON
@RULES_ONLY
@click.option("--cross-validate", "cross_validate", is_flag=True,
              help="Score the learned arbiter by repeated 5-fold cross-validation over the whole file: each snippet "
                   "is answered by a model trained without its fold (and with the ACLED notes of --data); the "
                   "figures are the mean over --cv-repeats repetitions, each with its own folds.")
@CV_REPEATS
@click.option("--data", default=None, help="Where the ACLED notes for --cross-validate are (default: two folders "
                                           "above the file, as in ../shared/eval).")
def eval_case(path: str, part: str, limit: int | None, as_json: bool, rules_only: bool, cross_validate: bool,
              cv_repeats: int, data: str | None) -> None:
    """ACLED sub-event typing of news snippets (CASE 2021 Task 2 TSV: id, EventSnippet, SubType).

    The shipped arbiter was trained on this file's snippets: score it with --cross-validate (or --rules-only)."""
    from eventwatch.evaluation.case import evaluate_case, load_case, split_case
    from eventwatch.evaluation.suite import pick

    snippets = pick(split_case(load_case(_need(path))), _part(part))[:limit]
    if cross_validate:
        from eventwatch.evaluation.case import evaluate_case_repeated
        from eventwatch.training.crossval import case_cv_predictors

        root = Path(data) if data else Path(path).resolve().parent.parent
        _emit(evaluate_case_repeated(snippets, case_cv_predictors(Path(path), root, cv_repeats, _say(as_json))),
              as_json)
        return
    _emit(evaluate_case(snippets, partial(_classify, rules_only=rules_only)), as_json)


@eval_group.command(name="glocon")
@click.argument("directory")
@click.option("--level", type=click.Choice(["document", "sentence"]), default="document", show_default=True)
@PART
@LIMIT
@JSON
@RULES_ONLY
def eval_glocon(directory: str, level: str, part: str, limit: int | None, as_json: bool, rules_only: bool) -> None:
    """Protest relevance on the GLOCON gold sample (document/Sabinet_R.json, sentence/Sabinet.json)."""
    from eventwatch.evaluation import relevance
    from eventwatch.evaluation.suite import pick

    root = _need(directory)
    items = (relevance.load_glocon_documents(root / "document" / "Sabinet_R.json") if level == "document"
             else relevance.load_glocon_sentences(root / "sentence" / "Sabinet.json"))
    items = pick(relevance.split_glocon(items), _part(part))[:limit]
    _emit(relevance.evaluate_relevance(items, partial(_extract, rules_only=rules_only), relevance.is_glocon_protest),
          as_json)


@eval_group.command(name="muc4")
@click.argument("path")
@PART
@LIMIT
@JSON
@RULES_ONLY
@click.option("--incidents", type=click.Choice(["violent", "muc4"]), default="violent", show_default=True,
              help="What counts as an incident: any violent event (battles included, as `eval all` counts), or "
                   "MUC-4's task definition (no combat between armed sides, no attack on a purely military target).")
def eval_muc4(path: str, part: str, limit: int | None, as_json: bool, rules_only: bool, incidents: str) -> None:
    """Terrorist-incident relevance of MUC-4 documents (JSON: id -> {doc, roles})."""
    from eventwatch.evaluation import relevance
    from eventwatch.evaluation.suite import pick

    items = pick(relevance.split_muc4(relevance.load_muc4(_need(path))), _part(part))[:limit]
    relevant = relevance.is_muc4_incident if incidents == "muc4" else relevance.is_violent
    _emit(relevance.evaluate_relevance(items, partial(_extract, rules_only=rules_only), relevant), as_json)


@eval_group.command(name="satp")
@click.argument("path")
@LIMIT
@JSON
@RULES_ONLY
def eval_satp(path: str, limit: int | None, as_json: bool, rules_only: bool) -> None:
    """Event detection and incident types of SATP snippets (TSV: text and four 0/1 flags; train.tsv is the
    tuning part, dev.tsv the reported one)."""
    from eventwatch.evaluation import relevance

    items = relevance.load_satp(_need(path))[:limit]
    _emit(relevance.evaluate_satp(items, partial(_extract, rules_only=rules_only)), as_json)


@eval_group.command(name="all")
@click.option("--data", default="../shared/eval", show_default=True, help="The folder of development sets.")
@click.option("--genre", "genres", multiple=True, type=click.Choice(["acled", "case", "glocon", "muc4", "satp"]),
              help="Only these genres (repeat the option); default every genre found.")
@PART
@JSON
@RULES_ONLY
@CV_REPEATS
@click.option("--quiet", "-q", is_flag=True,
              help="No progress on stderr (genre names, cross-validation folds, progress bars): the table only.")
@CASE
def eval_all(data: str, genres: tuple[str, ...], part: str, as_json: bool, rules_only: bool, cv_repeats: int,
             quiet: bool, letter_case: str) -> None:
    """Every development genre at once: ACLED notes, CASE snippets, GLOCON, MUC-4, SATP (one table).

    With the arbiter (the default) the CASE figures come from repeated 5-fold cross-validation over the whole half,
    scored on the asked part (the shipped model was trained on the half): the mean over --cv-repeats repetitions,
    with the lowest and highest. A full run takes tens of minutes, so progress
    goes to stderr; --quiet leaves stderr to errors and the note of missing data. With --case lower or upper every
    genre's texts are read re-written in that case (the CASE models are still trained on the texts as written)."""
    from eventwatch.evaluation.lettercase import as_case, recased
    from eventwatch.evaluation.suite import evaluate_all

    root = Path(data)
    if not root.is_dir():
        click.echo(f"skipped: no development data at {root} (the sets are not part of the repository)", err=True)
        return
    say = _say(as_json or quiet)
    case_cv: list[Predict] = []
    if not rules_only:
        from eventwatch.training.crossval import case_cv_predictors

        case_cv = case_cv_predictors(root / "events" / "case2021_task2_dev_half.tsv", root, cv_repeats, say)
    case = as_case(letter_case)
    report = evaluate_all(root, recased(partial(_classify, rules_only=rules_only), case),
                          recased(partial(_extract, rules_only=rules_only, quiet=quiet), case),
                          part=_part(part), genres=genres, progress=lambda name: say(f"scoring {name} ..."),
                          classify_notes=recased(partial(_classify_notes, rules_only=rules_only), case),
                          case_classify=[recased(p, case) for p in case_cv])
    _emit(report, as_json)
