"""`eventwatch eval acled|geo|timeml|language`: accuracy figures on a user's own labelled data."""

from __future__ import annotations

import json
from pathlib import Path

import click

from eventwatch.cli.options import make_settings
from eventwatch.errors import EvalDataMissing


def register(cli: click.Group) -> None:
    cli.add_command(eval_group)


@click.group(name="eval")
def eval_group() -> None:
    """Measure eventwatch on labelled data (ACLED exports, GeoNames-linked corpora, TimeML)."""


def _need(path: str) -> Path:
    p = Path(path)
    if not p.exists():
        raise EvalDataMissing(f"no evaluation data at {path}")
    return p


CASE = click.option("--case", "letter_case", type=click.Choice(["as-written", "lower", "upper"]), default="as-written",
                    show_default=True,
                    help="Score the text re-written all in lower case or all in capitals (same offsets): what "
                         "text without case costs, on the same data.")


def _emit(report: object, as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(report.as_dict(), indent=2, default=str))  # type: ignore[attr-defined]
    else:
        click.echo(report.format())  # type: ignore[attr-defined]


@eval_group.command(name="acled")
@click.argument("path")
@click.option("--strip-date-prefix", is_flag=True, help='Strip "On <date>," and "[size=...]" from the notes.')
@click.option("--classify-only", is_flag=True, help="Only the event type and actors (no dates or places).")
@click.option("--limit", type=int, help="Evaluate the first N rows only.")
@click.option("--country-known", is_flag=True, help="Give each note its row's country (as --country would).")
@click.option("--half", type=click.Choice(["even", "odd"]),
              help="Only the rows whose event_id_cnty number has this parity (places tuned on: even; not: odd).")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@CASE
def eval_acled(path: str, strip_date_prefix: bool, classify_only: bool, limit: int | None, country_known: bool,
               half: str | None, as_json: bool, letter_case: str) -> None:
    """Score eventwatch against an ACLED export (CSV with notes and coded fields)."""
    from eventwatch.evaluation.acled import (
        country_codes,
        evaluate_classify,
        evaluate_events,
        id_half,
        load_acled,
        note_place,
        recase_notes,
    )
    from eventwatch.evaluation.lettercase import as_case

    rows = load_acled(_need(path), strip_date_prefix=strip_date_prefix)
    rows = recase_notes((id_half(rows, half) if half else rows)[:limit], as_case(letter_case))
    settings = make_settings(None)
    if classify_only:
        from eventwatch.events import EventCoder
        from eventwatch.nlp import load_nlp

        _emit(evaluate_classify(rows, EventCoder(), load_nlp(settings)), as_json)
        return
    from eventwatch.api import extract
    from eventwatch.geo import Geocoder, get_gazetteer
    from eventwatch.nlp import load_nlp

    nlp, geocoder = load_nlp(settings), Geocoder(get_gazetteer())
    codes = country_codes(rows) if country_known else {}
    if country_known:
        rows = sorted(rows, key=lambda r: codes.get(r.notes, ""))  # one pipeline per country, built once
    _emit(evaluate_events(
        rows,
        lambda text, published: extract(text, published, settings=settings,
                                        **({"country": codes[text]} if text in codes else {})),
        locate=lambda text: note_place(text, nlp, geocoder, codes.get(text)),
    ), as_json)


@eval_group.command(name="article")
@click.argument("path")
@click.option("--gold", "gold", help="The gold file (default: PATH with .gold.json instead of .txt).")
@click.option("--published", help="Reference date (YYYY-MM-DD) when the article carries none.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def eval_article(path: str, gold: str | None, published: str | None, as_json: bool) -> None:
    """Score one article's events against its gold file: required events found, events beyond the gold."""
    from eventwatch.api import process_document
    from eventwatch.evaluation.article import score_article
    from eventwatch.readers import iter_documents

    settings = make_settings(None, published=published)
    gold_path = _need(gold or str(Path(path).with_suffix("")) + ".gold.json")
    events = [e for doc in iter_documents([str(_need(path))], settings) if doc.dropped is None
              for e in process_document(doc, settings).events]
    _emit(score_article(gold_path, events), as_json)


@eval_group.command(name="geo")
@click.argument("path")
@click.option("--end-to-end", is_flag=True, help="Recognise the places too instead of using the gold spans.")
@click.option("--limit", type=int, help="Evaluate the first N articles only.")
@click.option("--half", type=click.Choice(["even", "odd"]),
              help="Only the articles whose number has this parity (tuned on: even; not tuned on: odd).")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@CASE
def eval_geo(path: str, end_to_end: bool, limit: int | None, half: str | None, as_json: bool,
             letter_case: str) -> None:
    """Geocoding accuracy on GeoWebNews/GeoVirus-style XML (within 161 km, exact id, mean error)."""
    from eventwatch.evaluation.geo import evaluate_geo
    from eventwatch.evaluation.lettercase import as_case
    from eventwatch.nlp import load_nlp

    case = as_case(letter_case)  # text re-cased is read in restored case, as `extract` reads it: that needs the model
    nlp = load_nlp(make_settings(None)) if end_to_end or case != "as-written" else None
    _emit(evaluate_geo(_need(path), end_to_end=end_to_end, nlp=nlp, limit=limit, half=half, case=case),
          as_json)


@eval_group.command(name="timeml")
@click.argument("directory")
@click.option("--limit", type=int, help="Evaluate the first N documents only.")
@click.option("--half", type=click.Choice(["even", "odd"]),
              help="Only the documents at even or odd positions in file-name order.")
@click.option("--types", type=click.Choice(["date-time", "all"]), default="date-time", show_default=True,
              help="Score DATE and TIME expressions, or every TIMEX3 type (DURATION and SET too) as TempEval-3 does.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def eval_timeml(directory: str, limit: int | None, half: str | None, types: str, as_json: bool) -> None:
    """Time-expression detection and normalisation on TimeML files, relative to each document's date."""
    from eventwatch.evaluation.timeml import evaluate_timeml

    _emit(evaluate_timeml(_need(directory), limit=limit, half=half, types=types), as_json)


@eval_group.command(name="language")
@click.argument("directory")
@click.option("--limit", type=int, help="Evaluate the first N articles only (in id order).")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--detector", type=click.Choice(["auto", "model", "lexicon"]), default="auto", show_default=True,
              help="The learned model built by `eventwatch loaded-model` (trained on the odd ids), the shipped "
                   "lexicon, or auto (the model when built).")
def eval_language(directory: str, limit: int | None, as_json: bool, detector: str) -> None:
    """Loaded language and name-calling spans on the Propaganda Techniques Corpus layout (SemEval-2020 Task 11
    span identification, partial overlap): even article ids (never tuned on), then odd ids (tuned on)."""
    from eventwatch.evaluation.language import evaluate_ptc
    from eventwatch.sources.loaded import find_loaded
    from eventwatch.sources.loaded_model import detector as choose

    find = choose(detector)
    name = "lexicon"
    if find is not find_loaded:
        from eventwatch.sources.loaded_model import built_model

        model = built_model()
        name = "model (built by eventwatch loaded-model"
        if model is not None:
            name += f" from {model.trained_on}"
            if model.cv_f1 is not None:
                name += f"; two-fold cross-validated span F1 on them {model.cv_f1:.3f}"
        name += ")"
    _emit(evaluate_ptc(_need(directory), find, limit=limit, name=name), as_json)


@eval_group.command(name="merge")
@click.argument("path")
@click.option("--events", type=click.Choice(["main", "current", "all"]), default="main", show_default=True,
              help="Which events of a document count: those of its lead sentence, its current events (not "
                   "background), or any.")
@click.option("--half", type=click.Choice(["even", "odd"]),
              help="With an ACLED export: only the look-alike groups of this half (by a checksum of their key).")
@click.option("--summary", is_flag=True,
              help="The figures and the counts by cause only, no record or pair named (for a held-out corpus).")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def eval_merge(path: str, events: str, half: str | None, summary: bool, as_json: bool) -> None:
    """Merging across reports on a JSONL corpus with `cluster` (and `topic`) labels: pairwise P/R/F1 over records
    that share an event, and the look-alike pairs (same topic, other cluster) wrongly merged. Given an ACLED export
    (a .csv), its rows of one country, division, day and type are the look-alikes: each its own event, every pair
    merged a false merge."""
    import tempfile

    from eventwatch.evaluation.merging import evaluate_merge
    from eventwatch.evaluation.merging_acled import write_lookalikes

    source = _need(path)
    if source.suffix.lower() != ".csv":
        if half is not None:
            raise click.UsageError("--half applies to an ACLED export (.csv) only")
        report = evaluate_merge(source, make_settings(None), events=events)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            corpus = write_lookalikes(source, Path(tmp) / "acled-lookalikes.jsonl", half)
            report = evaluate_merge(corpus, make_settings(None), events=events)
    report.pairs_shown = not summary
    _emit(report, as_json)


@eval_group.command(name="trials")
@click.argument("folders", nargs=-1)
@click.option("--root", default="tests/fixtures", show_default=True,
              help="Where the trial folders are looked for when none is named (every trial*/ with its gold beside).")
@click.option("--half", "wanted", type=click.Choice(["fix", "report", "both"]), default="both", show_default=True,
              help="Which halves' summary lines to print.")
@click.option("--show-fix", "show_fix", type=click.Path(dir_okay=False),
              help="Also write the fix half's gold and extracted events, file by file, to this file (the report "
                   "half's events are never listed: they are not to be read).")
@click.option("--view", type=click.Choice(["export", "all"]), default="export", show_default=True,
              help="export: the dataset's events (background events and the gold's background entries left out, "
                   "as the export leaves them out); all: every extracted event against every gold entry.")
def eval_trials(folders: tuple[str, ...], root: str, wanted: str, show_fix: str | None, view: str) -> None:
    """The team's blind trial sets by halves: one line per set and half, `name half {figures}` (recall by type and
    place, with the date, fatalities of found, precision and one-to-one precision), to compare two versions with
    diff."""
    from eventwatch.api import extract_folder
    from eventwatch.evaluation.trials import HALVES, find_sets, fix_half_listing, half_lines

    sets = [_need(f) for f in folders] or find_sets(_need(root))
    if not sets:
        raise EvalDataMissing(f"no trial folder with its gold beside it under {root}")
    listing = open(show_fix, "w", encoding="utf-8") if show_fix else None  # noqa: SIM115 (written set by set)
    try:
        for folder in sets:
            extracted = extract_folder(folder)
            for line in half_lines(folder, extracted, HALVES if wanted == "both" else (wanted,), view):
                click.echo(line)
            if listing is not None:
                listing.writelines(line + "\n" for line in fix_half_listing(folder, extracted))
                listing.flush()
    finally:
        if listing is not None:
            listing.close()
