"""Speed of time-expression detection and normalisation: sentences per second on one core.

Run: .venv/bin/python bench/bench_dates.py  (prints the median of several runs over generated news sentences)
     .venv/bin/python bench/bench_dates.py --timexes  (the two finders of `eventwatch dates` and the TimeML
     evaluation, `dates.timeml.timexes`: `find_dates` with indefinite references, then `find_lengths`)

Besides wall-clock sentences per second, it prints sentences per CPU second of the process (the median of the
same runs), which a busy shared machine disturbs less.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import time

from eventwatch.dates import find_dates
from eventwatch.dates.timeml import timexes

TEMPLATES = [
    "Protesters gathered in {city} on {weekday} after the arrest of {n} activists, witnesses said.",
    "Security forces fired tear gas at demonstrators in {city} on {day} {month}, according to local media.",
    "The ministry said {n} people were detained {rel} during clashes near the governor's office.",
    "In recent days, residents of {city} have blocked roads to protest against fuel prices.",
    "The strike, which began on {month} {day}, {year}, has spread to {n} factories.",
    "Officials said the curfew imposed {ago} would remain in place until further notice.",
    "Over {n},500 people attended the funeral, which was broadcast live by state television.",
    "A roadside bomb killed {n} soldiers in {city} late {month}, the army said in a statement.",
    "The court sentenced the journalist to {n} years in prison for articles published in {year}.",
    "Students set fire to a banner of the governor in {city} earlier this month.",
    "The opposition called for a general strike between {day} and {day2} {month}.",
    "Police say the attack happened around 10 p.m. {weekday} near the main bazaar in {city}.",
]
CITIES = ["Tehran", "Mashhad", "Basra", "Mosul", "Aleppo", "Sanaa", "Kabul", "Lahore"]
MONTHS = ["January", "February", "March", "April", "June", "July", "Sept.", "Oct.", "November", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
RELATIVE = ["yesterday", "last Friday", "on Monday", "this week", "last month", "two days ago"]
AGO = ["two weeks ago", "a year ago", "three days ago", "last year", "in November 2019"]


def sentences(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        day = rng.randint(1, 27)
        out.append(rng.choice(TEMPLATES).format(
            city=rng.choice(CITIES), weekday=rng.choice(WEEKDAYS), n=rng.randint(2, 90), day=day,
            day2=day + 1, month=rng.choice(MONTHS), year=rng.randint(2015, 2022), rel=rng.choice(RELATIVE),
            ago=rng.choice(AGO),
        ))
    return out


def main(runs: int = 7, count: int = 5000, *, two_finders: bool = False) -> None:
    batch = sentences(count)
    reference = dt.date(2021, 1, 5)

    def read(sentence: str) -> int:
        return len(timexes(sentence, reference)) if two_finders else len(find_dates(sentence, reference))

    read(batch[0])  # build the patterns once, outside the timing
    rates = []
    cpu_rates = []
    found = 0
    for _ in range(runs):
        start, cpu = time.perf_counter(), time.process_time()
        found = sum(read(sentence) for sentence in batch)
        rates.append(count / (time.perf_counter() - start))
        cpu_rates.append(count / max(time.process_time() - cpu, 1e-9))
    path = "timexes" if two_finders else "find_dates"
    print(f"{statistics.median(rates):,.0f} sentences/s, {statistics.median(cpu_rates):,.0f} per CPU second "
          f"({path}; median of {runs} runs of {count} generated sentences; {found} expressions per run)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timexes", action="store_true", help="time `eventwatch dates`' two finders")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    main(args.runs, two_finders=args.timexes)
