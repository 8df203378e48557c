"""An ACLED user's analysis, as written against ACLED's own exports (team-written for the tests).

It knows nothing of eventwatch: it relies on ACLED's column names, codes and types only, the way a researcher's
notebook does. The tests run it unchanged on ACLED-shaped rows and on eventwatch's CSV, Parquet and GeoJSON
exports; a column that is missing, mistyped or coded otherwise makes a step raise or return a wrong figure.
"""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

# Valid ACLED interaction codes: the two actor types, smallest first, or ten times a lone actor's type.
VALID_INTERACTIONS = {10 * a + b for a in range(1, 9) for b in range(0, 9) if b == 0 or b >= a}
REGIONS = {"Western Africa", "Middle Africa", "Eastern Africa", "Southern Africa", "Northern Africa", "South Asia",
           "Southeast Asia", "Middle East", "Europe", "Caucasus and Central Asia", "Central America",
           "South America", "Caribbean", "East Asia", "North America", "Oceania", "Antarctica"}


def analyse(df: pd.DataFrame) -> dict[str, Any]:
    """The figures of a typical ACLED analysis, step by step."""
    out: dict[str, Any] = {}
    df = df.copy()
    # 1. dates: ACLED's event_date is a day
    df["event_date"] = pd.to_datetime(df["event_date"], format="%Y-%m-%d")
    # 2. the year column agrees with the date
    assert (df["year"].astype(int) == df["event_date"].dt.year).all()
    # 3. months for monthly series
    df["month"] = df["event_date"].dt.to_period("M").astype(str)
    # 4. events and 5. fatalities by country
    out["events_by_country"] = df.groupby("country").size().to_dict()
    out["fatalities_by_country"] = df.groupby("country")["fatalities"].sum().astype(int).to_dict()
    out["fatalities"] = int(df["fatalities"].astype(int).sum())
    # 6. a monthly series by event type
    monthly = df.pivot_table(index="month", columns="event_type", values="event_id_cnty", aggfunc="count",
                             fill_value=0)
    out["months"] = sorted(monthly.index)
    # 7. fatalities by first-level division within each country
    out["admin1_fatalities"] = df.groupby(["country", "admin1"])["fatalities"].sum().astype(int).to_dict()
    # 8. events by disorder type, and 9. the political violence among them
    out["by_disorder"] = df.groupby("disorder_type").size().to_dict()
    out["political_violence"] = int(df["disorder_type"].str.contains("Political violence").sum())
    # 10. sub-event types within each event type
    out["by_type"] = df.groupby(["event_type", "sub_event_type"]).size().to_dict()
    # 11. events involving state forces on either side
    out["state_involved"] = int(((df["inter1"].astype(int) == 1) | (df["inter2"].astype(int) == 1)).sum())
    # 12. one-sided events: no second actor is inter2 0
    one_sided = df[df["inter2"].astype(int) == 0]
    assert one_sided["actor2"].isna().all()
    out["one_sided"] = len(one_sided)
    # 13. interaction codes are ACLED's and agree with the inter codes
    codes = df["interaction"].astype(int)
    assert codes.isin(VALID_INTERACTIONS).all(), sorted(set(codes) - VALID_INTERACTIONS)
    low = df[["inter1", "inter2"]].astype(int).replace(0, 99).min(axis=1)
    high = df[["inter1", "inter2"]].astype(int).max(axis=1)
    assert (codes == low.where(low != 99, 0) * 10 + high.where(df["inter2"].astype(int) != 0, 0)).all()
    # 14. state forces against protesters (interaction 16)
    out["state_vs_protesters"] = int((codes == 16).sum())
    # 15. civilian targeting
    out["civilian_targeting"] = int((df["civilian_targeting"] == "Civilian targeting").sum())
    # 16. crowd sizes from tags, on demonstration events
    demos = df[df["event_type"].isin(["Protests", "Riots"])]
    sizes = demos["tags"].str.extract(r"crowd size=([^;]+)")[0]
    assert sizes.notna().all(), "every demonstration carries a crowd size tag"
    out["crowd_no_report"] = int((sizes == "no report").sum())
    out["crowd_numbers"] = sorted(int(re.sub(r"\D", "", s)) for s in sizes if re.search(r"\d", s))
    # 17. ISO numeric codes join a country table keyed by iso
    iso = df["iso"].astype(int)
    assert (iso > 0).all() and (iso < 1000).all()
    out["iso_by_country"] = dict(zip(df["country"], iso, strict=True))
    # 18. regions
    assert set(df["region"]) <= REGIONS
    out["by_region"] = df.groupby("region").size().to_dict()
    # 19. precision filters: exact days and towns
    assert df["time_precision"].astype(int).isin([1, 2, 3]).all()
    assert df["geo_precision"].astype(int).isin([1, 2, 3]).all()
    out["exact"] = int(((df["time_precision"] == 1) & (df["geo_precision"] == 1)).sum())
    # 20. coordinates are numbers in range
    assert df["latitude"].between(-90, 90).all() and df["longitude"].between(-180, 180).all()
    # 21. event_id_cnty: unique, country letters then a number
    assert df["event_id_cnty"].is_unique
    assert df["event_id_cnty"].str.fullmatch(r"[A-Z]{3}\d+").all()
    # 22. the last update of the data
    out["last_update"] = pd.to_datetime(df["timestamp"].astype("int64"), unit="s").max()
    # 23. how many distinct outlets report
    out["sources"] = sorted({s.strip() for cell in df["source"].dropna() for s in cell.split(";")})
    return out
