"""Which report of the winning kind codes a merged event (civilian targeting), on evidence, never on confidence."""

from __future__ import annotations

from typing import Any

from mergerows import report

from eventwatch.merge import Cluster, Report, load_rules, merged_row
from eventwatch.merge.coding import coding

RULES = load_rules()
# a shelling of Atmeh told by two outlets: one names whom it struck (civilians its second actor, four fields with
# a span: trigger, target, place, day), the other only that the town was shelled (three)
STRUCK: dict[str, Any] = dict(place="Atmeh", sub_event_type="Shelling/artillery/missile attack",
                              civilian_targeting=True, field_spans=4,
                              sentence="Shells hit a residential block of Atmeh on Monday, killing two civilians.")
SHELLED: dict[str, Any] = dict(place="Atmeh", sub_event_type="Shelling/artillery/missile attack",
                               civilian_targeting=False, actor2=None, inter2=None, field_spans=3,
                               sentence="Government artillery shelled Atmeh on Monday.")


def merged(*reports: Report) -> dict[str, object]:
    ordered = tuple(sorted(reports, key=lambda r: r.sort_key))
    return merged_row(Cluster(ordered, (), ordered[0].id), RULES)


def test_the_report_with_more_evidence_codes_the_event_whatever_the_confidences() -> None:
    for high, low in ((0.99, 0.6), (0.6, 0.99)):
        row = merged(report(1, "a", **SHELLED, confidence=high, doc_published="2024-03-04"),
                     report(1, "b", **STRUCK, confidence=low, doc_published="2024-03-05"))
        assert row["civilian_targeting"] is True  # the earlier, differently confident report names no target
        assert "Coded with civilian targeting as Outlet b's report tells it: its text evidences 4 of its fields, " \
               "Outlet a's 3." in str(row["notes"])


def test_an_outlet_of_a_side_comes_after_one_of_no_side() -> None:
    side = report(1, "a", **STRUCK, partisan_only=True)
    row = merged(side, report(1, "b", **SHELLED))
    assert row["civilian_targeting"] is False
    assert "its outlet speaks for no side in the conflict, Outlet a's does." in str(row["notes"])


def test_then_the_more_precise_place_the_earlier_report_and_the_ids() -> None:
    town = report(1, "b", **{**STRUCK, "field_spans": 3}, doc_published="2024-03-05")
    province = report(1, "a", **{**SHELLED, "place": "Idlib", "geo_precision": 3}, doc_published="2024-03-04")
    chosen = coding([province, town])
    assert chosen.report is town and chosen.why is not None and "a more precise place than Outlet a" in chosen.why
    later = report(1, "c", **{**SHELLED, "field_spans": 4}, doc_published="2024-03-05")
    earlier = report(1, "d", **STRUCK, doc_published="2024-03-04")
    assert coding([later, earlier]).report is earlier
    same_day = [report(1, "f", **STRUCK), report(1, "e", **{**SHELLED, "field_spans": 4})]
    chosen = coding(same_day)
    assert chosen.report.doc_id == "e" and chosen.why is not None and "by the reports' ids" in chosen.why
    assert coding(list(reversed(same_day))).report is chosen.report  # the order given changes nothing


def test_reports_that_code_alike_give_no_why() -> None:
    row = merged(report(1, "a", **STRUCK), report(1, "b", **{**STRUCK, "field_spans": 5}))
    assert coding([report(1, "a", **STRUCK), report(1, "b", **STRUCK)]).why is None
    assert "Coded with" not in str(row["notes"]) and row["civilian_targeting"] is True
