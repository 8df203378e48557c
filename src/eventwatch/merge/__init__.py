"""One event per real-world occurrence: the per-report events of many documents merged in the store.

The API the runner, the cluster driver and the evaluation use:
- `merge_new(store, doc_ids=None)`: merge the per-report events not linked yet (of those documents) into the
  store's events, re-clustering the components they touch; inside the caller's transaction when there is one;
- `recompute(store)`: cluster every stored report again (after a change of the rules, or after loading
  per-report results in bulk);
- `cluster(reports, rules)`, `to_report(row, rules)`, `compare(a, b, rules)`: the same decisions without a store;
- `merged_row(cluster, rules)`: a merged event's fields by ACLED's rules.
"""

from eventwatch.merge.cluster import Cluster, cluster, compare_all
from eventwatch.merge.fields import MERGED_COLUMNS, independent_groups, merged_row
from eventwatch.merge.match import Link, compare
from eventwatch.merge.reports import Report, to_report
from eventwatch.merge.rules import MergeRulesError, Rules, load_rules
from eventwatch.merge.storage import MergeCounts, merge_new, recompute

__all__ = [
    "MERGED_COLUMNS",
    "Cluster",
    "Link",
    "MergeCounts",
    "MergeRulesError",
    "Report",
    "Rules",
    "cluster",
    "compare",
    "compare_all",
    "independent_groups",
    "load_rules",
    "merge_new",
    "merged_row",
    "recompute",
    "to_report",
]
