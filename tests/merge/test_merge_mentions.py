"""Documents extraction found no event in, linked to an event other reports told (`merge.mentions`): by its town,
its day, a word of its kind and words shared; never between two look-alikes; the same in any order of arrival."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from mergerows import document, row

from eventwatch.merge import merge_new, recompute
from eventwatch.merge.mentions import MentionRules, content_words, mention_rules
from eventwatch.records import Document
from eventwatch.store import Store


def _doc(doc: str, sentence: str, **fields: Any) -> Document:
    r = row(1, doc, sentence=sentence, **fields)
    return document(doc, f"Report {doc}. {sentence} More details followed.", [r])


def _plain(doc: str, text: str, published: str) -> Document:
    """A document in which extraction finds no event (none is given to it)."""
    return Document(raw=text, origin=f"{doc}.txt", id=doc, text=text, published=published, source=f"Outlet {doc}",
                    url=f"https://{doc}.example/story", events=())


# Monday 4 March: gunmen at Kurmi market; Tuesday 5 March: gunmen at Sabon Gari market, the same city
KURMI = _doc("a", "Gunmen killed five traders at Kurmi market in Kano on Monday.", fatalities=5)
SABON = _doc("b", "Gunmen shot dead two traders at Sabon Gari market in Kano on Tuesday.", day="2024-03-05",
             fatalities=2)
# the traders' strike the next day, which the coder reads as no event of its own, tells the Kurmi killings
MOURN = _plain("m", "Traders shut Kurmi market in Kano on Tuesday to mourn five colleagues killed by gunmen on "
                    "Monday, their union said.", "2024-03-05")
# a report naming neither market: both killings of the town fit it alike, so it is linked to neither
VAGUE = _plain("v", "Shops stayed closed in Kano on Wednesday after gunmen killed traders this week, officials "
                    "said.", "2024-03-06")
# a report of the town and the day, but of nothing the events are (a football match): no word of their kind
MATCH = _plain("f", "Kano Pillars beat Enyimba in Kano on Monday before five thousand traders and fans.",
               "2024-03-05")
DOCS = [KURMI, SABON, MOURN, VAGUE, MATCH]


def _mentions(store: Store) -> list[tuple[Any, ...]]:
    if "event_mentions" not in store.tables():
        return []
    return store.con.execute("SELECT doc_id, event_id, record_id, outlet, url, published, evidence, why "
                             "FROM event_mentions ORDER BY doc_id").fetchall()


def test_a_document_with_no_event_is_linked_to_the_event_it_tells_and_nothing_of_the_event_changes(
        tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        store.write_batch(DOCS)
        merge_new(store)
        found = _mentions(store)
        assert [m[0] for m in found] == ["m"]  # not the report of both killings, nor the football match
        kurmi = store.query("SELECT event_id, n_reports, n_sources FROM events WHERE event_date = '2024-03-04'")
        assert found[0][1] == kurmi[0]["event_id"] and kurmi[0]["n_reports"] == 1  # corroborated, not coded
        assert found[0][4] is not None and "Kurmi market" in found[0][6] and "kano" in found[0][7]
        assert store.count("events") == 2  # no event invented for a document with none


def test_mentions_are_the_same_in_any_order_of_arrival_and_after_recompute(tmp_path: Path) -> None:
    with Store(tmp_path / "all.duckdb") as store:
        store.write_batch(DOCS)
        merge_new(store)
        reference = _mentions(store)
    for seed in range(4):
        order = DOCS[:]
        random.Random(seed).shuffle(order)
        with Store(tmp_path / f"one-{seed}.duckdb") as store:
            for doc in order:  # the mention may arrive before the event it tells
                with store.transaction():
                    store.write_batch([doc])
                    merge_new(store, [doc.id])
            assert _mentions(store) == reference, f"order {[d.id for d in order]}"
            recompute(store)
            assert _mentions(store) == reference


def test_a_mention_is_dropped_when_its_event_is_gone(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        store.write_batch([KURMI, MOURN])
        merge_new(store)
        assert len(_mentions(store)) == 1
        store.forget(["a"], [])
        recompute(store)
        assert _mentions(store) == []


def test_content_words_leave_out_short_and_stop_words() -> None:
    rules: MentionRules = mention_rules()
    words = content_words("Police said on Monday the gunmen killed 5 traders at the market.", rules)
    assert words == {"gunmen", "killed", "traders", "market"}
    assert rules.kinds["Protests"].search("members squatted on the tracks")
    assert not rules.kinds["Explosions/Remote violence"].search("traders mourned their colleagues")
