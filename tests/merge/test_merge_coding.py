"""Which report of the winning kind codes a merged event (civilian targeting), on evidence, never on confidence."""

from __future__ import annotations

from typing import Any

from mergerows import report

from eventwatch.merge import Cluster, Report, load_rules, merged_row
from eventwatch.merge.coding import coding

RULES = load_rules()
# a shelling of Atmeh told by two outlets: one names whom it struck (civilians its second actor, so civilian
# targeting; four fields with a span: trigger, target, place, day), the other only that the town was shelled (three)
STRUCK: dict[str, Any] = dict(place="Atmeh", sub_event_type="Shelling/artillery/missile attack",
                              civilian_targeting=True, field_spans=4,
                              sentence="Shells hit a residential block of Atmeh on Monday, killing two civilians.")
SHELLED: dict[str, Any] = dict(place="Atmeh", sub_event_type="Shelling/artillery/missile attack",
                               civilian_targeting=False, actor2=None, inter2=None, field_spans=3,
                               sentence="Government artillery shelled Atmeh on Monday.")
CIVILIANS = "Civilians (Syria)"


def merged(*reports: Report) -> dict[str, object]:
    ordered = tuple(sorted(reports, key=lambda r: r.sort_key))
    return merged_row(Cluster(ordered, (), ordered[0].id), RULES)


def test_the_report_naming_the_event_s_second_actor_codes_it_whatever_the_confidences() -> None:
    for high, low in ((0.99, 0.6), (0.6, 0.99)):
        row = merged(report(1, "a", **SHELLED, confidence=high, doc_published="2024-03-04"),
                     report(1, "b", **STRUCK, confidence=low, doc_published="2024-03-05"))
        # the earlier, differently confident report names no target: the row's target and its targeting agree
        assert (row["actor2"], row["inter2"], row["civilian_targeting"]) == (CIVILIANS, 7, True)
        assert "Coded with civilian targeting as Outlet b's report tells it: its second actor is the event's, " \
               "Civilians (Syria); Outlet a's is none named." in str(row["notes"])


def test_a_side_s_outlet_comes_after_one_of_no_side_then_the_report_with_more_evidence() -> None:
    # two readings of one target, as a rule that sets no targeting (a vehicle struck, say) would give
    side = report(1, "a", **STRUCK, partisan_only=True)
    plain = report(1, "b", **{**STRUCK, "civilian_targeting": False, "field_spans": 3})
    chosen = coding([side, plain], CIVILIANS)
    assert chosen.report is plain and chosen.why == (
        "Coded with no civilian targeting as Outlet b's report tells it: its outlet speaks for no side in the "
        "conflict, Outlet a's does.")
    richer = report(1, "c", **STRUCK, doc_published="2024-03-05")
    chosen = coding([plain, richer], CIVILIANS)
    assert chosen.report is richer and "evidences 4 of its fields, Outlet b's 3" in str(chosen.why)


def test_then_the_more_precise_place_the_earlier_report_and_the_ids() -> None:
    town = report(1, "b", **{**SHELLED, "civilian_targeting": True}, doc_published="2024-03-05")
    province = report(1, "a", **{**SHELLED, "place": "Idlib", "geo_precision": 3}, doc_published="2024-03-04")
    chosen = coding([province, town], None)
    assert chosen.report is town and chosen.why is not None and "a more precise place than Outlet a" in chosen.why
    later = report(1, "c", **SHELLED, doc_published="2024-03-05")
    earlier = report(1, "d", **{**SHELLED, "civilian_targeting": True}, doc_published="2024-03-04")
    assert coding([later, earlier], None).report is earlier
    same_day = [report(1, "f", **{**SHELLED, "civilian_targeting": True}), report(1, "e", **SHELLED)]
    chosen = coding(same_day, None)
    assert chosen.report.doc_id == "e" and chosen.why is not None and "by the reports' ids" in chosen.why
    assert coding(list(reversed(same_day)), None).report is chosen.report  # the order given changes nothing


def test_reports_that_code_alike_give_no_why() -> None:
    row = merged(report(1, "a", **STRUCK), report(1, "b", **{**STRUCK, "field_spans": 5}))
    assert coding([report(1, "a", **STRUCK), report(1, "b", **STRUCK)], CIVILIANS).why is None
    assert "Coded with" not in str(row["notes"]) and row["civilian_targeting"] is True
