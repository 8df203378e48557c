"""What tells two demonstrations of one town and day apart: who marched, who called them, what for and which side.

A town holds many demonstrations a day (two unions, two causes, a rally and its counter-rally), and ACLED codes
each its own event, so type, place and day do not make two reports one of them; `match.compare` joins them on a
name, a group of marchers or a cause they share, and holds them apart on what these functions find. Kept apart
from `match`, which weighs every kind of event.

Who marched, by whom they work for (`workforce.py`): two reports that each name their marchers' employer, and none
in common, are not joined on their cause or the codebook's group alone.
"""

from __future__ import annotations

from eventwatch.merge.places import found as _found
from eventwatch.merge.reports import Report
from eventwatch.merge.rules import Rules
from eventwatch.merge.workforce import workforce_rules


def _one_employer(a: frozenset[str], b: frozenset[str], prefix: int) -> bool:
    return any(x == y or (min(len(x), len(y)) >= prefix and x[:prefix] == y[:prefix]) for x in a for y in b)


def workforces_apart(a: Report, b: Report) -> str:
    """Two demonstrations whose reports each name whom their marchers work for, and no employer in common
    ("health" and "municipality"), else "": two groups' protests, however alike their causes."""
    if not a.workforce or not b.workforce or _one_employer(a.workforce, b.workforce, workforce_rules().prefix):
        return ""
    return f"marchers' employers named apart: {', '.join(sorted(a.workforce))} and {', '.join(sorted(b.workforce))}"


def shared_cause(a: Report, b: Report, rules: Rules) -> list[str]:
    """The words of their causes two demonstrations share, when they are at least `min_cause` and a third of the
    words of the shorter cause ("illegal mining" and "illegal gold mining"; not "fuel prices" alone, which a day's
    protests of a country share, beside "better working conditions" and "urgent measures on energy")."""
    shared = sorted(a.cause & b.cause)
    if len(shared) < rules.min_cause or 3 * len(shared) < min(len(a.cause), len(b.cause)):
        return []
    return shared


def same_participants(a: Report, b: Report, threshold: int) -> bool:
    """Whether the two reports name one group of marchers: both as associated actors ("teachers"), or one as an
    actor and the other in a name it writes ("Kenya National Union of Teachers" for teachers coded as a labour
    group), a plural and its singular alike; an organisation's acronym among the names does not count (every event
    of the organisation that day has it)."""
    if a.participants & b.participants:
        return True
    for one, other in ((a, b), (b, a)):
        for group in one.participants - one.caps - other.caps:  # an organisation's acronym ("KCTU") is no group
            words = [w.removesuffix("s") for w in group.split()]
            names = {n.removesuffix("s") for n in other.names}
            if words and all(_found(w, frozenset(names), threshold) for w in words):
                return True
    return False


def organisers_apart(a: Report, b: Report) -> str:
    """The acronyms of the organisations two demonstrations name when each names one and neither names the other's
    ("KCTU" and "FKTU"), else "": an acronym is an organisation's name ("ARTUZ"), and one report's acronym written out
    by the other ("the Amalgamated Rural Teachers Union of Zimbabwe") is one organisation."""
    mine, theirs = ({w for w in r.caps if len(w) >= 3} for r in (a, b))
    if not mine or not theirs:
        return ""
    if mine & (b.caps | b.initials) or theirs & (a.caps | a.initials):
        return ""
    return f"organisers named apart: {', '.join(sorted(mine))} and {', '.join(sorted(theirs))}"


def stances_apart(a: Report, b: Report, rules: Rules) -> str:
    """Two demonstrations of which one supports what the other opposes ("in favour of the presidential vacancy",
    "against the presidential vacancy ... and in support of the president"), else "": a rally and its
    counter-rally of one town and day share their cause's every word, the name of whom it is about and often the
    square, yet ACLED codes each side its own event. At least `min_cause` words on opposite sides, more than the
    two share on one side."""
    (a_for, a_against), (b_for, b_against) = a.stance, b.stance
    opposite = (a_for & b_against) | (a_against & b_for)
    alike = (a_for & b_for) | (a_against & b_against)
    if len(opposite) < rules.min_cause or len(opposite) <= len(alike):
        return ""
    return f"one for and one against: {', '.join(sorted(opposite)[:4])}"
