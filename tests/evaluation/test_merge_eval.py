"""`eventwatch eval merge`: pairwise scores over records sharing an event, and look-alike false merges."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwatch.errors import BadRecord
from eventwatch.evaluation.merging import Record, evaluate_merge, load_records, missed_by_cause, score


def test_pairs_are_scored_against_clusters_and_lookalikes_counted() -> None:
    records = [Record(1, "a", "x", "t"), Record(2, "b", "x", "t"), Record(3, "c", "x", "t"),
               Record(4, "d", "y", "t"), Record(5, "e", "z", None)]
    s = score("merge", records, {(0, 1), (0, 3)})
    assert (s.gold, s.predicted, s.correct) == (3, 2, 1)
    assert (s.precision, round(s.recall, 3)) == (0.5, 0.333)
    assert (s.lookalikes, s.lookalike_merged) == (3, 1)  # a~d, b~d, c~d share topic t but not a cluster


def test_lookalike_pairs_of_one_text_are_counted_beside_the_figure_not_out_of_it() -> None:
    """Two look-alikes whose texts are identical are one document, merged by any reader: the figure still counts
    them (its definition is unchanged), and the summary gives how many there are and the rate over the rest."""
    from eventwatch.evaluation.merging import MergeReport

    records = [Record(1, "a", "x", "t"), Record(2, "b", "y", "t"), Record(3, "c", "z", "t"), Record(4, "d", "w", "t")]
    one_text = {(0, 1), (2, 3)}  # the evaluation predicts the pairs of one document, as any reader would
    s = score("merge", records, {(0, 2)} | one_text, one_text=one_text)
    assert (s.lookalikes, s.lookalike_merged, s.lookalike_one_text) == (6, 3, 2)
    assert s.lookalike_rate == 3 / 6 and s.told_apart_rate == 1 / 4  # a~c merged of the four pairs of two texts
    assert s.as_dict()["lookalike_pairs_one_text"] == 2 and s.as_dict()["lookalike_false_merge_rate_two_texts"] == 0.25
    shown = MergeReport(merge=s).format()
    assert "3/6 (50.0%)" in shown and "of one text" in shown and "the rest 1/4 (25.0%)" in shown
    assert "of one text" not in MergeReport(merge=score("merge", records, {(0, 2)})).format()


def test_missed_pairs_are_told_apart_by_where_they_were_lost() -> None:
    """A record with no event and events placed in two countries are extraction's misses; the rest the merge's."""
    records = [Record(n, str(n), "x", "t") for n in range(4)]
    countries = {0: {"Kenya"}, 1: {"Kenya"}, 2: {"Uganda"}}
    causes = missed_by_cause(records, {(0, 1)}, {0, 1, 2}, countries)
    assert causes == {"no event": 3, "no common country": 2, "merge decision": 0}
    assert missed_by_cause(records, set(), {0, 1, 2}, countries)["merge decision"] == 1


def test_a_record_without_a_cluster_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"id": "1", "text": "x"}) + "\n", encoding="utf-8")
    with pytest.raises(BadRecord, match="cluster"):
        load_records(path)


def _record(n: int, cluster: str, text: str, published: str, source: str) -> str:
    return json.dumps({"id": f"r{n}", "text": text, "published": published, "source": source, "cluster": cluster,
                       "topic": "kisumu"})


@pytest.mark.slow
def test_the_corpus_runs_through_the_pipeline_and_the_store(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join([
        _record(1, "mon", "KISUMU, Kenya — Police fired tear gas at traders protesting against new market fees in "
                "Kisumu on Monday, witnesses said.", "2024-03-11", "Lakeside Herald"),
        _record(2, "mon", "Traders in Kisumu protested on Monday against new market fees and police dispersed them "
                "with tear gas near Jubilee Market, a trader said.", "2024-03-11", "Nyanza Voice"),
        _record(3, "next", "KISUMU, Kenya — Police fired tear gas at boda boda riders protesting against a new "
                "parking levy in Kisumu on Monday.", "2024-03-18", "Lakeside Herald"),
    ]) + "\n", encoding="utf-8")
    report = evaluate_merge(path)
    assert report.records == 3 and report.clusters == 2
    assert (report.merge.gold, report.merge.lookalikes) == (1, 2)
    assert report.merge.correct == 1 and report.merge.lookalike_merged == 0  # the next week's protest stays apart
    assert "merge" in report.format() and report.as_dict()["merge"]["f1"] == 1.0


def test_a_summary_names_no_record_or_pair() -> None:
    """`eval merge --summary`: a held-out corpus is read by its figures and counts by cause, never pair by pair."""
    from eventwatch.evaluation.merging import MergeReport

    report = MergeReport(records=4, clusters=2, without_events=["r9"], missed=["r1 (t) ~ r2 (t)"],
                         false=["r3 (t) ~ r4 (t)"], missed_by={"merge decision": 1})
    assert "r1 (t) ~ r2 (t)" in report.format() and report.as_dict()["missed_pairs"] == ["r1 (t) ~ r2 (t)"]
    report.pairs_shown = False
    shown, as_dict = report.format(), report.as_dict()
    assert not any(x in shown for x in ("r1", "r3", "r9")) and "missed pairs by cause: merge decision 1" in shown
    assert "missed_pairs" not in as_dict and "false_pairs" not in as_dict and as_dict["records_without_events"] == 1


@pytest.mark.slow
def test_two_records_of_one_text_are_one_document_and_counted_as_such(tmp_path: Path) -> None:
    """A note coded at two places is one text: the store keeps it once, both records point at it, and the summary
    counts the pair among the look-alikes of one text."""
    text = ("Displacement: On 2 March 2024, 1,200 residents left Kalanga and Mbeti after floods, officials of "
            "Ruvuma region said.")
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join([_record(1, "kalanga", text, "2024-03-02", "Coast Daily"),
                               _record(2, "mbeti", text, "2024-03-02", "Coast Daily")]) + "\n", encoding="utf-8")
    report = evaluate_merge(path)
    assert (report.merge.lookalikes, report.merge.lookalike_merged, report.merge.lookalike_one_text) == (1, 1, 1)
    assert "the rest 0/0" in report.format() and report.false_by == {}  # one text: no link of two texts to class


def test_a_false_merge_is_counted_by_what_joined_it() -> None:
    """A name both reports give, the town both are placed at with no name shared, or a coarser place: the classes
    of the link that joined two look-alikes, counted (never listed) in a summary."""
    from eventwatch.evaluation.merging import MergeReport
    from eventwatch.evaluation.merging_causes import linked_class
    from eventwatch.merge.match import Link

    assert linked_class(Link(0.9, None, ("same place (Kano)", "same day", "shared names: tsaure"), named=True)) \
        == "a name shared"
    assert linked_class(Link(0.8, None, ("same place (Kano)", "same day", "related types"))) \
        == "type, town and day, no name shared"
    assert linked_class(Link(0.8, None, ("Fagge and Kano 2 km apart", "same day", "same type"))) \
        == "type, town and day, no name shared"
    assert linked_class(Link(0.76, None, ("same province (Kano)", "same day", "same type"))) \
        == "type, coarse place and day, no name shared"
    report = MergeReport(false_by={"a name shared": 2, "through a third report": 1}, false=["r1 (a) ~ r2 (b)"],
                         pairs_shown=False)
    assert "look-alike false merges of two texts by cause: a name shared 2; through a third report 1" \
        in report.format() and "r1" not in report.format()
    assert report.as_dict()["lookalike_false_merges_by_cause"] == {"a name shared": 2, "through a third report": 1}
